/** Paint timing shared by the popup's first paint and the app. */

/** Runs `fn` after the next paint (rAF runs before the paint; a task queued from it runs after). */
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      fn();
    };
    ch.port2.postMessage(0);
  });
}

/** Records the time to first figures (ms since navigation start), once: <html data-rapport-first-figures>. */
export function markFirstFigures(): void {
  const d = document.documentElement.dataset;
  if (d.rapportFirstFigures) return;
  performance.mark('rapport:painted');
  d.rapportFirstFigures = performance.now().toFixed(1);
}
