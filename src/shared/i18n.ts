/**
 * UI strings from _locales (the single source) for the extension pages and the background, with a
 * language override (browser.i18n.getMessage cannot switch language at run time, so we bundle both
 * catalogs). The content script uses src/content/i18n.ts, which bundles only its own strings.
 */
import en from '../../_locales/en/messages.json';
import de from '../../_locales/de/messages.json';
import type { Lang } from '../engine/types';
import { createT, type Catalog } from './i18n-core';

export { toLang, resolveLang, type UiLanguageSetting } from './i18n-core';

const CATALOGS: Record<Lang, Catalog> = { en: en as Catalog, de: de as Catalog };

export const t = createT(CATALOGS);
