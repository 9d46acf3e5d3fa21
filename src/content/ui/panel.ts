/**
 * The findings panel: a small, calm list of what Rapport noticed, drawn inside one of our
 * shadow-root hosts (./host.ts) next to LinkedIn's field. Shared by the invitation coach and the
 * post coach. Plain DOM through el() (text only, never markup); no framework.
 *
 * Contract (docs/contract.md §2): every finding is an element carrying `data-rapport-rule="<rule id>"`
 * whose text is exactly the message. Notes that are not rule findings (quota, length) carry
 * `data-rapport-note="<name>"` instead. The list sits in an `aria-live="polite"` region and is
 * updated by key, so a screen reader hears new findings once, not the whole list per keystroke.
 * With nothing to say the panel folds to zero size (`data-empty`), yet stays in the accessibility
 * tree; its buttons then leave the tab order.
 *
 * Saying less: the one or two findings that matter most (errors first), "+N more" for the rest;
 * one item per rule; a hook and a wall of text on the same opening are one item; a quote is shown
 * once. Each finding has a menu: "Not now" (this draft), "Turn off this rule" (with Undo),
 * "Why?" and "Settings". A finding that carries a fix offers it as a button; the caller applies it.
 *
 * Usage:
 *   const host = mountHost('invite', dialog, (h) => placeInDialog(h, dialog, actionbar, field), PANEL_CSS);
 *   const panel = createPanel(host.root, { lang: () => ctx.lang(), onFix: (fix) => applyNoteFix(field, fix) });
 *   panel.update({ items: [{ rule: 'invite.generic', severity: 'warning', message, snippet }], good: 'Looks personal.' });
 */
import type { Lang, Severity } from '../../engine/types';
import { t } from '../i18n';
import { openSettings, setRuleOn } from './actions';
import { el, setAttr, setHidden, setText } from './dom';

/** A replacement of [start, end) in the field's text, offered as a button and applied by the caller. */
export interface Fix {
  start: number;
  end: number;
  /** The text the fix replaces (nothing is changed when the field no longer holds it there). */
  was: string;
  text: string;
  /** The button's label in the UI language, e.g. 'Replace with "Anna"'. */
  label: string;
}

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
  /** Optional one-click fix (only offered when the panel has an `onFix`). */
  fix?: Fix;
}

export interface PanelView {
  items: PanelItem[];
  /** Quiet state when there are no items (e.g. "Looks personal."); null/undefined: the panel hides. */
  good?: string | null;
  /**
   * A plain line when there is nothing to judge yet (an empty note), in place of folding: the panel
   * keeps its place, so the first keystroke does not move the dialog's buttons.
   */
  hint?: string | null;
  /**
   * Keep one height while the content changes (the invitation's note step): the panel takes that
   * height from the first view on, findings scroll inside it, and LinkedIn's buttons below never
   * move while the person types. Without it the panel fits its content (and only grows while typing).
   */
  steady?: boolean;
  /** What Rapport looks for, shown while there is no finding (with `steady`, it fills the kept height). */
  tips?: { title: string; lines: readonly string[] };
}

export interface PanelOptions {
  /** UI language (read on every update). */
  lang: () => Lang;
  onCollapse?: (collapsed: boolean) => void;
  collapsed?: boolean;
  /**
   * Rules the person said "Not now" to in this draft. The caller may own the set (so it outlives
   * a panel re-created for the same draft) and reads it to leave those rules' marks out.
   */
  muted?: Set<string>;
  /** A rule was muted or unmuted (redraw marks). */
  onMute?: () => void;
  /** Applies a fix the person clicked. Without it, fixes are not offered. */
  onFix?: (fix: Fix) => void;
}

export interface Panel {
  readonly element: HTMLElement;
  update(view: PanelView): void;
  setCollapsed(collapsed: boolean): void;
  readonly collapsed: boolean;
  /** Rules hidden in this draft ("Not now", or just turned off). */
  readonly muted: ReadonlySet<string>;
  /** Removes the panel's element (not the host). */
  destroy(): void;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Findings shown before "+N more". */
export const SHOWN = 2;
/** Rules that point at the same block of text and are then said as one item: the first leads. */
const SAME_BLOCK: readonly (readonly string[])[] = [['post.hook', 'post.wall-of-text']];

export const PANEL_CSS = `
.rp { font-family: var(--artdeco-reset-typography-font-family-sans, -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, "Oxygen Sans", Cantarell, "Droid Sans", Arial, sans-serif);
  margin: 0 24px 12px; padding: 8px 8px 8px 12px; border: 1px solid var(--r-border); border-radius: 8px; background: var(--r-bg);
  color: var(--r-fg); font-size: 14px; line-height: 20px; }
:host([data-rapport-place="body"]) .rp:not([data-empty]) { margin: 12px 0 0; }
.rp[data-level="error"] { border-left: 4px solid var(--r-err); padding-left: 9px; }
.rp[data-steady] { display: flex; flex-direction: column; height: 196px; }
.rp[data-steady][data-collapsed] { height: auto; }
.rp[data-steady] .scroll { flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; margin-right: -4px; padding-right: 4px;
  /* shadows at an edge only where more of the list is hidden behind it (they scroll away with the content) */
  background: linear-gradient(var(--r-bg) 30%, transparent) center top / 100% 24px no-repeat local,
    linear-gradient(transparent, var(--r-bg) 70%) center bottom / 100% 24px no-repeat local,
    radial-gradient(farthest-side at 50% 0, var(--r-shade), transparent) center top / 100% 8px no-repeat scroll,
    radial-gradient(farthest-side at 50% 100%, var(--r-shade), transparent) center bottom / 100% 8px no-repeat scroll; }
.rp[data-empty] { height: 0; min-height: 0 !important; margin: 0; padding: 0; border: 0; overflow: hidden; }
.rp:lang(de) q { quotes: "«" "»" "‹" "›"; }
.rp:lang(en) q { quotes: "\\201C" "\\201D" "\\2018" "\\2019"; }
.head { display: flex; align-items: center; gap: 8px; min-height: 24px; }
.title { font-size: 12px; font-weight: 600; letter-spacing: .02em; color: var(--r-muted); }
.summary { font-size: 12px; color: var(--r-muted); }
.rp[data-level="error"] .summary { color: var(--r-err); font-weight: 600; }
.status { flex: 1; min-width: 0; }
.good { display: flex; align-items: center; gap: 8px; color: var(--r-fg); }
.hint { color: var(--r-muted); font-size: 13px; }
.icon { width: 24px; height: 24px; border: 0; border-radius: 50%; background: transparent; color: var(--r-muted); padding: 0;
  display: inline-grid; place-items: center; font-size: 16px; line-height: 1; flex: none; }
.icon:hover { background: var(--r-hover); color: var(--r-fg); }
.icon svg { width: 16px; height: 16px; fill: currentColor; }
.collapse[aria-expanded="false"] svg { transform: rotate(-90deg); }
.list { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 6px; }
.list:empty { margin: 0; }
.tips { margin: 6px 0 0; color: var(--r-muted); font-size: 13px; line-height: 20px; }
.tips p { margin: 0 0 4px; font-weight: 600; }
.tips ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.tips li { display: grid; grid-template-columns: 16px 1fr; column-gap: 8px; }
.tips li::before { content: ""; width: 4px; height: 4px; margin: 8px 0 0 6px; border-radius: 50%; background: currentColor; }
.item { display: grid; grid-template-columns: 16px 1fr 24px; column-gap: 8px; align-items: start; }
.sev { width: 16px; height: 16px; margin-top: 2px; fill: var(--r-info); fill-rule: evenodd; }
.item[data-severity="error"] .sev { fill: var(--r-err); }
.item[data-severity="warning"] .sev { fill: var(--r-warn); }
.good .sev { fill: var(--r-ok); margin-top: 0; }
.msg { display: inline; }
.also { display: block; }
.snip, .detail, .why { display: block; font-size: 13px; line-height: 18px; color: var(--r-muted); }
.snip { font-style: italic; overflow-wrap: anywhere; }
.why { margin: 4px 0 0; color: var(--r-fg); }
.acts { display: flex; flex-wrap: wrap; gap: 4px 6px; margin-top: 4px; }
.acts:empty { display: none; }
.btn { border: 1px solid var(--r-border); border-radius: 12px; background: var(--r-bg); color: var(--r-fg); font-size: 12px; line-height: 16px; padding: 3px 10px; }
.btn:hover { background: var(--r-hover); }
.btn.fix { border-color: var(--r-accent); color: var(--r-accent); font-weight: 600; }
.more { margin-top: -2px; }
.more-items, .link { border: 0; background: none; padding: 0; color: var(--r-accent); font-size: 12px; font-weight: 600; }
.more-items { margin: 4px 0 0 24px; }
.link { margin-left: 6px; text-decoration: underline; }
.notice { margin: 6px 0 0; font-size: 12px; color: var(--r-muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:host { --r-hover: rgba(0,0,0,.08); --r-shade: rgba(0,0,0,.22); }
:host([data-theme="dark"]) { --r-hover: rgba(255,255,255,.1); --r-shade: rgba(0,0,0,.7); }
`;

const NS = 'http://www.w3.org/2000/svg';
const svg = (d: string, cls?: string): SVGSVGElement => {
  const s = document.createElementNS(NS, 'svg');
  s.setAttribute('viewBox', '0 0 16 16');
  s.setAttribute('aria-hidden', 'true');
  if (cls) s.setAttribute('class', cls);
  const p = document.createElementNS(NS, 'path');
  p.setAttribute('d', d);
  s.append(p);
  return s;
};
const CHEVRON = 'M8 11 3 6l1-1 4 4 4-4 1 1z';
const DOTS = 'M3 6.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z';
/** One shape per level, so severity never rests on colour alone: a circled "!", a triangle, a circled "i"; a check for the quiet state. */
export const SEVERITY_ICON: Record<Severity | 'good', string> = {
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM7.1 4h1.8v5.2H7.1zm0 6.4h1.8v1.8H7.1z',
  warning: 'M8 1.2 15.3 14.5H.7zM7.1 6h1.8v4.2H7.1zm0 5.2h1.8v1.7H7.1z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM7.1 7h1.8v5H7.1zm0-3.2h1.8v1.8H7.1z',
  good: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.4 4.3 1.1 1.1-5.3 5.3-3.1-3.1 1.1-1.1 2 2z',
};

const keyOf = (i: PanelItem, also: PanelItem[]) =>
  [i.rule ?? '', i.note ?? '', i.severity, i.message, i.snippet ?? '', i.detail ?? '', i.fix ? `${i.fix.start}:${i.fix.end}:${i.fix.text}:${i.fix.label}` : '', ...also.map((a) => `${a.rule}:${a.message}`)].join('|');

interface Row {
  item: PanelItem;
  /** Findings said together with this one (same block). */
  also: PanelItem[];
  /** The quote, unless an earlier row already shows it. */
  snippet?: string;
  key: string;
}

/** What the panel shows, in order: muted rules out, one row per rule, same-block findings merged, each quote once. */
export function rowsOf(items: readonly PanelItem[], muted: ReadonlySet<string>): Row[] {
  const sorted = items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => !item.rule || !muted.has(item.rule))
    .sort((a, b) => ORDER[a.item.severity] - ORDER[b.item.severity] || a.i - b.i)
    .map(({ item }) => item);
  const rows: Row[] = [];
  const byRule = new Map<string, Row>();
  for (const item of sorted) {
    if (item.rule && byRule.has(item.rule)) continue; // several matches of one rule: one row (the marks show them all)
    const group = item.rule ? SAME_BLOCK.find((g) => g.includes(item.rule!)) : undefined;
    const partner = group && rows.find((r) => r.item.rule && r.item.rule !== item.rule && group.includes(r.item.rule) && r.item.snippet === item.snippet);
    if (partner) {
      partner.also.push(item);
      byRule.set(item.rule!, partner);
      continue;
    }
    const row: Row = { item, also: [], key: '' };
    rows.push(row);
    if (item.rule) byRule.set(item.rule, row);
  }
  const quoted = new Set<string>();
  for (const r of rows) {
    const s = r.item.snippet;
    if (s && !quoted.has(s)) {
      r.snippet = s;
      quoted.add(s);
    }
    r.key = keyOf({ ...r.item, snippet: r.snippet }, r.also);
  }
  return rows;
}

export function createPanel(root: ShadowRoot, opts: PanelOptions): Panel {
  let collapsed = Boolean(opts.collapsed);
  let expanded = false;
  const muted = opts.muted ?? new Set<string>();
  let view: PanelView = { items: [] };
  /** The rules just turned off from a finding's menu (the Undo line), if any: the first names them. */
  let turnedOff: string[] | null = null;

  const title = el('span', { class: 'title' }, 'Rapport');
  const summary = el('span', { class: 'summary' });
  const goodText = el('span', {});
  const good = el('span', { class: 'good', 'data-rapport-state': 'good', hidden: true }, svg(SEVERITY_ICON.good, 'sev'), goodText);
  const hint = el('span', { class: 'hint', 'data-rapport-state': 'hint', hidden: true });
  // Two polite live regions: the quiet state in the header line, the findings in the list.
  const status = el('span', { class: 'status', 'aria-live': 'polite' }, good, hint);
  const list = el('ul', { class: 'list', role: 'list', 'aria-live': 'polite', 'aria-relevant': 'additions text' });
  const collapseBtn = el('button', { class: 'icon collapse', type: 'button', 'aria-expanded': 'true' });
  collapseBtn.append(svg(CHEVRON));
  const head = el('div', { class: 'head' }, title, summary, status, collapseBtn);
  const moreBtn = el('button', { class: 'more-items', type: 'button', hidden: true });
  const notice = el('p', { class: 'notice', role: 'status', hidden: true });
  const tipsTitle = el('p', {});
  const tipsList = el('ul', { role: 'list' });
  const tips = el('div', { class: 'tips', 'data-rapport-state': 'tips', hidden: true }, tipsTitle, tipsList);
  // The list scrolls inside a steady panel; "+N more" and the Undo line stay in sight below it.
  const scroll = el('div', { class: 'scroll' }, list, tips);
  const element = el('section', { class: 'rp' }, head, scroll, moreBtn, notice);

  // While someone types, the panel only grows: a finding that comes and goes must not move the
  // dialog's buttons under the mouse. What the person does in the panel lets it fit again.
  // (A `steady` view keeps one height anyway.)
  let tallest = 0;
  const ro =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (element.hasAttribute('data-empty') || element.hasAttribute('data-steady')) {
            tallest = 0;
            element.style.minHeight = '';
            return;
          }
          const h = element.offsetHeight;
          if (h > tallest) {
            tallest = h;
            element.style.minHeight = `${h}px`;
          }
        })
      : null;
  ro?.observe(element);
  element.addEventListener(
    'click',
    () => {
      tallest = 0;
      element.style.minHeight = '';
    },
    true,
  );

  collapseBtn.addEventListener('click', () => {
    setCollapsed(!collapsed);
    opts.onCollapse?.(collapsed);
  });
  moreBtn.addEventListener('click', () => {
    expanded = !expanded;
    render();
  });
  root.append(element);

  function mute(rule: string, on: boolean) {
    if (on) muted.add(rule);
    else muted.delete(rule);
    render();
    opts.onMute?.();
  }

  /** Focus stays in the panel when the item that held it goes away. */
  function keepFocus() {
    if (!element.contains(root.activeElement)) return;
    queueMicrotask(() => {
      if (!root.activeElement || !element.contains(root.activeElement) || (root.activeElement as HTMLElement).offsetParent === null) {
        for (const sel of ['li:not([hidden]) button.more', '.notice:not([hidden]) button', 'button.collapse:not([hidden])']) {
          const next = element.querySelector<HTMLElement>(sel);
          if (next) return next.focus();
        }
      }
    });
  }

  /** What the person just opened is scrolled into sight inside a steady panel (only the panel's own list scrolls). */
  function inView(e: HTMLElement) {
    if (!element.hasAttribute('data-steady')) return;
    const box = scroll.getBoundingClientRect();
    const r = e.getBoundingClientRect();
    if (r.bottom > box.bottom) scroll.scrollTop += Math.min(r.bottom - box.bottom, r.top - box.top);
  }

  function renderItem(row: Row, lang: Lang): HTMLLIElement {
    const { item: i, also } = row;
    const msg = el('span', { class: 'msg', 'data-rapport-rule': i.rule, 'data-rapport-note': i.rule ? null : (i.note ?? 'note') }, i.message);
    const body = el(
      'div',
      { class: 'body' },
      el('span', { class: 'sr' }, t(lang, `panel_severity_${i.severity}`) + ': '),
      msg,
      ...also.map((a) => el('span', { class: 'detail also', 'data-rapport-rule': a.rule }, a.message)),
      row.snippet ? el('q', { class: 'snip' }, row.snippet) : null,
      i.detail ? el('span', { class: 'detail' }, i.detail) : null,
    );
    const acts = el('div', { class: 'acts' });
    const fix = i.fix;
    if (fix && opts.onFix) {
      acts.append(el('button', { class: 'btn fix', type: 'button', 'data-rapport-fix': i.rule ?? '', onclick: () => opts.onFix?.(fix) }, fix.label));
    }
    body.append(acts);
    const li = el('li', { class: 'item', 'data-severity': i.severity, 'data-key': row.key }, svg(SEVERITY_ICON[i.severity], 'sev'), body);
    const rule = i.rule;
    if (!rule) return li;
    // The finding's menu: a disclosure with a row of buttons (no popup to clip inside a scrolling dialog).
    const menuId = `rp-menu-${Math.random().toString(36).slice(2, 9)}`;
    const why = el('p', { class: 'why', hidden: true, 'data-rapport-why': rule }, t(lang, `rule_${rule.replace(/[.-]/g, '_')}_why`));
    const menu = el('div', { class: 'acts menu', id: menuId, role: 'group', 'aria-label': t(lang, 'panel_menu'), hidden: true });
    const rules = [rule, ...also.map((a) => a.rule!)];
    const button = (name: string, label: string, onclick: () => void) =>
      el('button', { class: 'btn', type: 'button', 'data-rapport-action': name, onclick }, label);
    menu.append(
      button('not-now', t(lang, 'panel_not_now'), () => {
        keepFocus();
        rules.forEach((r) => muted.add(r));
        mute(rule, true);
      }),
      button('turn-off', t(lang, 'panel_turn_off'), () => {
        keepFocus();
        rules.forEach((r) => muted.add(r));
        turnedOff = rules;
        mute(rule, true);
        void setRuleOn(rule, false);
        queueMicrotask(() => notice.querySelector('button')?.focus());
      }),
      button('why', t(lang, 'panel_why'), () => {
        setHidden(why, !why.hidden);
        if (!why.hidden) inView(why);
      }),
      button('settings', t(lang, 'panel_settings'), () => openSettings()),
    );
    body.append(why, menu);
    const toggle = el('button', { class: 'icon more', type: 'button', 'aria-expanded': 'false', 'aria-controls': menuId, 'aria-label': t(lang, 'panel_menu'), title: t(lang, 'panel_menu') });
    toggle.append(svg(DOTS));
    toggle.addEventListener('click', () => {
      const open = menu.hidden;
      setHidden(menu, !open);
      toggle.setAttribute('aria-expanded', String(open));
      if (!open) setHidden(why, true);
      else inView(menu);
    });
    li.append(toggle);
    return li;
  }

  function renderNotice(lang: Lang) {
    if (!turnedOff) {
      setHidden(notice, true);
      notice.replaceChildren();
      return;
    }
    const rules = turnedOff;
    const rule = rules[0]!;
    const key = `${lang}|${rule}`;
    setHidden(notice, false);
    if (notice.getAttribute('data-key') === key) return;
    notice.setAttribute('data-key', key);
    notice.replaceChildren(
      t(lang, 'panel_turned_off', t(lang, `rule_${rule.replace(/[.-]/g, '_')}_label`)),
      el(
        'button',
        {
          class: 'link',
          type: 'button',
          'data-rapport-action': 'undo',
          onclick: () => {
            turnedOff = null;
            void setRuleOn(rule, true);
            for (const r of rules) muted.delete(r);
            render();
            opts.onMute?.();
            (list.querySelector('button.more') as HTMLElement | null)?.focus();
          },
        },
        t(lang, 'panel_undo'),
      ),
    );
  }

  function render() {
    const lang = opts.lang();
    const rows = rowsOf(view.items, muted);
    const isGood = rows.length === 0 && Boolean(view.good);
    const isHint = rows.length === 0 && !isGood && Boolean(view.hint);
    const steady = Boolean(view.steady);
    const empty = rows.length === 0 && !view.good && !isHint && !turnedOff && !steady;
    // Nothing to say: the panel folds to zero size but stays in the accessibility tree, so its live
    // regions exist before the first finding arrives (a region that appears together with its
    // content is often not announced). Its buttons leave the tab order with it.
    setAttr(element, 'data-empty', empty ? '' : null);
    setAttr(element, 'data-steady', steady ? '' : null);
    setAttr(element, 'data-collapsed', collapsed ? '' : null);
    setHidden(head, empty);
    setAttr(element, 'lang', lang);
    setAttr(element, 'aria-label', t(lang, 'panel_region'));
    const errors = rows.filter((r) => r.item.severity === 'error').length;
    setAttr(element, 'data-level', errors ? 'error' : null);
    const collapseLabel = t(lang, collapsed ? 'panel_expand' : 'panel_collapse');
    setAttr(collapseBtn, 'aria-label', collapseLabel);
    setAttr(collapseBtn, 'title', collapseLabel);
    setAttr(collapseBtn, 'aria-expanded', String(!collapsed));
    setAttr(element, 'data-state', isGood ? 'good' : isHint ? 'hint' : 'findings');
    // Quiet state: one line, no count, nothing to collapse.
    setHidden(good, !isGood);
    setText(goodText, isGood ? (view.good ?? '') : '');
    setHidden(hint, !isHint);
    setText(hint, isHint ? (view.hint ?? '') : '');
    setHidden(summary, isGood || rows.length === 0);
    setHidden(collapseBtn, isGood || rows.length === 0);
    const n = rows.length;
    setText(
      summary,
      errors
        ? errors === 1 ? t(lang, 'panel_mistakes_one') : t(lang, 'panel_mistakes', errors)
        : n === 1 ? t(lang, 'panel_count_one') : t(lang, 'panel_count', n),
    );
    setHidden(list, collapsed);
    const showTips = rows.length === 0 && !collapsed && view.tips ? view.tips : null;
    setHidden(tips, !showTips);
    if (showTips) {
      setText(tipsTitle, showTips.title);
      const lines = showTips.lines;
      if (tipsList.childElementCount !== lines.length || lines.some((line, i) => tipsList.children[i]!.textContent !== line)) {
        tipsList.replaceChildren(...lines.map((line) => el('li', {}, line)));
      }
    }
    // Update the list by key: unchanged findings stay the same nodes (no repeated announcements).
    const want = rows.map((r) => r.key);
    const have = new Map<string, Element>();
    for (let li = list.firstElementChild; li; ) {
      const next = li.nextElementSibling;
      const k = li.getAttribute('data-key') ?? '';
      if (!want.includes(k) || have.has(k)) li.remove();
      else have.set(k, li);
      li = next;
    }
    let prev: Element | null = null;
    rows.forEach((row, idx) => {
      const node = (have.get(row.key) as HTMLElement | undefined) ?? renderItem(row, lang);
      have.set(row.key, node);
      setHidden(node, !expanded && idx >= SHOWN);
      const expected: Element | null = prev ? prev.nextElementSibling : list.firstElementChild;
      if (expected !== node) list.insertBefore(node, expected);
      prev = node;
    });
    const extra = n - SHOWN;
    if (extra <= 0) expanded = false;
    setHidden(moreBtn, collapsed || extra <= 0);
    setText(moreBtn, expanded ? t(lang, 'panel_fewer') : extra === 1 ? t(lang, 'panel_more_one') : t(lang, 'panel_more', extra));
    setAttr(moreBtn, 'aria-expanded', String(expanded));
    renderNotice(lang);
  }

  function setCollapsed(c: boolean) {
    collapsed = c;
    render();
  }

  return {
    element,
    update(v) {
      view = v;
      // The rule that was turned off is gone from the findings once the settings arrive; the Undo line stays.
      render();
    },
    setCollapsed,
    get collapsed() {
      return collapsed;
    },
    get muted() {
      return muted;
    },
    destroy() {
      ro?.disconnect();
      element.remove();
    },
  };
}
