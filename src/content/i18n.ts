/**
 * The content script's strings: the subset of _locales it uses (keys with the prefixes listed in
 * vite.config.ts, CONTENT_STRING_PREFIXES), inlined at build time so the page gets nothing else.
 */
import { createT, type Catalogs } from '../shared/i18n-core';

declare const __RAPPORT_CONTENT_CATALOG__: Catalogs;

export { toLang, resolveLang } from '../shared/i18n-core';
export const t = createT(__RAPPORT_CONTENT_CATALOG__);
