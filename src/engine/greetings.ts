/**
 * Greetings and names addressed in a note: "Hi Anna", "Sehr geehrter Herr Dr. Keller", "Thanks,
 * Laura, for …". Read by invite.empty (a greeting is no sentence), invite.wrong-name and
 * invite.generic (a greeted name is no concrete reference), through signals.ts.
 */
import type { Ctx } from './context';
import { isAllCaps, type Token } from './text';
import { COMMON_CAPS, GREETINGS_FOLDED, GREET_WORDS, NOT_NAME, STOP, TITLE_SET } from './words';

/** Words that start the note's first sentence when the comma after a greeting is missing ("Hello Nice to meet you"): no name. */
export const SENTENCE_START = new Set(['nice', 'great', 'hope', 'hoping', 'happy', 'glad', 'pleasure', 'welcome', 'congratulations', 'congrats', 'sorry', 'quick', 'just', 'trust', 'wishing', 'saw', 'came', 'loved', 'freut', 'schoen', 'danke', 'vielen', 'gerne', 'ich']);

const GREETING_RE = new RegExp(`(?:^|\\n|[.!?] )(${GREETINGS_FOLDED.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export interface Greeting {
  /** token indices of the greeting words */
  gStart: number;
  gEnd: number;
  /** token indices of the name tokens that follow (may be empty) */
  names: Token[];
  /** whether a title (Herr, Frau, Mr., Dr.) stood before the name */
  titled: boolean;
}

/** Greetings at the start of the text or of a line/sentence, with the name that follows. */
export function findGreetings(ctx: Ctx): Greeting[] {
  const out: Greeting[] = [];
  const s = ctx.f.s;
  const toks = ctx.toks;
  GREETING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let ti = 0;
  let count = 0;
  while ((m = GREETING_RE.exec(s)) !== null && count++ < 20) {
    const gs = m.index + m[0].length - m[1]!.length;
    const ge = m.index + m[0].length;
    while (ti < toks.length && toks[ti]!.fs < gs) ti++;
    let j = ti;
    while (j < toks.length && toks[j]!.fe <= ge) j++;
    const g: Greeting = { gStart: ti, gEnd: j, names: [], titled: false };
    // the text between greeting and next token must be plain space (no comma: "Hi, John recommended ...")
    let k = j;
    let prevEnd = ge;
    while (k < toks.length && g.names.length < 3) {
      const t = toks[k]!;
      const between = s.slice(prevEnd, t.fs);
      if (!/^[ ]?\.? ?$/.test(between) && !(g.names.length === 0 && /^ ?$/.test(between))) break;
      const w = t.w.replace(/\.$/, '');
      if (TITLE_SET.has(w)) { g.titled = true; prevEnd = t.fe; k++; continue; }
      if (!t.cap || NOT_NAME.has(w) || GREET_WORDS.has(w) || SENTENCE_START.has(w) || (STOP.has(w) && !g.titled)) break;
      if (w.length >= 2 && isAllCaps(ctx.text, ctx.f, t)) break; // NAME, XY: a placeholder, not a name
      g.names.push(t);
      prevEnd = t.fe;
      k++;
      // a second capitalised token is a last name only if directly joined by a space
      if (s.charCodeAt(prevEnd) !== 32) break;
    }
    // "Hi Recruiting Team", "Hallo Swisscom-Team": a group, not a person
    const next = toks[k];
    if (g.names.length > 0 && next && NOT_NAME.has(next.w) && /^[ -]?$/.test(s.slice(g.names[g.names.length - 1]!.fe, next.fs))) g.names = [];
    if (g.names.some((t) => /-(?:team|crew|gruppe)$/.test(t.w))) g.names = [];
    out.push(g);
    if (m[0].length === 0) GREETING_RE.lastIndex++;
  }
  return out;
}

const VOCATIVE_RE = /(?:^|[.!?\n] ?)(?:thanks|thank you|many thanks|danke|vielen dank|merci|congrats|congratulations|gratuliere|honestly|ehrlich gesagt|sorry|wow|uebrigens|by the way|btw)(?: again| so much| a lot| nochmals| nochmal| vielmals)?(?:, | (?:for|fuer|fuers|zu|zum|zur|on) [^.!?\n,]{2,60}, )(?=[^ ,.!?\n]{2,30}(?:[,!] | -|[.!]))/g;

/** "Es war super, dich kennenzulernen, Sandra!": a name that closes an exclamation */
const VOCATIVE_CLOSING_RE = /, (?=[^ ,.!?\n]{2,30}!)/g;
/** "ich wollte Sie, liebe Frau Keller, fragen" */
const VOCATIVE_TITLED_RE = /, (?:liebe[rs]?|dear|sehr geehrte[rs]?) (?:(?:herr|frau|mr|ms|mrs|dr|prof)\.? )?(?=[^ ,.!?\n]{2,30}, )/g;

/**
 * A single capitalised name set off by commas right after a thank-you or an aside ("Thanks, Laura, for …"),
 * closing a thank-you clause ("Thanks for the tour, Thomas — …") or an exclamation, or after "liebe Frau".
 */
export function findVocative(ctx: Ctx): Token | null {
  VOCATIVE_RE.lastIndex = 0;
  VOCATIVE_TITLED_RE.lastIndex = 0;
  VOCATIVE_CLOSING_RE.lastIndex = 0;
  const m = VOCATIVE_RE.exec(ctx.f.s) ?? VOCATIVE_TITLED_RE.exec(ctx.f.s) ?? VOCATIVE_CLOSING_RE.exec(ctx.f.s);
  if (!m) return null;
  const at = m.index + m[0].length;
  const t = ctx.toks.find((x) => x.fs === at);
  if (!t || !t.cap) return null;
  const w = t.w.replace(/\.$/, '');
  if (NOT_NAME.has(w) || STOP.has(w) || TITLE_SET.has(w) || GREET_WORDS.has(w) || COMMON_CAPS.has(w) || isAllCaps(ctx.text, ctx.f, t)) return null;
  return t;
}

