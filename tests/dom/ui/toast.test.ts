/** The one-line confirmation when an act is counted (src/content/ui/toast.ts), and the invitation coach showing it. */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { counted, TOAST_MS } from '../../../src/content/ui/toast';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';
import { createHabitsService } from '../../../src/background/service';
import { createInviteCoach } from '../../../src/content/features/invite';
import { click, load, makeCtx, openModal, sleep } from '../invite/helpers';

const toastHost = () => document.querySelector<HTMLElement>('[data-rapport-toast]');
const line = () => toastHost()?.shadowRoot?.querySelector('[role="status"]') ?? null;

describe('counted: a one-line toast in our own host', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('nothing in the page before an act is counted; a duplicate or refused record says nothing', () => {
    expect(toastHost()).toBeNull();
    counted('en', { ok: true, id: 'x', duplicate: true }, 'post');
    counted('en', { ok: false, error: 'rate' }, 'post');
    counted('en', undefined, 'post');
    expect(toastHost()).toBeNull();
  });

  it('EN/DE, polite status region that exists before its words, gone (with its host) after a few seconds', () => {
    counted('en', { ok: true, id: 'a' }, 'invite_note');
    const host = toastHost()!;
    expect(host.parentElement).toBe(document.body);
    expect(host.getAttribute('data-rapport-toast')).toBe('invite');
    expect(host.hasAttribute('data-rapport-surface')).toBe(false); // never taken for a coached field's panel
    expect(line()!.getAttribute('aria-live')).toBe('polite');
    expect(line()!.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(line()!.textContent).toBe('RapportCounted: your invitation with a personal note.');
    expect(getComputedStyle(line()!).pointerEvents).toBe('none');
    vi.advanceTimersByTime(TOAST_MS);
    expect(toastHost()).toBeNull();

    counted('de', { ok: true, id: 'b' }, 'comment');
    vi.advanceTimersByTime(100);
    expect(line()!.textContent).toBe('RapportGezählt: Ihr Kommentar.');
    expect(line()!.getAttribute('lang')).toBe('de');
    // a second act replaces the line: one toast at a time
    counted('de', { ok: true, id: 'c' }, 'post');
    vi.advanceTimersByTime(100);
    expect(document.querySelectorAll('[data-rapport-toast]')).toHaveLength(1);
    expect(line()!.textContent).toBe('RapportGezählt: Ihr Beitrag.');
    vi.advanceTimersByTime(TOAST_MS);
    expect(toastHost()).toBeNull();
  });
});

describe('the invitation coach confirms a counted invitation', () => {
  let coach: ReturnType<typeof createInviteCoach> | undefined;
  let ctx: ReturnType<typeof makeCtx> | undefined;
  afterEach(() => {
    coach?.destroy();
    ctx?.abort();
  });

  it('"Ohne Notiz senden" (German): one record, one German line', async () => {
    resetFakeBrowser();
    const service = createHabitsService({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync });
    fakeBrowser.handler = (m) => service.handle(m, 'content');
    load('invite-search-ember-de.html', { url: '/search/results/people/?keywords=zurich' });
    ctx = makeCtx({ lang: 'de' });
    coach = createInviteCoach(ctx);
    ctx.watch.request('start');
    await sleep(30);
    click(document.querySelector('button[aria-label="Peter Keller als Kontakt einladen"]')!);
    const container = openModal();
    const d = container.querySelector<HTMLElement>('[role=dialog]')!;
    await sleep(40);
    expect(toastHost()).toBeNull();
    const send = d.querySelector<HTMLButtonElement>('button[aria-label="Ohne Notiz senden"]')!;
    click(send);
    container.remove(); // LinkedIn closes the dialog: the invitation went out
    for (let i = 0; i < 40 && !line()?.textContent; i++) await sleep(50);
    expect(line()!.textContent).toBe('RapportGezählt: Ihre Einladung.');
    expect(fakeBrowser.runtime.sent.filter((m) => (m as { kind: string }).kind === 'record')).toHaveLength(1);
  });
});
