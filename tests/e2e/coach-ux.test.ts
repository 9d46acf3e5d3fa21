/**
 * What a person sees of Rapport's in-page coaching, end to end on the practice page (issue 15):
 * every match marked (bait with three mechanics: three marks), the one-line confirmation when an
 * act is counted, and the month's used-up note quota remembered across a reload. Real mouse and
 * keyboard (trusted input), Chromium and Firefox. RAPPORT_SHOTS=<dir> also saves screenshots of
 * the panels (invitation EN/DE light/dark, composer marks, comment hint, toast).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page, ElementHandle } from 'puppeteer-core';
import { launch, BROWSERS, sleep, type Session, type PracticeOptions } from './harness';

const SHOTS = process.env.RAPPORT_SHOTS;

/** In-page: every match in the document and its open shadow roots. */
const ALL = `(function all(root, sel, out) {
  out = out || [];
  root.querySelectorAll(sel).forEach((e) => out.push(e));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) all(el.shadowRoot, sel, out);
  return out;
})`;

async function handle(page: Page, sel: string, timeout = 5000): Promise<ElementHandle<Element>> {
  await page.waitForFunction(`${ALL}(document, ${JSON.stringify(sel)}).length > 0`, { timeout, polling: 50 });
  return (await page.evaluateHandle(`${ALL}(document, ${JSON.stringify(sel)})[0]`)).asElement() as ElementHandle<Element>;
}
/** A real click (trusted), through shadow roots. */
const press = async (page: Page, sel: string) => (await handle(page, sel)).click();
const count = (page: Page, sel: string) => page.evaluate(`${ALL}(document, ${JSON.stringify(sel)}).length`) as Promise<number>;
const until = (page: Page, expr: string, timeout = 5000) => page.waitForFunction(expr, { timeout, polling: 50 });
/** Attributes of Rapport's hosts of one surface: the rules and notes shown in them. */
const shown = (page: Page, surface: string) =>
  page.evaluate(`${ALL}(document, '[data-rapport-surface="${surface}"]').flatMap((h) => [...h.shadowRoot.querySelectorAll('[data-rapport-rule], [data-rapport-note]')].map((e) => e.getAttribute('data-rapport-rule') || e.getAttribute('data-rapport-note')))`) as Promise<string[]>;

async function shot(s: Session, name: string) {
  if (!SHOTS || s.name !== 'chromium') return;
  await sleep(250);
  await s.page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const BAIT = { en: 'Like if you agree! Comment YES below and tag a friend.', de: 'Like, wenn du zustimmst! Kommentiere JA und markiere 3 Personen.' };
const NOTE = {
  en: { text: 'Hi [Name], I would like to add you to my network.', addNote: 'Add a note', send: 'Send invitation' },
  de: { text: 'Hallo [Name], ich möchte Sie gerne zu meinem Netzwerk hinzufügen.', addNote: 'Nachricht hinzufügen', send: 'Einladung senden' },
};

describe.each(BROWSERS)('coaching as a person sees it in %s', (name) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch(name);
    await s.page.setViewport({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await s?.close();
  });

  const open = async (path: string, opts: PracticeOptions) => {
    await s.openPractice(path, opts);
    await sleep(150);
  };

  it('bait with three mechanics shows three marks; Post shows one line that it was counted', async () => {
    const p = s.page;
    await open('/feed/', { lang: 'en', stack: 'sdui', theme: 'light' });
    expect(await count(p, '[data-rapport-toast]')).toBe(0); // no trace before Rapport coaches
    await press(p, 'a[href$="/preload/sharebox/"]');
    await press(p, '.share-creation-state .ql-editor');
    await p.keyboard.type(BAIT.en);
    await until(p, `${ALL}(document, '[data-rapport-surface="post"]').some((h) => h.shadowRoot.querySelectorAll('.hl-mk[data-mark="post.engagement-bait"]').length === 3)`);
    await shot(s, 'composer-marks-en-light');
    await press(p, '.share-actions__primary-action');
    await until(p, `${ALL}(document, '[data-rapport-toast]').filter((h) => h.shadowRoot.querySelector('.toast.on')).length === 1`);
    const line = (await p.evaluate(`${ALL}(document, '[data-rapport-toast]')[0].shadowRoot.querySelector('[role=status]').textContent`)) as string;
    expect(line).toBe('RapportCounted: your post.');
    await shot(s, 'toast-en-light');
    await until(p, `${ALL}(document, '[data-rapport-toast]').length === 0`, 6000); // gone, with its host
    expect(s.errors).toEqual([]);
  });

  it('German, dark: three marks on German bait', async () => {
    const p = s.page;
    await open('/feed/', { lang: 'de', stack: 'ember', theme: 'dark' });
    await press(p, '.sharebox a, .sharebox button');
    await press(p, '.share-creation-state .ql-editor');
    await p.keyboard.type(BAIT.de);
    await until(p, `${ALL}(document, '[data-rapport-surface="post"]').some((h) => h.shadowRoot.querySelectorAll('.hl-mk[data-mark="post.engagement-bait"]').length === 3)`);
    await shot(s, 'composer-marks-de-dark');
  });

  it('the month\'s used-up notes are remembered after a reload: the first step advises sending without a note', async () => {
    const p = s.page;
    await open('/in/anna-mueller/', { lang: 'en', stack: 'sdui', account: 'quota-used' });
    await press(p, 'main a[href*="/preload/custom-invite/"]');
    await until(p, `${ALL}(document, '[data-rapport-rule="invite.empty"]').length === 1`);
    await press(p, 'button[aria-label="Add a note"]');
    await until(p, `${ALL}(document, '[data-rapport-note="quota-used"]').length === 1`);
    // a fresh page
    await open('/in/anna-mueller/', { lang: 'en', stack: 'sdui', account: 'quota-used' });
    await press(p, 'main a[href*="/preload/custom-invite/"]');
    await until(p, `${ALL}(document, '[data-rapport-note="quota-used"]').length === 1`);
    expect(await shown(p, 'invite')).toEqual(['quota-used']);
    await shot(s, 'invite-quota-remembered-en-light');
    await press(p, 'button[data-test-modal-close-btn]');
    // notes again (a new month, or Premium): the note step's count replaces what was remembered
    await open('/in/anna-mueller/', { lang: 'en', stack: 'sdui', account: 'free' });
    await press(p, 'main a[href*="/preload/custom-invite/"]');
    await press(p, 'button[aria-label="Add a note"]');
    await until(p, `${ALL}(document, '[data-rapport-state="hint"]').some((e) => !e.hidden)`);
    await sleep(300);
    await open('/in/anna-mueller/', { lang: 'en', stack: 'sdui', account: 'free' });
    await press(p, 'main a[href*="/preload/custom-invite/"]');
    await until(p, `${ALL}(document, '[data-rapport-rule="invite.empty"]').length === 1`);
    expect(await shown(p, 'invite')).toEqual(['invite.empty']);
    await press(p, 'button[data-test-modal-close-btn]');
    expect(s.errors).toEqual([]);
  });

  it.runIf(name === 'chromium' && SHOTS)('screenshots: invitation note EN/DE light/dark, comment hint', async () => {
    const p = s.page;
    for (const [lang, theme] of [['en', 'light'], ['en', 'dark'], ['de', 'light'], ['de', 'dark']] as const) {
      await open('/in/anna-mueller/', { lang, theme, stack: 'sdui', account: 'free' });
      await press(p, 'main a[href*="/preload/custom-invite/"]');
      await shot(s, `invite-first-step-${lang}-${theme}`);
      await press(p, `button[aria-label="${NOTE[lang].addNote}"]`);
      await shot(s, `invite-note-empty-${lang}-${theme}`);
      await press(p, 'textarea#custom-message');
      await p.keyboard.type(NOTE[lang].text);
      await until(p, `${ALL}(document, '[data-rapport-rule="invite.placeholder"]').length === 1`);
      await shot(s, `invite-note-findings-${lang}-${theme}`);
    }
    for (const theme of ['light', 'dark'] as const) {
      await open('/feed/', { lang: 'en', theme, stack: 'ember' });
      await press(p, 'form.comments-comment-box__form .ql-editor');
      await p.keyboard.type('Great post!');
      await until(p, `${ALL}(document, '[data-rapport-surface="comment"]').some((h) => h.shadowRoot.querySelector('[data-rapport-rule="comment.generic"]'))`);
      await shot(s, `comment-hint-en-${theme}`);
    }
    // the counted line in German, dark: a comment that goes out
    await open('/feed/', { lang: 'de', theme: 'dark', stack: 'ember' });
    await press(p, 'form.comments-comment-box__form .ql-editor');
    await p.keyboard.type('Welcher Teil des Audits hat am längsten gedauert?');
    await press(p, 'form.comments-comment-box__form button');
    await until(p, `${ALL}(document, '[data-rapport-toast]').filter((h) => h.shadowRoot.querySelector('.toast.on')).length === 1`);
    await shot(s, 'toast-de-dark');
  });
});
