/**
 * A labelled case, as the scorer sees it (read from JSON lines by tests/corpus/load.ts). The rules
 * in `expect` MUST fire; every other rule of its surface MUST NOT fire, except those in `skip`
 * (genuinely debatable for that text, so not scored either way). `hard` marks cases written to trip
 * a naive checker (polite formulas, sign-offs, nicknames, third persons, disguised pitches, real
 * questions, stories with a point).
 */
import type { HistoryEntry, Person, RuleId, Surface } from '../../src/engine/types';

export interface CorpusCase {
  id: string;
  surface: Surface;
  lang: 'en' | 'de';
  text: string;
  recipient?: Person;
  sender?: Person;
  history?: HistoryEntry[];
  post?: string;
  expect: RuleId[];
  skip?: RuleId[];
  hard?: boolean;
}
