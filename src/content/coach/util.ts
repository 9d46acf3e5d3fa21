/** Small helpers shared by the coaches: keys for records, findings in order, marks, quotes, dialog state. */
import type { Finding, Severity } from '../../engine/types';
import type { Mark } from '../ui/highlight';

/** A short, non-reversible key for a text (FNV-1a 32): the background de-duplicates records by it. Never the raw text. */
export function keyOf(kind: string, text: string): string {
  let h = 0x811c9dc5;
  const s = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${kind}:${(h >>> 0).toString(36)}:${s.length}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings most severe first, then in text order. */
export function sortFindings(fs: readonly Finding[]): Finding[] {
  return [...fs].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

/** Marks for the highlight overlay: every place a finding points at (all its `spans`), grouped by rule. */
export function marksOf(fs: readonly Finding[]): Mark[] {
  const out: Mark[] = [];
  for (const f of fs) {
    for (const [start, end] of f.spans ?? [[f.start, f.end]]) if (end > start) out.push({ start, end, tone: f.severity, id: f.rule });
  }
  return out;
}

/** The flagged words of a finding, shortened for a quote in the panel ('' when it points at nothing). */
export function snippet(text: string, f: Finding, max = 48): string {
  if (f.end <= f.start) return '';
  const s = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

/** Is a dialog on screen? Connected, a native <dialog> open, and not hidden (through shadow hosts). */
export function isOpen(dialog: Element): boolean {
  if (!dialog.isConnected) return false;
  if (dialog instanceof HTMLDialogElement) return dialog.open;
  for (let e: Element | null = dialog; e; ) {
    if ((e as HTMLElement).hidden) return false;
    const root = e.getRootNode();
    e = e.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return true;
}
