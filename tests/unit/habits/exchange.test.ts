import { describe, expect, it } from 'vitest';
import { buildExport, exportEvents, mergeEvents, parseExport } from '../../../src/habits/exchange';
import { emptyStore, rollup } from '../../../src/habits/schema';
import { computeStats, dayCounts } from '../../../src/habits/stats';
import { DEFAULT_SETTINGS, mergeSettings, normalizeSettings } from '../../../src/shared/settings';
import { ev, local, storeOf } from './helpers';

const now = local(2026, 11, 26, 12);

function history() {
  const events = [];
  for (let i = 0; i < 600; i += 3) {
    const d = new Date(2026, 10, 26 - i, 10);
    events.push(ev('post', d), ev('comment', d), ev('invite', d, i % 2 === 0), ev('reaction', d));
  }
  const s = storeOf(events);
  rollup(s, now.getTime());
  return s;
}

describe('export and import (CONTRACT §4)', () => {
  it('exports the contract shape, rolled-up days included', () => {
    const store = history();
    expect(Object.keys(store.rolled).length).toBeGreaterThan(0);
    const file = buildExport(store, DEFAULT_SETTINGS, now);
    expect(file).toMatchObject({ format: 'rapport-export', version: 1, exportedAt: now.toISOString(), settings: DEFAULT_SETTINGS });
    for (const e of file.events) {
      expect(Object.keys(e).sort()).toEqual(e.type === 'invite' ? ['at', 'id', 'note', 'type'] : ['at', 'id', 'type']);
      expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    }
    expect(file.events).toHaveLength(200 * 4);
  });

  it('round trip into an empty store gives the same figures; importing again changes nothing', () => {
    const store = history();
    const text = JSON.stringify(buildExport(store, DEFAULT_SETTINGS, now));
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = mergeEvents(emptyStore(), parsed.events, now.getTime());
    expect(merged.added).toBe(800);
    const want = computeStats(dayCounts(store), DEFAULT_SETTINGS, now);
    expect(computeStats(dayCounts(merged.store), DEFAULT_SETTINGS, now)).toEqual(want);
    const again = mergeEvents(merged.store, parsed.events, now.getTime());
    expect(again).toMatchObject({ added: 0, skipped: 800 });
    expect(again.store).toEqual(merged.store);
    // Importing into the original store (which already holds everything) adds nothing either.
    expect(mergeEvents(store, parsed.events, now.getTime()).added).toBe(0);
  });

  it('merges two histories without duplicates', () => {
    const a = [ev('post', local(2026, 11, 20)), ev('comment', local(2026, 11, 21))];
    const b = [ev('message', local(2026, 11, 22))];
    const merged = mergeEvents(storeOf(a), exportEvents(storeOf([...a, ...b])), now.getTime());
    expect(merged).toMatchObject({ added: 1, skipped: 2 });
    expect(merged.store.events.map((e) => e.type)).toEqual(['post', 'comment', 'message']);
  });

  it('does not mutate the store it merges into', () => {
    const base = storeOf([ev('post', local(2026, 11, 20))]);
    const snapshot = JSON.stringify(base);
    mergeEvents(base, [ev('comment', local(2026, 11, 21))], now.getTime());
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it('refuses anything that is not a Rapport export, with a reason', () => {
    const ok = { format: 'rapport-export', version: 1, exportedAt: now.toISOString(), events: [], settings: {} };
    expect(parseExport('{not json')).toEqual({ ok: false, error: 'not-json' });
    expect(parseExport('[]')).toEqual({ ok: false, error: 'not-rapport' });
    expect(parseExport({ ...ok, format: 'other' })).toEqual({ ok: false, error: 'not-rapport' });
    expect(parseExport({ ...ok, version: 2 })).toEqual({ ok: false, error: 'version' });
    expect(parseExport({ ...ok, events: {} })).toEqual({ ok: false, error: 'no-events' });
    const good = ev('post', local(2026, 11, 20));
    expect(parseExport({ ...ok, events: [good, { ...good, id: 'b', type: 'like' }] })).toEqual({ ok: false, error: 'bad-event', index: 1 });
    expect(parseExport({ ...ok, events: [{ ...good, at: '2026-11-20 10:00' }] })).toMatchObject({ error: 'bad-event' });
    expect(parseExport({ ...ok, events: [{ ...good, note: true }] })).toMatchObject({ error: 'bad-event' });
    expect(parseExport({ ...ok, events: [{ ...good, id: '' }] })).toMatchObject({ error: 'bad-event' });
    expect(parseExport({ ...ok, events: [{ ...good, at: '9999-01-01T00:00:00.000+00:00' }] })).toMatchObject({ error: 'bad-event' });
    expect(parseExport({ ...ok, events: [{ ...good, at: '1970-01-01T00:00:00.000+00:00' }] })).toMatchObject({ error: 'bad-event' });
    expect(parseExport(ok)).toEqual({ ok: true, events: [], future: 0 });
  });

  it('imported settings merge over the current ones, field by field, saying what was taken and what not', () => {
    const file = { format: 'rapport-export', version: 1, exportedAt: now.toISOString(), events: [], settings: { restDays: [1, 9], uiLanguage: 'de', goals: { posts: 3, comments: -4 }, streakKinds: 'all' } };
    const parsed = parseExport(file);
    expect(parsed.ok && parsed.settings).toEqual(file.settings);
    const current = normalizeSettings({ restDays: [0], goals: { posts: 1, comments: 9, everyInviteWithNote: false }, disabledRules: ['post.hashtags'] });
    const m = mergeSettings(current, parsed.ok ? parsed.settings : undefined);
    expect(m.settings).toEqual({ ...current, restDays: [1], uiLanguage: 'de', goals: { posts: 3, comments: 9, everyInviteWithNote: false } });
    expect(m.taken).toEqual(['uiLanguage', 'restDays', 'goals.posts']);
    expect(m.ignored).toEqual(['streakKinds', 'goals.comments']);
  });

  it('events later than tomorrow are left out and counted; the rest is imported', () => {
    const good = ev('post', local(2026, 11, 26, 9));
    const soon = ev('comment', local(2026, 11, 27, 9)); // within a day: a clock a little ahead
    const file = { format: 'rapport-export', version: 1, events: [good, soon, { id: 'f', type: 'post', at: '2099-12-31T10:00:00.000+01:00' }] };
    const parsed = parseExport(file, now.getTime());
    expect(parsed).toEqual({ ok: true, events: [good, soon], future: 1 });
  });
});
