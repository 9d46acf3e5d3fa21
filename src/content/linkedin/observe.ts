/**
 * The content script's one batched DOM observer (uBlock/Dark Reader style): the mutation
 * callback only sets a flag; subscribers run later, at most once per `delay` ms, off the
 * mutation path. It watches `childList` only (never attributes) on <body> and on the
 * `#interop-outlet` shadow root, which LinkedIn may create late and recreate.
 * Subscribers also run on in-page navigation (see navigation.ts).
 */
import { interopRoot } from './roots';

export type ScanReason = 'mutation' | 'navigation' | 'start';
export type Subscriber = (reason: ScanReason) => void;

export interface DomWatch {
  subscribe(fn: Subscriber): () => void;
  /** Runs subscribers soon (coalesced with pending mutations). */
  request(reason: ScanReason): void;
  /** Runs subscribers now. */
  flush(): void;
  disconnect(): void;
  /** For tests and the resilience budget: how many DOM observers are live. */
  readonly observerCount: number;
}

export function createDomWatch(doc: Document = document, delay = 100): DomWatch {
  const subs = new Set<Subscriber>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reason: ScanReason = 'mutation';
  let observedShadow: ShadowRoot | null = null;
  let alive = true;

  const onMutations = () => request('mutation');
  const bodyObserver = new MutationObserver(onMutations);
  const shadowObserver = new MutationObserver(onMutations);

  function attachShadow() {
    const sr = interopRoot(doc);
    if (sr === observedShadow) return;
    shadowObserver.disconnect();
    observedShadow = sr;
    if (sr) shadowObserver.observe(sr, { childList: true, subtree: true });
  }

  function flush() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!alive) return;
    const r = reason;
    reason = 'mutation';
    attachShadow();
    for (const fn of [...subs]) {
      try {
        fn(r);
      } catch (err) {
        // A broken feature must never break LinkedIn or the other features.
        if (import.meta.env?.DEV) console.warn('[rapport]', err);
      }
    }
  }

  function request(r: ScanReason) {
    if (!alive) return;
    if (r !== 'mutation') reason = r;
    if (timer === undefined) timer = setTimeout(flush, delay);
  }

  const target = doc.body ?? doc.documentElement;
  bodyObserver.observe(target, { childList: true, subtree: true });
  attachShadow();

  return {
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
    request,
    flush,
    disconnect() {
      alive = false;
      if (timer !== undefined) clearTimeout(timer);
      bodyObserver.disconnect();
      shadowObserver.disconnect();
      observedShadow = null;
      subs.clear();
    },
    get observerCount() {
      return alive ? 1 + (observedShadow ? 1 : 0) : 0;
    },
  };
}
