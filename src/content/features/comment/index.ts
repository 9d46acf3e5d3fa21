/**
 * Comment coach: a small inline hint under the focused comment box for `comment.generic` and
 * `comment.sales-pitch`, judged against the post being answered. A page holds many comment boxes
 * (React feed: TipTap, lazily rendered after "Comment"; Ember: Quill in
 * form.comments-comment-box__form). Nothing is mounted for a box until it is focused (a delegated
 * focusin listener, pointerdown as fallback), and only the focused box is coached and read.
 *
 * Records one `comment` event when a submitted comment goes through: the editor is emptied by
 * LinkedIn after a submit (click on the submit button, form submit) or a new comment appears under
 * the post. A failed or abandoned attempt records nothing (also when the person then deletes the
 * text by hand); a double click records once.
 *
 * Test URLs: https://www.linkedin.com/feed/ (React TipTap), https://www.linkedin.com/feed/update/urn:li:activity:…/ (Ember Quill)
 */
import type { Feature, FeatureContext } from '../../context';
import type { Finding, RuleId } from '../../../engine/types';
import { analyze, formatMessage, onEngineReady, preloadEngine } from '../../engine';
import { send } from '../../browser';
import { t } from '../../i18n';
import { COMMENT_EDITOR, COMMENT_FORM, COMMENT_SUBMIT, COMPOSER_DIALOG, POST_CONTAINER, POST_TEXT } from '../../linkedin/selectors';
import { closestDeep, eventTarget, queryIn, textOf } from '../../linkedin/roots';
import { mountHost, themeAt } from '../../ui/host';
import { recognised } from '../../health';
import { el, setAttr } from '../../ui/dom';
import { editableSource } from '../../ui/highlight';
import { debounce, keyOf, sortFindings, TEXT_EVENTS, whenIdle } from '../composer/util';
import { DEBOUNCE_MS } from '../composer';

const RULES: readonly RuleId[] = ['comment.generic', 'comment.sales-pitch'];
const SUBMIT_WINDOW_MS = 15_000;
/** Posted comments under a post, both stacks (LINKEDIN-DOM §3). */
const POSTED = [
  'article.comments-comment-entity', // Ember
  '[componentkey^="replaceableComment_"]', // React feed
  '.comments-comment-item', // older Ember
];

const CSS = `
:host{margin:0}
.ch{display:flex;gap:7px;align-items:flex-start;margin:6px 0 2px;padding:5px 4px 5px 8px;border-radius:8px;font-size:12.5px;line-height:1.35;background:var(--r-info-bg);border:1px solid color-mix(in srgb,var(--r-info) 30%,transparent)}
.ch.warning{background:var(--r-warn-bg);border-color:color-mix(in srgb,var(--r-warn) 35%,transparent)}
.ch-i{flex:none;width:16px;height:16px;margin-top:1px;border-radius:4px;background:var(--r-accent);color:#fff;font:700 10px/16px system-ui,sans-serif;text-align:center}
.ch-m{flex:1;min-width:0;display:grid;gap:2px}
.ch-x{flex:none;border:0;background:none;color:var(--r-muted);width:20px;height:20px;border-radius:50%;font-size:14px;line-height:1;padding:0}
.ch-x:hover{background:color-mix(in srgb,var(--r-fg) 10%,transparent);color:var(--r-fg)}
`;

/** The comment editor an element belongs to (never the post composer's editor). */
export function commentEditorOf(target: Element | null): HTMLElement | null {
  const editor = target?.closest<HTMLElement>('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
  if (!editor) return null;
  let match = false;
  for (const sel of COMMENT_EDITOR) {
    try {
      if (editor.matches(sel)) {
        match = true;
        break;
      }
    } catch {
      /* unparsable here */
    }
  }
  if (!match) return null;
  // a comment form wins; otherwise it must not sit in the sharebox dialog
  if (editor.closest('form.comments-comment-box__form, [data-testid="ui-core-tiptap-text-editor-wrapper"]')) return editor;
  return COMPOSER_DIALOG.slice(0, 2).some((s) => closestDeep(editor, s)) ? null : editor;
}

function closestOf(start: Element, sels: readonly string[]): Element | null {
  for (const s of sels) {
    const hit = closestDeep(start, s);
    if (hit) return hit;
  }
  return null;
}

/** The text of the post a comment box answers ('' when it cannot be found). */
export function postTextFor(editor: Element): string {
  const post = closestOf(editor, POST_CONTAINER);
  return post ? textOf(queryIn(post, POST_TEXT)) : '';
}

export interface CommentCoach {
  readonly editor: HTMLElement;
  readonly host: HTMLElement;
  readonly lang: string;
  /** Re-reads after DOM changes: publishes a pending submit once it went through. */
  poll(): void;
  /** A submit is waiting to be confirmed. */
  readonly pending: boolean;
  /** Removes the hint and stops coaching, but keeps watching a pending submit. */
  retire(): void;
  /** Analyses now; `force` also when the text is unchanged (settings changed). */
  check(force?: boolean): void;
  destroy(): void;
}

/** Rules the person dismissed for a box stay dismissed while the box lives. */
const dismissedFor = new WeakMap<Element, Set<string>>();

export function attachComment(ctx: FeatureContext, editor: HTMLElement): CommentCoach {
  const lang = ctx.lang();
  const form = closestOf(editor, COMMENT_FORM) ?? editor.parentElement ?? editor;
  const post = closestOf(editor, POST_CONTAINER);
  const postText = post ? textOf(queryIn(post, POST_TEXT)) : '';
  const host = mountHost('comment', form.parentElement ?? form, (h) => form.after(h), CSS);
  recognised('comment', editor);
  const source = editableSource(editor);
  const box = el('div', { class: 'ch', role: 'status', 'aria-live': 'polite', hidden: true });
  host.root.append(box);
  let dismissed = dismissedFor.get(editor);
  if (!dismissed) dismissedFor.set(editor, (dismissed = new Set()));
  let last = '\u0000';
  let pending: { at: number; key: string; count: number } | null = null;

  const posted = () => (post ? post.querySelectorAll(POSTED.join(',')).length : 0);

  function render(fs: readonly Finding[]) {
    if (!fs.length) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
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
            fs.forEach((f) => dismissed!.add(f.rule));
            render([]);
          },
        },
        '×',
      ),
    );
    box.hidden = false;
  }

  let off = false;
  function update(force = false) {
    if (off || !editor.isConnected) return;
    const text = source.read();
    if (text === last && !force) return;
    last = text;
    let fs: Finding[] = [];
    if (text.trim()) {
      try {
        fs = analyze({ text, surface: 'comment', post: postText || undefined, disabled: ctx.settings().disabledRules }).findings;
      } catch (err) {
        if (import.meta.env?.DEV) console.warn('[rapport] analyze', err);
      }
    }
    setAttr(host.host, 'data-theme', themeAt(host.host));
    render(sortFindings(fs.filter((f) => RULES.includes(f.rule) && ctx.isRuleOn(f.rule) && !dismissed!.has(f.rule))));
  }

  const later = debounce(update, DEBOUNCE_MS);
  const ac = new AbortController();
  // The person editing again means a pending submit did not go through (LinkedIn clears the box
  // itself, without input events): deleting the text by hand after a failure records nothing.
  const edited = () => {
    pending = null;
    later.run();
  };
  for (const ev of TEXT_EVENTS) editor.addEventListener(ev, edited, { signal: ac.signal, passive: true });

  const arm = () => {
    const text = source.read();
    if (text.trim()) pending = { at: Date.now(), key: keyOf('comment', text), count: posted() };
  };
  // Submit by click or keyboard on the submit button (the Ember one exists only once there is text), or by form submit.
  ctx.doc.addEventListener(
    'click',
    (ev) => {
      try {
        const btn = eventTarget(ev)?.closest('button');
        if (!btn || !form.contains(btn) || btn.disabled || btn.getAttribute('aria-disabled') === 'true') return;
        const submit = queryIn(form, COMMENT_SUBMIT);
        if (submit === btn || btn.type === 'submit') arm();
      } catch {
        /* never into the page */
      }
    },
    { capture: true, signal: ac.signal },
  );
  ctx.doc.addEventListener('submit', (ev) => eventTarget(ev) === form && !pending && arm(), { capture: true, signal: ac.signal });

  const coach: CommentCoach = {
    editor,
    host: host.host,
    lang,
    poll() {
      if (!pending) return;
      if (Date.now() - pending.at > SUBMIT_WINDOW_MS) {
        pending = null;
        return;
      }
      const emptied = editor.isConnected && !source.read().trim();
      if (emptied || posted() > pending.count) {
        void send({ kind: 'record', type: 'comment', key: pending.key });
        pending = null;
        if (emptied) update();
      }
    },
    check: (force) => update(force),
    get pending() {
      return pending !== null;
    },
    retire() {
      off = true;
      later.cancel();
      host.destroy();
    },
    destroy() {
      later.cancel();
      ac.abort();
      host.destroy();
    },
  };
  preloadEngine(); // injected on demand: ask for it when a box gets focus
  update();
  return coach;
}

export const commentFeature: Feature = {
  id: 'comment',
  init(ctx) {
    let active: CommentCoach | null = null;
    const ac = new AbortController();
    const onEnter = (ev: Event) => {
      try {
        const t = eventTarget(ev);
        if (!t || (active && active.editor.contains(t))) return; // the common case: typing in the coached box
        const editor = commentEditorOf(t);
        if (!editor || editor === active?.editor) return;
        if (active) retire(active);
        active = attachComment(ctx, editor);
      } catch (err) {
        if (import.meta.env?.DEV) console.warn('[rapport] comment', err);
      }
    };
    // focusin is the signal; pointerdown covers windows that get no focus events (a browser
    // window without system focus, e.g. headless Firefox). No per-keystroke listener here.
    for (const type of ['focusin', 'pointerdown']) ctx.doc.addEventListener(type, onEnter, { capture: true, passive: true, signal: ac.signal });
    // Boxes left while their submit was still on its way (focus moved on at once): watched until it resolves.
    let retired: CommentCoach[] = [];
    const retire = (c: CommentCoach) => {
      c.poll();
      if (c.pending) {
        c.retire();
        retired.push(c);
      } else c.destroy();
    };
    const offReady = onEngineReady(() => whenIdle(() => active?.check(true)));
    const off = ctx.watch.subscribe(() => {
      if (retired.length) {
        retired.forEach((c) => c.poll());
        retired = retired.filter((c) => c.pending || (c.destroy(), false));
      }
      if (!active) return;
      active.poll();
      if (!active.editor.isConnected) {
        active.destroy();
        active = null;
      }
    });
    ctx.onSettings(() => {
      if (!active) return;
      if (active.lang === ctx.lang()) return active.check(true);
      const editor = active.editor;
      active.destroy();
      active = editor.isConnected ? attachComment(ctx, editor) : null;
    });
    return () => {
      ac.abort();
      off();
      offReady();
      active?.destroy();
      active = null;
      retired.forEach((c) => c.destroy());
      retired = [];
    };
  },
};
