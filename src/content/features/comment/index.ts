/**
 * Comment coach: a small inline hint under the focused comment box for `comment.generic` and
 * `comment.sales-pitch`, judged against the post being answered. A page holds many comment boxes
 * (docs/linkedin-dom.md §3): the SDUI feed's formless TipTap box (its submit, "Comment" /
 * "Kommentieren", sits after the editor and exists only once there is text), the SDUI post-detail
 * page (the box sits outside the post container), and the Ember Quill form. Nothing is mounted for
 * a box until it is focused, and only the focused box is coached and read.
 *
 * Records one `comment` event when the person's own click on the box's submit goes through: the
 * editor is emptied by LinkedIn or a new comment appears under the post. A failed or abandoned
 * attempt records nothing (also when the person then deletes the text by hand); a double click
 * records once.
 *
 * Surface description for the shared lifecycle: src/content/coach/lifecycle.ts.
 * Fixtures: tests/fixtures/linkedin/comment-*.html.
 */
import type { Feature, FeatureContext } from '../../context';
import type { Finding, RuleId } from '../../../engine/types';
import { analyze, formatMessage, onEngineReady, preloadEngine } from '../../engine';
import { send } from '../../browser';
import { t } from '../../i18n';
import {
  COMMENT_BOX,
  COMMENT_EDITOR,
  COMMENT_SUBMIT,
  COMMENT_SUBMIT_LABELS,
  COMMENT_TOGGLE_ICON,
  COMPOSER_DIALOG,
  POST_CONTAINER,
  POST_TEXT,
  POSTED_COMMENT,
} from '../../linkedin/selectors';
import { closestDeep, queryDeep, queryIn, textOf } from '../../linkedin/roots';
import { isPostDetail } from '../../linkedin/url';
import { mountHost, themeAt, type Host } from '../../ui/host';
import { recognised } from '../../health';
import { el, setAttr } from '../../ui/dom';
import { editableSource, type TextSource } from '../../ui/highlight';
import { counted } from '../../ui/toast';
import { keyOf, sortFindings } from '../../coach/util';
import { createLifecycle, whenIdle, type Surface } from '../../coach/lifecycle';

const RULES: readonly RuleId[] = ['comment.generic', 'comment.sales-pitch'];
const SUBMIT_WINDOW_MS = 15_000;
const POSTED = POSTED_COMMENT.join(',');
const SUBMIT_SEL = COMMENT_SUBMIT.join(',');
/** How far up from the editor a formless box's submit is looked for. */
const MAX_CLIMB = 8;

const CSS = `
:host{margin:0}
.ch{display:flex;gap:7px;align-items:flex-start;margin:6px 0 2px;padding:5px 4px 5px 8px;border-radius:8px;font-size:12.5px;line-height:1.35;background:var(--r-info-bg);border:1px solid color-mix(in srgb,var(--r-info) 30%,transparent)}
.ch.warning{background:var(--r-warn-bg);border-color:color-mix(in srgb,var(--r-warn) 35%,transparent)}
.ch-i{flex:none;width:16px;height:16px;margin-top:1px;border-radius:4px;background:var(--r-accent);color:#fff;font:700 10px/16px system-ui,sans-serif;text-align:center}
.ch-m{flex:1;min-width:0;display:grid;gap:2px}
.ch-x{flex:none;border:0;background:none;color:var(--r-muted);width:20px;height:20px;border-radius:50%;font-size:14px;line-height:1;padding:0}
.ch-x:hover{background:color-mix(in srgb,var(--r-fg) 10%,transparent);color:var(--r-fg)}
`;

function matchesAny(e: Element, sels: readonly string[]): boolean {
  for (const s of sels) {
    try {
      if (e.matches(s)) return true;
    } catch {
      /* unparsable here */
    }
  }
  return false;
}

/** The comment editor an element belongs to (never the post composer's editor). */
export function commentEditorOf(target: Element | null): HTMLElement | null {
  const editor = target?.closest<HTMLElement>('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
  if (!editor || !matchesAny(editor, COMMENT_EDITOR)) return null;
  // a comment form wins; otherwise it must not sit in the sharebox dialog
  if (editor.closest('form.comments-comment-box__form, [data-testid="ui-core-tiptap-text-editor-wrapper"]')) return editor;
  return COMPOSER_DIALOG.some((s) => closestDeep(editor, s)) ? null : editor;
}

function closestOf(start: Element, sels: readonly string[]): Element | null {
  for (const s of sels) {
    const hit = closestDeep(start, s);
    if (hit) return hit;
  }
  return null;
}

/** The post (or post-detail shell) a comment box answers. */
function postOf(editor: Element): Element | null {
  return closestOf(editor, POST_CONTAINER);
}

/** The text of the post a comment box answers ('' when it cannot be found). */
export function postTextFor(editor: Element): string {
  const post = postOf(editor);
  const body = post ? queryIn(post, POST_TEXT) : null;
  if (body) return textOf(body);
  // Post-detail page whose box sits outside any known container: the page's one post.
  const doc = editor.ownerDocument;
  return isPostDetail(doc.location?.href ?? '') ? textOf(queryDeep(POST_TEXT, doc)) : '';
}

/**
 * Could `b` be a comment box's submit? A known submit hook, or a button with no aria-label whose
 * text is the localized "Comment" / "Reply" (the action-bar toggle carries an aria-label, a count
 * and the comment-small icon; a comment row's Reply sits in a posted comment).
 */
function submitLike(b: Element): boolean {
  if (b.closest(POSTED)) return false;
  if (matchesAny(b, [SUBMIT_SEL])) return true;
  if (b.hasAttribute('aria-label') || b.querySelector(COMMENT_TOGGLE_ICON)) return false;
  return COMMENT_SUBMIT_LABELS.includes(textOf(b));
}

/**
 * The submit of the box around `editor`, found from the editor outward: the nearest ancestor
 * (within the post) holding a submit-like button after the editor. SDUI boxes have no <form>.
 */
export function commentSubmitOf(editor: Element): HTMLElement | null {
  const post = postOf(editor);
  let a: Element | null = editor.parentElement;
  for (let i = 0; a && i < MAX_CLIMB; i++, a = a.parentElement) {
    for (const b of a.querySelectorAll<HTMLElement>('button, [role="button"]')) {
      if (editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && submitLike(b)) return b;
    }
    if (a === post) break;
  }
  return null;
}

/** Where the hint goes: after the comment box (its form, its key, or the TipTap wrapper's parent). */
function boxOf(editor: HTMLElement): Element {
  const known = closestOf(editor, COMMENT_BOX);
  const post = postOf(editor);
  if (known && (!post || post.contains(known) || !known.contains(post))) return known;
  const wrapper = editor.closest('[data-testid="ui-core-tiptap-text-editor-wrapper"]');
  return wrapper?.parentElement ?? editor.parentElement ?? editor;
}

interface Box {
  editor: HTMLElement;
  source: TextSource;
  post: Element | null;
  postText: string;
  lang: string;
  host?: Host;
  hint?: HTMLElement;
  last: string;
}

interface Sent {
  key: string;
  count: number;
}

/** Rules the person dismissed for a box stay dismissed while the box lives. */
const dismissedFor = new WeakMap<Element, Set<string>>();

function posted(b: Box): number {
  return b.post ? b.post.querySelectorAll(POSTED).length : 0;
}

function renderHint(b: Box, fs: readonly Finding[]) {
  const box = b.hint!;
  const lang = b.lang as 'en' | 'de';
  if (!fs.length) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const dismissed = dismissedFor.get(b.editor)!;
  box.className = `ch ${fs[0]!.severity}`;
  box.replaceChildren(
    el('span', { class: 'ch-i', 'aria-hidden': 'true' }, 'R'),
    el('span', { class: 'ch-m' }, ...fs.map((f) => el('span', { 'data-rapport-rule': f.rule }, formatMessage(f.messageId, f.params ?? {}, lang)))),
    el(
      'button',
      {
        class: 'ch-x',
        type: 'button',
        title: t(lang, 'comment_dismiss'),
        'aria-label': t(lang, 'comment_dismiss'),
        onclick: () => {
          fs.forEach((f) => dismissed.add(f.rule));
          renderHint(b, []);
        },
      },
      '×',
    ),
  );
  box.hidden = false;
}

function mount(b: Box) {
  const box = boxOf(b.editor);
  b.host = mountHost('comment', box.parentElement ?? box, (h) => box.after(h), CSS);
  recognised('comment', b.editor);
  b.hint = el('div', { class: 'ch', role: 'status', 'aria-live': 'polite', hidden: true });
  b.host.root.append(b.hint);
  if (!dismissedFor.has(b.editor)) dismissedFor.set(b.editor, new Set());
  preloadEngine(); // injected on demand: ask for it when a box gets focus
}

function update(ctx: FeatureContext, b: Box, force = false) {
  if (!b.editor.isConnected) return;
  if (b.lang !== ctx.lang()) {
    b.host?.destroy();
    b.host = undefined;
    b.lang = ctx.lang();
    force = true;
  }
  if (!b.host) mount(b);
  const text = b.source.read();
  if (text === b.last && !force) return;
  b.last = text;
  let fs: Finding[] = [];
  if (text.trim()) {
    try {
      fs = analyze({ text, surface: 'comment', post: b.postText || undefined, disabled: ctx.settings().disabledRules }).findings;
    } catch (err) {
      if (import.meta.env?.DEV) console.warn('[rapport] analyze', err);
    }
  }
  setAttr(b.host!.host, 'data-theme', themeAt(b.host!.host));
  const dismissed = dismissedFor.get(b.editor)!;
  renderHint(b, sortFindings(fs.filter((f) => RULES.includes(f.rule) && ctx.isRuleOn(f.rule) && !dismissed.has(f.rule))));
}

/** Comment boxes as a surface of the shared coach lifecycle: focus-driven, one at a time. */
export function commentSurface(ctx: FeatureContext): Surface<Box, Sent> & { force(): void } {
  let active: Box | null = null;
  return {
    single: true,
    enter(target) {
      const editor = commentEditorOf(target);
      if (!editor || editor === active?.editor) return null;
      const post = postOf(editor);
      active = { editor, source: editableSource(editor), post, postText: postTextFor(editor), lang: ctx.lang(), last: '\u0000' };
      return active;
    },
    alive: (b) => b.editor.isConnected,
    owns: (b, target) => b.editor.contains(target),
    textRoot: (b) => b.editor,
    peek: (b) => b.editor.textContent ?? '',
    render: (b) => update(ctx, b),
    submit(b, target) {
      const btn = target.closest<HTMLElement>('button, [role="button"]');
      if (!btn || (btn as HTMLButtonElement).disabled || btn.getAttribute('aria-disabled') === 'true') return null;
      if (btn !== commentSubmitOf(b.editor)) return null;
      const text = b.source.read();
      return text.trim() ? { key: keyOf('comment', text), count: posted(b) } : null;
    },
    // Sent: LinkedIn emptied the editor, or a new comment appeared under the post.
    confirm(b, s) {
      const emptied = b.editor.isConnected && !b.source.read().trim();
      if (emptied && b.host) update(ctx, b);
      return emptied || posted(b) > s.count ? 'sent' : 'wait';
    },
    record: (_b, s) => void send({ kind: 'record', type: 'comment', key: s.key }).then((r) => counted(ctx.lang(), r, 'comment')),
    retire(b) {
      b.host?.destroy();
      b.host = b.hint = undefined;
      if (active === b) active = null;
    },
    submitWindowMs: SUBMIT_WINDOW_MS,
    force() {
      if (active?.editor.isConnected) update(ctx, active, true);
    },
  };
}

export const commentFeature: Feature = {
  id: 'comment',
  init(ctx) {
    const surface = commentSurface(ctx);
    const life = createLifecycle(ctx, surface);
    const offReady = onEngineReady(() => whenIdle(() => surface.force()));
    ctx.onSettings(() => surface.force());
    return () => {
      offReady();
      life.destroy();
    };
  },
};
