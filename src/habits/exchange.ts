/**
 * Export and import, exactly as docs/contract.md §4: one JSON file with every event and the settings.
 * Import merges without duplicates; a file that is not this format is refused with a reason and
 * nothing changes (parse first, then merge into a copy). Pure: no DOM, no extension APIs.
 */
import type { InteractionEvent } from '../shared/events';
import type { Settings } from '../shared/settings';
import { dayParts, isoLocal, parseAt, parseDayKey } from './days';
import {
  COUNT_KINDS,
  ROLLUP_ID_PREFIX,
  addRolled,
  insertEvent,
  rolledHolds,
  rollup,
  rollupCutoff,
  typeOfKind,
  validEvent,
  type HabitsStore,
} from './schema';

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_VERSION = 1;
/**
 * Files larger than this are refused before parsing, and the options page checks a file's size
 * before reading it. 500,000 events of the contract's shape take ~40 MB.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Events later than now + 1 day are not taken (a wrong clock or a forged file, never history). */
export const FUTURE_SLACK_MS = 86_400_000;
export const MAX_IMPORT_EVENTS = 500_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  events: InteractionEvent[];
  settings: Settings | Record<string, never>;
}

/** Every event the store holds, rolled-up days as synthetic events at local noon (ids `rollup-<hash>`). */
export function exportEvents(store: HabitsStore): InteractionEvent[] {
  const out: InteractionEvent[] = [];
  for (const [key, rd] of Object.entries(store.rolled).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const n = parseDayKey(key);
    if (n === null) continue;
    const { y, m, d } = dayParts(n);
    const at = isoLocal(new Date(y, m - 1, d, 12));
    for (const k of COUNT_KINDS) {
      for (const h of rd[k] ?? []) {
        const { type, note } = typeOfKind(k);
        out.push(type === 'invite' ? { id: ROLLUP_ID_PREFIX + h, type, at, note: note === true } : { id: ROLLUP_ID_PREFIX + h, type, at });
      }
    }
  }
  for (const e of store.events) {
    out.push(e.type === 'invite' ? { id: e.id, type: e.type, at: e.at, note: e.note === true } : { id: e.id, type: e.type, at: e.at });
  }
  return out;
}

export function buildExport(store: HabitsStore, settings: Settings, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    events: exportEvents(store),
    settings,
  };
}

export type ImportError = 'too-large' | 'not-json' | 'not-rapport' | 'version' | 'no-events' | 'bad-event' | 'too-many';

export type ParsedImport =
  | {
      ok: true;
      events: InteractionEvent[];
      /** Events later than now + 1 day, left out. */
      future: number;
      /** The file's settings object as it is (merged field by field, see mergeSettings), if it holds any. */
      settings?: Record<string, unknown>;
    }
  | { ok: false; error: ImportError; /** index of the first bad event */ index?: number };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Validates an export file (text or parsed JSON). Every event must be valid, or the file is
 * refused; events dated later than `nowMs` + 1 day are valid but left out (and counted).
 */
export function parseExport(input: unknown, nowMs = Date.now()): ParsedImport {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, error: 'not-json' };
    }
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) return { ok: false, error: 'not-rapport' };
  if (data.version !== EXPORT_VERSION) return { ok: false, error: 'version' };
  if (!Array.isArray(data.events)) return { ok: false, error: 'no-events' };
  if (data.events.length > MAX_IMPORT_EVENTS) return { ok: false, error: 'too-many' };
  const events: InteractionEvent[] = [];
  const latest = nowMs + FUTURE_SLACK_MS;
  let future = 0;
  for (let i = 0; i < data.events.length; i++) {
    const raw = data.events[i];
    const e = validEvent(raw);
    // `note` belongs to invitations only (§4): a note on another kind means a foreign file.
    if (!e || (e.type !== 'invite' && isObj(raw) && 'note' in raw)) return { ok: false, error: 'bad-event', index: i };
    if (parseAt(e.at)! > latest) future++;
    else events.push(e);
  }
  if (data.settings !== undefined && !isObj(data.settings)) return { ok: false, error: 'not-rapport' };
  if (isObj(data.settings) && Object.keys(data.settings).length > 0) return { ok: true, events, future, settings: data.settings };
  return { ok: true, events, future };
}

export interface MergeResult {
  store: HabitsStore;
  added: number;
  skipped: number;
}

/**
 * Merges events into a copy of the store: an event whose id is already present (raw, or remembered
 * in a rolled-up day) is skipped, so importing the same file twice changes nothing.
 */
export function mergeEvents(base: HabitsStore, events: readonly InteractionEvent[], nowMs: number): MergeResult {
  const store: HabitsStore = structuredClone(base);
  const ids = new Set(store.events.map((e) => e.id));
  const cutoff = rollupCutoff(nowMs);
  const hasRolled = Object.keys(store.rolled).length > 0;
  let added = 0;
  let skipped = 0;
  const fresh: InteractionEvent[] = [];
  for (const e of events) {
    const t = parseAt(e.at)!;
    // Already held raw, or rolled up (by age, or early to keep the store within its byte budget).
    if (ids.has(e.id) || (hasRolled && rolledHolds(store, e))) {
      skipped++;
      continue;
    }
    if (t < cutoff) {
      if (addRolled(store, e)) added++;
      else skipped++;
      continue;
    }
    ids.add(e.id);
    fresh.push(e);
    added++;
  }
  if (fresh.length > 50) {
    // concat, not push(...fresh): a spread of 100,000+ arguments overflows the stack
    store.events = store.events.concat(fresh);
    store.events.sort((a, b) => parseAt(a.at)! - parseAt(b.at)!);
  } else {
    for (const e of fresh) insertEvent(store, e);
  }
  rollup(store, nowMs);
  return { store, added, skipped };
}
