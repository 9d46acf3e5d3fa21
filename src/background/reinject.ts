/**
 * After an update (or a reload in development) LinkedIn tabs that are already open keep running
 * the old, now orphaned content script, which stops itself. This puts the new one into those tabs
 * (all frames) so coaching goes on without a page reload; the new instance takes over from any
 * leftover (src/content/main.ts), so a browser that also injects on its own gets no duplicate UI.
 */
import type { Browser } from 'webextension-polyfill';

export async function reinjectContentScripts(browser: Browser): Promise<number> {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  if (!cs?.js?.length || !cs.matches?.length || !browser.scripting) return 0;
  let injected = 0;
  try {
    const tabs = await browser.tabs.query({ url: cs.matches });
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: cs.js });
        injected++;
      } catch {
        /* a tab that cannot be scripted (loading, error page): it gets the script on its next load */
      }
    }
  } catch {
    /* no host access: nothing to do */
  }
  return injected;
}
