/**
 * The month's note quota outlives the page: the invitation coach tells the background what
 * LinkedIn's dialog said (src/background/service.ts 'note-quota'), and a fresh page's first step
 * gives the advice that fits ("send without a note, then write when they accept") instead of
 * asking for a note LinkedIn will refuse. Each "page" is a new coach over the same stored data.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';
import { createHabitsService, NOTE_QUOTA_KEY } from '../../../src/background/service';
import { createInviteCoach } from '../../../src/content/features/invite';
import { click, interop, load, makeCtx, notesIn, openModal, panelIn, rulesIn, sleep, type TestCtx } from './helpers';

let ctx: TestCtx | undefined;
let coach: ReturnType<typeof createInviteCoach> | undefined;
let now = new Date(2026, 11, 7, 10, 0);

/** A fresh page: a new coach (nothing in memory), the same background and storage. */
async function page(lang: 'en' | 'de' = 'en') {
  coach?.destroy();
  ctx?.abort();
  ctx = makeCtx({ lang });
  coach = createInviteCoach(ctx);
  ctx.watch.request('start');
  await sleep(30);
}

const stored = async () => (await fakeBrowser.storage.local.get(NOTE_QUOTA_KEY))[NOTE_QUOTA_KEY];

/** The first step of an invitation from the German Ember search (the "Connect" click, then the modal). */
async function firstStep(): Promise<HTMLElement> {
  load('invite-search-ember-de.html', { url: '/search/results/people/?keywords=zurich' });
  await page('de');
  click(document.querySelector('button[aria-label="Peter Keller als Kontakt einladen"]')!);
  await sleep(20);
  const d = openModal().querySelector<HTMLElement>('[role=dialog]')!;
  await sleep(60);
  return d;
}

describe('the monthly note quota across page loads', () => {
  beforeEach(() => {
    resetFakeBrowser();
    now = new Date(2026, 11, 7, 10, 0);
    const service = createHabitsService({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync, now: () => now });
    fakeBrowser.handler = (m) => service.handle(m, 'content');
  });
  afterEach(() => {
    coach?.destroy();
    ctx?.abort();
    coach = ctx = undefined;
  });

  it('used up (the upsell was shown): a fresh page advises sending without a note, not writing one', async () => {
    // before: a fresh page knows nothing and asks for a note
    let d = await firstStep();
    expect(rulesIn(d)).toEqual(['invite.empty']);

    load('invite-upsell-en.html');
    await page();
    await sleep(30);
    expect(notesIn(document.querySelector('[role=dialog]')!)).toEqual(['quota-used']);
    expect(await stored()).toEqual({ left: 0, month: '2026-12' });

    d = await firstStep();
    expect(notesIn(d)).toEqual(['quota-used']);
    expect(rulesIn(d)).toEqual([]);
    expect(panelIn(d)!.root.querySelector('[data-rapport-note="quota-used"]')!.textContent).toBe(
      'Ihre kostenlosen Notizen für diesen Monat sind aufgebraucht. Senden Sie die Einladung ohne Notiz und schreiben Sie, sobald die Person angenommen hat.',
    );
  });

  it('a new month forgets it', async () => {
    load('invite-upsell-en.html');
    await page();
    await sleep(30);
    expect(await stored()).toEqual({ left: 0, month: '2026-12' });
    now = new Date(2027, 0, 2, 9, 0);
    const d = await firstStep();
    expect(rulesIn(d)).toEqual(['invite.empty']);
    expect(notesIn(d)).toEqual([]);
  });

  it('notes left: the count LinkedIn showed in the note step is there on the next page load', async () => {
    load('invite-note-sdui-de.html');
    await page('de');
    await sleep(30);
    expect(await stored()).toEqual({ left: 3, month: '2026-12' });
    load('invite-profile-sdui-en.html', { url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    await page();
    click(document.querySelector('main a[href*="custom-invite"]')!);
    await sleep(60);
    const p = panelIn(interop().querySelector('[role=dialog]')!)!;
    expect(p.root.querySelector('[data-rapport-rule="invite.empty"]')).not.toBeNull();
    expect(p.root.querySelector('.detail')!.textContent).toBe('3 personal notes left this month: make this one count.');
  });

  it('a note field after "used up" (Premium now): the memory is dropped', async () => {
    await fakeBrowser.storage.local.set({ [NOTE_QUOTA_KEY]: { left: 0, month: '2026-12' } });
    load('invite-note-ember-premium-en.html');
    await page();
    await sleep(60);
    expect(await stored()).toBeUndefined();
  });

  it('the background keeps only a bounded count (content scripts may send nothing else)', async () => {
    for (const left of [-1, 1.5, 5000, '3' as unknown as number]) {
      expect(await fakeBrowser.handler!({ kind: 'note-quota', left })).toEqual({ left: null });
    }
    expect(await stored()).toBeUndefined();
    expect(await fakeBrowser.handler!({ kind: 'note-quota', left: 7 })).toEqual({ left: 7 });
    expect(await fakeBrowser.handler!({ kind: 'note-quota' })).toEqual({ left: 7 });
    expect(await fakeBrowser.handler!({ kind: 'note-quota', left: null })).toEqual({ left: null });
    expect(await stored()).toBeUndefined();
  });
});
