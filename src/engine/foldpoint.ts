/**
 * Where LinkedIn's desktop feed folds a post behind "…see more": after about 210 characters or
 * 3 lines, whichever comes first. Returns a UTF-16 offset into the text; text.length when the whole
 * post is shown.
 */
export const FOLD_CHARS = 210;
export const FOLD_LINES = 3;

export function foldPoint(text: string): number {
  if (typeof text !== 'string') return 0;
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  // end of the third line, if a fourth line follows
  let lines = 1;
  let cut = -1;
  for (let i = 0; i < end && i <= FOLD_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      if (lines === FOLD_LINES) { cut = i; break; }
      lines++;
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
      if (lines === FOLD_LINES) { cut = i; break; }
      lines++;
    }
  }
  if (cut >= 0) {
    // a CRLF line end: cut before the CR
    return cut > 0 && text.charCodeAt(cut - 1) === 13 ? cut - 1 : cut;
  }
  if (end <= FOLD_CHARS) return text.length;
  // back off to a word boundary (at most 30 chars), never inside a surrogate pair
  let p = FOLD_CHARS;
  for (let k = 0; k < 30; k++) {
    if (/\s/u.test(text[p - 1 - k] ?? '')) { p = p - 1 - k; break; }
  }
  const hi = text.charCodeAt(p - 1);
  if (hi >= 0xd800 && hi <= 0xdbff) p--;
  return p;
}
