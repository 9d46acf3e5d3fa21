/**
 * The import's result in words: how many interactions were imported, how many were already
 * there, how many were dated in the future and left out, and what became of the file's settings
 * (merged field by field over the current ones, src/shared/settings.ts mergeSettings).
 */
import type { Lang } from '../engine/types';
import { t } from '../shared/i18n';
import type { ImportReply } from '../shared/messages';

export function importMessage(lang: Lang, r: ImportReply | undefined): string {
  if (!r?.ok) {
    const key = `options_import_error_${(r?.error ?? 'failed').replace(/-/g, '_')}`;
    const msg = t(lang, key, (r?.index ?? 0) + 1);
    return msg === key ? t(lang, 'options_import_error_failed') : msg;
  }
  const n = (x: number) => x.toLocaleString(lang === 'de' ? 'de-CH' : 'en');
  const parts = [t(lang, 'options_import_done', n(r.added ?? 0), n(r.skipped ?? 0))];
  if (r.future) parts.push(t(lang, 'options_import_future', n(r.future)));
  if (r.settings === 'merged') parts.push(t(lang, 'options_import_settings_merged', (r.settingsTaken ?? []).join(', ')));
  else if (r.settings === 'failed') parts.push(t(lang, 'options_import_settings_failed'));
  if (r.settingsIgnored?.length) parts.push(t(lang, 'options_import_settings_ignored', r.settingsIgnored.join(', ')));
  return parts.join(' ');
}
