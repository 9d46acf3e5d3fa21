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

/** Waits between attempts (ms): the worker may be starting, or was stopped while answering. */
export const RETRY_DELAYS = [150, 500, 1200, 2500, 5000];
/** An answer that has not come after this long is given up and the request sent again. */
export const ANSWER_TIMEOUT_MS = 4000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends a typed message to the background worker. Every kind is answered by the worker, so a
 * closed channel (the worker stopped mid-request), no receiver yet (it is starting) or no answer
 * in time means the request was lost: it is sent again, a few times with growing pauses. Records
 * carry keys, so a request that did arrive twice counts once. Never throws: resolves undefined
 * when the worker stays unreachable or this context was orphaned by an extension update.
 */
export async function send<K extends RuntimeMessage['kind']>(msg: MessageOf<K>, delays: readonly number[] = RETRY_DELAYS): Promise<ReplyMap[K] | undefined> {
  for (let attempt = 0; ; attempt++) {
    if (!extensionAlive()) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const reply = await Promise.race([
        api()!.runtime.sendMessage(msg) as Promise<ReplyMap[K] | undefined>,
        new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ANSWER_TIMEOUT_MS))),
      ]);
      if (reply !== undefined && reply !== null) return reply;
    } catch {
      /* channel closed or no receiver: try again */
    } finally {
      clearTimeout(timer);
    }
    if (attempt >= delays.length) return undefined;
    await sleep(delays[attempt]!);
  }
}
