/**
 * The invitation coach in happy-dom, over the LinkedIn fixtures, with the real engine and the real
 * background service behind the fake browser: panel placement (shadow root, late and re-created
 * outlet, Ember light DOM), the first step, typing, limits and quota, recording (once; nothing on
 * cancel; nothing when LinkedIn reports an error), PYMK direct sends, dismiss, rule switches.
 */
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';
import { createHabitsService } from '../../../src/background/service';
import { createInviteCoach } from '../../../src/content/features/invite';
import { TICK_MS } from '../../../src/content/coach/lifecycle';
import { fingerprint } from '../../../src/engine';
import { readFullStore } from '../../../src/habits/store';
import {
  attachShadowContent,
  click,
  fixture,
  interop,
  load,
  makeCtx,
  notesIn,
  openModal,
  panelIn,
  recreateInterop,
  rulesIn,
  sleep,
  type,
  type TestCtx,
} from './helpers';

type Msg = { kind: string; type?: string; note?: boolean; fingerprint?: number[]; recipientName?: string; key?: string };
const records = () => (fakeBrowser.runtime.sent as Msg[]).filter((m) => m.kind === 'record');
const btn = (scope: ParentNode, label: string) => scope.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
const dialogIn = (root: ParentNode) => root.querySelector<HTMLElement>('[role=dialog], [role=alertdialog]')!;

/** The second step's markup, taken from the note-step fixtures (LinkedIn re-renders the dialog's content). */
function noteStepParts(name: string) {
  const tpl = document.createElement('template');
  tpl.innerHTML = fixture(name);
  const inner = tpl.content.querySelector<HTMLTemplateElement>('template[data-shadow-root]')?.content ?? tpl.content;
  const d = inner.querySelector('[role=dialog]')!;
  return {
    header: d.querySelector('.artdeco-modal__header')!.innerHTML,
    content: d.querySelector('.artdeco-modal__content')!.innerHTML,
    bar: d.querySelector('.artdeco-modal__actionbar')!.innerHTML,
  };
}

/** The dialog markup of a fixture's shadow-root template, as a fresh fragment. */
function attachDialogFrom(name: string): DocumentFragment {
  const tpl = document.createElement('template');
  tpl.innerHTML = fixture(name);
  return tpl.content.querySelector<HTMLTemplateElement>('template[data-shadow-root]')!.content.cloneNode(true) as DocumentFragment;
}

/** LinkedIn's dialog behaviour, imitated: Add a note → note step; Send → dialog gone (+ Pending); Dismiss/Cancel/Esc → gone. */
function wireDialog(dialog: HTMLElement, opts: { noteFixture: string; onSent?: (note: string | null) => void; sendDelay?: number }) {
  const container = dialog.closest('[data-test-modal-container]') ?? dialog;
  const sent = (note: string | null) => {
    const go = () => {
      container.remove();
      opts.onSent?.(note);
    };
    if (opts.sendDelay) setTimeout(go, opts.sendDelay);
    else go();
  };
  container.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && container.remove());
  dialog.addEventListener('click', (e) => {
    const b = (e.target as Element).closest('button');
    if (!b || b.disabled) return;
    const bar = dialog.querySelector('.artdeco-modal__actionbar')!;
    if (b.matches('[data-test-modal-close-btn]')) return container.remove();
    const buttons = [...bar.querySelectorAll('button')];
    const ta = dialog.querySelector('textarea');
    if (!ta && b === buttons[1]) return sent(null);
    if (!ta && b === buttons[0]) {
      const p = noteStepParts(opts.noteFixture);
      dialog.querySelector('.artdeco-modal__header')!.innerHTML = p.header;
      dialog.querySelector('.artdeco-modal__content')!.innerHTML = p.content;
      bar.innerHTML = p.bar;
      const area = dialog.querySelector('textarea')!;
      const counter = [...dialog.querySelectorAll('span')].find((s) => /^\d+\/\d+$/.test(s.textContent!.trim()))!;
      const limit = counter.textContent!.split('/')[1];
      area.addEventListener('input', () => {
        counter.textContent = `${area.value.length}/${limit}`;
        bar.querySelectorAll('button')[1]!.disabled = area.value.length === 0;
      });
      return;
    }
    if (ta && b === buttons[0]) return container.remove();
    if (ta && b === buttons[1]) return sent(ta.value);
  });
}

function markPending(control: Element, name: string) {
  const a = document.createElement('a');
  a.setAttribute('aria-label', `Pending, click to withdraw invitation sent to ${name}`);
  a.textContent = 'Pending';
  control.replaceWith(a);
}

let ctx: TestCtx;
let coach: ReturnType<typeof createInviteCoach>;

async function start(opts: Parameters<typeof makeCtx>[0] = {}) {
  ctx = makeCtx(opts);
  coach = createInviteCoach(ctx);
  ctx.watch.request('start');
  await sleep(30);
}

async function settle(ms = 600) {
  await sleep(ms);
}

describe('invitation coach', () => {
  let service: ReturnType<typeof createHabitsService>;
  beforeEach(() => {
    resetFakeBrowser();
    service = createHabitsService({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync });
    fakeBrowser.handler = (m) => service.handle(m);
  });
  afterEach(() => {
    coach?.destroy();
    ctx?.abort();
  });

  it('SDUI profile: panel inside the dialog in the late #interop-outlet shadow root, above the buttons, with invite.empty', async () => {
    load('invite-profile-sdui-en.html', { shadow: 'late', url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    await start();
    click(document.querySelector('main a[href*="custom-invite"]')!);
    attachShadowContent(); // LinkedIn creates the shadow root late
    await sleep(200);
    const d = dialogIn(interop());
    const p = panelIn(d)!;
    expect(p).not.toBeNull();
    expect(p.host.nextElementSibling).toBe(d.querySelector('.artdeco-modal__actionbar'));
    expect(document.body.querySelector(':scope > [data-rapport-surface]')).toBeNull();
    expect(rulesIn(d)).toEqual(['invite.empty']);
    const msg = p.root.querySelector('[data-rapport-rule="invite.empty"]')!;
    expect(msg.textContent).toMatch(/note/i);
    expect(p.root.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('re-created shadow root: a new dialog in a new #interop-outlet gets its own panel', async () => {
    load('invite-profile-sdui-en.html', { url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    await start();
    await sleep(40);
    expect(rulesIn(dialogIn(interop()))).toEqual(['invite.empty']);
    const html = interop().innerHTML;
    const root = recreateInterop(html.replace(/<div[^>]*data-rapport-surface[\s\S]*?<\/div>/, ''));
    click(document.body); // any click opens the scan window, like the person pressing Connect again
    await sleep(60);
    expect(rulesIn(dialogIn(root))).toEqual(['invite.empty']);
    expect(root.querySelectorAll('[data-rapport-surface]')).toHaveLength(1);
  });

  it('German Ember search: German message in the light-DOM modal; typing updates findings within two looks at the note', async () => {
    load('invite-search-ember-de.html', { url: '/search/results/people/?keywords=zurich' });
    await start({ lang: 'de' });
    const connect = document.querySelector('button[aria-label="Peter Keller als Kontakt einladen"]')!;
    click(connect);
    const container = openModal();
    const d = container.querySelector<HTMLElement>('[role=dialog]')!;
    wireDialog(d, { noteFixture: 'invite-note-sdui-de.html', onSent: () => markPending(connect, 'Peter Keller') });
    await sleep(40);
    expect(rulesIn(d)).toEqual(['invite.empty']);
    expect(panelIn(d)!.root.querySelector('[data-rapport-rule]')!.textContent).toMatch(/vernetzen/i);

    click(btn(d, 'Nachricht hinzufügen'));
    await sleep(40);
    // "Noch 3 personalisierte Einladungen" read; an empty note shows nothing yet
    expect(rulesIn(d)).toEqual([]);
    const ta = d.querySelector('textarea')!;
    type(ta, 'Hallo John, ich möchte dich gerne zu meinem beruflichen Netzwerk hinzufügen.');
    await sleep(2 * TICK_MS);
    expect(rulesIn(d).sort()).toEqual(['invite.generic', 'invite.wrong-name']);
    const snip = panelIn(d)!.root.querySelector('q.snip');
    expect(snip?.textContent).toBeTruthy();

    ta.value = '';
    type(ta, 'Hallo Peter, dein Vortrag über Data Mesh an den Swiss Data Days in Basel hat mir viel gebracht, besonders das Beispiel mit den Domänen-Teams. Gerne bleibe ich in Kontakt.');
    await sleep(2 * TICK_MS);
    expect(rulesIn(d)).toEqual([]);
    const good = panelIn(d)!.root.querySelector('[data-rapport-state="good"]')!;
    expect(good.hasAttribute('hidden')).toBe(false);
    expect(good.textContent).toBe('Wirkt persönlich.');
  });

  it('never changes LinkedIn: the textarea, buttons and dialog keep their state', async () => {
    load('invite-note-sdui-de.html');
    await start();
    const d = dialogIn(interop());
    const ta = d.querySelector('textarea')!;
    const snapshot = () => [ta.value, ta.outerHTML, ...[...d.querySelectorAll('button')].map((b) => b.outerHTML), d.getAttribute('class')].join('|');
    type(ta, 'Hi Anna, [Name] here.');
    const before = snapshot();
    await sleep(250);
    expect(rulesIn(d)).toContain('invite.placeholder');
    expect(snapshot()).toBe(before);
  });

  it('says when the note is over LinkedIn\'s counter limit (200 free), not the label\'s 300', async () => {
    load('invite-note-sdui-de.html');
    await start({ lang: 'en' });
    const d = dialogIn(interop());
    const ta = d.querySelector('textarea')!;
    type(ta, 'Hi Anna, your talk on hybrid onboarding at HR Festival Zürich was great. '.repeat(3));
    await sleep(250);
    expect(ta.value.length).toBeGreaterThan(200);
    expect(notesIn(d)).toContain('over-limit');
    const m = panelIn(d)!.root.querySelector('[data-rapport-note="over-limit"]')!.textContent!;
    expect(m).toContain(String(ta.value.length));
    expect(m).toContain('200');
  });

  it('while the person types, only the note is read: the dialog is walked for its limit by scans, not per keystroke', async () => {
    load('invite-note-sdui-de.html');
    await start({ lang: 'en' });
    const d = dialogIn(interop());
    const ta = d.querySelector('textarea')!;
    await sleep(250);
    const walk = vi.spyOn(d.ownerDocument, 'createTreeWalker');
    try {
      for (const word of 'Hi Anna, your talk on hybrid onboarding at HR Festival was great.'.split(' ')) {
        type(ta, (ta.value ? ' ' : '') + word);
        await sleep(60);
      }
      await sleep(250);
      expect(panelIn(d)).not.toBeNull();
      expect(walk.mock.calls.filter(([root]) => root === d || d.contains(root as Node)).length).toBeLessThanOrEqual(1);
    } finally {
      walk.mockRestore();
    }
  });

  it('asks for the engine when the dialog opens and looks at the note again when it arrives after typing', async () => {
    const g = globalThis as Record<string, unknown>;
    const engine = g.__rapportEngine;
    delete g.__rapportEngine;
    let asked = 0;
    let deliver: (() => void) | undefined;
    fakeBrowser.handler = (m) => {
      if ((m as { kind?: string }).kind !== 'load-engine') return service.handle(m as never);
      asked++;
      return new Promise((resolve) => {
        deliver = () => {
          g.__rapportEngine = engine;
          resolve({ ok: true });
        };
      });
    };
    try {
      load('invite-note-sdui-de.html');
      await start({ lang: 'en' });
      expect(asked).toBe(1);
      const d = dialogIn(interop());
      const ta = d.querySelector('textarea')!;
      type(ta, 'Hi [Name], great to meet you at the meetup.');
      await sleep(300);
      expect(rulesIn(d)).not.toContain('invite.placeholder'); // no engine yet: nothing to say
      deliver!();
      await sleep(50);
      expect(rulesIn(d)).toContain('invite.placeholder');
    } finally {
      g.__rapportEngine = engine;
    }
  });

  it('Premium Ember note (0/300): 250 characters are fine', async () => {
    load('invite-note-ember-premium-en.html');
    await start();
    const d = dialogIn(document);
    const ta = d.querySelector('textarea')!;
    type(ta, ('Hi Anna, your talk on hybrid onboarding at HR Festival Zürich was great, especially the buddy idea. ').repeat(2) + 'Would love to stay in touch.');
    await sleep(250);
    expect(ta.value.length).toBeGreaterThan(200);
    expect(ta.value.length).toBeLessThanOrEqual(300);
    expect(notesIn(d)).not.toContain('over-limit');
  });

  it('records one invite with a note (fingerprint, no text) when Send closes the dialog; double click counts once', async () => {
    load('invite-profile-sdui-en.html', { shadow: 'late', url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    await start();
    const connect = document.querySelector('main a[href*="custom-invite"]')!;
    click(connect);
    attachShadowContent();
    const d = dialogIn(interop());
    wireDialog(d, { noteFixture: 'invite-note-sdui-de.html', onSent: () => markPending(connect, 'Anna Müller'), sendDelay: 30 });
    await sleep(40);
    click(btn(d, 'Add a note'));
    await sleep(30);
    const note = 'Hi Anna, your talk on hybrid onboarding at HR Festival Zürich was great. Would love to stay in touch.';
    type(d.querySelector('textarea')!, note);
    await sleep(30);
    const send = d.querySelector<HTMLButtonElement>('.artdeco-modal__actionbar .artdeco-button--primary')!;
    click(send);
    click(send);
    await settle();
    const r = records();
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ type: 'invite', note: true, recipientName: 'Anna Müller' });
    expect(r[0]!.fingerprint).toEqual(fingerprint(note, { recipientName: 'Anna Müller', senderName: 'Marco Rossi' }));
    expect(JSON.stringify(r[0])).not.toContain('hybrid');
    await service.idle();
    const local = fakeBrowser.storage.local._dump();
    const habits = (await readFullStore(fakeBrowser.storage.local)).store;
    expect(habits.events).toHaveLength(1);
    expect(habits.events[0]).toMatchObject({ type: 'invite', note: true });
    expect(JSON.stringify(local)).not.toContain('Anna');
  });

  it('the next note to someone else that copies the first one gets invite.duplicate; the same recipient again does not', async () => {
    const note = 'Hi Anna, your talk on hybrid onboarding at HR Festival Zürich was great. Would love to stay in touch.';
    await service.handle({ kind: 'record', type: 'invite', note: true, fingerprint: fingerprint(note, { recipientName: 'Peter Keller' }), recipientName: 'Peter Keller', key: 'k1' });
    for (const [name, expectDup] of [['Anna Müller', true], ['Peter Keller', false]] as const) {
      load('invite-profile-sdui-en.html', { url: '/search/results/people/' });
      await start();
      const d = dialogIn(interop());
      // the dialog for this person (LinkedIn renders a new dialog per invitation, name included)
      const strong = document.createElement('strong');
      strong.textContent = name;
      d.querySelector('strong')!.replaceWith(strong);
      wireDialog(d, { noteFixture: 'invite-note-sdui-de.html' });
      await sleep(40);
      click(btn(d, 'Add a note'));
      await sleep(40);
      type(d.querySelector('textarea')!, note.replace('Anna', name.split(' ')[0]!));
      await sleep(300);
      expect(rulesIn(d).includes('invite.duplicate')).toBe(expectDup);
      coach.destroy();
      ctx.abort();
    }
  });

  it('Send without a note records note:false once; the PYMK-style Pending flip after it adds nothing', async () => {
    load('invite-search-ember-de.html', { url: '/search/results/people/?keywords=zurich' });
    await start({ lang: 'de' });
    const connect = document.querySelector('button[aria-label="Peter Keller als Kontakt einladen"]')!;
    click(connect);
    const d = openModal().querySelector<HTMLElement>('[role=dialog]')!;
    wireDialog(d, { noteFixture: 'invite-note-sdui-de.html', onSent: () => markPending(connect, 'Peter Keller') });
    await sleep(40);
    click(btn(d, 'Ohne Notiz senden'));
    await settle();
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ type: 'invite', note: false });
    expect(records()[0]!.fingerprint).toBeUndefined();
    expect(records()[0]!.recipientName).toBeUndefined();
  });

  it('Dismiss, Cancel and Esc record nothing', async () => {
    load('invite-search-ember-de.html', { url: '/search/results/people/?keywords=zurich' });
    await start();
    for (const how of ['dismiss', 'cancel', 'esc'] as const) {
      const connect = document.querySelector('button[aria-label="Sophie Martin als Kontakt einladen"]')!;
      click(connect);
      const d = openModal().querySelector<HTMLElement>('[role=dialog]')!;
      wireDialog(d, { noteFixture: 'invite-note-sdui-de.html' });
      await sleep(30);
      if (how === 'dismiss') click(btn(d, 'Verwerfen'));
      if (how === 'cancel') {
        click(btn(d, 'Nachricht hinzufügen'));
        type(d.querySelector('textarea')!, 'Hallo Sophie');
        click(d.querySelector('.artdeco-modal__actionbar .artdeco-button--secondary')!);
      }
      if (how === 'esc') d.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await settle(300);
    }
    await settle();
    expect(records()).toHaveLength(0);
  });

  it('an error toast after Send means nothing went out: nothing is recorded', async () => {
    load('invite-search-ember-de.html');
    await start();
    click(document.querySelector('button[aria-label="Peter Keller als Kontakt einladen"]')!);
    const d = openModal().querySelector<HTMLElement>('[role=dialog]')!;
    wireDialog(d, {
      noteFixture: 'invite-note-sdui-de.html',
      onSent: () => {
        const t = document.createElement('div');
        t.setAttribute('data-test-artdeco-toast-item-type', 'error');
        t.textContent = 'Something went wrong';
        document.body.append(t);
      },
    });
    await sleep(30);
    click(btn(d, 'Ohne Notiz senden'));
    await settle();
    expect(records()).toHaveLength(0);
  });

  it('the Premium upsell replacing the dialog at Send time means nothing went out: nothing is recorded', async () => {
    load('invite-note-sdui-de.html');
    await start();
    const d = dialogIn(interop());
    type(d.querySelector('textarea')!, 'Hallo Anna, dein Vortrag in Zürich hat mir gefallen.');
    const send = btn(d, 'Einladung senden');
    send.disabled = false;
    await sleep(30);
    click(send);
    const tpl = document.createElement('template');
    tpl.innerHTML = fixture('invite-upsell-en.html');
    interop().replaceChildren(tpl.content.querySelector('[data-test-modal-container]')!);
    await settle();
    expect(records()).toHaveLength(0);
  });

  it('PYMK: a Connect that sends at once (no dialog) records one invite without a note (aria-label and componentkey variants)', async () => {
    load('invite-pymk-en.html', { url: '/mynetwork/grow/' });
    await start();
    const b = document.querySelector('button[aria-label="Invite Claudia Steiner to connect"]')!;
    b.addEventListener('click', () => markPending(b, 'Claudia Steiner'));
    click(b);
    await settle(300);
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ type: 'invite', note: false });

    const ck = document.querySelector('[componentkey$="_connect"]')!;
    ck.addEventListener('click', () => setTimeout(() => ck.setAttribute('componentkey', ck.getAttribute('componentkey')!.replace(/_connect$/, '_pending')), 50));
    click(ck.querySelector('button')!);
    await settle(400);
    expect(records()).toHaveLength(2);
    const keys = new Set(records().map((r) => r.key));
    expect(keys.size).toBe(2);
  });

  it('a Connect click that opens an interop iframe leaves the recording to the frame', async () => {
    load('invite-pymk-en.html', { url: '/mynetwork/grow/' });
    await start();
    const b = document.querySelector('button[aria-label="Invite Claudia Steiner to connect"]')!;
    b.addEventListener('click', () => {
      const f = document.createElement('iframe');
      f.setAttribute('data-testid', 'interop-iframe');
      document.body.append(f);
      setTimeout(() => markPending(b, 'Claudia Steiner'), 100);
    });
    click(b);
    await settle(400);
    expect(records()).toHaveLength(0);
  });

  it('quota used: the upsell says so; the next first step says it instead of nagging about the note', async () => {
    load('invite-upsell-en.html');
    await start();
    const d = dialogIn(document);
    await sleep(30);
    expect(notesIn(d)).toEqual(['quota-used']);
    expect(rulesIn(d)).toEqual([]);
    // next invitation, first step
    document.body.replaceChildren();
    load('invite-search-ember-de.html');
    click(document.querySelector('button[aria-label="Peter Keller als Kontakt einladen"]')!);
    const d2 = openModal().querySelector<HTMLElement>('[role=dialog]')!;
    await sleep(40);
    expect(notesIn(d2)).toEqual(['quota-used']);
    expect(rulesIn(d2)).toEqual([]);
  });

  it('notes left: after LinkedIn showed "3 … remaining", the next first step says how many are left', async () => {
    load('invite-note-sdui-de.html');
    await start();
    await sleep(30);
    load('invite-profile-sdui-en.html', { url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    click(document.body);
    await sleep(40);
    const p = panelIn(dialogIn(interop()))!;
    expect(p.root.querySelector('.detail')!.textContent).toBe('3 personal notes left this month: make this one count.');
  });

  it('"Not now" hides a finding for this invitation only; collapse hides the list', async () => {
    load('invite-search-ember-de.html');
    await start();
    click(document.querySelector('button[aria-label="Peter Keller als Kontakt einladen"]')!);
    const d = openModal().querySelector<HTMLElement>('[role=dialog]')!;
    wireDialog(d, { noteFixture: 'invite-note-sdui-de.html' });
    await sleep(40);
    const root = panelIn(d)!.root;
    const collapse = root.querySelector<HTMLButtonElement>('button.collapse')!;
    click(collapse);
    expect(collapse.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.list')!.hasAttribute('hidden')).toBe(true);
    click(collapse);
    expect(root.querySelector('.list')!.hasAttribute('hidden')).toBe(false);
    click(root.querySelector('li button.more')!);
    click(root.querySelector('[data-rapport-action="not-now"]')!);
    expect(rulesIn(d)).toEqual([]);
    await sleep(250);
    expect(rulesIn(d)).toEqual([]); // still muted in this dialog
    click(btn(d, 'Nachricht hinzufügen'));
    type(d.querySelector('textarea')!, 'Hi [Name]');
    await sleep(250);
    expect(rulesIn(d)).toContain('invite.placeholder'); // other rules still speak
    click(btn(d, 'Verwerfen'));
    await sleep(30);
    click(document.querySelector('button[aria-label="Sophie Martin als Kontakt einladen"]')!);
    const d2 = openModal().querySelector<HTMLElement>('[role=dialog]')!;
    d2.querySelector('strong')!.textContent = 'Sophie Martin';
    await sleep(40);
    expect(rulesIn(d2)).toEqual(['invite.empty']); // a new dialog shows it again
  });

  it('rules switched off in the options are not shown (and a live settings change applies)', async () => {
    load('invite-profile-sdui-en.html', { url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    await start({ disabled: ['invite.empty'] });
    await sleep(30);
    const d = dialogIn(interop());
    expect(rulesIn(d)).toEqual([]);
    ctx.setSettings({ disabledRules: [] });
    expect(rulesIn(d)).toEqual(['invite.empty']);
  });

  it('remembers the recipient from step 1 when LinkedIn renders step 2 as a new dialog (no name shown there)', async () => {
    load('invite-profile-sdui-en.html', { url: '/search/results/people/?keywords=x', title: 'Search | LinkedIn' });
    await start();
    await sleep(40);
    const d1 = dialogIn(interop());
    expect(rulesIn(d1)).toEqual(['invite.empty']);
    click(btn(d1, 'Add a note'));
    // LinkedIn replaces the whole modal with the note step (a new dialog element, new shadow root content)
    const tpl = document.createElement('template');
    tpl.innerHTML = fixture('invite-note-sdui-de.html');
    const note = tpl.content.querySelector<HTMLTemplateElement>('template[data-shadow-root]')!.content.cloneNode(true);
    interop().replaceChildren(note);
    await sleep(60);
    const d2 = dialogIn(interop());
    type(d2.querySelector('textarea')!, 'Hi John, great to see your work on hybrid onboarding at Example AG.');
    await sleep(250);
    expect(rulesIn(d2)).toContain('invite.wrong-name'); // only possible when "Anna Müller" was remembered
    expect(panelIn(d2)!.root.querySelector('[data-rapport-rule="invite.wrong-name"]')!.textContent).toContain('Anna');
  });

  it('a UI language without our strings (French): coached by structure, messages in our UI language', async () => {
    load('invite-gate-fr.html');
    await start({ lang: 'en' });
    await sleep(40);
    const d = dialogIn(interop());
    expect(rulesIn(d)).toEqual(['invite.empty']);
    click(btn(d, 'Envoyer sans note'));
    d.closest('[data-test-modal-container]')!.remove();
    await settle();
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ note: false });
  });

  it('a weekly-limit alert (by text, EN/DE) after Send: nothing is recorded', async () => {
    for (const text of ["You've reached the weekly invitation limit", 'Sie haben das Limit für Kontaktanfragen erreicht. Bitte versuchen Sie es nächste Woche erneut.']) {
      load('invite-profile-sdui-en.html');
      await start();
      await sleep(30);
      const d = dialogIn(interop());
      click(btn(d, 'Send without a note'));
      d.closest('[data-test-modal-container]')!.remove();
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.textContent = text;
      document.body.append(alert);
      await settle();
      coach.destroy();
      ctx.abort();
    }
    expect(records()).toHaveLength(0);
  });

  it('idle on a busy page: an unprompted mutation costs no scan; navigation (History API) and focus re-scan', async () => {
    for (const wake of ['navigation', 'focus'] as const) {
      load('invite-profile-sdui-en.html', { shadow: 'late', url: '/feed/' });
      ctx = makeCtx();
      coach = createInviteCoach(ctx, { scanWindowMs: 50 });
      ctx.watch.request('start');
      await sleep(120); // the start window has passed
      const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
      root.append(document.createElement('div')); // unrelated churn
      await sleep(40);
      root.replaceChildren(attachDialogFrom('invite-profile-sdui-en.html'));
      await sleep(60);
      expect(panelIn(dialogIn(root))).toBeNull(); // not looked for: nobody did anything
      if (wake === 'navigation') {
        history.pushState({}, '', '/in/anna-mueller/');
        ctx.watch.request('navigation'); // what main.ts does when the URL changes
      } else {
        // LinkedIn moves focus into the dialog it opened
        dialogIn(root).querySelector('button')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      }
      await sleep(60);
      expect(rulesIn(dialogIn(root))).toEqual(['invite.empty']);
      coach.destroy();
      ctx.abort();
    }
  });

  it('SDUI people search: search-custom-invite link, dialog in the shadow root, sent without a note, Pending via componentkey: one event', async () => {
    load('invite-search-sdui-en.html', { shadow: 'late', url: '/search/results/people/?keywords=bern' });
    await start();
    const link = document.querySelector('a[href*="/preload/search-custom-invite/"]')!;
    const state = link.parentElement!;
    click(link);
    attachShadowContent();
    await sleep(150);
    const d = dialogIn(interop());
    expect(rulesIn(d)).toEqual(['invite.empty']);
    click(btn(d, 'Send without a note'));
    d.closest('[data-test-modal-container]')!.remove();
    state.setAttribute('componentkey', 'ConnectButtonstate:invitation:urn:li:member:90210_pending');
    await settle();
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ type: 'invite', note: false });
  });

  it('an unrecognised page or broken markup: nothing drawn, nothing thrown', async () => {
    document.body.innerHTML = '<main><div role="dialog"><p>Cookie settings</p><button>OK</button></div><dialog open><form><textarea></textarea></form></dialog></main>';
    await start();
    click(document.querySelector('button')!);
    await sleep(40);
    expect(document.querySelectorAll('[data-rapport-surface]')).toHaveLength(0);
  });
});
