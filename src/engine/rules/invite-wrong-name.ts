/**
 * invite.wrong-name: the note greets or addresses someone else. The name right after a greeting at
 * the start of a line or sentence (after a title for "Herr/Frau/Mr/Dr"), or a name set off by commas
 * after a thank-you or an aside ("Thanks, Laura, for …"), is none of the recipient's names, short
 * forms, nicknames or one-letter spelling variants (names.ts), nor the sender's own name. Runs on
 * notes with no sentence too ("Hello Kevin," to Karin). Inputs: text, recipient name, sender name.
 */
import type { Candidate, Rule } from '../context';
import { findVocative } from '../greetings';
import { sameName } from '../names';
import { origRange } from '../text';

export const rule: Rule = {
  id: 'invite.wrong-name',
  check(ctx) {
    const { recipient, sender } = ctx.sig;
    if (!recipient) return null;
    const report = (fs: number, fe: number): Candidate => {
      const [start, end] = origRange(ctx.f, fs, fe);
      return { start, end, params: { name: ctx.text.slice(start, end), expected: ctx.input.recipient?.name?.trim().slice(0, 80) ?? '' } };
    };
    for (const g of ctx.sig.greetings) {
      if (g.names.length === 0 || g.names.some((t) => sameName(t.w, recipient))) continue;
      // the sender's own name after the greeting ("Hello Ritu from Pragmatic"), spelt exactly
      if (sender && g.names.some((t) => sameName(t.w, sender, false))) continue;
      return report(g.names[0]!.fs, g.names[g.names.length - 1]!.fe);
    }
    // a name addressed between commas after a thank-you or an aside: "Thanks, Laura, for ...", "Honestly, Nadine, ..."
    const v = findVocative(ctx);
    if (v && !sameName(v.w, recipient) && !(sender && sameName(v.w, sender, false))) return report(v.fs, v.fe);
    return null;
  },
};
