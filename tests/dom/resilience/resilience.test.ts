/**
 * Resilience of the whole content script (src/content/main.ts with every feature) against markup
 * LinkedIn might ship tomorrow: broken and alien variants, nested shadow roots, dialogs that flash,
 * 50 dialogs opened and closed, hostile names. No thrown errors, no duplicate panels, and every
 * observer, listener and timer released when an instance stops (counted, not assumed).
 */
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resetFakeBrowser } from '../../support/fake-browser';
import { FOLLOW_IDLE_MS } from '../../../src/content/coach/lifecycle';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FIX = resolve(import.meta.dirname, '../../fixtures/linkedin');

// ---- instrumentation: live MutationObservers, listeners and intervals created by our code
const live = { observers: new Set<MutationObserver>(), listeners: new Map<EventTarget, Set<unknown>>(), intervals: new Set<unknown>() };
const errors: unknown[] = [];
const RealMO = globalThis.MutationObserver;
class CountingMO extends RealMO {
  override observe(t: Node, o?: MutationObserverInit) {
    live.observers.add(this);
    super.observe(t, o);
  }
  override disconnect() {
    live.observers.delete(this);
    super.disconnect();
  }
}
const realAdd = EventTarget.prototype.addEventListener;
const realRemove = EventTarget.prototype.removeEventListener;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
let instrumenting = false;
let serial = 0;

function listenerCount(): number {
  let n = 0;
  for (const s of live.listeners.values()) n += s.size;
  return n;
}

beforeAll(() => {
  globalThis.MutationObserver = CountingMO as typeof MutationObserver;
  EventTarget.prototype.addEventListener = function (type: string, fn: any, opts?: any) {
    // only document/window-level listeners: those are the ones that could leak across dialogs
    if (instrumenting && fn && (this === document || this === window)) {
      const key = `${type}:${typeof opts === 'boolean' ? opts : !!opts?.capture}`;
      if (!live.listeners.has(this)) live.listeners.set(this, new Set());
      const signal: AbortSignal | undefined = typeof opts === 'object' ? opts?.signal : undefined;
      const set = live.listeners.get(this)!;
      const entry = `${key}#${++serial}`;
      (fn as any).__rapportKeys ??= new Map();
      (fn as any).__rapportKeys.set(key + String(this === document), entry);
      set.add(entry);
      signal?.addEventListener('abort', () => set.delete(entry));
      if (typeof opts === 'object' && opts?.once) realAdd.call(this, type, () => set.delete(entry), { once: true });
    }
    return realAdd.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type: string, fn: any, opts?: any) {
    if (fn && (this === document || this === window)) {
      const key = `${type}:${typeof opts === 'boolean' ? opts : !!opts?.capture}`;
      const entry = fn.__rapportKeys?.get(key + String(this === document));
      if (entry) live.listeners.get(this)?.delete(entry);
    }
    return realRemove.call(this, type, fn, opts);
  };
  globalThis.setInterval = ((fn: any, ms?: number, ...a: any[]) => {
    const id = realSetInterval(fn, ms, ...a);
    if (instrumenting) live.intervals.add(id);
    return id;
  }) as typeof setInterval;
  globalThis.clearInterval = ((id: any) => {
    live.intervals.delete(id);
    realClearInterval(id);
  }) as typeof clearInterval;
  window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
  vi.spyOn(console, 'error').mockImplementation((...a) => void errors.push(a));
});
afterAll(() => {
  globalThis.MutationObserver = RealMO;
  EventTarget.prototype.addEventListener = realAdd;
  EventTarget.prototype.removeEventListener = realRemove;
  globalThis.setInterval = realSetInterval;
  globalThis.clearInterval = realClearInterval;
  vi.restoreAllMocks();
});

async function startInstance(): Promise<void> {
  instrumenting = true;
  vi.resetModules();
  await import('../../../src/content/main');
  instrumenting = false;
  await sleep(150);
}

function frag(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html; // our own test markup
  return t.content;
}

const hosts = () => {
  const all = [...document.querySelectorAll('[data-rapport-surface]')];
  const sr = document.getElementById('interop-outlet')?.shadowRoot;
  if (sr) all.push(...sr.querySelectorAll('[data-rapport-surface]'));
  return all;
};

/** The first invitation step as LinkedIn renders it (artdeco classes, ids), optionally stripped. */
function inviteDialog(name: string, opts: { strip?: boolean; lang?: 'en' | 'de' } = {}): string {
  const de = opts.lang === 'de';
  if (opts.strip) {
    // alien: no ids, no data-test attributes, renamed classes, no aria labels
    return `<div class="_x1"><div role="dialog" class="_x2"><h2 class="_x3">${de ? 'Eine Nachricht zu Ihrer Einladung hinzufügen?' : 'Add a note to your invitation?'}</h2>
      <div class="_x4"><p><span>${de ? 'Fügen Sie eine Nachricht zu Ihrer Einladung an' : 'Personalize your invitation to'} <strong>${name}</strong></span></p></div>
      <div class="_x5"><button class="_x6">${de ? 'Nachricht hinzufügen' : 'Add a note'}</button><button class="_x7">${de ? 'Ohne Notiz senden' : 'Send without a note'}</button></div></div></div>`;
  }
  return `<div data-test-modal-container data-test-modal-id="send-invite-modal" class="artdeco-modal-overlay">
    <div data-test-modal role="dialog" aria-labelledby="send-invite-modal" class="artdeco-modal send-invite">
      <button data-test-modal-close-btn aria-label="Dismiss" class="artdeco-modal__dismiss">×</button>
      <div class="artdeco-modal__header"><h2 id="send-invite-modal">Add a note to your invitation?</h2></div>
      <div class="artdeco-modal__content"><p><span>Personalize your invitation to <strong>${name}</strong> by adding a note.</span></p></div>
      <div class="artdeco-modal__actionbar"><button aria-label="Add a note" class="artdeco-button--secondary">Add a note</button>
      <button aria-label="Send without a note" class="artdeco-button--primary">Send without a note</button></div></div></div>`;
}

function interop(): ShadowRoot {
  let host = document.getElementById('interop-outlet');
  if (!host) {
    host = document.createElement('div');
    host.id = 'interop-outlet';
    document.body.append(host);
  }
  if (!host.shadowRoot) {
    host.replaceChildren();
    host.attachShadow({ mode: 'open' });
  }
  return host.shadowRoot!;
}

describe('the content script on markup it has never seen', () => {
  beforeAll(async () => {
    resetFakeBrowser();
    history.replaceState({}, '', '/in/anna-mueller/');
    document.body.replaceChildren(frag(readFileSync(resolve(FIX, 'invite-profile-sdui-en.html'), 'utf8')));
    document.body.append(Object.assign(document.createElement('div'), { id: 'artdeco-modal-outlet' }));
    errors.length = 0;
    await startInstance();
  });

  it('survives broken and alien variants without a thrown error', async () => {
    const outlet = document.getElementById('artdeco-modal-outlet')!;
    const variants = [
      inviteDialog('Anna Müller', { strip: true }),
      inviteDialog('Anna Müller', { strip: true, lang: 'de' }),
      '<div role="dialog"></div>',
      '<div role="dialog"><textarea></textarea></div>',
      '<div role="alertdialog" aria-modal="true"><textarea id="custom-message"></textarea><span>12/</span></div>',
      '<dialog open><textarea name="message"></textarea><button>Send</button></dialog>',
      '<div class="send-invite"><strong></strong><button></button></div>',
      '<div role="dialog"><div class="ql-editor" contenteditable="true"><p><br></p></div></div>',
      '<div role="dialog" data-test-modal-id="sharebox"><div contenteditable="true" role="textbox"></div></div>',
    ];
    for (const v of variants) {
      outlet.replaceChildren(frag(v));
      await sleep(130);
      const ta = outlet.querySelector('textarea, [contenteditable]') as HTMLElement | null;
      if (ta) {
        ta.focus();
        if (ta instanceof HTMLTextAreaElement) ta.value = 'Hi {first_name}, buy now!';
        else ta.textContent = 'Like if you agree!';
        ta.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await sleep(250);
      }
      outlet.replaceChildren();
      await sleep(130);
    }
    expect(errors).toEqual([]);
    expect(hosts()).toHaveLength(0);
  });

  it('copes with nested shadow roots inside the interop outlet', async () => {
    const sr = interop();
    const inner = document.createElement('div');
    sr.append(inner);
    const nested = inner.attachShadow({ mode: 'open' });
    nested.append(frag(inviteDialog('Anna Müller')));
    await sleep(200);
    sr.append(frag(inviteDialog('Anna Müller')));
    await sleep(200);
    expect(errors).toEqual([]);
    expect(hosts().length).toBeLessThanOrEqual(1);
    sr.replaceChildren();
    await sleep(200);
    expect(hosts()).toHaveLength(0);
  });

  it('ignores dialogs that appear and disappear within a frame', async () => {
    const sr = interop();
    for (let i = 0; i < 30; i++) {
      sr.append(frag(inviteDialog('Anna Müller')));
      await sleep(i % 3);
      sr.replaceChildren();
    }
    await sleep(250);
    expect(errors).toEqual([]);
    expect(hosts()).toHaveLength(0);
  });

  it('opens and closes 50 dialogs: one panel at a time, nothing left behind, no growth in observers or listeners', { timeout: 60_000 }, async () => {
    const sr = interop();
    const outlet = document.getElementById('artdeco-modal-outlet')!;
    // A box typed in by an earlier test is followed until its text stood still (the DOM watch rests meanwhile).
    await sleep(FOLLOW_IDLE_MS + 250);
    const before = { observers: live.observers.size, listeners: listenerCount(), intervals: live.intervals.size };
    for (let i = 0; i < 50; i++) {
      const where = i % 2 ? outlet : sr;
      where.append(frag(inviteDialog(i % 2 ? 'Peter Keller' : 'Anna Müller')));
      await sleep(130);
      expect(hosts().length).toBeLessThanOrEqual(1);
      where.replaceChildren();
      await sleep(120);
    }
    await sleep(200);
    expect(hosts()).toHaveLength(0);
    expect(live.observers.size).toBeLessThanOrEqual(before.observers);
    expect(listenerCount()).toBeLessThanOrEqual(before.listeners);
    expect(live.intervals.size).toBeLessThanOrEqual(before.intervals);
    expect(errors).toEqual([]);
  });

  it('never renders names or texts from the page as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    document.title = `${evil} | LinkedIn`;
    const sr = interop();
    const dialog = frag(inviteDialog('X'));
    dialog.querySelector('strong')!.textContent = evil; // LinkedIn shows the name as text
    sr.append(dialog);
    await sleep(200);
    const ourRoots = hosts().map((h) => (h as HTMLElement).shadowRoot!).filter(Boolean);
    expect(ourRoots.length).toBeGreaterThan(0);
    for (const root of ourRoots) {
      expect(root.querySelector('img, script, iframe, object')).toBeNull();
    }
    expect((window as any).__pwned).toBeUndefined();
    sr.replaceChildren();
    await sleep(150);
  });

  it('a newer instance (after an extension update) takes over: the old one releases everything', async () => {
    const sr = interop();
    sr.append(frag(inviteDialog('Anna Müller')));
    await sleep(200);
    expect(hosts()).toHaveLength(1);
    const obsBefore = live.observers.size;
    const intervalsBefore = live.intervals.size;
    await startInstance();
    await sleep(200);
    expect(hosts()).toHaveLength(1); // the new instance draws its own, the old one's is gone
    expect(live.observers.size).toBeLessThanOrEqual(obsBefore);
    expect(live.intervals.size).toBeLessThanOrEqual(intervalsBefore);
    expect([...document.documentElement.attributes].filter((a) => a.name.includes('rapport'))).toEqual([]); // no mark on LinkedIn's page
    sr.replaceChildren();
    await sleep(200);
    expect(hosts()).toHaveLength(0);
    expect(errors).toEqual([]);
  });
});
