/**
 * The labelled corpus. Each case names the rules that MUST fire (`expect`); every other rule of
 * its surface MUST NOT fire, except those listed in `skip` (genuinely debatable for that text,
 * so not scored either way). `hard` marks cases written to trip a naive checker (polite formulas,
 * sign-offs, nicknames, third persons, disguised pitches, real questions, stories with a point).
 *
 * Splits: `*.heldout.ts` was written before the engine and is never used for tuning;
 * `*.dev.ts` is the development split.
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

interface Opts {
  /** recipient name */
  to?: string;
  headline?: string;
  /** sender name */
  from?: string;
  history?: HistoryEntry[];
  post?: string;
  skip?: RuleId[];
  hard?: boolean;
}

let counter = 0;
function make(surface: Surface, lang: 'en' | 'de', expect: RuleId[], text: string, o: Opts = {}): CorpusCase {
  const c: CorpusCase = { id: `${surface}-${++counter}`, surface, lang, text, expect };
  if (o.to !== undefined || o.headline !== undefined) c.recipient = { name: o.to, headline: o.headline };
  if (o.from !== undefined) c.sender = { name: o.from };
  if (o.history) c.history = o.history;
  if (o.post !== undefined) c.post = o.post;
  if (o.skip) c.skip = o.skip;
  if (o.hard) c.hard = true;
  return c;
}

/** An invitation note. */
export const I = (lang: 'en' | 'de', expect: RuleId[], text: string, o?: Opts) => make('invite', lang, expect, text, o);
/** A post. */
export const P = (lang: 'en' | 'de', expect: RuleId[], text: string, o?: Opts) => make('post', lang, expect, text, o);
/** A comment (o.post: the post being answered). */
export const C = (lang: 'en' | 'de', expect: RuleId[], text: string, o?: Opts) => make('comment', lang, expect, text, o);

/** Gives every case of a file a stable id (file prefix + position). */
export function named(prefix: string, cases: CorpusCase[]): CorpusCase[] {
  return cases.map((c, i) => ({ ...c, id: `${prefix}-${String(i + 1).padStart(3, '0')}` }));
}
