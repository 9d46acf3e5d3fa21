/**
 * End-to-end harness: the built extension in real headless Chromium and Firefox ESR, driven by
 * puppeteer-core (Chromium over CDP with `enableExtensions`; Firefox over WebDriver BiDi with
 * `browser.installExtension`). The practice page is served at https://www.linkedin.com/... by
 * request interception, and every other request is refused and logged: tests run offline and can
 * assert that nothing reached the network.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import puppeteer, { type Browser, type Page, type WebWorker, type Target, type CDPSession } from 'puppeteer-core';
// @ts-expect-error plain ESM helper without types
import { findChromium, findFirefox, chromiumArgs } from '../../scripts/browsers.mjs';
// @ts-expect-error plain ESM helper without types
import { servePractice, PRACTICE_URL, ORIGIN } from '../../scripts/practice-server.mjs';

export type BrowserName = 'chromium' | 'firefox';
export const ROOT = resolve(import.meta.dirname, '../..');
export { PRACTICE_URL, ORIGIN };

let built = false;
/** Builds dist/ once per test process (skipped when RAPPORT_PREBUILT=1, as `npm test` builds first). */
export function ensureBuilt(): void {
  if (built) return;
  const ok = existsSync(resolve(ROOT, 'dist/chrome/manifest.json')) && existsSync(resolve(ROOT, 'dist/firefox/manifest.json'));
  if (!(process.env.RAPPORT_PREBUILT === '1' && ok)) {
    const env = { ...process.env };
    delete env.VITEST; // vite.config.ts leaves the crx plugin out under vitest
    execFileSync(process.execPath, [resolve(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit', env });
  }
  built = true;
}

export interface PracticeOptions {
  lang?: 'en' | 'de';
  stack?: 'sdui' | 'ember' | 'iframe';
  account?: 'free' | 'premium' | 'quota-used';
  theme?: 'light' | 'dark';
}

export interface Session {
  name: BrowserName;
  browser: Browser;
  page: Page;
  /** Uncaught page errors (pageerror) and console errors, per page. */
  errors: string[];
  /** Requests that were not served by the practice server (refused; should stay empty). */
  offPractice: string[];
  /** Requests made by extension contexts (service worker, popup, options) seen over CDP (Chromium). */
  extensionRequests: string[];
  extensionId: string;
  /** Installing opened the welcome tab (the harness closed it again). */
  welcomeOpened: boolean;
  /** How many welcome tabs installing opened (closed again by the harness). */
  welcomeTabs: number;
  /** Other tabs that appeared next to the first one while starting (closed too). */
  otherTabs: number;
  /** Opens a practice route (e.g. '/feed/', '/in/anna-mueller/') with the given practice settings. */
  openPractice(path?: string, opts?: PracticeOptions, page?: Page): Promise<Page>;
  /** A new tab with the practice server wired up. */
  newTab(): Promise<Page>;
  /** Chromium only: opens an extension page such as 'src/popup/index.html'. */
  extensionPage(path: string): Promise<Page>;
  /** Chromium only: the extension's service worker. */
  worker(): Promise<WebWorker>;
  /** Chromium only: everything in storage.local / storage.sync. */
  storage(area?: 'local' | 'sync'): Promise<Record<string, unknown>>;
  /** Chromium only: the recorded interactions, oldest first, read from the stored history's pieces (docs/storage.md). */
  events(): Promise<{ id: string; type: string; at: string; note?: boolean }[]>;
  /** Chromium only: evaluates `expression` in Rapport's content-script world of the page's main frame (see contentWorld). */
  inContentScript<T>(page: Page, expression: string): Promise<T>;
  close(): Promise<void>;
}

/** Waits until `fn` (run in the page, may pierce shadow roots itself) returns truthy. */
export async function waitFor<T>(page: Page, fn: () => T, timeout = 5000): Promise<T> {
  const h = await page.waitForFunction(fn as () => unknown, { timeout, polling: 50 });
  return (await h.jsonValue()) as T;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The welcome tab that installing opens (src/background/index.ts). */
export const WELCOME_PAGE = 'src/welcome/index.html';

/**
 * More pages served at https://www.linkedin.com/<path> (pathname → HTML), e.g. the 2026 variant
 * fixtures of tests/e2e/variants.test.ts. Read at request time, so a test may add routes at any point.
 */
export const FIXTURE_ROUTES: Record<string, string> = {};

function wirePage(s: Pick<Session, 'errors' | 'offPractice'>, page: Page): Promise<void> {
  page.on('pageerror', (e) => s.errors.push(`pageerror: ${(e as Error).message ?? e}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) s.errors.push(`console: ${m.text()}`);
  });
  return servePractice(page, {
    offline: true,
    extra: FIXTURE_ROUTES,
    onRequest: (req: { url(): string }) => {
      const u = req.url();
      if (!u.startsWith(ORIGIN + '/rapport-practice/') && !isPracticeRoute(u) && !u.startsWith('data:') && !u.endsWith('/favicon.ico')) s.offPractice.push(u);
    },
  });
}

function isPracticeRoute(u: string): boolean {
  if (!u.startsWith(ORIGIN)) return false;
  const p = new URL(u).pathname;
  if (p in FIXTURE_ROUTES) return true;
  return /^\/(feed|in\/anna-mueller|search\/results\/people|mynetwork\/grow|messaging\/thread\/2-practice)\/?$/.test(p);
}

export async function launch(name: BrowserName): Promise<Session> {
  ensureBuilt();
  const s = { errors: [] as string[], offPractice: [] as string[], extensionRequests: [] as string[] };
  let browser: Browser;
  let extensionId = '';
  const cdpSessions: CDPSession[] = [];
  if (name === 'chromium') {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found (apt-get install chromium, or set CHROME_PATH)');
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      enableExtensions: [resolve(ROOT, 'dist/chrome')],
      args: chromiumArgs(['--disable-gpu']),
    });
    // Watch the network of every extension context (service worker, popup, options) over CDP.
    const watch = async (t: Target) => {
      if (!t.url().startsWith('chrome-extension://')) return;
      try {
        const cdp = await t.createCDPSession();
        cdpSessions.push(cdp);
        cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => {
          if (!/^(chrome-extension|data|blob):/.test(e.request.url)) s.extensionRequests.push(e.request.url);
        });
        await cdp.send('Network.enable');
      } catch {
        /* target went away */
      }
    };
    browser.on('targetcreated', watch);
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15000 });
    extensionId = new URL(sw.url()).host;
    await watch(sw);
  } else {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('Firefox not found (apt-get install firefox-esr, or set FIREFOX_PATH)');
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: {
        'network.captive-portal-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'app.update.enabled': false,
        'extensions.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.newtabpage.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
    extensionId = await browser.installExtension(resolve(ROOT, 'dist/firefox'));
  }
  // Installing opens the welcome tab (src/background/index.ts): count the tabs it opened, close them,
  // and put the first tab back in front (a tab in the background does not take puppeteer's clicks,
  // gets throttled timers and no animation frames). Over BiDi, Firefox lists an extension page's
  // tab as about:blank, but the page itself knows its address. Any other tab that appears is closed
  // too, and counted apart (tests/e2e/welcome.test.ts expects none).
  const isWelcome = async (p: Page) =>
    (name === 'chromium' ? p.url() : await Promise.race([p.evaluate(() => location.href).catch(() => ''), sleep(1000).then(() => '')])).endsWith('/' + WELCOME_PAGE);
  let welcomeTabs = 0;
  let otherTabs = 0;
  const first = (await browser.pages())[0];
  for (let end = Date.now() + 5000; !welcomeTabs && Date.now() < end; ) {
    for (const p of await browser.pages()) {
      if (p === first) continue;
      if (await isWelcome(p)) welcomeTabs++;
      else if (name === 'chromium' || Date.now() > end - 2000) otherTabs++; // Firefox: give a new tab time to load its page
      else continue;
      await p.close().catch(() => undefined);
    }
    if (!welcomeTabs) await sleep(100);
  }
  const page = first ?? (await browser.newPage());
  await page.bringToFront().catch(() => undefined);
  await wirePage(s, page);

  const session: Session = {
    name,
    browser,
    page,
    ...s,
    extensionId,
    welcomeOpened: welcomeTabs > 0,
    welcomeTabs,
    otherTabs,
    async openPractice(path = '/feed/', opts = {}, p = page) {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries({ lang: 'en', stack: 'sdui', account: 'free', theme: 'light', ...opts })) q.set(k, v);
      await p.bringToFront().catch(() => undefined); // a tab in the background gets throttled timers
      await p.goto(`${ORIGIN}/rapport-practice/?${q}`, { waitUntil: 'load' });
      // the app replaces /rapport-practice/ with /feed/; then navigate in-page like LinkedIn
      if (path !== '/feed/') {
        await p.evaluate((to) => {
          history.pushState({}, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, path);
      }
      await contentScriptStarted(session, p);
      return p;
    },
    async newTab() {
      const p = await browser.newPage();
      await wirePage(s, p);
      return p;
    },
    async extensionPage(path) {
      if (name !== 'chromium') throw new Error('extension pages are tested in Chromium (Firefox refuses moz-extension:// over BiDi)');
      const p = await browser.newPage();
      p.on('pageerror', (e) => s.errors.push(`pageerror(${path}): ${(e as Error).message ?? e}`));
      await p.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return p;
    },
    async worker() {
      const t = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 15000 });
      const w = await t.worker();
      if (!w) throw new Error('no service worker');
      return w;
    },
    async storage(area = 'local') {
      const w = await session.worker();
      return w.evaluate((a) => (chrome.storage as unknown as Record<string, chrome.storage.StorageArea>)[a]!.get(null), area) as Promise<Record<string, unknown>>;
    },
    async events() {
      const w = await session.worker();
      return w.evaluate(async () => {
        const meta = (await chrome.storage.local.get('habits.meta'))['habits.meta'] as { first: number; head: number } | undefined;
        if (!meta) return [];
        const keys: string[] = [];
        for (let n = meta.first; n <= meta.head; n++) keys.push(`habits.c.${n}`);
        const got = keys.length ? await chrome.storage.local.get(keys) : {};
        return keys.flatMap((k) => (got[k] as { id: string; type: string; at: string; note?: boolean }[] | undefined) ?? []);
      });
    },
    async inContentScript<T>(p: Page, expression: string) {
      const cdp = await p.createCDPSession();
      try {
        const id = await contentWorld(session, p, cdp);
        const r = (await cdp.send('Runtime.evaluate', { expression, contextId: id, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value as T;
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    async close() {
      await Promise.all(cdpSessions.map((c) => c.detach().catch(() => {})));
      await browser.close().catch(() => {});
    },
  };
  return session;
}

/**
 * Chromium: the execution context id of Rapport's content script (its isolated world) in the
 * page's main frame, waiting until it exists. Found over CDP, from outside the page: Rapport
 * leaves no trace in LinkedIn's page for a test (or LinkedIn) to look for.
 */
async function contentWorld(s: Pick<Session, 'extensionId'>, p: Page, cdp: CDPSession, timeout = 10000): Promise<number> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const origin = `chrome-extension://${s.extensionId}`;
  const found = new Promise<number>((res, rej) => {
    const timer = setTimeout(() => rej(new Error('Rapport\'s content script did not start')), timeout);
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { frameId?: string; type?: string } } }) => {
      if (e.context.origin === origin && e.context.auxData?.frameId === frameTree.frame.id) {
        clearTimeout(timer);
        res(e.context.id);
      }
    });
  });
  await cdp.send('Runtime.enable'); // reports every existing context, then new ones
  return found;
}

/**
 * Waits until Rapport's content script runs in the page. Chromium: its isolated world appears
 * over CDP. Firefox shows nothing of it to the outside, so there it is a short settle after load
 * (the script starts at document_idle; the tests then wait for what it draws).
 */
async function contentScriptStarted(s: Pick<Session, 'name' | 'extensionId'>, p: Page): Promise<void> {
  if (s.name !== 'chromium') {
    await sleep(600);
    return;
  }
  const cdp = await p.createCDPSession();
  try {
    await contentWorld(s, p, cdp);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Both browsers, for describe.each. Set RAPPORT_BROWSERS=chromium to run one. */
export const BROWSERS: BrowserName[] = (process.env.RAPPORT_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];

/** In-page helper source: finds an element by selector in the document or any open shadow root (depth-first). */
export function deepQuerySource(): string {
  return `(function deep(root, sel){ const hit = root.querySelector(sel); if (hit) return hit;
    for (const el of root.querySelectorAll('*')) { if (el.shadowRoot) { const h = deep(el.shadowRoot, sel); if (h) return h; } } return null; })`;
}

export function fileAge(path: string): number {
  return existsSync(path) ? Date.now() - statSync(path).mtimeMs : Infinity;
}
