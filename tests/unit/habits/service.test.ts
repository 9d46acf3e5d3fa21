import { describe, expect, it } from 'vitest';
import { createHabitsService, BADGE_AT_RISK_COLOR, BADGE_COLOR, type BadgeState } from '../../../src/background/service';
import { BACKUP_PREFIX, HABITS_KEY, NOTICE_KEY, SALT_KEY } from '../../../src/habits/schema';
import { readFullStore } from '../../../src/habits/store';
import { MAX_FINGERPRINTS, SKETCH_KEY, readFingerprints } from '../../../src/habits/fingerprints';
import { sketch } from '../../../src/engine/fingerprint';
import { buildExport } from '../../../src/habits/exchange';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/shared/settings';
import { createFakeBrowser } from '../../dom/habits/fake-browser';
import { local } from './helpers';

function setup(opts: { jitter?: number; now?: Date; rate?: number } = {}) {
  const fake = createFakeBrowser({ jitter: opts.jitter });
  let clock = opts.now ?? local(2026, 11, 26, 10);
  const badges: BadgeState[] = [];
  let tick = 0;
  const service = createHabitsService({
    clock: () => (tick += opts.rate ?? 5000), // each message seconds apart, unless a test looks at the rate limit
    local: fake.local,
    sync: fake.sync,
    now: () => clock,
    setBadge: (b) => void badges.push(b),
    browserLang: () => 'en-US',
  });
  return {
    fake,
    service,
    badges,
    setNow: (d: Date) => (clock = d),
    store: async () => (await readFullStore(fake.local)).store,
    send: (m: unknown) => service.handle(m) as Promise<any>,
  };
}

describe('habits service (background worker)', () => {
  it('several tabs recording concurrently lose nothing and double-count nothing', async () => {
    const { send, store } = setup({ jitter: 3 });
    const tabs = 6;
    const perTab = 15;
    const jobs: Promise<any>[] = [];
    for (let tab = 0; tab < tabs; tab++) {
      for (let i = 0; i < perTab; i++) {
        jobs.push(send({ kind: 'record', type: 'comment', key: `tab${tab}-c${i}` }));
        // The same reaction seen by every tab (same post URN): counts once.
        jobs.push(send({ kind: 'record', type: 'reaction', key: `urn:li:activity:${i}` }));
      }
    }
    const replies = await Promise.all(jobs);
    expect(replies.every((r) => r.ok)).toBe(true);
    const s = (await store());
    expect(s.events.filter((e) => e.type === 'comment')).toHaveLength(tabs * perTab);
    expect(s.events.filter((e) => e.type === 'reaction')).toHaveLength(perTab);
    expect(new Set(s.events.map((e) => e.id)).size).toBe(s.events.length);
    expect(replies.filter((r) => r.duplicate)).toHaveLength((tabs - 1) * perTab);
  });

  it('assigns ids and local ISO times; never stores the raw key', async () => {
    const { send, store } = setup();
    const r = await send({ kind: 'record', type: 'post', key: 'urn:li:share:777' });
    expect(r).toMatchObject({ ok: true });
    const [e] = (await store()).events;
    expect(e!.id).toBe(r.id);
    expect(e!.at).toMatch(/^2026-11-26T10:00:00\.000[+-]\d{2}:\d{2}$/);
    expect(JSON.stringify((await store()))).not.toContain('urn:li:share:777');
  });

  it('the same key later than the window counts again (except reactions, remembered for a month)', async () => {
    const { send, store, setNow } = setup();
    await send({ kind: 'record', type: 'message', key: 'k1' });
    expect((await send({ kind: 'record', type: 'message', key: 'k1' })).duplicate).toBe(true);
    setNow(local(2026, 11, 26, 12));
    expect((await send({ kind: 'record', type: 'message', key: 'k1' })).duplicate).toBeUndefined();
    await send({ kind: 'record', type: 'reaction', key: 'urn:li:activity:1' });
    setNow(local(2026, 12, 3, 12));
    expect((await send({ kind: 'record', type: 'reaction', key: 'urn:li:activity:1' })).duplicate).toBe(true);
    expect((await store()).events).toHaveLength(3);
  });

  it('a reaction taken back is removed; rejects unknown types', async () => {
    const { send, store } = setup();
    await send({ kind: 'record', type: 'reaction', key: 'urn:li:activity:9' });
    expect((await store()).events).toHaveLength(1);
    expect(await send({ kind: 'unrecord', type: 'reaction', key: 'urn:li:activity:9' })).toEqual({ ok: true });
    expect((await store()).events).toHaveLength(0);
    expect(await send({ kind: 'unrecord', type: 'reaction', key: 'urn:li:activity:9' })).toEqual({ ok: false });
    // Liking again after taking it back counts again.
    expect((await send({ kind: 'record', type: 'reaction', key: 'urn:li:activity:9' })).duplicate).toBeUndefined();
    expect(await send({ kind: 'record', type: 'hug' })).toEqual({ ok: false, error: 'shape' });
    expect(setup().service.handle({ kind: 'something-else' })).toBeUndefined();
  });

  it('invitations: note flag, fingerprints with a salted recipient hash, never names', async () => {
    const { send, store, fake } = setup();
    await send({ kind: 'record', type: 'invite', note: true, fingerprint: [3, 1, 2], recipientName: 'Anna Müller', key: 'i1' });
    await send({ kind: 'record', type: 'invite', note: false, key: 'i2' });
    expect((await store()).events.map((e) => e.note)).toEqual([true, false]);
    const hist = await send({ kind: 'invite-history', recipientName: '  anna  MÜLLER ' });
    expect(hist.entries).toHaveLength(1);
    expect(hist.entries[0].fingerprint).toEqual(sketch([3, 1, 2], fake.local.peek<string>(SKETCH_KEY)!));
    expect(hist.key).toBe(fake.local.peek(SKETCH_KEY));
    expect(hist.entries[0].recipient).toBe(hist.recipientKey);
    expect(hist.recipientKey).toMatch(/^[0-9a-f]{32}$/);
    const other = await send({ kind: 'invite-history', recipientName: 'Peter Keller' });
    expect(other.recipientKey).not.toBe(hist.recipientKey);
    expect(await send({ kind: 'invite-history' })).toEqual({ entries: hist.entries, key: hist.key });
    const raw = JSON.stringify([...fake.local.data.values()]);
    expect(raw).not.toMatch(/anna|müller/i);
    expect(typeof fake.local.peek(SALT_KEY)).toBe('string');
    // A duplicate record (same key) stores no second fingerprint.
    await send({ kind: 'record', type: 'invite', note: true, fingerprint: [3, 1, 2], recipientName: 'Anna Müller', key: 'i1' });
    expect(await readFingerprints(fake.local)).toHaveLength(1);
  });

  it('the salt differs between installations, so recipient keys do too', async () => {
    const a = await setup().send({ kind: 'invite-history', recipientName: 'Anna' });
    const b = await setup().send({ kind: 'invite-history', recipientName: 'Anna' });
    expect(a.recipientKey).not.toBe(b.recipientKey);
  });

  it('fingerprints are capped and can be cleared', { timeout: 60_000 }, async () => {
    const { send, fake, setNow } = setup();
    let t = local(2026, 11, 1, 8).getTime();
    for (let i = 0; i <= MAX_FINGERPRINTS; i++) {
      setNow(new Date((t += 60_000)));
      await send({ kind: 'record', type: 'invite', note: true, fingerprint: [i, i + 1e6, i + 2e6, i + 3e6], key: `x${i}` });
    }
    const got = await readFingerprints(fake.local);
    expect(got.length).toBeLessThanOrEqual(MAX_FINGERPRINTS);
    expect(got.length).toBeGreaterThan(MAX_FINGERPRINTS - 10);
    const key = fake.local.peek<string>(SKETCH_KEY)!;
    expect(got.at(-1)!.f).toEqual(sketch([MAX_FINGERPRINTS, MAX_FINGERPRINTS + 1e6, MAX_FINGERPRINTS + 2e6, MAX_FINGERPRINTS + 3e6], key));
    expect(await send({ kind: 'clear-fingerprints' })).toEqual({ ok: true, removed: got.length });
    expect((await send({ kind: 'invite-history' })).entries).toEqual([]);
  });

  it('a corrupt value is set aside under a backup key, with a notice, and recording goes on', async () => {
    const { send, store, fake, service } = setup();
    fake.local.put(HABITS_KEY, 'definitely not a store');
    expect(await send({ kind: 'habits-repair' })).toEqual({ ok: true, problem: 'corrupt' });
    const backups = [...fake.local.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(backups).toHaveLength(1);
    expect(fake.local.peek(backups[0]!)).toBe('definitely not a store');
    expect(fake.local.peek(NOTICE_KEY)).toMatchObject({ backupKey: backups[0], reason: 'corrupt' });
    await send({ kind: 'record', type: 'post' });
    expect((await store()).events).toHaveLength(1);
    await send({ kind: 'dismiss-notice' });
    expect(fake.local.peek(NOTICE_KEY)).toBeUndefined();
    await service.idle();
  });

  it('import merges a valid file; a wrong file is refused and nothing changes', async () => {
    const { send, store, fake } = setup();
    await send({ kind: 'record', type: 'post', key: 'p' });
    const before = [...fake.local.data.entries()];
    for (const bad of ['{', { format: 'x' }, { format: 'rapport-export', version: 1, events: [{ id: 1 }] }]) {
      const r = await send({ kind: 'import', file: bad });
      expect(r.ok).toBe(false);
      expect(typeof r.error).toBe('string');
    }
    expect([...fake.local.data.entries()]).toEqual(before);
    expect(fake.sync.peek(SETTINGS_KEY)).toBeUndefined();

    const file = buildExport((await store()), { ...DEFAULT_SETTINGS, restDays: [0] }, new Date());
    file.events.push({ id: 'other-device-1', type: 'comment', at: '2026-11-25T09:00:00.000+01:00' });
    expect(await send({ kind: 'import', file: JSON.stringify(file) })).toMatchObject({ ok: true, added: 1, skipped: 1, future: 0, settings: 'merged', settingsTaken: ['disabledRules', 'uiLanguage', 'streakKinds', 'restDays', 'goals.posts', 'goals.comments', 'goals.everyInviteWithNote'] });
    expect((await store()).events).toHaveLength(2);
    expect(fake.sync.peek(SETTINGS_KEY)).toMatchObject({ restDays: [0] });
    expect(await send({ kind: 'import', file })).toMatchObject({ ok: true, added: 0, skipped: 2 });
  });

  it('the badge shows the current streak, in another colour when at risk', async () => {
    const { send, badges, setNow, service } = setup({ now: local(2026, 11, 24, 10) });
    await service.start();
    expect(badges.at(-1)).toMatchObject({ text: '', color: BADGE_COLOR });
    await send({ kind: 'record', type: 'post' });
    expect(badges.at(-1)).toMatchObject({ text: '1', color: BADGE_COLOR });
    setNow(local(2026, 11, 25, 10));
    await send({ kind: 'refresh-badge' });
    expect(badges.at(-1)).toMatchObject({ text: '1', color: BADGE_AT_RISK_COLOR });
    expect(badges.at(-1)!.title).not.toMatch(/badge_/);
    await send({ kind: 'record', type: 'reaction' }); // does not count by default
    expect(badges.at(-1)).toMatchObject({ text: '1', color: BADGE_AT_RISK_COLOR });
    await send({ kind: 'record', type: 'message' });
    expect(badges.at(-1)).toMatchObject({ text: '2', color: BADGE_COLOR });
  });
});
