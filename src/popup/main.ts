/**
 * Popup entry (no preact, no string catalogs, no webextension-polyfill in its module graph, all of
 * which the page fetches in parallel while it parses): reads storage through the native API (the
 * per-day index, the notice, the settings), paints the dashboard with plain DOM (first-paint.ts)
 * and only after that paint loads the preact app (boot.tsx), which takes the same markup over.
 * The time to first figures (ms since navigation start, measured after the paint of the real
 * figures) is exposed as <html data-rapport-first-figures>.
 */
import { nativeApi } from './api';
import { start } from './first-paint';
import { BRAND_ICON } from './view';
import './popup.css';

performance.mark('rapport:start');
// Fetch the brand icon now, not when the first paint inserts it (it would pop in a frame later).
new Image().src = BRAND_ICON;
start(nativeApi(), document.getElementById('app')!);
