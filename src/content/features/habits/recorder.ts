/**
 * Records the person's own interactions on LinkedIn for the habits dashboard, by watching state
 * only (advisory: it never clicks, types or sends):
 * - reactions: a Like control that goes from no reaction to a reaction after the person's own
 *   click or key press records a reaction; one that goes back takes it back;
 * - messages: after the person clicks Send or presses Enter in a message editor that holds text,
 *   a message counts once the editor empties (the message went), never before.
 * The background worker de-duplicates by key and does all writing.
 */
import { queryAllDeep, queryIn, eventTarget, textOf, closestDeep } from '../../linkedin/roots';
import type { MessageOf } from '../../../shared/messages';
import { HABITS as S } from '../../linkedin/selectors';
import { ownerKey, reactedState } from './state';

export type RecordMessage = MessageOf<'record'> | MessageOf<'unrecord'>;

export interface RecorderDeps {
  doc: Document;
  send(msg: RecordMessage): unknown;
  signal: AbortSignal;
  now?: () => number;
  /** Delays (ms) after a gesture at which reaction states are compared again. */
  reactionChecks?: readonly number[];
  messageChecks?: readonly number[];
  /** Tests only: accept synthetic events (happy-dom cannot make trusted ones). */
  acceptUntrusted?: boolean;
}

/** A gesture older than this cannot explain a state change. */
const GESTURE_MS = 6000;

function randomKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function startRecorder(deps: RecorderDeps): { scan(): void } {
  const { doc, signal } = deps;
  const now = deps.now ?? (() => Date.now());
  const win = doc.defaultView;
  const reactionChecks = deps.reactionChecks ?? [120, 500, 1200, 2500, 5000];
  const messageChecks = deps.messageChecks ?? [80, 250, 600, 1200, 2500, 5000];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, fn: () => void) => {
    const id = setTimeout(() => {
      timers.delete(id);
      if (!signal.aborted) fn();
    }, ms);
    timers.add(id);
  };
  signal.addEventListener('abort', () => timers.forEach(clearTimeout), { once: true });

  const safeSend = (m: RecordMessage) => {
    try {
      const p = deps.send(m);
      if (p && typeof (p as Promise<unknown>).catch === 'function') (p as Promise<unknown>).catch(() => undefined);
    } catch {
      /* orphaned context */
    }
  };

  // ── Reactions ──────────────────────────────────────────────────────────────
  const known = new Map<string, boolean>();
  const anonKeys = new WeakMap<Element, string>();
  let lastGesture = -Infinity;

  function keyOf(btn: Element): string {
    const k = ownerKey(btn);
    if (k) return k;
    let a = anonKeys.get(btn);
    if (!a) anonKeys.set(btn, (a = randomKey('reaction')));
    return a;
  }

  /** Reads every reaction control; a key counts as reacted when any of its renderings is. */
  function readStates(): Map<string, boolean> {
    const states = new Map<string, boolean>();
    for (const btn of queryAllDeep(S.reactionTrigger, doc)) {
      const st = reactedState(btn);
      if (st === null) continue;
      const key = keyOf(btn);
      states.set(key, (states.get(key) ?? false) || st);
    }
    return states;
  }

  function scan(): void {
    const fresh = now() - lastGesture <= GESTURE_MS;
    for (const [key, st] of readStates()) {
      const prev = known.get(key);
      known.set(key, st);
      if (prev === undefined || prev === st || !fresh) continue;
      safeSend(st ? { kind: 'record', type: 'reaction', key } : { kind: 'unrecord', type: 'reaction', key });
    }
  }

  // ── Messages ───────────────────────────────────────────────────────────────
  const pending = new WeakSet<Element>();

  function editorOf(target: Element): Element | null {
    const inEditor = closestDeep(target, S.messageEditor.join(','));
    if (inEditor) return inEditor;
    const sendBtn = closestDeep(target, S.messageSend.join(','));
    if (!sendBtn) return null;
    const form = closestDeep(sendBtn, S.messageForm.join(','));
    return form ? queryIn(form, S.messageEditor) : null;
  }

  function watchSend(editor: Element): void {
    if (pending.has(editor) || textOf(editor) === '') return;
    const form = closestDeep(editor, S.messageForm.join(','));
    pending.add(editor);
    let i = 0;
    const check = () => {
      // The editor may be re-rendered: look it up again in its form.
      const ed = editor.isConnected ? editor : form?.isConnected ? queryIn(form, S.messageEditor) : null;
      if (ed && textOf(ed) === '') {
        pending.delete(editor);
        safeSend({ kind: 'record', type: 'message', key: randomKey('message') });
        return;
      }
      if (!ed || ++i >= messageChecks.length) {
        pending.delete(editor);
        return;
      }
      later(messageChecks[i]! - messageChecks[i - 1]!, check);
    };
    later(messageChecks[0]!, check);
  }

  // ── Gestures (the person's own, never synthetic) ──────────────────────────
  // A click (also the one a key press on a button makes) may change a reaction or send a message.
  function onClick(ev: Event): void {
    if (!ev.isTrusted && !deps.acceptUntrusted) return;
    try {
      const target = eventTarget(ev);
      if (!target) return;
      // Reactions: learn the states before LinkedIn's own handler changes them, then compare a
      // few times while LinkedIn re-renders. A key already learned during a recent gesture keeps
      // its state (a change in flight is not overwritten).
      const stale = now() - lastGesture > GESTURE_MS;
      for (const [key, st] of readStates()) if (stale || !known.has(key)) known.set(key, st);
      lastGesture = now();
      for (const ms of reactionChecks) later(ms, scan);
      // Messages: Send clicked. Never a `submit` event: a page script's form.requestSubmit() fires a
      // trusted one, and it is not the person's act.
      if (closestDeep(target, S.messageSend.join(','))) {
        const ed = editorOf(target);
        if (ed) watchSend(ed);
      }
    } catch {
      /* never break the page */
    }
  }

  // Enter in a message editor sends the message. Keys are listened to only while a message editor
  // has focus, on that editor, so typing anywhere else on LinkedIn runs nothing of ours.
  let keys: AbortController | null = null;
  let keyEditor: Element | null = null;
  function onFocus(ev: Event): void {
    try {
      const target = eventTarget(ev);
      const ed = target ? closestDeep(target, S.messageEditor.join(',')) : null;
      if (ed && keys && keyEditor === ed) return;
      keys?.abort();
      keys = null;
      keyEditor = ed;
      if (!ed) return;
      keys = new AbortController();
      ed.addEventListener('keydown', (e) => onEnter(e as KeyboardEvent, ed), { capture: true, passive: true, signal: keys.signal });
    } catch {
      /* never break the page */
    }
  }
  function onEnter(ke: KeyboardEvent, editor: Element): void {
    if (ke.key !== 'Enter' || ke.shiftKey || ke.isComposing) return;
    if (!ke.isTrusted && !deps.acceptUntrusted) return;
    try {
      watchSend(editor);
    } catch {
      /* never break the page */
    }
  }

  const opts = { capture: true, passive: true, signal } as const;
  const where: EventTarget = win ?? doc;
  where.addEventListener('click', onClick, opts);
  doc.addEventListener('focusin', onFocus, opts);
  signal.addEventListener('abort', () => keys?.abort(), { once: true });
  return {
    /** Compares reaction states again (cheap no-op unless the person acted in the last seconds). */
    scan() {
      if (now() - lastGesture <= GESTURE_MS) scan();
    },
  };
}
