/** Reading LinkedIn's invitation dialog over the fixtures: steps, names, limits, buttons, Pending. */
import { describe, it, expect, beforeEach } from 'vitest';
import {
  actionOf,
  connectControl,
  dialogRecipient,
  findDialogs,
  flippedToPending,
  labelledIn,
  nameFromConnectLabel,
  noteField,
  noteLimit,
  notesLeft,
  personAround,
  profilePerson,
  senderName,
  stepOf,
} from '../../../src/content/features/invite/dialog';
import { load, openModal, interop } from './helpers';

const btn = (scope: ParentNode, label: string) => scope.querySelector<HTMLElement>(`button[aria-label="${label}"]`)!;

describe('invite dialog reading', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('finds the first step inside the #interop-outlet shadow root and reads the name from <strong>', () => {
    load('invite-profile-sdui-en.html', { url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    const dialogs = findDialogs(document, false);
    expect(dialogs).toHaveLength(1);
    const d = dialogs[0]!;
    expect(d.getRootNode()).toBe(interop());
    expect(stepOf(d)).toBe('gate');
    expect(dialogRecipient(d)).toBe('Anna Müller');
    expect(actionOf(d, btn(d, 'Send without a note'))).toBe('send-empty');
    expect(actionOf(d, btn(d, 'Add a note'))).toBe('add-note');
    expect(actionOf(d, btn(d, 'Dismiss'))).toBe('dismiss');
    expect(actionOf(d, d.querySelector('strong')!)).toBe('none');
  });

  it('ignores the hidden native light-DOM dialogs and finds nothing when no invitation is open', () => {
    load('invite-profile-sdui-en.html', { shadow: 'late' });
    expect(findDialogs(document, true)).toHaveLength(0);
  });

  it('reads the German Ember dialog by structure (primary button last), not by label', () => {
    load('invite-search-ember-de.html', { url: '/search/results/people/?keywords=zurich' });
    const d = openModal().querySelector('[role=dialog]')!;
    expect(findDialogs(document, false)).toEqual([d]);
    expect(stepOf(d)).toBe('gate');
    expect(dialogRecipient(d)).toBe('Peter Keller');
    expect(actionOf(d, btn(d, 'Ohne Notiz senden'))).toBe('send-empty');
    expect(actionOf(d, btn(d, 'Nachricht hinzufügen'))).toBe('add-note');
    expect(actionOf(d, btn(d, 'Verwerfen'))).toBe('dismiss');
  });

  it('reads a language it has no strings for (French) by structure', () => {
    load('invite-gate-fr.html');
    const [d] = findDialogs(document, false);
    expect(stepOf(d!)).toBe('gate');
    expect(dialogRecipient(d!)).toBe('Sophie Martin');
    expect(actionOf(d!, btn(d!, 'Envoyer sans note'))).toBe('send-empty');
  });

  it('reads the note step: field, counter limit (200 free, not the label\'s 300), notes left (German)', () => {
    load('invite-note-sdui-de.html');
    const [d] = findDialogs(document, false);
    expect(stepOf(d!)).toBe('note');
    const field = noteField(d!)!;
    expect(field.id).toBe('custom-message');
    expect(noteLimit(d!, field)).toBe(200);
    expect(notesLeft(d!)).toBe(3);
    expect(dialogRecipient(d!)).toBe(''); // step 2 does not show the name
    // Send is disabled while empty: pressing it does nothing
    expect(actionOf(d!, btn(d!, 'Einladung senden'))).toBe('none');
    btn(d!, 'Einladung senden').removeAttribute('disabled');
    expect(actionOf(d!, btn(d!, 'Einladung senden'))).toBe('send');
    expect(actionOf(d!, btn(d!, 'Hinzufügen einer Nachricht abbrechen'))).toBe('cancel');
  });

  it('reads the Premium note step (0/300) in the Ember light DOM', () => {
    load('invite-note-ember-premium-en.html');
    const [d] = findDialogs(document, false);
    expect(stepOf(d!)).toBe('note');
    expect(noteLimit(d!, noteField(d!))).toBe(300);
    expect(notesLeft(d!)).toBeNull();
  });

  it('recognises the alertdialog variant without the send-invite class by its note field', () => {
    load('invite-alertdialog-en.html');
    const [d] = findDialogs(document, false);
    expect(d?.getAttribute('role')).toBe('alertdialog');
    expect(stepOf(d!)).toBe('note');
    expect(noteLimit(d!, noteField(d!))).toBe(200);
    expect(notesLeft(d!)).toBe(3);
    const send = btn(d!, 'Send invitation');
    send.removeAttribute('disabled');
    expect(actionOf(d!, send)).toBe('send');
  });

  it('detects the Premium upsell (current and legacy) instead of the note field', () => {
    load('invite-upsell-en.html');
    expect(stepOf(findDialogs(document, false)[0]!)).toBe('upsell');
    load('invite-upsell-legacy-en.html');
    expect(stepOf(findDialogs(document, false)[0]!)).toBe('upsell');
  });

  it('finds Connect controls by URL, aria-label (EN/DE) and componentkey, never inside dialogs', () => {
    load('invite-profile-sdui-en.html', { url: '/in/anna-mueller/', title: 'Anna Müller | LinkedIn' });
    const link = document.querySelector('main a[href*="custom-invite"]')!;
    expect(connectControl(link)).toBe(link);
    const menuItem = document.querySelector('[role=menuitem][href*="custom-invite"]')!;
    expect(connectControl(menuItem)).toBe(menuItem);
    expect(connectControl(document.querySelector('a[href*="messaging"]'))).toBeNull();
    expect(personAround(link, document)).toEqual({ name: 'Anna Müller', headline: 'Head of HR at Example AG · People & Culture · Zürich' });
    expect(senderName(document)).toBe('Marco Rossi');

    load('invite-search-ember-de.html', { url: '/search/results/people/?keywords=zurich' });
    const b = document.querySelector('button[aria-label="Sophie Martin als Kontakt einladen"]')!;
    expect(connectControl(b)).toBe(b);
    expect(personAround(b, document)).toEqual({ name: 'Sophie Martin', headline: 'Talent Acquisition Lead at Léman Bank · Lausanne' });

    load('invite-pymk-en.html', { url: '/mynetwork/grow/' });
    const inner = document.querySelector('[componentkey$="_connect"] button')!;
    expect(connectControl(inner)).toBe(inner.parentElement);
  });

  it('finds the sender in an SDUI header with hashed classes (the only photo in the global header)', () => {
    document.body.innerHTML = `<header class="_a1"><nav class="_b2" aria-label="Primäre Navigation"><a href="/feed/">Startseite</a></nav>
      <button class="_c3" type="button"><img class="_d4" alt="Photo of Marco Rossi" src="data:,"></button></header><main></main>`;
    expect(senderName(document)).toBe('Marco Rossi');
    document.body.innerHTML = '<main><img alt="Anna Müller"></main>';
    expect(senderName(document)).toBe(''); // a photo outside the header is someone else
  });

  it('names from Connect labels in English and German only; anything else is unknown', () => {
    expect(nameFromConnectLabel('Invite Anna Müller to connect')).toBe('Anna Müller');
    expect(nameFromConnectLabel('Jürg Bärtschi als Kontakt einladen')).toBe('Jürg Bärtschi');
    expect(nameFromConnectLabel('Inviter Anna à se connecter')).toBe('');
    expect(nameFromConnectLabel(null)).toBe('');
  });

  it('treats names as text: markup in a name stays text', () => {
    load('invite-profile-sdui-en.html', { url: '/in/x/', title: '<img src=x onerror=alert(1)> | LinkedIn' });
    document.querySelector('main h1')!.textContent = '<b>Eve</b>';
    expect(profilePerson(document).name).toBe('<b>Eve</b>');
  });

  it('sees a Connect control flip to Pending (replaced by a new labelled element, or componentkey _pending)', () => {
    load('invite-pymk-en.html', { url: '/mynetwork/grow/' });
    const b = document.querySelector('button[aria-label="Invite Claudia Steiner to connect"]')!;
    const parent = b.parentElement!;
    const before = labelledIn(parent);
    expect(flippedToPending(b, parent, 'Claudia Steiner', before)).toBe(false);
    // The card's own "Dismiss Claudia Steiner" button is old: it does not count.
    b.remove();
    expect(flippedToPending(b, parent, 'Claudia Steiner', before)).toBe(false);
    const pending = document.createElement('a');
    pending.setAttribute('aria-label', 'Pending, click to withdraw invitation sent to Claudia Steiner');
    parent.append(pending);
    expect(flippedToPending(b, parent, 'Claudia Steiner', before)).toBe(true);

    const ck = document.querySelector('[componentkey$="_connect"]')!;
    const ckBefore = labelledIn(ck.parentElement);
    expect(flippedToPending(ck, ck.parentElement, '', ckBefore)).toBe(false);
    ck.setAttribute('componentkey', 'ConnectButtonstate:invitation:urn:li:member:4711_pending');
    expect(flippedToPending(ck, ck.parentElement, '', ckBefore)).toBe(true);
  });
});
