/**
 * Fingerprints of invitation notes: sorted, de-duplicated 32-bit FNV-1a hashes of word 3-shingles of
 * the note, normalised for case, umlaut spelling, greetings, titles, sign-off words and the names of
 * the recipient and sender (and whoever is greeted). The raw text cannot be read back from it.
 */
import { fold, foldSource, tokenize, type Token } from './text';
import { GREETINGS, SIGNOFF_WORDS, TITLES } from './words';
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

/** The normalised words a fingerprint is made of, from tokens of the folded text. */
export function fingerprintWordsFromTokens(toks: readonly Token[], names: readonly ParsedName[]): string[] {
  const out: string[] = [];
  let afterGreeting = false;
  const n = Math.min(toks.length, 1200);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const w = t.w.endsWith('.') ? t.w.slice(0, -1) : t.w;
    if (GREET_WORDS.has(w)) { afterGreeting = true; continue; }
    if (DROP.has(w)) continue;
    if (afterGreeting && t.cap) { afterGreeting = false; continue; } // the greeted name, whoever it is
    afterGreeting = false;
    if (t.cap && names.some((p) => sameName(w, p))) continue;
    out.push(w);
  }
  return out;
}

/** Sorted, de-duplicated shingle hashes of normalised words. */
export function fingerprintFromWords(words: readonly string[]): Fingerprint {
  if (words.length === 0) return [];
  const set = new Set<number>();
  if (words.length < SHINGLE) set.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(fnv1a(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
  return Array.from(set).sort((a, b) => a - b);
}

export function namesOf(opts?: { recipientName?: string; senderName?: string }): ParsedName[] {
  const names: ParsedName[] = [];
  const r = parseName(opts?.recipientName);
  const s = parseName(opts?.senderName);
  if (r) names.push(r);
  if (s) names.push(s);
  return names;
}

/** The fingerprint of a note: what the extension stores instead of the text. */
export function fingerprint(text: string, opts?: { recipientName?: string; senderName?: string }): Fingerprint {
  const src = typeof text !== 'string' ? '' : text.length > 5000 ? text.slice(0, 5000) : text;
  const f = fold(src);
  return fingerprintFromWords(fingerprintWordsFromTokens(tokenize(src, f, 1200), namesOf(opts)));
}

/** How many values a stored sketch keeps, and their width: a fixed, small size per note. */
export const SKETCH_SIZE = 24;
export const SKETCH_BITS = 12;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * What the extension stores instead of a fingerprint: a keyed bottom-k sketch. With a per-install
 * secret `key` (hex, >= 32 digits), each shingle hash gets a keyed rank and a keyed 12-bit value;
 * the SKETCH_SIZE shingles of lowest rank keep only their 12-bit values, sorted. Without the key
 * a word list cannot be matched against it, and with it most shingles and all their order are gone
 * (docs/privacy.md). Sketches of the same key compare with `similarity` like fingerprints do.
 */
export function sketch(fp: readonly number[], key: string): Fingerprint {
  const k = [0, 8, 16, 24].map((i) => parseInt(key.slice(i, i + 8), 16) >>> 0);
  const ranked: [number, number][] = [];
  const seen = new Set<number>();
  for (const v of fp) {
    if (seen.has(v)) continue;
    seen.add(v);
    const rank = fmix32((fmix32((v ^ k[0]!) >>> 0) + k[1]!) >>> 0);
    const value = fmix32((fmix32((v ^ k[2]!) >>> 0) + k[3]!) >>> 0) & ((1 << SKETCH_BITS) - 1);
    ranked.push([rank, value]);
  }
  ranked.sort((a, b) => a[0] - b[0]);
  return [...new Set(ranked.slice(0, SKETCH_SIZE).map((r) => r[1]))].sort((a, b) => a - b);
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
