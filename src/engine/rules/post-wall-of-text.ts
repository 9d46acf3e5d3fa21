/** post.wall-of-text: a paragraph (one line) of more than 600 characters. Inputs: text. */
import { wholeRange, type Rule } from '../context';

const MAX = 600;

export const rule: Rule = {
  id: 'post.wall-of-text',
  check(ctx) {
    const text = ctx.text;
    let bestS = 0;
    let bestLen = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = i < text.length ? text.charCodeAt(i) : 10;
      if (ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029) {
        if (i - start > bestLen) { bestLen = i - start; bestS = start; }
        start = i + 1;
      }
    }
    if (bestLen <= MAX) return null;
    const [a, b] = wholeRange(text.slice(bestS, bestS + bestLen));
    return b - a > MAX ? { start: bestS + a, end: bestS + b, params: { chars: b - a } } : null;
  },
};
