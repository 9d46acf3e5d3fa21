/**
 * i18n machinery shared by the extension pages (all strings) and the content script (only its
 * own strings, to stay small): catalogs in chrome.i18n's messages.json shape, a language override.
 */
import type { Lang } from '../engine/types';

export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type Catalogs = Record<Lang, Catalog>;
export type UiLanguageSetting = 'auto' | Lang;

/** Maps any BCP 47 tag (de-CH, en_US, "de") to one of our UI languages; anything else is English. */
export function toLang(tag: string | null | undefined): Lang {
  return tag && /^de\b/i.test(tag.trim()) ? 'de' : 'en';
}

/** The UI language: the person's setting, else the given context language (LinkedIn's page or the browser's). */
export function resolveLang(setting: UiLanguageSetting | undefined, contextTag: string | null | undefined): Lang {
  return setting === 'en' || setting === 'de' ? setting : toLang(contextTag);
}

/**
 * A lookup over `catalogs`: the key in `lang` (falling back to English, then the key itself),
 * with chrome.i18n-style placeholders: $NAME$ via `placeholders`, and $1..$9 positionally.
 */
export function createT(catalogs: Catalogs) {
  return function t(lang: Lang, key: string, ...subs: (string | number)[]): string {
    // Browsers accept only [A-Za-z0-9_] in message names: map e.g. "error_bad-event" to "error_bad_event".
    key = key.replace(/[^A-Za-z0-9_]/g, '_');
    const entry = catalogs[lang]?.[key] ?? catalogs.en[key];
    if (!entry) return key;
    let text = entry.message;
    if (entry.placeholders) {
      for (const [name, ph] of Object.entries(entry.placeholders)) {
        text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
      }
    }
    return text.replace(/\$(\d)/g, (_, d: string) => {
      const v = subs[Number(d) - 1];
      return v === undefined ? '' : String(v);
    });
  };
}

type T = ReturnType<typeof createT>;

/**
 * The sentence for a text-coach finding (`finding_<messageId>` in _locales) with its `{param}` words
 * filled in; missing ones fall back to neutral words (`finding_param_<name>`). Unknown ids return
 * the id, so a finding is never silent.
 */
export function formatFinding(t: T, lang: Lang, messageId: string, params?: Record<string, string | number>): string {
  const key = `finding_${messageId.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const text = t(lang, key);
  if (text === key) return messageId; // t() answers a missing key with the key
  return text.replace(/\{(\w{1,20})\}/g, (_, k: string) => {
    const v = params && Object.prototype.hasOwnProperty.call(params, k) ? params[k] : undefined;
    if (v !== undefined && v !== '') return String(v);
    const fb = t(lang, `finding_param_${k}`);
    return fb === `finding_param_${k}` ? '' : fb;
  });
}
