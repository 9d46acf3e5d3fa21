/**
 * Who sent a runtime message: one of the extension's own pages (popup, options: their URL is
 * under the extension's origin) or a content script (a LinkedIn frame's URL). Anything else
 * (another extension, a page without our content script) is no one we answer.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Sender } from '../shared/messages';

export function senderOf(sender: Runtime.MessageSender | undefined, extensionId: string, extensionOrigin: string): Sender | null {
  if (!sender || sender.id !== extensionId) return null;
  const url = typeof sender.url === 'string' ? sender.url : '';
  if (url.startsWith(extensionOrigin)) return 'page';
  if (url.startsWith('https://www.linkedin.com/') || sender.tab) return 'content';
  return null;
}
