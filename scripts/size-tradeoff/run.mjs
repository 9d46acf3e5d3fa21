#!/usr/bin/env node
/**
 * node scripts/size-tradeoff/run.mjs [CUT ...]      (SPLITS=heldout9,heldout10 to run only those)
 *
 * The measurement behind the engine's size budget (issue #3: "engine <= 20 KB gzip with all lexicons").
 * For every blind split, takes the engine commit it was scored on blind (before its misses were studied),
 * prunes that engine's lexicon on all OTHER corpus cases without changing any of their outcomes
 * (prune.ts), and scores the blind split again. So it answers: what does a smaller lexicon cost on text
 * nobody tuned on? CUT is how many gzip bytes of lexicon to drop (0 = everything the corpus does not need).
 * Each run works in a throw-away git worktree under the OS temp dir; prints one JSON line per run and a table.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** blind split -> engine commit it was first scored on (tests/corpus/results-<split>-blind.txt) */
const BLIND = [
  ['heldout6', 'c7a78c7'],
  ['heldout7', 'a3a61cc'],
  ['heldout8', 'cceede2'],
  ['heldout9', '56955f2'],
  ['heldout10', 'a7d37e9'],
  ['heldout11', '8d42b55'],
  ['heldout12', '68fb1d7'],
  ['heldout13', '05be67d'],
  ['heldout14', '59dcac3'],
  ['heldout15', '1b15496'],
  ['heldout16', '8e06eb7'],
]
  .filter(([s]) => ['invite', 'post', 'comment'].every((f) => existsSync(join(root, `tests/corpus/${f}.${s}.ts`))))
  .filter(([s]) => !process.env.SPLITS || process.env.SPLITS.split(',').includes(s));
const cuts = process.argv.slice(2).map((a) => (a === 'to20' ? a : Number(a)));
if (cuts.length === 0) cuts.push(3000, 6000, 'to20', 0);

const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const rows = [];
for (const [split, commit] of BLIND) {
  const dir = mkdtempSync(join(tmpdir(), `rapport-${split}-`));
  rmSync(dir, { recursive: true, force: true });
  git('worktree', 'add', '--detach', dir, commit);
  try {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const analyze = join(dir, 'src/engine/analyze.ts');
    const patched = readFileSync(analyze, 'utf8')
      .replace(/^const RX = \{/m, 'export const RX: Record<string, Compiled> = {')
      .replace(/^const c = \(b: L\.ByLang\)/m, 'export const c = (b: L.ByLang)')
      .replace(/^const COMMENT_WORDS = new Set/m, 'export const COMMENT_WORDS = new Set');
    writeFileSync(analyze, patched);
    for (const s of ['invite', 'post', 'comment']) cpSync(join(root, `tests/corpus/${s}.${split}.ts`), join(dir, `tests/corpus/${s}.${split}.ts`));
    cpSync(join(root, 'scripts/size-tradeoff/prune.ts'), join(dir, 'scripts/size-tradeoff/prune.ts'));
    cpSync(join(root, 'scripts/engine-bundle.ts'), join(dir, 'scripts/engine-bundle.ts'));
    for (const cut of cuts) {
      const out = execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/size-tradeoff/prune.ts'], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, SPLIT: split, CUT: String(cut) }, stdio: ['ignore', 'pipe', 'inherit'],
      });
      const r = JSON.parse(out.trim().split('\n').pop());
      r.commit = commit;
      console.log(JSON.stringify(r));
      rows.push(r);
    }
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}
const kb = (b) => (b / 1024).toFixed(1);
console.log('\nsplit      engine   cut            engine gzip KB   blind recall      blind precision   clean false alarms');
for (const r of rows) {
  console.log(`${r.split.padEnd(10)} ${r.commit}  ${String(r.cut || 'all').padEnd(13)}  ${kb(r.engineGzip.before)} -> ${kb(r.engineGzip.after)}     ${r.blind.before.recall.toFixed(3)} -> ${r.blind.after.recall.toFixed(3)}    ${r.blind.before.precision.toFixed(3)} -> ${r.blind.after.precision.toFixed(3)}    ${r.blind.before.cleanFalseAlarms} -> ${r.blind.after.cleanFalseAlarms}`);
}
