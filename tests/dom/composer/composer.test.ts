/**
 * The post coach over saved composer markup (Ember light DOM in English, SDUI interop shadow root
 * in German), with the real engine: panel findings, live updates, rule switches, the fold, and
 * publishing (exactly one `post` record, none on discard or failure).
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

import { composerFeature, findComposer } from '../../../src/content/features/composer';
import { TICK_MS } from '../../../src/content/coach/lifecycle';
import { foldPoint } from '../../../src/engine';
import { loadFixture, makeCtx, setLines, deep, inHosts, hosts, sleep, type TestCtx } from './helpers';

// the follower draws once the text stood still for one look (src/content/coach/lifecycle.ts)
const settle = () => sleep(2 * TICK_MS + 60);
let ctx: TestCtx;
let stop: void | (() => void);

function start(lang: 'en' | 'de', disabled: string[] = []) {
  ctx = makeCtx(lang, { disabledRules: disabled as never });
  stop = composerFeature.init(ctx);
  ctx.watch.flush();
}
const rules = () => inHosts('[data-rapport-rule]', 'post').map((e) => e.getAttribute('data-rapport-rule'));
const editor = () => findComposer()!.editor;

beforeEach(() => {
  sent.length = 0;
});
afterEach(() => {
  if (typeof stop === 'function') stop();
  ctx?.abort();
});

describe('composer detection', () => {
  it('finds the Ember composer in the light DOM, never the comment form with the same editor markup', () => {
    loadFixture('composer-ember-en.html');
    const c = findComposer()!;
    expect(c.editor.closest('.share-creation-state')).not.toBeNull();
    expect(c.editor.closest('form')).toBeNull();
  });
  it('finds the SDUI composer inside the #interop-outlet shadow root', () => {
    loadFixture('composer-sdui-de.html');
    const c = findComposer()!;
    expect(c.editor.getRootNode()).toBe(document.getElementById('interop-outlet')!.shadowRoot);
    expect(c.editor.getAttribute('aria-label')).toBe('Texteditor zum Erstellen von Inhalten');
  });
  it('finds nothing on a page with only comment boxes', () => {
    loadFixture('comment-ember-de.html');
    expect(findComposer()).toBeNull();
    loadFixture('comment-react-en.html');
    expect(findComposer()).toBeNull();
  });
});

describe('post coach (Ember, English)', () => {
  beforeEach(() => {
    loadFixture('composer-ember-en.html');
    start('en');
  });

  it('mounts one host inside the dialog, under the editor, and shows the findings of the draft', () => {
    const hs = hosts('post');
    expect(hs).toHaveLength(1);
    expect(hs[0]!.closest('[role="dialog"]')).not.toBeNull();
    expect(rules()).toContain('post.engagement-bait');
    const msg = inHosts('[data-rapport-rule="post.engagement-bait"]', 'post')[0]!;
    expect(msg.textContent!.length).toBeGreaterThan(10);
    // the flagged words are quoted next to the message
    expect(msg.parentElement!.querySelector('q')?.textContent).toMatch(/like/i);
    // the overlay lives in our shadow root, not in the editor
    expect(inHosts('[data-rapport-overlay]', 'post')).toHaveLength(1);
    expect(editor().querySelector('[data-rapport-overlay], [data-rapport-surface]')).toBeNull();
  });

  it('updates after typing (debounced) and clears when the bait is gone', async () => {
    setLines(editor(), ['Three things I learned from our first blameless post-mortem.', '', 'What has worked for your team?']);
    expect(rules()).toContain('post.engagement-bait'); // not yet: debounced
    await settle();
    expect(rules()).not.toContain('post.engagement-bait');
    expect(inHosts('[data-rapport-state="good"]', 'post')[0]?.hasAttribute('hidden')).toBe(false);
  });

  it('a busy page (DOM changes every 50 ms) does not postpone the check', async () => {
    setLines(editor(), ['Three things I learned from our first blameless post-mortem.', '', 'What has worked for your team?']);
    for (let i = 0; i < 6; i++) {
      await sleep(50);
      document.body.append(document.createElement('div'));
      ctx.watch.flush();
    }
    expect(rules()).not.toContain('post.engagement-bait');
  });

  it('picks up edits that fire no input event (undo through the editor API) on the next DOM change', async () => {
    const p = document.createElement('p');
    p.textContent = 'Three things I learned from our first blameless post-mortem. What has worked for your team?';
    editor().replaceChildren(p); // no input event
    ctx.watch.flush();
    await settle();
    expect(rules()).not.toContain('post.engagement-bait');
  });

  it('never changes the editor DOM', async () => {
    const before = editor().innerHTML;
    setLines(editor(), ['Comment YES below and I will send you the template!']);
    const typed = editor().innerHTML;
    await settle();
    expect(editor().innerHTML).toBe(typed);
    expect(before).not.toBe(typed);
  });

  it('leaves out switched-off rules', () => {
    if (typeof stop === 'function') stop();
    ctx.abort();
    loadFixture('composer-ember-en.html');
    start('en', ['post.engagement-bait']);
    expect(rules()).not.toContain('post.engagement-bait');
  });

  it('follows a rule switched off in the options while the composer is open', async () => {
    expect(rules()).toContain('post.engagement-bait');
    ctx.setSettings({ disabledRules: ['post.engagement-bait'] });
    expect(rules()).not.toContain('post.engagement-bait');
  });

  it('computes the fold where the engine says the feed cuts the post', async () => {
    const long = 'Most onboarding flows fail in the first minute. '.repeat(8);
    setLines(editor(), [long.trim()]);
    await settle();
    const p = foldPoint(long.trim());
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(long.length);
  });
});

describe('post coach (SDUI shadow root, German)', () => {
  it('mounts inside the interop shadow root and speaks German', () => {
    loadFixture('composer-sdui-de.html');
    start('de');
    const hs = hosts('post');
    expect(hs).toHaveLength(1);
    expect(hs[0]!.getRootNode()).toBe(document.getElementById('interop-outlet')!.shadowRoot);
    expect(rules()).toContain('post.engagement-bait');
  });
});

describe('publishing records exactly one post', () => {
  const dialogContainer = () => deep('[data-test-modal-container]')!;
  const click = (sel: string) => deep<HTMLButtonElement>(sel)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  const closeDialog = async () => {
    dialogContainer().remove();
    await sleep(20);
    ctx.watch.flush();
    await sleep(5);
  };

  for (const [name, fixture, lang] of [
    ['Ember', 'composer-ember-en.html', 'en'],
    ['SDUI', 'composer-sdui-de.html', 'de'],
  ] as const) {
    it(`${name}: Post then close records once, even after a double click`, async () => {
      loadFixture(fixture);
      start(lang);
      click('.share-actions__primary-action');
      click('.share-actions__primary-action');
      await closeDialog();
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ kind: 'record', type: 'post' });
      expect((sent[0] as { key: string }).key).toMatch(/^post:/);
      expect(hosts('post')).toHaveLength(0);
    });
  }

  it('Dismiss and discard records nothing', async () => {
    loadFixture('composer-ember-en.html');
    start('en');
    click('.artdeco-modal__dismiss');
    await closeDialog();
    expect(sent).toHaveLength(0);
  });

  it('a failed Post (the dialog stays) then a discard records nothing', async () => {
    loadFixture('composer-ember-en.html');
    start('en');
    click('.share-actions__primary-action');
    await sleep(20);
    ctx.watch.flush();
    expect(sent).toHaveLength(0);
    click('.artdeco-modal__dismiss');
    await closeDialog();
    expect(sent).toHaveLength(0);
  });

  it('a disabled Post button or an empty draft records nothing', async () => {
    loadFixture('composer-ember-en.html');
    start('en');
    const btn = deep<HTMLButtonElement>('.share-actions__primary-action')!;
    setLines(editor(), ['']);
    btn.disabled = false;
    click('.share-actions__primary-action');
    await closeDialog();
    expect(sent).toHaveLength(0);
  });
});
