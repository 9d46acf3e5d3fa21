/** Language detection from function words: English or German (incl. Swiss spelling), else unknown. */
import { fold, foldSource, tokenize, type Token } from './text';
import { STOPWORDS } from './words';
import type { Lang } from './types';

const EN = new Set(STOPWORDS.en.map(foldSource));
const DE = new Set(STOPWORDS.de.map(foldSource));

export function detectFromTokens(toks: readonly Token[]): Lang | 'unknown' {
  let en = 0;
  let de = 0;
  const n = Math.min(toks.length, 400);
  for (let i = 0; i < n; i++) {
    const w = toks[i]!.w;
    if (EN.has(w)) en++;
    if (DE.has(w)) de++;
  }
  if (en === de) return 'unknown';
  // a clear majority is needed on longer texts (mixed texts fall back to both rule sets)
  const hi = Math.max(en, de);
  const lo = Math.min(en, de);
  if (hi >= 4 && lo / hi > 0.6) return 'unknown';
  return en > de ? 'en' : 'de';
}

/** 'en' | 'de' | 'unknown' for any text. */
export function detectLanguage(text: string): Lang | 'unknown' {
  const t = typeof text === 'string' ? text.slice(0, 5000) : '';
  const f = fold(t);
  return detectFromTokens(tokenize(t, f, 400));
}
