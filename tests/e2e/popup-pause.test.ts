/**
 * The popup's pause switch reaches LinkedIn's open tabs in Chromium, without a reload: paused, the
 * invitation panel goes; switched back, it returns in the same dialog. The same with the settings
 * kept on this device only (the options page's switch): then they live in storage.local, which the
 * content script cannot read, and the background relays the change (src/background/settings-relay.ts).
 * The toolbar badge follows: a pause sign and a "paused" title while paused, the streak again after.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type Session } from './harness';

/** In-page: our invitation hosts with something shown, in the document and open shadow roots. */
const HOSTS = `(function deepAll(root, out) {
  root.querySelectorAll('[data-rapport-surface="invite"]').forEach((e) => out.push(e));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(el.shadowRoot, out);
  return out;
})(document, []).filter((h) => h.shadowRoot && !h.shadowRoot.querySelector('.rp')?.hidden).length`;

describe('pause in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch('chromium');
  });
  afterAll(async () => {
    await s?.close();
  });

  const panels = (p: Page) => p.evaluate(HOSTS) as Promise<number>;
  /** The toolbar badge as the browser shows it, once it reads `text` (the worker repaints on storage.onChanged). */
  async function badge(text: string | RegExp): Promise<{ text: string; title: string }> {
    const w = await s.worker();
    const end = Date.now() + 5000;
    for (;;) {
      const b = await w.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
      if (typeof text === 'string' ? b.text === text : text.test(b.text)) return b;
      if (Date.now() > end) throw new Error(`badge is ${JSON.stringify(b)}, waited for ${text}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async function togglePause(expected: boolean) {
    const popup = await s.extensionPage('src/popup/index.html');
    await popup.waitForSelector('[data-rapport-pause]');
    await popup.click('[data-rapport-pause]');
    await popup.waitForFunction((v) => document.querySelector('[data-rapport-pause]')?.getAttribute('aria-checked') === v, { timeout: 5000 }, String(expected));
    await popup.close();
  }

  for (const home of ['sync', 'device'] as const) {
    it(`settings in ${home === 'sync' ? 'storage.sync' : 'storage.local (this device only)'}: the panel goes when paused and comes back when switched on`, async () => {
      if (home === 'device') {
        const opt = await s.extensionPage('src/options/index.html');
        await opt.waitForSelector('input[name=deviceOnly]');
        await opt.click('input[name=deviceOnly]');
        await opt.waitForFunction(() => document.querySelector('[data-rapport-sync]')?.getAttribute('data-rapport-sync') === 'device', { timeout: 5000 });
        await opt.close();
        expect((await s.storage('sync')).settings).toBeUndefined();
        expect((await s.storage('local')).settings).toBeDefined();
      }
      const p = await s.openPractice('/in/anna-mueller/', { lang: 'en', stack: 'sdui' });
      await p.click('main a[href*="/preload/custom-invite/"]');
      await p.waitForFunction(`${HOSTS} === 1`, { timeout: 5000, polling: 30 });
      await p.bringToFront();

      const before = await badge(/^\d*$/); // the streak (none yet: empty)
      await togglePause(true);
      await p.waitForFunction(`${HOSTS} === 0`, { timeout: 5000, polling: 30 });
      expect((await badge('||')).title).toMatch(/^Rapport is paused/);
      const where = home === 'sync' ? await s.storage('sync') : await s.storage('local');
      expect((where.settings as { paused?: boolean }).paused).toBe(true);

      await togglePause(false);
      expect(await badge(before.text)).toEqual(before);
      await p.bringToFront();
      await p.waitForFunction(`${HOSTS} === 1`, { timeout: 5000, polling: 30 });
      expect(await panels(p)).toBe(1);
      expect(s.errors).toEqual([]);
    });
  }
});
