/**
 * Calendar-day arithmetic in the browser's own time zone, safe across daylight-saving changes:
 * a day is a civil date (y, m, d), numbered as days since 1970-01-01. The number of a civil date
 * never depends on the time zone or on DST, so "yesterday" is always `n - 1`.
 * Pure: no DOM, no extension APIs.
 */
export type DayNum = number;

const MS_DAY = 86_400_000;

/** Day number of a civil date (month 1-12). */
export function dayNumOf(y: number, m: number, d: number): DayNum {
  return Math.round(Date.UTC(y, m - 1, d) / MS_DAY);
}

/** The local (browser time zone) calendar day of an instant. */
export function localDayNum(date: Date | number): DayNum {
  const d = typeof date === 'number' ? new Date(date) : date;
  return dayNumOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** 'YYYY-MM-DD' of a day number. */
export function dayKey(n: DayNum): string {
  return new Date(n * MS_DAY).toISOString().slice(0, 10);
}

/** Day number of 'YYYY-MM-DD', or null when it is not a valid date. */
export function parseDayKey(s: string): DayNum | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumOf(y, mo, d);
  return dayKey(n) === s ? n : null;
}

/** Civil parts of a day number. */
export function dayParts(n: DayNum): { y: number; m: number; d: number } {
  const dt = new Date(n * MS_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(n: DayNum): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The Monday of the (Monday-Sunday) week holding day n. */
export function mondayOf(n: DayNum): DayNum {
  return n - ((weekday(n) + 6) % 7);
}

/** Local midnight (start of day n in the browser's time zone), as a Date. */
export function localMidnight(n: DayNum): Date {
  const { y, m, d } = dayParts(n);
  return new Date(y, m - 1, d);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 with the local offset at that instant, e.g. 2026-11-25T08:30:00.000+01:00 (CONTRACT §4). */
export function isoLocal(date: Date | number): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const a = Math.abs(off);
  return (
    `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`
  );
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of an ISO 8601 timestamp that carries an offset (or Z); null for anything else. */
export function parseAt(at: unknown): number | null {
  if (typeof at !== 'string' || at.length > 40 || !ISO_WITH_OFFSET.test(at)) return null;
  const t = Date.parse(at);
  return Number.isFinite(t) ? t : null;
}
