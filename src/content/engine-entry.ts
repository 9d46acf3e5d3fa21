/**
 * The text engine as a separate content script file (src/content/engine.js in the build). The
 * background injects it into a frame, in the same isolated world as the content script, only when
 * that frame shows something to coach (src/content/engine.ts), so pages and frames where nobody
 * writes never load the lexicons.
 */
import { analyze, fingerprint } from '../engine';
import { ENGINE_GLOBAL, type EngineApi } from './engine-api';

const api: EngineApi = { analyze, fingerprint };
(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = api;

// The first call compiles word lists and regular expressions: do it now, while the person is
// still reading the dialog, not in the pause after their first words.
const warm = () => {
  try {
    analyze({ text: 'Thanks for sharing this. What did you learn?', surface: 'post' });
    analyze({ text: 'Hi Anna, great to meet you at the meetup.', surface: 'invite', recipient: { name: 'Anna Muster' } });
  } catch {
    /* the real call reports problems */
  }
};
if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 500 });
else setTimeout(warm, 0);
