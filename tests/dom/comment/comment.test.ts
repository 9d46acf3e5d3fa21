/**
 * The comment coach over saved comment-box markup: React/TipTap (EN, DE) and Ember/Quill (DE,
 * submit button only after typing; same aria-label as the composer). Real engine. Nothing mounts
 * before focus; only the focused box is coached; a submit that goes through records one comment.
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

import { commentFeature, commentEditorOf, postTextFor } from '../../../src/content/features/comment';
import { TICK_MS } from '../../../src/content/coach/lifecycle';
import { loadFixture, makeCtx, setLines, inHosts, hosts, sleep, deep, type TestCtx } from '../composer/helpers';

// the follower draws once the text stood still for one look (src/content/coach/lifecycle.ts)
const settle = () => sleep(2 * TICK_MS + 60);
let ctx: TestCtx;
let stop: void | (() => void);

function start(lang: 'en' | 'de', disabled: string[] = []) {
  ctx = makeCtx(lang, { disabledRules: disabled as never });
  stop = commentFeature.init(ctx);
}
const focus = (ed: Element) => ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
const click = (b: Element) => b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const rules = () => inHosts('[data-rapport-rule]', 'comment').map((e) => e.getAttribute('data-rapport-rule'));
const flush = async () => {
  await sleep(15);
  ctx.watch.flush();
};

beforeEach(() => {
  sent.length = 0;
});
afterEach(() => {
  if (typeof stop === 'function') stop();
  ctx?.abort();
});

describe('comment box detection', () => {
  it('recognises TipTap boxes in English and German, and Ember Quill boxes by their form', () => {
    loadFixture('comment-react-en.html');
    expect(commentEditorOf(document.querySelector('.tiptap'))).not.toBeNull();
    loadFixture('comment-react-de.html');
    expect(commentEditorOf(document.querySelector('.tiptap p'))).not.toBeNull();
    loadFixture('comment-ember-de.html');
    expect(commentEditorOf(document.querySelector('.ql-editor'))).not.toBeNull();
  });
  it('never takes the composer editor for a comment box (same Quill markup and aria-label)', () => {
    loadFixture('composer-ember-en.html');
    expect(commentEditorOf(deep('.share-creation-state .ql-editor'))).toBeNull();
    expect(commentEditorOf(deep('form.comments-comment-box__form .ql-editor'))).not.toBeNull();
    loadFixture('composer-sdui-de.html');
    expect(commentEditorOf(deep('.ql-editor'))).toBeNull();
  });
  it('reads the post being answered', () => {
    loadFixture('comment-react-en.html');
    expect(postTextFor(document.querySelector('.tiptap')!)).toMatch(/^Three things I learned/);
    loadFixture('comment-ember-de.html');
    expect(postTextFor(document.querySelector('.ql-editor')!)).toMatch(/^Heute haben wir/);
  });
});

describe('comment coach, React/TipTap', () => {
  it('mounts nothing until a box is focused, then hints comment.generic under it', async () => {
    loadFixture('comment-react-en.html');
    start('en');
    ctx.watch.flush();
    expect(hosts('comment')).toHaveLength(0);
    focus(document.querySelector('.tiptap')!);
    expect(hosts('comment')).toHaveLength(1);
    expect(hosts('comment')[0]!.previousElementSibling!.tagName).toBe('FORM');
    expect(rules()).toEqual(['comment.generic']);
    // a real comment clears it
    setLines(document.querySelector<HTMLElement>('.tiptap')!, ['Writing the timeline first is underrated. We also time-box the review to 30 minutes, which keeps it blameless.']);
    await settle();
    expect(rules()).toEqual([]);
  });

  it('German box: flags the sales pitch, and respects switched-off rules', async () => {
    loadFixture('comment-react-de.html');
    start('de');
    focus(document.querySelector('.tiptap')!);
    expect(rules()).toContain('comment.sales-pitch');
    if (typeof stop === 'function') stop();
    ctx.abort();
    loadFixture('comment-react-de.html');
    start('de', ['comment.sales-pitch', 'comment.generic']);
    focus(document.querySelector('.tiptap')!);
    expect(rules()).toEqual([]);
  });

  it('records one comment when the editor empties after submit (double click included)', async () => {
    loadFixture('comment-react-en.html');
    start('en');
    const form = document.querySelector('form')!;
    const ed = form.querySelector<HTMLElement>('.tiptap')!;
    const submit = form.querySelector('button[type=submit]')!;
    focus(ed);
    click(submit);
    click(submit);
    await flush();
    expect(sent).toHaveLength(0); // not yet: the editor still holds the text
    ed.replaceChildren(document.createElement('p'));
    await flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'record', type: 'comment' });
    await flush();
    expect(sent).toHaveLength(1);
  });

  it('records when the new comment appears even if the editor keeps its text', async () => {
    loadFixture('comment-react-en.html');
    start('en');
    const ed = document.querySelector<HTMLElement>('.tiptap')!;
    focus(ed);
    click(document.querySelector('form button[type=submit]')!);
    const c = document.createElement('div');
    c.setAttribute('componentkey', 'replaceableComment_urn:li:comment:(urn:li:activity:7100,1)');
    document.querySelector('[data-testid^="commentList"]')!.append(c);
    await flush();
    expect(sent).toHaveLength(1);
  });

  it('a failed submit followed by deleting the text by hand records nothing', async () => {
    loadFixture('comment-react-en.html');
    start('en');
    const ed = document.querySelector<HTMLElement>('.tiptap')!;
    focus(ed);
    click(document.querySelector('form button[type=submit]')!);
    await flush();
    setLines(ed, ['']); // the person deletes it: input events
    await flush();
    await flush();
    expect(sent).toHaveLength(0);
  });

  it('a submit that fails (the text stays, nothing appears) records nothing', async () => {
    loadFixture('comment-react-en.html');
    start('en');
    focus(document.querySelector('.tiptap')!);
    click(document.querySelector('form button[type=submit]')!);
    await flush();
    await flush();
    expect(sent).toHaveLength(0);
  });
});

describe('comment coach, Ember/Quill (German)', () => {
  it('coaches the typed text and records once after the late submit button is used', async () => {
    loadFixture('comment-ember-de.html');
    start('de');
    const form = document.querySelector('form.comments-comment-box__form')!;
    const ed = form.querySelector<HTMLElement>('.ql-editor')!;
    // LinkedIn renders the submit button only once the editor has text
    ed.addEventListener('input', () => {
      if (ed.textContent!.trim() && !form.querySelector('button')) {
        const b = document.createElement('button');
        b.className = 'comments-comment-box__submit-button--cr artdeco-button';
        b.textContent = '\n  Kommentieren\n';
        form.append(b);
      }
    });
    focus(ed);
    expect(hosts('comment')).toHaveLength(1);
    expect(rules()).toEqual([]);
    setLines(ed, ['Gratuliere!']);
    await settle();
    expect(rules()).toEqual(['comment.generic']);
    click(form.querySelector('button')!);
    // LinkedIn clears the editor itself (no input event)
    ed.replaceChildren(Object.assign(document.createElement('p'), { innerHTML: '<br>' }));
    await flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'comment' });
  });
});

describe('windows without focus events', () => {
  it('a pointerdown mounts the coach when no focusin arrives', async () => {
    loadFixture('comment-ember-de.html');
    start('de');
    const ed = document.querySelector<HTMLElement>('.ql-editor')!;
    ed.firstElementChild!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(hosts('comment')).toHaveLength(1);
    setLines(ed, ['Gratuliere!']);
    await settle();
    expect(rules()).toEqual(['comment.generic']);
  });
});

describe('theme', () => {
  it('follows LinkedIn dark theme', () => {
    loadFixture('comment-react-en.html');
    document.documentElement.className = 'theme--dark';
    start('en');
    focus(document.querySelector('.tiptap')!);
    expect(hosts('comment')[0]!.getAttribute('data-theme')).toBe('dark');
    document.documentElement.className = '';
  });
});

describe('only the focused box is coached', () => {
  it('a submit still on its way when focus moves to another box records once it goes through', async () => {
    loadFixture('comment-react-en.html');
    const second = document.querySelectorAll('[role=listitem]')[1]!;
    const form2 = document.querySelector('form')!.cloneNode(true) as HTMLFormElement;
    form2.querySelector('.tiptap')!.replaceChildren(document.createElement('p'));
    second.append(form2);
    start('en');
    const ed = document.querySelector<HTMLElement>('.tiptap')!;
    focus(ed);
    click(document.querySelector('form button[type=submit]')!);
    focus(second.querySelector('.tiptap')!);
    await flush();
    expect(sent).toHaveLength(0);
    ed.replaceChildren(document.createElement('p')); // LinkedIn clears the first box
    await flush();
    expect(sent).toHaveLength(1);
    expect(hosts('comment')).toHaveLength(1);
    expect(second.contains(hosts('comment')[0]!)).toBe(true);
  });

  it('moves the hint to the newly focused box', () => {
    loadFixture('comment-react-en.html');
    // a second rendered box under the second post
    const second = document.querySelectorAll('[role=listitem]')[1]!;
    const form = document.querySelector('form')!.cloneNode(true) as HTMLFormElement;
    form.querySelector('.tiptap')!.replaceChildren(document.createElement('p'));
    second.append(form);
    start('en');
    focus(document.querySelector('.tiptap')!);
    expect(hosts('comment')).toHaveLength(1);
    focus(second.querySelector('.tiptap')!);
    const hs = hosts('comment');
    expect(hs).toHaveLength(1);
    expect(second.contains(hs[0]!)).toBe(true);
  });
});
