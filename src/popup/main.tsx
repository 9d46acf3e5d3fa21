/**
 * Popup entry: reads storage once, computes the figures synchronously and paints; the heatmap
 * follows in the next frame. The time to first figures (ms since navigation start, measured
 * after the first paint) is exposed as <html data-rapport-first-figures> for the benchmark.
 */
import { render } from 'preact';
import { browser, send } from '../shared/browser';
import { PopupApp, afterPaint, type PopupDeps } from './App';
import { readSnapshot } from './data';
import './popup.css';

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

function markPainted() {
  afterPaint(() => {
    performance.mark('rapport:painted');
    document.documentElement.dataset.rapportFirstFigures = performance.now().toFixed(1);
  });
}

performance.mark('rapport:start');
void readSnapshot(deps.local, deps.sync).then((initial) => {
  performance.mark('rapport:read');
  render(<PopupApp deps={deps} initial={initial} onPainted={markPainted} />, document.getElementById('app')!);
});
