/**
 * The invitation panel's place in LinkedIn's dialog, measured in real layout (practice page):
 * while a person types, LinkedIn's Send button never moves up and down (the panel only grows, and
 * it holds its place from the note step's start); at 200 % zoom (a 1280×900 window at device
 * scale factor 2: 640×450 CSS pixels) the panel scrolls with the dialog's body and Send stays on
 * screen. RAPPORT_SHOTS=<dir> saves screenshots.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page, ElementHandle } from 'puppeteer-core';
import { launch, BROWSERS, sleep, type Session } from './harness';

const SHOTS = process.env.RAPPORT_SHOTS;

/** In-page: the first match in the document or any open shadow root. */
const DEEP = `(function deep(root, sel) {
  const hit = root.querySelector(sel);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const h = deep(el.shadowRoot, sel); if (h) return h; }
  return null;
})`;

async function deep(page: Page, sel: string): Promise<ElementHandle<Element>> {
  await page.waitForFunction(`!!${DEEP}(document, ${JSON.stringify(sel)})`, { timeout: 5000, polling: 30 });
  return (await page.evaluateHandle(`${DEEP}(document, ${JSON.stringify(sel)})`)).asElement() as ElementHandle<Element>;
}

/** Where Send is (client px) and what the panel shows. */
const probe = (page: Page) =>
  page.evaluate(`(() => {
    const send = ${DEEP}(document, 'button[aria-label="Send invitation"]');
    const host = ${DEEP}(document, '[data-rapport-surface="invite"]');
    const r = send.getBoundingClientRect();
    const rp = host && host.shadowRoot.querySelector('.rp');
    return { top: r.top, bottom: r.bottom, vh: innerHeight, panel: rp ? rp.getBoundingClientRect().height : 0,
      rules: host ? [...host.shadowRoot.querySelectorAll('[data-rapport-rule]')].map((e) => e.getAttribute('data-rapport-rule')) : [],
      inBody: !!(host && host.parentElement && host.parentElement.classList.contains('artdeco-modal__content')) };
  })()`) as Promise<{ top: number; bottom: number; vh: number; panel: number; rules: string[]; inBody: boolean }>;

async function openNote(s: Session, lang: 'en' | 'de' = 'en') {
  await s.openPractice('/in/anna-mueller/', { lang, stack: 'sdui', account: 'premium' });
  await sleep(150);
  await s.page.click('main a[href*="/preload/custom-invite/"]');
  await (await deep(s.page, `button[aria-label="${lang === 'en' ? 'Add a note' : 'Notiz hinzufügen'}"]`)).click();
  await deep(s.page, 'textarea#custom-message');
  await s.page.waitForFunction(`!!${DEEP}(document, '[data-rapport-surface="invite"]')?.shadowRoot.querySelector('[data-rapport-state="hint"]:not([hidden])')`, { timeout: 5000, polling: 30 });
}

/** Types `text` key by key; Send's top after every key and once findings have settled. */
async function typeAndTrack(page: Page, text: string, tops: number[]) {
  for (const ch of text) {
    await page.keyboard.type(ch);
    tops.push((await probe(page)).top);
  }
  await sleep(350);
  tops.push((await probe(page)).top);
}

const BAD = 'Hi [Name], I came across your profile and would like to add you to my network.';
const GOOD = 'Hi Anna, your talk on hybrid onboarding at HR Festival Zürich was great. How did the buddy idea work out?';

describe.each(BROWSERS)('invitation panel layout in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
    await s.page.setViewport({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('while typing, Send never moves up, and moves down only when the panel first needs more room', async () => {
    await openNote(s);
    const p = s.page;
    const start = await probe(p);
    expect(start.inBody).toBe(true);
    const tops: number[] = [start.top];
    const ta = await deep(p, 'textarea#custom-message');
    await ta.focus();
    await typeAndTrack(p, BAD, tops);
    const bad = await probe(p);
    expect(bad.rules).toEqual(expect.arrayContaining(['invite.placeholder', 'invite.generic']));
    // the person fixes the note: findings go, the panel keeps its height
    await ta.evaluate((t) => (t as HTMLTextAreaElement).select());
    await p.keyboard.press('Backspace');
    tops.push((await probe(p)).top);
    await typeAndTrack(p, GOOD, tops);
    expect((await probe(p)).rules).toEqual([]);
    const moves = tops.slice(1).map((t, i) => t - tops[i]!).filter((d) => Math.abs(d) > 0.5);
    const up = moves.filter((d) => d < 0);
    console.log(`[${name}] Send top over ${tops.length} samples: start ${start.top.toFixed(1)}, max ${Math.max(...tops).toFixed(1)}; moves ${JSON.stringify(moves.map((d) => Math.round(d)))}`);
    expect(up).toEqual([]);
    expect(moves.length).toBeLessThanOrEqual(2);
    expect(s.errors).toEqual([]);
  });

  it.runIf(name === 'chromium')('at 200 % zoom the panel scrolls inside the dialog and Send stays on screen', async () => {
    const p = s.page;
    await p.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    try {
      await openNote(s);
      const ta = await deep(p, 'textarea#custom-message');
      await ta.focus();
      await p.keyboard.type(BAD);
      await sleep(350);
      // everything the panel can show: the "+N more" list and a finding's menu with "Why?"
      const host = await deep(p, '[data-rapport-surface="invite"]');
      await host.evaluate((h) => (h.shadowRoot!.querySelector('button.more-items:not([hidden])') as HTMLElement | null)?.click());
      await host.evaluate((h) => (h.shadowRoot!.querySelector('button.more') as HTMLElement).click());
      await host.evaluate((h) => (h.shadowRoot!.querySelector('[data-rapport-action="why"]') as HTMLElement | null)?.click());
      await sleep(100);
      const st = await probe(p);
      console.log(`[${name}] 200 % zoom: Send at ${st.top.toFixed(0)}–${st.bottom.toFixed(0)} of ${st.vh} px, panel ${st.panel.toFixed(0)} px inside the dialog's body`);
      expect(st.rules.length).toBeGreaterThan(0);
      expect(st.inBody).toBe(true);
      expect(st.top).toBeGreaterThanOrEqual(0);
      expect(st.bottom).toBeLessThanOrEqual(st.vh);
      if (SHOTS) await p.screenshot({ path: `${SHOTS}/invite-zoom200-en-light.png` });
    } finally {
      await p.setViewport({ width: 1280, height: 900 });
    }
  });
});
