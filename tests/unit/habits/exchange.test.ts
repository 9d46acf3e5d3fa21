import { describe, expect, it } from 'vitest';
import { buildExport, exportEvents, mergeEvents, parseExport } from '../../../src/habits/exchange';
import { emptyStore, rollup } from '../../../src/habits/schema';
import { computeStats, dayCounts } from '../../../src/habits/stats';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/shared/settings';
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
    expect(parseExport(ok)).toEqual({ ok: true, events: [], settings: null });
  });

  it('normalises imported settings', () => {
    const file = { format: 'rapport-export', version: 1, exportedAt: now.toISOString(), events: [], settings: { restDays: [1, 9], uiLanguage: 'de' } };
    const parsed = parseExport(file);
    expect(parsed.ok && parsed.settings).toEqual(normalizeSettings({ restDays: [1], uiLanguage: 'de' }));
  });
});
