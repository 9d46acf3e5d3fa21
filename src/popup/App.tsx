/**
 * The popup: the streak big, today's state, this week at a glance, weekly goals, the share of
 * invitations with a personal note, the 26-week heatmap and one line against the seed's facts.
 * The markup is src/popup/view.ts (shared with the plain-DOM first paint, see main.ts); this is
 * the live app that takes over. No WebExtension API here: see api.ts.
 */
import { h, type VNode } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../engine/types';
import { resolveLang, t } from '../shared/i18n';
import type { HabitsStatus, RuntimeMessage } from '../shared/messages';
import { NOTICE_KEY } from '../habits/schema';
import { DAY_INDEX_KEYS } from '../habits/store';
import { SETTINGS_KEY } from '../shared/settings';
import { computeFigures, readSnapshot, type PopupSnapshot, type ReadArea } from './data';
import { Heatmap } from './Heatmap';
import { afterPaint } from './paint';
import { dashboardView, heatmapPlaceholder, stat, type H } from './view';

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
  return stat(h as H<VNode>, id, value);
}

export function Dashboard({ snap, lang, now, deps, heatmapReady, writeFailed = false }: { snap: PopupSnapshot; lang: Lang; now: Date; deps: PopupDeps; heatmapReady: boolean; writeFailed?: boolean }) {
  const s = useMemo(() => computeFigures(snap, now), [snap, now]);
  return dashboardView(h as H<VNode>, {
    lang,
    t,
    stats: s,
    settings: snap.settings,
    notice: snap.problem !== null || snap.notice !== null,
    writeFailed,
    heatmap: heatmapReady ? <Heatmap days={snap.days} settings={snap.settings} today={s.today} lang={lang} /> : heatmapPlaceholder(h as H<VNode>),
    onSettings: () => deps.openOptions(),
    onDismissNotice: () => void deps.send({ kind: 'dismiss-notice' }),
  });
}

export { afterPaint };

/** Loads once, paints, then keeps itself live through storage changes. */
export function PopupApp({ deps, initial, initialNow, onPainted }: { deps: PopupDeps; initial: PopupSnapshot; initialNow?: Date; onPainted?: () => void }) {
  const [snap, setSnap] = useState(initial);
  const [now, setNow] = useState(() => initialNow ?? deps.now());
  const [heatmapReady, setHeatmapReady] = useState(false);
  const [writeFailed, setWriteFailed] = useState(false);
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
      void deps.send({ kind: 'habits-repair' }).then(() => deps.send({ kind: 'habits-status' })).then((r) => setWriteFailed(typeof (r as HabitsStatus | undefined)?.writeError === 'string'));
    });
    const off = deps.onChanged((changes, area) => {
      const relevant = area === 'local' ? DAY_INDEX_KEYS.some((k) => k in changes) || NOTICE_KEY in changes : area === 'sync' && SETTINGS_KEY in changes;
      if (!relevant) return;
      void readSnapshot(deps.local, deps.sync).then((next) => {
        setSnap(next);
        setNow(deps.now());
      });
    });
    return off;
  }, []);

  return <Dashboard snap={snap} lang={lang} now={now} deps={deps} heatmapReady={heatmapReady} writeFailed={writeFailed} />;
}
