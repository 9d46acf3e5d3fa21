/**
 * The habits service: the only writer of storage.local. Content scripts and pages send typed
 * messages; every write goes through one promise queue, so concurrent messages from many tabs
 * never lose an event, and a message whose de-duplication key was already recorded counts once.
 * Storage and the badge are injected, so the service runs in Node tests with an in-memory fake.
 */
import type { RuntimeMessage, ImportReply, InviteHistoryReply, RecordReply } from '../shared/messages';
import { isEventType } from '../shared/events';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { resolveLang, t } from '../shared/i18n';
import { dayKey, isoLocal, localDayNum, parseAt } from '../habits/days';
import {
  BACKUP_PREFIX,
  DAYS_KEY,
  buildDaysIndex,
  readDaysIndex,
  FINGERPRINTS_KEY,
  HABITS_KEY,
  NOTICE_KEY,
  SALT_KEY,
  hash53,
  insertEvent,
  loadStore,
  rollup,
  type HabitsStore,
  type NoticeValue,
  type StoredEvent,
} from '../habits/schema';
import { computeStats, dayCounts } from '../habits/stats';
import { mergeEvents, parseExport } from '../habits/exchange';
import { addFingerprint, loadFingerprints, recipientKey, validFingerprint } from '../habits/fingerprints';

/** The slice of a WebExtension storage area the service uses. */
export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export interface ServiceDeps {
  local: AreaLike;
  sync: AreaLike;
  setBadge?: (b: BadgeState) => void | Promise<void>;
  now?: () => Date;
  /** Random hex (ids, the salt). */
  randomHex?: (bytes: number) => string;
  /** Browser language for the badge title when the setting is 'auto'. */
  browserLang?: () => string;
  subtle?: SubtleCrypto;
}

export const BADGE_COLOR = '#0e7c86';
export const BADGE_AT_RISK_COLOR = '#b45309';
/** A record with a key already seen within this window counts once. Reactions: a post's id, remembered longer. */
export const DEDUPE_WINDOW_MS = 60 * 60 * 1000;
export const REACTION_WINDOW_MS = 30 * 86_400_000;
/** How many set-aside values are kept. */
export const MAX_BACKUPS = 3;

function defaultRandomHex(bytes: number): string {
  const a = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function badgeFor(store: HabitsStore, settings: Settings, now: Date, lang: 'en' | 'de'): BadgeState {
  const s = computeStats(dayCounts(store), settings, now);
  const text = s.current > 0 ? String(s.current) : '';
  const title =
    s.current === 0
      ? t(lang, 'badge_title_none')
      : s.atRisk
        ? t(lang, 'badge_title_at_risk', s.current)
        : t(lang, 'badge_title_streak', s.current);
  return { text, color: s.atRisk ? BADGE_AT_RISK_COLOR : BADGE_COLOR, title };
}

export function createHabitsService(deps: ServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const randomHex = deps.randomHex ?? defaultRandomHex;
  let chain: Promise<unknown> = Promise.resolve();

  /** Serialises every read-modify-write. */
  function enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const p = chain.then(fn);
    chain = p.catch(() => undefined);
    return p;
  }

  async function settings(): Promise<Settings> {
    try {
      return normalizeSettings((await deps.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
    } catch {
      return normalizeSettings(undefined);
    }
  }

  /** Reads the store; a corrupt or foreign value is set aside under a backup key (queue only). */
  async function readStore(): Promise<{ store: HabitsStore; dirty: boolean }> {
    const raw = (await deps.local.get(HABITS_KEY))[HABITS_KEY];
    const res = loadStore(raw);
    if (res.problem) {
      const at = now();
      const backupKey = BACKUP_PREFIX + at.getTime();
      const notice: NoticeValue = { at: at.toISOString(), backupKey, reason: res.problem };
      await deps.local.set({ [backupKey]: raw, [NOTICE_KEY]: notice, [HABITS_KEY]: res.store, [DAYS_KEY]: buildDaysIndex(res.store) });
      await pruneBackups();
      return { store: res.store, dirty: false };
    }
    return { store: res.store, dirty: res.changed };
  }

  async function pruneBackups(): Promise<void> {
    const all = await deps.local.get(null);
    const keys = Object.keys(all)
      .filter((k) => k.startsWith(BACKUP_PREFIX))
      .sort((a, b) => Number(a.slice(BACKUP_PREFIX.length)) - Number(b.slice(BACKUP_PREFIX.length)));
    if (keys.length > MAX_BACKUPS) await deps.local.remove(keys.slice(0, keys.length - MAX_BACKUPS));
  }

  async function writeStore(store: HabitsStore): Promise<void> {
    rollup(store, now().getTime());
    await deps.local.set({ [HABITS_KEY]: store, [DAYS_KEY]: buildDaysIndex(store) });
    await updateBadge(store);
  }

  async function updateBadge(store?: HabitsStore): Promise<void> {
    if (!deps.setBadge) return;
    try {
      const st = store ?? (await readStore()).store;
      const s = await settings();
      const lang = resolveLang(s.uiLanguage, deps.browserLang?.() ?? 'en');
      await deps.setBadge(badgeFor(st, s, now(), lang));
    } catch {
      /* the badge is a nicety: never fail a write for it */
    }
  }

  async function salt(): Promise<string> {
    const got = (await deps.local.get(SALT_KEY))[SALT_KEY];
    if (typeof got === 'string' && got.length >= 16) return got;
    const fresh = randomHex(16);
    await deps.local.set({ [SALT_KEY]: fresh });
    return fresh;
  }

  function newId(at: Date): string {
    return `${at.getTime().toString(36)}-${randomHex(6)}`;
  }

  async function record(m: Extract<RuntimeMessage, { kind: 'record' }>): Promise<RecordReply> {
    if (!isEventType(m.type)) return { ok: false };
    const at = now();
    const { store } = await readStore();
    const s = await salt();
    const k = typeof m.key === 'string' && m.key ? hash53(`${m.type}\u0000${m.key}`, parseInt(s.slice(0, 8), 16)) : undefined;
    if (k) {
      const window = m.type === 'reaction' ? REACTION_WINDOW_MS : DEDUPE_WINDOW_MS;
      const since = at.getTime() - window;
      for (let i = store.events.length - 1; i >= 0; i--) {
        const e = store.events[i]!;
        const te = parseAt(e.at) ?? 0;
        if (te < since) break;
        if (e.k === k && e.type === m.type) return { ok: true, id: e.id, duplicate: true };
      }
    }
    const fingerprint = m.type === 'invite' ? validFingerprint(m.fingerprint) : null;
    const note = m.type === 'invite' ? (typeof m.note === 'boolean' ? m.note : fingerprint !== null) : undefined;
    const e: StoredEvent = { id: newId(at), type: m.type, at: isoLocal(at) };
    if (m.type === 'invite') e.note = note === true;
    if (k) e.k = k;
    insertEvent(store, e);
    await writeStore(store);
    if (fingerprint) {
      const fp = loadFingerprints((await deps.local.get(FINGERPRINTS_KEY))[FINGERPRINTS_KEY]);
      const name = typeof m.recipientName === 'string' ? m.recipientName.trim() : '';
      const r = name ? await recipientKey(s, name, deps.subtle) : undefined;
      addFingerprint(fp, r ? { f: [...fingerprint], r, d: dayKey(localDayNum(at)) } : { f: [...fingerprint], d: dayKey(localDayNum(at)) });
      await deps.local.set({ [FINGERPRINTS_KEY]: fp });
    }
    return { ok: true, id: e.id };
  }

  async function unrecord(m: Extract<RuntimeMessage, { kind: 'unrecord' }>): Promise<{ ok: boolean }> {
    if (m.type !== 'reaction' || typeof m.key !== 'string' || !m.key) return { ok: false };
    const { store } = await readStore();
    const s = await salt();
    const k = hash53(`reaction\u0000${m.key}`, parseInt(s.slice(0, 8), 16));
    const since = now().getTime() - REACTION_WINDOW_MS;
    for (let i = store.events.length - 1; i >= 0; i--) {
      const e = store.events[i]!;
      if ((parseAt(e.at) ?? 0) < since) break;
      if (e.type === 'reaction' && e.k === k) {
        store.events.splice(i, 1);
        await writeStore(store);
        return { ok: true };
      }
    }
    return { ok: false };
  }

  async function inviteHistory(m: Extract<RuntimeMessage, { kind: 'invite-history' }>): Promise<InviteHistoryReply> {
    const fp = loadFingerprints((await deps.local.get(FINGERPRINTS_KEY))[FINGERPRINTS_KEY]);
    const entries = fp.entries.map((e) => (e.r ? { fingerprint: e.f, recipient: e.r } : { fingerprint: e.f }));
    const name = typeof m.recipientName === 'string' ? m.recipientName.trim() : '';
    if (!name) return { entries };
    return { entries, recipientKey: await recipientKey(await salt(), name, deps.subtle) };
  }

  async function importFile(file: unknown): Promise<ImportReply> {
    const parsed = parseExport(file);
    if (!parsed.ok) return parsed.index === undefined ? { ok: false, error: parsed.error } : { ok: false, error: parsed.error, index: parsed.index };
    const { store } = await readStore();
    const merged = mergeEvents(store, parsed.events, now().getTime());
    await writeStore(merged.store);
    if (parsed.settings) await deps.sync.set({ [SETTINGS_KEY]: parsed.settings });
    if (parsed.settings) await updateBadge(merged.store);
    return { ok: true, added: merged.added, skipped: merged.skipped };
  }

  async function repair(): Promise<{ ok: boolean; problem: string | null }> {
    const raw = (await deps.local.get(HABITS_KEY))[HABITS_KEY];
    const problem = loadStore(raw).problem;
    const { store, dirty } = await readStore();
    // Rewrite when migrated, or when the popup's day index is missing or from another time zone.
    const index = (await deps.local.get(DAYS_KEY))[DAYS_KEY];
    if (dirty || (!problem && readDaysIndex(index) === null)) await writeStore(store);
    else await updateBadge(store);
    return { ok: true, problem };
  }

  /** Answers one runtime message; undefined for messages that are not ours. */
  function handle(msg: unknown): Promise<unknown> | undefined {
    const m = msg as RuntimeMessage;
    if (typeof m !== 'object' || m === null) return undefined;
    switch (m.kind) {
      case 'ping':
        return Promise.resolve({ ok: true });
      case 'record':
        return enqueue(() => record(m));
      case 'unrecord':
        return enqueue(() => unrecord(m));
      case 'invite-history':
        return enqueue(() => inviteHistory(m));
      case 'import':
        return enqueue(() => importFile(m.file));
      case 'clear-fingerprints':
        return enqueue(async () => {
          const fp = loadFingerprints((await deps.local.get(FINGERPRINTS_KEY))[FINGERPRINTS_KEY]);
          await deps.local.remove(FINGERPRINTS_KEY);
          return { ok: true, removed: fp.entries.length };
        });
      case 'habits-repair':
        return enqueue(repair);
      case 'dismiss-notice':
        return enqueue(async () => {
          await deps.local.remove(NOTICE_KEY);
          return { ok: true };
        });
      case 'refresh-badge':
        return enqueue(async () => {
          await updateBadge();
          return { ok: true };
        });
      default:
        return undefined;
    }
  }

  return {
    handle,
    /** Startup: migrate or set aside what storage holds, then paint the badge. */
    start: () => enqueue(repair),
    refreshBadge: () => enqueue(() => updateBadge()),
    /** Resolves when every queued operation has finished. */
    idle: () => enqueue(async () => undefined),
  };
}

export type HabitsService = ReturnType<typeof createHabitsService>;
