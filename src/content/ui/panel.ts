/**
 * The findings panel: a small, calm list of what Rapport noticed, drawn inside one of our
 * shadow-root hosts (./host.ts) next to LinkedIn's field. Shared by the invitation coach and the
 * post/comment coach. Plain DOM through el() (text only, never markup); no framework.
 *
 * Contract (CONTRACT.md §2): every finding is an element carrying `data-rapport-rule="<rule id>"`
 * whose text is exactly the message. Notes that are not rule findings (quota, length) carry
 * `data-rapport-note="<name>"` instead. The list sits in an `aria-live="polite"` region and is
 * updated by key, so a screen reader hears new findings once, not the whole list per keystroke.
 * With nothing to say the panel folds to zero size (`data-empty`), yet stays in the accessibility tree.
 *
 * Usage:
 *   const host = mountHost('invite', dialog, (h) => dialog.insertBefore(h, actionbar), PANEL_CSS);
 *   const panel = createPanel(host.root, { lang: () => ctx.lang(), onDismiss: () => host.host.remove() });
 *   panel.update({ items: [{ rule: 'invite.generic', severity: 'warning', message, snippet }], good: 'Looks personal.' });
 */
import type { Lang, Severity } from '../../engine/types';
import { t } from '../i18n';
import { el, setAttr, setHidden, setText } from './dom';

export interface PanelItem {
  /** Rule id for engine findings: rendered as data-rapport-rule. */
  rule?: string;
  /** Name of a note that is not a rule finding (data-rapport-note), e.g. 'notes-left'. */
  note?: string;
  severity: Severity;
  /** One short sentence in the UI language: the element's whole text. */
  message: string;
  /** Optional one-line reason or advice under the message. */
  detail?: string;
  /** Optional flagged words, shown quoted. */
  snippet?: string;
}

export interface PanelView {
  items: PanelItem[];
  /** Quiet state when there are no items (e.g. "Looks personal."); null/undefined: the panel hides. */
  good?: string | null;
}

export interface PanelOptions {
  /** UI language (read on every update). */
  lang: () => Lang;
  /** The person closed the panel (the caller remembers it, per dialog / per field). */
  onDismiss?: () => void;
  onCollapse?: (collapsed: boolean) => void;
  collapsed?: boolean;
}

export interface Panel {
  readonly element: HTMLElement;
  update(view: PanelView): void;
  setCollapsed(collapsed: boolean): void;
  readonly collapsed: boolean;
  readonly dismissed: boolean;
  /** Removes the panel's element (not the host). */
  destroy(): void;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const PANEL_CSS = `
.rp { font-family: var(--artdeco-reset-typography-font-family-sans, -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, "Oxygen Sans", Cantarell, "Droid Sans", Arial, sans-serif);
  margin: 0 24px 12px; padding: 8px 8px 8px 12px; border: 1px solid var(--r-border); border-radius: 8px; background: var(--r-bg);
  color: var(--r-fg); font-size: 14px; line-height: 20px; }
.rp[data-empty] { height: 0; margin: 0; padding: 0; border: 0; overflow: hidden; }
.head { display: flex; align-items: center; gap: 8px; min-height: 24px; }
.title { font-size: 12px; font-weight: 600; letter-spacing: .02em; color: var(--r-muted); }
.summary { font-size: 12px; color: var(--r-muted); }
.status { flex: 1; min-width: 0; }
.good { display: flex; align-items: center; gap: 8px; color: var(--r-fg); }
.icon { width: 24px; height: 24px; border: 0; border-radius: 50%; background: transparent; color: var(--r-muted); padding: 0;
  display: inline-grid; place-items: center; font-size: 16px; line-height: 1; }
.icon:hover { background: var(--r-hover); color: var(--r-fg); }
.icon svg { width: 16px; height: 16px; fill: currentColor; }
.collapse[aria-expanded="false"] svg { transform: rotate(-90deg); }
.list { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 6px; }
.list:empty { margin: 0; }
.item { display: grid; grid-template-columns: 8px 1fr; column-gap: 10px; align-items: start; }
.dot { width: 8px; height: 8px; border-radius: 50%; margin-top: 6px; background: var(--r-info); }
.item[data-severity="error"] .dot { background: var(--r-err); }
.item[data-severity="warning"] .dot { background: var(--r-warn-dot); }
.good .dot { background: var(--r-ok); margin-top: 0; }
.msg { display: inline; }
.snip, .detail { display: block; font-size: 13px; line-height: 18px; color: var(--r-muted); }
.snip { font-style: italic; overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:host { --r-hover: rgba(0,0,0,.08); --r-warn-dot: #e7a33e; }
:host([data-theme="dark"]) { --r-hover: rgba(255,255,255,.1); --r-warn-dot: #e7a33e; }
`;

const svg = (d: string): SVGSVGElement => {
  const ns = 'http://www.w3.org/2000/svg';
  const s = document.createElementNS(ns, 'svg');
  s.setAttribute('viewBox', '0 0 16 16');
  s.setAttribute('aria-hidden', 'true');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', d);
  s.append(p);
  return s;
};
const CHEVRON = 'M8 11 3 6l1-1 4 4 4-4 1 1z';
const CROSS = 'M13 4.1 11.9 3 8 6.9 4.1 3 3 4.1 6.9 8 3 11.9 4.1 13 8 9.1l3.9 3.9 1.1-1.1L9.1 8z';

const keyOf = (i: PanelItem) => `${i.rule ?? ''}|${i.note ?? ''}|${i.severity}|${i.message}|${i.snippet ?? ''}|${i.detail ?? ''}`;

export function createPanel(root: ShadowRoot, opts: PanelOptions): Panel {
  let collapsed = Boolean(opts.collapsed);
  let dismissed = false;
  let view: PanelView = { items: [] };

  const title = el('span', { class: 'title' }, 'Rapport');
  const summary = el('span', { class: 'summary' });
  const goodText = el('span', {});
  const good = el('span', { class: 'good', 'data-rapport-state': 'good', hidden: true }, el('span', { class: 'dot', 'aria-hidden': 'true' }), goodText);
  // Two polite live regions: the quiet state in the header line, the findings in the list.
  const status = el('span', { class: 'status', 'aria-live': 'polite' }, good);
  const list = el('ul', { class: 'list', role: 'list', 'aria-live': 'polite', 'aria-relevant': 'additions text' });
  const collapseBtn = el('button', { class: 'icon collapse', type: 'button', 'aria-expanded': 'true' });
  collapseBtn.append(svg(CHEVRON));
  const closeBtn = el('button', { class: 'icon close', type: 'button' });
  closeBtn.append(svg(CROSS));
  const head = el('div', { class: 'head' }, title, summary, status, collapseBtn, closeBtn);
  const element = el('section', { class: 'rp', hidden: true }, head, list);

  collapseBtn.addEventListener('click', () => {
    setCollapsed(!collapsed);
    opts.onCollapse?.(collapsed);
  });
  closeBtn.addEventListener('click', () => {
    dismissed = true;
    element.hidden = true;
    opts.onDismiss?.();
  });
  root.append(element);

  function renderItem(i: PanelItem, lang: Lang): HTMLLIElement {
    const msg = el('span', { class: 'msg', 'data-rapport-rule': i.rule, 'data-rapport-note': i.rule ? null : (i.note ?? 'note') }, i.message);
    return el(
      'li',
      { class: 'item', 'data-severity': i.severity, 'data-key': keyOf(i) },
      el('span', { class: 'dot', 'aria-hidden': 'true' }),
      el(
        'div',
        {},
        el('span', { class: 'sr' }, t(lang, `panel_severity_${i.severity}`) + ': '),
        msg,
        i.snippet ? el('q', { class: 'snip' }, i.snippet) : null,
        i.detail ? el('span', { class: 'detail' }, i.detail) : null,
      ),
    );
  }

  function render() {
    const lang = opts.lang();
    const items = [...view.items].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    // Nothing to say: the panel folds to zero size but stays in the accessibility tree, so its live
    // regions exist before the first finding arrives (a region that appears together with its
    // content is often not announced). Dismissed: gone.
    setHidden(element, dismissed);
    setAttr(element, 'data-empty', items.length === 0 && !view.good ? '' : null);
    setAttr(element, 'aria-label', t(lang, 'panel_region'));
    const collapseLabel = t(lang, collapsed ? 'panel_expand' : 'panel_collapse');
    setAttr(collapseBtn, 'aria-label', collapseLabel);
    setAttr(collapseBtn, 'title', collapseLabel);
    setAttr(collapseBtn, 'aria-expanded', String(!collapsed));
    const closeLabel = t(lang, 'panel_dismiss');
    setAttr(closeBtn, 'aria-label', closeLabel);
    setAttr(closeBtn, 'title', closeLabel);
    const isGood = items.length === 0 && Boolean(view.good);
    setAttr(element, 'data-state', isGood ? 'good' : 'findings');
    // Quiet state: one line, no count, nothing to collapse.
    setHidden(good, !isGood);
    setText(goodText, isGood ? (view.good ?? '') : '');
    setHidden(summary, isGood);
    setHidden(collapseBtn, isGood);
    setText(summary, items.length === 1 ? t(lang, 'panel_count_one') : t(lang, 'panel_count', items.length));
    setHidden(list, collapsed);
    // Update the list by key: unchanged findings stay the same nodes (no repeated announcements).
    const want = items.map(keyOf);
    const have = new Map<string, Element>();
    for (let li = list.firstElementChild; li; ) {
      const next = li.nextElementSibling;
      const k = li.getAttribute('data-key') ?? '';
      if (!want.includes(k) || have.has(k)) li.remove();
      else have.set(k, li);
      li = next;
    }
    let prev: Element | null = null;
    items.forEach((item, idx) => {
      const k = want[idx]!;
      const node = have.get(k) ?? renderItem(item, lang);
      have.set(k, node);
      const expected: Element | null = prev ? prev.nextElementSibling : list.firstElementChild;
      if (expected !== node) list.insertBefore(node, expected);
      prev = node;
    });
  }

  function setCollapsed(c: boolean) {
    collapsed = c;
    render();
  }

  return {
    element,
    update(v) {
      view = v;
      render();
    },
    setCollapsed,
    get collapsed() {
      return collapsed;
    },
    get dismissed() {
      return dismissed;
    },
    destroy() {
      element.remove();
    },
  };
}
