/**
 * The invitation's note step: the panel must be drawn in the note field's first frame, so LinkedIn's
 * Send does not jump when Rapport's panel arrives (measured in tests/e2e/panel-layout.test.ts). The
 * one DOM observer (src/content/linkedin/observe.ts) therefore runs its subscribers in the mutation
 * callback itself, before the browser paints, when a text field appears in a watched outlet; other
 * elements coming and going are still batched. With the invitation coach: the note step's steady
 * panel is there before any timer runs, and a text field in a dialog Rapport does not coach gets nothing.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { createDomWatch } from '../../../src/content/linkedin/observe';
import { createInviteCoach } from '../../../src/content/features/invite';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';
import { click, fixture, interop, load, makeCtx, panelIn, type TestCtx } from '../invite/helpers';

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

    // an #interop-outlet created together with a dialog that opens at its note step (its shadow root is new, not watched yet)
    fn.mockClear();
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('div'), { role: 'dialog' }), document.createElement('textarea'));
    document.body.append(host);
    await Promise.resolve();
    await Promise.resolve();
    expect(fn).toHaveBeenCalledTimes(1);
    watch.disconnect();
  });
});

describe('the invitation coach in the note field\'s first frame', () => {
  let ctx: TestCtx | undefined;
  let coach: ReturnType<typeof createInviteCoach> | undefined;
  afterEach(() => {
    coach?.destroy();
    ctx?.abort();
  });
  const microtasks = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  it('the note step gets its steady panel before any timer runs; a text field in a dialog Rapport does not coach gets nothing', async () => {
    resetFakeBrowser();
    fakeBrowser.handler = () => undefined;
    load('invite-profile-sdui-en.html', { url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    ctx = makeCtx();
    coach = createInviteCoach(ctx);
    ctx.watch.request('start');
    await tick(30);
    click(document.querySelector('main a[href*="custom-invite"]')!);
    await tick(200);
    const d = interop().querySelector<HTMLElement>('[role=dialog]')!;
    expect(panelIn(d)!.root.querySelector('.rp')!.hasAttribute('data-steady')).toBe(false); // the first step's panel fits its content

    // LinkedIn re-renders the dialog's content for the note step (markup of the note-step fixture)
    const tpl = document.createElement('template');
    tpl.innerHTML = fixture('invite-note-sdui-de.html');
    const note = tpl.content.querySelector<HTMLTemplateElement>('template[data-shadow-root]')!.content.querySelector('[role=dialog]')!;
    d.querySelector('.artdeco-modal__content')!.innerHTML = note.querySelector('.artdeco-modal__content')!.innerHTML;
    d.querySelector('.artdeco-modal__actionbar')!.innerHTML = note.querySelector('.artdeco-modal__actionbar')!.innerHTML;
    await microtasks();
    const p = panelIn(d)!;
    expect(p).not.toBeNull();
    const rp = p.root.querySelector('.rp')!;
    expect(rp.hasAttribute('data-steady')).toBe(true);
    expect(p.root.querySelector<HTMLElement>('[data-rapport-state="hint"]')!.hidden).toBe(false);

    // another dialog with a text field (a message) in the same outlet: looked at at once, nothing drawn
    const other = document.createElement('div');
    other.setAttribute('role', 'dialog');
    other.setAttribute('aria-labelledby', 'msg-title');
    const h = document.createElement('h2');
    h.id = 'msg-title';
    h.textContent = 'New message';
    other.append(h, document.createElement('textarea'));
    interop().append(other);
    await microtasks();
    await tick(100);
    expect(other.querySelector('[data-rapport-surface]')).toBeNull();
    expect(interop().querySelectorAll('[data-rapport-surface]')).toHaveLength(1);
  });
});
