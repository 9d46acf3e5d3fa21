/**
 * The habits store as it lies in storage.local (layout 2): the history in small pieces, so that
 * recording one interaction rewrites a few kilobytes whether 100 or 100,000 events are kept, and
 * storage.onChanged ships only those few kilobytes to the extension pages that listen.
 *
 *   habits.meta          { v: 2, gen, first, head, rolled: [piece keys] }   changes when a chunk opens
 *   habits.c.<n>         up to CHUNK_EVENTS raw events, chunks first..head in time order
 *   habits.r.<gen>.<YYYY-MM>  rolled-up days of that month (id hashes, see schema.ts)
 *   habits.days          the day index of every month before the current one (popup, badge)
 *   habits.days.recent   the day index of the current month, rewritten on every record
 *
 * A rewrite of the whole history (import, migration, roll-up) writes new pieces under fresh chunk
 * numbers and a new generation, then switches `habits.meta` in one write, then removes the old
 * pieces: a write that fails on the way leaves the stored history as it was.
 * docs/storage.md describes the layout for readers of the code.
 */
import { dayKey, localDayNum, parseAt, parseDayKey } from './days';
import {
  COUNT_KINDS,
  HABITS_KEY,
  KIND_INDEX,
  currentTimeZone,
  emptyStore,
  kindOf,
  loadStore,
  storeBytes,
  validEvent,
  type HabitsStore,
  type LoadProblem,
  type RolledDay,
  type StoredEvent,
} from './schema';

export const META_KEY = 'habits.meta';
export const CHUNK_PREFIX = 'habits.c.';
export const ROLLED_PREFIX = 'habits.r.';
/** Day index of the months before the current one. */
export const DAYS_KEY = 'habits.days';
/** Day index of the current month. */
export const RECENT_DAYS_KEY = 'habits.days.recent';
export const LAYOUT_VERSION = 2;
/** Raw events per chunk: a chunk stays under ~2 KB, so one record changes little. */
export const CHUNK_EVENTS = 16;
/** Chunks read in one storage call when walking back (a month of reactions spans a few hundred). */
const WALK_BATCH = 64;

export interface StoreMeta {
  v: typeof LAYOUT_VERSION;
  /** Generation of the rolled pieces (bumped by every rewrite). */
  gen: number;
  /** Chunk numbers first..head hold the raw events (first > head: none). */
  first: number;
  head: number;
  /** Keys of the rolled-up month pieces. */
  rolled: string[];
  /** Bytes of the history's pieces (schema.ts storeBytes), kept up to date by every write (absent: not known yet). */
  bytes?: number;
}

export interface DaysPiece {
  v: 2;
  tz: string;
  /** 'YYYY-MM' of the current month (recent piece only). */
  month?: string;
  /** 'YYYY-MM-DD' → counts indexed like COUNT_KINDS. */
  days: Record<string, number[]>;
}

/** The slice of a storage area the store needs. */
export interface StoreArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type ReadArea = Pick<StoreArea, 'get'>;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
export const chunkKey = (n: number) => CHUNK_PREFIX + n;
const monthOf = (day: string) => day.slice(0, 7);

export function emptyMeta(): StoreMeta {
  return { v: LAYOUT_VERSION, gen: 0, first: 0, head: -1, rolled: [] };
}

/** The meta value, 'newer' when a later version of Rapport wrote it, null when absent or unusable. */
export function readMeta(raw: unknown): StoreMeta | 'newer' | null {
  if (!isObj(raw) || !Number.isInteger(raw.v)) return null;
  if ((raw.v as number) > LAYOUT_VERSION) return 'newer';
  const { gen, first, head, rolled } = raw;
  if (raw.v !== LAYOUT_VERSION || !Number.isInteger(gen) || !Number.isInteger(first) || !Number.isInteger(head) || !Array.isArray(rolled)) return null;
  if ((head as number) - (first as number) > 1_000_000) return null;
  const meta: StoreMeta = { v: LAYOUT_VERSION, gen: gen as number, first: first as number, head: head as number, rolled: rolled.filter((k): k is string => typeof k === 'string' && k.startsWith(ROLLED_PREFIX)) };
  if (Number.isInteger(raw.bytes) && (raw.bytes as number) >= 0) meta.bytes = raw.bytes as number;
  return meta;
}

/** The valid events of a stored chunk (anything else in it is dropped). */
export function readChunk(raw: unknown): StoredEvent[] {
  if (!Array.isArray(raw)) return [];
  const out: StoredEvent[] = [];
  for (const x of raw) {
    const e = validEvent(x);
    if (!e) continue;
    const k = (x as Record<string, unknown>).k;
    out.push(typeof k === 'string' && k.length <= 40 ? { ...e, k } : e);
  }
  return out;
}

function readRolledPiece(raw: unknown): Record<string, RolledDay> {
  return loadStore({ v: 1, events: [], rolled: isObj(raw) ? raw : {} }).store.rolled;
}

// ── day indexes ──────────────────────────────────────────────────────────────

function addCounts(days: Record<string, number[]>, day: string, kindIdx: number, by: number): void {
  const c = (days[day] ??= [0, 0, 0, 0, 0, 0]);
  c[kindIdx] = Math.max(0, c[kindIdx]! + by);
}

/** Day indexes (archive: before `month`; recent: `month`) of a whole store, in time zone `tz`. */
export function buildDayPieces(store: HabitsStore, month: string, tz = currentTimeZone()): { archive: DaysPiece; recent: DaysPiece } {
  const archive: DaysPiece = { v: 2, tz, days: {} };
  const recent: DaysPiece = { v: 2, tz, month, days: {} };
  for (const e of store.events) {
    const t = parseAt(e.at);
    if (t === null) continue;
    const day = dayKey(localDayNum(t));
    addCounts(monthOf(day) >= month ? recent.days : archive.days, day, KIND_INDEX[kindOf(e)], 1);
  }
  for (const [day, rd] of Object.entries(store.rolled)) {
    const target = monthOf(day) >= month ? recent.days : archive.days;
    for (const k of COUNT_KINDS) if (rd[k]?.length) addCounts(target, day, KIND_INDEX[k], rd[k]!.length);
  }
  return { archive, recent };
}

function validPiece(raw: unknown, tz: string): DaysPiece | null {
  if (!isObj(raw) || raw.v !== 2 || raw.tz !== tz || !isObj(raw.days)) return null;
  for (const [key, c] of Object.entries(raw.days)) {
    if (parseDayKey(key) === null || !Array.isArray(c) || c.length !== 6 || !c.every((x) => Number.isInteger(x) && x >= 0)) return null;
  }
  return raw as unknown as DaysPiece;
}

/** The keys a reader of the day counts asks for (with the notice: the popup's one read). */
export const DAY_INDEX_KEYS = [DAYS_KEY, RECENT_DAYS_KEY] as const;

/**
 * Day counts from the two day indexes as read from storage, or null when one is missing, foreign,
 * or from another time zone (the reader then loads the history, and the background rebuilds them).
 */
export function readDayIndexes(got: Record<string, unknown>, tz = currentTimeZone()): Map<number, number[]> | null {
  const archive = validPiece(got[DAYS_KEY], tz);
  const recent = validPiece(got[RECENT_DAYS_KEY], tz);
  if (!archive || !recent) return null;
  return addPiece(addPiece(new Map(), archive), recent);
}

/** Adds a (valid) day index piece's counts into `out`. */
function addPiece(out: Map<number, number[]>, piece: DaysPiece): Map<number, number[]> {
  for (const [key, c] of Object.entries(piece.days)) {
    const n = parseDayKey(key)!;
    const prev = out.get(n);
    out.set(n, prev ? prev.map((v, i) => v + c[i]!) : [...c]);
  }
  return out;
}

// ── reading the whole history ────────────────────────────────────────────────

export interface FullRead {
  store: HabitsStore;
  meta: StoreMeta;
  /** Layout 1 (one `habits` value) still in storage: the caller migrates it. */
  legacy: boolean;
  problem: LoadProblem | null;
}

/** Every event and rolled-up day (export, import, migration, the popup's slow path). Never throws on content. */
export async function readFullStore(area: ReadArea): Promise<FullRead> {
  const got = await area.get([META_KEY, HABITS_KEY]);
  const meta = readMeta(got[META_KEY]);
  if (meta === 'newer') return { store: emptyStore(), meta: emptyMeta(), legacy: false, problem: 'newer' };
  if (meta === null) {
    if (got[META_KEY] !== undefined) return recoverPieces(area, got[HABITS_KEY] !== undefined);
    if (got[HABITS_KEY] === undefined) return { store: emptyStore(), meta: emptyMeta(), legacy: false, problem: null };
    const res = loadStore(got[HABITS_KEY]);
    return { store: res.store, meta: emptyMeta(), legacy: true, problem: res.problem };
  }
  const keys: string[] = [...meta.rolled];
  for (let n = meta.first; n <= meta.head; n++) keys.push(chunkKey(n));
  const pieces = keys.length ? await area.get(keys) : {};
  const store = emptyStore();
  for (const k of meta.rolled) {
    for (const [day, rd] of Object.entries(readRolledPiece(pieces[k]))) store.rolled[day] = rd;
  }
  const seen = new Set<string>();
  for (let n = meta.first; n <= meta.head; n++) {
    for (const e of readChunk(pieces[chunkKey(n)])) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      store.events.push(e);
    }
  }
  // Chunks are in time order, and so are their events, unless the clock moved back.
  let sorted = true;
  for (let i = 1; i < store.events.length && sorted; i++) if (parseAt(store.events[i]!.at)! < parseAt(store.events[i - 1]!.at)!) sorted = false;
  if (!sorted) store.events.sort((a, b) => parseAt(a.at)! - parseAt(b.at)!);
  return { store, meta, legacy: got[HABITS_KEY] !== undefined, problem: null };
}

/**
 * The history when its meta cannot be read (damaged): rebuilt from every piece in storage, so
 * nothing is lost. Every chunk is read (an event in two chunks counts once) and every rolled-up
 * piece (a day in two generations keeps the ids of both); the meta returned names all of them, so
 * the rewrite that follows (writeFullStore) removes them.
 */
async function recoverPieces(area: ReadArea, legacy: boolean): Promise<FullRead> {
  const all = await area.get(null);
  const chunkNums: number[] = [];
  const rolledKeys: string[] = [];
  let gen = 0;
  for (const k of Object.keys(all)) {
    if (k.startsWith(CHUNK_PREFIX) && /^\d{1,9}$/.test(k.slice(CHUNK_PREFIX.length))) chunkNums.push(Number(k.slice(CHUNK_PREFIX.length)));
    else if (k.startsWith(ROLLED_PREFIX)) {
      rolledKeys.push(k);
      const g = Number(k.slice(ROLLED_PREFIX.length).split('.')[0]);
      if (Number.isInteger(g) && g > gen) gen = g;
    }
  }
  chunkNums.sort((a, b) => a - b);
  const store = emptyStore();
  for (const k of rolledKeys.sort()) {
    for (const [day, rd] of Object.entries(readRolledPiece(all[k]))) {
      const into = (store.rolled[day] ??= {});
      for (const kind of COUNT_KINDS) if (rd[kind]?.length) into[kind] = [...new Set([...(into[kind] ?? []), ...rd[kind]!])];
    }
  }
  const seen = new Set<string>();
  for (const n of chunkNums) {
    for (const e of readChunk(all[chunkKey(n)])) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      store.events.push(e);
    }
  }
  store.events.sort((a, b) => parseAt(a.at)! - parseAt(b.at)!);
  const meta: StoreMeta = { v: LAYOUT_VERSION, gen, first: chunkNums[0] ?? 0, head: chunkNums.at(-1) ?? -1, rolled: rolledKeys };
  return { store, meta, legacy, problem: null };
}

/**
 * Writes a whole store as a new generation of pieces, switches the meta to it, then removes the
 * old pieces (and a layout-1 value). Until the switch, the old history stays what readers see; a
 * failure before it removes what was written and rethrows.
 */
export async function writeFullStore(area: StoreArea, old: StoreMeta, store: HabitsStore, month: string, tz = currentTimeZone()): Promise<StoreMeta> {
  const gen = old.gen + 1;
  const first = old.head + 1;
  const written: string[] = [];
  const meta: StoreMeta = { v: LAYOUT_VERSION, gen, first, head: first - 1, rolled: [], bytes: storeBytes(store) };
  try {
    const byMonth = new Map<string, Record<string, RolledDay>>();
    for (const [day, rd] of Object.entries(store.rolled)) {
      const m = monthOf(day);
      let piece = byMonth.get(m);
      if (!piece) byMonth.set(m, (piece = {}));
      piece[day] = rd;
    }
    let batch: Record<string, unknown> = {};
    let batchSize = 0;
    const flush = async () => {
      if (batchSize === 0) return;
      await area.set(batch);
      written.push(...Object.keys(batch));
      batch = {};
      batchSize = 0;
    };
    const put = async (key: string, value: unknown) => {
      batch[key] = value;
      if (++batchSize >= 500) await flush();
    };
    for (const [m, piece] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const key = `${ROLLED_PREFIX}${gen}.${m}`;
      meta.rolled.push(key);
      await put(key, piece);
    }
    for (let i = 0; i < store.events.length; i += CHUNK_EVENTS) {
      meta.head++;
      await put(chunkKey(meta.head), store.events.slice(i, i + CHUNK_EVENTS));
    }
    await flush();
    const { archive, recent } = buildDayPieces(store, month, tz);
    await area.set({ [META_KEY]: meta, [DAYS_KEY]: archive, [RECENT_DAYS_KEY]: recent });
  } catch (err) {
    await area.remove(written).catch(() => undefined);
    throw err;
  }
  const stale: string[] = [...old.rolled.filter((k) => !meta.rolled.includes(k)), HABITS_KEY];
  for (let n = old.first; n <= old.head; n++) stale.push(chunkKey(n));
  await area.remove(stale).catch(() => undefined);
  return meta;
}

// ── the live store: what recording touches ───────────────────────────────────

/**
 * The background worker's handle on the stored history. Recording reads the meta, the newest
 * chunk and the current month's index (cached while the worker lives), and writes the chunk and
 * the index: a constant amount of work at any history size.
 */
export function createLiveStore(area: StoreArea, tz: () => string = currentTimeZone) {
  let meta: StoreMeta | null = null;
  let recent: DaysPiece | null = null;
  let archive: DaysPiece | null = null;
  let archiveCounts: { piece: DaysPiece; counts: Map<number, number[]> } | null = null;
  const chunks = new Map<number, StoredEvent[]>();

  function reset(): void {
    meta = null;
    recent = null;
    archive = null;
    chunks.clear();
  }

  async function ensure(): Promise<StoreMeta> {
    if (meta) return meta;
    const got = await area.get([META_KEY, DAYS_KEY, RECENT_DAYS_KEY]);
    const m = readMeta(got[META_KEY]);
    if (m === null || m === 'newer') throw new Error('habits store not ready');
    meta = m;
    archive = validPiece(got[DAYS_KEY], tz());
    recent = validPiece(got[RECENT_DAYS_KEY], tz());
    return m;
  }

  /** Chunk n, read with the WALK_BATCH older ones it lacks (a walk back goes on to them). */
  async function chunk(n: number, first = n): Promise<StoredEvent[]> {
    const have = chunks.get(n);
    if (have) return have;
    const keys: string[] = [];
    for (let j = n; j >= Math.max(first, n - WALK_BATCH + 1) && !chunks.has(j); j--) keys.push(chunkKey(j));
    const got = await area.get(keys);
    for (const k of keys) chunks.set(Number(k.slice(CHUNK_PREFIX.length)), readChunk(got[k]));
    return chunks.get(n)!;
  }

  /**
   * The newest raw event of `type` with de-duplication key `k` at or after `since` (ms), and where
   * it lies. Compares keys only, and each chunk's time once: cheap over a month of events.
   */
  async function findKey(type: string, k: string, since: number): Promise<{ e: StoredEvent; n: number; i: number } | null> {
    const m = await ensure();
    for (let n = m.head; n >= m.first; n--) {
      const c = await chunk(n, m.first);
      if (c.length === 0) continue;
      for (let i = c.length - 1; i >= 0; i--) {
        const e = c[i]!;
        if (e.k === k && e.type === type) return (parseAt(e.at) ?? 0) >= since ? { e, n, i } : null;
      }
      // Chunks are in time order: once a chunk's oldest event is before `since`, older chunks are too.
      if ((parseAt(c[0]!.at) ?? 0) < since) return null;
    }
    return null;
  }

  /** Rebuilds the day indexes when missing or from another time zone (the caller holds the store). */
  async function indexes(month: string): Promise<{ archive: DaysPiece; recent: DaysPiece }> {
    await ensure();
    if (!archive || !recent) {
      const full = await readFullStore(area);
      const built = buildDayPieces(full.store, month, tz());
      await area.set({ [DAYS_KEY]: built.archive, [RECENT_DAYS_KEY]: built.recent });
      archive = built.archive;
      recent = built.recent;
    }
    if (recent.month !== month) {
      // A new month: the finished one joins the archive (one larger write, once a month).
      const a: DaysPiece = { v: 2, tz: tz(), days: { ...archive.days } };
      const r: DaysPiece = { v: 2, tz: tz(), month, days: {} };
      for (const [day, c] of Object.entries(recent.days)) (monthOf(day) >= month ? r : a).days[day] = c;
      await area.set({ [DAYS_KEY]: a, [RECENT_DAYS_KEY]: r });
      archive = a;
      recent = r;
    }
    return { archive, recent };
  }

  return {
    reset,
    ensure,
    findKey,
    /** The history's stored bytes as far as known (undefined before the first read, or for a store of an earlier build). */
    bytes: (): number | undefined => meta?.bytes,
    /** Appends an event recorded now. */
    async append(e: StoredEvent, month: string): Promise<void> {
      const m = await ensure();
      const { recent: r } = await indexes(month);
      // `e` is recorded now, so its day is in the current month.
      const day = dayKey(localDayNum(parseAt(e.at)!));
      const head = m.head >= m.first ? await chunk(m.head) : null;
      const nextRecent: DaysPiece = { ...r, days: { ...r.days, [day]: [...(r.days[day] ?? [0, 0, 0, 0, 0, 0])] } };
      addCounts(nextRecent.days, day, KIND_INDEX[kindOf(e)], 1);
      // The byte count goes to storage with the meta when a chunk opens (it lags by at most a chunk).
      const bytes = m.bytes === undefined ? undefined : m.bytes + JSON.stringify(e).length + 1;
      if (head && head.length < CHUNK_EVENTS) {
        const next = [...head, e];
        await area.set({ [chunkKey(m.head)]: next, [RECENT_DAYS_KEY]: nextRecent });
        chunks.set(m.head, next);
        meta = { ...m, bytes };
      } else {
        const nm: StoreMeta = { ...m, head: m.head + 1, first: m.head >= m.first ? m.first : m.head + 1, bytes };
        await area.set({ [chunkKey(nm.head)]: [e], [META_KEY]: nm, [RECENT_DAYS_KEY]: nextRecent });
        chunks.set(nm.head, [e]);
        meta = nm;
      }
      recent = nextRecent;
    },
    /** Removes the raw event at chunk n, index i (found by findKey). */
    async removeAt(n: number, i: number, month: string): Promise<void> {
      await ensure();
      const { recent: r, archive: a } = await indexes(month);
      const c = await chunk(n);
      const e = c[i]!;
      const next = c.filter((_, j) => j !== i);
      const day = dayKey(localDayNum(parseAt(e.at)!));
      const items: Record<string, unknown> = { [chunkKey(n)]: next };
      if (monthOf(day) >= month) {
        const nr: DaysPiece = { ...r, days: { ...r.days, [day]: [...(r.days[day] ?? [0, 0, 0, 0, 0, 0])] } };
        addCounts(nr.days, day, KIND_INDEX[kindOf(e)], -1);
        items[RECENT_DAYS_KEY] = nr;
        recent = nr;
      } else {
        const na: DaysPiece = { ...a, days: { ...a.days, [day]: [...(a.days[day] ?? [0, 0, 0, 0, 0, 0])] } };
        addCounts(na.days, day, KIND_INDEX[kindOf(e)], -1);
        items[DAYS_KEY] = na;
        archive = na;
      }
      await area.set(items);
      chunks.set(n, next);
    },
    /** Day counts of the whole history, from the indexes (badge). */
    async dayCounts(month: string): Promise<Map<number, number[]>> {
      const { archive: a, recent: r } = await indexes(month);
      // The archive changes once a month (or on a rewrite): its counts are kept; the month's are added afresh.
      if (archiveCounts?.piece !== a) archiveCounts = { piece: a, counts: addPiece(new Map(), a) };
      const out = new Map(archiveCounts.counts);
      for (const [key, c] of Object.entries(r.days)) {
        const n = parseDayKey(key)!;
        const prev = out.get(n);
        out.set(n, prev ? prev.map((v, i) => v + c[i]!) : c);
      }
      return out;
    },
    /** Replaces the whole history (import, migration, roll-up). */
    async replace(store: HabitsStore, month: string, old: StoreMeta): Promise<void> {
      reset();
      try {
        await writeFullStore(area, old, store, month, tz());
      } finally {
        reset();
      }
    },
  };
}

export type LiveStore = ReturnType<typeof createLiveStore>;

/** 'YYYY-MM' of the local month of an instant. */
export function monthKey(at: Date | number): string {
  return dayKey(localDayNum(at)).slice(0, 7);
}
