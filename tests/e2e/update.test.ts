/**
 * The extension updates (or reloads) while a LinkedIn tab is open with Rapport's panel showing:
 * the old content script is orphaned and must stop without errors; the new one takes over in the
 * same tab, with exactly one panel, and keeps coaching.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { resolve } from 'node:path';
import { launch, BROWSERS, ROOT, sleep, type Session } from './harness';
import { click, focus, go } from './tour';

const HOSTS = `(() => { const sr = document.getElementById('interop-outlet')?.shadowRoot;
  return [...document.querySelectorAll('[data-rapport-surface]'), ...(sr ? sr.querySelectorAll('[data-rapport-surface]') : [])]; })()`;

describe.each(BROWSERS)('update while LinkedIn is open, in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('hands over to the new content script with one panel and no errors', async () => {
    const p = await s.openPractice('/feed/', { lang: 'en', stack: 'sdui', account: 'premium' });
    await go(p, '/in/anna-mueller/');
    await click(p, 'a[href*="/preload/custom-invite/"]');
    await click(p, 'button[aria-label="Add a note"]');
    await focus(p, 'textarea#custom-message');
    await p.keyboard.type('Hi [Name]');
    await p.waitForFunction(`${HOSTS}.length === 1`, { timeout: 5000 });

    // Install the same extension again (same id): the browser treats it as an update. (Chromium drops an
    // extension loaded over CDP on chrome.runtime.reload(), so that path cannot be driven here.)
    await s.browser.installExtension(resolve(ROOT, name === 'chromium' ? 'dist/chrome' : 'dist/firefox'));
    // The new instance is injected into the open tab (src/background/reinject.ts); it leaves no mark in the page to wait for.
    await sleep(2500);
    expect(await p.evaluate(`${HOSTS}.length`)).toBeLessThanOrEqual(1);
    // the new instance coaches the open dialog as the person goes on typing
    await focus(p, 'textarea#custom-message');
    await p.keyboard.type(', buy now');
    await p.waitForFunction(`${HOSTS}.length === 1 && !!${HOSTS}[0].shadowRoot.querySelector('[data-rapport-rule="invite.placeholder"]')`, { timeout: 5000 });
    expect(s.errors).toEqual([]);
  });
});
