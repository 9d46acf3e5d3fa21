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

/** Calls `fn` once `ms` after the last `run()`; `cancel()` drops a pending call. */
export function debounce(fn: () => void, ms: number): { run(): void; cancel(): void } {
  let t: ReturnType<typeof setTimeout> | undefined;
  return {
    run() {
      if (t !== undefined) clearTimeout(t);
      t = setTimeout(() => {
        t = undefined;
        fn();
      }, ms);
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
