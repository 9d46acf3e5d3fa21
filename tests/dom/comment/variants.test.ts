/**
 * The late-2026 variants over their fixtures (tests/fixtures/linkedin/*-2026-*.html), in happy-dom:
 * the formless SDUI comment box (its submit found from the editor outward, never the action-bar
 * toggle or a comment's Reply), the post-detail page (the box outside the post), the native
 * <dialog> composer, and what the page hands the engine: the post's text for a comment, the
 * recipient's headline for a note (never a rail's). Real engine, spied on.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../src/content/browser', () => ({
  browser: {},
  extensionAlive: () => true,
  send: async (m: unknown) => {
    sent.push(m);
    return { ok: true };
  },
}));

import { commentFeature, commentSubmitOf, postTextFor } from '../../../src/content/features/comment';
import { findComposer, isPostButton } from '../../../src/content/features/composer';
import { personAround } from '../../../src/content/features/invite/dialog';
import { ENGINE_GLOBAL, type EngineApi } from '../../../src/content/engine-api';
import type { AnalyzeInput } from '../../../src/engine/types';
import { loadFixture, makeCtx, setLines, inHosts, sleep, type TestCtx } from '../composer/helpers';

const engine = () => (globalThis as unknown as Record<string, EngineApi>)[ENGINE_GLOBAL]!;
const focus = (ed: Element) => ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
const click = (b: Element) => b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const rules = () => inHosts('[data-rapport-rule]', 'comment').map((e) => e.getAttribute('data-rapport-rule'));

/** What live.js does when text arrives: LinkedIn renders the submit into the commentButtonSection. */
function renderSubmit(section: Element, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  const span = document.createElement('span');
  span.textContent = label;
  b.append(span);
  section.append(b);
  return b;
}

let ctx: TestCtx;
let stop: void | (() => void);
beforeEach(() => {
  sent.length = 0;
});
afterEach(() => {
  if (typeof stop === 'function') stop();
  ctx?.abort();
  vi.restoreAllMocks();
});

describe('formless SDUI comment box (feed-2026-en.html)', () => {
  it('finds the submit from the editor outward once it exists; never the toggle, never another post', () => {
    loadFixture('feed-2026-en.html');
    const ed = document.querySelector('#expandedA1b2C3FeedType_MAIN_FEED_RELEVANCE [role=textbox]')!;
    expect(document.querySelector('#expandedA1b2C3FeedType_MAIN_FEED_RELEVANCE form')).toBeNull();
    expect(commentSubmitOf(ed)).toBeNull(); // no text yet: LinkedIn has not rendered it
    const second = document.querySelector('#commentButtonSectionD4e5F6FeedType_MAIN_FEED_RELEVANCE')!;
    renderSubmit(second, 'Comment');
    expect(commentSubmitOf(ed)).toBeNull(); // the next post's submit is not this box's
    const b = renderSubmit(document.querySelector('#commentButtonSectionA1b2C3FeedType_MAIN_FEED_RELEVANCE')!, 'Comment');
    expect(commentSubmitOf(ed)).toBe(b);
  });

  it('coaches with the post text, records once on its submit, nothing on the toggle', async () => {
    loadFixture('feed-2026-en.html');
    const spy = vi.spyOn(engine(), 'analyze');
    ctx = makeCtx('en');
    stop = commentFeature.init(ctx);
    const post = document.querySelector('#expandedA1b2C3FeedType_MAIN_FEED_RELEVANCE')!;
    const ed = post.querySelector<HTMLElement>('[role=textbox]')!;
    focus(ed);
    setLines(ed, ['Great post!']);
    await sleep(400);
    expect(rules()).toEqual(['comment.generic']);
    const input = spy.mock.calls.map((c) => c[0] as AnalyzeInput).find((i) => i.text === 'Great post!')!;
    expect(input.post).toMatch(/^Three things I learned from running our first blameless post-mortem/);
    click(post.querySelector('button[aria-label="Comment"]')!); // the action-bar toggle
    const submit = renderSubmit(post.querySelector('[id^="commentButtonSection"]')!, 'Comment');
    click(submit);
    click(submit);
    ed.replaceChildren(document.createElement('p')); // LinkedIn empties the box: no input event
    await sleep(250);
    expect(sent.filter((m) => (m as { type?: string }).type === 'comment')).toHaveLength(1);
  });
});

describe('SDUI post detail (post-detail-2026-en.html)', () => {
  it('reads the post although the box sits outside it; a comment row\'s Reply is no submit', () => {
    loadFixture('post-detail-2026-en.html');
    const ed = document.querySelector('[role=textbox]')!;
    expect(postTextFor(ed)).toMatch(/^After nine years in hospital logistics/);
    expect(commentSubmitOf(ed)).toBeNull();
    const b = renderSubmit(document.querySelector('[id*="commentButtonSection"]')!, 'Comment');
    expect(commentSubmitOf(ed)).toBe(b);
  });
});

describe('German SDUI box and Ember form (feed-2026-de.html)', () => {
  it('"Kommentieren" without a hook is the submit; the post text goes to the engine; the Ember post is read too', () => {
    loadFixture('feed-2026-de.html');
    const ed = document.querySelector('[aria-label="Texteditor zum Erstellen von Kommentaren"]')!;
    expect(postTextFor(ed)).toMatch(/^Heute haben wir unser neues Ausbildungszentrum/);
    const b = renderSubmit(document.querySelector('[componentkey="commentBox-G7h8I9"] [data-live-submit-section]')!, 'Kommentieren');
    expect(commentSubmitOf(ed)).toBe(b);
    const ember = document.querySelector('form.comments-comment-box__form .ql-editor')!;
    expect(postTextFor(ember)).toMatch(/^Wir suchen ab sofort eine Projektleiterin/);
  });
});

describe('native <dialog> composer', () => {
  it('is found only while open; its text-only Post button is the submit, the icon buttons are not', () => {
    loadFixture('feed-2026-en.html');
    expect(findComposer()).toBeNull(); // closed <dialog>
    const d = document.querySelector('dialog')!;
    d.setAttribute('open', '');
    const c = findComposer()!;
    expect(c.editor.getAttribute('componentkey')).toBe('ShareBox_textEditor');
    expect(isPostButton(c.dialog, d.querySelector('[data-live-post]')!)).toBe(true);
    expect(isPostButton(c.dialog, d.querySelector('[aria-label="Photo"]')!)).toBe(false);
  });
  it('in a shadow root, German: "Posten"', () => {
    loadFixture('feed-2026-de.html');
    const root = document.getElementById('interop-outlet')!.shadowRoot!;
    root.querySelector('dialog')!.setAttribute('open', '');
    const c = findComposer()!;
    expect(c.dialog.getRootNode()).toBe(root);
    expect(isPostButton(c.dialog, root.querySelector('[data-live-post]')!)).toBe(true);
  });
});

describe('invitation recipient (invite-profile-2026-en.html)', () => {
  it("the top card's Connect takes the profile's name and headline; a rail's takes its own, never the profile's", () => {
    history.replaceState({}, '', '/in/anna-mueller/');
    loadFixture('invite-profile-2026-en.html');
    expect(personAround(document.querySelector('main section a[aria-label^="Invite"]')!, document)).toEqual({
      name: 'Anna Müller',
      headline: 'Head of HR at Example AG · People & Culture · Zürich',
    });
    expect(personAround(document.querySelector('aside button[aria-label^="Invite"]')!, document)).toEqual({
      name: 'Peter Keller',
      headline: 'Logistics Lead at Bahnhof Logistik AG',
    });
    expect(personAround(document.querySelector('aside a[aria-label^="Invite"]')!, document)).toEqual({ name: 'Sofia Brunner', headline: 'Product designer' });
  });
});
