// The launcher behind npm start: builds Rapport and opens Chromium with it loaded, on the practice page
// (served at https://www.linkedin.com/rapport-practice/ by request interception). `npm start -- --help`
// lists the options; without a display it says how to run instead of failing inside Chromium. The
// options are checked first, before any install or build; vite and puppeteer are loaded after ensureDeps().
import { resolve } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { findChromium, chromiumArgs, HOW_TO_GET_CHROMIUM } from './browsers.mjs';
import { servePractice, PRACTICE_URL, ORIGIN } from './practice-server.mjs';

const HELP = `npm start [-- options]   builds Rapport and opens Chromium with it, on the practice page

  --headless               no window (for machines without a display)
  --screenshot <file.png>  take a picture once Rapport is loaded, then exit (headless when there is no display)
  --url <path>             start on a practice route: /feed/, /in/anna-mueller/, /search/results/people/,
                           /mynetwork/grow/, /messaging/thread/2-practice/
  --lang en|de             LinkedIn's language on the practice page
  --theme light|dark       LinkedIn's theme
  --layout new|classic|frame   the new LinkedIn layout, the classic one, or the new one with its dialog in a frame
  --account free|premium|notes-used-up
  --help                   this text

Without a display (a server, a container, SSH): run it under a virtual display,
  xvfb-run -a npm start
or take a headless picture of the practice page:
  npm start -- --headless --screenshot practice.png`;

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}

const CHOICES = {
  '--lang': ['lang', { en: 'en', de: 'de' }],
  '--theme': ['theme', { light: 'light', dark: 'dark' }],
  '--layout': ['stack', { new: 'sdui', classic: 'ember', frame: 'iframe' }],
  '--account': ['account', { free: 'free', premium: 'premium', 'notes-used-up': 'quota-used' }],
};
const query = new URLSearchParams();
for (const [flag, [param, values]] of Object.entries(CHOICES)) {
  const v = opt(flag);
  if (v === undefined) continue;
  if (!(v in values)) {
    console.error(`${flag} takes one of: ${Object.keys(values).join(', ')} (got ${JSON.stringify(v)}).\n\n${HELP}`);
    process.exit(2);
  }
  query.set(param, values[v]);
}
const path = opt('--url') ?? '/rapport-practice/';
if (!path.startsWith('/')) {
  console.error(`--url takes a path on the practice page, such as /in/anna-mueller/ (got ${JSON.stringify(path)}).`);
  process.exit(2);
}

const screenshot = opt('--screenshot');
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = argv.includes('--headless') || (noDisplay && screenshot !== undefined);
if (noDisplay && !headless) {
  console.error(`No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so Chromium cannot open a window.

Run it under a virtual display:        xvfb-run -a npm start
or take a picture without a window:    npm start -- --headless --screenshot practice.png

All options: npm start -- --help`);
  process.exit(2);
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

ensureDeps();
const { build } = await import('vite');
const { default: puppeteer } = await import('puppeteer-core');

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
const start = `${ORIGIN}${path}${query.size ? `?${query}` : ''}`;
await page.goto(start, { waitUntil: 'domcontentloaded' });

if (screenshot) {
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot of ${start}: ${screenshot}`);
  await browser.close();
} else {
  console.log(`Rapport is loaded. Practice page: ${PRACTICE_URL}
Things to try are listed in the page's yellow bar ("Try this"); it also switches LinkedIn's language, layout, account and theme.
Close the browser window (or press Ctrl+C) to stop.`);
  const stop = () => browser.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.on('disconnected', () => process.exit(0));
}
