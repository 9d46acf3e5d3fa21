import { describe, expect, it } from 'vitest';
import {
  KEEP_RAW_DAYS,
  addRolled,
  emptyStore,
  hash53,
  idHash,
  loadStore,
  rollup,
  STORE_VERSION,
} from '../../../src/habits/schema';
import { computeStats, dayCounts } from '../../../src/habits/stats';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { ev, local, storeOf } from './helpers';

const TZ = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`habits store schema (TZ=${TZ})`, () => {
  it('nothing stored yet: an empty store, no problem', () => {
    expect(loadStore(undefined)).toEqual({ store: emptyStore(), problem: null, changed: false });
  });

  it('corrupt or foreign values are reported, never thrown', () => {
    for (const raw of ['garbage', 42, true, { hello: 'world' }, { v: 1, events: 'nope' }, { v: 1, events: [], rolled: [] }, { v: 'x' }]) {
      const res = loadStore(raw);
      expect(res.problem).toBe('corrupt');
      expect(res.store).toEqual(emptyStore());
    }
    expect(loadStore({ v: STORE_VERSION + 1, events: [] }).problem).toBe('newer');
  });

  it('migrates the unversioned shape (a bare array of events) and drops invalid entries', () => {
    const good = ev('post', local(2026, 11, 20));
    const res = loadStore([good, { id: 'x', type: 'hug', at: good.at }, { id: 'y', type: 'post', at: 'yesterday' }, good]);
    expect(res.problem).toBeNull();
    expect(res.changed).toBe(true);
    expect(res.store.v).toBe(STORE_VERSION);
    expect(res.store.events.map((e) => e.id)).toEqual([good.id]);
  });

  it('keeps events in time order', () => {
    const a = ev('post', local(2026, 11, 20));
    const b = ev('post', local(2026, 11, 21));
    const res = loadStore({ v: 1, events: [b, a], rolled: {} });
    expect(res.store.events.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(res.changed).toBe(true);
    expect(loadStore(res.store).changed).toBe(false);
  });

  it('rolls events older than 400 days into daily id sets with the same figures', () => {
    const now = local(2026, 11, 26, 12);
    const events = [];
    for (let i = 0; i < 800; i++) {
      const d = new Date(2026, 10, 26 - i, 9);
      events.push(ev(i % 2 ? 'comment' : 'post', d), ev('reaction', d));
      if (i % 7 === 0) events.push(ev('invite', d, i % 14 === 0));
    }
    const store = storeOf(events);
    const before = computeStats(dayCounts(store), DEFAULT_SETTINGS, now);
    const sizeBefore = JSON.stringify(store).length;
    const moved = rollup(store, now.getTime());
    expect(moved).toBeGreaterThan(0);
    expect(store.events.every((e) => Date.parse(e.at) >= now.getTime() - KEEP_RAW_DAYS * 86_400_000)).toBe(true);
    const after = computeStats(dayCounts(store), DEFAULT_SETTINGS, now);
    expect(after).toEqual(before);
    expect(JSON.stringify(store).length).toBeLessThan(sizeBefore * 0.75);
    // The rolled-up store survives a storage round trip.
    expect(loadStore(JSON.parse(JSON.stringify(store)))).toMatchObject({ problem: null, changed: false });
    expect(rollup(store, now.getTime())).toBe(0);
  });

  it('a rolled-up day remembers its ids: adding the same event twice counts once', () => {
    const s = emptyStore();
    const e = ev('comment', local(2024, 1, 5, 10));
    expect(addRolled(s, e)).toBe(true);
    expect(addRolled(s, e)).toBe(false);
    expect(addRolled(s, { ...e, id: `rollup-${idHash(e.id)}` })).toBe(false);
    expect(Object.values(s.rolled)[0]).toEqual({ comment: [hash53(e.id)] });
  });
});
