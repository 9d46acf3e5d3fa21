/**
 * The content side of the local health record (src/habits/health.ts): coaches call
 * `recognised(surface, field)` when they have found their field; a LinkedIn editor the person
 * focuses that no coach recognised within a moment is reported as 'unknown-editor'. Reports are
 * throttled per frame and go to the background only: nothing leaves the browser, nothing is
 * drawn or marked in the page.
 */
import type { HealthSurface } from '../shared/messages';
import { send } from './browser';

const SENT_EVERY_MS = 60_000;
/** Time a coach has to recognise a focused editor before it counts as unrecognised. */
const GRACE_MS = 1500;
/** LinkedIn's editors a person writes to people in (not search fields, not the message editor, which only counts). */
const EDITOR = 'textarea, [contenteditable="true"], [role="textbox"]';
const NOT_COACHED = '.msg-form, [class*="msg-form"], [role="search"], [role="combobox"]';

const lastSent = new Map<HealthSurface, number>();
const fields = new WeakSet<Element>();

function report(surface: HealthSurface): void {
  const t = Date.now();
  if (t - (lastSent.get(surface) ?? -Infinity) < SENT_EVERY_MS) return;
  lastSent.set(surface, t);
  void send({ kind: 'health', surface }, []).catch(() => undefined);
}

/** A coach found its field (the invitation dialog, the composer's editor, a comment box). Never throws. */
export function recognised(surface: Exclude<HealthSurface, 'unknown-editor'>, field: Element): void {
  try {
    fields.add(field);
    report(surface);
  } catch {
    /* never into the page */
  }
}

function known(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) if (fields.has(n)) return true;
  return false;
}

/** Watches the person's focus on editors (trusted events only) until `signal` aborts. */
export function watchUnrecognisedEditors(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'focusin',
    (ev) => {
      if (!ev.isTrusted) return;
      const target = ev.composedPath()[0];
      if (!(target instanceof Element) || !target.matches(EDITOR) || target.closest(NOT_COACHED)) return;
      setTimeout(() => {
        if (!signal.aborted && target.isConnected && !known(target)) report('unknown-editor');
      }, GRACE_MS);
    },
    { capture: true, passive: true, signal },
  );
}
