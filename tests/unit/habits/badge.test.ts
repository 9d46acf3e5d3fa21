/**
 * The toolbar badge (src/background/service.ts badgeFor): the streak, a failed write, and the pause
 * from the popup's switch, with titles in English and German; pausing and resuming repaint it.
 */
import { describe, expect, it } from 'vitest';
import { badgeFor, createHabitsService, BADGE_COLOR, BADGE_ERROR_COLOR, BADGE_PAUSED_COLOR, BADGE_PAUSED_TEXT, type BadgeState } from '../../../src/background/service';
import { dayCounts } from '../../../src/habits/stats';
import { DEFAULT_SETTINGS, SETTINGS_KEY, normalizeSettings, writeSettings } from '../../../src/shared/settings';
import { createFakeBrowser } from '../../dom/habits/fake-browser';
import { ev, local, storeOf } from './helpers';

const now = local(2026, 11, 26, 10);
const streak = dayCounts(storeOf([ev('post', local(2026, 11, 25)), ev('comment', local(2026, 11, 26, 9))]));
const paused = normalizeSettings({ ...DEFAULT_SETTINGS, paused: true });

describe('badgeFor', () => {
  it('the streak while coaching', () => {
    expect(badgeFor(streak, DEFAULT_SETTINGS, now, 'en')).toEqual({ text: '2', color: BADGE_COLOR, title: 'Rapport: 2-day interaction streak' });
  });

  it('paused: a pause sign in grey instead of the streak (also with no streak), and a title that says so', () => {
    for (const days of [streak, new Map()]) {
      expect(badgeFor(days, paused, now, 'en')).toEqual({
        text: BADGE_PAUSED_TEXT,
        color: BADGE_PAUSED_COLOR,
        title: 'Rapport is paused: no coaching or counting on LinkedIn. Open Rapport to switch it back on.',
      });
    }
    const de = badgeFor(streak, paused, now, 'de');
    expect(de.title).toBe('Rapport ist pausiert: kein Coaching und kein Zählen auf LinkedIn. Öffnen Sie Rapport, um es wieder einzuschalten.');
    expect(de.text).toBe(BADGE_PAUSED_TEXT);
    // distinct from every other state, in text and colour
    expect(BADGE_PAUSED_COLOR).not.toBe(BADGE_COLOR);
    expect(BADGE_PAUSED_TEXT).not.toMatch(/^\d*$|^!$/);
    // the badge's white text stays readable on the grey (WCAG AA for small text: 4.5:1)
    const lum = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((a, c, i) => a + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    expect(1.05 / (lum(BADGE_PAUSED_COLOR) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('a failed write still comes first when paused: the person has to act on it', () => {
    expect(badgeFor(streak, paused, now, 'en', true)).toMatchObject({ text: '!', color: BADGE_ERROR_COLOR });
  });
});

describe('pausing and resuming repaint the badge', () => {
  for (const home of ['sync', 'local'] as const) {
    it(`settings in storage.${home}`, async () => {
      const fake = createFakeBrowser();
      const badges: BadgeState[] = [];
      const service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => now, setBadge: (b) => void badges.push(b), browserLang: () => 'de-CH' });
      if (home === 'local') await fake.local.set({ [SETTINGS_KEY]: normalizeSettings(DEFAULT_SETTINGS) });
      await service.start();
      await service.handle({ kind: 'record', type: 'post' });
      expect(badges.at(-1)).toMatchObject({ text: '1', color: BADGE_COLOR });
      // the popup's switch writes the settings; the worker repaints on storage.onChanged (src/background/index.ts)
      await writeSettings({ local: fake.local, sync: fake.sync }, normalizeSettings({ ...DEFAULT_SETTINGS, paused: true }));
      await service.refreshBadge();
      expect(badges.at(-1)).toMatchObject({ text: BADGE_PAUSED_TEXT, color: BADGE_PAUSED_COLOR });
      expect(badges.at(-1)!.title).toMatch(/^Rapport ist pausiert/);
      await writeSettings({ local: fake.local, sync: fake.sync }, normalizeSettings({ ...DEFAULT_SETTINGS, paused: false }));
      await service.refreshBadge();
      expect(badges.at(-1)).toMatchObject({ text: '1', color: BADGE_COLOR });
    });
  }
});
