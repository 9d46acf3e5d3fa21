/** Every URL predicate against its own examples (positives) and other LinkedIn pages (negatives). */
import { describe, it, expect } from 'vitest';
import * as url from '../../../src/content/linkedin/url';

const EXAMPLES: Record<'isPostDetail' | 'isProfile', string[]> = {
  isPostDetail: ['https://www.linkedin.com/feed/update/urn:li:activity:7123/', 'https://www.linkedin.com/posts/anna-mueller_hiring-activity-7123-abcd'],
  isProfile: ['https://www.linkedin.com/in/anna-mueller/', 'https://www.linkedin.com/in/j%C3%BCrg-b%C3%A4rtschi/details/experience/'],
};
const OTHERS = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/feed?trk=nav',
  'https://www.linkedin.com/search/results/people/?keywords=zurich',
  'https://www.linkedin.com/mynetwork/grow/',
  'https://www.linkedin.com/messaging/thread/2-abc==/',
  'https://www.linkedin.com/preload/custom-invite/?vanityName=anna-mueller',
  'https://www.linkedin.com/preload/sharebox/',
];
const PREDICATES = Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[];

describe('LinkedIn URL predicates', () => {
  for (const name of PREDICATES) {
    const fn = url[name];
    it(`${name}: its own examples`, () => {
      for (const u of EXAMPLES[name]) expect(fn(u), u).toBe(true);
    });
    it(`${name}: nobody else's examples`, () => {
      const others = [...OTHERS, ...PREDICATES.filter((p) => p !== name).flatMap((p) => EXAMPLES[p])];
      for (const u of others) expect(fn(u), `${name}(${u})`).toBe(false);
    });
    it(`${name}: other hosts and bad input`, () => {
      expect(fn('https://linkedin.com.evil.example/in/anna/')).toBe(false);
      expect(fn('not a url')).toBe(false);
    });
  }
  it('reads the vanity name from profile URLs and invite links', () => {
    expect(url.vanityName('https://www.linkedin.com/in/anna-mueller/')).toBe('anna-mueller');
    expect(url.vanityName('https://www.linkedin.com/preload/custom-invite/?vanityName=peter-keller')).toBe('peter-keller');
    expect(url.vanityName('https://www.linkedin.com/in/j%C3%BCrg/')).toBe('jürg');
    expect(url.vanityName('https://www.linkedin.com/feed/')).toBeNull();
    expect(url.vanityName('::')).toBeNull();
  });
});
