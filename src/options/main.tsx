/** Options page entry: wires the real WebExtension API into the page (see App.tsx). */
import { render } from 'preact';
import { browser } from '../shared/browser';
import { pageStorageDeps } from '../shared/page-deps';
import { OptionsApp, readOptionsData, type OptionsDeps } from './App';
import './options.css';

const deps: OptionsDeps = {
  ...pageStorageDeps(),
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
