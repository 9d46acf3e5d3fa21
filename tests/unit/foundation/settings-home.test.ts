/**
 * The settings' one home (src/shared/settings.ts): storage.sync by default, storage.local when the
 * person keeps them on this device only. Moving them either way loses nothing and leaves nothing
 * of Rapport's in storage.sync; readers and writers follow the move; an interrupted move keeps a
 * copy; the background answers and writes for content scripts wherever the settings live.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, moveSettings, normalizeSettings, readSettings, settingsChanged, writeSettings, type Settings } from '../../../src/shared/settings';
import { createHabitsService } from '../../../src/background/service';

const areas = () => ({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync });
const mine: Settings = { ...structuredClone(DEFAULT_SETTINGS), disabledRules: ['post.hashtags', 'invite.generic'], uiLanguage: 'de', restDays: [0], goals: { posts: 3, comments: 9, everyInviteWithNote: false }, paused: true };

describe('settings home', () => {
  beforeEach(() => resetFakeBrowser());

  it('lives in storage.sync by default', async () => {
    await writeSettings(areas(), mine);
    expect(fakeBrowser.storage.sync._dump()[SETTINGS_KEY]).toEqual(mine);
    expect(SETTINGS_KEY in fakeBrowser.storage.local._dump()).toBe(false);
    expect(await readSettings(areas())).toEqual({ settings: mine, home: 'sync' });
  });

  it('moves to this device only and back, every field kept, nothing left in storage.sync while on the device', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: mine });
    await fakeBrowser.storage.local.set({ habits: 'kept' });
    expect(await moveSettings(areas(), 'device')).toEqual(mine);
    expect(fakeBrowser.storage.sync._dump()).toEqual({});
    expect(fakeBrowser.storage.local._dump()[SETTINGS_KEY]).toEqual(mine);
    expect(await readSettings(areas())).toEqual({ settings: mine, home: 'device' });

    // writers follow the home
    await writeSettings(areas(), { ...mine, uiLanguage: 'en' });
    expect(fakeBrowser.storage.sync._dump()).toEqual({});
    expect((await readSettings(areas())).settings.uiLanguage).toBe('en');

    expect(await moveSettings(areas(), 'sync')).toEqual({ ...mine, uiLanguage: 'en' });
    expect(fakeBrowser.storage.sync._dump()[SETTINGS_KEY]).toEqual({ ...mine, uiLanguage: 'en' });
    expect(SETTINGS_KEY in fakeBrowser.storage.local._dump()).toBe(false);
    expect(fakeBrowser.storage.local._dump().habits).toBe('kept');
    expect(await readSettings(areas())).toEqual({ settings: { ...mine, uiLanguage: 'en' }, home: 'sync' });
  });

  it('an interrupted move keeps a copy, and the device copy wins', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...mine, uiLanguage: 'en' } });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: mine }); // written, but the sync copy not yet removed
    expect(await readSettings(areas())).toEqual({ settings: mine, home: 'device' });
    await moveSettings(areas(), 'device');
    expect(fakeBrowser.storage.sync._dump()).toEqual({});
    expect((await readSettings(areas())).settings).toEqual(mine);
  });

  it('moving to where they already are changes nothing; defaults move too', async () => {
    const defaults = normalizeSettings({ restDays: DEFAULT_SETTINGS.restDays }); // (stored rest days are sorted)
    expect(await moveSettings(areas(), 'sync')).toEqual(defaults);
    expect(fakeBrowser.storage.sync._dump()).toEqual({});
    expect(await moveSettings(areas(), 'device')).toEqual(defaults);
    expect(await readSettings(areas())).toEqual({ settings: defaults, home: 'device' });
  });

  it('unreadable storage gives the defaults; a change in either home is a settings change', async () => {
    const broken = { get: () => Promise.reject(new Error('gone')) };
    expect(await readSettings({ local: broken, sync: broken })).toEqual({ settings: normalizeSettings(undefined), home: 'sync' });
    expect(settingsChanged({ [SETTINGS_KEY]: {} }, 'local')).toBe(true);
    expect(settingsChanged({ [SETTINGS_KEY]: {} }, 'sync')).toBe(true);
    expect(settingsChanged({ [SETTINGS_KEY]: {} }, 'session')).toBe(false);
    expect(settingsChanged({ habits: {} }, 'local')).toBe(false);
  });

  it('the background reads and switches rules for content scripts in either home, and the badge follows', async () => {
    const service = createHabitsService({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: mine });
    await moveSettings(areas(), 'device');
    expect(await service.handle({ kind: 'settings' }, 'content')).toEqual(mine);
    expect(await service.handle({ kind: 'set-rule-on', rule: 'invite.generic', on: true }, 'content')).toEqual({ ok: true });
    expect((await readSettings(areas())).settings.disabledRules).toEqual(['post.hashtags']);
    expect(fakeBrowser.storage.sync._dump()).toEqual({});
    expect(await service.handle({ kind: 'set-rule-on', rule: 'no.such-rule', on: false }, 'content')).toMatchObject({ ok: false });
    await moveSettings(areas(), 'sync');
    expect(await service.handle({ kind: 'set-rule-on', rule: 'post.hook', on: false }, 'content')).toEqual({ ok: true });
    expect(normalizeSettings(fakeBrowser.storage.sync._dump()[SETTINGS_KEY]).disabledRules).toEqual(['post.hashtags', 'post.hook']);
  });
});
