/**
 * Our own shadow-root hosts on LinkedIn (docs/contract.md §2): one host per coached field,
 * `data-rapport-surface` on the host, an open shadow root inside, our styles only in there.
 * Idempotent: mounting twice for the same field returns the existing host, but only one this
 * script created: an element the page planted with our attributes is never adopted.
 */
import type { Surface } from '../../engine/types';
import { closestDeep } from '../linkedin/roots';

export const HOST_ATTR = 'data-rapport-surface';

/** The hosts this script created (a page cannot add to it). */
const ours = new WeakSet<Element>();

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
  destroy(): void;
}

export const BASE_CSS = `
:host { all: initial; display: block; font-family: -apple-system, system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 1.4; color: var(--r-fg); --r-fg: rgba(0,0,0,.9); --r-muted: rgba(0,0,0,.6);
  --r-bg: #fff; --r-border: #e0dfdc; --r-warn: #915907; --r-warn-bg: #fdf3e1; --r-err: #b24020; --r-err-bg: #fbe9e5;
  --r-info: #0a66c2; --r-info-bg: #eaf3fc; --r-ok: #057642; --r-ok-bg: #e6f4ec; --r-accent: #0e7c86; }
:host([data-theme="dark"]) { --r-fg: rgba(255,255,255,.9); --r-muted: rgba(255,255,255,.6); --r-bg: #1b1f23;
  --r-border: #38434f; --r-warn: #f5c26b; --r-warn-bg: #3b2f14; --r-err: #f3a58f; --r-err-bg: #3d1f17;
  --r-info: #71b7fb; --r-info-bg: #172c40; --r-ok: #7fc15e; --r-ok-bg: #1c3222; --r-accent: #4fc3cc; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
button { font: inherit; cursor: pointer; }
:focus-visible { outline: 2px solid var(--r-accent); outline-offset: 2px; }
`;

/** 'dark' when LinkedIn (or, failing that, the OS) uses a dark theme around `el`. */
export function themeAt(el: Element | null): 'light' | 'dark' {
  // Start above our own host: its data-theme is what we are computing (it would always answer itself).
  if (el?.hasAttribute(HOST_ATTR)) el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  const themed = closestDeep(el, '.theme--dark, .theme--light, [data-theme]');
  if (themed) {
    if (themed.classList.contains('theme--dark') || themed.getAttribute('data-theme') === 'dark') return 'dark';
    if (themed.classList.contains('theme--light') || themed.getAttribute('data-theme') === 'light') return 'light';
  }
  const html = document.documentElement;
  if (html.classList.contains('theme--dark')) return 'dark';
  if (html.classList.contains('theme--light')) return 'light';
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Mounts (or returns) our host for a coached field. `place(host)` inserts the host where it
 * belongs (inside LinkedIn's dialog, next to the field); it is only called for a new host.
 * `key` identifies the host among its siblings (e.g. which field it belongs to).
 */
export function mountHost(
  surface: Surface,
  scope: ParentNode,
  place: (host: HTMLElement) => void,
  css: string,
  key: string = surface,
): Host {
  const existing = scope.querySelector?.<HTMLElement>(`[${HOST_ATTR}="${surface}"][data-rapport-key="${CSS.escape(key)}"]`);
  if (existing?.shadowRoot && ours.has(existing)) return wrap(existing, existing.shadowRoot);
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTR, surface);
  host.setAttribute('data-rapport-key', key);
  host.setAttribute('data-theme', 'light');
  const root = host.attachShadow({ mode: 'open' });
  ours.add(host);
  const style = document.createElement('style');
  style.textContent = BASE_CSS + css;
  root.append(style);
  place(host);
  host.setAttribute('data-theme', themeAt(host));
  return wrap(host, root);
}

function wrap(host: HTMLElement, root: ShadowRoot): Host {
  return { host, root, destroy: () => host.remove() };
}

const scrolls = (e: Element) => /^(auto|scroll|overlay)$/.test(getComputedStyle(e).overflowY);

/**
 * Puts a panel's host into a LinkedIn dialog, above its button row: at the end of the dialog's
 * scroll area when it has one (the element that scrolls between `from`, e.g. the note field, and
 * the dialog, or the body right above the button row), so a taller panel scrolls with the dialog's
 * content and never pushes the buttons off screen (200 % zoom, a small window); else just above the
 * button row; else at the dialog's end.
 */
export function placeInDialog(host: HTMLElement, dialog: Element, bar: Element | null, from: Element | null): void {
  let area: Element | null = null;
  for (let n = from?.parentElement ?? null; n && n !== dialog && dialog.contains(n); n = n.parentElement) {
    if (scrolls(n)) {
      area = n;
      break;
    }
  }
  const body = bar?.previousElementSibling;
  if (!area && body && !body.hasAttribute(HOST_ATTR) && scrolls(body)) area = body;
  if (area && (!bar || !area.contains(bar))) {
    host.setAttribute('data-rapport-place', 'body'); // the body's own padding sets the panel's margins (PANEL_CSS)
    area.append(host);
  } else if (bar?.parentNode) bar.parentNode.insertBefore(host, bar);
  else dialog.append(host);
}
