/**
 * LinkedIn URL predicates: pure functions of a URL, no DOM. Language-independent, so they
 * survive markup and label changes. Tested against a table of positives and negatives
 * (tests/unit/foundation/url.test.ts).
 */
type U = URL | string;
const parse = (u: U): URL | null => {
  try {
    return typeof u === 'string' ? new URL(u) : u;
  } catch {
    return null;
  }
};
const isLinkedIn = (url: URL): boolean => url.hostname === 'www.linkedin.com';
const path = (u: U): string => {
  const url = parse(u);
  return url && isLinkedIn(url) ? url.pathname : '';
};

/** A post's own page (/feed/update/urn:li:activity:…/ or /posts/…): its comment box may sit outside the post. */
export const isPostDetail = (u: U): boolean => /^\/(feed\/update\/[^/]+|posts\/[^/]+)/.test(path(u));
/** A profile (/in/<slug>/ and its subpages). */
export const isProfile = (u: U): boolean => /^\/in\/[^/]+\/?/.test(path(u));

/** The profile slug ("vanity name") from a profile URL or a custom-invite link. */
export function vanityName(u: U): string | null {
  const url = parse(u);
  if (!url || !isLinkedIn(url)) return null;
  const q = url.searchParams.get('vanityName');
  if (q) return q;
  const m = /^\/in\/([^/]+)/.exec(url.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
