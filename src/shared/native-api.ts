/**
 * The WebExtension API without webextension-polyfill, for the contexts that must stay small (the
 * content script on every LinkedIn page, the popup before its first paint). Both browsers provide
 * the promise-based calls these use natively in MV3: Firefox's `browser`, Chrome's `chrome`.
 */
import type { Browser } from 'webextension-polyfill';

type G = { browser?: Browser; chrome?: Browser };

/** The native API, looked up when called (an orphaned content script may lose it). */
export function nativeApi(): Browser | undefined {
  const g = globalThis as unknown as G;
  return g.browser?.runtime ? g.browser : g.chrome;
}
