/**
 * What invite.duplicate needs of earlier notes, never their text: per note a keyed sketch of its
 * fingerprint (src/engine/fingerprint.ts `sketch`: at most SKETCH_SIZE 12-bit values under a
 * per-install key), the recipient's salted hash and the day. Kept in small pieces (8 notes each,
 * well under 2 KB), so recording an invitation rewrites one piece; the most recent
 * MAX_FINGERPRINTS notes are kept. Pure apart from the storage area passed in.
 */
import { SKETCH_BITS, SKETCH_SIZE, sketch } from '../engine/fingerprint';
import type { Fingerprint } from '../engine/types';

export const MAX_FINGERPRINTS = 1000;
/** A fingerprint as the content script sends it: one 32-bit hash per word triple of a note (<= 1,200 words). */
export const MAX_FINGERPRINT_LENGTH = 1200;
export const FP_PER_PIECE = 8;
export const FP_META_KEY = 'habits.fp.meta';
export const FP_PIECE_PREFIX = 'habits.fp.';
/** Layout 1: every fingerprint (unkeyed) in one value; migrated to sketches and removed. */
export const LEGACY_FINGERPRINTS_KEY = 'habits.fingerprints';
/** The per-install key of the sketches (hex). */
export const SKETCH_KEY = 'habits.fpkey';

export interface FingerprintEntry {
  /** Keyed sketch of the note's fingerprint. */
  f: Fingerprint;
  /** Salted hash of the recipient's name (32 hex digits). */
  r?: string;
  /** Local day 'YYYY-MM-DD'. */
  d: string;
}

interface FpMeta {
  v: 2;
  first: number;
  head: number;
}

const pieceKey = (n: number) => FP_PIECE_PREFIX + n;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A fingerprint as sent by a content script (unkeyed 32-bit hashes), or null. */
export function validFingerprint(x: unknown): Fingerprint | null {
  if (!Array.isArray(x) || x.length === 0 || x.length > MAX_FINGERPRINT_LENGTH) return null;
  for (const n of x) if (!Number.isInteger(n) || n < -2147483648 || n > 4294967295) return null;
  return x as Fingerprint;
}

function validEntry(e: unknown): FingerprintEntry | null {
  if (!isObj(e) || typeof e.d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(e.d)) return null;
  const f = e.f;
  if (!Array.isArray(f) || f.length === 0 || f.length > SKETCH_SIZE) return null;
  if (!f.every((n) => Number.isInteger(n) && n >= 0 && n < 2 ** SKETCH_BITS)) return null;
  const out: FingerprintEntry = { f: f as number[], d: e.d };
  if (typeof e.r === 'string' && /^[0-9a-f]{32}$/.test(e.r)) out.r = e.r;
  return out;
}

function readMeta(raw: unknown): FpMeta {
  if (isObj(raw) && raw.v === 2 && Number.isInteger(raw.first) && Number.isInteger(raw.head)) return raw as unknown as FpMeta;
  return { v: 2, first: 0, head: -1 };
}

export interface FingerprintArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Every kept entry, oldest first. */
export async function readFingerprints(area: Pick<FingerprintArea, 'get'>): Promise<FingerprintEntry[]> {
  const meta = readMeta((await area.get(FP_META_KEY))[FP_META_KEY]);
  const keys: string[] = [];
  for (let n = meta.first; n <= meta.head; n++) keys.push(pieceKey(n));
  const got = keys.length ? await area.get(keys) : {};
  const out: FingerprintEntry[] = [];
  for (const k of keys) {
    const piece = got[k];
    if (!Array.isArray(piece)) continue;
    for (const e of piece) {
      const v = validEntry(e);
      if (v) out.push(v);
    }
  }
  return out.slice(-MAX_FINGERPRINTS);
}

/** How many notes are kept (options page). */
export async function countFingerprints(area: Pick<FingerprintArea, 'get'>): Promise<number> {
  return (await readFingerprints(area)).length;
}

/** Appends an entry: rewrites the newest piece (or opens one), drops the oldest piece beyond the cap. */
export async function addFingerprint(area: FingerprintArea, entry: FingerprintEntry): Promise<void> {
  const meta = readMeta((await area.get(FP_META_KEY))[FP_META_KEY]);
  const head = meta.head >= meta.first ? (await area.get(pieceKey(meta.head)))[pieceKey(meta.head)] : undefined;
  const list = Array.isArray(head) ? head : [];
  if (meta.head >= meta.first && list.length < FP_PER_PIECE) {
    await area.set({ [pieceKey(meta.head)]: [...list, entry] });
    return;
  }
  const next: FpMeta = { v: 2, first: meta.head >= meta.first ? meta.first : meta.head + 1, head: meta.head + 1 };
  const drop: string[] = [];
  while ((next.head - next.first) * FP_PER_PIECE >= MAX_FINGERPRINTS) drop.push(pieceKey(next.first++));
  await area.set({ [pieceKey(next.head)]: [entry], [FP_META_KEY]: next });
  if (drop.length) await area.remove(drop);
}

/** Forgets every entry; returns how many there were. */
export async function clearFingerprints(area: FingerprintArea): Promise<number> {
  const meta = readMeta((await area.get(FP_META_KEY))[FP_META_KEY]);
  const n = (await readFingerprints(area)).length;
  const keys = [FP_META_KEY, LEGACY_FINGERPRINTS_KEY];
  for (let i = meta.first; i <= meta.head; i++) keys.push(pieceKey(i));
  await area.remove(keys);
  return n;
}

/**
 * Layout 1 kept unkeyed fingerprints, which a word list can turn back into the note: they are
 * replaced by keyed sketches (computed from them) and removed. Returns how many were migrated.
 */
export async function migrateLegacyFingerprints(area: FingerprintArea, key: string): Promise<number> {
  const raw = (await area.get(LEGACY_FINGERPRINTS_KEY))[LEGACY_FINGERPRINTS_KEY];
  if (raw === undefined) return 0;
  const entries = isObj(raw) && Array.isArray(raw.entries) ? raw.entries : [];
  const fresh: FingerprintEntry[] = [];
  for (const e of entries.slice(-MAX_FINGERPRINTS)) {
    if (!isObj(e) || typeof e.d !== 'string') continue;
    const f = validFingerprint(e.f);
    const entry = f ? validEntry({ f: sketch(f, key), r: e.r, d: e.d }) : null;
    if (entry) fresh.push(entry);
  }
  // Layout 1 came before any piece: the migrated notes are the oldest, newer pieces keep theirs.
  const all = [...fresh, ...(await readFingerprints(area))].slice(-MAX_FINGERPRINTS);
  const old = readMeta((await area.get(FP_META_KEY))[FP_META_KEY]);
  const meta: FpMeta = { v: 2, first: old.head + 1, head: old.head };
  const items: Record<string, unknown> = {};
  for (let i = 0; i < all.length; i += FP_PER_PIECE) items[pieceKey(++meta.head)] = all.slice(i, i + FP_PER_PIECE);
  await area.set({ ...items, [FP_META_KEY]: meta });
  const stale: string[] = [];
  for (let i = old.first; i <= old.head; i++) stale.push(pieceKey(i));
  if (stale.length) await area.remove(stale);
  await area.remove(LEGACY_FINGERPRINTS_KEY);
  return fresh.length;
}

/** Normalises a display name before hashing: case, accents' composition, spacing and ß/ss do not matter. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

/** Salted SHA-256 of a recipient's name, hex (first 128 bits). */
export async function recipientKey(salt: string, name: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<string> {
  const data = new TextEncoder().encode(`${salt}\u0000${normalizeName(name)}`);
  const digest = new Uint8Array(await subtle.digest('SHA-256', data));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return hex;
}
