/**
 * LinkedIn URL predicates: pure functions of a URL, no DOM. Language-independent, so they
 * survive markup and label changes. Tested against a table of positives and negatives.
 */
type U = URL | string;
const parse = (u: U): URL | null => {
  try {
    return typeof u === 'string' ? new URL(u) : u;
  } catch {
    return null;
  }
};
const path = (u: U): string => {
  const url = parse(u);
  return url && url.hostname === 'www.linkedin.com' ? url.pathname : '';
};

export const isLinkedIn = (u: U): boolean => parse(u)?.hostname === 'www.linkedin.com';
export const isFeed = (u: U): boolean => /^\/feed\/?$/.test(path(u));
export const isPostDetail = (u: U): boolean => /^\/(feed\/update\/[^/]+|posts\/[^/]+)/.test(path(u));
export const isProfile = (u: U): boolean => /^\/in\/[^/]+\/?/.test(path(u));
export const isOwnProfileEdit = (u: U): boolean => /^\/in\/[^/]+\/edit\//.test(path(u));
export const isPeopleSearch = (u: U): boolean => /^\/search\/results\/people\/?/.test(path(u));
export const isMyNetwork = (u: U): boolean => /^\/mynetwork\//.test(path(u));
export const isMessaging = (u: U): boolean => /^\/messaging\//.test(path(u));
/** The interop bridge's preload routes (custom-invite, search-custom-invite, sharebox…), also used as iframe src. */
export const isPreload = (u: U): boolean => /^\/preload\//.test(path(u));
/** Links that open the invitation dialog: /preload/custom-invite/?vanityName=… or /preload/search-custom-invite/… */
export const isCustomInviteLink = (u: U): boolean => /^\/preload\/(search-)?custom-invite\/?$/.test(path(u));
export const isSharebox = (u: U): boolean => /^\/preload\/sharebox\/?$/.test(path(u));

/** The profile slug ("vanity name") from a profile URL or a custom-invite link. */
export function vanityName(u: U): string | null {
  const url = parse(u);
  if (!url || !isLinkedIn(url)) return null;
  const q = url.searchParams.get('vanityName');
  if (q) return q;
  const m = /^\/in\/([^/]+)/.exec(url.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
