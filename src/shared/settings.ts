/**
 * The person's settings. Small, so they live in storage.sync and follow the person to their
 * other computers. Every reader goes through `normalizeSettings`, so a missing, old or foreign
 * value never throws: unknown fields are dropped, wrong ones fall back to defaults.
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
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: 1,
  disabledRules: [],
  uiLanguage: 'auto',
  streakKinds: ['post', 'comment', 'message', 'invite-note'],
  restDays: [6, 0],
  goals: { posts: 1, comments: 5, everyInviteWithNote: true },
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
  return { version: 1, disabledRules, uiLanguage, streakKinds, restDays, goals };
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
