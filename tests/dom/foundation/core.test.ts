/** The content script's core over happy-dom: deep queries, the one batched observer, navigation, hosts, takeover. */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { queryDeep, queryAllDeep, closestDeep, eventTarget, interopRoot, textOf } from '../../../src/content/linkedin/roots';
import { createDomWatch } from '../../../src/content/linkedin/observe';
import { watchNavigation } from '../../../src/content/linkedin/navigation';
import { mountHost, HOST_ATTR, themeAt } from '../../../src/content/ui/host';

function makeInterop(): ShadowRoot {
  const host = document.createElement('div');
  host.id = 'interop-outlet';
  host.setAttribute('data-testid', 'interop-shadowdom');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  document.body.replaceChildren();
  document.documentElement.className = '';
});

describe('roots', () => {
  it('finds elements in the interop shadow root first, then the light DOM', () => {
    document.body.insertAdjacentElement('beforeend', Object.assign(document.createElement('div'), { role: 'dialog' }));
    document.body.lastElementChild!.setAttribute('role', 'dialog');
    document.body.lastElementChild!.id = 'light';
    const sr = makeInterop();
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.id = 'shadow';
    sr.append(d);
    expect(interopRoot()).toBe(sr);
    expect(queryDeep(['[role=dialog]'])!.id).toBe('shadow');
    expect(queryAllDeep(['[role=dialog]']).map((e) => e.id)).toEqual(['shadow', 'light']);
  });
  it('skips selectors the engine cannot parse instead of throwing', () => {
    document.body.append(Object.assign(document.createElement('p'), { id: 'x' }));
    expect(queryDeep(['p:::bad', '#x'])!.id).toBe('x');
    expect(queryAllDeep(['p:::bad'])).toEqual([]);
  });
  it('climbs out of shadow roots with closestDeep and reads the real event target', () => {
    const sr = makeInterop();
    const dialog = document.createElement('section');
    dialog.className = 'send-invite';
    const btn = document.createElement('button');
    dialog.append(btn);
    sr.append(dialog);
    expect(closestDeep(btn, '#interop-outlet')!.id).toBe('interop-outlet');
    let seen: Element | null = null;
    document.addEventListener('click', (e) => (seen = eventTarget(e)), { once: true });
    btn.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toBe(btn);
  });
  it('reads text as text, never as markup', () => {
    const p = document.createElement('p');
    p.textContent = '  <img src=x onerror=alert(1)>\n Anna ';
    expect(textOf(p)).toBe('<img src=x onerror=alert(1)> Anna');
  });
});

describe('one batched observer', () => {
  it('coalesces many mutations into one subscriber call', async () => {
    const watch = createDomWatch(document, 20);
    const fn = vi.fn();
    watch.subscribe(fn);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('div'));
    await tick(5);
    for (let i = 0; i < 200; i++) document.body.append(document.createElement('div'));
    await tick(60);
    expect(fn).toHaveBeenCalledTimes(1);
    watch.disconnect();
  });
  it('ignores churn deep in the page (a busy feed) but sees modal outlets', async () => {
    const feed = document.createElement('main');
    document.body.append(feed);
    const outlet = document.createElement('div');
    outlet.id = 'artdeco-modal-outlet';
    document.body.append(outlet);
    const watch = createDomWatch(document, 10, 60_000);
    const fn = vi.fn();
    watch.subscribe(fn);
    await tick(30);
    fn.mockClear();
    for (let i = 0; i < 50; i++) feed.append(document.createElement('article'));
    await tick(30);
    expect(fn).not.toHaveBeenCalled();
    const wrap = document.createElement('div');
    outlet.append(wrap);
    wrap.append(document.createElement('section'));
    await tick(30);
    expect(fn).toHaveBeenCalledTimes(1);
    watch.disconnect();
  });
  it('looks at text-only changes (a character counter) later than at elements coming and going', async () => {
    const outlet = document.createElement('div');
    outlet.id = 'artdeco-modal-outlet';
    const counter = document.createElement('span');
    counter.textContent = '0/200';
    outlet.append(counter);
    document.body.append(outlet);
    const watch = createDomWatch(document, 10, 60_000, 400);
    const fn = vi.fn();
    watch.subscribe(fn);
    await tick(30);
    fn.mockClear();
    for (let i = 1; i <= 5; i++) {
      counter.textContent = `${i}/200`; // a keystroke each
      await tick(15);
    }
    expect(fn).not.toHaveBeenCalled();
    await tick(400);
    expect(fn).toHaveBeenCalledTimes(1);
    fn.mockClear();
    counter.textContent = '6/200';
    outlet.append(document.createElement('section')); // an element: sooner
    await tick(30);
    expect(fn).toHaveBeenCalledTimes(1);
    watch.disconnect();
  });
  it('takes a counter that changes in the dialog being typed in as the echo of typing (no scan), but not text elsewhere', async () => {
    const sr = makeInterop();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const field = document.createElement('textarea');
    const counter = document.createElement('span');
    counter.textContent = '0/300';
    dialog.append(field, counter);
    const other = document.createElement('span');
    other.textContent = 'elsewhere';
    sr.append(dialog, other);
    const watch = createDomWatch(document, 10, 60_000, 40);
    const fn = vi.fn();
    watch.subscribe(fn);
    field.focus();
    await tick(30);
    fn.mockClear();
    for (let i = 1; i <= 4; i++) {
      counter.textContent = `${i}/300`;
      await tick(20);
    }
    await tick(80);
    expect(fn).not.toHaveBeenCalled();
    other.textContent = 'changed';
    await tick(80);
    expect(fn).toHaveBeenCalledTimes(1);
    fn.mockClear();
    field.blur();
    await tick(30);
    fn.mockClear();
    counter.textContent = '9/300'; // nobody types: LinkedIn changed the text, look at it
    await tick(80);
    expect(fn).toHaveBeenCalledTimes(1);
    watch.disconnect();
  });
  it('rests while held (no records, no safety tick), and looks once when the last hold is released', async () => {
    const sr = makeInterop();
    const watch = createDomWatch(document, 10, 50);
    const fn = vi.fn();
    watch.subscribe(fn);
    await tick(20);
    expect(watch.observerCount).toBeGreaterThan(0);
    const a = watch.hold();
    const b = watch.hold();
    expect(watch.observerCount).toBe(0);
    fn.mockClear();
    sr.append(document.createElement('section')); // an element: would be a scan when watched
    await tick(160); // three safety ticks' time
    expect(fn).not.toHaveBeenCalled();
    a();
    a(); // a release counts once
    await tick(120);
    expect(fn).not.toHaveBeenCalled(); // still held by b
    b();
    await tick(30);
    expect(fn).toHaveBeenCalled(); // the look at what changed meanwhile
    expect(watch.observerCount).toBeGreaterThan(0);
    fn.mockClear();
    sr.append(document.createElement('section'));
    await tick(25);
    expect(fn).toHaveBeenCalled(); // watched again
    watch.disconnect();
  });
  it('runs subscribers when something gets focus and on a slow safety tick', async () => {
    const watch = createDomWatch(document, 5, 40);
    const fn = vi.fn();
    watch.subscribe(fn);
    const input = document.createElement('textarea');
    document.body.append(input);
    await tick(20);
    fn.mockClear();
    input.focus();
    await tick(20);
    expect(fn).toHaveBeenCalledWith('focus');
    fn.mockClear();
    await tick(80);
    expect(fn).toHaveBeenCalledWith('poll');
    watch.disconnect();
  });
  it('watches the interop shadow root when LinkedIn creates it late, and again when it is recreated', async () => {
    const watch = createDomWatch(document, 10);
    const fn = vi.fn();
    watch.subscribe(fn);
    expect(watch.observerCount).toBe(1);
    let sr = makeInterop();
    await tick(30);
    expect(watch.observerCount).toBe(2);
    fn.mockClear();
    sr.append(document.createElement('div'));
    await tick(30);
    expect(fn).toHaveBeenCalledTimes(1);
    // recreate the host: the new shadow root is observed instead of the old one
    document.getElementById('interop-outlet')!.remove();
    sr = makeInterop();
    await tick(30);
    fn.mockClear();
    sr.append(document.createElement('div'));
    await tick(30);
    expect(fn).toHaveBeenCalledTimes(1);
    watch.disconnect();
    expect(watch.observerCount).toBe(0);
  });
  it('isolates a throwing subscriber from the others', async () => {
    const watch = createDomWatch(document, 5);
    const ok = vi.fn();
    watch.subscribe(() => {
      throw new Error('broken feature');
    });
    watch.subscribe(ok);
    watch.request('start');
    await tick(20);
    expect(ok).toHaveBeenCalledWith('start');
    watch.disconnect();
  });
  it('stops calling after disconnect', async () => {
    const watch = createDomWatch(document, 5);
    const fn = vi.fn();
    watch.subscribe(fn);
    watch.disconnect();
    document.body.append(document.createElement('div'));
    watch.request('navigation');
    await tick(20);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('navigation', () => {
  let nav: ReturnType<typeof watchNavigation> | undefined;
  afterEach(() => nav?.stop());
  it('notices History API navigation', async () => {
    const seen: string[] = [];
    nav = watchNavigation((u) => seen.push(u), window, 20);
    history.pushState({}, '', '/in/anna-mueller/');
    await tick(60);
    history.pushState({}, '', '/search/results/people/?keywords=x');
    nav.check();
    expect(seen).toEqual(['https://www.linkedin.com/in/anna-mueller/', 'https://www.linkedin.com/search/results/people/?keywords=x']);
  });
});

describe('shadow hosts', () => {
  it('mounts one open-shadow-root host per field, idempotently', () => {
    const dialog = document.createElement('div');
    document.body.append(dialog);
    const place = (h: HTMLElement) => dialog.append(h);
    const a = mountHost('invite', dialog, place, '.x{}');
    const b = mountHost('invite', dialog, place, '.x{}');
    expect(a.host).toBe(b.host);
    expect(dialog.querySelectorAll(`[${HOST_ATTR}="invite"]`)).toHaveLength(1);
    expect(a.host.shadowRoot).toBe(a.root);
    expect(a.root.querySelector('style')!.textContent).toContain('.x{}');
    a.destroy();
    expect(dialog.children).toHaveLength(0);
  });
  it("follows LinkedIn's theme", () => {
    const wrap = document.createElement('div');
    wrap.className = 'theme--dark';
    const inner = document.createElement('span');
    wrap.append(inner);
    document.body.append(wrap);
    expect(themeAt(inner)).toBe('dark');
    document.documentElement.className = 'theme--light';
    expect(themeAt(document.body)).toBe('light');
  });
});
