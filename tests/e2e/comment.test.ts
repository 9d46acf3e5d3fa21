/**
 * Comment coach end to end, in headless Chromium and Firefox on the practice page: React feed
 * (TipTap, rendered lazily after "Comment") and Ember posts (Quill form whose submit button appears
 * only after typing), English and German, light and dark. Nothing is mounted before a box is
 * focused; only the focused box is coached; a submitted comment records once (Chromium: read from
 * the background's store), an abandoned draft records nothing; no page errors.
 * SHOTS=dir writes screenshots of the inline hint.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launch, BROWSERS, waitFor, sleep, type Session } from './harness';
import { analyze } from '../../src/engine';
import { t } from '../../src/shared/i18n';
import { formatFinding } from '../../src/shared/i18n-core';

const SHOTS = process.env.SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

/** Our comment hosts and the rules they show, anywhere in the light DOM. */
const state = (page: Page) =>
  page.evaluate(() => {
    const hosts = [...document.querySelectorAll('[data-rapport-surface="comment"]')];
    return {
      hosts: hosts.length,
      rules: hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-rapport-rule]') ?? [])].map((e) => e.getAttribute('data-rapport-rule'))),
      messages: hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-rapport-rule]') ?? [])].map((e) => e.textContent)),
    };
  });

const hostRules = () => [...document.querySelectorAll('[data-rapport-surface="comment"]')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-rapport-rule]') ?? [])].map((e) => e.getAttribute('data-rapport-rule')));

async function commentEvents(s: Session): Promise<number> {
  return (await s.events()).filter((e) => e.type === 'comment').length;
}

async function el(page: Page, fn: () => Element | null | undefined): Promise<ElementHandle<Element>> {
  const h = await page.evaluateHandle(fn);
  const e = h.asElement();
  if (!e) throw new Error('element not found');
  return e as ElementHandle<Element>;
}

async function shot(s: Session, page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await sleep(120);
  await page.screenshot({ path: `${SHOTS}/${s.name}-${name}.png` as `${string}.png` });
}

const GOOD = 'Writing the timeline first is underrated. We also time-box the review to 30 minutes. How long do yours take?';

describe.each(BROWSERS)('comment coach in %s', (name) => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await launch(name);
    page = s.page;
    await page.setViewport({ width: 1100, height: 900 });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('React feed (TipTap, English): nothing before focus, then a hint for a generic comment, cleared by a real one', async () => {
    await s.openPractice('/feed/', { lang: 'en', stack: 'sdui' });
    await sleep(200);
    expect((await state(page)).hosts).toBe(0);
    // "Comment" renders the TipTap box lazily and focuses it
    await (await el(page, () => document.querySelector('[role=listitem] [data-action=comment]'))).click();
    const editor = await el(page, () => document.querySelector('[role=listitem] .tiptap'));
    await editor.click();
    expect((await state(page)).hosts).toBe(1);
    await page.keyboard.type('Great post!');
    await waitFor(page, () => [...document.querySelectorAll('[data-rapport-surface="comment"]')].some((h) => h.shadowRoot?.querySelector('[data-rapport-rule="comment.generic"]')));
    const st = await state(page);
    const f = analyze({ text: 'Great post!', surface: 'comment' }).findings[0]!;
    expect(st.rules).toEqual(['comment.generic']);
    expect(st.messages).toEqual([formatFinding(t, 'en', f.messageId, f.params)]);
    // the hint sits under the comment form, not over the editor
    const pos = await page.evaluate(() => {
      const h = document.querySelector('[data-rapport-surface="comment"]')!.getBoundingClientRect();
      const f = document.querySelector('[role=listitem] form')!.getBoundingClientRect();
      return { top: h.top, height: h.height, formBottom: f.bottom };
    });
    expect(pos.height).toBeGreaterThan(10);
    expect(pos.top).toBeGreaterThanOrEqual(pos.formBottom - 1);
    await shot(s, page, 'comment-react-en-light');
    await page.keyboard.press('Backspace');
    for (let i = 0; i < 'Great post!'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(GOOD);
    await waitFor(page, () => [...document.querySelectorAll('[data-rapport-surface="comment"]')].every((h) => !h.shadowRoot?.querySelector('[data-rapport-rule]')));
  });

  it('submitting the React comment records exactly one comment, even with a double click', async () => {
    const before = name === 'chromium' ? await commentEvents(s) : 0;
    const submit = await el(page, () => document.querySelector('[role=listitem] form button[type=submit]'));
    await submit.click({ count: 2 });
    await waitFor(page, () => document.querySelectorAll('[role=listitem] [componentkey^="replaceableComment_"]').length === 1);
    if (name === 'chromium') {
      await sleep(400);
      expect(await commentEvents(s)).toBe(before + 1);
    }
  });

  it('Ember box (Quill, submit appears after typing): the hint moves there, and the comment records once', async () => {
    const before = name === 'chromium' ? await commentEvents(s) : 0;
    const editor = await el(page, () => document.querySelector('form.comments-comment-box__form .ql-editor'));
    await editor.click();
    await page.keyboard.type('Thanks for sharing!');
    await waitFor(page, () => [...document.querySelectorAll('[data-rapport-surface="comment"]')].some((h) => h.shadowRoot?.querySelector('[data-rapport-rule="comment.generic"]')));
    const st = await state(page);
    expect(st.hosts).toBe(1); // only the focused box is coached
    expect(
      await page.evaluate(() => !!document.querySelector('form.comments-comment-box__form')!.parentElement!.querySelector(':scope > [data-rapport-surface="comment"]')),
    ).toBe(true);
    const submit = await el(page, () => document.querySelector('form.comments-comment-box__form button.comments-comment-box__submit-button--cr'));
    await submit.click();
    await waitFor(page, () => document.querySelectorAll('.comments-comments-list article.comments-comment-entity').length === 1);
    if (name === 'chromium') {
      await sleep(400);
      expect(await commentEvents(s)).toBe(before + 1);
    }
    await waitFor(page, () => [...document.querySelectorAll('[data-rapport-surface="comment"]')].every((h) => !h.shadowRoot?.querySelector('[data-rapport-rule]')));
  });

  it('an abandoned draft records nothing', async () => {
    const before = name === 'chromium' ? await commentEvents(s) : 0;
    const editor = await el(page, () => document.querySelectorAll('form.comments-comment-box__form .ql-editor')[1]);
    await editor.click();
    await page.keyboard.type('Half a thought that I never send');
    await (await el(page, () => document.querySelector('.global-nav__logo'))).click();
    await sleep(600);
    if (name === 'chromium') expect(await commentEvents(s)).toBe(before);
  });

  it('German, dark theme: flags a sales pitch in a comment, in German', async () => {
    await s.openPractice('/feed/', { lang: 'de', stack: 'ember', theme: 'dark' });
    await (await el(page, () => document.querySelector('[role=listitem] [data-action=comment]'))).click();
    await (await el(page, () => document.querySelector('[role=listitem] .tiptap'))).click();
    const text = 'Schreib mir eine DM für unser Angebot: 20% Rabatt nur diese Woche.';
    await page.keyboard.type(text);
    await waitFor(page, () => [...document.querySelectorAll('[data-rapport-surface="comment"]')].some((h) => h.shadowRoot?.querySelector('[data-rapport-rule="comment.sales-pitch"]')));
    const st = await state(page);
    const f = analyze({ text, surface: 'comment' }).findings.find((x) => x.rule === 'comment.sales-pitch')!;
    expect(st.messages).toContain(formatFinding(t, 'de', f.messageId, f.params));
    expect(await page.evaluate(() => document.querySelector('[data-rapport-surface="comment"]')!.getAttribute('data-theme'))).toBe('dark');
    await shot(s, page, 'comment-react-de-dark');
    // the Ember box in German: generic praise
    await (await el(page, () => document.querySelector('form.comments-comment-box__form .ql-editor'))).click();
    await page.keyboard.type('Toller Beitrag!');
    await waitFor(page, () => {
      const r = [...document.querySelectorAll('[data-rapport-surface="comment"]')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-rapport-rule]') ?? [])].map((e) => e.getAttribute('data-rapport-rule')));
      return r.length === 1 && r[0] === 'comment.generic';
    });
    expect((await state(page)).hosts).toBe(1);
    await shot(s, page, 'comment-ember-de-dark');
  });

  it('dismissing the hint hides it for that box', async () => {
    await page.evaluate(() => (document.querySelector('[data-rapport-surface="comment"]')!.shadowRoot!.querySelector('button') as HTMLElement).click());
    expect(await page.evaluate(hostRules)).toEqual([]);
  });

  it('caused no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});
