import type { Lang } from '../engine/types';
import type { DayNum } from '../habits/days';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang === 'de' ? 'de-CH' : 'en-GB', { ...opts, timeZone: 'UTC' })));
  return f;
}

/** A calendar day (civil date, so formatted in UTC) like "Wed, 25 Nov" / "Mi., 25. Nov.". */
export function formatDay(lang: Lang, day: DayNum, withYear = false): string {
  return fmt(lang, { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }).format(new Date(day * 86_400_000));
}

export function formatShortDate(lang: Lang, day: DayNum): string {
  return fmt(lang, { day: 'numeric', month: 'short' }).format(new Date(day * 86_400_000));
}

export function formatMonth(lang: Lang, day: DayNum): string {
  return fmt(lang, { month: 'short' }).format(new Date(day * 86_400_000));
}

/** Weekday name for 0 = Sunday … 6 = Saturday. */
export function weekdayName(lang: Lang, wd: number, style: 'long' | 'short' = 'long'): string {
  // 1970-01-04 was a Sunday.
  return fmt(lang, { weekday: style }).format(new Date((3 + wd) * 86_400_000));
}
