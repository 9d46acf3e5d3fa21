/**
 * A one-line confirmation when an act of the person's is counted ("Counted: your invitation."),
 * in our own shadow-root host at the bottom of the window, never in LinkedIn's DOM. Unobtrusive:
 * clicks pass through it, it leaves after a few seconds and takes its host with it (nothing stays
 * in the page), screen readers hear it politely. Shown only for a record the background took as
 * new (a duplicate or refused record says nothing). It shows in the frame that counted the act
 * (a frame's timers die with it, so a line put into another document could stay there for good).
 */
import type { Lang } from '../../engine/types';
import type { RecordReply } from '../../shared/messages';
import { t } from '../i18n';
import { BASE_CSS, themeAt } from './host';

export type Counted = 'invite' | 'invite_note' | 'post' | 'comment';

/** How long the line stays (ms). */
export const TOAST_MS = 3500;

const CSS = `
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483000; pointer-events: none;
  max-width: min(480px, calc(100vw - 32px)); padding: 8px 14px; border-radius: 8px; background: var(--r-bg); color: var(--r-fg);
  border: 1px solid var(--r-border); border-left: 4px solid var(--r-accent); box-shadow: 0 4px 14px rgba(0,0,0,.18);
  font-size: 14px; line-height: 20px; opacity: 0; transition: opacity .2s; }
.toast.on { opacity: 1; }
.name { font-weight: 600; color: var(--r-accent); margin-right: 6px; }
@media (prefers-reduced-motion: reduce) { .toast { transition: none; } }
`;

let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;

/** Says that `what` was counted when the background recorded it as new. Never throws. */
export function counted(lang: Lang, reply: RecordReply | undefined, what: Counted): void {
  if (!reply?.ok || reply.duplicate) return;
  try {
    show(lang, t(lang, `panel_counted_${what}`), what.startsWith('invite') ? 'invite' : what);
  } catch {
    /* a page without a body, or one going away: nothing to say */
  }
}

function show(lang: Lang, text: string, surface: string): void {
  const doc = document;
  if (!doc.body) return;
  if (current) {
    clearTimeout(current.timer);
    current.host.remove();
  }
  const host = doc.createElement('div');
  // Not a coached field's host (data-rapport-surface): a line about an act already done, which
  // must not be taken for a panel that stayed behind.
  host.setAttribute('data-rapport-toast', surface);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BASE_CSS + CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('lang', lang);
  root.append(style, box);
  doc.body.append(host);
  host.setAttribute('data-theme', themeAt(doc.body));
  // The live region exists before its words arrive, so screen readers announce them.
  const timer = setTimeout(() => {
    const name = doc.createElement('span');
    name.className = 'name';
    name.textContent = 'Rapport';
    box.replaceChildren(name, text);
    box.classList.add('on');
    entry.timer = setTimeout(() => {
      host.remove();
      if (current === entry) current = null;
    }, TOAST_MS);
  }, 60);
  const entry = { host, timer };
  current = entry;
}
