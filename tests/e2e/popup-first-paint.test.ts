/**
 * The popup's first paint in real Chromium: the plain-DOM paint (strings from chrome.i18n) shows
 * the contract figures of the stored history, and the preact app that takes over renders exactly
 * the same markup (no flash, nothing moves); in German too. When the browser's catalog is not the
 * language shown (a language set in the options; or --lang=de, so chrome.i18n reads German while
 * the UI language resolves to English), the first paint uses the bundled catalogs: still the right
 * language, still the same markup as the app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
// @ts-expect-error plain ESM helper without types
import { findChromium, chromiumArgs } from '../../scripts/browsers.mjs';
import { ensureBuilt, launch, ROOT, type Session } from './harness';

const STATS = ['streak-current', 'streak-best', 'today', 'week-posts', 'week-comments', 'week-reactions', 'week-invites-with-note', 'week-invites-without-note', 'week-messages'];

/**
 * A history relative to today (local time): a 12-day run two months ago (the best), a 9-day run
 * ending yesterday (every day, weekends too), and only a reaction today (not counted): the streak
 * is 9, at risk on a weekday, safe on a default rest day (Saturday, Sunday).
 */
async function seed(w: WebWorker): Promise<void> {
  // A worker caught at its very start has no extension API yet.
  for (let i = 0; i < 100 && !(await w.evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome.storage))); i++) await new Promise((r) => setTimeout(r, 50));
  await w.evaluate(async () => {
    // The worker's own start-up writes the (empty) store and its day index first: let it finish.
    for (let i = 0; i < 100 && !(await chrome.storage.local.get('habits.days'))['habits.days']; i++) await new Promise((r) => setTimeout(r, 50));
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const iso = (d: Date) => {
      const off = -d.getTimezoneOffset();
      const a = Math.abs(off);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${off >= 0 ? '+' : '-'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
    };
    const now = new Date();
    const events: { id: string; type: string; at: string }[] = [];
    const add = (daysAgo: number, type: string) =>
      events.push({ id: `e2e-${events.length}`, type, at: iso(daysAgo === 0 ? new Date(now.getTime() - 1000) : new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, 9)) });
    for (let i = 60; i >= 49; i--) add(i, 'comment');
    for (let i = 9; i >= 1; i--) add(i, 'comment');
    add(0, 'reaction');
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ habits: { v: 1, events, rolled: {} } });
  });
}

function expected(): { figures: Record<string, string>; status: string } {
  const now = new Date();
  const sinceMonday = (now.getDay() + 6) % 7;
  const rest = now.getDay() === 0 || now.getDay() === 6;
  return {
    figures: {
      'streak-current': '9',
      'streak-best': '12',
      today: '1',
      'week-posts': '0',
      'week-comments': String(sinceMonday),
      'week-reactions': '1',
      'week-invites-with-note': '0',
      'week-invites-without-note': '0',
      'week-messages': '0',
    },
    status: rest ? 'rest' : 'risk',
  };
}

interface Observed {
  firstPaint: boolean;
  early: { html: string; figures: Record<string, string> } | null;
  final: string;
  finalFigures: Record<string, string>;
  sameMain: boolean;
  lang: string;
  firstFigures: string;
}

/** Opens the popup, records the first markup with figures and the markup after the app took over. */
async function observe(browser: Browser, id: string, locale?: string): Promise<Observed> {
  const page: Page = await browser.newPage();
  if (locale) await (await page.createCDPSession()).send('Emulation.setLocaleOverride', { locale });
  await page.evaluateOnNewDocument((ids: string[]) => {
    const w = window as unknown as { __early?: { html: string; figures: Record<string, string>; main: Element } };
    new MutationObserver(() => {
      const app = document.getElementById('app');
      const main = app?.querySelector('main');
      if (w.__early || !app || !main) return;
      const figures: Record<string, string> = {};
      for (const s of ids) figures[s] = app.querySelector(`[data-rapport-stat="${s}"]`)?.textContent ?? '(missing)';
      w.__early = { html: app.innerHTML, figures, main };
    }).observe(document, { subtree: true, childList: true });
  }, STATS);
  await page.goto(`chrome-extension://${id}/src/popup/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.rapportFirstFigures, { timeout: 10000 });
  await page.waitForSelector('[data-rapport-heatmap]', { timeout: 10000 });
  const out = (await page.evaluate((ids: string[]) => {
    const w = window as unknown as { __early?: { html: string; figures: Record<string, string>; main: Element } };
    const app = document.getElementById('app')!;
    // The app's markup with the heatmap card back to its placeholder (the first paint never draws the heatmap).
    const clone = app.cloneNode(true) as HTMLElement;
    const hm = clone.querySelector('section[aria-labelledby="hm-title"]')!;
    const ph = document.createElement('div');
    ph.className = 'heatmap heatmap-placeholder';
    hm.replaceChildren(hm.querySelector('h2')!, ph);
    const finalFigures: Record<string, string> = {};
    for (const s of ids) finalFigures[s] = app.querySelector(`[data-rapport-stat="${s}"]`)?.textContent ?? '(missing)';
    return {
      firstPaint: performance.getEntriesByName('rapport:first-paint').length === 1,
      early: w.__early ? { html: w.__early.html, figures: w.__early.figures } : null,
      final: clone.innerHTML,
      finalFigures,
      sameMain: w.__early?.main === app.querySelector('main'),
      lang: document.documentElement.lang,
      firstFigures: document.documentElement.dataset.rapportFirstFigures ?? '',
    };
  }, STATS)) as Observed;
  await page.close();
  return out;
}

/** The first open reads the events and has the background build the day index; wait for it. */
async function warm(browser: Browser, id: string, w: WebWorker): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/src/popup/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.rapportFirstFigures, { timeout: 10000 });
  await w.evaluate(async () => {
    for (let i = 0; i < 100 && !(await chrome.storage.local.get('habits.days'))['habits.days']; i++) await new Promise((r) => setTimeout(r, 50));
  });
  await page.close();
}

describe('popup first paint in Chromium (English browser)', () => {
  let s: Session;
  let w: WebWorker;
  beforeAll(async () => {
    s = await launch('chromium');
    w = await s.worker();
    await seed(w);
    await warm(s.browser, s.extensionId, w);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('paints the contract figures first, and the app takes over with the same markup', async () => {
    const o = await observe(s.browser, s.extensionId);
    const want = expected();
    expect(o.firstPaint).toBe(true);
    expect(o.early).not.toBeNull();
    expect(o.early!.figures).toEqual(want.figures);
    expect(o.early!.html).toContain(`data-rapport-status="${want.status}"`);
    expect(o.early!.html).toContain('This week');
    expect(o.finalFigures).toEqual(want.figures);
    expect(o.early!.html).toBe(o.final);
    expect(o.sameMain).toBe(false); // the app's own nodes replaced the first paint's
    expect(Number(o.firstFigures)).toBeGreaterThan(0);
    expect(o.lang).toBe('en');
    expect(s.errors).toEqual([]);
  });

  it('German set in the options while the browser is English: the first paint is German (bundled strings), as the app', async () => {
    await w.evaluate(async () => {
      await chrome.storage.sync.set({ settings: { version: 1, uiLanguage: 'de' } });
    });
    const o = await observe(s.browser, s.extensionId);
    await w.evaluate(async () => {
      await chrome.storage.sync.remove('settings');
    });
    expect(o.firstPaint).toBe(true);
    expect(o.early!.html).toContain('Diese Woche');
    expect(o.early!.html).not.toContain('This week');
    expect(o.early!.figures).toEqual(expected().figures);
    expect(o.early!.html).toBe(o.final);
    expect(o.sameMain).toBe(false);
    expect(o.lang).toBe('de');
    expect(s.errors).toEqual([]);
  });
});

describe('popup first paint in Chromium (German browser)', () => {
  let browser: Browser;
  let id = '';
  let w: WebWorker;
  beforeAll(async () => {
    ensureBuilt();
    browser = await puppeteer.launch({
      executablePath: findChromium() as string,
      headless: true,
      pipe: true,
      enableExtensions: [resolve(ROOT, 'dist/chrome')],
      args: chromiumArgs(['--disable-gpu', '--lang=de']) as string[],
    });
    const t = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15000 });
    id = new URL(t.url()).host;
    w = (await t.worker())!;
    await seed(w);
    await warm(browser, id, w);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('browser catalog German but UI language English (--lang alone): the first paint is English (bundled strings), as the app', async () => {
    const o = await observe(browser, id);
    expect(o.firstPaint).toBe(true);
    expect(o.early!.html).toContain('This week');
    expect(o.early!.html).not.toContain('Diese Woche');
    expect(o.early!.figures).toEqual(expected().figures);
    expect(o.early!.html).toBe(o.final);
    expect(o.lang).toBe('en');
  });

  it('a German browser: the first paint is German with the contract figures, and the app keeps it unchanged', async () => {
    const o = await observe(browser, id, 'de-DE');
    expect(o.firstPaint).toBe(true);
    expect(o.early!.html).toContain('Diese Woche');
    expect(o.early!.html).toContain(`data-rapport-status="${expected().status}"`);
    expect(o.early!.figures).toEqual(expected().figures);
    expect(o.early!.html).toBe(o.final);
    expect(o.sameMain).toBe(false);
    expect(o.lang).toBe('de');
  });
});
