// npm test: every check, in order, stopping at the first red step:
// type check → unit + DOM tests → build → web-ext lint → end-to-end tests in Chromium and Firefox.
// Prints one summary line "tests: N passed, N failed" at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();

mkdirSync('.cache', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const times = [];

function step(name, cmd, args, env = {}) {
  const t0 = performance.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = (performance.now() - t0) / 1000;
  times.push(`${name} ${secs.toFixed(1)} s`);
  return r.status === 0;
}

function vitest(name, projects) {
  const out = `.cache/vitest-${name}.json`;
  rmSync(out, { force: true });
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  const ok = step(`${name} tests`, 'npx', args, { RAPPORT_PREBUILT: '1' });
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    if (!ok && r.numFailedTests === 0) failed += 1; // a suite that failed to load
  } else if (!ok) failed += 1;
  return ok;
}

function finish(ok) {
  console.log(`\nsteps: ${times.join(' · ')}`);
  console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(ok ? 0 : 1);
}

const run = [
  () => step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) || (failed++, false),
  () => vitest('unit+dom', ['unit', 'dom']),
  () => step('build', process.execPath, ['scripts/build.mjs']) || (failed++, false),
  () => step('web-ext lint (Firefox build)', process.execPath, ['scripts/lint-firefox.mjs']) || (failed++, false),
  () => vitest('e2e', ['e2e']),
];
for (const s of run) if (!s()) finish(false);
finish(true);
