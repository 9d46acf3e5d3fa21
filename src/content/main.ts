/**
 * Rapport's content script on www.linkedin.com (all frames). Small on purpose: it wires one DOM
 * watch, navigation, settings and the features, and makes sure that an older instance (left
 * orphaned by an extension update, or injected twice) hands over without duplicate UI.
 * The hand-over happens inside the extension: instances find each other through a global of the
 * content scripts' own isolated world, which LinkedIn's page can neither see nor call, and an
 * orphaned instance notices that its extension context is gone. Nothing marks LinkedIn's elements,
 * and no page event reaches Rapport.
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
import { watchUnrecognisedEditors } from './health';
import type { FeatureContext } from './context';

/** The running instance's stop, in this isolated world only (never on the page's objects). */
const INSTANCE = Symbol.for('rapport.instance');
type World = { [INSTANCE]?: () => void };

/** Removes every host we drew, in the light DOM and in the interop shadow root. */
function removeHosts(doc: Document): void {
  queryAllDeep([`[${HOST_ATTR}]`], doc).forEach((h) => h.remove());
}

function start(): void {
  const doc = document;
  const browser = api();
  if (!doc.documentElement || !doc.body || !browser) return;
  const world = globalThis as World;

  // An older instance in this world tears itself down when we arrive; hosts left by one in a
  // world that is gone (an update) are removed.
  try {
    world[INSTANCE]?.();
  } catch {
    /* its context is gone */
  }
  removeHosts(doc);

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
    if (world[INSTANCE] === stop) {
      delete world[INSTANCE];
      removeHosts(doc); // orphaned or stopped: leave LinkedIn as we found it
    }
    try {
      settingsChanged.removeListener(onStorage);
    } catch {
      /* orphaned */
    }
  };
  world[INSTANCE] = stop;
  watchUnrecognisedEditors(doc, ac.signal);

  const nav = watchNavigation(() => watch.request('navigation'));
  // The engine arrives a moment after the first coached field: let the features draw again.
  const offEngine = onEngineReady(() => watch.request('navigation'));
  teardowns.push(offEngine);
  watch.subscribe(() => {
    if (!extensionAlive()) stop(); // orphaned: leave the page alone
    else nav.check();
  });

  // Only storage.sync's changes (the settings): the history's writes in storage.local never reach
  // LinkedIn's frames. (`storage.sync.onChanged` in both browsers; the general event as a fallback.)
  const settingsChanged = browser.storage.sync.onChanged ?? browser.storage.onChanged;
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area = 'sync') => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    settings = normalizeSettings(changes[SETTINGS_KEY]?.newValue);
    settingsListeners.forEach((fn) => fn(settings));
    watch.request('navigation');
  };
  settingsChanged.addListener(onStorage);

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
