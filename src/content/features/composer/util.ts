/** Small helpers shared by the composer and comment coaches. */
import type { Finding, Severity } from '../../../engine/types';
import type { Mark } from '../../ui/highlight';

/** A short, non-reversible key for a text (FNV-1a 32): the background de-duplicates records by it. Never the raw text. */
export function keyOf(kind: string, text: string): string {
  let h = 0x811c9dc5;
  const s = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${kind}:${(h >>> 0).toString(36)}:${s.length}`;
}

/**
 * Calls `fn` once `ms` after the last `run()` (typing), or at the latest `ms` after `soon()` (other
 * DOM changes: they must not postpone the check forever on a busy page). `cancel()` drops a
 * pending call. `fn` never throws into the page.
 */
export function debounce(fn: () => void, ms: number): { run(): void; soon(): void; cancel(): void } {
  // One timer per burst: `run` (every keystroke) only moves the deadline; the timer re-arms itself
  // when it fires early. A keystroke costs a timestamp, not a clearTimeout/setTimeout pair.
  let t: ReturnType<typeof setTimeout> | undefined;
  let due = 0;
  const fire = () => {
    const wait = due - Date.now();
    if (wait > 0) {
      t = setTimeout(fire, wait);
      return;
    }
    t = undefined;
    try {
      fn();
    } catch (err) {
      if (import.meta.env?.DEV) console.warn('[rapport]', err);
    }
  };
  return {
    run() {
      due = Date.now() + ms;
      if (t === undefined) t = setTimeout(fire, ms);
    },
    soon() {
      if (t === undefined) {
        due = Date.now() + ms;
        t = setTimeout(fire, ms);
      }
    },
    cancel() {
      if (t !== undefined) clearTimeout(t);
      t = undefined;
    },
  };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings most severe first, then in text order. */
export function sortFindings(fs: readonly Finding[]): Finding[] {
  return [...fs].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

/** Marks for the highlight overlay: one per finding that points at words. */
export function marksOf(fs: readonly Finding[]): Mark[] {
  return fs.filter((f) => f.end > f.start).map((f) => ({ start: f.start, end: f.end, tone: f.severity, id: f.rule }));
}

/** The flagged words of a finding, shortened for a quote in the panel ('' when it points at nothing). */
export function snippet(text: string, f: Finding, max = 48): string {
  if (f.end <= f.start) return '';
  const s = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Runs `fn` when the browser is idle (after the engine's own warm-up, which is queued first). */
export function whenIdle(fn: () => void): void {
  const run = () => {
    try {
      fn();
    } catch {
      /* never into the page */
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 600 });
  else setTimeout(run, 0);
}

/** Events after which an editor's text may have changed (typing, IME, clipboard, drag and drop). */
export const TEXT_EVENTS = ['input', 'compositionend', 'paste', 'cut', 'drop'] as const;
