/**
 * The content script's one batched DOM observer (uBlock/Dark Reader style). Its callback only
 * sets a timer; subscribers run later, at most once per `delay` ms, off the mutation path. One
 * exception: a text field appearing in a watched outlet (the invitation's note step) runs them at
 * once, before the browser paints, so a coach's panel is there in the field's first frame.
 *
 * Scoped narrowly, so a busy feed costs nothing: LinkedIn opens the dialogs we coach (invitation,
 * composer) in modal outlets, so we watch `childList` only (never attributes) on:
 *  - <body> itself, without its subtree (outlets and portals appear as body children),
 *  - `#artdeco-modal-outlet` with its subtree (Ember modals, light DOM),
 *  - the `#interop-outlet` open shadow root with its subtree (SDUI shell), which LinkedIn may
 *    create late and recreate.
 * A dialog rendered anywhere else is still found: focusing anything, navigating, or a slow safety
 * tick (every `pollMs`) runs the subscribers too.
 */
import { interopRoot } from './roots';

export type ScanReason = 'mutation' | 'navigation' | 'start' | 'focus' | 'poll';
export type Subscriber = (reason: ScanReason) => void;

export interface DomWatch {
  subscribe(fn: Subscriber): () => void;
  /** Runs subscribers soon (coalesced with pending mutations). */
  request(reason: ScanReason): void;
  /** Runs subscribers now. */
  flush(): void;
  /**
   * Rests the observer while the person types in a box a coach follows (src/content/coach/lifecycle.ts
   * polls that box's text): LinkedIn's editor and counter change on every keystroke, and none of it
   * is a dialog opening. Returns the release; once every hold is released, the watch looks again.
   */
  hold(): () => void;
  disconnect(): void;
  /** For tests and the resilience budget: how many roots the one observer watches (0 when stopped). */
  readonly observerCount: number;
}

/** The dialog around the focused text field (through open shadow roots), if any. */
function typingScope(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  if (!a || !(a instanceof HTMLTextAreaElement || a instanceof HTMLInputElement || (a as HTMLElement).isContentEditable)) return null;
  return a.closest('[role="dialog"], [role="alertdialog"], dialog');
}

const FIELD = 'textarea, [contenteditable="true"]';
/** A text field in `e`, or in its open shadow root (an #interop-outlet created together with its dialog). */
const fieldIn = (e: Element): boolean => e.matches(FIELD) || e.querySelector(FIELD) !== null || (e.shadowRoot?.querySelector(FIELD) ?? null) !== null;

/** Containers LinkedIn renders modals into (light DOM), by id. */
const MODAL_OUTLET_IDS = ['artdeco-modal-outlet'];

export function createDomWatch(doc: Document = document, delay = 100, pollMs = 4000, textDelay = 1000): DomWatch {
  const subs = new Set<Subscriber>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let reason: ScanReason = 'mutation';
  let watched: Node[] = [];
  let holds = 0;
  let alive = true;

  // Elements coming or going (a dialog opening, a step changing) are looked at within `delay`;
  // text-only changes (LinkedIn rewrites its character counter on every keystroke) only within
  // `textDelay`, so typing costs a scan a few times a second at most, not one per keystroke.
  const observer = new MutationObserver((records) => {
    let echo: Element | null | undefined;
    let text = false;
    let added = false;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        // A text field appearing (the invitation's note step): look at once, before the browser paints,
        // so a coach's panel takes its place in the field's first frame (LinkedIn's Send does not jump).
        if (fieldIn(n as Element)) return flush();
        added = true;
      }
      if (added) continue;
      for (const n of r.removedNodes) if (n.nodeType === 1) added = true;
      if (text || added) continue;
      // Text that changes inside the dialog whose field has focus is the echo of typing (LinkedIn's
      // character counter): the feature coaching that field re-reads it on input, so no scan.
      if (echo === undefined) echo = typingScope(doc);
      if (!echo || !echo.contains(r.target)) text = true;
    }
    if (added) request('mutation');
    else if (text) schedule(textDelay);
  });
  const onFocus = () => request('focus');
  doc.addEventListener('focusin', onFocus, true);
  // The safety tick rests while the person types in a coached box (see hold).
  const poll = setInterval(() => holds === 0 && request('poll'), pollMs);

  function outlets(): Node[] {
    const out: Node[] = [];
    for (const id of MODAL_OUTLET_IDS) {
      const el = doc.getElementById(id);
      if (el) out.push(el);
    }
    const sr = interopRoot(doc);
    if (sr) out.push(sr);
    return out;
  }

  /** (Re)attaches the observer when an outlet appeared, disappeared or was recreated. */
  function attach() {
    if (holds > 0) return;
    const body = doc.body ?? doc.documentElement;
    const next = [body, ...outlets()];
    if (next.length === watched.length && next.every((n, i) => n === watched[i])) return;
    observer.disconnect();
    observer.observe(body, { childList: true });
    for (const n of next.slice(1)) observer.observe(n, { childList: true, subtree: true });
    watched = next;
  }

  function flush() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!alive) return;
    const r = reason;
    reason = 'mutation';
    attach();
    for (const fn of [...subs]) {
      try {
        fn(r);
      } catch (err) {
        // A broken feature must never break LinkedIn or the other features.
        if (import.meta.env?.DEV) console.warn('[rapport]', err);
      }
    }
  }

  /** Runs the subscribers in `ms` unless a run is already due sooner. */
  function schedule(ms: number) {
    if (!alive) return;
    const at = Date.now() + ms;
    if (timer !== undefined) {
      if (dueAt <= at) return;
      clearTimeout(timer);
    }
    dueAt = at;
    timer = setTimeout(flush, ms);
  }

  function request(r: ScanReason) {
    if (!alive) return;
    if (r !== 'mutation' && r !== 'poll') reason = r;
    else if (reason === 'mutation' && r === 'poll') reason = 'poll';
    schedule(delay);
  }

  attach();

  return {
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
    request,
    flush,
    hold() {
      if (holds++ === 0) {
        observer.disconnect();
        watched = [];
      }
      let done = false;
      return () => {
        if (done) return;
        done = true;
        if (--holds === 0 && alive) {
          attach();
          request('mutation'); // what changed meanwhile was not seen
        }
      };
    },
    disconnect() {
      alive = false;
      if (timer !== undefined) clearTimeout(timer);
      clearInterval(poll);
      doc.removeEventListener('focusin', onFocus, true);
      observer.disconnect();
      watched = [];
      subs.clear();
    },
    get observerCount() {
      return alive ? watched.length : 0;
    },
  };
}
