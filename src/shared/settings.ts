/**
 * The person's settings, and their one home. Small, so by default they live in storage.sync and,
 * when the person has the browser's own sync on, travel with it to their other computers (through
 * the browser maker's sync service: the one thing Rapport stores that leaves the device). The
 * switch "Keep settings on this device only" moves them to storage.local instead: then storage.local
 * holds them under the same key and storage.sync holds nothing of Rapport's. Every page reads and
 * writes them through `readSettings`/`writeSettings` here; content scripts, which cannot read
 * storage.local in Chromium, ask the background (src/background/settings-relay.ts).
 * Every reader goes through `normalizeSettings`, so a missing, old or foreign value never throws:
 * unknown fields are dropped, wrong ones fall back to defaults.
 */
import { RULE_IDS, type RuleId } from '../engine/types';
import type { UiLanguageSetting } from './i18n';

/** Kinds an interaction can count as for the streak. Invitations split by whether they carry a note. */
export const STREAK_KINDS = ['post', 'comment', 'message', 'invite-note', 'invite-plain', 'reaction'] as const;
export type StreakKind = (typeof STREAK_KINDS)[number];

export interface WeeklyGoals {
  posts: number;
  comments: number;
  /** Goal: every invitation goes out with a personal note. */
  everyInviteWithNote: boolean;
}

export interface Settings {
  version: 1;
  /** Rule ids switched off by the person. */
  disabledRules: RuleId[];
  uiLanguage: UiLanguageSetting;
  streakKinds: StreakKind[];
  /** Days of the week (0 = Sunday … 6 = Saturday) that never break a streak. */
  restDays: number[];
  goals: WeeklyGoals;
  /** Coaching paused by the person (the popup's switch): Rapport stays out of LinkedIn's pages until switched back. */
  paused: boolean;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: 1,
  disabledRules: [],
  uiLanguage: 'auto',
  streakKinds: ['post', 'comment', 'message', 'invite-note'],
  restDays: [6, 0],
  goals: { posts: 1, comments: 5, everyInviteWithNote: true },
  paused: false,
}) as Settings;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const intIn = (x: unknown, lo: number, hi: number): x is number => Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;

/** Coerces any stored value into valid Settings (defaults for what is missing or wrong). */
export function normalizeSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  if (!isObj(raw)) return structuredClone(d);
  const disabledRules = Array.isArray(raw.disabledRules)
    ? [...new Set(raw.disabledRules.filter((r): r is RuleId => (RULE_IDS as readonly unknown[]).includes(r)))]
    : [...d.disabledRules];
  const uiLanguage: UiLanguageSetting = raw.uiLanguage === 'en' || raw.uiLanguage === 'de' ? raw.uiLanguage : 'auto';
  const streakKinds = Array.isArray(raw.streakKinds)
    ? [...new Set(raw.streakKinds.filter((k): k is StreakKind => (STREAK_KINDS as readonly unknown[]).includes(k)))]
    : [...d.streakKinds];
  const restDays = Array.isArray(raw.restDays)
    ? [...new Set(raw.restDays.filter((n): n is number => intIn(n, 0, 6)))].sort()
    : [...d.restDays];
  const g = isObj(raw.goals) ? raw.goals : {};
  const goals: WeeklyGoals = {
    posts: intIn(g.posts, 0, 100) ? g.posts : d.goals.posts,
    comments: intIn(g.comments, 0, 500) ? g.comments : d.goals.comments,
    everyInviteWithNote: typeof g.everyInviteWithNote === 'boolean' ? g.everyInviteWithNote : d.goals.everyInviteWithNote,
  };
  const paused = raw.paused === true;
  return { version: 1, disabledRules, uiLanguage, streakKinds, restDays, goals, paused };
}

/**
 * Imported settings merged over the current ones: each field the file holds with a valid value
 * replaces the current one; a field that is missing keeps its current value, and one that is
 * invalid is reported in `ignored` (and keeps its current value too).
 */
export function mergeSettings(base: Settings, raw: unknown): { settings: Settings; taken: string[]; ignored: string[] } {
  const taken: string[] = [];
  const ignored: string[] = [];
  if (!isObj(raw)) return { settings: base, taken, ignored };
  const probe = normalizeSettings(raw);
  const next: Settings = structuredClone(base);
  const take = <K extends 'disabledRules' | 'uiLanguage' | 'streakKinds' | 'restDays'>(k: K, valid: boolean) => {
    if (!(k in raw)) return;
    if (valid) {
      next[k] = probe[k];
      taken.push(k);
    } else ignored.push(k);
  };
  const arr = (x: unknown) => Array.isArray(x);
  take('disabledRules', arr(raw.disabledRules));
  take('uiLanguage', raw.uiLanguage === 'auto' || raw.uiLanguage === 'en' || raw.uiLanguage === 'de');
  take('streakKinds', arr(raw.streakKinds));
  take('restDays', arr(raw.restDays));
  if ('goals' in raw) {
    const g = isObj(raw.goals) ? raw.goals : null;
    if (!g) ignored.push('goals');
    else {
      for (const [k, ok] of [
        ['posts', intIn(g.posts, 0, 100)],
        ['comments', intIn(g.comments, 0, 500)],
        ['everyInviteWithNote', typeof g.everyInviteWithNote === 'boolean'],
      ] as const) {
        if (!(k in g)) continue;
        if (ok) {
          (next.goals as unknown as Record<string, unknown>)[k] = g[k];
          taken.push(`goals.${k}`);
        } else ignored.push(`goals.${k}`);
      }
    }
  }
  return { settings: normalizeSettings(next), taken, ignored };
}

/** `s` with `rule` switched on or off. */
export function withRule(s: Settings, rule: RuleId, on: boolean): Settings {
  const rest = s.disabledRules.filter((r) => r !== rule);
  return { ...s, disabledRules: on ? rest : [...rest, rule] };
}

/** Where the settings live: 'sync' (storage.sync, the default) or 'device' (storage.local only). */
export type SettingsHome = 'sync' | 'device';

export interface SettingsArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
export interface SettingsAreas<A = SettingsArea> {
  local: A;
  sync: A;
}

/**
 * The settings from what storage.local and storage.sync hold under SETTINGS_KEY (each read once,
 * possibly together with other keys): storage.local's copy, when there is one, is the home.
 */
export function pickSettings(local: Record<string, unknown>, sync: Record<string, unknown>): { settings: Settings; home: SettingsHome } {
  return SETTINGS_KEY in local && local[SETTINGS_KEY] !== undefined
    ? { settings: normalizeSettings(local[SETTINGS_KEY]), home: 'device' }
    : { settings: normalizeSettings(sync[SETTINGS_KEY]), home: 'sync' };
}

const none = (): Record<string, unknown> => ({});

/** Reads the settings from their home. Never throws: unreadable storage gives the defaults. */
export async function readSettings(a: SettingsAreas<Pick<SettingsArea, 'get'>>): Promise<{ settings: Settings; home: SettingsHome }> {
  const [l, s] = await Promise.all([a.local.get(SETTINGS_KEY).catch(none), a.sync.get(SETTINGS_KEY).catch(none)]);
  return pickSettings(l, s);
}

/** Saves `settings` in their current home. */
export async function writeSettings(a: SettingsAreas, settings: Settings): Promise<void> {
  const device = SETTINGS_KEY in (await a.local.get(SETTINGS_KEY));
  await (device ? a.local : a.sync).set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

/**
 * Moves the settings to storage.local ('device') or back to storage.sync. The new home is written
 * before the old one is cleared, so an interruption leaves a copy in both (and storage.local's
 * wins): nothing is lost either way. Returns the settings as they now stand.
 */
export async function moveSettings(a: SettingsAreas, to: SettingsHome): Promise<Settings> {
  const { settings, home } = await readSettings(a);
  const value = normalizeSettings(settings);
  if (to === 'device') {
    await a.local.set({ [SETTINGS_KEY]: value });
    await a.sync.remove(SETTINGS_KEY);
  } else {
    if (home === 'device') await a.sync.set({ [SETTINGS_KEY]: value });
    await a.local.remove(SETTINGS_KEY);
  }
  return value;
}

/** Does a storage.onChanged event touch the settings (in either home)? */
export function settingsChanged(changes: Record<string, unknown>, area: string): boolean {
  return (area === 'sync' || area === 'local') && SETTINGS_KEY in changes;
}
