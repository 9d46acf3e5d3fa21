/**
 * The bench runs and prints sane numbers (one short run). The budgets themselves are measured by
 * `npm run bench` and reported, never asserted here: timed assertions on a shared machine are flaky.
 */
import { it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ROOT, ensureBuilt } from './harness';

it('npm run bench prints one JSON object with every figure', { timeout: 300_000 }, () => {
  ensureBuilt();
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_QUICK: '1' };
  delete env.VITEST;
  const r = spawnSync(process.execPath, ['scripts/bench.mjs'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
  const out = JSON.parse(r.stdout);
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  expect(out.contentScript.gzipBytes).toBeGreaterThan(1000);
  expect(out.contentScript.engineOnDemandGzipBytes).toBeGreaterThan(1000);
  expect(finite(out.feed.pageMsPerSecWithout) && out.feed.pageMsPerSecWithout > 0).toBe(true);
  expect(finite(out.feed.rapportMsPerSec) && out.feed.rapportMsPerSec >= 0).toBe(true);
  for (const s of ['post', 'invite']) {
    expect(finite(out.typing[s].rapportMsPerKeystroke)).toBe(true);
    expect(out.typing[s].rapportMsPerKeystroke).toBeGreaterThan(0); // the coach did run while typing
    expect(Number.isInteger(out.typing[s].rapportTasksOver16ms)).toBe(true);
  }
  expect(out.engine.note.p95).toBeGreaterThan(0);
  expect(out.engine.size.gzipBytes).toBeGreaterThan(1000);
  expect(out.popup.popupFirstFiguresMs.median).toBeGreaterThan(0);
  for (const b of Object.values(out.budgets) as { value: number; limit: number; ok: boolean }[]) {
    expect(finite(b.value) && finite(b.limit) && typeof b.ok === 'boolean').toBe(true);
  }
});
