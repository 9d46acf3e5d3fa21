/**
 * The WebExtension API for the content script, without webextension-polyfill (which stays in the
 * extension pages and the background). Content scripts only use promise-returning calls that both
 * browsers provide natively in MV3 (Firefox's `browser`, Chrome's `chrome`): runtime.sendMessage,
 * storage.*.get and storage.onChanged. This keeps ~3 KB gzip out of every LinkedIn page.
 */
import type { MessageOf, ReplyMap, RuntimeMessage } from '../shared/messages';
import { nativeApi as api } from '../shared/native-api';

export { api };

/** True while this script's extension context is alive (false in an orphaned content script after an update). */
export function extensionAlive(): boolean {
  try {
    return Boolean(api()?.runtime?.id);
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
    return (await api()!.runtime.sendMessage(msg)) as ReplyMap[K];
  } catch {
    return undefined;
  }
}
