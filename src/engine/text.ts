/**
 * Text primitives: folding (case, ß/ss, umlauts, accents, typography, invisible characters) with an
 * offset map back to the original UTF-16 positions, and word tokens.
 *
 * Folding: lowercase; ß -> ss; ä/ö/ü -> ae/oe/ue (so "Müller" and "Mueller" meet); other Latin
 * accents stripped; curly quotes/dashes to ASCII; zero-width, bidi and control characters dropped;
 * runs of horizontal whitespace -> one space, runs containing a line break -> one "\n".
 * Lexicons are written against this folded form.
 */

export interface Folded {
  /** the folded text */
  s: string;
  /** map[i] = UTF-16 offset in the original text of folded char i; map[s.length] = original length */
  map: Int32Array;
}

const SPECIAL: Record<number, string> = {
  0xdf: 'ss', 0x1e9e: 'ss',
  0xe4: 'ae', 0xc4: 'ae', 0xf6: 'oe', 0xd6: 'oe', 0xfc: 'ue', 0xdc: 'ue',
  0xe6: 'ae', 0xc6: 'ae', 0x153: 'oe', 0x152: 'oe', 0xf8: 'o', 0xd8: 'o',
  0x131: 'i', 0x130: 'i', 0x142: 'l', 0x141: 'l', 0x111: 'd', 0x110: 'd', // dotless ı (Yıldız), ł, đ: no decomposition
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x201b: "'", 0x2032: "'", 0xb4: "'", 0x60: "'", 0x2bc: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x201f: '"', 0xab: '"', 0xbb: '"', 0x2039: '"', 0x203a: '"',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2015: '-', 0x2212: '-',
  0x2026: '...', 0xff1f: '?', 0xff01: '!', 0x203d: '?', 0x2e2e: '?', 0x37e: '?',
};

/** folded replacement for code units 0x80..0x24f (null: keep as is) */
const LATIN: (string | null)[] = [];
for (let c = 0x80; c <= 0x24f; c++) {
  const sp = SPECIAL[c];
  if (sp !== undefined) { LATIN.push(sp); continue; }
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  LATIN.push(base !== ch ? base : null);
}

function isHSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}
function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}
/** zero-width, soft hyphen, bidi controls, BOM, other C0/C1 controls: dropped */
function isInvisible(c: number): boolean {
  return (
    c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0xfeff || c === 0x180e
  );
}

export function fold(text: string): Folded {
  const n = text.length;
  // every original char yields at most 3 folded chars ("…" -> "..."); typed buffers avoid per-char allocation
  const out = new Uint16Array(n * 3 + 4);
  const map = new Int32Array(n * 3 + 5);
  let m = 0;
  let pendingSpace = -1; // original index of the first char of a pending whitespace run
  let pendingNl = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c > 0x20 && c !== 0x7f) {
        if (pendingSpace >= 0) {
          if (m > 0) { out[m] = pendingNl ? 10 : 32; map[m++] = pendingSpace; }
          pendingSpace = -1;
          pendingNl = false;
        }
        out[m] = c >= 65 && c <= 90 ? c + 32 : c;
        map[m++] = i;
        continue;
      }
    }
    if (isHSpace(c) || isNewline(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      if (isNewline(c)) pendingNl = true;
      continue;
    }
    if (isInvisible(c)) continue;
    if (pendingSpace >= 0) {
      if (m > 0) { out[m] = pendingNl ? 10 : 32; map[m++] = pendingSpace; }
      pendingSpace = -1;
      pendingNl = false;
    }
    const rep: string | null | undefined = c <= 0x24f ? LATIN[c - 0x80] : SPECIAL[c];
    if (rep === undefined || rep === null) {
      // Greek, Cyrillic: lowercase the letter when it maps 1:1; everything else (emoji, CJK, surrogates) as is
      let o = c;
      if (c >= 0x370 && c < 0x530) {
        const l = String.fromCharCode(c).toLowerCase();
        if (l.length === 1) o = l.charCodeAt(0);
      }
      out[m] = o;
      map[m++] = i;
      continue;
    }
    for (let k = 0; k < rep.length; k++) { out[m] = rep.charCodeAt(k); map[m++] = i; }
  }
  map[m] = n;
  let s = '';
  for (let k = 0; k < m; k += 8192) s += String.fromCharCode.apply(null, out.subarray(k, Math.min(m, k + 8192)) as unknown as number[]);
  return { s, map: map.subarray(0, m + 1) };
}

/** Original [start, end) for a folded [fs, fe). */
export function origRange(f: Folded, fs: number, fe: number): [number, number] {
  const start = f.map[fs] ?? 0;
  // end: one past the original index of the last folded char of the match
  const last = fe > fs ? f.map[fe - 1] ?? start : start;
  const end = fe > fs ? last + 1 : start;
  return [start, end];
}

export interface Token {
  /** folded word */
  w: string;
  /** folded offsets */
  fs: number;
  fe: number;
  /** first letter upper case in the original */
  cap: boolean;
}

/** a word starts with a letter or digit (a lone combining mark such as the emoji variation selector is no word) */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
/** Scripts written without spaces between words: only there is Intl.Segmenter worth its cost. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | null | undefined;

/**
 * Word tokens of the folded text. Latin/Greek/Cyrillic text (everything this coach has lexicons for)
 * is split with a Unicode letter regex, which equals Intl.Segmenter's word boundaries there and is ~25x
 * faster (Segmenter: ~1.8 ms for 3,000 characters on the reference machine, and super-linear on long
 * input). Text in scripts without spaces (CJK, Thai ...) goes through Intl.Segmenter in 1,000-char
 * chunks so that words are still found.
 */
export function tokenize(text: string, f: Folded, limit = Infinity): Token[] {
  const s = f.s;
  const toks: Token[] = [];
  const useSeg = NO_SPACE_SCRIPT.test(s.length > 20000 ? s.slice(0, 20000) : s);
  if (useSeg && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    if (segmenter === undefined) segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    const seg = segmenter!;
    for (let off = 0; off < s.length && toks.length < limit; off += 1000) {
      let endOff = Math.min(s.length, off + 1000);
      // extend chunk to a space so a word is not split
      while (endOff < s.length && endOff - off < 1200 && s.charCodeAt(endOff) !== 32) endOff++;
      for (const part of seg.segment(s.slice(off, endOff))) {
        if (!part.isWordLike) continue;
        const fs = off + part.index;
        toks.push(mkTok(text, f, part.segment, fs));
        if (toks.length >= limit) break;
      }
      off = endOff - 1000;
    }
    return toks;
  }
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(s)) !== null) {
    let w = m[0];
    // a trailing abbreviation dot is not part of the word ("Dr." -> "dr"), and "e.g" style tokens split
    toks.push(mkTok(text, f, w, m.index));
    if (toks.length >= limit) break;
  }
  return toks;
}

function mkTok(text: string, f: Folded, w: string, fs: number): Token {
  const oc = text.charCodeAt(f.map[fs] ?? 0);
  const ch = String.fromCharCode(oc);
  const cap = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  return { w, fs, fe: fs + w.length, cap };
}

/** true when the original text of a token is all upper case (acronyms like "ETH", "SBB"). */
export function isAllCaps(text: string, f: Folded, t: Token): boolean {
  const a = f.map[t.fs] ?? 0;
  const b = (f.map[t.fe - 1] ?? a) + 1;
  const o = text.slice(a, b);
  return o.length >= 2 && o === o.toUpperCase() && o !== o.toLowerCase();
}

/** Folds a short string (a word, a name) without an offset map: lower case, ß->ss, ä->ae, accents stripped. */
export function foldPlain(str: string): string {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : str[i];
    else {
      const r = c <= 0x24f ? LATIN[c - 0x80] : SPECIAL[c];
      out += r ?? str[i]!.toLowerCase();
    }
  }
  return out;
}

/** Folds a lexicon source: only non-ASCII letters are folded so regex escapes (\s, \p{L}) survive. */
export function foldSource(src: string): string {
  return src.replace(/[^\x00-\x7f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    const r = c <= 0x24f && c >= 0x80 ? LATIN[c - 0x80] : SPECIAL[c];
    return r ?? ch;
  });
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/**
 * Compiles a phrase list (regex sources over folded text; a space stands for any whitespace) into one
 * global regex with word boundaries at both ends.
 */
export function compile(list: readonly string[]): RegExp | null {
  if (list.length === 0) return null;
  const alt = list.map((p) => foldSource(p).replace(/ /g, '\\s')).join('|');
  return new RegExp(`${B}(?:${alt})${E}`, 'gu');
}

export interface Hit {
  fs: number;
  fe: number;
}

/** First match of re in s (from 0), or null. */
export function first(re: RegExp | null, s: string): Hit | null {
  if (!re) return null;
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? { fs: m.index, fe: m.index + m[0].length } : null;
}

/** All matches of re in s (bounded count). */
export function all(re: RegExp | null, s: string, max = 50): Hit[] {
  const hits: Hit[] = [];
  if (!re) return hits;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (hits.length < max && (m = re.exec(s)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    hits.push({ fs: m.index, fe: m.index + m[0].length });
  }
  return hits;
}
