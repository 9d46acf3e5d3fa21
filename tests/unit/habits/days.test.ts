import { describe, expect, it } from 'vitest';
import {
  dayKey,
  dayNumOf,
  isoLocal,
  localDayNum,
  localMidnight,
  mondayOf,
  parseAt,
  parseDayKey,
  weekday,
} from '../../../src/habits/days';
import { local } from './helpers';

const TZ = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`calendar days (TZ=${TZ})`, () => {
  it('numbers civil dates independently of the time zone', () => {
    expect(dayNumOf(1970, 1, 1)).toBe(0);
    expect(dayKey(dayNumOf(2026, 11, 26))).toBe('2026-11-26');
    expect(parseDayKey('2026-02-29')).toBeNull();
    expect(parseDayKey('2028-02-29')).toBe(dayNumOf(2028, 2, 29));
    expect(parseDayKey('nonsense')).toBeNull();
  });

  it('knows weekdays and Monday-Sunday weeks', () => {
    const thu = dayNumOf(2026, 11, 26);
    expect(weekday(thu)).toBe(4);
    expect(dayKey(mondayOf(thu))).toBe('2026-11-23');
    expect(dayKey(mondayOf(dayNumOf(2026, 11, 29)))).toBe('2026-11-23'); // Sunday belongs to the week before
    expect(dayKey(mondayOf(dayNumOf(2026, 11, 30)))).toBe('2026-11-30');
    expect(weekday(-1)).toBe(3);
  });

  it('every local day of a year, early and late, maps to consecutive day numbers (DST-safe)', () => {
    let prev = localDayNum(local(2025, 12, 31, 23, 30));
    for (let d = new Date(2026, 0, 1); d.getFullYear() === 2026; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
      const early = localDayNum(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, 30));
      const late = localDayNum(new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 30));
      expect(early).toBe(prev + 1);
      expect(late).toBe(early);
      expect(localMidnight(early).getDate()).toBe(d.getDate());
      prev = early;
    }
  });

  it('isoLocal carries the local offset and round-trips every hour of a year', () => {
    const start = new Date(2026, 0, 1).getTime();
    for (let t = start; t < start + 366 * 86_400_000; t += 3_600_000 + 61_000) {
      const iso = isoLocal(t);
      expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
      expect(parseAt(iso)).toBe(t);
      // The local day read back from the string is the day the wall clock showed.
      expect(localDayNum(parseAt(iso)!)).toBe(localDayNum(t));
      expect(iso.slice(0, 10)).toBe(dayKey(localDayNum(t)));
    }
  });

  it('parseAt accepts ISO 8601 with an offset and nothing else', () => {
    expect(parseAt('2026-11-25T08:30:00.000+01:00')).toBe(Date.UTC(2026, 10, 25, 7, 30));
    expect(parseAt('2026-11-25T08:30:00Z')).toBe(Date.UTC(2026, 10, 25, 8, 30));
    expect(parseAt('2026-11-25T08:30:00')).toBeNull(); // no offset: ambiguous
    expect(parseAt('yesterday')).toBeNull();
    expect(parseAt(12345)).toBeNull();
    expect(parseAt('2026-13-45T08:30:00Z')).toBeNull();
  });
});
