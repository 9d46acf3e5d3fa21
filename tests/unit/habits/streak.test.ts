import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../src/shared/settings';
import { computeStats, dayCounts, heatmap } from '../../../src/habits/stats';
import fc from 'fast-check';
import { dayKey, localDayNum, weekday } from '../../../src/habits/days';
import { ev, local, storeOf } from './helpers';
import type { StoredEvent } from '../../../src/habits/schema';

const TZ = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
// 2026-11-23 is a Monday; 2026-11-28/29 are Saturday/Sunday.
const stats = (events: StoredEvent[], now: Date, settings: Settings = DEFAULT_SETTINGS) =>
  computeStats(dayCounts(storeOf(events)), settings, now);
const withSettings = (s: Partial<Settings>) => normalizeSettings({ ...DEFAULT_SETTINGS, ...s });

describe(`streak (TZ=${TZ})`, () => {
  it('empty history: all zero, nothing at risk', () => {
    const s = stats([], local(2026, 11, 26, 10));
    expect(s).toMatchObject({ current: 0, best: 0, atRisk: false, todayCount: 0, total: 0 });
    expect(s.week).toEqual({ posts: 0, comments: 0, reactions: 0, invitesWithNote: 0, invitesWithoutNote: 0, messages: 0 });
    expect(s.noteShareWeek).toBeNull();
  });

  it('a run ending yesterday is at risk today, not lost; a counted interaction today adds to it', () => {
    const base = [ev('post', local(2026, 11, 23, 9)), ev('comment', local(2026, 11, 24, 23, 50)), ev('message', local(2026, 11, 25, 0, 5))];
    const morning = stats(base, local(2026, 11, 26, 8));
    expect(morning).toMatchObject({ current: 3, best: 3, atRisk: true, todayCounted: false });
    const later = stats([...base, ev('comment', local(2026, 11, 26, 18))], local(2026, 11, 26, 19));
    expect(later).toMatchObject({ current: 4, best: 4, atRisk: false, todayCounted: true, todayCount: 1 });
  });

  it('reactions and invitations without a note are shown but do not count by default', () => {
    const events = [
      ev('post', local(2026, 11, 25, 9)),
      ev('reaction', local(2026, 11, 26, 9)),
      ev('invite', local(2026, 11, 26, 10), false),
    ];
    const s = stats(events, local(2026, 11, 26, 12));
    expect(s).toMatchObject({ current: 1, atRisk: true, todayCount: 2 });
    expect(s.week).toMatchObject({ posts: 1, reactions: 1, invitesWithoutNote: 1, invitesWithNote: 0 });
    const withNote = stats([...events, ev('invite', local(2026, 11, 26, 11), true)], local(2026, 11, 26, 12));
    expect(withNote).toMatchObject({ current: 2, atRisk: false, todayCount: 3 });
    expect(withNote.noteShareWeek).toBe(0.5);
    // The options page can make reactions count.
    const reactions = stats(events, local(2026, 11, 26, 12), withSettings({ streakKinds: ['post', 'reaction'] }));
    expect(reactions).toMatchObject({ current: 2, atRisk: false });
  });

  it('rest days never break a streak, and a rest day with an interaction adds to it', () => {
    const fri = ev('post', local(2026, 11, 20, 9));
    const mon = ev('comment', local(2026, 11, 23, 9));
    expect(stats([fri, mon], local(2026, 11, 23, 20))).toMatchObject({ current: 2, atRisk: false });
    const sat = ev('comment', local(2026, 11, 21, 9));
    expect(stats([fri, sat, mon], local(2026, 11, 23, 20))).toMatchObject({ current: 3, best: 3 });
    // Saturday with nothing yet: a rest day is not "at risk".
    expect(stats([fri], local(2026, 11, 21, 20))).toMatchObject({ current: 1, atRisk: false, todayIsRest: true });
    // Monday with nothing yet after a weekend off: at risk, not lost.
    expect(stats([fri], local(2026, 11, 23, 8))).toMatchObject({ current: 1, atRisk: true });
    // Tuesday with Monday missed: lost.
    expect(stats([fri], local(2026, 11, 24, 8))).toMatchObject({ current: 0, best: 1, atRisk: false });
  });

  it('without rest days a weekend gap breaks the run; custom rest days are honoured', () => {
    const none = withSettings({ restDays: [] });
    const fri = ev('post', local(2026, 11, 20, 9));
    const mon = ev('comment', local(2026, 11, 23, 9));
    expect(stats([fri, mon], local(2026, 11, 23, 20), none)).toMatchObject({ current: 1, best: 1 });
    // Wednesday as the only rest day.
    const wed = withSettings({ restDays: [3] });
    const tue = ev('post', local(2026, 11, 24, 9));
    const thu = ev('post', local(2026, 11, 26, 9));
    expect(stats([tue, thu], local(2026, 11, 26, 10), wed)).toMatchObject({ current: 2 });
    expect(stats([tue, thu], local(2026, 11, 26, 10))).toMatchObject({ current: 1, best: 1 });
  });

  it('the best streak is the longest run ever', () => {
    const events: StoredEvent[] = [];
    // Ten weekdays in a row in early November (Mon 2 … Fri 13), then a gap, then two days.
    for (let d = 2; d <= 13; d++) events.push(ev('post', local(2026, 11, d, 12)));
    events.push(ev('post', local(2026, 11, 25, 12)), ev('post', local(2026, 11, 26, 12)));
    const s = stats(events, local(2026, 11, 26, 13));
    expect(s.current).toBe(2);
    expect(s.best).toBe(12); // includes the weekend of the 7th/8th, which had posts
  });

  it('this week runs Monday to Sunday and counts each kind', () => {
    const events = [
      ev('post', local(2026, 11, 22, 23, 59)), // Sunday: last week
      ev('post', local(2026, 11, 23, 0, 1)),
      ev('comment', local(2026, 11, 24)),
      ev('comment', local(2026, 11, 24)),
      ev('message', local(2026, 11, 25)),
      ev('invite', local(2026, 11, 25), true),
      ev('invite', local(2026, 11, 25), true),
      ev('invite', local(2026, 11, 25), false),
      ev('reaction', local(2026, 11, 26)),
    ];
    const s = stats(events, local(2026, 11, 29, 22)); // Sunday evening: still this week
    expect(s.week).toEqual({ posts: 1, comments: 2, reactions: 1, invitesWithNote: 2, invitesWithoutNote: 1, messages: 1 });
    expect(dayKey(s.weekStart)).toBe('2026-11-23');
    expect(s.goals).toEqual([
      { id: 'posts', done: 1, target: 1, met: true },
      { id: 'comments', done: 2, target: 5, met: false },
      { id: 'invites-with-note', done: 2, target: 3, met: false },
    ]);
    const next = stats(events, local(2026, 11, 30, 8)); // Monday: a new week
    expect(next.week.posts).toBe(0);
  });

  it('when the clock moves backwards, events "in the future" are neither lost nor counted twice', () => {
    const events = [ev('post', local(2026, 11, 25, 9)), ev('comment', local(2026, 11, 26, 9))];
    // The clock now says the 25th again (set back a day).
    const s = stats(events, local(2026, 11, 25, 20));
    expect(dayKey(s.today)).toBe('2026-11-26');
    expect(s).toMatchObject({ current: 2, best: 2, todayCount: 1, total: 2 });
    // Far in the past: a day later than tomorrow is never taken as today (issue 13 row 6), but
    // nothing is lost: the events still count in the total.
    const past = stats(events, new Date(2001, 0, 1));
    expect(dayKey(past.today)).toBe('2001-01-01');
    expect(past).toMatchObject({ current: 0, total: 2 });
  });

  it('years of daily history compute fast and exactly', () => {
    const events: StoredEvent[] = [];
    const start = local(2023, 11, 27, 12);
    for (let i = 0; i < 3 * 365; i++) {
      const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 8 + (i % 12));
      events.push(ev(i % 3 === 0 ? 'post' : 'comment', day), ev('reaction', day), ev('reaction', day));
    }
    const last = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 3 * 365 - 1, 21);
    const store = storeOf(events);
    const t0 = performance.now();
    const s = computeStats(dayCounts(store), DEFAULT_SETTINGS, last);
    const ms = performance.now() - t0;
    expect(s.current).toBe(3 * 365);
    expect(s.best).toBe(3 * 365);
    expect(s.total).toBe(9 * 365);
    expect(ms).toBeLessThan(100);
  });

  it('heatmap: 26 Monday-first columns ending with this week, future days marked', () => {
    const events = [ev('post', local(2026, 11, 26, 9)), ev('reaction', local(2026, 11, 25, 9))];
    const today = localDayNum(local(2026, 11, 26, 12));
    const cols = heatmap(dayCounts(storeOf(events)), DEFAULT_SETTINGS, today);
    expect(cols).toHaveLength(26);
    expect(cols.every((c) => c.length === 7)).toBe(true);
    const last = cols[25]!;
    expect(dayKey(last[0]!.day)).toBe('2026-11-23');
    expect(last[3]).toMatchObject({ counted: 1, total: 1, level: 1, future: false });
    expect(last[2]).toMatchObject({ counted: 0, total: 1, level: 0 });
    expect(last[4]!.future).toBe(true);
    expect(last[5]!.rest).toBe(true);
    expect(cols[0]![0]!.day).toBe(last[0]!.day - 25 * 7);
  });
});


describe(`streak invariants, random histories (TZ=${TZ})`, () => {
  const arbHistory = fc.array(
    fc.record({ back: fc.integer({ min: 0, max: 60 }), hour: fc.integer({ min: 0, max: 23 }), kind: fc.constantFrom('post', 'comment', 'reaction', 'message', 'invite-note', 'invite-plain') }),
    { maxLength: 80 },
  );
  const arbSettings = fc.record({
    restDays: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
    streakKinds: fc.subarray(['post', 'comment', 'message', 'invite-note', 'invite-plain', 'reaction']),
  });
  const build = (h: { back: number; hour: number; kind: string }[]) =>
    h.map(({ back, hour, kind }) => {
      const d = new Date(2026, 10, 26 - back, hour, 17);
      return kind === 'invite-note' ? ev('invite', d, true) : kind === 'invite-plain' ? ev('invite', d, false) : ev(kind as 'post', d);
    });

  it('current <= best <= counted days; at risk only on an uncounted non-rest today with a run', () => {
    fc.assert(
      fc.property(arbHistory, arbSettings, (h, st) => {
        const settings = withSettings(st as Partial<Settings>);
        const now = local(2026, 11, 26, 23, 30);
        const s = stats(build(h), now, settings);
        const days = dayCounts(storeOf(build(h)));
        let countedDays = 0;
        for (const [, c] of days) if (settings.streakKinds.some((k) => c[['post', 'comment', 'reaction', 'invite-note', 'invite-plain', 'message'].indexOf(k)]! > 0)) countedDays++;
        expect(s.current).toBeLessThanOrEqual(s.best);
        expect(s.best).toBeLessThanOrEqual(countedDays);
        if (s.atRisk) {
          expect(s.todayCounted).toBe(false);
          expect(settings.restDays).not.toContain(weekday(s.today));
          expect(s.current).toBeGreaterThan(0);
        }
        expect(s.todayCount).toBe(h.filter((x) => x.back === 0).length);
      }),
      { numRuns: 300 },
    );
  });

  it('a counted interaction today never lowers the streak and clears "at risk"', () => {
    fc.assert(
      fc.property(arbHistory, (h) => {
        const now = local(2026, 11, 26, 23, 30);
        const before = stats(build(h), now);
        const after = stats([...build(h), ev('comment', local(2026, 11, 26, 20))], now);
        expect(after.current).toBeGreaterThanOrEqual(before.current);
        expect(after.current).toBeLessThanOrEqual(before.current + 1);
        expect(after.atRisk).toBe(false);
        expect(after.best).toBeGreaterThanOrEqual(before.best);
      }),
      { numRuns: 300 },
    );
  });
});
