/**
 * Hostile input never throws and stays fast; properties hold for arbitrary input (fast-check).
 * Time limits here are generous ceilings (10x the bench targets) so the suite cannot flake on a
 * busy machine while still catching catastrophic backtracking, which costs seconds, not ms.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, detectLanguage, fingerprint, foldPoint, RULE_IDS, type AnalyzeInput, type Surface } from '../../../src/engine/index';

const SURFACES: Surface[] = ['invite', 'post', 'comment'];

function check(input: AnalyzeInput) {
  const r = analyze(input);
  const len = typeof input.text === 'string' ? input.text.length : 0;
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(len);
    expect(f.rule.startsWith(input.surface + '.')).toBe(true);
    expect(RULE_IDS).toContain(f.rule);
  }
  expect(['en', 'de', 'unknown']).toContain(r.lang);
  return r;
}

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const HOSTILE: [string, string][] = [
  ['100,000 characters', 'Hi Anna, great to meet you at the meetup. '.repeat(2400).slice(0, 100_000)],
  ['lone surrogates', '\ud800 Hi \udc00 John \ud83d, [Name] \udfff'.repeat(50)],
  ['zero-width and control characters', 'H\u200bi J\u200do\u200chn\u0000\u0007\u001b[31m, {{company}}\u2028\u2029\ufeff\u00ad'.repeat(200)],
  ['RTL text', '\u202eمرحبا أنا\u202c שלום עולם Hi John, مرحبا'.repeat(300)],
  ['10,000 line breaks', 'line\n'.repeat(10_000)],
  ['only line breaks', '\n'.repeat(10_000) + '\r\n'.repeat(5_000)],
  ['pathological brackets', '['.repeat(20_000) + '{'.repeat(20_000) + '<'.repeat(20_000)],
  ['unclosed nesting', '{{{{[[[[<<<<%%%%'.repeat(4000) + 'x'],
  ['alternating brackets', '[a]{b}<c>%d%'.repeat(5000)],
  ['long word', 'a'.repeat(100_000)],
  ['long hashtag runs', '#a'.repeat(30_000)],
  ['long repeated question words', 'comment comment comment '.repeat(3000)],
  ['underscores and x', '_'.repeat(30_000) + 'X'.repeat(30_000)],
  ['emoji soup', '🔥👍🏽👩‍👩‍👧‍👦🇨🇭'.repeat(8000)],
  ['dots and spaces', '. '.repeat(40_000)],
  ['CJK', '你好，我想加入你的职业网络。'.repeat(3000)],
  ['currency runs', 'CHF 1\'000.– '.repeat(8000)],
];

describe('hostile input', () => {
  it.each(HOSTILE)('%s: never throws, ranges valid, fast on every surface', (_name, text) => {
    for (const surface of SURFACES) {
      const ms = timed(() =>
        check({
          text,
          surface,
          recipient: { name: '(.*)+$ [x]{2} \\d Anna', headline: '((a+)+)+b'.repeat(10) },
          sender: { name: '.*.*.*=' },
          history: [{ to: '[John]', text: text.slice(0, 3000) }, { fingerprint: [1, 2, 3, -1, NaN] as number[] }],
        }),
      );
      expect(ms).toBeLessThan(1500);
    }
    expect(() => fingerprint(text, { recipientName: text.slice(0, 50) })).not.toThrow();
    expect(() => detectLanguage(text)).not.toThrow();
    const fp = foldPoint(text);
    expect(fp).toBeGreaterThanOrEqual(0);
    expect(fp).toBeLessThanOrEqual(text.length);
  });

  it('100,000 characters of real-looking text stay under 1 s per surface (target 30 ms, see bench; this only catches blow-ups)', () => {
    const para = 'Three years ago I shipped a feature nobody used. Wir haben daraus gelernt, dass Interviews ohne konkrete Situationen wenig taugen. ';
    const text = (para.repeat(800) + '\n').slice(0, 100_000);
    for (const surface of SURFACES) {
      analyze({ text, surface });
      expect(timed(() => analyze({ text, surface }))).toBeLessThan(1000);
    }
  });

  it('tolerates malformed input objects', () => {
    const bad = [
      { text: undefined, surface: 'invite' },
      { text: 42, surface: 'post' },
      { text: 'Hi', surface: 'nonsense' },
      { text: 'Hi John', surface: 'invite', recipient: { name: 5 }, history: 'oops', disabled: 'invite.empty' },
      { text: 'Hi John', surface: 'invite', history: [null, 1, 'x', { fingerprint: 'abc' }, { to: {}, text: {} }] },
    ] as unknown as AnalyzeInput[];
    for (const b of bad) expect(() => analyze(b)).not.toThrow();
  });
});

describe('properties (fast-check)', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.constantFrom('Hi ', 'Hallo ', '[Name]', '{{', '}}', 'John', 'Anna', '\n', '#tag ', '?', 'Like if you agree', 'CHF 99', '😀', 'ß', 'ü', '\u200b', '\ud800', ' '), { maxLength: 80 }).map((a) => a.join('')),
  );
  const anyName = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 40 }), fc.constantFrom('Anna Müller', 'Dr. Hans-Peter Keller, MBA', '(.*)+', 'Ω'));

  it('never throws; every finding lies inside the text and belongs to the surface', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...SURFACES), anyName, anyName, (text, surface, r, s) => {
        check({ text, surface, recipient: { name: r }, sender: { name: s }, history: [{ to: 'Peter Keller', text }] });
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and honours disabled rules', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...SURFACES), (text, surface) => {
        const a = analyze({ text, surface, recipient: { name: 'Anna Müller' } });
        const b = analyze({ text, surface, recipient: { name: 'Anna Müller' } });
        expect(b).toEqual(a);
        const off = a.findings.map((f) => f.rule);
        const c = analyze({ text, surface, recipient: { name: 'Anna Müller' }, disabled: off });
        expect(c.findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('foldPoint and fingerprint are total', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const p = foldPoint(text);
        expect(p >= 0 && p <= text.length).toBe(true);
        const fp = fingerprint(text);
        for (let i = 1; i < fp.length; i++) expect(fp[i - 1]! < fp[i]!).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
