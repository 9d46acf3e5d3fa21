/**
 * The one import of the WebExtension API for the extension pages and the background worker:
 * `browser.*`, promise-based and typed, in Chrome and Firefox alike. (The content script uses the
 * native API through src/content/browser.ts, to stay small.)
 */
import browser from 'webextension-polyfill';
import type { MessageOf, ReplyMap, RuntimeMessage } from './messages';

export { browser };

/** Sends a typed message to the background worker. Never throws: resolves undefined when it is unreachable. */
export async function send<K extends RuntimeMessage['kind']>(msg: MessageOf<K>): Promise<ReplyMap[K] | undefined> {
  try {
    return (await browser.runtime.sendMessage(msg)) as ReplyMap[K];
  } catch {
    return undefined;
  }
}
