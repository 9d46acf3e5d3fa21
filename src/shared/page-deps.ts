/** The storage and messaging seams the extension pages (popup, options) share, wired to the real API. */
import { browser, send } from './browser';

export function pageStorageDeps() {
  return {
    local: browser.storage.local,
    sync: browser.storage.sync,
    onChanged(fn: (changes: Record<string, unknown>, area: string) => void): () => void {
      const l = (changes: Record<string, unknown>, area: string) => fn(changes, area);
      browser.storage.onChanged.addListener(l);
      return () => browser.storage.onChanged.removeListener(l);
    },
    send: (msg: unknown) => send(msg as never),
    now: () => new Date(),
  };
}
