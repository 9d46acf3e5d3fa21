/**
 * The habits service: the only writer of the history in storage.local. Content scripts and pages send typed
 * messages; every write goes through one promise queue, so concurrent messages from many tabs
 * never lose an event, and a message whose de-duplication key was already recorded counts once
 * (so a content script may resend a record whose answer it never got).
 *
 * Who may ask what (docs/messages.md): content scripts in LinkedIn's frames may only record,
 * take a reaction back, ask for the duplicate check's sketches, report coaching health and ping;
 * everything that reads, imports, clears or repairs is for the extension's own pages. Every
 * message's shape and sizes are checked, and each interaction type is rate-limited.
 * Storage and the badge are injected, so the service runs in Node tests with an in-memory fake.
 */
import type { RuntimeMessage, ImportReply, InviteHistoryReply, RecordReply, HabitsStatus, Sender } from '../shared/messages';
import { CONTENT_KINDS, MAX_KEY_LENGTH, MAX_NAME_LENGTH } from '../shared/messages';
import { isEventType, type EventType } from '../shared/events';
import { mergeSettings, normalizeSettings, readSettings, withRule, writeSettings, type Settings } from '../shared/settings';
import { resolveLang, t } from '../shared/i18n';
import { dayKey, isoLocal, localDayNum, parseAt } from '../habits/days';
import { BACKUP_PREFIX, HABITS_KEY, NOTICE_KEY, SALT_KEY, emptyStore, fitBudget, hash53, loadStore, rollup, rollupCutoff, type NoticeValue, type StoredEvent } from '../habits/schema';
import { CHUNK_PREFIX, DAYS_KEY, META_KEY, RECENT_DAYS_KEY, ROLLED_PREFIX, createLiveStore, emptyMeta, monthKey, readFullStore, readMeta } from '../habits/store';
import { computeStats } from '../habits/stats';
import { exportEvents, mergeEvents, parseExport } from '../habits/exchange';
import { SKETCH_KEY, addFingerprint, clearFingerprints, migrateLegacyFingerprints, readFingerprints, recipientKey, validFingerprint } from '../habits/fingerprints';
import { recordHealth } from '../habits/health';
import { sketch } from '../engine/fingerprint';
import { RULE_IDS } from '../engine/types';

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
  /** Random hex (ids, the salt, the sketch key). */
  randomHex?: (bytes: number) => string;
  /** Browser language for the badge title when the setting is 'auto'. */
  browserLang?: () => string;
  subtle?: SubtleCrypto;
  /** Milliseconds since an arbitrary start (rate limits); defaults to performance.now. */
  clock?: () => number;
  /** The history's byte budget (default STORE_BUDGET_BYTES). */
  budgetBytes?: number;
}

export const BADGE_COLOR = '#0e7c86';
export const BADGE_AT_RISK_COLOR = '#b45309';
export const BADGE_ERROR_COLOR = '#b42318';
/** Paused by the person (the popup's switch): a grey badge with a pause sign instead of the streak. */
export const BADGE_PAUSED_COLOR = '#5f6670';
export const BADGE_PAUSED_TEXT = '||';
/** A record with a key already seen within this window counts once. Reactions: a post's id, remembered longer. */
export const DEDUPE_WINDOW_MS = 60 * 60 * 1000;
export const REACTION_WINDOW_MS = 30 * 86_400_000;
/** storage.local key of the month's remembered note quota ({left, month}). */
export const NOTE_QUOTA_KEY = 'invite.notes-left';

/** At most this many interactions of one type within RATE_WINDOW_MS: no person sends more. */
export const RATE_WINDOW_MS = 10_000;
export const RATE_LIMITS: Record<EventType, number> = { post: 3, comment: 8, message: 15, invite: 8, reaction: 10 };
/**
 * The stored history's byte budget: beyond it the oldest raw events are rolled up first (their
 * days keep the counts). Chromium's storage.local holds 10 MB; the rest is for the note sketches
 * (at most ~150 KB), the health record and set-aside histories.
 */
export const STORE_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rolling up to this share of the budget, so that the next rewrite is thousands of records away. */
const BUDGET_REFILL = 0.85;
/** Raw events are rolled up in one rewrite once the oldest is this much past the cut-off (not on every record). */
const ROLLUP_SLACK_MS = 30 * 86_400_000;

function defaultRandomHex(bytes: number): string {
  const a = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(a);
  return Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The toolbar badge: a failed write first (the person must act), then the pause (Rapport is quiet
 * on LinkedIn until switched back on), else the current streak.
 */
export function badgeFor(days: Map<number, number[]>, settings: Settings, now: Date, lang: 'en' | 'de', writeFailed = false): BadgeState {
  if (writeFailed) return { text: '!', color: BADGE_ERROR_COLOR, title: t(lang, 'badge_title_write_failed') };
  if (settings.paused) return { text: BADGE_PAUSED_TEXT, color: BADGE_PAUSED_COLOR, title: t(lang, 'badge_title_paused') };
  const s = computeStats(days, settings, now);
  const text = s.current > 0 ? String(s.current) : '';
  const title =
    s.current === 0
      ? t(lang, 'badge_title_none')
      : s.atRisk
        ? t(lang, 'badge_title_at_risk', s.current)
        : t(lang, 'badge_title_streak', s.current);
  return { text, color: s.atRisk ? BADGE_AT_RISK_COLOR : BADGE_COLOR, title };
}

const str = (x: unknown, max: number): string | undefined => (typeof x === 'string' && x.length > 0 && x.length <= max ? x : undefined);

export function createHabitsService(deps: ServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const randomHex = deps.randomHex ?? defaultRandomHex;
  const clock = deps.clock ?? (() => performance.now());
  const budget = deps.budgetBytes ?? STORE_BUDGET_BYTES;
  const live = createLiveStore(deps.local);
  let chain: Promise<unknown> = Promise.resolve();
  let ready = false;
  /** Why the last write failed (e.g. storage full), until a write succeeds again. */
  let writeError: string | null = null;
  const recent = new Map<EventType, number[]>();

  /** Serialises every read-modify-write. */
  function enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const p = chain.then(fn);
    chain = p.catch(() => undefined);
    return p;
  }

  async function settings(): Promise<Settings> {
    try {
      return (await readSettings(deps)).settings;
    } catch {
      return normalizeSettings(undefined);
    }
  }

  /** Runs a write; a failure (storage full, …) is remembered and shown in the badge and popup. */
  async function writing<T>(fn: () => Promise<T>): Promise<T> {
    try {
      const r = await fn();
      if (writeError) {
        writeError = null;
        await updateBadge();
      }
      return r;
    } catch (err) {
      await failed(err);
      throw err;
    }
  }

  async function failed(err: unknown): Promise<void> {
    writeError = err instanceof Error && err.message ? err.message.slice(0, 200) : 'write failed';
    live.reset();
    await updateBadge();
  }

  /** Sets the stored history aside under a backup key (never pruned) and leaves a notice for the popup. */
  async function setAside(value: unknown, reason: NoticeValue['reason'], keys: string[]): Promise<void> {
    const at = now();
    const backupKey = BACKUP_PREFIX + at.getTime();
    const notice: NoticeValue = { at: at.toISOString(), backupKey, reason };
    await deps.local.set({ [backupKey]: value, [NOTICE_KEY]: notice });
    await deps.local.remove(keys);
  }

  /**
   * Startup, once per worker life: migrates layout 1 (one `habits` value) to pieces keeping every
   * event, sets aside what cannot be read, rolls up old detail, and re-keys old fingerprints.
   * Returns the problem found, if any.
   */
  async function init(): Promise<string | null> {
    let problem: string | null = null;
    const got = await deps.local.get([META_KEY, HABITS_KEY]);
    const meta = readMeta(got[META_KEY]);
    const month = monthKey(now());
    if (meta === 'newer') {
      // Written by a later version of Rapport: keep all of it, as one value, and start clean.
      const all = await deps.local.get(null);
      const keys = Object.keys(all).filter((k) => k === META_KEY || k.startsWith(CHUNK_PREFIX) || k.startsWith(ROLLED_PREFIX) || k === DAYS_KEY || k === RECENT_DAYS_KEY);
      await setAside({ layout: 'pieces', items: Object.fromEntries(keys.map((k) => [k, all[k]])) }, 'newer', keys);
      await live.replace(emptyStore(), month, emptyMeta());
      problem = 'newer';
    } else if (meta === null && got[META_KEY] !== undefined) {
      // The meta is damaged: the history is rebuilt from its pieces (readFullStore), nothing lost.
      const full = await readFullStore(deps.local);
      await live.replace(full.store, month, full.meta);
    } else if (meta === null) {
      const raw = got[HABITS_KEY];
      const res = loadStore(raw);
      if (res.problem) {
        await setAside(raw, res.problem, [HABITS_KEY]);
        problem = res.problem;
      }
      await live.replace(res.problem ? emptyStore() : res.store, month, emptyMeta());
    } else if (got[HABITS_KEY] !== undefined) {
      await deps.local.remove(HABITS_KEY); // left by a migration that switched but could not clean up
    }
    const m = await live.ensure();
    let rewrite = m.bytes === undefined || m.bytes > budget; // size not known yet (a store of an earlier build), or over budget
    if (!rewrite && m.head >= m.first) {
      const first = (await deps.local.get(CHUNK_PREFIX + m.first))[CHUNK_PREFIX + m.first];
      const oldest = Array.isArray(first) && first.length ? parseAt((first[0] as StoredEvent).at) : null;
      rewrite = oldest !== null && oldest < rollupCutoff(now().getTime()) - ROLLUP_SLACK_MS;
    }
    if (rewrite) {
      const full = await readFullStore(deps.local);
      rollup(full.store, now().getTime());
      fitBudget(full.store, budget * BUDGET_REFILL);
      await live.replace(full.store, month, full.meta);
    }
    await migrateLegacyFingerprints(deps.local, await sketchKey());
    ready = true;
    return problem;
  }

  async function ensureReady(): Promise<void> {
    if (!ready) await writing(init);
  }

  let lastBadge = '';
  async function updateBadge(): Promise<void> {
    if (!deps.setBadge) return;
    try {
      const s = await settings();
      const lang = resolveLang(s.uiLanguage, deps.browserLang?.() ?? 'en');
      const days = writeError || !ready ? new Map<number, number[]>() : await live.dayCounts(monthKey(now()));
      const badge = badgeFor(days, s, now(), lang, writeError !== null);
      // Most records leave the badge as it was: the browser is asked only for a change.
      const key = JSON.stringify(badge);
      if (key === lastBadge) return;
      await deps.setBadge(badge);
      lastBadge = key;
    } catch {
      /* the badge is a nicety: never fail a write for it */
    }
  }

  const secrets = new Map<string, string>();
  /** A per-install secret, made once and kept in memory while the worker lives. */
  async function secret(key: string, bytes: number): Promise<string> {
    const known = secrets.get(key);
    if (known) return known;
    const got = (await deps.local.get(key))[key];
    const value = typeof got === 'string' && got.length >= 16 ? got : randomHex(bytes);
    if (value !== got) await deps.local.set({ [key]: value });
    secrets.set(key, value);
    return value;
  }
  const salt = () => secret(SALT_KEY, 16);
  const sketchKey = () => secret(SKETCH_KEY, 16);

  function newId(at: Date): string {
    return `${at.getTime().toString(36)}-${randomHex(6)}`;
  }

  /** True when one more interaction of `type` now stays within its rate limit (and counts it). */
  function withinRate(type: EventType): boolean {
    const tNow = clock();
    const list = (recent.get(type) ?? []).filter((x) => tNow - x < RATE_WINDOW_MS);
    if (list.length >= RATE_LIMITS[type]) {
      recent.set(type, list);
      return false;
    }
    list.push(tNow);
    recent.set(type, list);
    return true;
  }

  async function record(m: Extract<RuntimeMessage, { kind: 'record' }>, from: Sender): Promise<RecordReply> {
    if (!isEventType(m.type)) return { ok: false, error: 'shape' };
    const key = m.key === undefined ? undefined : str(m.key, MAX_KEY_LENGTH);
    if (m.key !== undefined && key === undefined) return { ok: false, error: 'shape' };
    if (m.note !== undefined && typeof m.note !== 'boolean') return { ok: false, error: 'shape' };
    const fingerprint = m.type === 'invite' && m.fingerprint !== undefined ? validFingerprint(m.fingerprint) : null;
    if (m.fingerprint !== undefined && !fingerprint) return { ok: false, error: 'shape' };
    const name = m.recipientName === undefined ? '' : (str(m.recipientName, MAX_NAME_LENGTH) ?? null);
    if (name === null) return { ok: false, error: 'shape' };
    await ensureReady();
    const at = now();
    const s = await salt();
    const k = key ? hash53(`${m.type}\u0000${key}`, parseInt(s.slice(0, 8), 16)) : undefined;
    if (k) {
      const dup = await live.findKey(m.type, k, at.getTime() - (m.type === 'reaction' ? REACTION_WINDOW_MS : DEDUPE_WINDOW_MS));
      if (dup) return { ok: true, id: dup.e.id, duplicate: true };
    }
    // Content scripts report what happened on LinkedIn: no person acts faster than the limits.
    if (from === 'content' && !withinRate(m.type)) return { ok: false, error: 'rate' };
    const note = m.type === 'invite' ? (typeof m.note === 'boolean' ? m.note : fingerprint !== null) : undefined;
    const e: StoredEvent = { id: newId(at), type: m.type, at: isoLocal(at) };
    if (m.type === 'invite') e.note = note === true;
    if (k) e.k = k;
    await writing(() => live.append(e, monthKey(at)));
    if ((live.bytes() ?? 0) > budget) {
      // Over budget: the oldest detail is rolled up (one rewrite, then thousands of records of room).
      await writing(async () => {
        const full = await readFullStore(deps.local);
        fitBudget(full.store, budget * BUDGET_REFILL);
        await live.replace(full.store, monthKey(at), full.meta);
      });
    }
    if (fingerprint && note) {
      const r = name ? await recipientKey(s, name.trim(), deps.subtle) : undefined;
      const f = sketch(fingerprint, await sketchKey());
      if (f.length) await writing(() => addFingerprint(deps.local, r ? { f, r, d: dayKey(localDayNum(at)) } : { f, d: dayKey(localDayNum(at)) }));
    }
    await updateBadge();
    return { ok: true, id: e.id };
  }

  async function unrecord(m: Extract<RuntimeMessage, { kind: 'unrecord' }>): Promise<{ ok: boolean }> {
    const key = str(m.key, MAX_KEY_LENGTH);
    if (m.type !== 'reaction' || !key) return { ok: false };
    await ensureReady();
    const s = await salt();
    const k = hash53(`reaction\u0000${key}`, parseInt(s.slice(0, 8), 16));
    const found = await live.findKey('reaction', k, now().getTime() - REACTION_WINDOW_MS);
    if (!found) return { ok: false };
    await writing(() => live.removeAt(found.n, found.i, monthKey(now())));
    await updateBadge();
    return { ok: true };
  }

  async function inviteHistory(m: Extract<RuntimeMessage, { kind: 'invite-history' }>): Promise<InviteHistoryReply> {
    const entries = (await readFingerprints(deps.local)).map((e) => (e.r ? { fingerprint: e.f, recipient: e.r } : { fingerprint: e.f }));
    const key = await sketchKey();
    const name = str(m.recipientName, MAX_NAME_LENGTH)?.trim() ?? '';
    if (!name) return { entries, key };
    return { entries, key, recipientKey: await recipientKey(await salt(), name, deps.subtle) };
  }

  async function importFile(file: unknown): Promise<ImportReply> {
    const parsed = parseExport(file, now().getTime());
    if (!parsed.ok) return parsed.index === undefined ? { ok: false, error: parsed.error } : { ok: false, error: parsed.error, index: parsed.index };
    await ensureReady();
    const full = await readFullStore(deps.local);
    const merged = mergeEvents(full.store, parsed.events, now().getTime());
    fitBudget(merged.store, budget * BUDGET_REFILL);
    try {
      if (merged.added > 0) await writing(() => live.replace(merged.store, monthKey(now()), full.meta));
    } catch {
      return { ok: false, error: 'storage' };
    }
    const reply: ImportReply = { ok: true, added: merged.added, skipped: merged.skipped, future: parsed.future, settings: 'none' };
    if (parsed.settings !== undefined) {
      const m = mergeSettings(await settings(), parsed.settings);
      reply.settingsTaken = m.taken;
      reply.settingsIgnored = m.ignored;
      if (m.taken.length === 0) reply.settings = 'none';
      else {
        try {
          await writeSettings(deps, m.settings);
          reply.settings = 'merged';
        } catch {
          reply.settings = 'failed';
        }
      }
    }
    await updateBadge();
    return reply;
  }

  async function repair(): Promise<{ ok: boolean; problem: string | null }> {
    let problem: string | null = null;
    if (ready) {
      // Rebuilds missing or foreign-zone day indexes; reading alone says nothing about the last write's failure.
      // A history changed under the worker (its meta damaged or gone) is checked again from the start.
      live.reset();
      const meta = readMeta((await deps.local.get(META_KEY))[META_KEY]);
      if (meta === null || meta === 'newer') ready = false;
      else await live.dayCounts(monthKey(now())).catch(failed);
    }
    if (!ready) problem = await writing(init);
    await updateBadge();
    return { ok: true, problem };
  }

  /** Set-aside histories (never pruned): the options page lists, exports, restores and deletes them. */
  async function backups(): Promise<{ key: string; at: string; events: number | null }[]> {
    const all = await deps.local.get(null);
    return Object.keys(all)
      .filter((k) => k.startsWith(BACKUP_PREFIX))
      .sort()
      .map((k) => {
        const res = loadStore(all[k]);
        return { key: k, at: new Date(Number(k.slice(BACKUP_PREFIX.length))).toISOString(), events: res.problem ? null : res.store.events.length + Object.values(res.store.rolled).reduce((n, d) => n + Object.values(d).reduce((a, l) => a + (l?.length ?? 0), 0), 0) };
      });
  }

  /** The month's note quota as last seen (see RuntimeMessage 'note-quota'): one small key, no history. */
  async function noteQuota(m: Extract<RuntimeMessage, { kind: 'note-quota' }>): Promise<{ left: number | null }> {
    const month = monthKey(now());
    if (m.left === null) {
      await deps.local.remove(NOTE_QUOTA_KEY);
      return { left: null };
    }
    if (m.left !== undefined) {
      if (!Number.isInteger(m.left) || m.left < 0 || m.left > 1000) return { left: null };
      await writing(() => deps.local.set({ [NOTE_QUOTA_KEY]: { left: m.left, month } }));
      return { left: m.left as number };
    }
    const got = (await deps.local.get(NOTE_QUOTA_KEY))[NOTE_QUOTA_KEY] as { left?: unknown; month?: unknown } | undefined;
    return { left: got?.month === month && Number.isInteger(got.left) ? (got.left as number) : null };
  }

  async function status(): Promise<HabitsStatus> {
    return { writeError };
  }

  /** Answers one runtime message from `from`; undefined for messages that are not ours (or not for this sender). */
  function handle(msg: unknown, from: Sender = 'page'): Promise<unknown> | undefined {
    const m = msg as RuntimeMessage;
    if (typeof m !== 'object' || m === null || typeof m.kind !== 'string') return undefined;
    if (from === 'content' && !(CONTENT_KINDS as readonly string[]).includes(m.kind)) return Promise.resolve({ ok: false, error: 'forbidden' });
    switch (m.kind) {
      case 'ping':
        return Promise.resolve({ ok: true });
      case 'record':
        return enqueue(() => record(m, from));
      case 'unrecord':
        return enqueue(() => unrecord(m));
      case 'invite-history':
        return enqueue(() => inviteHistory(m));
      case 'health':
        return enqueue(async () => ({ ok: await recordHealth(deps.local, m.surface, now()).catch(() => false) }));
      case 'note-quota':
        return enqueue(() => noteQuota(m).catch(() => ({ left: null })));
      case 'import':
        return enqueue(() => importFile(m.file));
      case 'clear-fingerprints':
        return enqueue(async () => ({ ok: true, removed: await writing(() => clearFingerprints(deps.local)) }));
      case 'habits-repair':
        return enqueue(repair);
      case 'habits-status':
        return enqueue(status);
      case 'backups':
        return enqueue(async () => ({ ok: true, backups: await backups() }));
      case 'backup-restore':
        return enqueue(async () => {
          const key = str(m.key, 100);
          const raw = key?.startsWith(BACKUP_PREFIX) ? (await deps.local.get(key))[key] : undefined;
          const res = raw === undefined ? null : loadStore(raw);
          if (!res || res.problem) return { ok: false, error: 'unreadable' };
          return importFile({ format: 'rapport-export', version: 1, events: exportEvents(res.store), settings: {} });
        });
      case 'backup-delete':
        return enqueue(async () => {
          const key = str(m.key, 100);
          if (!key?.startsWith(BACKUP_PREFIX)) return { ok: false };
          await deps.local.remove(key);
          return { ok: true };
        });
      case 'dismiss-notice':
        return enqueue(async () => {
          await deps.local.remove(NOTICE_KEY);
          return { ok: true };
        });
      case 'settings':
        return readSettings(deps).then((r) => r.settings);
      case 'set-rule-on':
        return enqueue(async () => {
          const rule = RULE_IDS.find((r) => r === m.rule);
          if (!rule || typeof m.on !== 'boolean') return { ok: false, error: 'shape' };
          await writeSettings(deps, withRule((await readSettings(deps)).settings, rule, m.on));
          return { ok: true };
        });
      case 'refresh-badge':
        return enqueue(async () => {
          await ensureReady().catch(() => undefined);
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
