/**
 * A hostile page and a hostile content-script frame (issue 13, rows 1, 3, 4, 12, 13): what the
 * background stores of a note cannot be turned back into it with a word list, while the duplicate
 * check keeps its decisions; content scripts may only record (checked shapes, rate-limited);
 * reading, importing, clearing and repairing are for the extension's own pages.
 */
import { describe, expect, it } from 'vitest';
import { createHabitsService, RATE_LIMITS } from '../../../src/background/service';
import { senderOf } from '../../../src/background/sender';
import { readFingerprints, SKETCH_KEY } from '../../../src/habits/fingerprints';
import { HEALTH_KEY, readHealth } from '../../../src/habits/health';
import { readFullStore } from '../../../src/habits/store';
import { fingerprint, fingerprintFromWords, sketch, SKETCH_SIZE } from '../../../src/engine/fingerprint';
import { analyze } from '../../../src/engine';
import { fold, tokenize } from '../../../src/engine/text';
import { ALL } from '../../corpus/score';
import { createFakeBrowser } from '../../dom/habits/fake-browser';
import { local } from './helpers';

const NOW = local(2026, 11, 26, 10);

function setup(rate = 5000) {
  const fake = createFakeBrowser();
  let tick = 0;
  const service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => NOW, clock: () => (tick += rate) });
  return { fake, service, send: (m: unknown, from: 'page' | 'content' = 'content') => service.handle(m, from) as Promise<any> };
}

const NOTE =
  'Hi Sandra, I enjoyed your talk at the Basel logistics meetup about warehouse robots and the honest numbers on what they cost. ' +
  'We are planning a pilot in our Zurich depot next spring and I would like to stay in touch.';

describe('note fingerprints cannot be read back (row 1)', () => {
  it('a dictionary attack on what is stored recovers no word triple of the note', async () => {
    const { send, fake } = setup();
    await send({ kind: 'record', type: 'invite', note: true, fingerprint: fingerprint(NOTE, { recipientName: 'Sandra Keller' }), recipientName: 'Sandra Keller', key: 'i1' });
    const [stored] = await readFingerprints(fake.local);
    expect(stored!.f.length).toBeLessThanOrEqual(SKETCH_SIZE);
    expect(JSON.stringify([...fake.local.data.values()])).not.toMatch(/sandra|basel|robots/i);
    // The attacker knows the algorithm and holds a word list with every word of the note (and more).
    const words = [...new Set(tokenize(NOTE, fold(NOTE), 400).map((t) => t.w.replace(/\.$/, '')))];
    const list = [...words, 'meeting', 'conference', 'team', 'project', 'great', 'connect', 'hello', 'thanks'];
    const storedSet = new Set(stored!.f);
    let hits = 0;
    for (const a of list) for (const b of list) for (const c of list) if (storedSet.has(fingerprintFromWords([a, b, c])[0]!)) hits++;
    expect(hits).toBe(0);
    // Guessing the key does not help either: a wrong key matches no more than chance.
    const guess = 'ffffffffffffffffffffffffffffffff';
    let guessed = 0;
    for (const a of words) for (const b of words) for (const c of words) if (storedSet.has(sketch(fingerprintFromWords([a, b, c]), guess)[0]!)) guessed++;
    expect(guessed / words.length ** 3).toBeLessThan((3 * SKETCH_SIZE) / 4096);
    // What is stored is a fixed, small size whatever the note's length.
    const long = `${NOTE} `.repeat(40);
    await send({ kind: 'record', type: 'invite', note: true, fingerprint: fingerprint(long), key: 'i2' });
    const all = await readFingerprints(fake.local);
    expect(JSON.stringify(all[1]).length).toBeLessThan(200);
    expect(typeof fake.local.peek(SKETCH_KEY)).toBe('string');
  });

  it('the duplicate check decides as before on every corpus case with earlier notes, and on edited copies', { timeout: 60_000 }, async () => {
    const cases = ALL.filter((c) => c.surface === 'invite');
    const key = '0123456789abcdef0123456789abcdef';
    const dup = (r: ReturnType<typeof analyze>) => r.findings.some((f) => f.rule === 'invite.duplicate');
    let compared = 0;
    for (const c of cases.filter((x) => x.history?.length)) {
      const full = dup(analyze({ text: c.text, surface: 'invite', recipient: c.recipient, sender: c.sender, history: c.history }));
      const history = c.history!.map((h) => ({
        fingerprint: sketch(h.fingerprint ?? fingerprint(h.text ?? '', { recipientName: h.to, senderName: c.sender?.name }), key),
        recipient: h.to ? `r:${h.to}` : undefined,
      }));
      const sketched = dup(analyze({ text: c.text, surface: 'invite', recipient: c.recipient, sender: c.sender, history, historyKey: key, recipientKey: c.recipient?.name ? `r:${c.recipient.name}` : undefined }));
      expect(sketched, c.id).toBe(full);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    // Edited copies of every corpus note (a word changed, a sentence dropped, another greeting) sent to someone else.
    let agree = 0;
    let total = 0;
    let extra = 0;
    let fullDups = 0;
    for (const c of cases.filter((x) => !x.history?.length && x.text.length > 60)) {
      const words = c.text.split(' ');
      const edits = [
        words.map((w, i) => (i === Math.floor(words.length / 2) ? 'really' : w)).join(' '),
        c.text.replace(/[^.!?]+[.!?]\s*$/, ''),
        `Hello there, ${words.slice(2).join(' ')}`,
      ];
      for (const text of edits) {
        const history = [{ text: c.text, to: 'Someone Else' }];
        const full = dup(analyze({ text, surface: 'invite', recipient: c.recipient, history }));
        const sk = dup(analyze({ text, surface: 'invite', recipient: c.recipient, history: [{ fingerprint: sketch(fingerprint(c.text, { recipientName: 'Someone Else' }), key) }], historyKey: key }));
        total++;
        if (full) fullDups++;
        if (full === sk) agree++;
        else if (sk) extra++;
      }
    }
    expect(total).toBeGreaterThan(1000);
    console.log(agree, total, extra, fullDups);
    expect(agree / total).toBeGreaterThan(0.97);
  });
});

describe('content scripts may only record (row 3)', () => {
  it('reading, importing, clearing, repairing and backups are refused to content scripts', async () => {
    const { send, fake } = setup();
    await send({ kind: 'record', type: 'post', key: 'p' });
    const before = JSON.stringify([...fake.local.data.entries()]);
    for (const kind of ['import', 'clear-fingerprints', 'habits-repair', 'habits-status', 'backups', 'backup-restore', 'backup-delete', 'dismiss-notice']) {
      expect(await send({ kind, file: { format: 'rapport-export', version: 1, events: [] }, key: 'habits.backup.1' }), kind).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(JSON.stringify([...fake.local.data.entries()])).toBe(before);
    // The same from the options page works.
    expect(await send({ kind: 'clear-fingerprints' }, 'page')).toEqual({ ok: true, removed: 0 });
  });

  it('shapes and sizes are checked: oversized keys, names and fingerprints, wrong types are refused whole', async () => {
    const { send, fake } = setup();
    const bad = [
      { kind: 'record', type: 'post', key: 'k'.repeat(5000) },
      { kind: 'record', type: 'post', key: 42 },
      { kind: 'record', type: 'invite', note: 'yes' },
      { kind: 'record', type: 'invite', note: true, fingerprint: Array.from({ length: 50_000 }, (_, i) => i) },
      { kind: 'record', type: 'invite', note: true, fingerprint: [1.5, 2] },
      { kind: 'record', type: 'invite', note: true, fingerprint: [1, 2, 3], recipientName: 'x'.repeat(10_000) },
      { kind: 'record', type: 'sneeze' },
    ];
    for (const m of bad) expect((await send(m)).ok, JSON.stringify(m).slice(0, 80)).toBe(false);
    expect((await readFullStore(fake.local)).store.events).toEqual([]);
  });

  it('only extension pages count as pages: the sender is told by its URL', () => {
    const id = 'abc';
    const origin = 'chrome-extension://abc/';
    expect(senderOf({ id, url: 'chrome-extension://abc/src/options/index.html', tab: { id: 3 } as never }, id, origin)).toBe('page');
    expect(senderOf({ id, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } as never, frameId: 0 }, id, origin)).toBe('content');
    expect(senderOf({ id, url: 'about:blank', tab: { id: 3 } as never, frameId: 7 }, id, origin)).toBe('content');
    expect(senderOf({ id: 'other-extension', url: 'chrome-extension://abc/x.html' }, id, origin)).toBeNull();
    expect(senderOf(undefined, id, origin)).toBeNull();
  });
});

describe('rate limits per type (row 4)', () => {
  it('30 reactions within a second record at most the limit; the next ones later count again', async () => {
    const { send, fake } = setup(10); // 10 ms between messages
    const replies = [];
    for (let i = 0; i < 30; i++) replies.push(await send({ kind: 'record', type: 'reaction', key: `urn:li:activity:${i}` }));
    expect(replies.filter((r) => r.ok)).toHaveLength(RATE_LIMITS.reaction);
    expect(replies.filter((r) => r.error === 'rate')).toHaveLength(30 - RATE_LIMITS.reaction);
    // Other types have their own budget.
    expect((await send({ kind: 'record', type: 'comment', key: 'c' })).ok).toBe(true);
    expect((await readFullStore(fake.local)).store.events).toHaveLength(RATE_LIMITS.reaction + 1);
  });
});

describe('the local health record (row 13)', () => {
  it('keeps when each surface was last recognised, at most once a minute, and ignores unknown surfaces', async () => {
    const { send, fake } = setup();
    expect(await send({ kind: 'health', surface: 'comment' })).toEqual({ ok: true });
    expect(await send({ kind: 'health', surface: 'unknown-editor' })).toEqual({ ok: true });
    expect(await send({ kind: 'health', surface: '<script>' })).toEqual({ ok: false });
    expect(readHealth(fake.local.peek(HEALTH_KEY))).toEqual({ comment: NOW.toISOString(), 'unknown-editor': NOW.toISOString() });
    const writes = fake.local.writes;
    await send({ kind: 'health', surface: 'comment' });
    expect(fake.local.writes).toBe(writes);
  });
});
