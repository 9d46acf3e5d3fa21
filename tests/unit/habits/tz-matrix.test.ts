/**
 * Runs the calendar and streak tests again in several time zones (one vitest child per zone,
 * since a process's zone is fixed once Date has been used): DST in Europe and America, a
 * southern-hemisphere zone whose DST runs the other way, and a half-hour zone without DST.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ZONES = ['Europe/Zurich', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'];
const FILES = ['tests/unit/habits/days.test.ts', 'tests/unit/habits/streak.test.ts', 'tests/unit/habits/schema.test.ts'];

describe.skipIf(process.env.RAPPORT_TZ_CHILD === '1')('time-zone matrix', { retry: 1 }, () => {
  it.each(ZONES)('%s', (tz) => {
    const res = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '--reporter=verbose', ...FILES], {
      env: { ...process.env, TZ: tz, RAPPORT_TZ_CHILD: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const out = `${res.stdout}\n${res.stderr}`;
    if (res.status !== 0) console.error(out);
    expect(res.status).toBe(0);
    expect(out).toMatch(/Tests\s+\d+ passed/);
    // The child really ran in that zone.
    expect(out).toContain(`TZ=${tz}`);
  }, 90_000);
});
