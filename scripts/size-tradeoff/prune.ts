/**
 * What a smaller engine would cost on unseen text. Runs INSIDE a git worktree of an engine commit
 * (see run.mjs, which prepares it): the lexicon is pruned using every corpus case except one blind
 * split, then that split is scored before and after, and the pruned engine is bundled and measured.
 *
 * Pruning keeps the corpus honest: a pattern is dropped only if no training case changes its outcome
 * (every training case keeps exactly the rules it had). Patterns are tried from the rarest (fewest
 * training cases matched) to the most common, so the phrases that many independent writers used stay.
 * It stops once the lexicon's gzip size has dropped by CUT bytes (CUT=0: drop everything redundant;
 * CUT=to20: as much as it takes to bring the bundled engine to 20 KB gzip, the budget).
 *
 * env: SPLIT (blind split name, its three files are in tests/corpus/), CUT (bytes or to20), OUT (json file)
 * Needs analyze.ts to export RX, c and COMMENT_WORDS (run.mjs patches that in the worktree).
 */
import * as L from '../../src/engine/lexicon';
// @ts-expect-error: exported only in the experiment's worktree (run.mjs patches analyze.ts)
import { RX, c, COMMENT_WORDS } from '../../src/engine/analyze';
import { analyze } from '../../src/engine/index';
import { compile, fold } from '../../src/engine/text';
import { ALL, score } from '../../tests/corpus/score';
import type { CorpusCase } from '../../tests/corpus/types';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleEngine } from '../engine-bundle';

type ByLang = { en: string[]; de: string[] };
const SPLIT = process.env.SPLIT!;
const TO20 = process.env.CUT === 'to20';
const BUDGET = 20 * 1024;
let CUT = TO20 ? 0 : Number(process.env.CUT ?? 0);
const load = async (s: string) => (await import(`../../tests/corpus/${s}.${SPLIT}.ts`)).default as CorpusCase[];
const EVAL = [...(await load('invite')), ...(await load('post')), ...(await load('comment'))];
const evalTexts = new Set(EVAL.map((k) => k.text));
const TRAIN = ALL.filter((k) => !evalTexts.has(k.text));

/** the regex lists of analyze.ts (RX key -> lexicon export) */
const KEYS: Record<string, string> = {
  inviteStock: 'INVITE_STOCK', inviteSpecific: 'INVITE_SPECIFIC', inviteIntent: 'INVITE_INTENT', pitchStrong: 'INVITE_PITCH_STRONG',
  pitchWeak: 'INVITE_PITCH_WEAK', bait: 'POST_BAIT', postPitch: 'POST_PITCH_STRONG', brag: 'POST_BRAG', achievement: 'ACHIEVEMENT',
  thanks: 'THANKS', teaching: 'TEACHING', personal: 'PERSONAL', personalStrong: 'PERSONAL_STRONG', professional: 'PROFESSIONAL',
  reply: 'REPLY_INVITE', commentPitchStrong: 'COMMENT_PITCH_STRONG', commentPitchWeak: 'COMMENT_PITCH_WEAK',
};
const lex = L as unknown as Record<string, ByLang>;
const run = (k: CorpusCase) => analyze({ text: k.text, surface: k.surface, recipient: k.recipient, sender: k.sender, post: k.post, history: k.history });
const signature = (k: CorpusCase) => run(k).findings.map((f) => f.rule).sort().join(' ');

/** micro-averaged over the rules with the corpus's own scorer (tests/corpus/score.ts), as in results-<split>-blind.txt */
function micro(cases: CorpusCase[]) {
  const sc = score(cases);
  const sum = (k: 'tp' | 'fp' | 'fn') => sc.rules.reduce((a, r) => a + r[k], 0);
  const tp = sum('tp'), fp = sum('fp'), fn = sum('fn');
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: r3(tp / (tp + fp)), recall: r3(tp / (tp + fn)), tp, fp, fn, cleanFalseAlarms: `${sc.cleanWithFinding}/${sc.clean}` };
}

interface Item { key: string; lang: 'en' | 'de' | null; p: string; cases: number[] }
const folded = TRAIN.map((k) => fold(k.text).s);
const items: Item[] = [];
for (const [key, name] of Object.entries(KEYS)) {
  for (const lang of ['en', 'de'] as const) for (const p of lex[name]![lang]) {
    const re = compile([p])!;
    const cases: number[] = [];
    folded.forEach((s, i) => { re.lastIndex = 0; if (re.test(s)) cases.push(i); });
    items.push({ key, lang, p, cases });
  }
}
const words = COMMENT_WORDS as Set<string>;
for (const wd of words) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${wd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const cases: number[] = [];
  folded.forEach((s, i) => { if (TRAIN[i]!.surface === 'comment' && re.test(s)) cases.push(i); });
  items.push({ key: 'COMMENT_WORDS', lang: null, p: wd, cases });
}
function setRemoved(it: Item, gone: boolean): void {
  if (it.key === 'COMMENT_WORDS') { if (gone) words.delete(it.p); else words.add(it.p); return; }
  const b = lex[KEYS[it.key]!]!;
  const list = b[it.lang!];
  if (gone) list.splice(list.indexOf(it.p), 1); else list.push(it.p);
  (RX as Record<string, unknown>)[it.key] = c(b);
}
const lexGzip = () => gzipSync(JSON.stringify(Object.values(KEYS).map((n) => lex[n])) + [...words].join(' '), { level: 9 }).length;

const before = micro(EVAL);
const sig = TRAIN.map(signature);
const startBytes = lexGzip();
const fullBundle = await bundleEngine();
let removed = 0;
const queue = [...items].sort((a, b) => a.cases.length - b.cases.length || b.p.length - a.p.length);
/** drops redundant patterns, in queue order, until the lexicon is CUT bytes smaller (or the queue is empty) */
function prune(): void {
  while (queue.length > 0) {
    if (CUT > 0 && startBytes - lexGzip() >= CUT) return;
    const it = queue.shift()!;
    setRemoved(it, true);
    if (it.cases.every((i) => signature(TRAIN[i]!) === sig[i])) removed++;
    else setRemoved(it, false);
  }
}
/** the pruned engine bundled exactly as bench-engine.ts does: lexicon.ts rewritten from the pruned values */
async function prunedBundle(): Promise<{ bytes: number; gzipBytes: number } | { error: string }> {
  const src = 'src/engine/lexicon.ts';
  const original = readFileSync(src, 'utf8');
  const values = { ...(L as Record<string, unknown>), COMMENT_GENERIC_WORDS: { en: [...words], de: [] } };
  writeFileSync(src, `export type ByLang = { en: readonly string[]; de: readonly string[] };\n` +
    Object.entries(values).map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`).join('\n') + '\n');
  try {
    return await bundleEngine();
  } finally {
    writeFileSync(src, original);
  }
}
const gz = (b: { gzipBytes: number } | { error: string }) => ('gzipBytes' in b ? b.gzipBytes : NaN);
if (TO20) CUT = gz(fullBundle) - BUDGET;
prune();
let bundle = await prunedBundle();
// to20: the lexicon's gzip bytes do not map one to one onto the bundle's; cut on until the bundle fits
while (TO20 && gz(bundle) > BUDGET && queue.length > 0) {
  CUT += gz(bundle) - BUDGET + 64;
  prune();
  bundle = await prunedBundle();
}
const after = micro(EVAL);

const result = {
  split: SPLIT, cut: TO20 ? `to20 (${CUT})` : CUT, trainCases: TRAIN.length, evalCases: EVAL.length, patterns: items.length, removed,
  lexiconGzip: { before: startBytes, after: lexGzip() }, engineGzip: { before: (fullBundle as { gzipBytes?: number }).gzipBytes, after: (bundle as { gzipBytes?: number }).gzipBytes },
  blind: { before, after },
};
if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify(result));
console.log(JSON.stringify(result));
