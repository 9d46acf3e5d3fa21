/**
 * The popup: the streak big, today's state, this week at a glance, weekly goals, the share of
 * invitations with a personal note, the 26-week heatmap and one line against the seed's facts.
 * Figures carry `data-rapport-stat` (CONTRACT.md §3). No WebExtension API here: see main.tsx.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { resolveLang, t } from '../shared/i18n';
import type { RuntimeMessage } from '../shared/messages';
import { DAYS_KEY, NOTICE_KEY } from '../habits/schema';
import { SETTINGS_KEY } from '../shared/settings';
import type { Stats, GoalProgress } from '../habits/stats';
import { computeFigures, readSnapshot, type PopupSnapshot, type ReadArea } from './data';
import { Heatmap } from './Heatmap';
import { formatShortDate } from './format';

export type ChangeListener = (changes: Record<string, unknown>, area: string) => void;

export interface PopupDeps {
  local: ReadArea;
  sync: ReadArea;
  /** Subscribes to storage changes; returns an unsubscribe. */
  onChanged(fn: ChangeListener): () => void;
  send(msg: RuntimeMessage): Promise<unknown>;
  openOptions(): void;
  now(): Date;
  /** The browser's UI language, used when the setting is 'auto'. */
  browserLang: string;
}

export function Stat({ id, value }: { id: string; value: number }) {
  return <span data-rapport-stat={id}>{String(value)}</span>;
}

function statusOf(s: Stats): { key: string; tone: 'ok' | 'risk' | 'rest' | 'idle' } {
  if (s.todayCounted) return { key: 'popup_status_counted', tone: 'ok' };
  if (s.atRisk) return { key: 'popup_status_at_risk', tone: 'risk' };
  if (s.todayIsRest && s.current > 0) return { key: 'popup_status_rest', tone: 'rest' };
  return { key: 'popup_status_start', tone: 'idle' };
}

function factLine(lang: Lang, s: Stats): string {
  if (s.week.posts > 0) return t(lang, 'popup_fact_creator');
  if (s.activeDays28 > 0) return t(lang, 'popup_fact_interact', s.activeDays28);
  return t(lang, 'popup_fact_start');
}

function GoalRow({ lang, g }: { lang: Lang; g: GoalProgress }) {
  const label = g.id === 'posts' ? t(lang, 'popup_goal_posts') : g.id === 'comments' ? t(lang, 'popup_goal_comments') : t(lang, 'popup_goal_invites');
  const none = g.id === 'invites-with-note' && g.target === 0;
  const ratio = none ? 0 : Math.min(1, g.target === 0 ? 1 : g.done / g.target);
  const value = none ? t(lang, 'popup_goal_invites_none') : t(lang, 'popup_goal_of', g.done, g.target);
  return (
    <li class={`goal${g.met && !none ? ' goal-met' : ''}`} data-goal={g.id}>
      <div class="goal-head">
        <span>{label}</span>
        <span class="goal-value">
          {g.met && !none ? <span class="goal-check" aria-hidden="true">✓ </span> : null}
          {value}
        </span>
      </div>
      <div
        class="bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={none ? 1 : Math.max(1, g.target)}
        aria-valuenow={none ? 0 : g.done}
        aria-valuetext={value}
      >
        <i style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
    </li>
  );
}

export function Dashboard({ snap, lang, now, deps, heatmapReady }: { snap: PopupSnapshot; lang: Lang; now: Date; deps: PopupDeps; heatmapReady: boolean }) {
  const s = useMemo(() => computeFigures(snap, now), [snap, now]);
  const days = snap.days;
  const status = statusOf(s);
  const kinds = snap.settings.streakKinds;
  const tiles: { id: string; label: string; value: number; counted: boolean }[] = [
    { id: 'week-posts', label: t(lang, 'popup_kind_posts'), value: s.week.posts, counted: kinds.includes('post') },
    { id: 'week-comments', label: t(lang, 'popup_kind_comments'), value: s.week.comments, counted: kinds.includes('comment') },
    { id: 'week-messages', label: t(lang, 'popup_kind_messages'), value: s.week.messages, counted: kinds.includes('message') },
    { id: 'week-invites-with-note', label: t(lang, 'popup_kind_invites_note'), value: s.week.invitesWithNote, counted: kinds.includes('invite-note') },
    { id: 'week-invites-without-note', label: t(lang, 'popup_kind_invites_plain'), value: s.week.invitesWithoutNote, counted: kinds.includes('invite-plain') },
    { id: 'week-reactions', label: t(lang, 'popup_kind_reactions'), value: s.week.reactions, counted: kinds.includes('reaction') },
  ];
  const share = s.noteShareWeek;
  const showNotice = snap.problem !== null || snap.notice !== null;

  return (
    <main class="popup" data-tone={status.tone}>
      <header class="top">
        <div class="brand">
          <img src="/src/assets/icon-32.png" width={20} height={20} alt="" />
          <span>Rapport</span>
        </div>
        <span class="private" title={t(lang, 'popup_private')}>
          <svg viewBox="0 0 24 24" width="11" height="11" aria-hidden="true">
            <path fill="currentColor" d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 1 1 6 0v3z" />
          </svg>
          {t(lang, 'popup_private_short')}
        </span>
        <button type="button" class="icon-btn" onClick={() => deps.openOptions()} title={t(lang, 'popup_settings')} aria-label={t(lang, 'popup_settings')}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path
              fill="currentColor"
              d="M19.14 12.94a7.1 7.1 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54a.5.5 0 0 0-.5-.42h-3.84a.5.5 0 0 0-.5.42l-.36 2.54a7 7 0 0 0-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.84a.5.5 0 0 0 .12.64l2.03 1.58a7.1 7.1 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.13.22.39.3.6.22l2.39-.96c.5.39 1.05.7 1.63.94l.36 2.54c.04.24.25.42.5.42h3.84c.25 0 .46-.18.5-.42l.36-2.54a7 7 0 0 0 1.63-.94l2.39.96c.22.08.47 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
            />
          </svg>
        </button>
      </header>

      {showNotice ? (
        <div class="notice" role="status" data-rapport-notice="">
          <p>{t(lang, 'popup_notice_reset')}</p>
          <button type="button" class="link-btn" onClick={() => void deps.send({ kind: 'dismiss-notice' })}>
            {t(lang, 'popup_notice_dismiss')}
          </button>
        </div>
      ) : null}

      <section class="hero" aria-labelledby="streak-label">
        <div class="streak">
          <div class="streak-num">
            <Stat id="streak-current" value={s.current} />
          </div>
          <div class="streak-side">
            <span id="streak-label" class="streak-unit">
              {t(lang, s.current === 1 ? 'popup_streak_unit_one' : 'popup_streak_unit_other')}
            </span>
            <span class="pill">
              {t(lang, 'popup_best')} <Stat id="streak-best" value={s.best} />
            </span>
          </div>
          <div class="today" title={t(lang, 'popup_today_hint')}>
            <Stat id="today" value={s.todayCount} />
            <span>{t(lang, 'popup_today')}</span>
          </div>
        </div>
        <p class={`status status-${status.tone}`} data-rapport-status={status.tone}>
          <i class="dot" aria-hidden="true" />
          {t(lang, status.key)}
        </p>
      </section>

      <section class="card" aria-labelledby="week-title">
        <h2 id="week-title">
          {t(lang, 'popup_week_title')}
          <span class="sub">
            {formatShortDate(lang, s.weekStart)} – {formatShortDate(lang, s.weekStart + 6)}
          </span>
        </h2>
        <ul class="tiles">
          {tiles.map((x) => (
            <li class={`tile${x.counted ? '' : ' tile-uncounted'}`} title={x.counted ? undefined : t(lang, 'popup_not_counted')}>
              <Stat id={x.id} value={x.value} />
              <span class="tile-label">
                {x.label}
                {x.counted ? null : <span class="sr-only"> ({t(lang, 'popup_not_counted')})</span>}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {s.goals.length ? (
        <section class="card" aria-labelledby="goals-title">
          <h2 id="goals-title">{t(lang, 'popup_goals_title')}</h2>
          <ul class="goals">
            {s.goals.map((g) => (
              <GoalRow lang={lang} g={g} />
            ))}
          </ul>
          <p class="note-share" data-rapport-note-share={share === null ? '' : String(Math.round(share * 100))}>
            {share === null ? t(lang, 'popup_note_share_none') : t(lang, 'popup_note_share', Math.round(share * 100))}
            {s.noteShare90 !== null ? ` ${t(lang, 'popup_note_share_90', Math.round(s.noteShare90 * 100))}` : ''}
          </p>
        </section>
      ) : null}

      <section class="card" aria-labelledby="hm-title">
        <h2 id="hm-title">{t(lang, 'popup_heatmap_title')}</h2>
        {heatmapReady ? <Heatmap days={days} settings={snap.settings} today={s.today} lang={lang} /> : <div class="heatmap heatmap-placeholder" />}
      </section>

      <p class="fact">{factLine(lang, s)}</p>
    </main>
  );
}

/** Runs `fn` after the next paint (rAF runs before the paint; a task queued from it runs after). */
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      fn();
    };
    ch.port2.postMessage(0);
  });
}

/** Loads once, paints, then keeps itself live through storage changes. */
export function PopupApp({ deps, initial, onPainted }: { deps: PopupDeps; initial: PopupSnapshot; onPainted?: () => void }) {
  const [snap, setSnap] = useState(initial);
  const [now, setNow] = useState(() => deps.now());
  const [heatmapReady, setHeatmapReady] = useState(false);
  const lang = resolveLang(snap.settings.uiLanguage, deps.browserLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    onPainted?.();
    // The heavy heatmap follows after the first paint of the figures; then the background checks
    // the stored history (sets a corrupt value aside, refreshes the day index) and the badge.
    afterPaint(() => {
      setHeatmapReady(true);
      void deps.send({ kind: 'habits-repair' });
    });
    const off = deps.onChanged((changes, area) => {
      const relevant = area === 'local' ? DAYS_KEY in changes || NOTICE_KEY in changes : area === 'sync' && SETTINGS_KEY in changes;
      if (!relevant) return;
      void readSnapshot(deps.local, deps.sync).then((next) => {
        setSnap(next);
        setNow(deps.now());
      });
    });
    return off;
  }, []);

  return <Dashboard snap={snap} lang={lang} now={now} deps={deps} heatmapReady={heatmapReady} />;
}
