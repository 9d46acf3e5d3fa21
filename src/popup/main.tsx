/**
 * Popup entry, kept small: it starts the one storage read at once and loads the UI (preact, the
 * dashboard, the strings) in parallel; the figures are computed synchronously and painted, and
 * the heatmap follows after the first paint. The time to first figures (ms since navigation
 * start, measured after that paint) is exposed as <html data-rapport-first-figures>.
 */
import { browser, send } from '../shared/browser';
import { readSnapshot } from './data';
import type { PopupDeps } from './App';
import './popup.css';

performance.mark('rapport:start');
const deps: PopupDeps = {
  local: browser.storage.local,
  sync: browser.storage.sync,
  onChanged(fn) {
    const l = (changes: Record<string, unknown>, area: string) => fn(changes, area);
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  },
  send: (msg) => send(msg as never),
  openOptions: () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  },
  now: () => new Date(),
  browserLang: browser.i18n.getUILanguage(),
};

const snapshot = readSnapshot(deps.local, deps.sync).then((s) => {
  performance.mark('rapport:read');
  return s;
});
void Promise.all([snapshot, import('./boot')]).then(([initial, ui]) => ui.mount(deps, initial, document.getElementById('app')!));
