/**
 * The dashboard's markup, written once against a hyperscript `h` so two renderers share it: the
 * popup's first module paints it with plain DOM (src/popup/dom-h.ts) as soon as storage is read,
 * and the preact app (App.tsx) renders the very same tree with preact's `h` when it takes over.
 * Same function, same input, same markup: the takeover neither flashes nor moves anything.
 * Figures carry `data-rapport-stat` (docs/contract.md §3). No WebExtension API, no preact import here.
 */
import type { Lang } from '../engine/types';
import type { Stats, GoalProgress } from '../habits/stats';
import type { Settings } from '../shared/settings';
import { formatShortDate } from './format';

/** A string lookup with the signature of src/shared/i18n.ts's `t`. */
export type T = (lang: Lang, key: string, ...subs: (string | number)[]) => string;

export type Child<N> = N | string | null | undefined | false | Child<N>[];
/** preact's `h` and the plain-DOM `h` both fit this. */
export type H<N> = (tag: string, props: Record<string, unknown> | null, ...children: Child<N>[]) => N;

export interface ViewInput<N> {
  lang: Lang;
  t: T;
  stats: Stats;
  settings: Settings;
  /** Show the "history was set aside" notice. */
  notice: boolean;
  /** The background's last write failed (storage full): say so (the badge shows '!'). */
  writeFailed?: boolean;
  /** The heatmap card's content (the full app's heatmap, or the placeholder of the same size). */
  heatmap: Child<N>;
  onSettings(): void;
  onDismissNotice(): void;
  /** Opens a LinkedIn page in a new tab (the next step, the first-run card). */
  onOpen?(url: string): void;
  /** The pause switch: pauses (true) or resumes (false) coaching everywhere. */
  onPause?(paused: boolean): void;
}

export const LINKEDIN = 'https://www.linkedin.com';

/** The one next step the popup suggests: what lags this week, else what keeps today. */
export function nextStep(s: Stats, settings: Settings): { key: string; url: string } {
  const goal = (id: string) => s.goals.find((g) => g.id === id);
  const comments = goal('comments');
  const posts = goal('posts');
  const notes = goal('invites-with-note');
  if (comments && !comments.met) return { key: 'popup_next_comment', url: `${LINKEDIN}/feed/` };
  if (posts && !posts.met) return { key: 'popup_next_post', url: `${LINKEDIN}/feed/` };
  if (notes && notes.target > 0 && !notes.met) return { key: 'popup_next_note', url: `${LINKEDIN}/mynetwork/grow/` };
  if (!s.todayCounted && !(s.todayIsRest && settings.restDays.length)) return { key: 'popup_next_message', url: `${LINKEDIN}/messaging/` };
  return { key: 'popup_next_done', url: `${LINKEDIN}/feed/` };
}

export type Tone = 'ok' | 'risk' | 'rest' | 'idle' | 'paused';

export function statusOf(s: Stats, paused = false): { key: string; tone: Tone } {
  if (paused) return { key: 'popup_status_paused', tone: 'paused' };
  if (s.todayCounted) return { key: 'popup_status_counted', tone: 'ok' };
  if (s.atRisk) return { key: 'popup_status_at_risk', tone: 'risk' };
  if (s.todayIsRest && s.current > 0) return { key: 'popup_status_rest', tone: 'rest' };
  return { key: 'popup_status_start', tone: 'idle' };
}

function factLine(t: T, lang: Lang, s: Stats): string {
  if (s.week.posts > 0) return t(lang, 'popup_fact_creator');
  if (s.activeDays28 > 0) return t(lang, 'popup_fact_interact', s.activeDays28);
  return t(lang, 'popup_fact_start');
}

export function stat<N>(h: H<N>, id: string, value: number): N {
  return h('span', { 'data-rapport-stat': id }, String(value));
}

/** The heatmap's placeholder (same box as the heatmap) until the heatmap has been drawn. */
export function heatmapPlaceholder<N>(h: H<N>): N {
  return h('div', { class: 'heatmap heatmap-placeholder' });
}

function goalRow<N>(h: H<N>, t: T, lang: Lang, g: GoalProgress): N {
  const label = g.id === 'posts' ? t(lang, 'popup_goal_posts') : g.id === 'comments' ? t(lang, 'popup_goal_comments') : t(lang, 'popup_goal_invites');
  const none = g.id === 'invites-with-note' && g.target === 0;
  const ratio = none ? 0 : Math.min(1, g.target === 0 ? 1 : g.done / g.target);
  const value = none ? t(lang, 'popup_goal_invites_none') : t(lang, 'popup_goal_of', g.done, g.target);
  return h(
    'li',
    { class: `goal${g.met && !none ? ' goal-met' : ''}`, 'data-goal': g.id },
    h('div', { class: 'goal-head' }, h('span', null, label), h('span', { class: 'goal-value' }, g.met && !none ? h('span', { class: 'goal-check', 'aria-hidden': 'true' }, '✓ ') : null, value)),
    h(
      'div',
      {
        class: 'bar',
        role: 'progressbar',
        'aria-label': label,
        'aria-valuemin': '0',
        'aria-valuemax': String(none ? 1 : Math.max(1, g.target)),
        'aria-valuenow': String(none ? 0 : g.done),
        'aria-valuetext': value,
      },
      h('i', { style: { width: `${Math.round(ratio * 100)}%` } }),
    ),
  );
}

/** The brand icon in the header (the entry starts fetching it before the first paint). */
export const BRAND_ICON = '/src/assets/icon-32.png';

const LOCK =
  'M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 1 1 6 0v3z';
const GEAR =
  'M19.14 12.94a7.1 7.1 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54a.5.5 0 0 0-.5-.42h-3.84a.5.5 0 0 0-.5.42l-.36 2.54a7 7 0 0 0-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.84a.5.5 0 0 0 .12.64l2.03 1.58a7.1 7.1 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.13.22.39.3.6.22l2.39-.96c.5.39 1.05.7 1.63.94l.36 2.54c.04.24.25.42.5.42h3.84c.25 0 .46-.18.5-.42l.36-2.54a7 7 0 0 0 1.63-.94l2.39.96c.22.08.47 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64zM12 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z';

/** The whole dashboard (the heatmap's content comes in through `input.heatmap`). */
export function dashboardView<N>(h: H<N>, input: ViewInput<N>): N {
  const { lang, t, stats: s, settings } = input;
  const status = statusOf(s, settings.paused);
  const kinds = settings.streakKinds;
  // Each tile's label agrees with its figure ("1 Kommentar", "2 Kommentare").
  const tile = (id: string, key: string, value: number, counted: boolean) => ({ id, label: t(lang, value === 1 ? `${key}_one` : key), value, counted });
  const tiles: { id: string; label: string; value: number; counted: boolean }[] = [
    tile('week-posts', 'popup_kind_posts', s.week.posts, kinds.includes('post')),
    tile('week-comments', 'popup_kind_comments', s.week.comments, kinds.includes('comment')),
    tile('week-messages', 'popup_kind_messages', s.week.messages, kinds.includes('message')),
    tile('week-invites-with-note', 'popup_kind_invites_note', s.week.invitesWithNote, kinds.includes('invite-note')),
    tile('week-invites-without-note', 'popup_kind_invites_plain', s.week.invitesWithoutNote, kinds.includes('invite-plain')),
    tile('week-reactions', 'popup_kind_reactions', s.week.reactions, kinds.includes('reaction')),
  ];
  const share = s.noteShareWeek;
  const notCounted = t(lang, 'popup_not_counted');
  const counted = tiles.reduce((n, x) => n + (x.counted ? x.value : 0), 0);
  const uncounted = tiles.reduce((n, x) => n + (x.counted ? 0 : x.value), 0);
  const someUncounted = tiles.some((x) => !x.counted);
  // First run: no data yet, so no goals or heatmap to read; a card says how it works instead.
  const firstRun = s.total === 0;
  const next = nextStep(s, settings);
  const open = (url: string) => () => input.onOpen?.(url);

  return h(
    'main',
    { class: 'popup', 'data-tone': status.tone },
    h(
      'header',
      { class: 'top' },
      h('div', { class: 'brand' }, h('img', { src: BRAND_ICON, width: '20', height: '20', alt: '' }), h('span', null, 'Rapport')),
      h(
        'span',
        { class: 'private', title: t(lang, 'popup_private') },
        h('svg', { viewBox: '0 0 24 24', width: '11', height: '11', 'aria-hidden': 'true' }, h('path', { fill: 'currentColor', d: LOCK })),
        t(lang, 'popup_private_short'),
      ),
      h(
        'button',
        {
          type: 'button',
          role: 'switch',
          class: 'pause',
          'aria-checked': String(settings.paused),
          'data-rapport-pause': '',
          title: t(lang, 'popup_pause_hint'),
          onClick: () => input.onPause?.(!settings.paused),
        },
        h('i', { class: 'switch', 'aria-hidden': 'true' }),
        t(lang, 'popup_pause'),
      ),
      h(
        'button',
        { type: 'button', class: 'icon-btn', onClick: () => input.onSettings(), title: t(lang, 'popup_settings'), 'aria-label': t(lang, 'popup_settings') },
        h('svg', { viewBox: '0 0 24 24', width: '18', height: '18', 'aria-hidden': 'true' }, h('path', { fill: 'currentColor', d: GEAR })),
      ),
    ),

    input.notice
      ? h(
          'div',
          { class: 'notice', role: 'status', 'data-rapport-notice': '' },
          h('p', null, t(lang, 'popup_notice_reset')),
          h('button', { type: 'button', class: 'link-btn', onClick: () => input.onDismissNotice() }, t(lang, 'popup_notice_dismiss')),
        )
      : null,

    input.writeFailed ? h('div', { class: 'notice', role: 'alert', 'data-rapport-write-failed': '' }, h('p', null, t(lang, 'popup_write_failed'))) : null,

    h(
      'section',
      { class: 'hero', 'aria-labelledby': 'streak-label' },
      h(
        'div',
        { class: 'streak' },
        h('div', { class: 'streak-num' }, stat(h, 'streak-current', s.current)),
        h(
          'div',
          { class: 'streak-side' },
          h('span', { id: 'streak-label', class: 'streak-unit' }, t(lang, s.current === 1 ? 'popup_streak_unit_one' : 'popup_streak_unit_other')),
          h('span', { class: 'pill' }, t(lang, 'popup_best'), ' ', stat(h, 'streak-best', s.best)),
        ),
        h('div', { class: 'today', title: t(lang, 'popup_today_hint') }, stat(h, 'today', s.todayCount), h('span', null, t(lang, 'popup_today'))),
      ),
      h('p', { class: `status status-${status.tone}`, 'data-rapport-status': status.tone }, h('i', { class: 'dot', 'aria-hidden': 'true' }), t(lang, status.key)),
    ),

    h(
      'section',
      { class: 'card', 'aria-labelledby': 'week-title' },
      h(
        'h2',
        { id: 'week-title' },
        t(lang, 'popup_week_title'),
        h('span', { class: 'sub' }, `${formatShortDate(lang, s.weekStart)} – ${formatShortDate(lang, s.weekStart + 6)}`),
      ),
      h(
        'ul',
        { class: 'tiles' },
        tiles.map((x) =>
          h(
            'li',
            { class: `tile${x.counted ? '' : ' tile-uncounted'}`, title: x.counted ? undefined : notCounted },
            stat(h, x.id, x.value),
            h('span', { class: 'tile-label' }, x.label, x.counted ? null : h('span', { class: 'sr-only' }, ` (${notCounted})`)),
          ),
        ),
      ),
      h(
        'p',
        { class: 'tiles-foot' },
        counted + uncounted > 0
          ? h(
              'span',
              { 'data-rapport-counted': String(counted) },
              counted === 1 ? t(lang, 'popup_counted_one') : t(lang, 'popup_counted', counted),
              uncounted > 0 ? ` · ${t(lang, 'popup_uncounted', uncounted)}` : '',
            )
          : h('span', null),
        someUncounted ? h('span', { class: 'legend' }, h('i', { class: 'legend-swatch', 'aria-hidden': 'true' }), t(lang, 'popup_legend_uncounted')) : null,
      ),
    ),

    firstRun
      ? h(
          'section',
          { class: 'card how', 'aria-labelledby': 'how-title', 'data-rapport-first-run': '' },
          h('h2', { id: 'how-title' }, t(lang, 'popup_how_title')),
          // (what counts for the streak is the status line's first-run sentence)
          h('ul', { class: 'how-list' }, h('li', null, t(lang, 'popup_how_1')), h('li', null, t(lang, 'popup_how_2'))),
          h('button', { type: 'button', class: 'btn-primary', 'data-rapport-open': `${LINKEDIN}/feed/`, onClick: open(`${LINKEDIN}/feed/`) }, t(lang, 'popup_open_linkedin')),
        )
      : null,

    !firstRun && s.goals.length
      ? h(
          'section',
          { class: 'card', 'aria-labelledby': 'goals-title' },
          h(
            'h2',
            { id: 'goals-title' },
            t(lang, 'popup_goals_title'),
            // The share of invitations with a note, in the heading's line (no room for a line of its own)
            share === null && s.noteShare90 === null
              ? null
              : h(
                  'span',
                  { class: 'sub', 'data-rapport-note-share': share === null ? '' : String(Math.round(share * 100)) },
                  [
                    share === null ? '' : t(lang, 'popup_note_share', Math.round(share * 100)),
                    s.noteShare90 === null ? '' : t(lang, 'popup_note_share_90', Math.round(s.noteShare90 * 100)),
                  ]
                    .filter(Boolean)
                    .join(' · '),
                ),
          ),
          h(
            'ul',
            { class: 'goals' },
            s.goals.map((g) => goalRow(h, t, lang, g)),
          ),
        )
      : null,

    firstRun ? null : h('section', { class: 'card', 'aria-labelledby': 'hm-title' }, h('h2', { id: 'hm-title' }, t(lang, 'popup_heatmap_title')), input.heatmap),

    // The notice, when there is one, is the thing to read today: it takes the next step's place.
    // Paused, Rapport suggests nothing.
    firstRun || input.notice || settings.paused
      ? null
      : h(
          'section',
          { class: 'next', 'aria-label': t(lang, 'popup_next_title'), 'data-rapport-next': next.key.replace('popup_next_', '') },
          // On track: the line against the seed's facts takes the next step's place.
          h('p', null, next.key === 'popup_next_done' ? factLine(t, lang, s) : h('strong', null, t(lang, next.key))),
          h('button', { type: 'button', class: 'btn-primary', 'data-rapport-open': next.url, onClick: open(next.url) }, t(lang, 'popup_open_linkedin')),
        ),
  );
}
