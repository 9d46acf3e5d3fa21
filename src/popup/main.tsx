/**
 * Popup entry, kept small: it starts the one storage read at once and loads the UI (preact, the
 * dashboard, the strings) in parallel; the figures are computed synchronously and painted, and
 * the heatmap follows after the first paint. The time to first figures (ms since navigation
 * start, measured after that paint) is exposed as <html data-rapport-first-figures>.
 */
import { browser } from '../shared/browser';
import { pageStorageDeps } from '../shared/page-deps';
import { readSnapshot } from './data';
import type { PopupDeps } from './App';
import './popup.css';

performance.mark('rapport:start');
const deps: PopupDeps = {
  ...pageStorageDeps(),
  openOptions: () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  },
  browserLang: browser.i18n.getUILanguage(),
};

const snapshot = readSnapshot(deps.local, deps.sync).then((s) => {
  performance.mark('rapport:read');
  return s;
});
void Promise.all([snapshot, import('./boot')]).then(([initial, ui]) => ui.mount(deps, initial, document.getElementById('app')!));
