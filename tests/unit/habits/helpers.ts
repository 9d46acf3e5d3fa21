import { isoLocal } from '../../../src/habits/days';
import { emptyStore, type HabitsStore, type StoredEvent } from '../../../src/habits/schema';
import type { EventType } from '../../../src/shared/events';

/** Local wall-clock time in the process's time zone (month 1-12). */
export const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);

let seq = 0;
export function ev(type: EventType, date: Date, note?: boolean): StoredEvent {
  const e: StoredEvent = { id: `t${++seq}-${date.getTime().toString(36)}`, type, at: isoLocal(date) };
  if (type === 'invite') e.note = note === true;
  return e;
}

export function storeOf(events: StoredEvent[]): HabitsStore {
  const s = emptyStore();
  s.events = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return s;
}
