/**
 * The WebExtension API for the popup without webextension-polyfill (~17 KB the popup would load
 * before its first paint): the popup uses only calls both browsers provide natively, promise-based,
 * in MV3 (Firefox's `browser`, Chrome's `chrome`): storage.*.get, storage.onChanged,
 * runtime.sendMessage, runtime.openOptionsPage, tabs.create (no permission needed) and i18n.getUILanguage.
 */
import type { Browser } from 'webextension-polyfill';
import type { RuntimeMessage } from '../shared/messages';
import { nativeApi as found } from '../shared/native-api';
import type { PopupDeps } from './App';

/** The native API (an extension page always has it). */
export function nativeApi(): Browser {
  return found()!;
}

/** The popup's seams wired to the native API. */
export function popupDeps(api: Browser = nativeApi()): PopupDeps {
  return {
    local: api.storage.local,
    sync: api.storage.sync,
    onChanged(fn) {
      const l = (changes: Record<string, unknown>, area: string) => fn(changes, area);
      api.storage.onChanged.addListener(l);
      return () => api.storage.onChanged.removeListener(l);
    },
    async send(msg: RuntimeMessage) {
      try {
        return await api.runtime.sendMessage(msg);
      } catch {
        return undefined;
      }
    },
    openOptions: () => {
      void api.runtime.openOptionsPage().then(() => window.close());
    },
    openUrl: (url) => {
      void api.tabs.create({ url }).then(() => window.close());
    },
    now: () => new Date(),
    browserLang: api.i18n.getUILanguage(),
  };
}
