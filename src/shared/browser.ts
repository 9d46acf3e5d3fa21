/** The one import of the WebExtension API: `browser.*`, promise-based and typed, in Chrome and Firefox alike. */
import browser from 'webextension-polyfill';
import type { MessageOf, ReplyMap, RuntimeMessage } from './messages';

export { browser };

/** True while this script's extension context is alive (false in an orphaned content script after an update). */
export function extensionAlive(): boolean {
  try {
    return Boolean(globalThis.chrome?.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Sends a typed message to the background worker. Never throws: resolves undefined when the
 * worker is unreachable or this context was orphaned by an extension update.
 */
export async function send<K extends RuntimeMessage['kind']>(msg: MessageOf<K>): Promise<ReplyMap[K] | undefined> {
  if (!extensionAlive()) return undefined;
  try {
    return (await browser.runtime.sendMessage(msg)) as ReplyMap[K];
  } catch {
    return undefined;
  }
}
