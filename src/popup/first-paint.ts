/**
 * The popup's first paint without preact: the dashboard (src/popup/view.ts) built with plain DOM
 * from the snapshot the entry has just read, with the real figures (the heatmap card keeps its
 * placeholder, as in the app until the heatmap is drawn). The preact app then takes over the same
 * markup (boot.tsx). Strings come from the browser's own i18n (chrome.i18n / browser.i18n reads
 * the same _locales catalogs, natively, without loading them as a script), used only when the
 * catalog it picked is the language the popup shows; otherwise from the bundled catalogs.
 */
import type { Browser } from 'webextension-polyfill';
import type { Lang } from '../engine/types';
import { resolveLang } from '../shared/i18n-core';
import { computeFigures, pause, readSnapshot, POPUP_LOCAL_KEYS, type PopupSnapshot, type ReadArea } from './data';
import { SETTINGS_KEY } from '../shared/settings';
import { dashboardView, heatmapPlaceholder, type T } from './view';
import { domH } from './dom-h';
import { popupDeps } from './api';
import { afterPaint, markFirstFigures } from './paint';

/** The part of `i18n` the first paint needs (the native API's shape). */
export interface NativeI18n {
  getMessage(name: string, substitutions?: string | string[]): string;
}

/**
 * A `t` over the browser's own catalog when that catalog is `lang` (the `popup_locale` message
 * names the catalog the browser picked), else null.
 */
export function nativeT(i18n: NativeI18n, lang: Lang): T | null {
  let picked: string;
  try {
    picked = i18n.getMessage('popup_locale');
  } catch {
    return null;
  }
  if (picked !== lang) return null;
  return (_lang, key, ...subs) => i18n.getMessage(key, subs.map(String)) || key;
}

export interface FirstPaintInput {
  snap: PopupSnapshot;
  now: Date;
  lang: Lang;
  t: T;
  onSettings(): void;
  onDismissNotice(): void;
  onOpen?(url: string): void;
  onPause?(paused: boolean): void;
}

/** Replaces `el`'s content with the dashboard for `snap` at `now`. */
export function paintFirst(el: HTMLElement, p: FirstPaintInput): void {
  const tree = dashboardView<Node>(domH, {
    lang: p.lang,
    t: p.t,
    stats: computeFigures(p.snap, p.now),
    settings: p.snap.settings,
    notice: p.snap.problem !== null || p.snap.notice !== null,
    heatmap: heatmapPlaceholder<Node>(domH),
    onSettings: p.onSettings,
    onDismissNotice: p.onDismissNotice,
    onOpen: p.onOpen,
    onPause: p.onPause,
  });
  document.documentElement.lang = p.lang;
  el.replaceChildren(tree);
}

/**
 * The popup: reads the snapshot, paints it with plain DOM, then loads the preact app and hands it
 * the same snapshot and moment. The strings are the browser's own when its catalog is the language
 * shown; otherwise (a language chosen in the options against the browser's) the bundled catalogs
 * are loaded first (one file, which the app needs anyway).
 */
/** The storage reads public/popup-early.js started while the modules loaded. */
interface EarlyRead {
  local: Promise<Record<string, unknown>>;
  sync: Promise<Record<string, unknown>>;
}

/** `area` whose first get() of exactly `keys` is answered by `early` (that read is under way). */
function withEarly(area: ReadArea, early: Promise<Record<string, unknown>> | undefined, keys: string): ReadArea {
  let first = early;
  return {
    get(k) {
      const p = first;
      first = undefined;
      return p && [k].flat().join() === keys ? p : area.get(k);
    },
  };
}

export function start(api: Browser, el: HTMLElement): void {
  const deps = popupDeps(api);
  const early = (globalThis as { __rapportEarlyRead?: EarlyRead }).__rapportEarlyRead;
  const local = withEarly(deps.local, early?.local, POPUP_LOCAL_KEYS.join());
  const sync = withEarly(deps.sync, early?.sync, SETTINGS_KEY);
  void readSnapshot(local, sync).then(async (initial) => {
    performance.mark('rapport:read');
    const now = deps.now();
    let painted = false;
    try {
      const lang = resolveLang(initial.settings.uiLanguage, deps.browserLang);
      const t = nativeT(api.i18n, lang) ?? (await import('../shared/i18n')).t;
      paintFirst(el, { snap: initial, now, lang, t, onSettings: deps.openOptions, onDismissNotice: () => void deps.send({ kind: 'dismiss-notice' }), onOpen: deps.openUrl, onPause: (paused) => void pause(deps, initial, paused) });
      painted = true;
      performance.mark('rapport:first-paint');
    } catch {
      // Never in the app's way: it paints when it has loaded.
      el.replaceChildren();
    }
    const boot = () => void import('./boot').then((b) => b.mount(deps, initial, el, { now, takeOver: painted }));
    // The app's code loads after the first paint, so that its compiling does not delay it.
    if (painted) afterPaint(() => (markFirstFigures(), boot()));
    else boot();
  });
}
