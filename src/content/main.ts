/**
 * Rapport's content script on www.linkedin.com (all frames). Small on purpose: it wires one DOM
 * watch, navigation, settings and the features, and makes sure that an older instance (left
 * orphaned by an extension update) hands over without duplicate UI.
 */
import { api, extensionAlive } from './browser';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { resolveLang } from './i18n';
import { createDomWatch } from './linkedin/observe';
import { watchNavigation } from './linkedin/navigation';
import { HOST_ATTR } from './ui/host';
import { queryAllDeep } from './linkedin/roots';
import { FEATURES } from './features';
import { onEngineReady } from './engine';
import type { FeatureContext } from './context';

const INSTANCE_ATTR = 'data-rapport-instance';
const TAKEOVER_EVENT = 'rapport:takeover';

/** Removes every host we drew, in the light DOM and in the interop shadow root. */
function removeHosts(doc: Document): void {
  queryAllDeep([`[${HOST_ATTR}]`], doc).forEach((h) => h.remove());
}

function start(): void {
  const doc = document;
  const browser = api();
  if (!doc.documentElement || !doc.body || !browser) return;
  const instance = Math.random().toString(36).slice(2);

  // An older instance (orphaned by an update or reload) tears itself down when we arrive.
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  removeHosts(doc);
  doc.documentElement.setAttribute(INSTANCE_ATTR, instance);

  const ac = new AbortController();
  let settings: Settings = DEFAULT_SETTINGS;
  const settingsListeners = new Set<(s: Settings) => void>();
  const watch = createDomWatch(doc);
  const teardowns: (() => void)[] = [];

  const ctx: FeatureContext = {
    doc,
    watch,
    settings: () => settings,
    lang: () => resolveLang(settings.uiLanguage, doc.documentElement.lang || navigator.language),
    isRuleOn: (rule) => !settings.disabledRules.includes(rule),
    signal: ac.signal,
    onSettings: (fn) => settingsListeners.add(fn),
  };

  const stop = () => {
    if (ac.signal.aborted) return;
    ac.abort();
    nav.stop();
    watch.disconnect();
    for (const t of teardowns.splice(0)) {
      try {
        t();
      } catch {
        /* ignore */
      }
    }
    if (doc.documentElement.getAttribute(INSTANCE_ATTR) === instance) {
      doc.documentElement.removeAttribute(INSTANCE_ATTR);
      removeHosts(doc); // orphaned or stopped: leave LinkedIn as we found it
    }
    try {
      api()?.storage.onChanged.removeListener(onStorage);
    } catch {
      /* orphaned */
    }
  };
  doc.addEventListener(TAKEOVER_EVENT, stop, { once: true, signal: ac.signal });

  const nav = watchNavigation(() => watch.request('navigation'));
  // The engine arrives a moment after the first coached field: let the features draw again.
  const offEngine = onEngineReady(() => watch.request('navigation'));
  teardowns.push(offEngine);
  watch.subscribe(() => {
    if (!extensionAlive()) stop(); // orphaned: leave the page alone
    else nav.check();
  });

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    settings = normalizeSettings(changes[SETTINGS_KEY]?.newValue);
    settingsListeners.forEach((fn) => fn(settings));
    watch.request('navigation');
  };
  browser.storage.onChanged.addListener(onStorage);

  for (const f of FEATURES) {
    try {
      const t = f.init(ctx);
      if (t) teardowns.push(t);
    } catch (err) {
      if (import.meta.env?.DEV) console.warn('[rapport]', f.id, err);
    }
  }

  browser.storage.sync
    .get(SETTINGS_KEY)
    .then((got) => {
      settings = normalizeSettings(got[SETTINGS_KEY]);
      settingsListeners.forEach((fn) => fn(settings));
    })
    .catch(() => undefined)
    .finally(() => watch.request('start'));
  watch.request('start');
}

try {
  start();
} catch (err) {
  if (import.meta.env?.DEV) console.warn('[rapport]', err);
}
