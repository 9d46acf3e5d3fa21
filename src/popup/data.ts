/**
 * What the popup reads (storage, once) and computes (synchronously). Kept free of the
 * WebExtension API: the popup's entry passes the storage areas in, and tests pass fakes.
 * Fast path: the small per-day indexes the background keeps next to the events (src/habits/store.ts);
 * the events themselves are read only when an index is missing or from another time zone.
 */
import { pickSettings, writeSettings, SETTINGS_KEY, type Settings, type SettingsAreas, type SettingsHome } from '../shared/settings';
import { NOTICE_KEY, type LoadProblem, type NoticeValue } from '../habits/schema';
import { DAY_INDEX_KEYS, readDayIndexes, readFullStore } from '../habits/store';
import { computeStats, dayCounts, type DayCounts, type Stats } from '../habits/stats';

export interface ReadArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

export interface PopupSnapshot {
  settings: Settings;
  /** Where the settings live (the pause switch writes them there). */
  home: SettingsHome;
  days: DayCounts;
  /** The stored history could not be used (the background sets it aside on request). */
  problem: LoadProblem | null;
  notice: NoticeValue | null;
  /** Painted from the day index (true) or from the events (false). */
  fromIndex: boolean;
}

/** What the popup reads from storage.local in one go: the day indexes, the notice, and the settings when they live on this device only. */
export const POPUP_LOCAL_KEYS = [...DAY_INDEX_KEYS, NOTICE_KEY, SETTINGS_KEY];

const none = (): Record<string, unknown> => ({});

/** Reads what the popup needs. Never throws: unreadable storage gives an empty dashboard. */
export async function readSnapshot(local: ReadArea, sync: ReadArea): Promise<PopupSnapshot> {
  const [l, s] = await Promise.all([local.get(POPUP_LOCAL_KEYS).catch(none), sync.get(SETTINGS_KEY).catch(none)]);
  const n = l[NOTICE_KEY];
  const notice = typeof n === 'object' && n !== null && typeof (n as NoticeValue).backupKey === 'string' ? (n as NoticeValue) : null;
  const { settings, home } = pickSettings(l, s);
  const indexed = readDayIndexes(l);
  if (indexed) return { settings, home, days: indexed, problem: null, notice, fromIndex: true };
  const res = await readFullStore(local).catch(() => null);
  return { settings, home, days: res ? dayCounts(res.store) : new Map(), problem: res?.problem ?? null, notice, fromIndex: false };
}

export function computeFigures(snap: PopupSnapshot, now: Date): Stats {
  return computeStats(snap.days, snap.settings, now);
}

/** The pause switch: saves `paused` in the settings' home (the storage change repaints the popup). */
export function pause(areas: SettingsAreas, snap: PopupSnapshot, paused: boolean): Promise<void> {
  return writeSettings(areas, { ...snap.settings, paused }).catch(() => undefined);
}
