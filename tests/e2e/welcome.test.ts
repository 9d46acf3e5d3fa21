/**
 * The welcome tab (src/background/index.ts, onInstalled): installing opens exactly one tab, the
 * welcome page, in Chromium and Firefox (over BiDi Firefox lists that tab as about:blank; the
 * harness asks the page for its address, tests/e2e/harness.ts); installing the same extension again
 * (an update) opens none.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { resolve } from 'node:path';
import { launch, BROWSERS, ROOT, sleep, WELCOME_PAGE, type Session } from './harness';

describe.each(BROWSERS)('welcome tab in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  /**
   * The open tabs' addresses. Firefox does not tell puppeteer over BiDi when an extension page's
   * tab closes, so a closed welcome tab stays listed: a tab whose page is gone is not counted.
   */
  const tabs = async () => {
    const out: string[] = [];
    for (const p of await s.browser.pages()) {
      if (name === 'chromium') out.push(p.url());
      else {
        const at = await p.evaluate(() => location.href).catch((e: Error) => (/no such frame/i.test(e.message) ? null : p.url()));
        if (at !== null) out.push(at);
      }
    }
    return out;
  };

  it('installing opened exactly one extra tab, the welcome page', async () => {
    expect(s.welcomeTabs).toBe(1);
    expect(s.otherTabs).toBe(0);
    // no second welcome tab came late: only the first tab is left (the harness closed the welcome tab)
    await sleep(1000);
    expect(await tabs()).toHaveLength(1);
  });

  it('an update (the same extension installed again) opens no tab', async () => {
    await s.browser.installExtension(resolve(ROOT, name === 'chromium' ? 'dist/chrome' : 'dist/firefox'));
    await sleep(2500);
    const open = await tabs();
    expect(open).toHaveLength(1);
    expect(open.some((u) => u.endsWith(WELCOME_PAGE))).toBe(false);
  });
});
