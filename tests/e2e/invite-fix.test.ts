/**
 * One-click fixes end to end, in headless Chromium and Firefox on the practice page: the person
 * clicks "Replace with …" in Rapport's panel and the invitation note changes as if typed, so
 * LinkedIn's character counter and Send button follow, the caret stays where it was, typing goes
 * on there, and Send delivers the fixed note. Nothing changes without the click.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launch, BROWSERS, sleep, type Session } from './harness';

/** In-page: the first match in the document or any open shadow root. */
const DEEP = `(function deep(root, sel) {
  const hit = root.querySelector(sel); if (hit) return hit;
  for (const el of root.querySelectorAll('*')) { if (el.shadowRoot) { const h = deep(el.shadowRoot, sel); if (h) return h; } }
  return null;
})`;

async function deep(page: Page, sel: string, timeout = 5000): Promise<ElementHandle<Element>> {
  await page.waitForFunction(`Boolean(${DEEP}(document, ${JSON.stringify(sel)}))`, { timeout, polling: 30 });
  return (await page.evaluateHandle(`${DEEP}(document, ${JSON.stringify(sel)})`)).asElement() as ElementHandle<Element>;
}

interface Dialog {
  value: string;
  caret: number;
  counter: string;
  sendDisabled: boolean;
  rules: string[];
}

const read = (page: Page): Promise<Dialog> =>
  page.evaluate(`(() => {
    const ta = ${DEEP}(document, 'textarea#custom-message');
    const dialog = ta.closest('[role=dialog]');
    const host = dialog.querySelector('[data-rapport-surface="invite"]');
    return {
      value: ta.value,
      caret: ta.selectionStart,
      counter: dialog.querySelector('.counter').textContent,
      sendDisabled: dialog.querySelector('button[aria-label="Send invitation"], button[aria-label="Einladung senden"]').disabled,
      rules: host ? [...host.shadowRoot.querySelectorAll('[data-rapport-rule]')].map((e) => e.getAttribute('data-rapport-rule')) : [],
    };
  })()`) as Promise<Dialog>;

/** Waits for the first step's finding: our panel is in the dialog, so LinkedIn's buttons have stopped moving. */
const firstStep = (page: Page) =>
  page.waitForFunction(`Boolean(${DEEP}(document, '[data-rapport-surface="invite"]')?.shadowRoot?.querySelector('[data-rapport-rule="invite.empty"]'))`, { timeout: 5000, polling: 30 });

describe.each(BROWSERS)('one-click fix in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a left-over name slot becomes the first name: counter, Send and caret follow; Send delivers the fixed note', async () => {
    const p = await s.openPractice('/in/anna-mueller/', { lang: 'en', stack: 'sdui', account: 'free' });
    await (await deep(p, 'main a[href*="/preload/custom-invite/"]')).click();
    await firstStep(p);
    await (await deep(p, 'button[aria-label="Add a note"]')).click();
    const ta = await deep(p, 'textarea#custom-message');
    await ta.focus();
    const note = 'Hi [First Name], your talk on hybrid onboarding at HR Festival Zürich changed how we pair new hires.';
    await p.keyboard.type(note, { delay: 0 });
    const fix = await deep(p, 'button[data-rapport-fix="invite.placeholder"]');
    expect(await fix.evaluate((b) => b.textContent)).toBe('Replace with “Anna”');
    // nothing changes until the person clicks
    await sleep(300);
    let d = await read(p);
    expect(d.value).toBe(note);
    expect(d.counter).toBe(`${note.length}/200`);
    // caret inside the text, after "talk"
    const caret = note.indexOf(' on hybrid');
    await ta.evaluate((el, c) => (el as HTMLTextAreaElement).setSelectionRange(c, c), caret);
    await fix.click();
    const fixed = note.replace('[First Name]', 'Anna');
    d = await read(p);
    expect(d.value).toBe(fixed);
    expect(d.counter).toBe(`${fixed.length}/200`);
    expect(d.sendDisabled).toBe(false);
    expect(d.caret).toBe(caret - '[First Name]'.length + 'Anna'.length);
    // typing goes on where the caret was
    await p.keyboard.type(' at Zurich', { delay: 0 });
    const typed = fixed.replace('your talk on', 'your talk at Zurich on');
    d = await read(p);
    expect(d.value).toBe(typed);
    expect(d.counter).toBe(`${typed.length}/200`);
    await p.waitForFunction(`!${DEEP}(document, 'button[data-rapport-fix="invite.placeholder"]')`, { timeout: 3000, polling: 30 });
    expect((await read(p)).rules).not.toContain('invite.placeholder');
    await (await deep(p, 'button[aria-label="Send invitation"]')).click();
    await p.waitForFunction(() => ((window as unknown as { practiceSent?: unknown[] }).practiceSent ?? []).length > 0, { timeout: 3000 });
    const sent = await p.evaluate(() => (window as unknown as { practiceSent: { note: string | null }[] }).practiceSent);
    expect(sent.at(-1)!.note).toBe(typed);
    expect(s.errors).toEqual([]);
  });

  it('a wrong name becomes the right one (German dialog, formal greeting: the surname)', async () => {
    const p = await s.openPractice('/in/anna-mueller/', { lang: 'de', stack: 'ember', account: 'premium' });
    await (await deep(p, 'main a[href*="/preload/custom-invite/"], main button[aria-label*="einladen"]')).click();
    await firstStep(p);
    await (await deep(p, 'button[aria-label="Nachricht hinzufügen"]')).click();
    const ta = await deep(p, 'textarea#custom-message');
    await ta.focus();
    const note = 'Guten Tag Frau Keller, Ihr Vortrag über hybrides Onboarding am HR Festival Zürich hat mich überzeugt.';
    await p.keyboard.type(note, { delay: 0 });
    const fix = await deep(p, 'button[data-rapport-fix="invite.wrong-name"]');
    expect(await fix.evaluate((b) => b.textContent)).toBe('Durch «Müller» ersetzen');
    await fix.click();
    const fixed = note.replace('Keller', 'Müller');
    const d = await read(p);
    expect(d.value).toBe(fixed);
    expect(d.counter).toBe(`${fixed.length}/300`);
    expect(d.caret).toBe(fixed.length);
    expect(s.errors).toEqual([]);
  });
});
