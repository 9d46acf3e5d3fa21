/**
 * npm run eval [-- --split dev|heldout|heldout2|heldout3|blind4|all] [--verbose] [--json]
 * Prints per rule precision, recall and F1 on the labelled corpus, and the share of clean cases
 * (no rule expected) with any finding.
 */
import { ALL, SPLITS, score, type Score } from './score';

const args = process.argv.slice(2);
const splitArg = args[args.indexOf('--split') + 1];
const which = args.includes('--split') && splitArg ? splitArg : 'all';
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');

const pct = (x: number) => x.toFixed(3);
function table(name: string, s: Score): string {
  const lines = [`\n${name}: ${s.cases} cases`, 'rule                      TP   FP   FN  precision  recall   F1'];
  for (const r of s.rules) {
    lines.push(`${r.rule.padEnd(24)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.f1)}`);
  }
  lines.push(`clean cases with any finding: ${s.cleanWithFinding}/${s.clean} = ${(100 * s.cleanFalseAlarmRate).toFixed(1)}%`);
  if (verbose) for (const m of s.mistakes) lines.push(`  ${m.kind.toUpperCase()} ${m.rule} ${m.id}: ${m.text.replace(/\n/g, ' / ').slice(0, 160)}`);
  return lines.join('\n');
}

const out: Record<string, Score> = {};
for (const split of ['dev', 'heldout', 'heldout2', 'heldout3', 'blind4'] as const) if (which === 'all' || which === split) out[split] = score(SPLITS[split]);
if (which === 'all') out.all = score(ALL);
if (asJson) {
  for (const k of Object.keys(out)) (out[k] as Partial<Score>).mistakes = undefined;
  process.stdout.write(JSON.stringify(out) + '\n');
} else {
  for (const [k, s] of Object.entries(out)) console.log(table(k, s));
}
