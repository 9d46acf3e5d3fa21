/** post.hashtags: more than five hashtags (a # before a word with a letter; not "C#", "#1"). Inputs: text. */
import type { Rule } from '../context';

const MAX = 5;

export const rule: Rule = {
  id: 'post.hashtags',
  check(ctx) {
    const text = ctx.text;
    const tags: [number, number][] = [];
    const re = /(?<![\p{L}\p{N}_#&\/])#[\p{L}\p{N}_]{1,80}/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && tags.length < 1000) {
      if (/\p{L}/u.test(m[0])) tags.push([m.index, m.index + m[0].length]);
    }
    if (tags.length <= MAX) return null;
    return { start: tags[0]![0], end: tags[tags.length - 1]![1], params: { count: tags.length, max: MAX }, spans: tags.slice(0, 50) };
  },
};
