/**
 * Habits end to end in headless Chromium: interactions on the practice page (Likes on both feed
 * stacks, a sent message, several tabs at once) show up in the popup and the badge; export then
 * import into a fresh profile gives the same figures; a corrupt stored value yields a working popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, sleep, type Session } from './harness';

const STATS = ['streak-current', 'streak-best', 'today', 'week-posts', 'week-comments', 'week-reactions', 'week-invites-with-note', 'week-invites-without-note', 'week-messages'] as const;
type Figures = Record<(typeof STATS)[number], string>;

async function popupFigures(s: Session): Promise<{ page: Page; figures: Figures }> {
  const page = await s.extensionPage('src/popup/index.html');
  await page.waitForFunction(() => document.documentElement.dataset.rapportFirstFigures, { timeout: 10000 });
  const figures = (await page.evaluate((ids) => {
    const out: Record<string, string> = {};
    for (const id of ids) out[id] = document.querySelector(`[data-rapport-stat="${id}"]`)?.textContent ?? '(missing)';
    return out;
  }, STATS as unknown as string[])) as Figures;
  return { page, figures };
}

async function waitForStored(s: Session, pred: (events: { type: string }[]) => boolean, timeout = 8000): Promise<{ type: string }[]> {
  const end = Date.now() + timeout;
  for (;;) {
    const events = await s.events();
    if (pred(events) || Date.now() > end) return events;
    await sleep(100);
  }
}

async function badge(s: Session): Promise<{ text: string; color: number[] }> {
  const w = await s.worker();
  return w.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  })) as Promise<{ text: string; color: number[] }>;
}

describe('habits: popup, badge, export/import in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch('chromium');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a fresh profile: the popup paints every figure as zero, quickly', async () => {
    const { page, figures } = await popupFigures(s);
    expect(Object.values(figures)).toEqual(STATS.map(() => '0'));
    const ms = Number(await page.evaluate(() => document.documentElement.dataset.rapportFirstFigures));
    expect(ms).toBeGreaterThan(0);
    await page.close();
  });

  it('Likes on both feed stacks and a sent message show up in the popup and the badge', async () => {
    const page = await s.openPractice('/feed/');
    // React/SDUI feed Like, then an Ember Like (the practice feed alternates both stacks).
    await page.click('button[aria-label^="Reaction button state"]');
    await page.click('button.react-button__trigger[aria-pressed]');
    let events = await waitForStored(s, (e) => e.filter((x) => x.type === 'reaction').length >= 2);
    expect(events.filter((e) => e.type === 'reaction')).toHaveLength(2);
    // Taking the Ember Like back removes it.
    await page.click('button.react-button__trigger[aria-pressed="true"]');
    events = await waitForStored(s, (e) => e.filter((x) => x.type === 'reaction').length === 1);
    expect(events.filter((e) => e.type === 'reaction')).toHaveLength(1);

    await s.openPractice('/messaging/thread/2-practice/');
    await page.click('div.msg-form__contenteditable');
    await page.keyboard.type('Thanks Anna, happy to compare notes on Friday.');
    // Typing alone records nothing.
    await sleep(600);
    expect((await waitForStored(s, () => false, 0)).filter((e) => e.type === 'message')).toHaveLength(0);
    await page.click('button.msg-form__send-button');
    events = await waitForStored(s, (e) => e.some((x) => x.type === 'message'));
    expect(events.filter((e) => e.type === 'message')).toHaveLength(1);

    const { page: popup, figures } = await popupFigures(s);
    expect(figures).toMatchObject({ 'week-reactions': '1', 'week-messages': '1', today: '2', 'streak-current': '1', 'streak-best': '1' });
    await popup.close();
    expect(await badge(s)).toMatchObject({ text: '1' });
  });

  it('several tabs recording at once lose nothing and count the same post once', async () => {
    const count = async (type: string) => (await waitForStored(s, () => false, 0)).filter((e) => e.type === type).length;
    const reactionsBefore = await count('reaction');
    const messagesBefore = await count('message');
    const tabs = [await s.newTab(), await s.newTab(), await s.newTab()];
    // Hidden tabs do not run the visibility checks puppeteer's element clicks wait for: prepare
    // each tab in front, then fire the real (trusted) clicks in all tabs at once by coordinates.
    const centre = async (t: Page, sel: string) => {
      const el = (await t.waitForSelector(sel))!;
      await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      const box = (await el.boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const likeAt: { x: number; y: number }[] = [];
    for (const t of tabs) {
      await t.bringToFront();
      await s.openPractice('/feed/', {}, t);
      likeAt.push(await centre(t, 'button.react-button__trigger[aria-pressed="false"]'));
    }
    // Every tab likes the same post (one URN) at once: it counts once.
    await Promise.all(tabs.map((t, i) => t.mouse.click(likeAt[i]!.x, likeAt[i]!.y)));
    await sleep(800);
    // The clicks really landed in every tab (each tab shows the Like as pressed).
    const pressed = await Promise.all(tabs.map((t) => t.evaluate(() => document.querySelector('button.react-button__trigger')!.getAttribute('aria-pressed'))));
    expect(pressed).toEqual(['true', 'true', 'true']);
    const sendAt: { x: number; y: number }[] = [];
    for (const [i, t] of tabs.entries()) {
      await t.bringToFront();
      await s.openPractice('/messaging/thread/2-practice/', {}, t);
      await t.click('div.msg-form__contenteditable');
      await t.keyboard.type(`Message ${i + 1} from tab ${i + 1}`);
      sendAt.push(await centre(t, 'button.msg-form__send-button'));
    }
    // Every tab sends its own message at the same time: each counts.
    await Promise.all(tabs.map((t, i) => t.mouse.click(sendAt[i]!.x, sendAt[i]!.y)));
    await waitForStored(s, (e) => e.filter((x) => x.type === 'message').length >= messagesBefore + tabs.length);
    await sleep(1500); // late duplicates would land by now
    expect(await count('reaction')).toBe(reactionsBefore + 1);
    expect(await count('message')).toBe(messagesBefore + tabs.length);
    await Promise.all(tabs.map((t) => t.close()));
  });

  it('export, then import into a fresh profile, gives the same figures', async () => {
    const { page: p1, figures: want } = await popupFigures(s);
    await p1.close();
    const dir = mkdtempSync(join(tmpdir(), 'rapport-export-'));
    const options = await s.extensionPage('src/options/index.html');
    const cdp = await options.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await options.waitForSelector('button[name=export]');
    await options.click('button[name=export]');
    let file = '';
    for (let i = 0; i < 50 && !file; i++) {
      await sleep(100);
      file = readdirSync(dir).find((f) => f.endsWith('.json')) ?? '';
    }
    expect(file).toMatch(/^rapport-export-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(dir, file);
    const data = JSON.parse(readFileSync(path, 'utf8'));
    expect(data).toMatchObject({ format: 'rapport-export', version: 1 });
    expect(data.events.length).toBeGreaterThanOrEqual(3);

    const fresh = await launch('chromium');
    try {
      expect((await popupFigures(fresh)).figures['week-reactions']).toBe('0');
      const opt = await fresh.extensionPage('src/options/index.html');
      const input = await opt.waitForSelector('input[name=importFile]');
      // A wrong file first: refused with a message, nothing stored.
      const bad = join(dir, 'wrong.json');
      (await import('node:fs')).writeFileSync(bad, '{"format":"something-else"}');
      await input!.uploadFile(bad);
      await opt.waitForSelector('[data-rapport-import="error"]');
      expect(await fresh.events()).toEqual([]);
      await input!.uploadFile(path);
      await opt.waitForSelector('[data-rapport-import="ok"]');
      const { page, figures } = await popupFigures(fresh);
      expect(figures).toEqual(want);
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  it('a damaged history index (habits.meta) yields a working popup with the same figures: nothing lost', async () => {
    const before = await popupFigures(s);
    await before.page.close();
    const w = await s.worker();
    await w.evaluate(async () => {
      await chrome.storage.local.remove('habits.days');
      await chrome.storage.local.set({ 'habits.meta': { v: 2, gen: 'damaged' } });
    });
    const { page, figures } = await popupFigures(s);
    expect(figures).toEqual(before.figures);
    // The popup's check has the worker rebuild the index from the pieces.
    await page.waitForFunction(async () => ((await chrome.storage.local.get('habits.meta'))['habits.meta'] as { gen: unknown }).gen !== 'damaged', { timeout: 5000 });
    await page.close();
    expect((await popupFigures(s)).figures).toEqual(before.figures);
  });

  it('an unreadable stored history (a damaged value of an earlier version) yields a working popup with a notice; the value is set aside', async () => {
    const w = await s.worker();
    await w.evaluate(async () => {
      const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => /^habits\.(meta|c\.|r\.|days)/.test(k));
      await chrome.storage.local.remove(keys);
      await chrome.storage.local.set({ habits: '{{{ not a store' });
    });
    const { page, figures } = await popupFigures(s);
    expect(figures['streak-current']).toBe('0');
    await page.waitForSelector('[data-rapport-notice]', { timeout: 5000 });
    const stored = await s.storage('local');
    expect(Object.entries(stored).some(([k, v]) => k.startsWith('habits.backup.') && v === '{{{ not a store')).toBe(true);
    expect(s.errors).toEqual([]);
    await page.close();
  });

  it('nothing reached the network', () => {
    expect(s.extensionRequests).toEqual([]);
  });
});

describe('habits in Firefox', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch('firefox');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the extension loads and recording a Like and a message raises no error', async () => {
    const page = await s.openPractice('/feed/');
    await page.click('button[aria-label^="Reaction button state"]');
    await s.openPractice('/messaging/thread/2-practice/');
    await page.click('div.msg-form__contenteditable');
    await page.keyboard.type('Hello from Firefox');
    await page.click('button.msg-form__send-button');
    await sleep(1500);
    expect(s.errors).toEqual([]);
  });
});
