/**
 * The engine as the content-script features see it: the same synchronous functions as src/engine,
 * backed by the engine file the background injects on demand (src/content/engine-entry.ts).
 * Until it has arrived (a few milliseconds after the first coached field appears), `analyze` finds
 * nothing and `fingerprint` is empty; when it arrives, `onEngineReady` listeners re-run the features.
 * The findings' sentences are UI strings (_locales `finding_*`, in the content script's catalog).
 */
import type { AnalyzeInput, AnalyzeResult, Fingerprint } from '../engine/types';
import { send } from './browser';
import { ENGINE_GLOBAL, type EngineApi } from './engine-api';
import { t } from './i18n';
import { formatFinding } from '../shared/i18n-core';

export { foldPoint } from '../engine/foldpoint';

let loading = false;
const ready = new Set<() => void>();

function loaded(): EngineApi | undefined {
  return (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as EngineApi | undefined;
}

/** Asks the background to inject the engine into this frame (once); never throws. */
export function preloadEngine(): void {
  if (loaded() || loading) return;
  loading = true;
  void send({ kind: 'load-engine' }).then(() => {
    loading = false;
    if (!loaded()) return; // refused or orphaned: the next coached field asks again
    for (const fn of [...ready]) {
      try {
        fn();
      } catch {
        /* a feature's re-run must not break the others */
      }
    }
  });
}

/** Runs `fn` whenever the engine has just arrived. Returns an unsubscribe. */
export function onEngineReady(fn: () => void): () => void {
  ready.add(fn);
  return () => ready.delete(fn);
}

export function analyze(input: AnalyzeInput): AnalyzeResult {
  const e = loaded();
  if (e) return e.analyze(input);
  preloadEngine();
  return { findings: [], lang: 'unknown' };
}

/** A finding's sentence in the UI language. */
export function formatMessage(messageId: string, params: Record<string, string | number> | undefined, lang: 'en' | 'de'): string {
  return formatFinding(t, lang, messageId, params);
}

export function fingerprint(text: string, opts?: { recipientName?: string; senderName?: string }): Fingerprint {
  const e = loaded();
  if (e) return e.fingerprint(text, opts);
  preloadEngine();
  return [];
}
