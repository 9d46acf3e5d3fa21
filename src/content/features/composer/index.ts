/**
 * Post coach: while someone writes in LinkedIn's "Start a post" composer (Quill, in the light DOM
 * #artdeco-modal-outlet or in the #interop-outlet shadow root), a compact panel under the editor
 * lists the post.* findings, highlights point at the flagged words, and a marker shows where the
 * feed folds the post behind "…see more". Nothing in LinkedIn's editor or buttons is touched:
 * we only read the editor's text and listen to events.
 *
 * Records one `post` event when the composer closes right after a click on Post/Posten (not on
 * Dismiss/Discard, not when posting fails and the dialog stays, once for a double click).
 *
 * Test URLs: https://www.linkedin.com/feed/ ("Start a post"), practice page /rapport-practice/?stack=sdui|ember
 */
import type { Feature, FeatureContext } from '../../context';
import type { Finding, RuleId } from '../../../engine/types';
import { analyze, foldPoint, formatMessage, onEngineReady, preloadEngine } from '../../engine';
import { send } from '../../browser';
import { t } from '../../i18n';
import { COMMENT_FORM, COMPOSER_DIALOG, COMPOSER_EDITOR, COMPOSER_SUBMIT } from '../../linkedin/selectors';
import { eventTarget, queryAllDeep, queryIn, textOf } from '../../linkedin/roots';
import { mountHost, themeAt } from '../../ui/host';
import { setAttr } from '../../ui/dom';
import { createOverlay, editableSource, OVERLAY_CSS } from '../../ui/highlight';
import { createPanel, PANEL_CSS } from '../../ui/panel';
import { debounce, keyOf, marksOf, snippet, sortFindings, TEXT_EVENTS, whenIdle } from './util';

/** Idle time after the last keystroke before the text is analysed. */
export const DEBOUNCE_MS = 150;
/** A Post click counts as publishing when the composer closes within this time. */
const PUBLISH_WINDOW_MS = 20_000;

export interface Composer {
  dialog: Element;
  editor: HTMLElement;
}

/** The open post composer, if any (never a comment box: the Ember comment editor has the same aria-label). */
export function findComposer(doc: Document = document): Composer | null {
  for (const dialog of queryAllDeep(COMPOSER_DIALOG, doc)) {
    const editor = queryIn<HTMLElement>(dialog, COMPOSER_EDITOR);
    // a dialog that only holds an Ember comment form (e.g. an image viewer) is not the composer
    if (editor && !editor.closest(COMMENT_FORM[0])) return { dialog, editor };
  }
  return null;
}

/** Is `btn` the dialog's Post button? The known class when the dialog has it, else the label ("Post" / "Posten"). */
function isPostButton(dialog: Element, btn: Element): boolean {
  const known = queryIn(dialog, COMPOSER_SUBMIT);
  if (known) return known === btn || known.contains(btn);
  return /^(post|posten)$/i.test(textOf(btn)); // label fallback
}

interface Pending {
  at: number;
  key: string;
}

export interface ComposerCoach {
  readonly editor: HTMLElement;
  readonly dialog: Element;
  readonly lang: string;
  pending: Pending | null;
  /** Runs the analysis now (tests; normally debounced after input); `force` also when the text is unchanged. */
  check(force?: boolean): void;
  /** The DOM changed somewhere: re-check after the debounce (edits without input events, e.g. undo). */
  poke(): void;
  destroy(): void;
}

let collapsedPref = false;

/** Fits the shared panel under the composer's editor (it is made for the invitation dialog's margins). */
const LOCAL_CSS = `.rp{margin:8px 0 4px}.list{max-height:min(30vh,200px);overflow:auto}`;

export function attachComposer(ctx: FeatureContext, c: Composer): ComposerCoach {
  const { editor, dialog } = c;
  const lang = ctx.lang();
  const source = editableSource(editor);
  const anchor = editor.closest('.ql-container, .editor-container') ?? editor.parentElement ?? editor;
  const host = mountHost(
    'post',
    dialog,
    (h) => (anchor === editor ? editor.after(h) : anchor.after(h)),
    PANEL_CSS + OVERLAY_CSS + LOCAL_CSS,
  );
  const overlay = createOverlay(host.root, source, { foldLabel: t(lang, 'composer_fold_tag') });
  let last = '\u0000';
  let findings: Finding[] = [];
  let fold: number | null = null;
  let text = '';

  const draw = () => {
    if (panel.collapsed) overlay.draw([], null);
    else {
      // post.hook: underline only the part of the first line that falls behind "…see more"
      const marks = marksOf(findings.filter((f) => !panel.muted.has(f.rule))).map((m) => (m.id === 'post.hook' && fold !== null && m.start < fold && fold < m.end ? { ...m, start: fold } : m));
      overlay.draw(marks, fold);
    }
  };
  const panel = createPanel(host.root, {
    lang: () => lang,
    collapsed: collapsedPref,
    onCollapse: (v) => {
      collapsedPref = v;
      draw();
    },
    onMute: draw,
  });
  // Hovering or focusing a finding emphasises its words in the editor.
  const hover = (ev: Event) => {
    const item = (ev.target as Element | null)?.closest?.('li');
    overlay.emphasize(item?.querySelector('[data-rapport-rule]')?.getAttribute('data-rapport-rule') ?? null);
  };
  panel.element.addEventListener('mouseover', hover);
  panel.element.addEventListener('focusin', hover);
  panel.element.addEventListener('mouseleave', () => overlay.emphasize(null));

  function update(force = false) {
    if (!editor.isConnected) return;
    text = source.read();
    if (text === last && !force) return overlay.reposition();
    last = text;
    const disabled = ctx.settings().disabledRules;
    let res: Finding[] = [];
    fold = null;
    if (text.trim()) {
      try {
        res = analyze({ text, surface: 'post', disabled }).findings;
        const p = foldPoint(text);
        if (p > 0 && p < text.trimEnd().length) fold = p;
      } catch (err) {
        if (import.meta.env?.DEV) console.warn('[rapport] analyze', err);
      }
    }
    findings = sortFindings(res.filter((f) => f.rule.startsWith('post.') && ctx.isRuleOn(f.rule as RuleId)));
    setAttr(host.host, 'data-theme', themeAt(host.host));
    panel.update({
      items: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: formatMessage(f.messageId, f.params ?? {}, lang),
        snippet: snippet(text, f) || undefined,
      })),
      good: text.trim() ? t(lang, 'composer_ok') : null,
    });
    draw();
  }

  const later = debounce(update, DEBOUNCE_MS);
  const ac = new AbortController();
  const opt = { signal: ac.signal, passive: true } as const;
  for (const ev of TEXT_EVENTS) editor.addEventListener(ev, later.run, opt);
  preloadEngine(); // the engine is injected on demand: ask for it as soon as the composer opens
  update(true);

  const coach: ComposerCoach = {
    editor,
    dialog,
    lang,
    pending: null,
    check: (force) => update(force),
    poke: later.soon,
    destroy() {
      later.cancel();
      ac.abort();
      overlay.destroy();
      panel.destroy();
      host.destroy();
    },
  };

  // Post clicks (capture, on the document: composedPath reaches into the interop shadow root).
  ctx.doc.addEventListener(
    'click',
    (ev) => {
      try {
        const btn = eventTarget(ev)?.closest('button, [role="button"]');
        if (!btn || !dialog.contains(btn)) return;
        if (isPostButton(dialog, btn)) {
          const now = source.read();
          if (now.trim() && !(btn as HTMLButtonElement).disabled && btn.getAttribute('aria-disabled') !== 'true') {
            coach.pending = { at: Date.now(), key: keyOf('post', now) };
          }
        } else coach.pending = null; // Dismiss, emoji, media…: whatever was pending did not publish
      } catch {
        /* never into the page */
      }
    },
    { capture: true, signal: ac.signal },
  );
  return coach;
}

export const composerFeature: Feature = {
  id: 'composer',
  init(ctx) {
    let coach: ComposerCoach | null = null;
    const scan = () => {
      if (coach && coach.editor.isConnected && coach.dialog.isConnected) return coach.poke();
      const found = findComposer(ctx.doc);
      if (coach) {
        const pending = coach.pending;
        coach.destroy();
        coach = null;
        if (!found && pending && Date.now() - pending.at < PUBLISH_WINDOW_MS) {
          void send({ kind: 'record', type: 'post', key: pending.key });
        }
        if (found) {
          coach = attachComposer(ctx, found);
          coach.pending = pending; // LinkedIn re-rendered the editor: same draft
        }
        return;
      }
      if (found) coach = attachComposer(ctx, found);
    };
    const off = ctx.watch.subscribe(scan);
    // The engine arrived (after the composer opened): analyse the text that is already there.
    const offReady = onEngineReady(() => whenIdle(() => coach?.check(true)));
    ctx.onSettings(() => {
      if (!coach) return;
      if (coach.lang === ctx.lang()) return coach.check(true);
      const pending = coach.pending;
      coach.destroy();
      coach = coach.editor.isConnected ? attachComposer(ctx, coach) : null;
      if (coach) coach.pending = pending;
    });
    return () => {
      off();
      offReady();
      coach?.destroy();
      coach = null;
    };
  },
};
