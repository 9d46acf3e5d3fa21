/**
 * invite.empty: a note with no sentence. Nothing is left after removing greetings, titles, names
 * (the recipient's, the sender's, a greeted one) and sign-off words ("Hi Anna,", "Hello ma'am",
 * "Dear Amelia, Best, Liam"). Inputs: text, recipient name, sender name.
 */
import type { Ctx, Rule } from '../context';
import { sameName } from '../names';
import { origRange, type Token } from '../text';
import { GREET_WORDS, NOT_NAME, SIGNOFF, TITLE_SET } from '../words';

/** No word that is not a greeting, title, name or sign-off (the noSentence signal, signals.ts). */
export function noSentence(ctx: Ctx): boolean {
  const { recipient, sender } = ctx.sig;
  const greetedNames = new Set<Token>();
  for (const g of ctx.sig.greetings) for (const t of g.names) greetedNames.add(t);
  for (const t of ctx.toks) {
    const w = t.w.replace(/\.$/, '');
    if (GREET_WORDS.has(w) || TITLE_SET.has(w) || SIGNOFF.has(w) || NOT_NAME.has(w) && w !== 'thanks' && w !== 'danke' && w !== 'merci' && w !== 'thank') continue;
    if (greetedNames.has(t)) continue;
    // "Hi shaen doyle": the recipient's name, even in lower case
    if ((recipient && sameName(w, recipient)) || (t.cap && sender && sameName(w, sender))) continue;
    return false;
  }
  return true;
}

export const rule: Rule = {
  id: 'invite.empty',
  check(ctx) {
    if (!ctx.sig.noSentence) return null;
    if (ctx.toks.length === 0) return { start: 0, end: 0 };
    const [start, end] = origRange(ctx.f, ctx.toks[0]!.fs, ctx.toks[ctx.toks.length - 1]!.fe);
    return { start, end };
  },
};
