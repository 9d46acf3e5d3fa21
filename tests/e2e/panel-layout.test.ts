/**
 * The invitation panel's place in LinkedIn's dialog, measured in real layout (practice page):
 * from the note field's first frame on, the panel holds one height (src/content/ui/panel.ts
 * `steady`), so LinkedIn's Send button stays put while findings come, change and go; the same
 * height for the empty note, findings and a good note in English and German, light and dark; at
 * 200 % zoom (a 1280×900 window at device scale factor 2: 640×450 CSS pixels) the panel scrolls
 * with the dialog's body and Send stays on screen. RAPPORT_SHOTS=<dir> saves screenshots.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Frame, Page, ElementHandle } from 'puppeteer-core';
import { launch, BROWSERS, sleep, type Session } from './harness';

const SHOTS = process.env.RAPPORT_SHOTS;

/** In-page: the first match in the document, any open shadow root or same-origin iframe. */
const DEEP = `(function deep(root, sel) {
  const hit = root.querySelector(sel);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) { const h = deep(el.shadowRoot, sel); if (h) return h; }
    if (el.tagName === 'IFRAME') { try { const h = el.contentDocument && deep(el.contentDocument, sel); if (h) return h; } catch (e) {} }
  }
  return null;
})`;

async function deep(page: Page, sel: string): Promise<ElementHandle<Element>> {
  await page.waitForFunction(`!!${DEEP}(document, ${JSON.stringify(sel)})`, { timeout: 5000, polling: 30 });
  return (await page.evaluateHandle(`${DEEP}(document, ${JSON.stringify(sel)})`)).asElement() as ElementHandle<Element>;
}

/** Where Send is (client px) and what the panel shows. */
const probe = (page: Page) =>
  page.evaluate(`(() => {
    const send = ${DEEP}(document, 'button[aria-label="Send invitation"], button[aria-label="Einladung senden"]');
    const host = ${DEEP}(document, '[data-rapport-surface="invite"]');
    const r = send.getBoundingClientRect();
    const rp = host && host.shadowRoot.querySelector('.rp');
    return { top: r.top, bottom: r.bottom, vh: innerHeight, panel: rp ? rp.getBoundingClientRect().height : 0,
      rules: host ? [...host.shadowRoot.querySelectorAll('[data-rapport-rule]')].map((e) => e.getAttribute('data-rapport-rule')) : [],
      inBody: !!(host && host.parentElement && host.parentElement.classList.contains('artdeco-modal__content')) };
  })()`) as Promise<{ top: number; bottom: number; vh: number; panel: number; rules: string[]; inBody: boolean }>;

interface NoteOptions {
  lang?: 'en' | 'de';
  theme?: 'light' | 'dark';
  stack?: 'sdui' | 'ember' | 'iframe';
  /** Runs right before "Add a note" is clicked. */
  beforeNote?: () => Promise<unknown>;
}

async function openNote(s: Session, { lang = 'en', theme = 'light', stack = 'sdui', beforeNote }: NoteOptions = {}): Promise<Frame> {
  const p = s.page;
  await s.openPractice('/in/anna-mueller/', { lang, stack, account: 'premium', theme });
  await sleep(150);
  await p.click(stack === 'ember' ? 'main .pvs-profile-actions button[aria-label]' : 'main a[href*="/preload/custom-invite/"]');
  // the person reads the first step (Rapport's advice on notes is there) before adding a note
  await p.waitForFunction(`!!${DEEP}(document, '[data-rapport-surface="invite"]')?.shadowRoot.querySelector('[data-rapport-rule="invite.empty"]')`, { timeout: 5000, polling: 30 });
  // the interop iframe is driven through its own frame (real input events inside it)
  const frame = stack === 'iframe' ? p.frames().find((f) => f !== p.mainFrame())! : p.mainFrame();
  const add = `button[aria-label="${lang === 'en' ? 'Add a note' : 'Nachricht hinzufügen'}"]`;
  await beforeNote?.();
  if (stack === 'iframe') await frame.click(add);
  else await (await deep(p, add)).click();
  await deep(p, 'textarea#custom-message');
  await p.waitForFunction(`!!${DEEP}(document, '[data-rapport-surface="invite"]')?.shadowRoot.querySelector('[data-rapport-state="hint"]:not([hidden])')`, { timeout: 5000, polling: 30 });
  return frame;
}

/**
 * In-page: from now on, every animation frame in which the note field is on screen records Send's
 * top and whether Rapport's panel is there: what the person sees, frame by frame.
 */
const startFrames = (page: Page) =>
  page.evaluate(`(() => {
    const frames = (window.__rpFrames = []);
    const tick = () => {
      if (window.__rpFrames !== frames) return;
      const field = ${DEEP}(document, 'textarea#custom-message');
      const send = ${DEEP}(document, 'button[aria-label="Send invitation"], button[aria-label="Einladung senden"]');
      if (field && send && field.getClientRects().length) {
        const host = ${DEEP}(document, '[data-rapport-surface="invite"]');
        frames.push({ top: send.getBoundingClientRect().top, panel: !!host });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
const frames = (page: Page) => page.evaluate('window.__rpFrames') as Promise<{ top: number; panel: boolean }[]>;

/** Waits (up to 3 s, sampling Send's top) until the panel's findings satisfy `ok`; returns them. */
async function settle(page: Page, tops: number[], ok: (rules: string[]) => boolean): Promise<string[]> {
  for (const end = Date.now() + 3000; ; ) {
    const st = await probe(page);
    tops.push(st.top);
    if (ok(st.rules) || Date.now() > end) return st.rules;
    await sleep(50);
  }
}

/** Types `text` key by key; Send's top after every key. */
async function typeAndTrack(page: Page, text: string, tops: number[]) {
  for (const ch of text) {
    await page.keyboard.type(ch);
    tops.push((await probe(page)).top);
  }
}

/** Clears the note key by key (Backspace), tracking Send's top. */
async function eraseAndTrack(page: Page, ta: ElementHandle<Element>, tops: number[]) {
  const n = await ta.evaluate((t) => (t as HTMLTextAreaElement).value.length);
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Backspace');
    if (i % 4 === 0) tops.push((await probe(page)).top);
  }
}

const BAD = 'Hi [Name], I came across your profile and would like to add you to my network.';
const PITCH = 'Hi Karin, we help companies like yours grow revenue by 30%. Do you have time for a quick call this week?';
const BAD_DE = 'Hallo [Vorname], ich bin auf Ihr Profil gestossen und würde Sie gerne zu meinem Netzwerk hinzufügen.';
const GOOD_DE = 'Hallo Anna, Ihr Vortrag über hybrides Onboarding am HR Festival in Zürich hat mir sehr gefallen. Wie hat sich die Buddy-Idee bewährt?';
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

  it.each(['sdui', 'ember', 'iframe'] as const)("%s: LinkedIn's Send stays put from the note field's first frame while findings come, change and go", async (stack) => {
    const p = s.page;
    const frame = await openNote(s, { stack, beforeNote: () => startFrames(p) });
    const start = await probe(p);
    expect(start.inBody).toBe(true);
    const tops: number[] = [start.top];
    const ta = (await frame.$('textarea#custom-message')) ?? (await deep(p, 'textarea#custom-message'));
    await ta.focus();
    await typeAndTrack(p, BAD, tops);
    expect(await settle(p, tops, (r) => r.includes('invite.placeholder') && r.includes('invite.generic'))).toEqual(expect.arrayContaining(['invite.placeholder', 'invite.generic']));
    if (SHOTS) await p.screenshot({ path: `${SHOTS}/invite-steady-findings-${name}.png` });
    // other findings: the first ones go, new ones come
    await eraseAndTrack(p, ta, tops);
    expect(await settle(p, tops, (r) => r.length === 0)).toEqual([]);
    await typeAndTrack(p, PITCH, tops);
    const pitch = await settle(p, tops, (r) => r.includes('invite.wrong-name'));
    expect(pitch).toContain('invite.wrong-name');
    expect(pitch).not.toContain('invite.placeholder');
    // the person clears the note and writes a good one: the findings go, the quiet state comes
    await ta.evaluate((t) => (t as HTMLTextAreaElement).select());
    await p.keyboard.press('Backspace');
    tops.push((await probe(p)).top);
    await typeAndTrack(p, GOOD, tops);
    await sleep(300); // a pause: the coach looks at the finished note
    expect(await settle(p, tops, (r) => r.length === 0)).toEqual([]);
    const seen = await frames(p);
    const all = [...seen.map((f) => f.top), ...tops];
    const spread = Math.max(...all) - Math.min(...all);
    const bare = seen.filter((f) => !f.panel).length;
    console.log(`[${name}, ${stack}] Send top: ${seen.length} frames from the note field's first (${bare} before the panel), ${tops.length} key samples; start ${start.top.toFixed(1)}, range ${Math.min(...all).toFixed(1)}–${Math.max(...all).toFixed(1)} (${spread.toFixed(1)} px)`);
    expect(seen.length).toBeGreaterThan(10);
    expect(spread).toBeLessThanOrEqual(1.5);
    expect(s.errors).toEqual([]);
  });

  it.runIf(name === 'chromium')('one height for the empty note, findings and a good note, in English and German, light and dark', async () => {
    const p = s.page;
    for (const lang of ['en', 'de'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await openNote(s, { lang, theme });
        const heights: number[] = [(await probe(p)).panel];
        const shot = async (state: string) => {
          if (!SHOTS) return;
          const box = await (await deep(p, '[role=dialog]')).boundingBox();
          await p.screenshot({ path: `${SHOTS}/invite-${state}-${lang}-${theme}.png`, clip: box! });
        };
        await shot('empty');
        const ta = await deep(p, 'textarea#custom-message');
        await ta.focus();
        await p.keyboard.type(lang === 'en' ? BAD : BAD_DE);
        await settle(p, [], (r) => r.length > 1);
        const bad = await probe(p);
        expect(bad.rules.length).toBeGreaterThan(1);
        heights.push(bad.panel);
        await shot('findings');
        await ta.evaluate((t) => (t as HTMLTextAreaElement).select());
        await p.keyboard.type(lang === 'en' ? GOOD : GOOD_DE);
        await settle(p, [], (r) => r.length === 0);
        await p.waitForFunction(`!!${DEEP}(document, '[data-rapport-surface="invite"]')?.shadowRoot.querySelector('[data-rapport-state="good"]:not([hidden])')`, { timeout: 3000, polling: 30 });
        const good = await probe(p);
        expect(good.rules).toEqual([]);
        heights.push(good.panel);
        await shot('good');
        expect(new Set(heights).size, `${lang} ${theme}: ${heights}`).toBe(1);
      }
    }
  });

  it.runIf(name === 'chromium')('at 200 % zoom the panel scrolls inside the dialog and Send stays on screen', async () => {
    const p = s.page;
    await p.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    try {
      await openNote(s);
      const ta = await deep(p, 'textarea#custom-message');
      await ta.focus();
      await p.keyboard.type(BAD);
      await settle(p, [], (r) => r.length > 1);
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
