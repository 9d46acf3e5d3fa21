/**
 * LinkedIn navigates with the History API, which a content script (isolated world) cannot
 * patch. We notice URL changes through the Navigation API where it exists (Chromium), `popstate`,
 * and a cheap check of location.href whenever the DOM observer flushes; where the Navigation API
 * is missing (it sees pushState, popstate does not), also when a slow timer ticks.
 */
export interface NavWatch {
  /** Compare location.href with the last seen value; fire listeners when it changed. */
  check(): void;
  stop(): void;
}

export function watchNavigation(onChange: (url: string) => void, win: Window = window, pollMs = 1000): NavWatch {
  let last = win.location.href;
  const ac = new AbortController();
  const check = () => {
    const now = win.location.href;
    if (now !== last) {
      last = now;
      onChange(now);
    }
  };
  // Navigation API (Chromium 102+); the event fires before the URL commits, so check after it.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.('currententrychange', () => check(), { signal: ac.signal });
  win.addEventListener('popstate', () => setTimeout(check, 0), { signal: ac.signal });
  const timer = nav?.addEventListener ? undefined : setInterval(check, pollMs);
  return {
    check,
    stop() {
      ac.abort();
      clearInterval(timer);
    },
  };
}
