/** Welcome tab entry (opened once, on install: src/background/index.ts): wires the real WebExtension API into the page (see App.tsx). */
import { render } from 'preact';
import { browser } from '../shared/browser';
import { WelcomeApp, readWelcomeData, type WelcomeDeps } from './App';
import './welcome.css';

const deps: WelcomeDeps = {
  local: browser.storage.local,
  sync: browser.storage.sync,
  browserLang: browser.i18n.getUILanguage(),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

void readWelcomeData(deps).then((initial) => render(<WelcomeApp deps={deps} initial={initial} />, document.getElementById('app')!));
