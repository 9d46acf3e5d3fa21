/**
 * The invitation's note step: the panel must be drawn in the note field's first frame, so LinkedIn's
 * Send does not jump when Rapport's panel arrives (measured in tests/e2e/panel-layout.test.ts). The
 * one DOM observer (src/content/linkedin/observe.ts) therefore runs its subscribers in the mutation
 * callback itself, before the browser paints, when a text field appears in a watched outlet; other
 * elements coming and going are still batched.
 */
import { describe, it, expect, vi } from 'vitest';
import { createDomWatch } from '../../../src/content/linkedin/observe';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('a text field appearing in a dialog is looked at before the next paint', () => {
  it('a note field: subscribers run in the mutation callback; other elements: after the batch delay', async () => {
    document.body.replaceChildren();
    const outlet = document.createElement('div');
    outlet.id = 'artdeco-modal-outlet';
    document.body.append(outlet);
    const watch = createDomWatch(document, 50, 60_000);
    const fn = vi.fn();
    watch.subscribe(fn);
    await tick(80);
    fn.mockClear();

    // LinkedIn swaps the first step for the note step: header, then content with the textarea
    const content = document.createElement('div');
    outlet.append(content);
    await tick(80);
    expect(fn).toHaveBeenCalledTimes(1);
    fn.mockClear();
    const label = document.createElement('label');
    const area = document.createElement('textarea');
    content.append(label, area);
    await Promise.resolve(); // the mutation callback (a microtask), no timer
    await Promise.resolve();
    expect(fn).toHaveBeenCalledTimes(1);

    // elements without a field: batched as before
    fn.mockClear();
    content.append(document.createElement('span'));
    await Promise.resolve();
    await Promise.resolve();
    expect(fn).not.toHaveBeenCalled();
    await tick(80);
    expect(fn).toHaveBeenCalledTimes(1);
    watch.disconnect();
  });
});
