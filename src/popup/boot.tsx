/** The popup's UI half, loaded while the entry is already reading storage (see main.tsx). */
import { render } from 'preact';
import { PopupApp, afterPaint, type PopupDeps } from './App';
import type { PopupSnapshot } from './data';

export function mount(deps: PopupDeps, initial: PopupSnapshot, el: HTMLElement): void {
  render(
    <PopupApp
      deps={deps}
      initial={initial}
      onPainted={() =>
        afterPaint(() => {
          performance.mark('rapport:painted');
          document.documentElement.dataset.rapportFirstFigures = performance.now().toFixed(1);
        })
      }
    />,
    el,
  );
}
