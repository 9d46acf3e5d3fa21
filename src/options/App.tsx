/**
 * The options page: coaching rules on/off (per rule id), UI language, what counts for the streak,
 * rest days, weekly goals, clearing the invitation fingerprints, and export/import
 * (docs/contract.md §4), and where the settings live: storage.sync (they travel with the browser's own
 * sync when the person has it on) or, with "Keep settings on this device only", storage.local
 * (src/shared/settings.ts is their one home). Events stay in storage.local and are written only
 * by the background worker (import goes through it).
 * No WebExtension API here: see main.tsx.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { RULES } from '../engine/rules';
import { RULE_IDS, type Lang, type RuleId, type Surface } from '../engine/types';
import { resolveLang, t, type UiLanguageSetting } from '../shared/i18n';
import type { ImportReply, RuntimeMessage } from '../shared/messages';
import { moveSettings, normalizeSettings, readSettings, settingsChanged, writeSettings, STREAK_KINDS, type Settings, type SettingsHome, type StreakKind } from '../shared/settings';
import { DAY_INDEX_KEYS, readDayIndexes, readFullStore } from '../habits/store';
import { buildExport, MAX_IMPORT_BYTES } from '../habits/exchange';
import { FP_META_KEY, FP_PIECE_PREFIX, countFingerprints } from '../habits/fingerprints';
import { importMessage } from './import-message';
import { BackupsSection, HealthSection } from './Trust';
import { dayKey, localDayNum } from '../habits/days';
import { weekdayName } from '../popup/format';

export interface Area {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface OptionsDeps {
  /** Both areas: the settings live in one of them (src/shared/settings.ts). */
  local: Area;
  sync: Area;
  onChanged(fn: (changes: Record<string, unknown>, area: string) => void): () => void;
  send(msg: RuntimeMessage): Promise<unknown>;
  now(): Date;
  browserLang: string;
  /** Saves a file for the person (a download). */
  download(filename: string, text: string): void;
}

export interface OptionsInitial {
  settings: Settings;
  home: SettingsHome;
  fingerprints: number;
  interactions: number;
}

export async function readOptionsData(deps: Pick<OptionsDeps, 'local' | 'sync'>): Promise<OptionsInitial> {
  const none = (): Record<string, unknown> => ({});
  const [s, l, fingerprints] = await Promise.all([
    readSettings(deps),
    deps.local.get([...DAY_INDEX_KEYS]).catch(none),
    countFingerprints(deps.local).catch(() => 0),
  ]);
  let interactions = 0;
  const idx = readDayIndexes(l);
  if (idx) for (const c of idx.values()) for (const v of c) interactions += v;
  else {
    const store = (await readFullStore(deps.local).catch(() => null))?.store;
    if (store) interactions = store.events.length + Object.values(store.rolled).reduce((n, d) => n + Object.values(d).reduce((m, l) => m + (l?.length ?? 0), 0), 0);
  }
  return { settings: s.settings, home: s.home, fingerprints, interactions };
}

const SURFACES: Surface[] = ['invite', 'post', 'comment'];
const KIND_LABEL: Record<StreakKind, string> = {
  post: 'options_kind_post',
  comment: 'options_kind_comment',
  message: 'options_kind_message',
  'invite-note': 'options_kind_invite_note',
  'invite-plain': 'options_kind_invite_plain',
  reaction: 'options_kind_reaction',
};
/** Monday first. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

type Flash = { tone: 'ok' | 'error'; text: string } | null;

export function OptionsApp({ deps, initial }: { deps: OptionsDeps; initial: OptionsInitial }) {
  const [settings, setSettings] = useState(initial.settings);
  const [home, setHome] = useState(initial.home);
  const [fpCount, setFpCount] = useState(initial.fingerprints);
  const [interactions, setInteractions] = useState(initial.interactions);
  const [saved, setSaved] = useState(false);
  const [fpFlash, setFpFlash] = useState<Flash>(null);
  const [dataFlash, setDataFlash] = useState<Flash>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const savedTimer = useRef<ReturnType<typeof setTimeout>>();
  const lang: Lang = resolveLang(settings.uiLanguage, deps.browserLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'options_title');
  }, [lang]);

  useEffect(
    () =>
      deps.onChanged((changes, area) => {
        if (settingsChanged(changes, area)) {
          void readSettings(deps).then((r) => {
            setSettings(r.settings);
            setHome(r.home);
          });
        }
        if (area === 'local' && Object.keys(changes).some((k) => k === FP_META_KEY || k.startsWith(FP_PIECE_PREFIX) || (DAY_INDEX_KEYS as readonly string[]).includes(k))) {
          void readOptionsData(deps).then((d) => {
            setFpCount(d.fingerprints);
            setInteractions(d.interactions);
          });
        }
      }),
    [],
  );

  // storage.sync allows ~120 writes a minute: rapid changes are coalesced (one write in flight,
  // then the latest value), and a refused write is retried. A move of the settings' home waits
  // for the write in flight and goes through the same queue.
  const writer = useRef<{ busy: boolean; next: Settings | null; move: SettingsHome | null }>({ busy: false, next: null, move: null });
  async function flush() {
    const w = writer.current;
    if (w.busy || (!w.next && !w.move)) return;
    const value = w.next;
    const move = value ? null : w.move;
    if (value) w.next = null;
    else w.move = null;
    w.busy = true;
    try {
      if (value) await writeSettings(deps, value);
      else if (move) {
        await moveSettings(deps, move);
        setHome(move);
      }
      setSaved(true);
      clearTimeout(savedTimer.current);
      savedTimer.current = setTimeout(() => setSaved(false), 1600);
    } catch {
      if (value) w.next ??= value;
      else w.move ??= move;
      await new Promise((r) => setTimeout(r, 2000));
    } finally {
      w.busy = false;
    }
    void flush();
  }
  function moveHome(to: SettingsHome) {
    setHome(to);
    writer.current.move = to;
    void flush();
  }
  /** The latest settings, also between a change and the next render (rapid clicks). */
  const latest = useRef(settings);
  latest.current = settings;
  function update(change: (s: Settings) => Settings) {
    save(change(latest.current));
  }
  function save(next: Settings) {
    const clean = normalizeSettings(next);
    latest.current = clean;
    setSettings(clean);
    writer.current.next = clean;
    void flush();
  }

  const toggleRule = (id: RuleId, on: boolean) =>
    update((s) => ({ ...s, disabledRules: on ? s.disabledRules.filter((r) => r !== id) : [...s.disabledRules, id] }));
  const toggleKind = (k: StreakKind, on: boolean) =>
    update((s) => ({ ...s, streakKinds: on ? [...s.streakKinds, k] : s.streakKinds.filter((x) => x !== k) }));
  const toggleRest = (d: number, on: boolean) => update((s) => ({ ...s, restDays: on ? [...s.restDays, d] : s.restDays.filter((x) => x !== d) }));

  async function clearFingerprints() {
    const r = (await deps.send({ kind: 'clear-fingerprints' })) as { ok: boolean; removed: number } | undefined;
    if (r?.ok) {
      setFpCount(0);
      setFpFlash({ tone: 'ok', text: t(lang, 'options_clear_fp_done', r.removed) });
    } else setFpFlash({ tone: 'error', text: t(lang, 'options_import_error_failed') });
  }

  async function exportAll() {
    const { store } = await readFullStore(deps.local);
    const now = deps.now();
    const file = buildExport(store, settings, now);
    deps.download(`rapport-export-${dayKey(localDayNum(now))}.json`, JSON.stringify(file, null, 1));
  }

  async function importFile(file: File) {
    setBusy(true);
    setDataFlash(null);
    try {
      // The size is checked before the file is read: a huge file is never loaded into memory.
      const r: ImportReply | undefined =
        file.size > MAX_IMPORT_BYTES ? { ok: false, error: 'too-large' } : ((await deps.send({ kind: 'import', file: await file.text() })) as ImportReply | undefined);
      setDataFlash({ tone: r?.ok ? 'ok' : 'error', text: importMessage(lang, r) });
    } catch {
      setDataFlash({ tone: 'error', text: t(lang, 'options_import_error_failed') });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  return (
    <main class="options">
      <header class="head">
        <img src="/src/assets/icon-48.png" width={36} height={36} alt="" />
        <div>
          <h1>{t(lang, 'options_title')}</h1>
          <p class="muted">{t(lang, 'options_private')}</p>
        </div>
        <span class={`saved${saved ? ' saved-on' : ''}`} role="status" aria-live="polite">
          {saved ? `✓ ${t(lang, 'options_saved')}` : ''}
        </span>
      </header>

      <section class="panel" aria-labelledby="lang-h">
        <h2 id="lang-h">{t(lang, 'options_language_title')}</h2>
        <div class="seg" role="radiogroup" aria-labelledby="lang-h">
          {(['auto', 'en', 'de'] as UiLanguageSetting[]).map((v) => (
            <label class={`seg-item${settings.uiLanguage === v ? ' seg-on' : ''}`}>
              <input
                type="radio"
                name="uiLanguage"
                value={v}
                checked={settings.uiLanguage === v}
                onChange={() => update((s) => ({ ...s, uiLanguage: v }))}
              />
              {t(lang, `options_language_${v}`)}
            </label>
          ))}
        </div>
      </section>

      <section class="panel" aria-labelledby="streak-h">
        <h2 id="streak-h">{t(lang, 'options_streak_title')}</h2>
        <fieldset>
          <legend>{t(lang, 'options_streak_kinds')}</legend>
          <div class="chips">
            {STREAK_KINDS.map((k) => (
              <label class="chip">
                <input type="checkbox" name="streakKind" value={k} checked={settings.streakKinds.includes(k)} onChange={(e) => toggleKind(k, e.currentTarget.checked)} />
                {t(lang, KIND_LABEL[k])}
              </label>
            ))}
          </div>
          {settings.streakKinds.length === 0 ? <p class="warn">{t(lang, 'options_streak_kinds_empty')}</p> : null}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'options_rest_days')}</legend>
          <div class="chips">
            {WEEK.map((d) => (
              <label class="chip">
                <input type="checkbox" name="restDay" value={String(d)} checked={settings.restDays.includes(d)} onChange={(e) => toggleRest(d, e.currentTarget.checked)} />
                {weekdayName(lang, d)}
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section class="panel" aria-labelledby="goals-h">
        <h2 id="goals-h">{t(lang, 'options_goals_title')}</h2>
        <div class="grid2">
          <label class="field">
            <span>{t(lang, 'options_goal_posts')}</span>
            <input
              type="number"
              name="goalPosts"
              min={0}
              max={100}
              value={settings.goals.posts}
              onChange={(e) => {
                const posts = Math.round(Number(e.currentTarget.value));
                update((s) => ({ ...s, goals: { ...s.goals, posts } }));
              }}
            />
          </label>
          <label class="field">
            <span>{t(lang, 'options_goal_comments')}</span>
            <input
              type="number"
              name="goalComments"
              min={0}
              max={500}
              value={settings.goals.comments}
              onChange={(e) => {
                const comments = Math.round(Number(e.currentTarget.value));
                update((s) => ({ ...s, goals: { ...s.goals, comments } }));
              }}
            />
          </label>
        </div>
        <label class="check">
          <input
            type="checkbox"
            name="goalInvites"
            checked={settings.goals.everyInviteWithNote}
            onChange={(e) => {
              const everyInviteWithNote = e.currentTarget.checked;
              update((s) => ({ ...s, goals: { ...s.goals, everyInviteWithNote } }));
            }}
          />
          {t(lang, 'options_goal_invites')}
        </label>
      </section>

      <section class="panel" aria-labelledby="rules-h">
        <h2 id="rules-h">{t(lang, 'options_rules_title')}</h2>
        <p class="muted">{t(lang, 'options_rules_hint')}</p>
        {SURFACES.map((surface) => (
          <fieldset class="rules">
            <legend>{t(lang, `options_surface_${surface}`)}</legend>
            {RULE_IDS.filter((id) => RULES[id].surface === surface).map((id) => {
              const on = !settings.disabledRules.includes(id);
              return (
                <label class="rule" data-rule={id} title={id}>
                  <input type="checkbox" role="switch" name="rule" value={id} checked={on} onChange={(e) => toggleRule(id, e.currentTarget.checked)} />
                  <span class="rule-text">
                    <span class="rule-label">{t(lang, `rule_${id}_label`)}</span>
                    <span class="rule-desc">{t(lang, `rule_${id}_desc`)}</span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </section>

      <section class="panel" aria-labelledby="fp-h">
        <h2 id="fp-h">{t(lang, 'options_privacy_title')}</h2>
        <p class="muted">{t(lang, 'options_privacy_text')}</p>
        <div class="row">
          <span data-rapport-fingerprints={String(fpCount)}>{t(lang, 'options_fp_count', fpCount)}</span>
          <button type="button" class="btn" name="clearFingerprints" onClick={() => void clearFingerprints()} disabled={fpCount === 0}>
            {t(lang, 'options_clear_fp')}
          </button>
        </div>
        {fpFlash ? <p class={`flash flash-${fpFlash.tone}`} role="status">{fpFlash.text}</p> : null}
      </section>

      <section class="panel" aria-labelledby="data-h">
        <h2 id="data-h">{t(lang, 'options_data_title')}</h2>
        <p class="muted">{t(lang, 'options_data_text')}</p>
        <p data-rapport-interactions={String(interactions)}>{t(lang, 'options_data_count', interactions)}</p>
        <div class="row">
          <button type="button" class="btn btn-primary" name="export" onClick={() => void exportAll()}>
            {t(lang, 'options_export')}
          </button>
          <button type="button" class="btn" name="import" disabled={busy} onClick={() => fileRef.current?.click()}>
            {t(lang, 'options_import')}
          </button>
          <input
            ref={fileRef}
            type="file"
            name="importFile"
            accept="application/json,.json"
            hidden
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void importFile(f);
            }}
          />
        </div>
        {dataFlash ? (
          <p class={`flash flash-${dataFlash.tone}`} role={dataFlash.tone === 'error' ? 'alert' : 'status'} data-rapport-import={dataFlash.tone}>
            {dataFlash.text}
          </p>
        ) : null}
      </section>

      <section class="panel" aria-labelledby="sync-h" data-rapport-sync={home}>
        <h2 id="sync-h">{t(lang, 'options_sync_title')}</h2>
        <p>{t(lang, home === 'device' ? 'options_sync_text_device' : 'options_sync_text')}</p>
        <label class="check">
          <input type="checkbox" role="switch" name="deviceOnly" checked={home === 'device'} onChange={(e) => moveHome(e.currentTarget.checked ? 'device' : 'sync')} />
          <span>
            {t(lang, 'options_sync_device_only')}
            <span class="rule-desc">{t(lang, 'options_sync_device_only_hint')}</span>
          </span>
        </label>
      </section>

      <BackupsSection deps={deps} lang={lang} />
      <HealthSection deps={deps} lang={lang} />
    </main>
  );
}
