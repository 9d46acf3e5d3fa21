/**
 * The one coach lifecycle, shared by the invitation, post and comment coaches:
 *
 *   attach → read → (typing) follow → render → submit-watch → retire
 *
 * A coach describes its surface (a `Surface`): how to find its boxes (scan-driven dialogs) or the
 * box an entered element belongs to (focus-driven comment boxes), how to draw one, what a click
 * inside it means (a submit, a cancel) and how to tell that a submit went through. The lifecycle
 * owns the listeners, the typing follower, the submit watch and the clean-up, so no coach repeats
 * them. It only observes: it never prevents, re-dispatches or changes LinkedIn's events.
 *
 * Only the person's own acts count: clicks are trusted events (`isTrusted`) or nothing. A page
 * script's `button.click()` is untrusted; its `form.requestSubmit()` fires a trusted `submit`
 * event, so no coach listens to `submit` at all.
 */
import type { FeatureContext } from '../context';
import { eventTarget } from '../linkedin/roots';

/** While the person types, the box's text is looked at this often (and drawn once it stood still for one look). */
export const TICK_MS = 200;
/** While the person keeps typing, findings are at most about this far behind. */
export const MAX_LAG_MS = 1000;
/** Text that stood still this long ends the following (pauses between words and sentences do not). */
export const FOLLOW_IDLE_MS = 3000;

/** Events after which an editor's text may have changed (typing, IME, clipboard, drag and drop). */
export const TEXT_EVENTS = ['input', 'compositionend', 'paste', 'cut', 'drop'] as const;

/** The person's own input (a trusted event); DOM tests opt in to synthetic ones through the context. */
export function personal(ctx: FeatureContext, ev: Event): boolean {
  return ev.isTrusted || ctx.acceptUntrusted === true;
}

/** Runs `fn` in an idle period (or soon, where requestIdleCallback is missing); never throws. */
export function whenIdle(fn: () => void, timeout = 300): void {
  const run = () => {
    try {
      fn();
    } catch (err) {
      if (import.meta.env?.DEV) console.warn('[rapport]', err);
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, 0);
}

export interface Follower {
  /** A text event: a burst of typing begins (no-op while one is followed). */
  start(): void;
  /** Draws what is not drawn yet and listens again (a submit is under way: edits must be seen at once). */
  settle(): void;
  /** Stops following without drawing (the box is retired). */
  cancel(): void;
  readonly busy: boolean;
}

/**
 * Follows the person's typing in one box without running anything of ours per keystroke. The
 * first text event calls `start`: the box's text listeners come off (`listen(false)`) and one
 * interval looks at the text every `tick` ms with `peek` (a cheap read, no layout). The box is
 * drawn once the text stood still for a look, and at the latest `lag` ms after the first change
 * not drawn yet. Once the text stood still for `idle` ms, the interval ends and the listeners go
 * back on. A keystroke thus costs LinkedIn's page nothing of ours; writing costs a look per tick
 * and a draw per pause (or per `lag`).
 */
export function createFollower(o: { peek(): string; draw(): void; listen(on: boolean): void }, tick = TICK_MS, lag = MAX_LAG_MS, idle = FOLLOW_IDLE_MS): Follower {
  let timer: ReturnType<typeof setInterval> | undefined;
  let seen = '';
  /** When the first change not drawn yet was seen (null: everything seen is drawn). */
  let dirtySince: number | null = null;
  /** Since when the text stands still. */
  let stillSince = 0;
  const draw = () => {
    dirtySince = null;
    try {
      o.draw();
    } catch (err) {
      if (import.meta.env?.DEV) console.warn('[rapport]', err);
    }
  };
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const look = () => {
    const now = Date.now();
    const text = safe(o.peek) ?? '';
    if (text !== seen) {
      seen = text;
      stillSince = now;
      dirtySince ??= now;
      if (now - dirtySince >= lag) draw();
      return;
    }
    if (dirtySince !== null) draw();
    if (now - stillSince < idle) return;
    stop();
    o.listen(true);
  };
  return {
    start() {
      if (timer !== undefined) return;
      o.listen(false);
      seen = safe(o.peek) ?? '';
      dirtySince = stillSince = Date.now();
      timer = setInterval(look, tick);
    },
    settle() {
      if (timer === undefined) return;
      stop();
      if (dirtySince !== null || (safe(o.peek) ?? '') !== seen) draw();
      o.listen(true);
    },
    cancel: stop,
    get busy() {
      return timer !== undefined;
    },
  };
}

/** What a coach tells the lifecycle about its surface. `B`: one coached box; `S`: a submit snapshot. */
export interface Surface<B extends object, S> {
  /** Boxes on the page now (dialogs found by a scan); each is attached once and re-rendered on scans. */
  find?(reason: string): Iterable<B>;
  /** The box an element the person focused or pointed at belongs to (comment boxes), else null. */
  enter?(target: Element): B | null;
  /** Only one box at a time (the focused comment box): entering another retires the previous one. */
  single?: boolean;
  /** Is the box still on the page? */
  alive(b: B): boolean;
  /** Does `target` (where the person clicked or focused) belong to the box? */
  owns(b: B, target: Element): boolean;
  /**
   * The element whose text events are the box's typing (its editor, or the dialog around a field
   * LinkedIn may swap). The lifecycle listens on it directly, so a keystroke costs no lookup, and
   * typing anywhere else on LinkedIn costs nothing at all. Asked again on every scan.
   */
  textRoot(b: B): Element | null;
  /** The box's text, read cheaply (no layout): looked at a few times a second while the person types. */
  peek(b: B): string;
  /** Reads and draws the box; `typed`: only its text changed since the last draw. */
  render(b: B, typed: boolean): void;
  /** A trusted click (or key) at `target`: the box's submit (a snapshot to confirm), a 'cancel', or null. */
  submit(b: B, target: Element): S | 'cancel' | null;
  /** Did a watched submit go through ('sent'), fail ('failed'), or is it still open ('wait')? */
  confirm(b: B, s: S, ageMs: number, final: boolean): 'sent' | 'failed' | 'wait';
  /** Records the act (one message to the background). */
  record(b: B, s: S): void;
  /** Removes our UI for the box (it left the page, or coaching stops). */
  retire(b: B): void;
  /** How long a submit is watched before it is given up. */
  submitWindowMs: number;
  /** Typing after a submit means it did not go through (default true). */
  editCancels?: boolean;
}

export interface Lifecycle<B extends object> {
  readonly boxes: ReadonlySet<B>;
  /** Attaches (or re-renders) boxes found now, retires boxes that left, settles submits. */
  scan(reason?: string): void;
  /** Re-renders every attached box (settings, engine arrival). */
  refresh(): void;
  /** Is a submit of `b` being watched? */
  pending(b: B): boolean;
  /** Checks watched submits now (`final`: the page is going away, decide without waiting). */
  settle(final?: boolean): void;
  destroy(): void;
}

/** Delays (ms) after a submit at which it is checked, besides every scan. */
const CONFIRM_CHECKS = [...Array.from({ length: 20 }, (_, i) => 50 + i * 100), 2500, 3500, 5000, 7500, 10_000, 15_000, 20_000];

export function createLifecycle<B extends object, S>(ctx: FeatureContext, surface: Surface<B, S>): Lifecycle<B> {
  const doc = ctx.doc;
  const win = doc.defaultView ?? window;
  const boxes = new Set<B>();
  const followers = new Map<B, Follower>();
  const watched = new Map<B, { snap: S; at: number }>();
  /** Where each box's text listeners sit, and how to take them off. */
  const bound = new Map<B, { root: Element; off: AbortController }>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** While any box is being typed in, the page's DOM watch rests (the edits are the typing): its release. */
  let release: (() => void) | null = null;
  let alive = true;

  function attach(b: B) {
    if (boxes.has(b)) return;
    if (surface.single) for (const o of [...boxes]) retire(o);
    boxes.add(b);
    followers.set(
      b,
      createFollower({
        peek: () => surface.peek(b),
        draw: () => {
          if (alive && boxes.has(b) && surface.alive(b)) surface.render(b, true);
        },
        listen: (on) => {
          if (on) {
            bind(b);
            rest();
          } else {
            unbind(b);
            release ??= ctx.watch.hold();
          }
        },
      }),
    );
    bind(b);
    safe(() => surface.render(b, false));
  }

  /** The DOM watch looks again once no box is being typed in. */
  function rest() {
    for (const f of followers.values()) if (f.busy) return;
    release?.();
    release = null;
  }

  /** (Re)attaches the box's text listeners to its text root; the first event of a burst hands over to the follower. */
  function bind(b: B) {
    const follower = followers.get(b);
    if (!follower || follower.busy) return;
    const root = safe(() => surface.textRoot(b)) ?? null;
    const was = bound.get(b);
    if (was?.root === root) return;
    unbind(b);
    if (!root) return;
    const off = new AbortController();
    const onText = (ev: Event) => {
      // The person editing again: the submit did not go through (LinkedIn's own clearing is not the person).
      if (watched.size && surface.editCancels !== false && personal(ctx, ev)) unwatch(b);
      follower.start();
    };
    const opts = { capture: true, passive: true, signal: off.signal } as const;
    for (const type of TEXT_EVENTS) root.addEventListener(type, onText, opts);
    ctx.signal.addEventListener('abort', () => off.abort(), { once: true, signal: off.signal });
    bound.set(b, { root, off });
  }

  function unbind(b: B) {
    bound.get(b)?.off.abort();
    bound.delete(b);
  }

  function retire(b: B) {
    unbind(b);
    followers.get(b)?.cancel();
    followers.delete(b);
    rest();
    boxes.delete(b);
    safe(() => surface.retire(b));
  }

  function scan(reason = 'mutation') {
    if (!alive) return;
    if (surface.find) {
      for (const b of surface.find(reason)) {
        if (!boxes.has(b)) attach(b);
        else {
          bind(b);
          if (!followers.get(b)?.busy) safe(() => surface.render(b, false)); // typing: its follower draws
        }
      }
    } else for (const b of boxes) if (!followers.get(b)?.busy && surface.alive(b)) safe(() => surface.render(b, false));
    for (const b of [...boxes]) if (!surface.alive(b)) retire(b);
    settle();
  }

  function settle(final = false) {
    const now = Date.now();
    for (const [b, w] of [...watched]) {
      const age = now - w.at;
      const verdict = safe(() => surface.confirm(b, w.snap, age, final)) ?? 'failed';
      if (verdict === 'sent') {
        unwatch(b);
        safe(() => surface.record(b, w.snap));
      } else if (verdict === 'failed' || age > surface.submitWindowMs || final) unwatch(b);
    }
  }

  /** Esc while a submit is watched closes the dialog: nothing was sent. Listened to only then, so typing costs no keydown here. */
  let keys: AbortController | null = null;
  function watch(b: B, snap: S) {
    watched.set(b, { snap, at: Date.now() });
    if (keys) return;
    keys = new AbortController();
    doc.addEventListener('keydown', onKey, { capture: true, passive: true, signal: keys.signal });
    ctx.signal.addEventListener('abort', () => keys?.abort(), { once: true, signal: keys.signal });
  }
  function unwatch(b: B) {
    watched.delete(b);
    if (watched.size === 0 && keys) {
      keys.abort();
      keys = null;
    }
  }

  function later(ms: number) {
    const id = setTimeout(() => {
      timers.delete(id);
      if (alive && watched.size) scan('poll');
    }, ms);
    timers.add(id);
  }

  function ownerOf(target: Element): B | undefined {
    for (const b of boxes) if (surface.owns(b, target)) return b;
    return undefined;
  }

  // ── listeners (capture, observe only; text listeners sit on each box, see bind) ──
  const onEnter = (ev: Event) => {
    if (!surface.enter) return;
    const t = eventTarget(ev);
    if (!t || ownerOf(t)) return; // the common case: typing in the coached box
    const b = safe(() => surface.enter!(t));
    if (b) attach(b);
  };
  const onClick = (ev: Event) => {
    if (!personal(ctx, ev)) return;
    const t = eventTarget(ev);
    if (!t) return;
    if (surface.find && !ownerOf(t)) scan('click'); // a dialog that opened just now
    for (const b of boxes) {
      const s = safe(() => surface.submit(b, t));
      if (s === 'cancel') unwatch(b);
      else if (s && !watched.has(b)) {
        followers.get(b)?.settle(); // draw the last words, and listen: an edit now means it did not go
        watch(b, s);
        for (const ms of CONFIRM_CHECKS) later(ms);
      }
    }
  };
  // Esc closes a dialog: nothing was sent by it.
  function onKey(ev: KeyboardEvent) {
    if (ev.key !== 'Escape' || !watched.size) return;
    const t = eventTarget(ev);
    const b = t ? ownerOf(t) : undefined;
    if (b) unwatch(b);
  }
  // Runs after LinkedIn's own handlers (bubble phase on the window): a box closed synchronously is seen now.
  const afterClick = () => {
    if (watched.size) scan('click');
  };

  const opts = { capture: true, passive: true, signal: ctx.signal } as const;
  if (surface.enter) for (const type of ['focusin', 'pointerdown']) doc.addEventListener(type, onEnter, opts);
  doc.addEventListener('click', onClick, opts);
  win.addEventListener('click', afterClick, { passive: true, signal: ctx.signal });
  win.addEventListener('pagehide', () => settle(true), { signal: ctx.signal });
  const off = ctx.watch.subscribe((reason) => scan(reason));

  return {
    get boxes() {
      return boxes;
    },
    scan,
    refresh() {
      for (const b of boxes) safe(() => surface.render(b, false));
    },
    pending: (b) => watched.has(b),
    settle,
    destroy() {
      alive = false;
      off();
      for (const id of timers) clearTimeout(id);
      timers.clear();
      for (const b of [...boxes]) retire(b);
      for (const b of [...watched.keys()]) unwatch(b);
    },
  };
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (import.meta.env?.DEV) console.warn('[rapport]', err);
    return undefined;
  }
}
