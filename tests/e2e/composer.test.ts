/**
 * Post coach end to end, in headless Chromium and Firefox on the practice page: findings appear
 * and clear while typing, highlights sit on the flagged words (rectangles compared with Ranges
 * over the same text offsets) and follow scrolling and resizing, the fold marker sits where the
 * engine folds the post, publishing records exactly one post (Chromium: read from the
 * background's store), discard and failure record nothing, and the page sees no errors.
 * SHOTS=dir writes screenshots of the panel, highlights and fold marker.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, BROWSERS, waitFor, sleep, type Session } from './harness';
import { analyze, foldPoint } from '../../src/engine';
import { t } from '../../src/shared/i18n';
import { formatFinding } from '../../src/shared/i18n-core';

const SHOTS = process.env.SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

type Box = { left: number; top: number; width: number; height: number };

/** In-page helpers (main world): query through the interop shadow root and our hosts. */
async function installHelpers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const q = (sel: string): Element | null => document.getElementById('interop-outlet')?.shadowRoot?.querySelector(sel) ?? document.querySelector(sel);
    const host = (surface: string): Element | null => q(`[data-rapport-surface="${surface}"]`);
    const inHost = (surface: string, sel: string): Element[] => [...(host(surface)?.shadowRoot?.querySelectorAll(sel) ?? [])];
    const editor = (): HTMLElement => q('[role="dialog"] .ql-editor') as HTMLElement;
    /** Client rects of [s, e) of the editor's text (one paragraph typed: text nodes in order). */
    const rangeRects = (s: number, e: number) => {
      const out: { left: number; top: number; width: number; height: number }[] = [];
      const walker = document.createTreeWalker(editor(), NodeFilter.SHOW_TEXT);
      let off = 0;
      let blockSeen: Element | null = null;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const block = n.parentElement!.closest('.ql-editor > *');
        if (blockSeen && block !== blockSeen) off += 1; // one "\n" between paragraphs
        blockSeen = block;
        const a = Math.max(0, s - off);
        const b = Math.min(n.data.length, e - off);
        if (b > a) {
          const r = document.createRange();
          r.setStart(n, a);
          r.setEnd(n, b);
          for (const x of r.getClientRects()) if (x.width > 0.5) out.push({ left: x.left, top: x.top, width: x.width, height: x.height });
        }
        off += n.data.length;
      }
      return out;
    };
    const boxes = (surface: string, sel: string) =>
      inHost(surface, sel).map((b) => {
        const r = b.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      });
    Object.assign(w, { __q: q, __host: host, __inHost: inHost, __editor: editor, __rangeRects: rangeRects, __boxes: boxes });
  });
}

type W = {
  __q(s: string): HTMLElement | null;
  __host(s: string): Element | null;
  __inHost(s: string, sel: string): Element[];
  __editor(): HTMLElement;
  __rangeRects(s: number, e: number): Box[];
  __boxes(surface: string, sel: string): Box[];
  practiceFailNextPost?: boolean;
};
const w = () => window as unknown as W;

const rules = (page: Page) => page.evaluate(() => (window as unknown as W).__inHost('post', '[data-rapport-rule]').map((e) => e.getAttribute('data-rapport-rule')));

async function openComposer(page: Page): Promise<void> {
  await page.evaluate(() => (document.querySelector('.sharebox a, .sharebox button') as HTMLElement).click());
  await waitFor(page, () => {
    const ed = (window as unknown as W).__editor();
    return !!ed && (window as unknown as W).__host('post') !== null && ed.ownerDocument.activeElement !== null;
  });
  await focusEditor(page);
}

/** A real click on the editor (through the shadow root): Firefox needs it to place the caret. */
async function focusEditor(page: Page): Promise<void> {
  const h = await page.evaluateHandle(() => (window as unknown as W).__editor());
  await (h as unknown as { click(): Promise<void> }).click();
}

async function typeText(page: Page, text: string): Promise<void> {
  const parts = text.split('\n');
  for (let i = 0; i < parts.length; i++) {
    if (i) await page.keyboard.press('Enter');
    if (parts[i]) await page.keyboard.type(parts[i]!);
  }
}

async function clearEditor(page: Page): Promise<void> {
  await focusEditor(page);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
}

async function editorText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...(window as unknown as W).__editor().children].map((p) => (p.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n'),
  );
}

/**
 * Every highlight box of `rule` lies on a rect of the flagged words, and every word rect is covered,
 * within a second (the marks follow scrolling and resizing on the next frames; a loaded machine is slower).
 */
async function expectMarksOnWords(page: Page, rule: string, text: string): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    try {
      return await marksOnWords(page, rule, text);
    } catch (err) {
      if (Date.now() - t0 > 1000) throw err;
      await sleep(50);
    }
  }
}

async function marksOnWords(page: Page, rule: string, text: string): Promise<void> {
  const f = analyze({ text, surface: 'post' }).findings.find((x) => x.rule === rule)!;
  expect(f, `${rule} for ${JSON.stringify(text)}`).toBeTruthy();
  const [marks, words] = await page.evaluate(
    (r, s, e) => [(window as unknown as W).__boxes('post', `.hl-mk[data-mark="${r}"]`), (window as unknown as W).__rangeRects(s, e)] as const,
    rule,
    f.start,
    f.end,
  );
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.length).toBe(words.length);
  marks.forEach((m, i) => {
    const wr = words[i]!;
    expect(Math.abs(m.left - wr.left)).toBeLessThan(1.5);
    expect(Math.abs(m.top - wr.top)).toBeLessThan(1.5);
    expect(Math.abs(m.width - wr.width)).toBeLessThan(1.5);
    expect(Math.abs(m.height - wr.height)).toBeLessThan(1.5);
  });
}

async function postEvents(s: Session): Promise<number> {
  return (await s.events()).filter((e) => e.type === 'post').length;
}

async function shot(s: Session, page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await sleep(120);
  await page.screenshot({ path: `${SHOTS}/${s.name}-${name}.png` as `${string}.png` });
}

const BAIT_EN = 'Comment YES below and I will send you my onboarding checklist!';
const GOOD_EN = 'Three things I learned from our first blameless post-mortem. What has worked for your team?';

describe.each(BROWSERS)('post coach in %s', (name) => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await launch(name);
    page = s.page;
    await page.setViewport({ width: 1200, height: 900 });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows findings while typing (SDUI shadow root, English), on the flagged words, and clears them', async () => {
    await s.openPractice('/feed/', { lang: 'en', stack: 'sdui' });
    await installHelpers(page);
    await openComposer(page);
    // the host sits inside LinkedIn's dialog in the interop shadow root
    expect(await page.evaluate(() => (window as unknown as W).__host('post')!.getRootNode() !== document)).toBe(true);
    await typeText(page, BAIT_EN);
    await waitFor(page, () => (window as unknown as W).__inHost('post', '[data-rapport-rule="post.engagement-bait"]').length > 0);
    const text = await editorText(page);
    expect(text).toBe(BAIT_EN);
    const msg = await page.evaluate(() => (window as unknown as W).__inHost('post', '[data-rapport-rule="post.engagement-bait"]')[0]!.textContent);
    const f = analyze({ text, surface: 'post' }).findings.find((x) => x.rule === 'post.engagement-bait')!;
    expect(msg).toBe(formatFinding(t, 'en', f.messageId, f.params));
    await expectMarksOnWords(page, 'post.engagement-bait', text);
    await shot(s, page, 'composer-sdui-en-light');

    await clearEditor(page);
    await typeText(page, GOOD_EN);
    await waitFor(page, () => (window as unknown as W).__inHost('post', '[data-rapport-rule]').length === 0);
    await waitFor(page, () => (window as unknown as W).__inHost('post', '[data-rapport-state="good"]:not([hidden])').length === 1);
    expect(await page.evaluate(() => (window as unknown as W).__inHost('post', '.hl-mk').length)).toBe(0);
    await shot(s, page, 'composer-sdui-en-good');
  });

  it('draws the fold marker where the feed folds the post, and highlights follow scrolling and resizing', async () => {
    await page.setViewport({ width: 1200, height: 700 }); // the editor scrolls inside the dialog beyond 50vh
    await clearEditor(page);
    const lead =
      'Most onboarding flows lose people in the first minute because they ask for everything before they give anything back, and we learned that the hard way this spring when our activation rate dropped to a third of what it was';
    const body = Array.from({ length: 14 }, (_, i) => `Lesson ${i + 1}: ask for less up front and show value before the first form.`).join('\n');
    const full = `${lead}\n${body}\nComment YES below and I will send you the checklist!`;
    await typeText(page, full);
    const text = await editorText(page);
    expect(text).toBe(full);
    await waitFor(page, () => (window as unknown as W).__inHost('post', '.hl-fold').length === 1);
    const p = foldPoint(text);
    expect(p).toBeLessThan(text.length);
    const [bar, at] = await page.evaluate((off) => {
      const b = (window as unknown as W).__boxes('post', '.hl-fold')[0]!;
      return [b, (window as unknown as W).__rangeRects(off, off + 1)[0] ?? (window as unknown as W).__rangeRects(off - 1, off)[0]] as const;
    }, p);
    expect(at).toBeTruthy();
    // the 2px bar is centred on the cut: left edge of the first hidden character (or right of the last shown)
    const x = bar.left + bar.width / 2;
    expect(Math.min(Math.abs(x - at!.left), Math.abs(x - (at!.left + at!.width)))).toBeLessThan(2);
    expect(Math.abs(bar.top - at!.top)).toBeLessThan(1.5);
    // the hook finding: the first line runs past the fold
    expect(await rules(page)).toContain('post.hook');
    await shot(s, page, 'composer-fold-en');

    // the editor scrolls inside the dialog: marks move with the words
    const scrolled = await page.evaluate(() => {
      const sc = (window as unknown as W).__q('.editor-container')!;
      sc.scrollTop = sc.scrollHeight;
      return sc.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(50);
    await sleep(100);
    // the layer is clipped to the scroll container: nothing is drawn above its top edge
    const clip = await page.evaluate(() => ({
      top: (window as unknown as W).__inHost('post', '.hl-clip')[0]!.getBoundingClientRect().top,
      scroller: (window as unknown as W).__q('.editor-container')!.getBoundingClientRect().top,
    }));
    expect(clip.top).toBeGreaterThanOrEqual(clip.scroller - 0.5);
    // our panel never pushes LinkedIn's Post button out of the window
    const postBottom = await page.evaluate(() => (window as unknown as W).__q('.share-actions__primary-action')!.getBoundingClientRect().bottom - innerHeight);
    expect(postBottom).toBeLessThanOrEqual(0);
    await expectMarksOnWords(page, 'post.engagement-bait', text);
    await shot(s, page, 'composer-scrolled-en');
    await page.setViewport({ width: 820, height: 700 });
    await sleep(150);
    await expectMarksOnWords(page, 'post.engagement-bait', text);
    await page.setViewport({ width: 1200, height: 900 });
    await sleep(150);
  });

  it('collapsing the panel hides the highlights; expanding brings them back', async () => {
    const count = () => page.evaluate(() => (window as unknown as W).__inHost('post', '.hl-mk').length);
    expect(await count()).toBeGreaterThan(0);
    await page.evaluate(() => ((window as unknown as W).__inHost('post', 'button.collapse')[0] as HTMLElement).click());
    await waitFor(page, () => (window as unknown as W).__inHost('post', '.hl-mk, .hl-fold').length === 0);
    await shot(s, page, 'composer-collapsed-en');
    await page.evaluate(() => ((window as unknown as W).__inHost('post', 'button.collapse')[0] as HTMLElement).click());
    await waitFor(page, () => (window as unknown as W).__inHost('post', '.hl-mk').length > 0);
  });

  it('folds a post of short lines after its third line', async () => {
    await clearEditor(page);
    await typeText(page, 'We rebuilt onboarding.\nActivation doubled.\nHere is what changed:\nfewer fields, one promise, a real example.');
    const text = await editorText(page);
    const p = foldPoint(text);
    expect(text.slice(0, p).split('\n')).toHaveLength(3);
    await waitFor(page, () => (window as unknown as W).__inHost('post', '.hl-fold').length === 1);
    const [bar, lastShown] = await page.evaluate((off) => [(window as unknown as W).__boxes('post', '.hl-fold')[0]!, (window as unknown as W).__rangeRects(off - 1, off)[0]!] as const, p);
    // the bar stands right after the last character of the third line
    expect(Math.abs(bar.left + bar.width / 2 - (lastShown.left + lastShown.width))).toBeLessThan(2);
    expect(Math.abs(bar.top - lastShown.top)).toBeLessThan(1.5);
    await shot(s, page, 'composer-fold-lines-en');
  });

  it('Post records exactly one post, even when double-clicked', async () => {
    const before = name === 'chromium' ? await postEvents(s) : 0;
    const btn = await page.evaluateHandle(() => (window as unknown as W).__q('.share-actions__primary-action'));
    await (btn as unknown as { click(o?: object): Promise<void> }).click({ count: 2 });
    await waitFor(page, () => (window as unknown as W).__q('[data-test-modal-id="sharebox"]') === null);
    expect(await page.evaluate(() => (window as unknown as { practicePublished: unknown[] }).practicePublished.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as W).__host('post'))).toBeNull();
    if (name === 'chromium') {
      await sleep(300);
      expect(await postEvents(s)).toBe(before + 1);
    }
  });

  it('discarding a draft, and a failed Post followed by a discard, record nothing', async () => {
    const before = name === 'chromium' ? await postEvents(s) : 0;
    await openComposer(page);
    await typeText(page, 'A draft I will throw away.');
    await waitFor(page, () => (window as unknown as W).__inHost('post', '[data-rapport-state="good"]').length === 1);
    const discard = async () => {
      await page.evaluate(() => (window as unknown as W).__q('.artdeco-modal__dismiss')!.click());
      await waitFor(page, () => !!(window as unknown as W).__q('[data-test-modal-id="discard-confirm"]'));
      await page.evaluate(() => ((window as unknown as W).__q('[data-test-modal-id="discard-confirm"] .btn--primary') as HTMLElement).click());
      await waitFor(page, () => (window as unknown as W).__q('[data-test-modal-id="sharebox"]') === null);
    };
    await discard();
    await openComposer(page);
    await typeText(page, 'This one fails to post.');
    await sleep(50);
    await page.evaluate(() => ((window as unknown as W).practiceFailNextPost = true));
    await page.evaluate(() => (window as unknown as W).__q('.share-actions__primary-action')!.click());
    await sleep(300);
    expect(await page.evaluate(() => (window as unknown as W).__q('[data-test-modal-id="sharebox"]') !== null)).toBe(true);
    await discard();
    await sleep(300);
    if (name === 'chromium') expect(await postEvents(s)).toBe(before);
  });

  it('coaches the Ember composer in the light DOM in German, dark theme', async () => {
    await s.openPractice('/feed/', { lang: 'de', stack: 'ember', theme: 'dark' });
    await installHelpers(page);
    await openComposer(page);
    expect(await page.evaluate(() => (window as unknown as W).__host('post')!.getRootNode() === document)).toBe(true);
    const bait = 'Kommentiere JA und ich schicke dir meine Checkliste für das Onboarding!';
    await typeText(page, bait);
    await waitFor(page, () => (window as unknown as W).__inHost('post', '[data-rapport-rule="post.engagement-bait"]').length > 0);
    const text = await editorText(page);
    const f = analyze({ text, surface: 'post' }).findings.find((x) => x.rule === 'post.engagement-bait')!;
    const msg = await page.evaluate(() => (window as unknown as W).__inHost('post', '[data-rapport-rule="post.engagement-bait"]')[0]!.textContent);
    expect(msg).toBe(formatFinding(t, 'de', f.messageId, f.params));
    expect(await page.evaluate(() => (window as unknown as W).__host('post')!.getAttribute('data-theme'))).toBe('dark');
    await expectMarksOnWords(page, 'post.engagement-bait', text);
    await shot(s, page, 'composer-ember-de-dark');
    const long = `${'Was wir aus dem Umbau unseres Onboardings gelernt haben, nachdem die Aktivierung eingebrochen ist. '.repeat(3)}\nWas sind eure Erfahrungen?`;
    await clearEditor(page);
    await typeText(page, long);
    await waitFor(page, () => (window as unknown as W).__inHost('post', '.hl-fold').length === 1);
    await shot(s, page, 'composer-ember-de-fold-dark');
  });

  it('caused no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});
