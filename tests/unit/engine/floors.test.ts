/**
 * Quality floors on the whole corpus minus the UNGATED splits (tests/corpus/score.ts: a fresh blind split is
 * scored once, its result kept in tests/corpus/results-*.txt, and only gated once it has been studied), and floors on the make-up of the whole corpus (share of hard and German cases per surface). tests/corpus/floors.json holds, per rule,
 * the lowest precision and recall we accept, and the highest share of clean cases with a false
 * alarm. The floors are only ever raised (to what the engine measurably reaches), never lowered.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULE_IDS } from '../../../src/engine/index';
import { ALL, GATED, composition, score } from '../../corpus/score';

interface Floors {
  rules: Record<string, { precision: number; recall: number }>;
  maxCleanFalseAlarmRate: number;
  composition: { minHardShare: number; minGermanShare: number };
}
const floors = JSON.parse(readFileSync(new URL('../../corpus/floors.json', import.meta.url), 'utf8')) as Floors;
const result = score(GATED);

describe('corpus floors', () => {
  it('covers every rule', () => {
    expect(Object.keys(floors.rules).sort()).toEqual([...RULE_IDS].sort());
  });
  it.each(result.rules.map((r) => [r.rule, r] as const))('%s stays at or above its floor', (rule, r) => {
    const f = floors.rules[rule]!;
    expect(r.tp + r.fn, 'has positive cases').toBeGreaterThan(0);
    expect(r.precision, `${rule} precision`).toBeGreaterThanOrEqual(f.precision);
    expect(r.recall, `${rule} recall`).toBeGreaterThanOrEqual(f.recall);
  });
  it('keeps false alarms on clean cases under the ceiling', () => {
    expect(result.cleanFalseAlarmRate).toBeLessThanOrEqual(floors.maxCleanFalseAlarmRate);
  });
});

// The make-up of the whole corpus (every split, blind ones included), so it cannot silently drift
// towards easy or English-only cases.
describe('corpus composition', () => {
  it.each(composition(ALL).map((m) => [m.surface, m] as const))('%s: enough hard and German cases', (surface, m) => {
    expect(m.cases, `${surface} has cases`).toBeGreaterThan(0);
    expect(m.hardShare, `${surface} share of hard cases (${m.hard}/${m.cases})`).toBeGreaterThanOrEqual(floors.composition.minHardShare);
    expect(m.germanShare, `${surface} share of German cases (${m.german}/${m.cases})`).toBeGreaterThanOrEqual(floors.composition.minGermanShare);
  });
  it('every case has a unique id', () => {
    const ids = ALL.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
