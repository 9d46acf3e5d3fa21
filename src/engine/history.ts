/**
 * invite.duplicate's comparison with earlier notes. The history is indexed once (hash -> entries)
 * and the index is cached per history array, so the check on every keystroke costs a few map
 * look-ups instead of a pass over every earlier fingerprint. (Pass the same array between calls;
 * a changed length rebuilds the index.)
 */
import type { Fingerprint, HistoryEntry } from './types';
import { fingerprint } from './fingerprint';
import { parseName } from './names';

interface Index {
  len: number;
  sender: string | undefined;
  postings: Map<number, number[]>;
  sizes: Int32Array;
}

const MAX_ENTRIES = 5000;
const MAX_HASHES = 4000;
const cache = new WeakMap<readonly HistoryEntry[], Index>();

function build(hist: readonly HistoryEntry[], sender: string | undefined): Index {
  const len = Math.min(hist.length, MAX_ENTRIES);
  const postings = new Map<number, number[]>();
  const sizes = new Int32Array(len);
  for (let i = 0; i < len; i++) {
    const h = hist[i];
    if (!h || typeof h !== 'object') continue;
    let fp: readonly unknown[] | undefined = Array.isArray(h.fingerprint) && h.fingerprint.length > 0 ? h.fingerprint : undefined;
    if (!fp && typeof h.text === 'string') fp = fingerprint(h.text, { recipientName: typeof h.to === 'string' ? h.to : undefined, senderName: sender });
    if (!fp) continue;
    const seen = new Set<number>();
    for (let k = 0; k < fp.length && k < MAX_HASHES; k++) {
      const v = fp[k];
      if (typeof v !== 'number' || seen.has(v)) continue;
      seen.add(v);
      const list = postings.get(v);
      if (list) list.push(i);
      else postings.set(v, [i]);
    }
    sizes[i] = seen.size;
  }
  return { len, sender, postings, sizes };
}

/** Highest Dice similarity (0..1) of `fp` with an earlier note that went to someone else. */
export function bestSimilarity(
  fp: Fingerprint,
  hist: readonly HistoryEntry[],
  recipientName: string | undefined,
  recipientKey: string | undefined,
  senderName: string | undefined,
): number {
  let idx = cache.get(hist);
  if (!idx || idx.len !== Math.min(hist.length, MAX_ENTRIES) || idx.sender !== senderName) {
    idx = build(hist, senderName);
    cache.set(hist, idx);
  }
  const counts = new Int32Array(idx.len);
  const touched: number[] = [];
  for (const v of fp) {
    const list = idx.postings.get(v);
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const c = counts[i]!;
      counts[i] = c + 1;
      if (c === 0) touched.push(i);
    }
  }
  if (touched.length === 0) return 0;
  const rKey = recipientName ? parseName(recipientName)?.keys.join(' ') : undefined;
  let best = 0;
  for (const i of touched) {
    const sim = (2 * counts[i]!) / (fp.length + idx.sizes[i]!);
    if (sim <= best || sim < 0.5) continue;
    const h = hist[i]!;
    if (recipientKey && h.recipient === recipientKey) continue;
    if (rKey && typeof h.to === 'string' && parseName(h.to)?.keys.join(' ') === rKey) continue;
    best = sim;
  }
  return best;
}
