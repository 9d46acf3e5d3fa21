// The popup's time to first figures with two years of history, in headless Chromium.
// Writes ~2 years of synthetic interactions into storage.local through the service worker (all
// raw, no rollups: the worst case), opens the popup page BENCH_POPUP_RUNS times (default 40: on a shared 2-core machine a 15-open median swings by ±10 ms) and
// reads the time the popup itself measured (performance.now() after the first paint of the
// figures, <html data-rapport-first-figures>), after one uncounted warm-up open that builds the
// popup's day index. Prints ONE JSON object on stdout:
//   { "popupFirstFiguresMs": { "median": ms, "p95": ms, "runs": n } }
// Options: BENCH_POPUP_RUNS (5 with BENCH_QUICK=1), BENCH_DIST (default dist/chrome; built first when missing),
// BENCH_SCREENSHOT=path.png (also saves a screenshot of the popup).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.env.BENCH_POPUP_RUNS ?? (process.env.BENCH_QUICK === '1' ? 5 : 40));
const DIST = resolve(process.env.BENCH_DIST ?? 'dist/chrome');
const log = (...a) => console.error('[bench-popup]', ...a);

if (!existsSync(resolve(DIST, 'manifest.json'))) {
  log('building');
  const env = { ...process.env };
  delete env.VITEST;
  const b = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (b.status !== 0) process.exit(1);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** ISO 8601 with the local offset (as the background writes it). */
function isoLocal(d) {
  const off = -d.getTimezoneOffset();
  const a = Math.abs(off);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${off >= 0 ? '+' : '-'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Two years of a busy networker: ~12 interactions a weekday, fewer at weekends (deterministic). */
function history(days = 730) {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const events = [];
  const now = new Date();
  let n = 0;
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - i);
    const weekend = day.getDay() === 0 || day.getDay() === 6;
    const count = Math.floor(rnd() * (weekend ? 6 : 20));
    const times = Array.from({ length: count }, () => 7 * 60 + Math.floor(rnd() * 14 * 60)).sort((a, b) => a - b);
    for (const minute of times) {
      const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minute, Math.floor(rnd() * 60));
      if (at > now) continue;
      const r = rnd();
      const type = r < 0.05 ? 'post' : r < 0.3 ? 'comment' : r < 0.75 ? 'reaction' : r < 0.88 ? 'message' : 'invite';
      const e = { id: `${at.getTime().toString(36)}-${(n++).toString(16)}`, type, at: isoLocal(at) };
      if (type === 'invite') e.note = rnd() < 0.7;
      events.push(e);
    }
  }
  return { v: 1, events, rolled: {} };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
const round = (x) => Math.round(x * 10) / 10;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  enableExtensions: [DIST],
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15000 });
  const id = new URL(swTarget.url()).host;
  const sw = await swTarget.worker();
  const store = history();
  log(`${store.events.length} events over 730 days, ${(JSON.stringify(store).length / 1024).toFixed(0)} KB`);
  // A worker caught at its very start has no extension API yet; and its own start-up writes the
  // (empty) store and day index: let that finish first, or it could overwrite the history.
  for (let i = 0; i < 100 && !(await sw.evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome.storage))); i++) await new Promise((r) => setTimeout(r, 50));
  await sw.evaluate(async () => {
    for (let i = 0; i < 100 && !(await chrome.storage.local.get('habits.days'))['habits.days']; i++) await new Promise((r) => setTimeout(r, 50));
  });
  await sw.evaluate(async (s) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ habits: s });
  }, store);

  // Warm-up (not counted): the history was written behind the worker's back, so this first open
  // reads the events themselves and asks the worker to build the small day index the popup
  // normally paints from (as the worker does at start-up after an update).
  {
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${id}/src/popup/index.html`, { waitUntil: 'load' });
    const h = await page.waitForFunction(() => document.documentElement.dataset.rapportFirstFigures, { timeout: 10000, polling: 10 });
    log(`warm-up (reads all events, index missing): ${await h.jsonValue()} ms`);
    await sw.evaluate(async () => {
      for (let i = 0; i < 100 && !(await chrome.storage.local.get('habits.days'))['habits.days']; i++) await new Promise((r) => setTimeout(r, 50));
    });
    // The popup must paint from the index of the two years just written, not from an empty one.
    const indexed = await sw.evaluate(async () => Object.keys((await chrome.storage.local.get('habits.days'))['habits.days']?.days ?? {}).length);
    if (indexed < 600) throw new Error(`day index holds ${indexed} days, not the seeded history`);
    await page.close();
  }

  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 600, deviceScaleFactor: 2 });
    await page.goto(`chrome-extension://${id}/src/popup/index.html`, { waitUntil: 'load' });
    const ms = await page.waitForFunction(() => document.documentElement.dataset.rapportFirstFigures, { timeout: 10000, polling: 10 });
    const streak = await page.$eval('[data-rapport-stat="streak-current"]', (e) => e.textContent);
    if (!/^\d+$/.test(streak ?? '')) throw new Error(`no streak figure: ${streak}`);
    times.push(Number(await ms.jsonValue()));
    if (process.env.BENCH_POPUP_DEBUG) {
      log(JSON.stringify(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
        const res = performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]);
        return { domInteractive: Math.round(nav.domInteractive), marks, res };
      })));
    }
    if (i === RUNS - 1 && process.env.BENCH_SCREENSHOT) {
      await page.waitForSelector('[data-rapport-heatmap]');
      await page.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
    }
    await page.close();
  }
  log('runs (ms):', times.join(' '));
  console.log(JSON.stringify({ popupFirstFiguresMs: { median: round(median(times)), p95: round(p95(times)), runs: times.length } }));
} finally {
  await browser.close();
}
