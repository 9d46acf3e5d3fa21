/**
 * Popup entry, kept small (no preact, no string catalogs, no webextension-polyfill): it reads
 * storage at once through the native API (the per-day index, the notice, the settings), paints
 * the dashboard with plain DOM (first-paint.ts) and loads the preact app in parallel (boot.tsx),
 * which takes the same markup over. The time to first figures (ms since navigation start,
 * measured after the paint of the real figures) is exposed as <html data-rapport-first-figures>.
 */
import { popupDeps, nativeApi } from './api';
import { readSnapshot } from './data';
import { nativeT, paintFirst } from './first-paint';
import { resolveLang } from '../shared/i18n-core';
import { afterPaint, markFirstFigures } from './paint';
import './popup.css';

performance.mark('rapport:start');
const api = nativeApi();
const deps = popupDeps(api);
const el = document.getElementById('app')!;
const ui = import('./boot');
let boot: Awaited<typeof ui> | undefined;
void ui.then((b) => (boot = b));

void readSnapshot(deps.local, deps.sync).then((initial) => {
  performance.mark('rapport:read');
  const now = deps.now();
  let painted = false;
  // When the app has loaded already (storage was slow), it paints itself.
  if (!boot) {
    try {
      const lang = resolveLang(initial.settings.uiLanguage, deps.browserLang);
      const t = nativeT(api.i18n, lang);
      if (t) {
        paintFirst(el, { snap: initial, now, lang, t, onSettings: deps.openOptions, onDismissNotice: () => void deps.send({ kind: 'dismiss-notice' }) });
        painted = true;
        performance.mark('rapport:first-paint');
        afterPaint(markFirstFigures);
      }
    } catch {
      // Never in the app's way: it paints when it has loaded.
      el.replaceChildren();
    }
  }
  void ui.then((b) => b.mount(deps, initial, el, { now, takeOver: painted }));
});
