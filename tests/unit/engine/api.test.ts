/** detectLanguage, foldPoint, fingerprint: the smaller public functions. */
import { describe, expect, it } from 'vitest';
import { detectLanguage, fingerprint, foldPoint } from '../../../src/engine/index';

describe('detectLanguage', () => {
  it.each([
    ['Hi Anna, thanks for the great talk at the meetup!', 'en'],
    ['Hallo Anna, danke für den tollen Vortrag am Meetup!', 'de'],
    ['Grüezi Herr Keller, ich würde mich über einen Austausch freuen. Freundliche Grüsse', 'de'],
    ['Gruss und Dank, ich schliesse mich an: das ist gross!', 'de'],
    ['Hoi zäme, wie gahts? Ich bin de Reto und schaffe bi de Post.', 'de'],
    ['👋🙂', 'unknown'],
    ['', 'unknown'],
    ['Merci beaucoup', 'unknown'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('foldPoint', () => {
  it('is the end of a short post', () => {
    expect(foldPoint('Short post.')).toBe('Short post.'.length);
    expect(foldPoint('')).toBe(0);
  });
  it('cuts after three lines when a fourth follows', () => {
    const t = 'one\ntwo\nthree\nfour';
    expect(foldPoint(t)).toBe(t.indexOf('\nfour'));
    expect(foldPoint('one\r\ntwo\r\nthree\r\nfour')).toBe('one\r\ntwo\r\nthree'.length);
    expect(foldPoint('one\ntwo\nthree\n\n')).toBe('one\ntwo\nthree\n\n'.length);
  });
  it('cuts near 210 characters at a word boundary, never inside a surrogate pair', () => {
    const t = 'word '.repeat(100);
    const p = foldPoint(t);
    expect(p).toBeLessThanOrEqual(210);
    expect(p).toBeGreaterThan(180);
    expect(t[p]).toBe(' ');
    const e = '😀'.repeat(150);
    const q = foldPoint(e);
    expect(q % 2).toBe(0);
  });
});

describe('fingerprint', () => {
  it('is sorted, de-duplicated, 32-bit, and holds no text', () => {
    const fp = fingerprint('Hi Anna, great to meet you at the meetup in Bern. Great to meet you!', { recipientName: 'Anna Müller' });
    expect(fp.length).toBeGreaterThan(5);
    expect([...fp].sort((a, b) => a - b)).toEqual(fp);
    expect(new Set(fp).size).toBe(fp.length);
    expect(JSON.stringify(fp)).not.toMatch(/[a-z]/i);
  });
  it('ignores the names of recipient and sender and the greeting', () => {
    const a = fingerprint('Hi Anna, I loved your post on hiring juniors. Best, Marco', { recipientName: 'Anna Müller', senderName: 'Marco Rossi' });
    const b = fingerprint('Hallo Peter, I loved your post on hiring juniors. Best, Marco', { recipientName: 'Peter Keller', senderName: 'Marco Rossi' });
    expect(a).toEqual(b);
  });
  it('treats Swiss ss and umlaut spellings alike', () => {
    expect(fingerprint('Grüsse aus Zürich, schöner Beitrag über Führung')).toEqual(fingerprint('Grüße aus Zuerich, schoener Beitrag ueber Fuehrung'));
  });
});
