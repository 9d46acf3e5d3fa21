/**
 * Post coach: while someone writes in LinkedIn's "Start a post" composer, a compact panel under
 * the editor lists the post.* findings, highlights point at the flagged words, and a marker shows
 * where the feed folds the post behind "…see more". Two composers are served at once
 * (docs/linkedin-dom.md §2): Quill in an artdeco `role=dialog` (light DOM or the #interop-outlet
 * shadow root), and TipTap in a native `<dialog open>` keyed `ShareBox_textEditor`. Nothing in
 * LinkedIn's editor or buttons is touched: we only read the editor's text and listen to events.
 *
 * Records one `post` event when the composer closes after the person's own click on Post/Posten
 * (not on Dismiss/Discard, not when posting fails and the dialog stays, once for a double click).
 *
 * Surface description for the shared lifecycle: src/content/coach/lifecycle.ts.
 * Fixtures: tests/fixtures/linkedin/composer-*.html.
 */
import type { Feature, FeatureContext } from '../../context';
import type { Finding, RuleId } from '../../../engine/types';
import { analyze, foldPoint, formatMessage, onEngineReady, preloadEngine } from '../../engine';
import { send } from '../../browser';
import { t } from '../../i18n';
import { COMMENT_BOX, COMPOSER_DIALOG, COMPOSER_EDITOR, COMPOSER_SUBMIT, POST_LABELS } from '../../linkedin/selectors';
import { queryAllDeep, queryIn, textOf } from '../../linkedin/roots';
import { mountHost, themeAt, type Host } from '../../ui/host';
import { recognised } from '../../health';
import { setAttr } from '../../ui/dom';
import { createOverlay, editableSource, OVERLAY_CSS, type Overlay, type TextSource } from '../../ui/highlight';
import { createPanel, PANEL_CSS, type Panel } from '../../ui/panel';
import { counted } from '../../ui/toast';
import { createLifecycle, whenIdle, type Surface } from '../../coach/lifecycle';
import { isOpen, keyOf, marksOf, snippet, sortFindings } from '../../coach/util';

/** A Post click counts as publishing when the composer closes within this time. */
const PUBLISH_WINDOW_MS = 20_000;

export interface Composer {
  dialog: Element;
  editor: HTMLElement;
}

/** The open post composer, if any (never a comment box: the Ember comment editor has the same aria-label). */
export function findComposer(doc: Document = document): Composer | null {
  for (const dialog of queryAllDeep(COMPOSER_DIALOG, doc)) {
    if (!isOpen(dialog)) continue;
    const editor = queryIn<HTMLElement>(dialog, COMPOSER_EDITOR);
    // a dialog that only holds an Ember comment form (e.g. an image viewer) is not the composer
    if (editor && !editor.closest(COMMENT_BOX[0])) return { dialog, editor };
  }
  return null;
}

/**
 * Is `btn` the dialog's Post button? The known class when the dialog has it; else its text
 * ("Post" / "Posten"); else, in another language, the dialog's only button holding text and no icon.
 */
export function isPostButton(dialog: Element, btn: Element): boolean {
  const known = queryIn(dialog, COMPOSER_SUBMIT);
  if (known) return known === btn || known.contains(btn);
  const label = textOf(btn);
  if (POST_LABELS.includes(label)) return true;
  if (!label || btn.querySelector('svg, img') || btn.hasAttribute('aria-label')) return false;
  const textOnly = [...dialog.querySelectorAll('button')].filter((b) => textOf(b) && !b.querySelector('svg, img') && !b.hasAttribute('aria-label'));
  return textOnly.length === 1 && textOnly[0] === btn;
}

interface Box extends Composer {
  lang: string;
  source: TextSource;
  host?: Host;
  panel?: Panel;
  overlay?: Overlay;
  last: string;
  findings: Finding[];
  fold: number | null;
  /** What the panel shows now (skip identical updates while typing). */
  panelSig?: string;
}

let collapsedPref = false;

/** Fits the shared panel under the composer's editor (it is made for the invitation dialog's margins). */
const LOCAL_CSS = `.rp{margin:8px 0 4px}.list{max-height:min(30vh,200px);overflow:auto}`;

function draw(b: Box) {
  const { panel, overlay, findings, fold } = b;
  if (!panel || !overlay) return;
  if (panel.collapsed) overlay.draw([], null);
  else {
    // post.hook: underline only the part of the first line that falls behind "…see more"
    const marks = marksOf(findings.filter((f) => !panel.muted.has(f.rule))).map((m) => (m.id === 'post.hook' && fold !== null && m.start < fold && fold < m.end ? { ...m, start: fold } : m));
    overlay.draw(marks, fold);
  }
}

function mount(ctx: FeatureContext, b: Box) {
  const { editor, dialog } = b;
  const anchor = editor.closest('.ql-container, .editor-container') ?? editor.parentElement ?? editor;
  const host = mountHost('post', dialog, (h) => (anchor === editor ? editor.after(h) : anchor.after(h)), PANEL_CSS + OVERLAY_CSS + LOCAL_CSS);
  recognised('composer', editor);
  const overlay = createOverlay(host.root, b.source, { foldLabel: t(b.lang as 'en' | 'de', 'composer_fold_tag') });
  const panel = createPanel(host.root, {
    lang: () => b.lang as 'en' | 'de',
    collapsed: collapsedPref,
    onCollapse: (v) => {
      collapsedPref = v;
      draw(b);
    },
    onMute: () => draw(b),
  });
  // Hovering or focusing a finding emphasises its words in the editor.
  const hover = (ev: Event) => {
    const item = (ev.target as Element | null)?.closest?.('li');
    overlay.emphasize(item?.querySelector('[data-rapport-rule]')?.getAttribute('data-rapport-rule') ?? null);
  };
  panel.element.addEventListener('mouseover', hover);
  panel.element.addEventListener('focusin', hover);
  panel.element.addEventListener('mouseleave', () => overlay.emphasize(null));
  Object.assign(b, { host, overlay, panel });
  preloadEngine(); // the engine is injected on demand: ask for it as soon as the composer opens
}

/** Reads the text and, when it changed (or `force`), analyses it and redraws. */
function update(ctx: FeatureContext, b: Box, force = false) {
  if (!b.editor.isConnected) return;
  if (ctx.lang() !== b.lang && b.host) {
    retire(b); // the UI language changed: draw afresh
    b.lang = ctx.lang();
    force = true;
  }
  if (!b.host) mount(ctx, b);
  const text = b.source.read();
  if (text === b.last && !force) return b.overlay!.reposition();
  b.last = text;
  let res: Finding[] = [];
  b.fold = null;
  if (text.trim()) {
    try {
      res = analyze({ text, surface: 'post', disabled: ctx.settings().disabledRules }).findings;
      const p = foldPoint(text);
      if (p > 0 && p < text.trimEnd().length) b.fold = p;
    } catch (err) {
      if (import.meta.env?.DEV) console.warn('[rapport] analyze', err);
    }
  }
  b.findings = sortFindings(res.filter((f) => f.rule.startsWith('post.') && ctx.isRuleOn(f.rule as RuleId)));
  const lang = b.lang as 'en' | 'de';
  setAttr(b.host!.host, 'data-theme', themeAt(b.host!.host));
  const view = {
    items: b.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: formatMessage(f.messageId, f.params ?? {}, lang),
      snippet: snippet(text, f) || undefined,
    })),
    good: text.trim() ? t(lang, 'composer_ok') : null,
  };
  // Typing mostly leaves the panel as it was: redraw it only when what it says changed.
  const sig = JSON.stringify(view);
  if (sig !== b.panelSig || force) b.panel!.update(view);
  b.panelSig = sig;
  draw(b);
}

function retire(b: Box) {
  b.overlay?.destroy();
  b.panel?.destroy();
  b.host?.destroy();
  b.host = b.panel = b.overlay = undefined;
  b.panelSig = undefined;
}

/** The composer as a surface of the shared coach lifecycle. */
export function composerSurface(ctx: FeatureContext): Surface<Box, { key: string }> & { force(): void } {
  let current: Box | null = null;
  const boxes = new Set<Box>();
  return {
    find() {
      const found = findComposer(ctx.doc);
      if (!found) return [];
      if (current?.editor !== found.editor || current.dialog !== found.dialog) {
        current = { ...found, lang: ctx.lang(), source: editableSource(found.editor), last: '\u0000', findings: [], fold: null };
      }
      boxes.add(current);
      return [current];
    },
    alive: (b) => b.editor.isConnected && isOpen(b.dialog),
    owns: (b, target) => b.editor.contains(target),
    textRoot: (b) => b.editor,
    peek: (b) => b.editor.textContent ?? '',
    render: (b) => update(ctx, b),
    submit(b, target) {
      const btn = target.closest('button, [role="button"]');
      if (!btn || !b.dialog.contains(btn)) return null;
      if (!isPostButton(b.dialog, btn)) return 'cancel'; // Dismiss, emoji, media…: whatever was pending did not publish
      const text = b.source.read();
      if (!text.trim() || (btn as HTMLButtonElement).disabled || btn.getAttribute('aria-disabled') === 'true') return null;
      return { key: keyOf('post', text) };
    },
    // Published: the composer closed (removed, or a native <dialog> no longer open). Still open: wait.
    confirm: (b) => (isOpen(b.dialog) ? 'wait' : 'sent'),
    record: (_b, s) => void send({ kind: 'record', type: 'post', key: s.key }).then((r) => counted(ctx.lang(), r, 'post')),
    retire(b) {
      retire(b);
      boxes.delete(b);
      if (current === b) current = null;
    },
    submitWindowMs: PUBLISH_WINDOW_MS,
    force() {
      for (const b of boxes) if (b.editor.isConnected) update(ctx, b, true);
    },
  };
}

export const composerFeature: Feature = {
  id: 'composer',
  init(ctx) {
    const surface = composerSurface(ctx);
    const life = createLifecycle(ctx, surface);
    // The engine arrived (after the composer opened), or the settings changed: analyse again.
    const offReady = onEngineReady(() => whenIdle(() => surface.force()));
    ctx.onSettings(() => surface.force());
    return () => {
      offReady();
      life.destroy();
    };
  },
};
