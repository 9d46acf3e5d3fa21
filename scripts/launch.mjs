// The launcher behind npm start: builds Rapport and opens a visible Chromium with it loaded, on the practice page
// (served at https://www.linkedin.com/rapport-practice/ by request interception).
// Options: --headless --screenshot <file> (take a picture and exit), --url <practice path>.
import { build } from 'vite';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } from './browsers.mjs';
import { servePractice, PRACTICE_URL, ORIGIN } from './practice-server.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const headless = argv.includes('--headless');
const screenshot = opt('--screenshot');

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

console.log('Building Rapport for Chromium…');
await build({ mode: 'chrome', logLevel: 'warn' });
const ext = resolve('dist/chrome');

const browser = await puppeteer.launch({
  executablePath,
  headless,
  pipe: true,
  enableExtensions: [ext],
  defaultViewport: headless ? { width: 1280, height: 900 } : null,
  args: chromiumArgs(headless ? [] : ['--window-size=1280,900']),
});
const page = (await browser.pages())[0] ?? (await browser.newPage());
await servePractice(page);
// New tabs opened by the person get the practice page too.
browser.on('targetcreated', async (target) => {
  const p = await target.page().catch(() => null);
  if (p && p !== page) await servePractice(p).catch(() => {});
});
const start = opt('--url') ? ORIGIN + opt('--url') : PRACTICE_URL;
await page.goto(start, { waitUntil: 'domcontentloaded' });
console.log(`Rapport is loaded. Practice page: ${PRACTICE_URL}
Try: Profile → Connect, "Start a post", a comment under a post, Like, Messaging. The yellow bar switches language, UI stack and theme.
Close the browser window (or press Ctrl+C) to stop.`);

if (screenshot) {
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
  await browser.close();
} else {
  const stop = () => browser.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.on('disconnected', () => process.exit(0));
}
