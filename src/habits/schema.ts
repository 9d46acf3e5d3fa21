/**
 * The habits store in storage.local: a versioned value with migrations. Raw events are kept for
 * 400 days; older ones are rolled up into per-day sets of id hashes (their count is the figure),
 * so storage stays small for years while import can still tell an event it already holds.
 * A corrupt or foreign value is reported (never thrown), so the caller can set it aside.
 * Pure: no DOM, no extension APIs.
 */
import { isEventType, type EventType, type InteractionEvent } from '../shared/events';
import type { StreakKind } from '../shared/settings';
import { dayKey, localDayNum, parseAt, parseDayKey } from './days';

export const HABITS_KEY = 'habits';
/** Corrupt or foreign values are kept under `habits.backup.<epoch ms>`. */
export const BACKUP_PREFIX = 'habits.backup.';
/** Set when a value was set aside; the popup shows a notice until dismissed. */
export const NOTICE_KEY = 'habits.notice';
export const SALT_KEY = 'habits.salt';

export const STORE_VERSION = 1;
/** Raw events older than this are rolled up into daily counts. */
export const KEEP_RAW_DAYS = 400;

/** What one interaction counts as: its type, invitations split by whether they carried a note. */
export type CountKind = StreakKind;
/** Index order of per-day count arrays. */
export const COUNT_KINDS = ['post', 'comment', 'reaction', 'invite-note', 'invite-plain', 'message'] as const satisfies readonly CountKind[];
export const KIND_INDEX: Record<CountKind, number> = {
  post: 0,
  comment: 1,
  reaction: 2,
  'invite-note': 3,
  'invite-plain': 4,
  message: 5,
};

/** A stored event: the exported fields plus `k`, a salted hash of the sender's de-duplication key. */
export interface StoredEvent extends InteractionEvent {
  k?: string;
}

/** A rolled-up day: for each kind, the hashes of the ids of its events (the count is the length). */
export type RolledDay = Partial<Record<CountKind, string[]>>;

export interface HabitsStore {
  v: typeof STORE_VERSION;
  /** Raw events, ascending by time. */
  events: StoredEvent[];
  /** 'YYYY-MM-DD' (local day when rolled up) → rolled day. */
  rolled: Record<string, RolledDay>;
}

export interface NoticeValue {
  at: string;
  backupKey: string;
  reason: LoadProblem;
}

export type LoadProblem = 'corrupt' | 'newer';

export interface LoadResult {
  store: HabitsStore;
  /** Set when the stored value could not be used: the caller sets it aside under a backup key. */
  problem: LoadProblem | null;
  /** The stored value needs rewriting (migrated, or invalid entries dropped). */
  changed: boolean;
}

export function emptyStore(): HabitsStore {
  return { v: STORE_VERSION, events: [], rolled: {} };
}

export function kindOf(e: Pick<InteractionEvent, 'type' | 'note'>): CountKind {
  if (e.type === 'invite') return e.note ? 'invite-note' : 'invite-plain';
  return e.type;
}

export function typeOfKind(k: CountKind): { type: EventType; note?: boolean } {
  if (k === 'invite-note') return { type: 'invite', note: true };
  if (k === 'invite-plain') return { type: 'invite', note: false };
  return { type: k };
}

/** A small, fast, well-mixed 53-bit string hash (cyrb53), base 36. Not cryptographic: used for ids and keys. */
export function hash53(str: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Id of a synthetic event exported from a rolled-up day: import maps it back to the same hash. */
export const ROLLUP_ID_PREFIX = 'rollup-';

/** The hash under which an event id is remembered in a rolled-up day. */
export function idHash(id: string): string {
  return id.startsWith(ROLLUP_ID_PREFIX) ? id.slice(ROLLUP_ID_PREFIX.length) : hash53(id);
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export const MAX_ID_LENGTH = 100;
export const MIN_EVENT_MS = Date.UTC(2000, 0, 1);
export const MAX_EVENT_MS = Date.UTC(2100, 0, 1);

/** A valid event (exported fields only), or null. */
export function validEvent(x: unknown): InteractionEvent | null {
  if (!isObj(x)) return null;
  const { id, type, at, note } = x;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  if (!isEventType(type)) return null;
  const t = parseAt(at);
  // Plausible instants only (bounds every day loop; a year-9999 event is a broken file, not history).
  if (t === null || t < MIN_EVENT_MS || t > MAX_EVENT_MS) return null;
  if (type === 'invite') {
    if (note !== undefined && typeof note !== 'boolean') return null;
    return { id, type, at: at as string, note: note === true };
  }
  return { id, type, at: at as string };
}

function validStoredEvent(x: unknown): StoredEvent | null {
  const e = validEvent(x);
  if (!e) return null;
  const k = (x as Record<string, unknown>).k;
  return typeof k === 'string' && k.length <= 40 ? { ...e, k } : e;
}

function validRolled(x: unknown): Record<string, RolledDay> | null {
  if (!isObj(x)) return null;
  const out: Record<string, RolledDay> = {};
  for (const [day, v] of Object.entries(x)) {
    if (parseDayKey(day) === null || !isObj(v)) continue;
    const rd: RolledDay = {};
    for (const k of COUNT_KINDS) {
      const list = v[k];
      if (Array.isArray(list)) {
        const hs = list.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length <= 16);
        if (hs.length) rd[k] = hs;
      }
    }
    if (Object.keys(rd).length) out[day] = rd;
  }
  return out;
}

const byTime = (a: StoredEvent, b: StoredEvent) => (parseAt(a.at) ?? 0) - (parseAt(b.at) ?? 0);

/**
 * Migrations: index i turns a version-i value into version i+1. Version 0 is a bare array of
 * events (the shape before the store was versioned).
 */
const MIGRATIONS: ((raw: unknown) => unknown)[] = [(raw) => ({ v: 1, events: raw, rolled: {} })];

function versionOf(raw: unknown): number | null {
  if (Array.isArray(raw)) return 0;
  if (isObj(raw) && Number.isInteger(raw.v) && (raw.v as number) >= 1) return raw.v as number;
  return null;
}

/** Reads whatever storage holds under HABITS_KEY. Never throws. */
export function loadStore(raw: unknown): LoadResult {
  if (raw === undefined || raw === null) return { store: emptyStore(), problem: null, changed: false };
  let v = versionOf(raw);
  if (v === null) return { store: emptyStore(), problem: 'corrupt', changed: false };
  if (v > STORE_VERSION) return { store: emptyStore(), problem: 'newer', changed: false };
  let changed = false;
  let value: unknown = raw;
  while (v < STORE_VERSION) {
    const step = MIGRATIONS[v];
    if (!step) return { store: emptyStore(), problem: 'corrupt', changed: false };
    value = step(value);
    v++;
    changed = true;
  }
  const obj = value as Record<string, unknown>;
  if (!Array.isArray(obj.events)) return { store: emptyStore(), problem: 'corrupt', changed: false };
  const rolled = obj.rolled === undefined ? {} : validRolled(obj.rolled);
  if (!rolled) return { store: emptyStore(), problem: 'corrupt', changed: false };
  const events: StoredEvent[] = [];
  const ids = new Set<string>();
  let sorted = true;
  let prev = -Infinity;
  for (const x of obj.events) {
    const e = validStoredEvent(x);
    if (!e || ids.has(e.id)) {
      changed = true;
      continue;
    }
    ids.add(e.id);
    const t = parseAt(e.at)!;
    if (t < prev) sorted = false;
    prev = t;
    events.push(e);
  }
  if (!sorted) {
    events.sort(byTime);
    changed = true;
  }
  return { store: { v: STORE_VERSION, events, rolled }, problem: null, changed };
}

/** Inserts an event keeping time order (usually an append). Mutates the store. */
export function insertEvent(store: HabitsStore, e: StoredEvent): void {
  const t = parseAt(e.at) ?? 0;
  let i = store.events.length;
  while (i > 0 && (parseAt(store.events[i - 1]!.at) ?? 0) > t) i--;
  store.events.splice(i, 0, e);
}

/** Whether a rolled-up day around `day` (±1 day, for time-zone moves) already holds the hash. */
function rolledHas(store: HabitsStore, dayN: number, kind: CountKind, h: string): boolean {
  for (const n of [dayN, dayN - 1, dayN + 1]) {
    if (store.rolled[dayKey(n)]?.[kind]?.includes(h)) return true;
  }
  return false;
}

/** Whether an event is already remembered in a rolled-up day (by its id's hash). */
export function rolledHolds(store: HabitsStore, e: InteractionEvent): boolean {
  const t = parseAt(e.at);
  return t !== null && rolledHas(store, localDayNum(t), kindOf(e), idHash(e.id));
}

/** Adds an event to the rolled-up days; false when it was already there. Mutates the store. */
export function addRolled(store: HabitsStore, e: InteractionEvent): boolean {
  const t = parseAt(e.at);
  if (t === null) return false;
  const dayN = localDayNum(t);
  const kind = kindOf(e);
  const h = idHash(e.id);
  if (rolledHas(store, dayN, kind, h)) return false;
  const day = (store.rolled[dayKey(dayN)] ??= {});
  (day[kind] ??= []).push(h);
  return true;
}

/** Cut-off instant: raw events before it are rolled up. */
export function rollupCutoff(nowMs: number, keepDays = KEEP_RAW_DAYS): number {
  return nowMs - keepDays * 86_400_000;
}

/** Moves raw events older than `keepDays` into rolled-up days. Returns how many moved. Mutates the store. */
export function rollup(store: HabitsStore, nowMs: number, keepDays = KEEP_RAW_DAYS): number {
  const cutoff = rollupCutoff(nowMs, keepDays);
  let n = 0;
  while (n < store.events.length && (parseAt(store.events[n]!.at) ?? 0) < cutoff) n++;
  if (n === 0) return 0;
  for (const e of store.events.slice(0, n)) addRolled(store, e);
  store.events.splice(0, n);
  return n;
}

/** Bytes an event takes in a stored chunk (its JSON and a comma), and an id hash once rolled up. */
const eventBytes = (e: StoredEvent): number => JSON.stringify(e).length + 1;
const hashBytes = (h: string): number => h.length + 3;

/** The stored size of a history in bytes, as storage counts it (the JSON of its pieces, near enough). */
export function storeBytes(store: HabitsStore): number {
  let n = 0;
  for (const e of store.events) n += eventBytes(e);
  for (const [day, rd] of Object.entries(store.rolled)) {
    n += day.length + 6;
    for (const k of COUNT_KINDS) for (const h of rd[k] ?? []) n += hashBytes(h);
  }
  return n;
}

/**
 * Keeps a history within `budget` bytes by rolling up its oldest raw events first (each day keeps
 * their count and ids' hashes, not their times); the newest stay raw. A history of rolled-up days
 * alone that is still larger stays as it is (its write may fail, and that is shown). Returns how
 * many events were rolled up. Mutates the store.
 */
export function fitBudget(store: HabitsStore, budget: number): number {
  let bytes = storeBytes(store);
  let n = 0;
  while (bytes > budget && n < store.events.length) {
    const e = store.events[n++]!;
    bytes -= eventBytes(e) - hashBytes(idHash(e.id));
  }
  if (n === 0) return 0;
  for (const e of store.events.slice(0, n)) addRolled(store, e);
  store.events.splice(0, n);
  return n;
}

export function currentTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
