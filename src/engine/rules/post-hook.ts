/**
 * post.hook: the first line runs past the point where LinkedIn's feed folds a post behind "…see
 * more" (foldpoint.ts), so nobody sees where it ends. Inputs: text.
 */
import { wholeRange, type Rule } from '../context';
import { foldPoint } from '../foldpoint';

export const rule: Rule = {
  id: 'post.hook',
  check(ctx) {
    const text = ctx.text;
    const [s0] = wholeRange(text);
    let e = text.indexOf('\n', s0);
    if (e < 0) e = text.length;
    while (e > s0 && /\s/u.test(text[e - 1]!)) e--;
    const fp = foldPoint(text);
    return e > fp ? { start: s0, end: e, params: { fold: fp, chars: e - s0 } } : null;
  },
};
