/**
 * Rapport's content script on www.linkedin.com (all frames). Small on purpose: it wires one DOM
 * watch, navigation, settings and the features, and makes sure that an older instance (left
 * orphaned by an extension update, or injected twice) hands over without duplicate UI.
 * The hand-over happens inside the extension: instances find each other through a global of the
 * content scripts' own isolated world, which LinkedIn's page can neither see nor call, and an
 * orphaned instance notices that its extension context is gone. Nothing marks LinkedIn's elements,
 * and no page event reaches Rapport.
 */
import { api, extensionAlive, send } from './browser';
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
import type { SettingsChangedMessage } from '../shared/messages';

/** Asking the background for the settings: a few quick tries, then coaching goes on with the defaults. */
const SETTINGS_RETRY_DELAYS = [150, 500];

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
  const watch = createDomWatch(doc);
  /** The features while Rapport coaches (not paused): their own abort signal, settings listeners and teardowns. */
  let run: { ac: AbortController; listeners: Set<(s: Settings) => void>; teardowns: (() => void)[] } | null = null;

  function startFeatures() {
    const r = { ac: new AbortController(), listeners: new Set<(s: Settings) => void>(), teardowns: [] as (() => void)[] };
    run = r;
    const ctx: FeatureContext = {
      doc,
      watch,
      settings: () => settings,
      lang: () => resolveLang(settings.uiLanguage, doc.documentElement.lang || navigator.language),
      isRuleOn: (rule) => !settings.disabledRules.includes(rule),
      signal: r.ac.signal,
      onSettings: (fn) => r.listeners.add(fn),
    };
    for (const f of FEATURES) {
      try {
        const t = f.init(ctx);
        if (t) r.teardowns.push(t);
      } catch (err) {
        if (import.meta.env?.DEV) console.warn('[rapport]', f.id, err);
      }
    }
  }

  function stopFeatures() {
    const r = run;
    run = null;
    if (!r) return;
    r.ac.abort();
    for (const t of r.teardowns.splice(0)) {
      try {
        t();
      } catch {
        /* ignore */
      }
    }
  }

  /** New settings: paused, the features stop and our hosts go; otherwise they (re)start and redraw. */
  function apply(next: Settings) {
    if (ac.signal.aborted) return;
    settings = next;
    if (settings.paused) {
      if (run) {
        stopFeatures();
        removeHosts(doc);
      }
      return;
    }
    if (run) run.listeners.forEach((fn) => fn(settings));
    else startFeatures();
    watch.request('navigation');
  }

  const stop = () => {
    if (ac.signal.aborted) return;
    ac.abort();
    nav.stop();
    watch.disconnect();
    stopFeatures();
    offEngine();
    if (world[INSTANCE] === stop) {
      delete world[INSTANCE];
      removeHosts(doc); // orphaned or stopped: leave LinkedIn as we found it
    }
    try {
      settingsChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      /* orphaned */
    }
  };
  world[INSTANCE] = stop;
  watchUnrecognisedEditors(doc, ac.signal);

  const nav = watchNavigation(() => watch.request('navigation'));
  // The engine arrives a moment after the first coached field: let the features draw again.
  const offEngine = onEngineReady(() => watch.request('navigation'));
  watch.subscribe(() => {
    if (!extensionAlive()) stop(); // orphaned: leave the page alone
    else nav.check();
  });

  /**
   * The settings (src/shared/settings.ts): from storage.sync, else from the background (when they
   * live on this device only, in storage.local, which content scripts cannot read; or were never saved).
   */
  const load = async (): Promise<Settings> => {
    const got = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
    if (got[SETTINGS_KEY] !== undefined) return normalizeSettings(got[SETTINGS_KEY]);
    return normalizeSettings(await send({ kind: 'settings' }, SETTINGS_RETRY_DELAYS));
  };

  // Only storage.sync's changes (the settings): the history's writes in storage.local never reach
  // LinkedIn's frames. (`storage.sync.onChanged` in both browsers; the general event as a fallback.)
  // Settings kept on this device only arrive as a message (src/background/settings-relay.ts).
  const settingsChanged = browser.storage.sync.onChanged ?? browser.storage.onChanged;
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area = 'sync') => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    const v = changes[SETTINGS_KEY]?.newValue;
    if (v !== undefined) apply(normalizeSettings(v));
    else void load().then(apply); // moved to this device only (or cleared): ask where they are now
  };
  const onMessage = (msg: unknown) => {
    const m = msg as SettingsChangedMessage | null;
    if (m?.kind === 'settings-changed') apply(normalizeSettings(m.settings));
  };
  settingsChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onMessage);

  // The features start at once with the defaults; settings that say "paused" stop them as soon as they are read.
  startFeatures();
  void load()
    .then(apply, () => undefined)
    .finally(() => watch.request('start'));
  watch.request('start');
}

try {
  start();
} catch (err) {
  if (import.meta.env?.DEV) console.warn('[rapport]', err);
}
