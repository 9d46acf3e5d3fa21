/**
 * Popup entry, kept tiny (no preact, no string catalogs, no webextension-polyfill): it starts the
 * first storage read through the native API at once (the per-day index, the notice, the
 * settings), loads the first paint's code meanwhile (first-paint.ts: the dashboard with plain
 * DOM), and only after that paint loads the preact app (boot.tsx), which takes the same markup
 * over. The time to first figures (ms since navigation start, measured after the paint of the
 * real figures) is exposed as <html data-rapport-first-figures>.
 */
import { nativeApi } from './api';
import { FIRST_LOCAL_KEYS, FIRST_SYNC_KEY } from './first-read';
import './popup.css';

performance.mark('rapport:start');
const api = nativeApi();
const firstLocal = api.storage.local.get(FIRST_LOCAL_KEYS);
const firstSync = api.storage.sync.get(FIRST_SYNC_KEY);
void import('./first-paint').then((m) => m.start(api, firstLocal, firstSync, document.getElementById('app')!));
