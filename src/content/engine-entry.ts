/**
 * The text engine as a separate content script file (src/content/engine.js in the build). The
 * background injects it into a frame, in the same isolated world as the content script, only when
 * that frame shows something to coach (src/content/engine.ts), so pages and frames where nobody
 * writes never load the lexicons.
 */
import { analyze, fingerprint, warmSteps } from '../engine';
import { ENGINE_GLOBAL, type EngineApi } from './engine-api';

const api: EngineApi = { analyze, fingerprint };
(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = api;

/**
 * The first use of a phrase list compiles it (tens of milliseconds for all of them together): do
 * it now, while the person is still reading the dialog, in idle slices of a few lists each, so
 * neither the first keystrokes nor any single task pays for it. Then one analysis per surface
 * warms what the lists do not cover.
 */
const steps: (() => void)[] = [
  ...warmSteps(),
  () => analyze({ text: 'Thanks for sharing this. What did you learn?', surface: 'post' }),
  () => analyze({ text: 'Danke fürs Teilen! Was haben Sie daraus gelernt?', surface: 'comment' }),
  () => analyze({ text: 'Hi Anna, great to meet you at the meetup.', surface: 'invite', recipient: { name: 'Anna Muster' } }),
  () => analyze({ text: 'Hallo Anna, schön, Sie am Anlass kennengelernt zu haben.', surface: 'invite', recipient: { name: 'Anna Muster' } }),
];
/** Stop a slice with this much of the idle period left (a step takes a few milliseconds at most). */
const SLICE_RESERVE_MS = 6;

function warm(deadline?: IdleDeadline): void {
  do {
    const step = steps.shift();
    if (!step) return;
    try {
      step();
    } catch {
      /* the real call reports problems */
    }
  } while (deadline && !deadline.didTimeout && deadline.timeRemaining() > SLICE_RESERVE_MS);
  next();
}

function next(): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
  else setTimeout(warm, 0);
}

next();
