/**
 * The popup fits Chrome's popup limit (600 px high; wider or taller content gets scrollbars) in
 * English and German: on first run, after a history that could not be read was set aside (a clean
 * start with a notice), with weeks of data, with data and the notice, and paused. Measured in headless Chromium on the built extension, after the app has taken over and
 * the heatmap is drawn.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { launch, type Session } from './harness';

const LIMIT = 600;

function weekOfEvents(): Record<string, unknown>[] {
  const now = Date.now();
  const types = ['comment', 'reaction', 'post', 'message', 'invite', 'reaction', 'comment'];
  const today = [true, false].map((note, i) => ({ id: `height-today-${i}`, type: 'invite', note, at: new Date(now - 30000).toISOString() }));
  return [...today, ...Array.from({ length: 40 }, (_, i) => {
    const type = types[i % types.length]!;
    const e: Record<string, unknown> = { id: `height-${i}`, type, at: new Date(now - Math.floor(i / 3) * 86400000 - 60000).toISOString() };
    if (type === 'invite') e.note = i % 2 === 0;
    return e;
  })];
}

describe('popup height in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch('chromium');
  });
  afterAll(async () => {
    await s?.close();
  });

  async function measure(): Promise<number> {
    const page = await s.extensionPage('src/popup/index.html');
    await page.setViewport({ width: 360, height: 200 });
    await page.waitForFunction(() => document.documentElement.dataset.rapportFirstFigures, { timeout: 10000 });
    await page.waitForFunction(() => document.querySelector('[data-rapport-heatmap], [data-rapport-first-run]'), { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 200));
    const h = await page.evaluate(() => Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.getBoundingClientRect().height)));
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(w).toBeLessThanOrEqual(360);
    await page.close();
    return h;
  }

  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: first run, the notice, weeks of data, data with the notice, and paused all fit in ${LIMIT} px`, async () => {
      const w = await s.worker();
      await w.evaluate((l) => chrome.storage.sync.set({ settings: { version: 1, uiLanguage: l } }), lang);
      await w.evaluate(() => chrome.storage.local.clear());
      const first = await measure();
      expect(first, 'first run').toBeLessThanOrEqual(LIMIT);
      // a history that could not be read was set aside: a clean start with the notice
      await w.evaluate(() => chrome.storage.local.set({ 'habits.notice': { backupKey: 'habits.backup.1', at: new Date().toISOString(), reason: 'corrupt' } }));
      const notice = await measure();
      expect(notice, 'with the notice').toBeLessThanOrEqual(LIMIT);
      await w.evaluate(() => chrome.storage.local.clear());

      const opt = await s.extensionPage('src/options/index.html');
      const r = await opt.evaluate((events) => chrome.runtime.sendMessage({ kind: 'import', file: { format: 'rapport-export', version: 1, exportedAt: new Date().toISOString(), events, settings: {} } }), weekOfEvents());
      expect(r).toMatchObject({ ok: true });
      await opt.close();
      const data = await measure();
      expect(data, 'with data').toBeLessThanOrEqual(LIMIT);
      // the longest states: the notice above weeks of data, and coaching paused (its status line is the longest)
      await w.evaluate(() => chrome.storage.local.set({ 'habits.notice': { backupKey: 'habits.backup.1', at: new Date().toISOString(), reason: 'corrupt' } }));
      const dataNotice = await measure();
      expect(dataNotice, 'with data and the notice').toBeLessThanOrEqual(LIMIT);
      await w.evaluate(() => chrome.storage.local.remove('habits.notice'));
      await w.evaluate((l) => chrome.storage.sync.set({ settings: { version: 1, uiLanguage: l, paused: true } }), lang);
      const paused = await measure();
      expect(paused, 'paused, with data').toBeLessThanOrEqual(LIMIT);
      console.log(`popup height ${lang}: first run ${first} px, with data ${data} px, with notice ${notice} px, with data and notice ${dataNotice} px, paused with data ${paused} px`);
    });
  }
});
