/**
 * LinkedIn as served in late 2026, every variant end to end, in headless Chromium and Firefox (one
 * browser per browser name, several variants per page load). Each page is a fixture from
 * tests/fixtures/linkedin/ (source and date in its header), served at a linkedin.com URL with
 * tests/fixtures/linkedin/live.js imitating LinkedIn's own behaviour. For each variant: Rapport
 * coaches (our host and the engine's findings), LinkedIn's own buttons still work with the text
 * unchanged (LinkedIn's log), and the act is recorded once (Chromium: read from the background's
 * store; Firefox refuses extension pages over WebDriver BiDi, so there it is coaching and
 * LinkedIn's behaviour only). Acts made by a page script (a scripted click(), a form's
 * requestSubmit()) record nothing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launch, BROWSERS, ORIGIN, ROOT, FIXTURE_ROUTES, sleep, type Session } from './harness';
import { analyze } from '../../src/engine';
import type { AnalyzeInput } from '../../src/engine/types';
import { t } from '../../src/shared/i18n';
import { formatFinding } from '../../src/shared/i18n-core';

const FIX = resolve(ROOT, 'tests/fixtures/linkedin');
const LIVE = readFileSync(resolve(FIX, 'live.js'), 'utf8');

/** A fixture as a whole LinkedIn page. */
function page(file: string, lang: 'en' | 'de', title: string): string {
  const body = readFileSync(resolve(FIX, file), 'utf8');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>._vh{position:absolute;clip:rect(0 0 0 0)}</style></head><body>${body}<script>${LIVE}</script></body></html>`;
}

const ROUTES = {
  profile: '/in/anna-mueller-v26/',
  profileDe: '/in/anna-mueller-v26-de/',
  search: '/search/results/people/v26/',
  network: '/mynetwork/grow/v26/',
  networkDe: '/mynetwork/grow/v26-de/',
  feedEn: '/feed/v26/',
  feedDe: '/feed/v26-de/',
  detail: '/feed/update/urn:li:activity:7300/',
  detailDe: '/feed/update/urn:li:activity:7400/',
};
Object.assign(FIXTURE_ROUTES, {
  [ROUTES.profile]: page('invite-profile-2026-en.html', 'en', 'Anna Müller | LinkedIn'),
  [ROUTES.profileDe]: page('invite-profile-2026-de.html', 'de', 'Anna Müller | LinkedIn'),
  [ROUTES.search]: page('invite-search-2026-de.html', 'de', 'Suche | LinkedIn'),
  [ROUTES.network]: page('invite-network-2026-en.html', 'en', 'My Network | LinkedIn'),
  [ROUTES.networkDe]: page('invite-network-2026-de.html', 'de', 'Mein Netzwerk | LinkedIn'),
  [ROUTES.feedEn]: page('feed-2026-en.html', 'en', 'Feed | LinkedIn'),
  [ROUTES.feedDe]: page('feed-2026-de.html', 'de', 'Feed | LinkedIn'),
  [ROUTES.detail]: page('post-detail-2026-en.html', 'en', 'Rita Graf on LinkedIn | LinkedIn'),
  [ROUTES.detailDe]: page('post-detail-2026-de.html', 'de', 'Bea Huber auf LinkedIn | LinkedIn'),
});

/** In-page: first match in the document or #interop-outlet's shadow root. */
const DEEP = `((sel) => document.getElementById('interop-outlet')?.shadowRoot?.querySelector(sel) ?? document.querySelector(sel))`;

async function deep(p: Page, sel: string, timeout = 5000): Promise<ElementHandle<Element>> {
  await p.waitForFunction(`!!${DEEP}(${JSON.stringify(sel)})`, { timeout, polling: 30 });
  return (await p.evaluateHandle(`${DEEP}(${JSON.stringify(sel)})`)).asElement() as ElementHandle<Element>;
}

/** Rules shown by our host(s) of `surface`, anywhere (light DOM or interop shadow root). */
const shown = (p: Page, surface: string) =>
  p.evaluate((s) => {
    const hosts = [
      ...document.querySelectorAll(`[data-rapport-surface="${s}"]`),
      ...(document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll(`[data-rapport-surface="${s}"]`) ?? []),
    ];
    const els = hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[data-rapport-rule]') ?? [])]);
    return { hosts: hosts.length, rules: els.map((e) => e.getAttribute('data-rapport-rule')!).sort(), messages: els.map((e) => e.textContent ?? '') };
  }, surface);

async function waitRules(p: Page, surface: string, rules: string[], timeout = 5000): Promise<{ rules: string[]; messages: string[] }> {
  const want = JSON.stringify([...rules].sort());
  const t0 = Date.now();
  for (;;) {
    const s = await shown(p, surface);
    if (s.hosts > 0 && JSON.stringify(s.rules) === want) return s;
    if (Date.now() - t0 > timeout) throw new Error(`${surface}: expected ${want}, shown ${JSON.stringify(s)}`);
    await sleep(50);
  }
}

/** The rules the engine gives for this input (what the page must show). */
const expected = (input: AnalyzeInput, prefix: string) => analyze(input).findings.map((f) => f.rule).filter((r) => r.startsWith(prefix));

const log = (p: Page) => p.evaluate(() => (window as unknown as { __linkedin: { log: { what: string; text?: string | null }[] } }).__linkedin.log);

async function events(s: Session): Promise<{ type: string; note?: boolean }[]> {
  if (s.name !== 'chromium') return [];
  return s.events();
}

/** Chromium: waits until exactly `n` more events of `type` than in `before` are stored (and stays there). */
async function expectRecorded(s: Session, before: { type: string }[], type: string, n: number, note?: boolean): Promise<void> {
  if (s.name !== 'chromium') return;
  const count = (es: { type: string; note?: boolean }[]) => es.filter((e) => e.type === type && (note === undefined || e.note === note)).length;
  const want = count(before) + n;
  const t0 = Date.now();
  while (count(await events(s)) < want && Date.now() - t0 < 5000) await sleep(100);
  await sleep(n ? 500 : 1500); // an extra record would arrive by now
  expect(count(await events(s)), `${type} events`).toBe(want);
}

async function open(s: Session, path: string): Promise<Page> {
  await s.page.goto(ORIGIN + path, { waitUntil: 'load' });
  await sleep(300); // the content script starts at document_idle
  return s.page;
}

describe.each(BROWSERS)('LinkedIn 2026 variants in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
    await s.page.setViewport({ width: 1100, height: 900 });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('profile (SDUI, EN): the top card Connect; Write with AI in the note step; Send keeps the note; one invite with a note', async () => {
    const p = await open(s, ROUTES.profile);
    const before = await events(s);
    await (await deep(p, 'main section a[aria-label="Invite Anna Müller to connect"]')).click();
    await waitRules(p, 'invite', ['invite.empty']);
    await (await deep(p, '[role=dialog] button[aria-label="Add a note"]')).click();
    await (await deep(p, 'textarea#custom-message')).click();
    const note = 'Hi Anna, I enjoyed your talk on hybrid onboarding at HR Festival Zürich. Would love to stay in touch.';
    await p.keyboard.type('Hi Anna, I would like to add you to my network.');
    await waitRules(p, 'invite', expected({ text: 'Hi Anna, I would like to add you to my network.', surface: 'invite', recipient: { name: 'Anna Müller' } }, 'invite.'));
    await p.evaluate(`${DEEP}('textarea#custom-message').select()`);
    await p.keyboard.type(note);
    await waitRules(p, 'invite', []); // a good note to Anna: no wrong-name from the rail's "Invite Peter Keller"
    await (await deep(p, '[role=dialog] button[aria-label="Send invitation"]')).click();
    expect((await log(p)).at(-1)).toEqual({ what: 'invite', text: note });
    await expectRecorded(s, before, 'invite', 1, true);
  });

  it('rail ("More profiles for you"): its Connect coaches for its own person, never the profile', async () => {
    const p = s.page;
    const before = await events(s);
    await (await deep(p, 'aside button[aria-label="Invite Peter Keller to connect"]')).click();
    await waitRules(p, 'invite', ['invite.empty']);
    await (await deep(p, '[role=dialog] button[aria-label="Add a note"]')).click();
    await (await deep(p, 'textarea#custom-message')).click();
    await p.keyboard.type('Hi Anna, I enjoyed your talk on hybrid onboarding at HR Festival Zürich.');
    await waitRules(p, 'invite', ['invite.wrong-name']); // the dialog is for Peter Keller
    await (await deep(p, '[role=dialog] button[aria-label="Cancel adding a note"]')).click();
    await expectRecorded(s, before, 'invite', 0);
  });

  it('profile (SDUI, DE): the top card Connect coached in German; Senden keeps the note; the rail\'s Connect is for its own person', async () => {
    const p = await open(s, ROUTES.profileDe);
    const before = await events(s);
    await (await deep(p, 'main section a[aria-label="Anna Müller als Kontakt einladen"]')).click();
    const first = await waitRules(p, 'invite', ['invite.empty']);
    expect(first.messages[0]).toBe(formatFinding(t, 'de', 'invite.empty', {}));
    await (await deep(p, '[role=dialog] button[aria-label="Nachricht hinzufügen"]')).click();
    await (await deep(p, 'textarea#custom-message')).click();
    const note = 'Hallo Frau Müller, Ihr Vortrag über hybrides Onboarding am HR Festival in Zürich hat mir sehr gefallen, besonders die Idee mit den Buddies. Gerne bleibe ich in Kontakt.';
    expect(expected({ text: note, surface: 'invite', recipient: { name: 'Anna Müller' } }, 'invite.')).toEqual([]);
    await p.keyboard.type(note);
    await waitRules(p, 'invite', []); // no wrong-name from the rail's "Peter Keller als Kontakt einladen"
    await (await deep(p, '[role=dialog] button[aria-label="Einladung senden"]')).click();
    expect((await log(p)).at(-1)).toEqual({ what: 'invite', text: note });
    await expectRecorded(s, before, 'invite', 1, true);

    // The rail: the dialog is for Peter Keller, so a note greeting Anna names the wrong person.
    await (await deep(p, 'aside button[aria-label="Peter Keller als Kontakt einladen"]')).click();
    await waitRules(p, 'invite', ['invite.empty']);
    await (await deep(p, '[role=dialog] button[aria-label="Nachricht hinzufügen"]')).click();
    await (await deep(p, 'textarea#custom-message')).click();
    const wrong = 'Hallo Frau Müller, Ihr Vortrag über hybrides Onboarding am HR Festival in Zürich hat mir sehr gefallen.';
    const want = expected({ text: wrong, surface: 'invite', recipient: { name: 'Peter Keller' } }, 'invite.');
    expect(want).toContain('invite.wrong-name');
    await p.keyboard.type(wrong);
    const st = await waitRules(p, 'invite', want);
    expect(st.messages.join(' ')).toMatch(/Keller/);
    await (await deep(p, '[role=dialog] button[aria-label="Abbrechen"]')).click();
    await expectRecorded(s, before, 'invite', 1, true);
  });

  it('people search (SDUI, DE): "Ohne Notiz senden" records note:false; a German note is coached in German and sent unchanged', async () => {
    const p = await open(s, ROUTES.search);
    const before = await events(s);
    await (await deep(p, 'a[aria-label="Lena Schmid als Kontakt einladen"]')).click();
    const st = await waitRules(p, 'invite', ['invite.empty']);
    expect(st.messages[0]).toBe(formatFinding(t, 'de', 'invite.empty', {}));
    await (await deep(p, '[role=dialog] button[aria-label="Ohne Notiz senden"]')).click();
    expect((await log(p)).at(-1)).toEqual({ what: 'invite', text: null });
    await expectRecorded(s, before, 'invite', 1, false);

    await (await deep(p, 'a[aria-label="Urs Meier als Kontakt einladen"]')).click();
    await (await deep(p, '[role=dialog] button[aria-label="Nachricht hinzufügen"]')).click();
    await (await deep(p, 'textarea#custom-message')).click();
    const generic = 'Hallo Urs, ich möchte Sie gerne zu meinem Netzwerk hinzufügen.';
    await p.keyboard.type(generic);
    const want = expected({ text: generic, surface: 'invite', recipient: { name: 'Urs Meier', headline: 'Bauleiter' } }, 'invite.');
    expect(want.length).toBeGreaterThan(0);
    const g = await waitRules(p, 'invite', want);
    const f = analyze({ text: generic, surface: 'invite', recipient: { name: 'Urs Meier' } }).findings[0]!;
    expect(g.messages).toContain(formatFinding(t, 'de', f.messageId, f.params));
    await (await deep(p, '[role=dialog] button[aria-label="Einladung senden"]')).click();
    expect((await log(p)).at(-1)).toEqual({ what: 'invite', text: generic });
    await expectRecorded(s, before, 'invite', 1, true);
  });

  it('My Network: a Connect that sends at once records one invite; the email gate is coached and its Send counts once enabled', async () => {
    const p = await open(s, ROUTES.network);
    const before = await events(s);
    await (await deep(p, 'button[aria-label="Invite Nina Weber to connect"]')).click();
    await p.waitForFunction(`!!document.querySelector('a[aria-label^="Pending"]')`);
    await expectRecorded(s, before, 'invite', 1, false);

    await (await deep(p, 'button[aria-label="Invite Tom Frei to connect"]')).click();
    await waitRules(p, 'invite', ['invite.empty']);
    const sendEmpty = await deep(p, '[role=dialog] button[aria-label="Send without a note"]');
    await sendEmpty.click(); // disabled: nothing happens, nothing counts
    await (await deep(p, '[role=dialog] input[type=email]')).click();
    await p.keyboard.type('tom@example.ch');
    await p.waitForFunction(`!${DEEP}('[role=dialog] button[aria-label="Send without a note"]').disabled`);
    await sendEmpty.click();
    expect((await log(p)).filter((e) => e.what === 'invite')).toHaveLength(2);
    await expectRecorded(s, before, 'invite', 2, false);
  });

  it('My Network (DE): "Vernetzen" that sends at once records one invite; the German email gate is coached and "Ohne Notiz senden" counts once enabled', async () => {
    const p = await open(s, ROUTES.networkDe);
    const before = await events(s);
    await (await deep(p, 'button[aria-label="Nina Weber als Kontakt einladen"]')).click();
    await p.waitForFunction(`!!document.querySelector('a[aria-label^="Ausstehend"]')`);
    await expectRecorded(s, before, 'invite', 1, false);

    await (await deep(p, 'button[aria-label="Tom Frei als Kontakt einladen"]')).click();
    const st = await waitRules(p, 'invite', ['invite.empty']);
    expect(st.messages[0]).toBe(formatFinding(t, 'de', 'invite.empty', {}));
    const sendEmpty = await deep(p, '[role=dialog] button[aria-label="Ohne Notiz senden"]');
    await sendEmpty.click(); // disabled: nothing happens, nothing counts
    await sleep(300);
    expect((await log(p)).filter((e) => e.what === 'invite')).toHaveLength(1);
    await (await deep(p, '[role=dialog] input[type=email]')).click();
    await p.keyboard.type('tom@example.ch');
    await p.waitForFunction(`!${DEEP}('[role=dialog] button[aria-label="Ohne Notiz senden"]').disabled`);
    await sendEmpty.click();
    expect((await log(p)).filter((e) => e.what === 'invite')).toEqual([{ what: 'invite', text: null }, { what: 'invite', text: null }]);
    await expectRecorded(s, before, 'invite', 2, false);
  });

  it('feed (SDUI, EN): ?shareActive=true opens the native <dialog> TipTap composer; bait is flagged; Post keeps the text; one post', async () => {
    const p = await open(s, `${ROUTES.feedEn}?shareActive=true`);
    const before = await events(s);
    await (await deep(p, 'dialog[open] [componentkey="ShareBox_textEditor"]')).click();
    const text = "Comment YES and I'll send you the template!";
    await p.keyboard.type(text);
    await waitRules(p, 'post', expected({ text, surface: 'post' }, 'post.'));
    await (await deep(p, 'dialog[open] button[data-live-post]')).click();
    expect((await log(p)).at(-1)).toEqual({ what: 'post', text });
    expect(await p.evaluate(() => document.querySelector('dialog')!.open)).toBe(false);
    await expectRecorded(s, before, 'post', 1);
  });

  it('feed (SDUI, EN): the formless comment box; its submit appears with text; "Comment" records one comment; the Like records one reaction', async () => {
    const p = s.page;
    const before = await events(s);
    const editor = await deep(p, '#expandedA1b2C3FeedType_MAIN_FEED_RELEVANCE [role=textbox]');
    await editor.click();
    await p.keyboard.type('Great post!');
    await waitRules(p, 'comment', ['comment.generic']);
    // the hint sits after the comment box, not inside LinkedIn's editor
    expect(await p.evaluate(() => !!document.querySelector('[componentkey="commentBox-A1b2C3"] + [data-rapport-surface="comment"]'))).toBe(true);
    await (await deep(p, '#commentButtonSectionA1b2C3FeedType_MAIN_FEED_RELEVANCE button')).click({ count: 2 });
    expect((await log(p)).filter((e) => e.what === 'comment')).toEqual([{ what: 'comment', text: 'Great post!' }]);
    await waitRules(p, 'comment', []);
    await (await deep(p, '#expandedD4e5F6FeedType_MAIN_FEED_RELEVANCE button[aria-label^="Reaction button state"]')).click();
    await expectRecorded(s, before, 'comment', 1);
    await expectRecorded(s, before, 'reaction', 1);
  });

  it('feed (DE): "Beitrag beginnen" (no role=button) opens the composer in the shadow root; Posten; Kommentieren; the Ember form; both Likes', async () => {
    const p = await open(s, ROUTES.feedDe);
    const before = await events(s);
    await (await deep(p, '[aria-label="Beitrag beginnen"]')).click();
    await (await deep(p, 'dialog[open] [componentkey="ShareBox_textEditor"]')).click();
    const bait = 'Kommentiere JA und ich schicke dir die Vorlage!';
    await p.keyboard.type(bait);
    const st = await waitRules(p, 'post', expected({ text: bait, surface: 'post' }, 'post.'));
    const f = analyze({ text: bait, surface: 'post' }).findings[0]!;
    expect(st.messages).toContain(formatFinding(t, 'de', f.messageId, f.params));
    await (await deep(p, 'dialog[open] button[data-live-post]')).click();
    expect((await log(p)).at(-1)).toEqual({ what: 'post', text: bait });
    await expectRecorded(s, before, 'post', 1);

    await (await deep(p, '[aria-label="Texteditor zum Erstellen von Kommentaren"]')).click();
    await p.keyboard.type('Toller Beitrag!');
    await waitRules(p, 'comment', ['comment.generic']);
    await (await deep(p, '[componentkey="commentBox-G7h8I9"] [data-live-comment-submit]')).click();
    await (await deep(p, 'form.comments-comment-box__form .ql-editor')).click();
    await p.keyboard.type('Danke fürs Teilen!');
    await waitRules(p, 'comment', expected({ text: 'Danke fürs Teilen!', surface: 'comment' }, 'comment.'));
    await (await deep(p, 'form.comments-comment-box__form button.comments-comment-box__submit-button--cr')).click();
    expect((await log(p)).filter((e) => e.what === 'comment').map((e) => e.text)).toEqual(['Toller Beitrag!', 'Danke fürs Teilen!']);
    await expectRecorded(s, before, 'comment', 2);

    await (await deep(p, 'button[aria-label^="Status der Reaktionsschaltfläche"]')).click();
    await (await deep(p, 'button.react-button__trigger')).click();
    await expectRecorded(s, before, 'reaction', 2);
  });

  it('post detail (SDUI): the box outside the post is coached and its "Comment" records once; a comment\'s Reply is not a submit', async () => {
    const p = await open(s, ROUTES.detail);
    const before = await events(s);
    await (await deep(p, '[aria-label="Text editor for creating comment"]')).click();
    await p.keyboard.type('Congratulations!');
    await waitRules(p, 'comment', ['comment.generic']);
    await (await deep(p, '[id^="replaceableComment_"] button')).click(); // Reply on someone else's comment
    await (await deep(p, '[aria-label="Text editor for creating comment"]')).click();
    await p.keyboard.type(' Which devices do you repair first?');
    await (await deep(p, '[id*="commentButtonSection"] button')).click();
    expect((await log(p)).filter((e) => e.what === 'comment').map((e) => e.text)).toEqual(['Congratulations! Which devices do you repair first?']);
    await expectRecorded(s, before, 'comment', 1);
  });

  it('post detail (SDUI, DE): the box outside the post is coached in German; "Kommentieren" records once; "Antworten" is no submit; the Like records one reaction', async () => {
    const p = await open(s, ROUTES.detailDe);
    const before = await events(s);
    await (await deep(p, '[aria-label="Texteditor zum Erstellen von Kommentaren"]')).click();
    await p.keyboard.type('Gratuliere!');
    const st = await waitRules(p, 'comment', ['comment.generic']);
    const f = analyze({ text: 'Gratuliere!', surface: 'comment' }).findings.find((x) => x.rule === 'comment.generic')!;
    expect(st.messages).toContain(formatFinding(t, 'de', f.messageId, f.params));
    await (await deep(p, '[id^="replaceableComment_"] button')).click(); // Antworten on someone else's comment
    await (await deep(p, '[aria-label="Texteditor zum Erstellen von Kommentaren"]')).click();
    await p.keyboard.type(' Welche Praxisprojekte im Kantonsspital Baden interessieren Sie am meisten?');
    await (await deep(p, '[id*="commentButtonSection"] button')).click();
    expect((await log(p)).filter((e) => e.what === 'comment').map((e) => e.text)).toEqual(['Gratuliere! Welche Praxisprojekte im Kantonsspital Baden interessieren Sie am meisten?']);
    await expectRecorded(s, before, 'comment', 1);
    await (await deep(p, 'button[aria-label^="Status der Reaktionsschaltfläche"]')).click();
    expect((await log(p)).at(-1)).toEqual({ what: 'like', label: 'Status der Reaktionsschaltfläche: Gefällt mir' });
    await expectRecorded(s, before, 'reaction', 1);
  });

  it("a page script's acts record nothing: scripted click() on Send, Post, Comment and Like, and a form's requestSubmit()", async () => {
    let p = await open(s, ROUTES.profile);
    const before = await events(s);
    await p.evaluate(`(async () => {
      document.querySelector('main section a[aria-label^="Invite"]').click();
      await new Promise((r) => setTimeout(r, 300));
      ${DEEP}('[role=dialog] button[aria-label="Send without a note"]').click();
    })()`);
    await p.waitForFunction(() => (window as unknown as { __linkedin: { log: unknown[] } }).__linkedin.log.length === 1);
    p = await open(s, `${ROUTES.feedDe}?shareActive=true`);
    await p.evaluate(`(async () => {
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const typeInto = (ed, text) => { ed.focus(); ed.replaceChildren(Object.assign(document.createElement('p'), { textContent: text })); ed.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); };
      const ed = ${DEEP}('dialog[open] [componentkey="ShareBox_textEditor"]');
      typeInto(ed, 'Kommentiere JA und ich schicke dir die Vorlage!');
      await sleep(400);
      ${DEEP}('dialog[open] button[data-live-post]').click();
      const box = document.querySelector('[componentkey="commentBox-G7h8I9"] [role=textbox]');
      typeInto(box, 'Toller Beitrag!');
      await sleep(400);
      document.querySelector('[componentkey="commentBox-G7h8I9"] [data-live-comment-submit]').click();
      const form = document.querySelector('form.comments-comment-box__form');
      typeInto(form.querySelector('.ql-editor'), 'Danke fürs Teilen!');
      await sleep(400);
      form.requestSubmit();
      document.querySelector('button[aria-label^="Status der Reaktionsschaltfläche"]').click();
    })()`);
    await sleep(300);
    expect((await log(p)).map((e) => e.what)).toEqual(['post', 'comment', 'comment', 'like']);
    if (name === 'chromium') {
      await sleep(1500);
      expect(await events(s)).toEqual(before);
    }
  });

  it('caused no page errors and no requests off the fixtures', () => {
    expect(s.errors).toEqual([]);
    expect(s.offPractice).toEqual([]);
  });
});
