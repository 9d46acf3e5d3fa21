/**
 * Background worker (Chrome: service worker; Firefox: event page): the only writer of the
 * history in storage.local (settings kept on this device only are written by the pages through
 * src/shared/settings.ts). It records interactions sent by content scripts, answers the invitation
 * history, imports, and keeps the toolbar badge (the current streak, or a pause sign while the
 * person has paused Rapport) up to date on startup, on every write and on settings changes. Pages
 * see changes through storage.onChanged.
 * storage.local is closed to content scripts where the browser allows it (Chromium's
 * setAccessLevel); each message is answered according to who sent it (src/background/sender.ts).
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser';
import { senderOf } from './sender';
import { settingsChanged } from '../shared/settings';
import { createHabitsService } from './service';
import { reinjectContentScripts } from './reinject';
import { engineLoader } from './engine-loader';
import { relaySettings } from './settings-relay';

/** The welcome tab (src/welcome/), opened once on install. */
const WELCOME_PAGE = 'src/welcome/index.html';

const service = createHabitsService({
  local: browser.storage.local,
  sync: browser.storage.sync,
  browserLang: () => browser.i18n.getUILanguage(),
  async setBadge({ text, color, title }) {
    await browser.action.setBadgeText({ text });
    await browser.action.setBadgeBackgroundColor({ color });
    await browser.action.setTitle({ title });
    try {
      await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
    } catch {
      /* older browsers */
    }
  },
});

// Chromium: content scripts may not touch storage.local (their only way in is a message).
void (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } } } }).chrome?.storage?.local
  ?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
  ?.catch(() => undefined);

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  const from = senderOf(sender, browser.runtime.id, browser.runtime.getURL(''));
  return from ? service.handle(msg, from) : undefined;
});
browser.runtime.onMessage.addListener(engineLoader(browser));
// A finding's "Settings" button (src/content/ui/actions.ts): content scripts cannot open the options page.
browser.runtime.onMessage.addListener((msg: unknown) =>
  (msg as { kind?: string } | null)?.kind === 'open-options' ? browser.runtime.openOptionsPage().then(() => ({ ok: true }), () => ({ ok: false })) : undefined,
);

browser.storage.onChanged.addListener((changes, area) => {
  if (!settingsChanged(changes, area)) return;
  void service.refreshBadge();
  if (area === 'local') void relaySettings(browser, browser.storage);
});

browser.runtime.onStartup.addListener(() => void service.refreshBadge());
browser.runtime.onInstalled.addListener((details) => {
  void service.refreshBadge();
  if (details.reason === 'install' || details.reason === 'update') void reinjectContentScripts(browser);
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
});
void service.start();
