/**
 * Every place a rule found (Finding.spans) and the marks drawn from them (src/content/coach/util.ts
 * marksOf): a post with three kinds of bait shows three marks, not one.
 */
import { describe, it, expect } from 'vitest';
import { analyze } from '../../../src/engine';
import { marksOf } from '../../../src/content/coach/util';

const at = (text: string, spans: [number, number][] | undefined) => (spans ?? []).map(([s, e]) => text.slice(s, e));
const find = (text: string, rule: string) => analyze({ text, surface: 'post' }).findings.find((f) => f.rule === rule);

describe('every place a rule found', () => {
  it('bait with three mechanics: three spans, the first is the finding, three marks', () => {
    const text = 'Big news about our team offsite and what we learned.\nLike if you agree! Comment YES below and tag someone who needs this.';
    const f = find(text, 'post.engagement-bait')!;
    expect(at(text, f.spans)).toEqual(['Like if you agree', 'Comment YES', 'tag someone who']);
    expect([f.start, f.end]).toEqual(f.spans![0]);
    const marks = marksOf([f]);
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['Like if you agree', 'Comment YES', 'tag someone who']);
    expect(new Set(marks.map((m) => m.id))).toEqual(new Set(['post.engagement-bait']));
  });

  it('German bait twice, and a quoted phrase (talked about, not used) is no place', () => {
    const text = 'Wir haben das Team neu aufgestellt.\nBitte gebt dem Beitrag ein Like! Posts mit «Kommentiere JA» nerven mich. Teilt diesen Beitrag, um alle zu erreichen.';
    const f = find(text, 'post.engagement-bait')!;
    const places = at(text, f.spans);
    expect(places).toHaveLength(2);
    expect(places[0]).toContain('gebt dem Beitrag ein Like');
    expect(places.join(' ')).not.toContain('JA');
  });

  it('a sales pitch repeated: every use, not the one asked about ("Limited offer? No.")', () => {
    const text = 'New release today. Book a demo now. Limited offer? No. Book a demo this week.';
    const f = find(text, 'post.sales-pitch')!;
    expect(at(text, f.spans)).toEqual(['Book a demo', 'Book a demo']);
  });

  it('one place: no spans, one mark', () => {
    const text = 'Free template. Comment YES and I will send it';
    const f = find(text, 'post.engagement-bait')!;
    expect(f.spans).toBeUndefined();
    expect(marksOf([f])).toEqual([{ start: f.start, end: f.end, tone: 'warning', id: 'post.engagement-bait' }]);
  });

  it('too many hashtags: each tag is a mark (the finding covers them all)', () => {
    const text = 'Shipped it.\n#a1 #b2 #c3 #d4 #e5 #f6 #g7';
    const f = find(text, 'post.hashtags')!;
    expect(at(text, f.spans)).toEqual(['#a1', '#b2', '#c3', '#d4', '#e5', '#f6', '#g7']);
    expect(text.slice(f.start, f.end)).toBe('#a1 #b2 #c3 #d4 #e5 #f6 #g7');
    expect(marksOf([f])).toHaveLength(7);
  });
});
