/** Options page entry: wires the real WebExtension API into the page (see App.tsx). */
import { render } from 'preact';
import { browser, send } from '../shared/browser';
import { OptionsApp, readOptionsData, type OptionsDeps } from './App';
import './options.css';

const deps: OptionsDeps = {
  local: browser.storage.local,
  sync: browser.storage.sync,
  onChanged(fn) {
    const l = (changes: Record<string, unknown>, area: string) => fn(changes, area);
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  },
  send: (msg) => send(msg as never),
  now: () => new Date(),
  browserLang: browser.i18n.getUILanguage(),
  download(filename, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

void readOptionsData(deps).then((initial) => render(<OptionsApp deps={deps} initial={initial} />, document.getElementById('app')!));
