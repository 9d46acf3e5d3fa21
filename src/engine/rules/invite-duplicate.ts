/**
 * invite.duplicate: the note is (nearly) the one sent to someone else: Dice similarity of word
 * shingle fingerprints >= 0.8 with an earlier note to another recipient (fingerprint.ts, history.ts).
 * Inputs: text, history (CLI: earlier texts with their recipients; extension: keyed sketches),
 * recipient name or key, sender name.
 */
import { wholeRange, type Rule } from '../context';
import { fingerprintFromWords, fingerprintWordsFromTokens, namesOf, sketch } from '../fingerprint';
import { bestSimilarity } from '../history';

export const rule: Rule = {
  id: 'invite.duplicate',
  check(ctx) {
    const { input } = ctx;
    if (!Array.isArray(input.history) || input.history.length === 0) return null;
    const recipientName = input.recipient?.name;
    const senderName = input.sender?.name;
    const fp = fingerprintFromWords(fingerprintWordsFromTokens(ctx.toks, namesOf({ recipientName, senderName })));
    if (fp.length < 4) return null;
    const best = bestSimilarity(input.historyKey ? sketch(fp, input.historyKey) : fp, input.history, recipientName, input.recipientKey, senderName);
    if (best < 0.8) return null;
    const [start, end] = wholeRange(ctx.text);
    return { start, end, params: { percent: Math.round(best * 100) } };
  },
};
