/**
 * Injects the text engine into the frame that asked for it (src/content/engine.ts), in the content
 * script's isolated world. Only frames that show something to coach ever load it.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { ENGINE_FILE } from '../content/engine-api';

export function engineLoader(browser: Browser) {
  return (msg: unknown, sender: Runtime.MessageSender): Promise<{ ok: boolean }> | undefined => {
    if ((msg as { kind?: unknown } | null)?.kind !== 'load-engine') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || !browser.scripting) return Promise.resolve({ ok: false });
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ENGINE_FILE] })
      .then(() => ({ ok: true }))
      .catch(() => ({ ok: false }));
  };
}
