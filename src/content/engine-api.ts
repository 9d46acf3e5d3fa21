/** What the on-demand engine file hands to the content script (see engine-entry.ts, engine.ts). */
import type { analyze, fingerprint } from '../engine';

export const ENGINE_GLOBAL = '__rapportEngine';
/** The built file the background injects (emitted by vite.config.ts). */
export const ENGINE_FILE = 'src/content/engine.js';

export interface EngineApi {
  analyze: typeof analyze;
  fingerprint: typeof fingerprint;
}
