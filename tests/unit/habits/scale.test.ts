/**
 * Two years of data and a full disk (issue 13, rows 2, 5, 6, 8, 9): the history lies in small
 * pieces, so one record writes and broadcasts the same few kilobytes at 100 and at 100,000 events;
 * a layout-1 store migrates keeping every event; imports of the stated maximum work and a failed
 * one changes nothing; a full disk is shown; future days are never "today".
 * The storage fake enforces a quota and counts what storage.onChanged ships (tests/dom/habits/fake-browser.ts).
 */
import { describe, expect, it } from 'vitest';
import { createHabitsService, BADGE_ERROR_COLOR, type BadgeState } from '../../../src/background/service';
import { HABITS_KEY, BACKUP_PREFIX, NOTICE_KEY, type StoredEvent } from '../../../src/habits/schema';
import { CHUNK_EVENTS, readFullStore, readDayIndexes, DAY_INDEX_KEYS } from '../../../src/habits/store';
import { MAX_IMPORT_EVENTS, exportEvents } from '../../../src/habits/exchange';
import { computeStats, dayCounts } from '../../../src/habits/stats';
import { isoLocal, localDayNum } from '../../../src/habits/days';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { EventType } from '../../../src/shared/events';
import { createFakeBrowser } from '../../dom/habits/fake-browser';
import { local } from './helpers';

const NOW = local(2026, 11, 26, 10);
const TYPES: EventType[] = ['post', 'comment', 'reaction', 'invite', 'message'];

/** `n` events spread evenly over the two years before NOW (ids stable). */
function history(n: number): StoredEvent[] {
  const span = 730 * 86_400_000;
  const start = NOW.getTime() - span;
  return Array.from({ length: n }, (_, i) => {
    const type = TYPES[i % TYPES.length]!;
    const e: StoredEvent = { id: `h${i}`, type, at: isoLocal(start + Math.floor((i * span) / n)) };
    if (type === 'invite') e.note = i % 2 === 0;
    return e;
  });
}

function setup(opts: { quota?: number; budget?: number } = {}) {
  const fake = createFakeBrowser({ quota: opts.quota });
  let clock = NOW;
  let tick = 0;
  const badges: BadgeState[] = [];
  const service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => clock, clock: () => (tick += 5000), setBadge: (b) => void badges.push(b), budgetBytes: opts.budget });
  const send = (m: unknown, from: 'page' | 'content' = 'page') => service.handle(m, from) as Promise<any>;
  return { fake, service, send, badges, setNow: (d: Date) => (clock = d) };
}

const file = (events: StoredEvent[]) => ({ format: 'rapport-export', version: 1, exportedAt: NOW.toISOString(), events: events.map(({ k: _k, ...e }) => e), settings: {} });

/** Bytes written and broadcast by `n` records of every type, per record. */
async function perRecord(s: ReturnType<typeof setup>, n = 20) {
  const w0 = s.fake.local.writes;
  const b0 = s.fake.hub.broadcastBytes;
  for (let i = 0; i < n; i++) {
    s.setNow(new Date(NOW.getTime() + (i + 1) * 61_000));
    const r = await s.send({ kind: 'record', type: TYPES[i % TYPES.length], key: `live-${i}`, ...(i % 5 === 3 ? { note: true, fingerprint: [i, i + 7, i + 11, i + 19] } : {}) }, 'content');
    expect(r.ok).toBe(true);
  }
  await s.service.idle();
  return { writes: (s.fake.local.writes - w0) / n, bytes: (s.fake.hub.broadcastBytes - b0) / n };
}

describe('the history at scale', () => {
  it('recording writes and broadcasts the same small amount at 100 and at 100,000 events', { timeout: 120_000 }, async () => {
    const small = setup();
    expect((await small.send({ kind: 'import', file: file(history(100)) })).added).toBe(100);
    const big = setup();
    expect((await big.send({ kind: 'import', file: file(history(100_000)) })).added).toBe(100_000);
    const a = await perRecord(small);
    const b = await perRecord(big);
    expect(b.bytes).toBeLessThanOrEqual(10 * 1024);
    expect(b.bytes).toBeLessThan(a.bytes * 1.5 + 1024);
    expect(b.writes).toBeLessThanOrEqual(a.writes + 0.5);
    // Nothing was lost on the way.
    const full = await readFullStore(big.fake.local);
    expect(full.store.events.length + Object.values(full.store.rolled).reduce((n, d) => n + Object.values(d).reduce((m, l) => m + (l?.length ?? 0), 0), 0)).toBe(100_020);
    // Every stored piece is small.
    for (const [k, v] of big.fake.local.data) if (k.startsWith('habits.c.')) expect(v.length, k).toBeLessThan(CHUNK_EVENTS * 140);
  });

  it('the history keeps within its byte budget: the oldest detail is rolled up first, every interaction still counts', { timeout: 60_000 }, async () => {
    const budget = 200_000;
    const s = setup({ quota: 480_000, budget }); // a rewrite holds the old pieces until the new ones are written
    const historyBytes = () => [...s.fake.local.data].filter(([k]) => /^habits\.(c|r)\./.test(k)).reduce((n, [k, v]) => n + k.length + v.length, 0);
    // 6,000 events of the last 300 days: no roll-up by age, but three times the budget as raw events.
    const span = 300 * 86_400_000;
    const events = Array.from({ length: 6000 }, (_, i): StoredEvent => ({ id: `b${i}`, type: TYPES[i % TYPES.length]!, at: isoLocal(NOW.getTime() - span + Math.floor((i * span) / 6000)) }));
    const before = computeStats(dayCounts({ v: 1, events, rolled: {} }), DEFAULT_SETTINGS, NOW);
    expect((await s.send({ kind: 'import', file: file(events) })).added).toBe(6000);
    expect(historyBytes()).toBeLessThanOrEqual(budget);
    let full = (await readFullStore(s.fake.local)).store;
    const rolledCount = () => Object.values(full.rolled).reduce((n, d) => n + Object.values(d).reduce((m, l) => m + (l?.length ?? 0), 0), 0);
    expect(full.events.length).toBeGreaterThan(0);
    expect(rolledCount()).toBeGreaterThan(0);
    expect(full.events.length + rolledCount()).toBe(6000);
    // The newest are the ones kept raw: every rolled-up day lies before the oldest raw event's day.
    const oldestRaw = full.events[0]!.at.slice(0, 10);
    expect(Object.keys(full.rolled).every((d) => d <= oldestRaw)).toBe(true);
    expect(full.events.at(-1)!.id).toBe('b5999');
    // The figures are those of the events as they were.
    expect(computeStats(dayCounts(full), DEFAULT_SETTINGS, NOW)).toEqual(before);
    // Recording goes on past the budget: a rewrite rolls up again, nothing fails, nothing is lost.
    for (let i = 0; i < 1500; i++) {
      s.setNow(new Date(NOW.getTime() + i * 1000));
      expect((await s.send({ kind: 'record', type: TYPES[i % TYPES.length], key: `over-${i}` }, 'content')).ok).toBe(true);
    }
    await s.service.idle();
    expect(historyBytes()).toBeLessThanOrEqual(budget + 16 * 140);
    full = (await readFullStore(s.fake.local)).store;
    expect(full.events.length + rolledCount()).toBe(7500);
    expect(await s.send({ kind: 'habits-status' })).toEqual({ writeError: null });
    // Every stored item has a bounded size: a chunk holds at most 16 small events, a note sketch a few numbers.
    for (const [k, v] of s.fake.local.data) if (k.startsWith('habits.c.') || k.startsWith('habits.fp.')) expect(v.length, k).toBeLessThan(CHUNK_EVENTS * 140);
  });

  it('a damaged meta loses nothing: the history is rebuilt from its pieces (at start-up, and when the popup asks)', { timeout: 60_000 }, async () => {
    for (const when of ['start', 'popup'] as const) {
      const s = setup();
      expect((await s.send({ kind: 'import', file: file(history(5000)) })).added).toBe(5000);
      for (let i = 0; i < 20; i++) await s.send({ kind: 'record', type: 'post', key: `p${i}` }, 'content');
      const want = exportEvents((await readFullStore(s.fake.local)).store).map((e) => e.id).sort();
      s.fake.local.put('habits.meta', { v: 2, gen: 'x' }); // damaged
      if (when === 'start') {
        const worker = createHabitsService({ local: s.fake.local, sync: s.fake.sync, now: () => NOW });
        await worker.start();
      } else expect(await s.send({ kind: 'habits-repair' })).toEqual({ ok: true, problem: null });
      const full = await readFullStore(s.fake.local);
      expect(exportEvents(full.store).map((e) => e.id).sort(), when).toEqual(want);
      expect((s.fake.local.peek<{ v: number }>('habits.meta'))!.v).toBe(2);
      // The old pieces are gone (rewritten once), and the day indexes agree.
      const chunks = [...s.fake.local.data.keys()].filter((k) => k.startsWith('habits.c.'));
      expect(chunks.length).toBe(Math.ceil(full.store.events.length / CHUNK_EVENTS));
      expect(computeStats(readDayIndexes(await s.fake.local.get([...DAY_INDEX_KEYS]))!, DEFAULT_SETTINGS, NOW)).toEqual(computeStats(dayCounts(full.store), DEFAULT_SETTINGS, NOW));
      expect(await s.send({ kind: 'habits-status' })).toEqual({ writeError: null });
    }
  });

  it('a layout-1 store (one value) migrates to pieces keeping every event, rolled-up days included', { timeout: 60_000 }, async () => {
    const s = setup();
    const events = history(30_000);
    s.fake.local.put(HABITS_KEY, { v: 1, events, rolled: { '2023-02-01': { post: ['abc', 'def'] } } });
    await s.service.start();
    expect(s.fake.local.peek(HABITS_KEY)).toBeUndefined();
    const full = await readFullStore(s.fake.local);
    const exported = exportEvents(full.store);
    expect(exported).toHaveLength(30_002);
    const ids = new Set(exported.map((e) => e.id));
    for (const e of events) expect(ids.has(e.id) || full.store.rolled[new Date(Date.parse(e.at)).toISOString().slice(0, 10)] !== undefined).toBe(true);
    // The popup's day indexes say the same as the events.
    const idx = readDayIndexes(await s.fake.local.get([...DAY_INDEX_KEYS]))!;
    expect(computeStats(idx, DEFAULT_SETTINGS, NOW)).toEqual(computeStats(dayCounts(full.store), DEFAULT_SETTINGS, NOW));
  });

  it(`imports the stated maximum (${MAX_IMPORT_EVENTS.toLocaleString('en')} events) as text`, { timeout: 300_000 }, async () => {
    const s = setup();
    const text = JSON.stringify(file(history(MAX_IMPORT_EVENTS)));
    const r = await s.send({ kind: 'import', file: text });
    expect(r).toMatchObject({ ok: true, added: MAX_IMPORT_EVENTS, skipped: 0 });
    const again = await s.send({ kind: 'import', file: text });
    expect(again).toMatchObject({ ok: true, added: 0, skipped: MAX_IMPORT_EVENTS });
  });

  it('an import that does not fit changes nothing, and says so', async () => {
    const s = setup({ quota: 200_000 });
    await s.send({ kind: 'record', type: 'post', key: 'p' });
    const before = JSON.stringify([...s.fake.local.data.entries()]);
    const r = await s.send({ kind: 'import', file: file(history(20_000)) });
    expect(r).toEqual({ ok: false, error: 'storage' });
    expect(JSON.stringify([...s.fake.local.data.entries()])).toBe(before);
  });

  it('a full disk: the failed record is shown in the badge and the status; the next successful write clears it', async () => {
    const s = setup({ quota: 60_000 });
    await s.send({ kind: 'record', type: 'post', key: 'first' });
    s.fake.local.put('someone.else', 'x'.repeat(60_000 - s.fake.local.bytes())); // the disk fills up
    const r = await s.send({ kind: 'record', type: 'comment', key: 'second' }).catch((e: Error) => ({ thrown: e.message }));
    expect(r).toMatchObject({ thrown: expect.stringMatching(/quota/i) });
    expect(await s.send({ kind: 'habits-status' })).toEqual({ writeError: expect.stringMatching(/quota/i) });
    expect(s.badges.at(-1)).toMatchObject({ text: '!', color: BADGE_ERROR_COLOR });
    s.fake.local.data.delete('someone.else');
    expect((await s.send({ kind: 'record', type: 'comment', key: 'third' })).ok).toBe(true);
    expect(await s.send({ kind: 'habits-status' })).toEqual({ writeError: null });
    expect(s.badges.at(-1)!.text).not.toBe('!');
  });

  it('a day later than tomorrow is never today: the figures stay on the clock day', () => {
    const days = new Map<number, number[]>([
      [localDayNum(NOW), [1, 0, 0, 0, 0, 0]],
      [localDayNum(new Date(2099, 11, 31, 12)), [5, 0, 0, 0, 0, 0]],
    ]);
    const s = computeStats(days, DEFAULT_SETTINGS, NOW);
    expect(s.today).toBe(localDayNum(NOW));
    expect(s.current).toBe(1);
    // A clock a little behind the last event (within a day) still shows that day, as before.
    expect(computeStats(days, DEFAULT_SETTINGS, new Date(NOW.getTime() - 86_400_000)).today).toBe(localDayNum(NOW));
  });

  it('set-aside histories are never pruned, can be listed, restored and deleted from the options page', async () => {
    const s = setup();
    for (let i = 0; i < 5; i++) {
      // Each worker start finds an unreadable value (as after a downgrade, or a damaged disk).
      s.fake.local.data.delete('habits.meta');
      s.fake.local.put(HABITS_KEY, `garbage ${i}`);
      const worker = createHabitsService({ local: s.fake.local, sync: s.fake.sync, now: () => new Date(NOW.getTime() + i * 1000) });
      expect(await worker.handle({ kind: 'habits-repair' })).toEqual({ ok: true, problem: 'corrupt' });
    }
    const keys = [...s.fake.local.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(keys).toHaveLength(5); // every one kept
    const list = await s.send({ kind: 'backups' });
    expect(list.backups).toHaveLength(keys.length);
    expect(list.backups.every((b: { events: number | null }) => b.events === null)).toBe(true); // 'garbage' cannot be read
    // A readable one is restored by merging it into the current history.
    s.fake.local.put(`${BACKUP_PREFIX}1`, { v: 1, events: [{ id: 'kept-1', type: 'comment', at: isoLocal(NOW) }], rolled: {} });
    expect(await s.send({ kind: 'backup-restore', key: `${BACKUP_PREFIX}1` })).toMatchObject({ ok: true, added: 1 });
    expect((await readFullStore(s.fake.local)).store.events.map((e) => e.id)).toContain('kept-1');
    expect(await s.send({ kind: 'backup-restore', key: keys[1] })).toEqual({ ok: false, error: 'unreadable' });
    expect(await s.send({ kind: 'backup-delete', key: keys[1] })).toEqual({ ok: true });
    expect(s.fake.local.peek(keys[1]!)).toBeUndefined();
    expect(s.fake.local.peek(NOTICE_KEY)).toBeDefined();
  });
});
