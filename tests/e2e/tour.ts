/**
 * A full tour of the practice page, acting as a person would (through the page's own controls;
 * Rapport itself never clicks or types): Like, comment on both feed stacks, publish a post,
 * connect with and without a note in several flows, send a message. Used by the privacy and
 * resilience tests.
 */
import type { Page } from 'puppeteer-core';
import type { Session } from './harness';
import { sleep } from './harness';

/** In-page: query the document, then the #interop-outlet shadow root, then same-origin iframes. */
export const DEEP = `(sel) => {
  const sr = document.getElementById('interop-outlet')?.shadowRoot;
  const hit = (sr && sr.querySelector(sel)) || document.querySelector(sel);
  if (hit) return hit;
  for (const f of document.querySelectorAll('iframe')) { try { const h = f.contentDocument?.querySelector(sel); if (h) return h; } catch {} }
  return null;
}`;

export async function click(page: Page, sel: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(`(${DEEP})(${JSON.stringify(sel)})`, { timeout, polling: 50 });
  await page.evaluate(`(${DEEP})(${JSON.stringify(sel)}).click()`);
}

/** Focuses a field as a click would, with the caret at the end (Firefox places none on a scripted focus of a contenteditable). */
export async function focus(page: Page, sel: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(`(${DEEP})(${JSON.stringify(sel)})`, { timeout, polling: 50 });
  await page.evaluate(`(() => { const el = (${DEEP})(${JSON.stringify(sel)}); el.focus();
    if (el.isContentEditable) { const r = document.createRange(); const last = el.lastElementChild || el;
      r.selectNodeContents(last); r.collapse(false); const s = getSelection(); s.removeAllRanges(); s.addRange(r); } })()`);
}

export async function go(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await sleep(150);
}

/** A note distinctive enough to search storage for. */
export const TOUR_NOTE = 'Hi Anna, your talk on Zurich hiring panels (quokka-lantern) made me rethink ours. Could I ask how you run the debrief?';

export async function tour(s: Session, opts: { lang?: 'en' | 'de' } = {}): Promise<void> {
  const lang = opts.lang ?? 'en';
  const p = await s.openPractice('/feed/', { lang, stack: 'sdui', account: 'premium' });
  const L = lang === 'de'
    ? { addNote: 'Nachricht hinzufügen', sendWithout: 'Ohne Notiz senden', send: 'Einladung senden' }
    : { addNote: 'Add a note', sendWithout: 'Send without a note', send: 'Send invitation' };
  // feed: Like on both stacks, a comment on each stack
  await click(p, '[role=listitem] .social-bar button');
  await click(p, '.react-button__trigger');
  await click(p, '[role=listitem] [data-action=comment]');
  await focus(p, '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable]');
  await p.keyboard.type('We tried the same timeline-first approach and it changed how people talk about incidents.');
  await click(p, '[role=listitem] form button[type=submit]');
  await focus(p, 'form.comments-comment-box__form .ql-editor');
  await p.keyboard.type('Which part of the audit took the longest?');
  await click(p, 'form.comments-comment-box__form button');
  // a post
  await click(p, 'a[href$="/preload/sharebox/"]');
  await focus(p, '.share-creation-state .ql-editor');
  await p.keyboard.type('What we learned moving our nightly export to events: measure first. What would you check first?');
  await sleep(50);
  await click(p, '.share-actions__primary-action');
  // profile: Connect with a note (interop shadow root)
  await go(p, '/in/anna-mueller/');
  await click(p, 'a[href*="/preload/custom-invite/"]');
  await click(p, `button[aria-label="${L.addNote}"]`);
  await focus(p, 'textarea#custom-message');
  await p.keyboard.type(TOUR_NOTE);
  await sleep(300);
  await click(p, `button[aria-label="${L.send}"]`);
  // search: Connect without a note (Ember light DOM)
  await go(p, '/search/results/people/?keywords=zurich');
  await click(p, '.reusable-search__entity-result-list button[data-name]');
  await click(p, `button[aria-label="${L.sendWithout}"]`);
  // My Network: direct send
  await go(p, '/mynetwork/grow/');
  await click(p, '.pymk-card button[data-name]');
  // messaging
  await go(p, '/messaging/thread/2-practice/');
  await focus(p, '.msg-form__contenteditable');
  await p.keyboard.type('Thanks, it is going well. Coffee next week?');
  await click(p, '.msg-form__send-button');
  await sleep(600);
}
