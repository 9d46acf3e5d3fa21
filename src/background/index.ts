/** Background worker: the only writer of storage.local. (Placeholder until the habits store lands.) */
import { browser } from '../shared/browser';
import type { RuntimeMessage } from '../shared/messages';

browser.runtime.onMessage.addListener((msg: unknown) => {
  const m = msg as RuntimeMessage;
  if (m?.kind === 'ping') return Promise.resolve({ ok: true });
  return undefined;
});
