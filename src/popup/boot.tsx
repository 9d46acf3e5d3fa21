/** The popup's preact app, loaded after the plain-DOM first paint (see first-paint.ts start()). */
import { render } from 'preact';
import { PopupApp, afterPaint, type PopupDeps } from './App';
import type { PopupSnapshot } from './data';
import { markFirstFigures } from './paint';

export interface MountOptions {
  /** The time the first paint's figures were computed for (the app starts from the same). */
  now?: Date;
  /** `el` holds the first paint (same markup): replace it in the same task, so nothing flashes. */
  takeOver?: boolean;
}

export function mount(deps: PopupDeps, initial: PopupSnapshot, el: HTMLElement, opts: MountOptions = {}): void {
  if (opts.takeOver) el.replaceChildren();
  render(<PopupApp deps={deps} initial={initial} initialNow={opts.now} onPainted={() => afterPaint(markFirstFigures)} />, el);
}
