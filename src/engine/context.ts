/**
 * One analysis: the text folded once, its words and language, the shared signals (signals.ts), and
 * the helpers every rule uses to look its phrases up. A rule (rules/*.ts) is a pure function of this
 * context that proposes at most one finding; analyze.ts runs the rules, interplay.ts says which
 * signal silences which rule.
 */
import type { AnalyzeInput, Lang, RuleId } from './types';
import { all, first, origRange, type Folded, type Hit, type Token } from './text';
import type { Compiled } from './phrases';
import type { Signals } from './signals';

/** Lexicon rules look at most at this many characters (LinkedIn posts are capped at 3,000). */
export const MAX_SCAN = 20000;

export interface Ctx {
  /** the input, every field of the expected type */
  input: AnalyzeInput;
  /** the whole text */
  text: string;
  /** the first MAX_SCAN characters, folded */
  f: Folded;
  toks: Token[];
  lang: Lang | 'unknown';
  /** the languages whose phrase lists apply (both when the language is unknown) */
  langs: Lang[];
  /** shared signals, each computed once on first use */
  sig: Signals;
  /** quoted or listed phrases (see mentionSpans), found once per call when first needed */
  mentions?: [number, number][];
}

/** A finding a rule proposes: UTF-16 range and message parameters. `weak`: evidence interplay.ts may discount. */
export interface Candidate {
  start: number;
  end: number;
  params?: Record<string, string | number>;
  weak?: boolean;
  /** every place the rule found, when several (Finding.spans) */
  spans?: [number, number][];
}

export interface Rule {
  id: RuleId;
  check(ctx: Ctx): Candidate | null;
}

/** The candidate pointing at a phrase hit (folded offsets mapped back to the original text). */
export function atHit(ctx: Ctx, h: Hit, params?: Record<string, string | number>): Candidate {
  const [start, end] = origRange(ctx.f, h.fs, h.fe);
  return params ? { start, end, params } : { start, end };
}

/** The candidate with every place in `hits` (overlaps dropped) as its spans, when there are several. */
export function withSpans(ctx: Ctx, c: Candidate, hits: readonly Hit[]): Candidate {
  const spans: [number, number][] = [];
  let end = -1;
  for (const h of hits) {
    if (h.fs < end) continue;
    spans.push(origRange(ctx.f, h.fs, h.fe));
    end = h.fe;
  }
  return spans.length > 1 && spans.some(([s]) => s === c.start) ? { ...c, spans } : c;
}

export function hitsOf(ctx: Ctx, rx: Compiled, max = 20): Hit[] {
  const out: Hit[] = [];
  for (const l of ctx.langs) for (const h of all(rx[l], ctx.f.s, max)) out.push(h);
  out.sort((a, b) => a.fs - b.fs);
  return out;
}
export function firstOf(ctx: Ctx, rx: Compiled): Hit | null {
  let best: Hit | null = null;
  for (const l of ctx.langs) {
    const h = first(rx[l], ctx.f.s);
    if (h && (!best || h.fs < best.fs)) best = h;
  }
  return best;
}

/** a phrase in double quotes of any kind (folded to ") */
export const DOUBLE_QUOTED = '"[^"\\n]{2,160}"';
const MENTION_RE = new RegExp(
  `${DOUBLE_QUOTED}|(?<![\\p{L}\\p{N}])'(?:[^'\\n]|(?<=\\p{L})'(?=\\p{L})){2,160}'(?![\\p{L}\\p{N}])|(?<![\\p{L}])(?:phrases?|words|lines|slogans?|saetze|floskeln|formulierungen|sprueche|woerter)(?: like| such as| wie)?: [^.!?\\n]{2,160}`,
  'gu',
);
/**
 * Spans of the folded text inside quotes of any kind (folded to " and '), or listed after "phrases:",
 * "Floskeln wie": a phrase there is talked about, not used ('We removed the "Book a demo" button',
 * 'Posts with «Comment YES» annoy me', 'Every rep knows the phrases: limited offer, only today').
 * Found once per call, and only for texts that have a quote or a colon at all.
 */
function mentionSpans(ctx: Ctx): [number, number][] {
  if (ctx.mentions) return ctx.mentions;
  const out: [number, number][] = [];
  if (/["']|: /.test(ctx.f.s)) {
    MENTION_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MENTION_RE.exec(ctx.f.s)) !== null && out.length < 50) out.push([m.index, m.index + m[0].length]);
  }
  return (ctx.mentions = out);
}
/** Hits of rx that are used, not quoted; a hit that reaches outside the quotes ('Comment "YES" below') counts. */
export function usedHits(ctx: Ctx, rx: Compiled, max = 20): Hit[] {
  const spans = mentionSpans(ctx);
  const hits = hitsOf(ctx, rx, max);
  return spans.length === 0 ? hits : hits.filter((h) => !spans.some(([a, b]) => h.fs >= a && h.fe <= b));
}
/** The first used hit of rx; with notQuestioned, not one followed by "?" either ("Limited offer? No."). */
export function firstUsed(ctx: Ctx, rx: Compiled, notQuestioned = false): Hit | null {
  const first = firstOf(ctx, rx);
  if (!first || (mentionSpans(ctx).length === 0 && !(notQuestioned && ctx.f.s[first.fe] === '?'))) return first;
  return usedHits(ctx, rx).find((h) => !(notQuestioned && ctx.f.s[h.fe] === '?')) ?? null;
}

/** Trimmed original range of the whole text. */
export function wholeRange(text: string): [number, number] {
  const s = text.search(/\S/u);
  if (s < 0) return [0, 0];
  let e = text.length;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}
