/**
 * The popup's plain-DOM first paint (src/popup/first-paint.ts) against the preact app (App.tsx):
 * for the same storage and the same moment, the first paint must show the same figures and the
 * same markup the app renders (so the takeover neither flashes nor moves anything), and those
 * figures must be the contract's (docs/contract.md §3): rest days, an at-risk streak, a rest day with
 * a counted interaction, custom kinds, German. The strings come from a stand-in for the browser's
 * own chrome.i18n.getMessage over the real _locales files (Chrome's placeholder rules).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import en from '../../../_locales/en/messages.json';
import de from '../../../_locales/de/messages.json';
import { PopupApp, type PopupDeps } from '../../../src/popup/App';
import { readSnapshot, type PopupSnapshot } from '../../../src/popup/data';
import { nativeT, paintFirst, start, type NativeI18n } from '../../../src/popup/first-paint';
import type { Browser } from 'webextension-polyfill';
import { mount } from '../../../src/popup/boot';
import { createHabitsService } from '../../../src/background/service';
import { DAYS_KEY, RECENT_DAYS_KEY } from '../../../src/habits/store';
import { SETTINGS_KEY, DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { t as catalogT } from '../../../src/shared/i18n';
import type { Lang } from '../../../src/engine/types';
import { createFakeBrowser, pageDepsOf, type FakeBrowser } from '../habits/fake-browser';

const STATS = ['streak-current', 'streak-best', 'today', 'week-posts', 'week-comments', 'week-reactions', 'week-invites-with-note', 'week-invites-without-note', 'week-messages'];
type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** chrome.i18n.getMessage over one catalog: $NAME$ placeholders, then $1..$9, "$$" is "$"; "" when unknown. */
function chromeI18n(catalog: Catalog): NativeI18n & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getMessage(name, substitutions) {
      calls.push(name);
      const e = catalog[name];
      if (!e) return '';
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      let text = e.message;
      for (const [k, ph] of Object.entries(e.placeholders ?? {})) text = text.split(new RegExp(`\\$${k}\\$`, 'i')).join(ph.content);
      return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
    },
  };
}
const NATIVE: Record<Lang, Catalog> = { en: en as Catalog, de: de as Catalog };

let fake: FakeBrowser;
let clock: Date;
let service: ReturnType<typeof createHabitsService>;
let roots: HTMLElement[] = [];

function deps(over: Partial<PopupDeps> = {}): PopupDeps {
  return { ...pageDepsOf(fake, service, () => clock), openOptions: () => undefined, ...over };
}

function root(): HTMLElement {
  const el = document.createElement('div');
  document.body.appendChild(el);
  roots.push(el);
  return el;
}

/** Records interactions at local times (year 2026, month 10 = November). */
async function record(list: [day: number, type: 'post' | 'comment' | 'message' | 'reaction' | 'invite', note?: boolean][]): Promise<void> {
  for (const [d, type, note] of list) {
    clock = new Date(2026, 10, d, 9, 30);
    await service.handle({ kind: 'record', type, note });
  }
}

const figures = (el: HTMLElement) => Object.fromEntries(STATS.map((s) => [s, el.querySelector(`[data-rapport-stat="${s}"]`)?.textContent]));

/** First paint and app for the same storage at the same moment; returns both roots. */
async function both(lang: Lang): Promise<{ early: HTMLElement; app: HTMLElement; snap: PopupSnapshot }> {
  const snap = await readSnapshot(fake.local, fake.sync);
  expect(snap.fromIndex).toBe(true);
  const t = nativeT(chromeI18n(NATIVE[lang]), lang);
  expect(t).not.toBeNull();
  const early = root();
  paintFirst(early, { snap, now: clock, lang, t: t!, onSettings: () => undefined, onDismissNotice: () => undefined });
  const app = root();
  render(<PopupApp deps={deps()} initial={snap} initialNow={clock} />, app);
  return { early, app, snap };
}

beforeEach(() => {
  fake = createFakeBrowser();
  clock = new Date(2026, 10, 26, 10); // Thursday
  service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => clock });
});
afterEach(() => {
  for (const r of roots) render(null, r);
  roots = [];
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-rapport-first-figures');
});

describe('popup first paint = the app, with the contract figures', () => {
  it('a streak over a weekend, today a rest day (Saturday) with nothing yet: safe, not at risk', async () => {
    await record([
      [16, 'comment'],
      [17, 'post'],
      [18, 'message'],
      [19, 'invite', true],
      [20, 'comment'],
      // Sat 21 and Sun 22 rest; the run goes on.
      [23, 'comment'],
      [24, 'comment'],
      [25, 'invite', false], // not counted by default: Wednesday breaks the run
      [26, 'comment'],
      [27, 'post'],
      [27, 'reaction'],
    ]);
    clock = new Date(2026, 10, 28, 11); // Saturday, nothing yet
    const { early, app } = await both('en');
    expect(figures(early)).toEqual({
      'streak-current': '2',
      'streak-best': '7',
      today: '0',
      'week-posts': '1',
      'week-comments': '3',
      'week-reactions': '1',
      'week-invites-with-note': '0',
      'week-invites-without-note': '1',
      'week-messages': '0',
    });
    expect(early.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status')).toBe('rest');
    expect(early.innerHTML).toBe(app.innerHTML);
  });

  it('at risk: the run ended on the last non-rest day before today (over the weekend), today empty', async () => {
    await record([
      [10, 'comment'],
      [11, 'comment'],
      [12, 'comment'],
      [20, 'comment'],
      [21, 'post'], // a rest day with a counted interaction adds to the streak
      [23, 'message'],
      [24, 'reaction'], // Tuesday: a reaction alone does not count
    ]);
    clock = new Date(2026, 10, 24, 18); // Tuesday evening
    const { early, app } = await both('en');
    expect(figures(early)).toMatchObject({ 'streak-current': '3', 'streak-best': '3', today: '1', 'week-reactions': '1', 'week-messages': '1' });
    expect(early.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status')).toBe('risk');
    expect(early.querySelector('main')!.getAttribute('data-tone')).toBe('risk');
    expect(early.textContent).toContain('At risk');
    expect(early.innerHTML).toBe(app.innerHTML);
  });

  it('a broken streak: a counted day missed on a weekday resets it; best stays', async () => {
    await record([
      [16, 'post'],
      [17, 'post'],
      [18, 'post'],
      [23, 'comment'], // 19 and 20 (Thu, Fri) missed
    ]);
    clock = new Date(2026, 10, 23, 20);
    const { early, app } = await both('en');
    expect(figures(early)).toMatchObject({ 'streak-current': '1', 'streak-best': '3', today: '1', 'week-comments': '1' });
    expect(early.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status')).toBe('ok');
    expect(early.innerHTML).toBe(app.innerHTML);
  });

  it('German, custom kinds (reactions count), no rest days, goals off, and the notice', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, uiLanguage: 'de', streakKinds: ['reaction', 'comment'], restDays: [], goals: { posts: 0, comments: 0, everyInviteWithNote: false } };
    fake.sync.put(SETTINGS_KEY, settings);
    await record([
      [20, 'reaction'],
      [21, 'reaction'],
      [22, 'reaction'],
      [23, 'post'], // not counted under these kinds: the run ends on Sunday
      [24, 'reaction'],
      [25, 'comment'],
      [26, 'reaction'],
    ]);
    fake.local.put('habits.notice', { backupKey: 'habits.backup.1', at: '2026-11-26T09:00:00.000+01:00' });
    clock = new Date(2026, 10, 26, 12);
    const { early, app } = await both('de');
    expect(figures(early)).toMatchObject({ 'streak-current': '3', 'streak-best': '3', today: '1', 'week-posts': '1', 'week-reactions': '2', 'week-comments': '1' });
    expect(early.textContent).toContain('Diese Woche');
    expect(early.textContent).toContain('Tage in Serie');
    expect(early.querySelector('[data-rapport-notice]')).not.toBeNull();
    expect(early.querySelector('.goals')).toBeNull();
    expect(document.documentElement.lang).toBe('de');
    expect(early.innerHTML).toBe(app.innerHTML);
  });

  it('every goal state and the note share, German at the default settings', async () => {
    fake.sync.put(SETTINGS_KEY, { ...DEFAULT_SETTINGS, uiLanguage: 'de' });
    await record([
      [23, 'post'],
      [23, 'invite', true],
      [24, 'invite', false],
      [24, 'comment'],
      [25, 'comment'],
    ]);
    clock = new Date(2026, 10, 26, 8);
    const { early, app } = await both('de');
    expect(early.querySelector('[data-goal="posts"]')!.className).toContain('goal-met');
    expect(early.querySelector('[data-rapport-note-share]')!.getAttribute('data-rapport-note-share')).toBe('50');
    expect(early.querySelector('[data-goal="comments"] .goal-value')!.textContent).toBe('2 von 5');
    expect(early.innerHTML).toBe(app.innerHTML);
  });

  it('an empty history: every figure zero, same markup', async () => {
    fake.local.put(DAYS_KEY, { v: 2, tz: Intl.DateTimeFormat().resolvedOptions().timeZone, days: {} });
    fake.local.put(RECENT_DAYS_KEY, { v: 2, tz: Intl.DateTimeFormat().resolvedOptions().timeZone, month: '2026-11', days: {} });
    const { early, app } = await both('en');
    expect(Object.values(figures(early))).toEqual(STATS.map(() => '0'));
    expect(early.innerHTML).toBe(app.innerHTML);
  });
});

describe('the takeover', () => {
  it('the app replaces the first paint with the same markup in one step; the buttons work before and after', async () => {
    await record([[25, 'comment'], [26, 'post']]);
    clock = new Date(2026, 10, 26, 10);
    const snap = await readSnapshot(fake.local, fake.sync);
    const el = root();
    const opened: string[] = [];
    paintFirst(el, { snap, now: clock, lang: 'en', t: catalogT, onSettings: () => opened.push('early'), onDismissNotice: () => undefined });
    const before = el.innerHTML;
    const earlyMain = el.querySelector('main');
    (el.querySelector('button.icon-btn') as HTMLButtonElement).click();
    mount(deps({ openOptions: () => opened.push('app') }), snap, el, { now: clock, takeOver: true });
    expect(el.innerHTML).toBe(before);
    expect(el.querySelector('main')).not.toBe(earlyMain);
    expect(el.querySelectorAll('main')).toHaveLength(1);
    (el.querySelector('button.icon-btn') as HTMLButtonElement).click();
    expect(opened).toEqual(['early', 'app']);
    await vi.waitFor(() => expect(el.querySelector('[data-rapport-heatmap]')).not.toBeNull());
    expect(figures(el)).toMatchObject({ 'streak-current': '2', today: '1' });
  });
});

describe('strings from the browser', () => {
  it('used only when the browser picked the catalog of the language shown', () => {
    expect(nativeT(chromeI18n(NATIVE.en), 'en')).not.toBeNull();
    expect(nativeT(chromeI18n(NATIVE.de), 'de')).not.toBeNull();
    expect(nativeT(chromeI18n(NATIVE.en), 'de')).toBeNull();
    expect(nativeT(chromeI18n(NATIVE.de), 'en')).toBeNull();
    expect(nativeT(chromeI18n({}), 'en')).toBeNull();
    expect(nativeT({ getMessage: () => { throw new Error('no i18n'); } }, 'en')).toBeNull();
  });

  it('give the same text as the bundled catalogs for every popup string', () => {
    for (const lang of ['en', 'de'] as const) {
      const t = nativeT(chromeI18n(NATIVE[lang]), lang)!;
      for (const key of Object.keys(NATIVE[lang]).filter((k) => k.startsWith('popup_'))) {
        expect(t(lang, key, 7, 12, 3)).toBe(catalogT(lang, key, 7, 12, 3));
      }
    }
  });
});

describe('the entry flow (start) over a native-API stand-in', () => {
  function nativeApi(lang: Lang, sent: unknown[]): Browser {
    return {
      storage: { local: fake.local, sync: fake.sync, onChanged: fake.onChanged },
      runtime: {
        sendMessage: async (m: unknown) => {
          sent.push(m);
          return service.handle(m);
        },
        openOptionsPage: async () => undefined,
      },
      i18n: { ...chromeI18n(NATIVE[lang]), getUILanguage: () => (lang === 'de' ? 'de-CH' : 'en-US') },
    } as unknown as Browser;
  }

  it('German chosen in the options, English browser catalog: the first paint is German from the bundled catalogs', async () => {
    fake.sync.put(SETTINGS_KEY, { ...DEFAULT_SETTINGS, uiLanguage: 'de' });
    await record([[24, 'comment']]);
    clock = new Date(2026, 10, 24, 12);
    vi.useFakeTimers({ toFake: ['Date'], now: clock });
    try {
      const api = nativeApi('en', []);
      const native = api.i18n as unknown as { calls: string[] };
      const el = root();
      let firstHtml = '';
      const mo = new MutationObserver(() => {
        if (!firstHtml && el.querySelector('main')) firstHtml = el.innerHTML;
      });
      mo.observe(el, { childList: true, subtree: true });
      start(api, el);
      await vi.waitFor(() => expect(firstHtml).not.toBe(''));
      mo.disconnect();
      expect(firstHtml).toContain('Diese Woche');
      expect(firstHtml).not.toContain('This week');
      expect(native.calls).toEqual(['popup_locale']); // asked which catalog, then used none of it
      await vi.waitFor(() => expect(el.querySelector('[data-rapport-heatmap]')).not.toBeNull());
      expect(figures(el)).toMatchObject({ 'streak-current': '1', today: '1', 'week-comments': '1' });
    } finally {
      vi.useRealTimers();
    }
  });

  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: paints the real figures first (marked after the paint), then the app takes over unchanged`, async () => {
      await record([
        [20, 'comment'],
        [23, 'comment'],
        [24, 'post'],
      ]);
      clock = new Date(2026, 10, 25, 9); // Wednesday, nothing yet: at risk
      vi.useFakeTimers({ toFake: ['Date'], now: clock });
      try {
        const sent: unknown[] = [];
        const api = nativeApi(lang, sent);
        const el = root();
        // The first markup that shows up, recorded as it is inserted (before anything replaces it).
        let first: { main: Element; html: string; figures: Record<string, string | null | undefined>; status: string | null; marked: string | undefined } | null = null;
        const mo = new MutationObserver(() => {
          const m = el.querySelector('main');
          if (!first && m) first = { main: m, html: el.innerHTML, figures: figures(el), status: el.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status'), marked: document.documentElement.dataset.rapportFirstFigures };
        });
        mo.observe(el, { childList: true, subtree: true });
        start(api, el);
        await vi.waitFor(() => expect(first).not.toBeNull());
        mo.disconnect();
        const f = first!;
        expect(f.marked).toBeUndefined(); // marked only after the paint
        expect(f.figures).toMatchObject({ 'streak-current': '3', 'streak-best': '3', today: '0', 'week-comments': '1', 'week-posts': '1' });
        expect(f.status).toBe('risk');
        expect(f.html).toContain(lang === 'de' ? 'Diese Woche' : 'This week');
        const early = f.html;
        // The app has taken over (its own nodes, same markup) once it asks the background to check the store.
        await vi.waitFor(() => expect(sent).toContainEqual({ kind: 'habits-repair' }), { timeout: 3000 });
        expect(el.querySelector('main')).not.toBe(f.main);
        expect(document.documentElement.dataset.rapportFirstFigures).toMatch(/^\d+(\.\d)?$/);
        await vi.waitFor(() => expect(el.querySelector('[data-rapport-heatmap]')).not.toBeNull());
        const app = el.cloneNode(true) as HTMLElement;
        const hm = app.querySelector('section[aria-labelledby="hm-title"]')!;
        const ph = document.createElement('div');
        ph.className = 'heatmap heatmap-placeholder';
        hm.replaceChildren(hm.querySelector('h2')!, ph);
        expect(app.innerHTML).toBe(early);
      } finally {
        vi.useRealTimers();
      }
    });
  }
});
