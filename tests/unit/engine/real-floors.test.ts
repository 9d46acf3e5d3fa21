/**
 * Floors on the real development texts kept outside the project (tests/corpus/load.ts REAL_DEV_DIR),
 * from tests/corpus/floors-real.json: every rule with enough positives keeps its precision and recall,
 * every surface its share of clean texts with a false alarm. Skipped when the folder is not there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REAL_DEV_DIR, loadRealDir } from '../../corpus/load';
import { score } from '../../corpus/score';

interface RealFloors {
  minPositives: number;
  rules: Record<string, { precision: number; recall: number }>;
  maxCleanFalseAlarmRate: Record<string, number>;
}
const floors = JSON.parse(readFileSync(new URL('../../corpus/floors-real.json', import.meta.url), 'utf8')) as RealFloors;
const cases = loadRealDir(REAL_DEV_DIR);

describe.skipIf(!cases)('real development texts', () => {
  const result = score(cases ?? []);
  it('has a floor for every rule with enough positives', () => {
    const enough = result.rules.filter((r) => r.tp + r.fn >= floors.minPositives).map((r) => r.rule);
    expect(Object.keys(floors.rules).sort()).toEqual([...enough].sort());
  });
  it.each(Object.entries(floors.rules))('%s stays at or above its floor', (rule, f) => {
    const r = result.rules.find((x) => x.rule === rule)!;
    expect(r.precision, `${rule} precision`).toBeGreaterThanOrEqual(f.precision);
    expect(r.recall, `${rule} recall`).toBeGreaterThanOrEqual(f.recall);
  });
  it.each(result.cleanBySurface.map((c) => [c.surface, c] as const))('%s: clean texts with a false alarm stay under the ceiling', (surface, c) => {
    expect(c.rate).toBeLessThanOrEqual(floors.maxCleanFalseAlarmRate[surface]!);
  });
});
