/**
 * Settings that live on this device only (storage.local, see src/shared/settings.ts) are out of
 * content scripts' sight in Chromium, where storage.local is closed to them and its changes never
 * reach them. When they change there, this tells the content scripts of LinkedIn's tabs (all
 * frames) with the settings as they now stand; settings in storage.sync reach them on their own.
 */
import type { Browser } from 'webextension-polyfill';
import { readSettings, type SettingsAreas } from '../shared/settings';
import type { SettingsChangedMessage } from '../shared/messages';

export async function relaySettings(browser: Browser, areas: SettingsAreas): Promise<number> {
  const matches = browser.runtime.getManifest().content_scripts?.[0]?.matches;
  if (!matches?.length) return 0;
  const msg: SettingsChangedMessage = { kind: 'settings-changed', settings: (await readSettings(areas)).settings };
  let told = 0;
  try {
    for (const tab of await browser.tabs.query({ url: matches })) {
      if (tab.id === undefined || tab.discarded) continue;
      await browser.tabs.sendMessage(tab.id, msg).then(
        () => told++,
        () => undefined, // a tab without our content script (loading, error page)
      );
    }
  } catch {
    /* no host access: nothing to tell */
  }
  return told;
}
