import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupApp, type PopupDeps } from '../../../src/popup/App';
import { readSnapshot } from '../../../src/popup/data';
import { createHabitsService } from '../../../src/background/service';
import { BACKUP_PREFIX, HABITS_KEY, NOTICE_KEY } from '../../../src/habits/schema';
import { RECENT_DAYS_KEY } from '../../../src/habits/store';
import { isoLocal } from '../../../src/habits/days';
import { SETTINGS_KEY, DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { createFakeBrowser, pageDepsOf, type FakeBrowser } from '../habits/fake-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const STATS = ['streak-current', 'streak-best', 'today', 'week-posts', 'week-comments', 'week-reactions', 'week-invites-with-note', 'week-invites-without-note', 'week-messages'];

let fake: FakeBrowser;
let clock: Date;
let root: HTMLElement;
let service: ReturnType<typeof createHabitsService>;

function deps(): PopupDeps {
  return { ...pageDepsOf(fake, service, () => clock), openOptions: () => undefined };
}

async function mount(): Promise<void> {
  const d = deps();
  const initial = await readSnapshot(d.local, d.sync);
  render(<PopupApp deps={d} initial={initial} />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-rapport-stat]')).not.toBeNull());
  await sleep(10);
}

const stat = (id: string) => root.querySelector(`[data-rapport-stat="${id}"]`)?.textContent;
const figures = () => Object.fromEntries(STATS.map((s) => [s, stat(s)]));

beforeEach(() => {
  fake = createFakeBrowser();
  clock = new Date(2026, 10, 26, 10); // Thursday
  service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => clock });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('popup', () => {
  it('empty history: every contract figure is there and zero, no notice', async () => {
    await mount();
    expect(figures()).toEqual(Object.fromEntries(STATS.map((s) => [s, '0'])));
    expect(root.querySelector('[data-rapport-notice]')).toBeNull();
  });

  it('first run: a "how it works" card with an Open LinkedIn button instead of empty goals and heatmap; gone once there is data', async () => {
    const opened: string[] = [];
    const d = { ...deps(), openUrl: (u: string) => opened.push(u) };
    render(<PopupApp deps={d} initial={await readSnapshot(d.local, d.sync)} />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-first-run]')).not.toBeNull());
    const card = root.querySelector('[data-rapport-first-run]')!;
    expect(card.textContent).toContain('How Rapport works');
    expect(card.textContent).toContain('no account, no server');
    expect(root.querySelector('[data-goal]')).toBeNull();
    expect(root.querySelector('section[aria-labelledby="hm-title"]')).toBeNull();
    card.querySelector<HTMLButtonElement>('button')!.click();
    expect(opened).toEqual(['https://www.linkedin.com/feed/']);
    await service.handle({ kind: 'record', type: 'reaction' });
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-first-run]')).toBeNull());
    expect(root.querySelector('[data-goal]')).not.toBeNull();
  });

  it('says what counts, with a visible legend for tiles that do not, and one next step with a button', async () => {
    for (const type of ['comment', 'comment', 'message', 'reaction', 'reaction', 'reaction'] as const) await service.handle({ kind: 'record', type });
    await service.handle({ kind: 'record', type: 'invite', note: false });
    const opened: string[] = [];
    const d = { ...deps(), openUrl: (u: string) => opened.push(u) };
    render(<PopupApp deps={d} initial={await readSnapshot(d.local, d.sync)} />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-counted]')).not.toBeNull());
    // counted by default: posts, comments, messages, invitations with a note
    expect(root.querySelector('[data-rapport-counted]')!.textContent).toBe('3 count for your streak · 4 more');
    expect(root.querySelector('.legend')!.textContent).toBe('not counted');
    expect(root.querySelectorAll('.tile-uncounted')).toHaveLength(2);
    // comments lag the weekly goal (2 of 5): the one next step says so
    const next = root.querySelector('[data-rapport-next]')!;
    expect(next.getAttribute('data-rapport-next')).toBe('comment');
    expect(next.textContent).toContain('Comment on a post from your network.');
    next.querySelector<HTMLButtonElement>('button')!.click();
    expect(opened).toEqual(['https://www.linkedin.com/feed/']);
  });

  it('German: singular and plural of what counts, "Sie" in the next step', async () => {
    await fake.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLanguage: 'de', streakKinds: ['post', 'comment', 'message', 'invite-note', 'invite-plain', 'reaction'] } });
    await service.handle({ kind: 'record', type: 'comment' });
    await mount();
    expect(root.querySelector('[data-rapport-counted]')!.textContent).toBe('1 zählt für Ihre Serie');
    expect(root.querySelector('.legend')).toBeNull(); // every kind counts: no legend needed
    expect(root.querySelector('[data-rapport-next]')!.textContent).toContain('Kommentieren Sie einen Beitrag Ihres Netzwerks.');
    expect(root.querySelector('.streak-unit')!.textContent).toBe('Tag in Serie');
  });

  it('the pause switch pauses coaching in the settings’ home, says so, and switches back', async () => {
    await service.handle({ kind: 'record', type: 'comment' });
    await mount();
    const sw = () => root.querySelector<HTMLButtonElement>('[data-rapport-pause]')!;
    expect(sw().getAttribute('role')).toBe('switch');
    expect(sw().getAttribute('aria-checked')).toBe('false');
    sw().click();
    await vi.waitFor(() => expect(sw().getAttribute('aria-checked')).toBe('true'));
    expect(((await fake.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as { paused: boolean }).paused).toBe(true);
    expect(root.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status')).toBe('paused');
    expect(root.querySelector('[data-rapport-status]')!.textContent).toContain('until you switch it back on');
    // kept on this device only: the switch writes there, storage.sync stays empty
    await fake.local.set(await fake.sync.get(SETTINGS_KEY));
    await fake.sync.remove(SETTINGS_KEY);
    sw().click();
    await vi.waitFor(() => expect(sw().getAttribute('aria-checked')).toBe('false'));
    expect(((await fake.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { paused: boolean }).paused).toBe(false);
    expect(await fake.sync.get(SETTINGS_KEY)).toEqual({});
    expect(root.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status')).toBe('ok');
  });

  it('shows the streak, today and this week from recorded events', async () => {
    for (const [d, type, note] of [
      [23, 'post'],
      [24, 'comment'],
      [25, 'message'],
      [26, 'invite', true],
      [26, 'invite', false],
      [26, 'reaction'],
    ] as const) {
      clock = new Date(2026, 10, d, 9);
      await service.handle({ kind: 'record', type, note });
    }
    clock = new Date(2026, 10, 26, 10);
    await mount();
    expect(figures()).toEqual({
      'streak-current': '4',
      'streak-best': '4',
      today: '3',
      'week-posts': '1',
      'week-comments': '1',
      'week-reactions': '1',
      'week-invites-with-note': '1',
      'week-invites-without-note': '1',
      'week-messages': '1',
    });
    expect(root.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status')).toBe('ok');
    expect(root.querySelector('[data-rapport-note-share]')!.getAttribute('data-rapport-note-share')).toBe('50');
    // Goals: 1 of 1 posts met; comments 1 of 5; invitations 1 of 2 with a note.
    expect(root.querySelector('[data-goal="posts"]')!.className).toContain('goal-met');
    expect(root.querySelector('[data-goal="comments"]')!.className).not.toContain('goal-met');
    expect(root.querySelector('[data-goal="invites-with-note"] [role=progressbar]')!.getAttribute('aria-valuenow')).toBe('1');
  });

  it('at risk: says so, in the risk tone', async () => {
    clock = new Date(2026, 10, 25, 9);
    await service.handle({ kind: 'record', type: 'comment' });
    clock = new Date(2026, 10, 26, 10);
    await mount();
    expect(stat('streak-current')).toBe('1');
    expect(root.querySelector('[data-rapport-status]')!.getAttribute('data-rapport-status')).toBe('risk');
    expect(root.textContent).toContain('At risk');
  });

  it('updates live when the background records something', async () => {
    await mount();
    expect(stat('week-comments')).toBe('0');
    await service.handle({ kind: 'record', type: 'comment' });
    await vi.waitFor(() => expect(stat('week-comments')).toBe('1'));
    expect(stat('streak-current')).toBe('1');
  });

  it('a corrupt stored value: a working popup with a notice; the value is set aside, not lost', async () => {
    fake.local.put(HABITS_KEY, { v: 1, events: 'oops' });
    await mount();
    expect(stat('streak-current')).toBe('0');
    // The repair request, then the storage change.
    const notice = await vi.waitFor(() => {
      const n = root.querySelector('[data-rapport-notice]');
      expect(n).not.toBeNull();
      return n;
    });
    await vi.waitFor(() => expect([...fake.local.data.keys()].some((k) => k.startsWith(BACKUP_PREFIX))).toBe(true));
    const backups = [...fake.local.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(backups).toHaveLength(1);
    expect(fake.local.peek(backups[0]!)).toEqual({ v: 1, events: 'oops' });
    (notice!.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-notice]')).toBeNull());
    expect(fake.local.peek(NOTICE_KEY)).toBeUndefined();
  });

  it('a corrupt day index is ignored: the figures come from the events', async () => {
    await service.handle({ kind: 'record', type: 'post' });
    fake.local.put(RECENT_DAYS_KEY, { v: 2, tz: Intl.DateTimeFormat().resolvedOptions().timeZone, month: '2026-11', days: { '2026-11-26': ['x'] } });
    await mount();
    expect(stat('week-posts')).toBe('1');
  });

  it('an index from another time zone is not trusted', async () => {
    const at = isoLocal(new Date(2026, 10, 26, 9));
    fake.local.put(HABITS_KEY, { v: 1, events: [{ id: 'a', type: 'post', at }], rolled: {} });
    await service.handle({ kind: 'habits-repair' }); // migrates to pieces, with indexes in this zone
    fake.local.put(RECENT_DAYS_KEY, { v: 2, tz: 'Mars/Olympus_Mons', month: '2026-11', days: { '2026-11-20': [9, 9, 9, 9, 9, 9] } });
    await mount();
    expect(stat('week-posts')).toBe('1');
    expect(stat('today')).toBe('1');
  });

  it('speaks German when the setting says so', async () => {
    fake.sync.put(SETTINGS_KEY, { ...DEFAULT_SETTINGS, uiLanguage: 'de' });
    await mount();
    expect(root.textContent).toContain('Diese Woche');
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('de'));
  });

  it('heatmap: 26 weeks, a label per day, arrow keys move between days', async () => {
    clock = new Date(2026, 10, 25, 9);
    await service.handle({ kind: 'record', type: 'comment' });
    clock = new Date(2026, 10, 26, 10);
    await mount();
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-heatmap]')).not.toBeNull());
    const svg = root.querySelector('[data-rapport-heatmap]')!;
    const cells = svg.querySelectorAll('[role=gridcell]');
    // 25 full weeks plus Monday..Thursday of this week.
    expect(cells.length).toBe(25 * 7 + 4);
    expect(svg.querySelectorAll('[role=row]').length).toBe(7);
    const focusable = svg.querySelectorAll('[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    expect(focusable[0]!.getAttribute('aria-current')).toBe('date');
    expect(focusable[0]!.getAttribute('aria-label')).toMatch(/26 Nov 2026: nothing/);
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    await sleep(20);
    const now = svg.querySelector('[tabindex="0"]')!;
    expect(now.getAttribute('aria-label')).toMatch(/25 Nov 2026: 1 counted, 1 in all/);
    expect(root.querySelector('.hm-detail')!.textContent).toMatch(/25 Nov 2026/);
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await sleep(20);
    expect(svg.querySelector('[tabindex="0"]')!.getAttribute('data-cell')).toBe('0-0');
  });
});
