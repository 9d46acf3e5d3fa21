/**
 * npm run eval [-- --split <round>|real-dev|all] [--verbose] [--json]      (rounds: tests/corpus/data/README.md)
 * Prints per rule precision, recall and F1 on the labelled corpus, the share of clean cases
 * (no rule expected) with any finding, and per surface the number of cases and the share of hard
 * and of German cases (floors for those shares: tests/corpus/floors.json `composition`).
 * Also scores the real-text development data outside the project (tests/corpus/load.ts) when it
 * is there, and says in one line when it is not.
 */
import { ALL, SPLITS, composition, score, type Score, type SurfaceMix } from './score';
import { REAL_DEV_DIR, REAL_EXTRA_DIRS, loadRealDir } from './load';
import type { CorpusCase } from './types';

const args = process.argv.slice(2);
const splitArg = args[args.indexOf('--split') + 1];
const which = args.includes('--split') && splitArg ? splitArg : 'all';
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');

const pct = (x: number) => x.toFixed(3);
const share = (x: number) => `${(100 * x).toFixed(1)}%`;
function mixLines(mix: SurfaceMix[]): string[] {
  return mix.map((m) => `  ${m.surface.padEnd(8)} ${String(m.cases).padStart(4)} cases   hard ${String(m.hard).padStart(4)} = ${share(m.hardShare).padStart(6)}   German ${String(m.german).padStart(4)} = ${share(m.germanShare).padStart(6)}`);
}
function table(name: string, s: Score, mix: SurfaceMix[]): string {
  const lines = [`\n${name}: ${s.cases} cases`, ...mixLines(mix), 'rule                      TP   FP   FN  precision  recall   F1'];
  for (const r of s.rules) {
    lines.push(`${r.rule.padEnd(24)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.f1)}`);
  }
  lines.push(`clean cases with any finding: ${s.cleanWithFinding}/${s.clean} = ${(100 * s.cleanFalseAlarmRate).toFixed(1)}%`);
  lines.push(`  per surface: ${s.cleanBySurface.map((c) => `${c.surface} ${c.withFinding}/${c.clean} = ${share(c.rate)}`).join(', ')}`);
  if (verbose) for (const m of s.mistakes) lines.push(`  ${m.kind.toUpperCase()} ${m.rule} ${m.id}: ${m.text.replace(/\n/g, ' / ').slice(0, 160)}`);
  return lines.join('\n');
}

const out: Record<string, Score & { composition: SurfaceMix[] }> = {};
const add = (name: string, cases: CorpusCase[]) => { out[name] = { ...score(cases), composition: composition(cases) }; };
for (const [split, cases] of Object.entries(SPLITS)) if (which === 'all' || which === split) add(split, cases);
if (which === 'all') add('all', ALL);
if (which === 'all' || which === 'real-dev') {
  const real = loadRealDir(REAL_DEV_DIR);
  if (real) add('real-dev', real);
  else console.error(`real-dev not found at ${REAL_DEV_DIR}: not scored (set RAPPORT_REAL_DEV to its folder)`);
  for (const dir of REAL_EXTRA_DIRS) {
    const extra = loadRealDir(dir);
    if (extra) add(`real-extra ${dir}`, extra);
    else console.error(`${dir} not found: not scored`);
  }
}
if (Object.keys(out).length === 0 && which !== 'real-dev') {
  console.error(`unknown split "${which}"; use one of ${Object.keys(SPLITS).join(', ')}, all`);
  process.exit(2);
}
if (asJson) {
  for (const k of Object.keys(out)) (out[k] as Partial<Score>).mistakes = undefined;
  process.stdout.write(JSON.stringify(out) + '\n');
} else {
  for (const [k, s] of Object.entries(out)) console.log(table(k, s, s.composition));
}
