/** Every URL predicate against its own examples (positives) and every other predicate's examples (negatives). */
import { describe, it, expect } from 'vitest';
import * as url from '../../../src/content/linkedin/url';

const EXAMPLES: Record<string, string[]> = {
  isFeed: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed?trk=nav'],
  isPostDetail: ['https://www.linkedin.com/feed/update/urn:li:activity:7123/', 'https://www.linkedin.com/posts/anna-mueller_hiring-activity-7123-abcd'],
  isProfile: ['https://www.linkedin.com/in/anna-mueller/', 'https://www.linkedin.com/in/j%C3%BCrg-b%C3%A4rtschi/details/experience/'],
  isPeopleSearch: ['https://www.linkedin.com/search/results/people/?keywords=zurich'],
  isMyNetwork: ['https://www.linkedin.com/mynetwork/grow/', 'https://www.linkedin.com/mynetwork/invitation-manager/sent/'],
  isMessaging: ['https://www.linkedin.com/messaging/thread/2-abc==/', 'https://www.linkedin.com/messaging/compose/?recipient=x&interop=msgOverlay'],
  isCustomInviteLink: ['https://www.linkedin.com/preload/custom-invite/?vanityName=anna-mueller', 'https://www.linkedin.com/preload/search-custom-invite/?vanityName=peter-keller'],
  isSharebox: ['https://www.linkedin.com/preload/sharebox/'],
};
const PREDICATES = Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[];
// isPreload is true for every /preload/ route, isProfile also for profile subpages: list the expected overlaps.
const OVERLAP: Record<string, string[]> = {};

describe('LinkedIn URL predicates', () => {
  for (const name of PREDICATES) {
    const fn = (url as unknown as Record<string, (u: string) => boolean>)[name]!;
    it(`${name}: its own examples`, () => {
      for (const u of EXAMPLES[name]!) expect(fn(u), u).toBe(true);
    });
    it(`${name}: nobody else's examples`, () => {
      for (const other of PREDICATES.filter((p) => p !== name && !(OVERLAP[name] ?? []).includes(p))) {
        for (const u of EXAMPLES[other]!) expect(fn(u), `${name}(${u})`).toBe(false);
      }
    });
  }
  it('ignores other hosts and bad input', () => {
    for (const name of PREDICATES) {
      const fn = (url as unknown as Record<string, (u: string) => boolean>)[name]!;
      expect(fn('https://linkedin.com.evil.example/feed/')).toBe(false);
      expect(fn('not a url')).toBe(false);
    }
  });
  it('isPreload covers the custom-invite and sharebox routes', () => {
    for (const u of [...EXAMPLES.isCustomInviteLink!, ...EXAMPLES.isSharebox!]) expect(url.isPreload(u)).toBe(true);
    expect(url.isPreload('https://www.linkedin.com/feed/')).toBe(false);
  });
  it('reads the vanity name from profile URLs and invite links', () => {
    expect(url.vanityName('https://www.linkedin.com/in/anna-mueller/')).toBe('anna-mueller');
    expect(url.vanityName('https://www.linkedin.com/preload/custom-invite/?vanityName=peter-keller')).toBe('peter-keller');
    expect(url.vanityName('https://www.linkedin.com/in/j%C3%BCrg/')).toBe('jürg');
    expect(url.vanityName('https://www.linkedin.com/feed/')).toBeNull();
    expect(url.vanityName('::')).toBeNull();
  });
});
