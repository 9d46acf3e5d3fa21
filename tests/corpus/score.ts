/** Scores the engine on the labelled corpus: per rule precision/recall/F1, and false alarms on clean cases. */
import { analyze } from '../../src/engine/index';
import { RULE_IDS, type RuleId, type Surface } from '../../src/engine/types';
import type { CorpusCase } from './types';
import { DATA_DIR, loadFiles } from './load';

/** A round of the corpus: the file name up to the surface (`dev-round-07`); tests/corpus/data/README.md says what each is. */
export type Split = string;

/** The corpus by round, each round's surfaces in one list (tests/corpus/data/<round>.<surface>.jsonl). */
export const SPLITS: Record<Split, CorpusCase[]> = {};
for (const [file, cases] of loadFiles(DATA_DIR) ?? new Map<string, CorpusCase[]>()) {
  const round = file.slice(0, file.indexOf('.'));
  (SPLITS[round] ??= []).push(...cases);
}
const SURFACE_ORDER: Surface[] = ['invite', 'post', 'comment'];
for (const cases of Object.values(SPLITS)) cases.sort((a, b) => SURFACE_ORDER.indexOf(a.surface) - SURFACE_ORDER.indexOf(b.surface));
/** Rounds written blind and not yet scored once (tests/unit/engine/floors.test.ts gates ALL minus these). */
export const UNGATED: Split[] = [];
/** Everything. */
export const ALL: CorpusCase[] = Object.keys(SPLITS).sort().flatMap((k) => SPLITS[k]!);
/** ALL minus the UNGATED splits: what the quality floors gate. */
const ungatedCases = new Set(UNGATED.flatMap((s) => SPLITS[s] ?? []));
export const GATED: CorpusCase[] = ALL.filter((c) => !ungatedCases.has(c));

/** How a set of cases is made up, per surface: how many, and the share of hard and of German cases. */
export interface SurfaceMix { surface: Surface; cases: number; hard: number; german: number; hardShare: number; germanShare: number }
export function composition(cases: CorpusCase[]): SurfaceMix[] {
  return (['invite', 'post', 'comment'] as const).map((surface) => {
    const of = cases.filter((c) => c.surface === surface);
    const hard = of.filter((c) => c.hard).length;
    const german = of.filter((c) => c.lang === 'de').length;
    const n = of.length;
    return { surface, cases: n, hard, german, hardShare: n ? hard / n : 0, germanShare: n ? german / n : 0 };
  });
}

export interface RuleScore { rule: RuleId; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Mistake { id: string; rule: RuleId; kind: 'fp' | 'fn'; text: string }
export interface CleanShare { surface: Surface; clean: number; withFinding: number; rate: number }
export interface Score {
  cases: number;
  rules: RuleScore[];
  clean: number;
  cleanWithFinding: number;
  cleanFalseAlarmRate: number;
  /** the same share of clean cases with a (scored) finding, per surface */
  cleanBySurface: CleanShare[];
  mistakes: Mistake[];
}

export function fired(c: CorpusCase): Set<RuleId> {
  const r = analyze({ text: c.text, surface: c.surface, recipient: c.recipient, sender: c.sender, history: c.history, post: c.post });
  return new Set(r.findings.map((f) => f.rule));
}

export function score(cases: CorpusCase[]): Score {
  const counts = new Map<RuleId, { tp: number; fp: number; fn: number }>();
  for (const id of RULE_IDS) counts.set(id, { tp: 0, fp: 0, fn: 0 });
  const mistakes: Mistake[] = [];
  let clean = 0;
  let cleanWithFinding = 0;
  const bySurface = new Map<Surface, { clean: number; withFinding: number }>();
  for (const c of cases) {
    const got = fired(c);
    const skip = new Set(c.skip ?? []);
    const expect = new Set(c.expect);
    for (const id of RULE_IDS) {
      if (!id.startsWith(c.surface + '.') || skip.has(id)) continue;
      const k = counts.get(id)!;
      if (expect.has(id) && got.has(id)) k.tp++;
      else if (expect.has(id)) { k.fn++; mistakes.push({ id: c.id, rule: id, kind: 'fn', text: c.text }); }
      else if (got.has(id)) { k.fp++; mistakes.push({ id: c.id, rule: id, kind: 'fp', text: c.text }); }
    }
    if (c.expect.length === 0) {
      clean++;
      const k = bySurface.get(c.surface) ?? { clean: 0, withFinding: 0 };
      bySurface.set(c.surface, k);
      k.clean++;
      if ([...got].some((r) => !skip.has(r))) { cleanWithFinding++; k.withFinding++; }
    }
  }
  const rules: RuleScore[] = RULE_IDS.map((rule) => {
    const { tp, fp, fn } = counts.get(rule)!;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { rule, tp, fp, fn, precision, recall, f1 };
  });
  const cleanBySurface = (['invite', 'post', 'comment'] as const).map((surface) => {
    const k = bySurface.get(surface) ?? { clean: 0, withFinding: 0 };
    return { surface, ...k, rate: k.clean ? k.withFinding / k.clean : 0 };
  });
  return { cases: cases.length, rules, clean, cleanWithFinding, cleanFalseAlarmRate: clean ? cleanWithFinding / clean : 0, cleanBySurface, mistakes };
}
