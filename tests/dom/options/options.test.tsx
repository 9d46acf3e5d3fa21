import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OptionsApp, readOptionsData, type OptionsDeps } from '../../../src/options/App';
import { createHabitsService } from '../../../src/background/service';
import { readFullStore } from '../../../src/habits/store';
import { FP_META_KEY } from '../../../src/habits/fingerprints';
import { RULE_IDS } from '../../../src/engine/types';
import { SETTINGS_KEY, normalizeSettings, type Settings } from '../../../src/shared/settings';
import { createFakeBrowser, pageDepsOf, type FakeBrowser } from '../habits/fake-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let fake: FakeBrowser;
let root: HTMLElement;
let service: ReturnType<typeof createHabitsService>;
let downloads: { filename: string; text: string }[];
const clock = new Date(2026, 10, 26, 10);

function deps(): OptionsDeps {
  return { ...pageDepsOf(fake, service, () => clock), download: (filename: string, text: string) => void downloads.push({ filename, text }) };
}

async function mount(): Promise<void> {
  const d = deps();
  render(<OptionsApp deps={d} initial={await readOptionsData(d)} />, root);
  await sleep(20);
}

const settings = () => normalizeSettings(fake.sync.peek<Settings>(SETTINGS_KEY));
function click(el: Element | null) {
  (el as HTMLElement).click();
  return sleep(40); // a settings write reads where they live, then writes
}
async function importText(text: string) {
  const input = root.querySelector<HTMLInputElement>('input[name=importFile]')!;
  const file = new File([text], 'rapport.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  const before = root.querySelector('[data-rapport-import]');
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Wait for a new result message (the file is read, sent to the worker, answered).
  for (let i = 0; i < 100; i++) {
    await sleep(20);
    const now = root.querySelector('[data-rapport-import]');
    if (now && now !== before) break;
  }
  await sleep(20);
}

beforeEach(() => {
  fake = createFakeBrowser();
  downloads = [];
  service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => clock });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('options page', () => {
  it('lists every rule with its label; switching one off is saved to storage.sync', async () => {
    await mount();
    const rules = [...root.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule'));
    expect(rules.sort()).toEqual([...RULE_IDS].sort());
    const generic = root.querySelector('[data-rule="invite.generic"]')!;
    expect(generic.querySelector('.rule-label')!.textContent!.length).toBeGreaterThan(3);
    await click(generic.querySelector('input'));
    expect(settings().disabledRules).toEqual(['invite.generic']);
    await click(generic.querySelector('input'));
    expect(settings().disabledRules).toEqual([]);
  });

  it('rule switches show plain names (EN and DE), never rule ids', async () => {
    await mount();
    const labels = () => [...root.querySelectorAll('[data-rule]')].map((l) => l.textContent ?? '');
    for (const text of labels()) for (const id of RULE_IDS) expect(text).not.toContain(id);
    expect(labels().some((x) => x.startsWith('Template note'))).toBe(true);
    await click(root.querySelector('input[name=uiLanguage][value=de]'));
    expect(labels().some((x) => x.startsWith('Notiz nach Vorlage'))).toBe(true);
    for (const text of labels()) for (const id of RULE_IDS) expect(text).not.toContain(id);
  });

  it('says plainly that settings travel with the browser’s sync; "this device only" moves them to storage.local and back, nothing lost', async () => {
    await fake.sync.set({ [SETTINGS_KEY]: { version: 1, disabledRules: ['post.hashtags'], uiLanguage: 'en', restDays: [0], goals: { posts: 4, comments: 2, everyInviteWithNote: false } } });
    await mount();
    const section = () => root.querySelector('[data-rapport-sync]')!;
    const sw = () => root.querySelector<HTMLInputElement>('input[name=deviceOnly]')!;
    expect(section().getAttribute('data-rapport-sync')).toBe('sync');
    expect(section().textContent).toContain("browser's sync storage");
    expect(section().textContent).toContain('Google for Chrome, Mozilla for Firefox');
    expect(sw().checked).toBe(false);
    const before = settings();

    await click(sw());
    await sleep(40);
    expect(section().getAttribute('data-rapport-sync')).toBe('device');
    expect(sw().checked).toBe(true);
    expect(fake.sync.peek(SETTINGS_KEY)).toBeUndefined();
    expect(normalizeSettings(fake.local.peek(SETTINGS_KEY))).toEqual(before);
    expect(section().textContent).toContain('Nothing. Your settings stay on this computer only');
    // a change is saved where the settings now live
    await click(root.querySelector('input[name=restDay][value="3"]'));
    expect(normalizeSettings(fake.local.peek(SETTINGS_KEY)).restDays).toEqual([0, 3]);
    expect(fake.sync.peek(SETTINGS_KEY)).toBeUndefined();
    // a fresh page finds them there
    render(null, root);
    await mount();
    expect(sw().checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name=restDay][value="3"]')!.checked).toBe(true);

    await click(sw());
    await sleep(40);
    expect(section().getAttribute('data-rapport-sync')).toBe('sync');
    expect(fake.local.peek(SETTINGS_KEY)).toBeUndefined();
    expect(settings()).toEqual({ ...before, restDays: [0, 3] });
  });

  it('language, streak kinds, rest days and goals are saved', async () => {
    await mount();
    await click(root.querySelector('input[name=uiLanguage][value=de]'));
    expect(settings().uiLanguage).toBe('de');
    expect(root.querySelector('h1')!.textContent).toBe('Rapport-Einstellungen');
    await click(root.querySelector('input[name=streakKind][value=reaction]'));
    await click(root.querySelector('input[name=streakKind][value=post]'));
    expect(settings().streakKinds.sort()).toEqual(['comment', 'invite-note', 'message', 'reaction']);
    await click(root.querySelector('input[name=restDay][value="6"]'));
    await click(root.querySelector('input[name=restDay][value="3"]'));
    expect(settings().restDays).toEqual([0, 3]);
    const posts = root.querySelector<HTMLInputElement>('input[name=goalPosts]')!;
    posts.value = '3';
    posts.dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(20);
    expect(settings().goals.posts).toBe(3);
    await click(root.querySelector('input[name=goalInvites]'));
    expect(settings().goals.everyInviteWithNote).toBe(false);
  });

  it('coalesces rapid changes and retries a write storage.sync refused (quota)', async () => {
    const realSet = fake.sync.set.bind(fake.sync);
    let calls = 0;
    fake.sync.set = async (items) => {
      calls++;
      if (calls === 1) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
      return realSet(items);
    };
    await mount();
    for (const d of ['1', '2', '3', '4']) (root.querySelector(`input[name=restDay][value="${d}"]`) as HTMLElement).click();
    await sleep(2300);
    expect(settings().restDays).toEqual([0, 1, 2, 3, 4, 6]);
    expect(calls).toBeLessThanOrEqual(3);
  });

  it('follows settings changed elsewhere (another computer through sync)', async () => {
    await mount();
    await fake.sync.set({ [SETTINGS_KEY]: { ...normalizeSettings({}), restDays: [] } });
    await sleep(20);
    expect(root.querySelector<HTMLInputElement>('input[name=restDay][value="0"]')!.checked).toBe(false);
  });

  it('export gives the contract file; import into a fresh profile gives the same events', async () => {
    await service.handle({ kind: 'record', type: 'post' });
    await service.handle({ kind: 'record', type: 'invite', note: true });
    await mount();
    expect(root.querySelector('[data-rapport-interactions]')!.getAttribute('data-rapport-interactions')).toBe('2');
    await click(root.querySelector('button[name=export]'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toBe('rapport-export-2026-11-26.json');
    const file = JSON.parse(downloads[0]!.text);
    expect(file).toMatchObject({ format: 'rapport-export', version: 1 });
    expect(file.events.map((e: { type: string }) => e.type)).toEqual(['post', 'invite']);
    expect(file.events[1].note).toBe(true);

    // A fresh profile.
    render(null, root);
    const original = (await readFullStore(fake.local)).store;
    fake = createFakeBrowser();
    service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => clock });
    await mount();
    await importText(downloads[0]!.text);
    expect(root.querySelector('[data-rapport-import]')!.getAttribute('data-rapport-import')).toBe('ok');
    expect(root.textContent).toContain('Imported 2 new interactions');
    expect((await readFullStore(fake.local)).store.events.map(({ id, type, at, note }) => ({ id, type, at, note }))).toEqual(
      original.events.map(({ id, type, at, note }) => ({ id, type, at, note })),
    );
    await importText(downloads[0]!.text);
    expect(root.textContent).toContain('Imported 0 new interactions (2 were already here)');
  });

  it('a wrong file is refused with a clear message and nothing changes', async () => {
    await service.handle({ kind: 'record', type: 'post' });
    await mount();
    const before = JSON.stringify([...fake.local.data.entries(), ...fake.sync.data.entries()]);
    await importText('{"hello": "world"}');
    expect(root.querySelector('[data-rapport-import]')!.getAttribute('data-rapport-import')).toBe('error');
    expect(root.querySelector('[role=alert]')!.textContent).toBe('This is not a Rapport export file. Nothing was changed.');
    await importText('not json at all');
    expect(root.querySelector('[role=alert]')!.textContent).toContain('not JSON');
    await importText(JSON.stringify({ format: 'rapport-export', version: 1, events: [{ id: 'a', type: 'post', at: '2026-11-26T09:00:00.000+01:00' }, { id: 'b', type: 'poke', at: 'x' }] }));
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Entry 2 in this file is not a valid interaction. Nothing was changed.');
    expect(JSON.stringify([...fake.local.data.entries(), ...fake.sync.data.entries()])).toBe(before);
  });

  it('clears the invitation fingerprints', async () => {
    await service.handle({ kind: 'record', type: 'invite', note: true, fingerprint: [1, 2, 3], recipientName: 'Anna' });
    await mount();
    expect(root.querySelector('[data-rapport-fingerprints]')!.getAttribute('data-rapport-fingerprints')).toBe('1');
    await click(root.querySelector('button[name=clearFingerprints]'));
    await sleep(30);
    expect(fake.local.peek(FP_META_KEY)).toBeUndefined();
    expect(root.querySelector('[data-rapport-fingerprints]')!.getAttribute('data-rapport-fingerprints')).toBe('0');
    expect(root.textContent).toContain('Fingerprints cleared: 1.');
  });
});
