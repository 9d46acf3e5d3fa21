/**
 * Invitation fingerprints (never raw texts) with the recipient's salted hash and the day,
 * capped to the most recent entries. Pure: no extension APIs.
 */
import type { Fingerprint } from '../engine/types';

export const MAX_FINGERPRINTS = 1000;
export const MAX_FINGERPRINT_LENGTH = 2048;

export interface FingerprintEntry {
  /** The note's fingerprint: sorted 32-bit shingle hashes. */
  f: Fingerprint;
  /** Salted hash of the recipient's name. */
  r?: string;
  /** Local day 'YYYY-MM-DD'. */
  d: string;
}

export interface FingerprintStore {
  v: 1;
  entries: FingerprintEntry[];
}

export function validFingerprint(x: unknown): Fingerprint | null {
  if (!Array.isArray(x) || x.length === 0 || x.length > MAX_FINGERPRINT_LENGTH) return null;
  for (const n of x) if (!Number.isInteger(n) || n < -2147483648 || n > 4294967295) return null;
  return x as Fingerprint;
}

/** Reads whatever storage holds; anything unusable is an empty store. */
export function loadFingerprints(raw: unknown): FingerprintStore {
  const out: FingerprintStore = { v: 1, entries: [] };
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as FingerprintStore).entries)) return out;
  for (const e of (raw as FingerprintStore).entries) {
    if (typeof e !== 'object' || e === null) continue;
    const f = validFingerprint(e.f);
    if (!f || typeof e.d !== 'string') continue;
    out.entries.push(typeof e.r === 'string' ? { f, r: e.r, d: e.d } : { f, d: e.d });
  }
  out.entries = out.entries.slice(-MAX_FINGERPRINTS);
  return out;
}

/** Appends an entry, dropping the oldest beyond the cap. Mutates the store. */
export function addFingerprint(store: FingerprintStore, entry: FingerprintEntry, cap = MAX_FINGERPRINTS): void {
  store.entries.push(entry);
  if (store.entries.length > cap) store.entries.splice(0, store.entries.length - cap);
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
