/**
 * Engine bench: npx tsx scripts/bench-engine.ts  ->  ONE JSON object on stdout.
 *   note:  per-call ms (median, p95, p99) for a ~300-character invitation note with 1,000 history fingerprints
 *   post:  per-call ms for a ~3,000-character post
 *   huge:  ms for 100,000 characters (median of 5 runs; per surface, `ms` = the slowest surface)
 *   size:  src/engine/index.ts bundled alone with vite (library mode, minified): bytes and gzip bytes
 *   coldStart: what a page pays once when a coach first needs the engine, in a fresh Node process (median
 *          of 7): `loadMs` parse and evaluate the bundle (every lexicon compiled to a RegExp object),
 *          `firstMs` the first analysis per surface (V8 compiles each regex on its first use)
 * Targets (2-core machine): note p95 <= 0.3 ms, post p95 <= 1.5 ms, huge <= 30 ms, size <= 20 KB gzip.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { analyze, fingerprint, type AnalyzeInput, type HistoryEntry } from '../src/engine/index';
import { bundleEngine, type BundleSize } from './engine-bundle';

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: round(q(0.5)), p95: round(q(0.95)), p99: round(q(0.99)), runs: s.length };
}
function time(input: AnalyzeInput, runs: number): number[] {
  for (let i = 0; i < 200; i++) analyze(input); // warm up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyze(input);
    out.push(performance.now() - t0);
  }
  return out;
}

// ------------------------------------------------------------------ inputs
const NOTE =
  'Hi Alexandra, thanks for your talk on pricing experiments at the Zurich Product Meetup last Thursday. ' +
  'The part about anchoring with three tiers was exactly the problem we have at our fintech in Basel. ' +
  'Would you be open to a short exchange on how you ran the tests? Best regards, Marco Rossi';
const SUBJECTS = ['your talk on hiring', 'the meetup in Bern', 'our panel on cloud costs', 'your post about onboarding', 'the ETH alumni dinner', 'your article on supply chains'];
const history: HistoryEntry[] = [];
for (let i = 0; i < 1000; i++) {
  const s = SUBJECTS[i % SUBJECTS.length]!;
  const text = `Hi Person${i}, I enjoyed ${s} (${i}). I work in ${i % 2 ? 'logistics' : 'product'} and would love to exchange ideas about ${s.split(' ').pop()} ${i % 7}. Best, Marco`;
  history.push({ recipient: `r${i}`, fingerprint: fingerprint(text, { recipientName: `Person${i}`, senderName: 'Marco Rossi' }) });
}
const noteInput: AnalyzeInput = {
  text: NOTE,
  surface: 'invite',
  recipient: { name: 'Alexandra Frei', headline: 'Product Lead at Yokoy' },
  sender: { name: 'Marco Rossi' },
  history,
  recipientKey: 'r-alexandra',
};

const PARA = [
  'Three years ago I shipped a feature nobody used. I had interviewed twelve customers and all of them said they wanted it, yet none of them opened it twice.',
  'What I missed: I asked what they wanted, not what they did last Tuesday. Now every discovery call starts with "walk me through the last time you…", and the answers are very different.',
  'Wir haben daraus gelernt, dass Interviews ohne konkrete Situationen wenig taugen. Seit wir nach dem letzten Mal fragen, sind unsere Entscheide besser begründet und das Team diskutiert weniger im Kreis.',
  'The second lesson was about follow-up: people remember the last thing you did for them. A short note after the interview with one concrete change we made brought half of them back for a second round.',
];
let post = '';
for (let i = 0; post.length < 2950; i++) post += PARA[i % PARA.length] + (i % 2 ? '\n\n' : ' ');
post = post.slice(0, 2900) + '\n\nWhat is the one interview question that changed how you build products? #product #research';
const postInput: AnalyzeInput = { text: post, surface: 'post' };

let huge = '';
for (let i = 0; huge.length < 100_000; i++) huge += PARA[i % PARA.length] + (i % 5 === 0 ? '\n' : ' ') + (i % 9 === 0 ? '#tag' + i + ' ' : '');
huge = huge.slice(0, 100_000);

// ------------------------------------------------------------------ timings
const note = stats(time(noteInput, 3000));
const postStats = stats(time(postInput, 1000));
const hugeBySurface: Record<string, number> = {};
for (const surface of ['invite', 'post', 'comment'] as const) {
  const xs: number[] = [];
  analyze({ text: huge, surface });
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    analyze({ text: huge, surface, recipient: { name: 'Anna Müller' }, history: history.slice(0, 100) });
    xs.push(performance.now() - t0);
  }
  hugeBySurface[surface] = stats(xs).median;
}

// ------------------------------------------------------------------ size
type Cold = { loadMs: number; firstMs: Record<string, number> };
/** One fresh process: import the bundle, then analyse one text per surface; timings in ms. */
const COLD = `
const t0 = performance.now();
const { analyze } = await import(process.argv[1]);
const loadMs = performance.now() - t0;
const firstMs = {};
for (const [surface, text] of [['invite', 'Hi Anna, great to meet you at the Zurich meetup. Would love to stay in touch!'], ['post', 'I learned three things this week.\\n\\nWhat would you add?'], ['comment', 'Great post, thanks for sharing!']]) {
  const t = performance.now();
  analyze({ text, surface, recipient: { name: 'Anna Meier' } });
  firstMs[surface] = performance.now() - t;
}
process.stdout.write(JSON.stringify({ loadMs, firstMs }));`;
function coldStart(file: string): Cold {
  const runs: Cold[] = [];
  for (let i = 0; i < 7; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', COLD, pathToFileURL(file).href], { encoding: 'utf8' });
    runs.push(JSON.parse(out) as Cold);
  }
  const med = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!, 2);
  return {
    loadMs: med(runs.map((r) => r.loadMs)),
    firstMs: Object.fromEntries(Object.keys(runs[0]!.firstMs).map((k) => [k, med(runs.map((r) => r.firstMs[k]!))])),
  };
}
let cold: Cold | { error: string } = { error: 'not measured' };

async function size(): Promise<BundleSize> {
  return bundleEngine((file) => {
    try {
      cold = coldStart(file);
    } catch (e) {
      cold = { error: (e as Error).message };
    }
  });
}

const result = {
  note: { ...note, chars: NOTE.length, historyFingerprints: history.length },
  post: { ...postStats, chars: post.length },
  huge: { ms: Math.max(...Object.values(hugeBySurface)), chars: huge.length, bySurface: hugeBySurface },
  size: await size(),
  coldStart: cold,
  node: process.version,
};
process.stdout.write(JSON.stringify(result) + '\n');
