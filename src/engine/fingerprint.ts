/**
 * Fingerprints of invitation notes: sorted, de-duplicated 32-bit FNV-1a hashes of word 3-shingles of
 * the note, normalised for case, umlaut spelling, greetings, titles, sign-off words and the names of
 * the recipient and sender (and whoever is greeted). The raw text cannot be read back from it.
 */
import { fold, foldSource, tokenize } from './text';
import { GREETINGS, SIGNOFF_WORDS, TITLES } from './lexicon';
import { parseName, sameName, type ParsedName } from './names';
import type { Fingerprint } from './types';

const GREET_WORDS = new Set(GREETINGS.map(foldSource).flatMap((g) => g.split(' ')));
const DROP = new Set([...GREET_WORDS, ...TITLES, ...SIGNOFF_WORDS].map(foldSource));
const SHINGLE = 3;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The normalised words a fingerprint is made of (exported for tests). */
export function fingerprintWords(text: string, opts?: { recipientName?: string; senderName?: string }): string[] {
  const src = text.length > 5000 ? text.slice(0, 5000) : text;
  const f = fold(src);
  const toks = tokenize(src, f, 1200);
  const names: ParsedName[] = [];
  const r = parseName(opts?.recipientName);
  const s = parseName(opts?.senderName);
  if (r) names.push(r);
  if (s) names.push(s);
  const out: string[] = [];
  let afterGreeting = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = t.w.replace(/\.$/, '');
    if (GREET_WORDS.has(w)) { afterGreeting = true; continue; }
    if (DROP.has(w)) continue;
    if (afterGreeting && t.cap) { afterGreeting = false; continue; } // the greeted name, whoever it is
    afterGreeting = false;
    if (t.cap && names.some((n) => sameName(w, n))) continue;
    out.push(w);
  }
  return out;
}

export function fingerprint(text: string, opts?: { recipientName?: string; senderName?: string }): Fingerprint {
  const words = fingerprintWords(text, opts);
  if (words.length === 0) return [];
  const set = new Set<number>();
  if (words.length < SHINGLE) set.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return Array.from(set).sort((a, b) => a - b);
}

/** Dice similarity of two sorted fingerprints (0..1). */
export function similarity(a: Fingerprint, b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) { common++; i++; j++; } else if (x < y) i++; else j++;
  }
  return (2 * common) / (a.length + b.length);
}
