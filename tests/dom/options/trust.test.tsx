/**
 * The options page's set-aside histories and coaching health (issue 13, rows 9 and 13), rendered
 * with the real background service over the storage fake: a history set aside at start-up is
 * listed, exported, restored into the current one and deleted by the person (never pruned by us);
 * the health record shows when each coach last recognised its field, and follows new reports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { OptionsApp, readOptionsData, type OptionsDeps } from '../../../src/options/App';
import { createHabitsService } from '../../../src/background/service';
import { BACKUP_PREFIX, HABITS_KEY } from '../../../src/habits/schema';
import { readFullStore } from '../../../src/habits/store';
import { MAX_IMPORT_BYTES, parseExport } from '../../../src/habits/exchange';
import { HEALTH_KEY } from '../../../src/habits/health';
import { isoLocal } from '../../../src/habits/days';
import { SETTINGS_KEY } from '../../../src/shared/settings';
import { createFakeBrowser, pageDepsOf, type FakeBrowser } from '../habits/fake-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const clock = new Date(2026, 10, 26, 10);

let fake: FakeBrowser;
let root: HTMLElement;
let service: ReturnType<typeof createHabitsService>;
let downloads: { filename: string; text: string }[];

async function mount(): Promise<void> {
  const d: OptionsDeps = { ...pageDepsOf(fake, service, () => clock), download: (filename, text) => void downloads.push({ filename, text }) };
  render(<OptionsApp deps={d} initial={await readOptionsData(d)} />, root);
  await sleep(30);
}

async function until(fn: () => unknown, ms = 2000): Promise<void> {
  for (let t = 0; !fn() && t < ms; t += 10) await sleep(10);
}

/** A worker starts on a store it cannot read (a value written by a newer version, then a damaged one). */
async function setAside(value: unknown, at: Date): Promise<void> {
  fake.local.data.delete('habits.meta');
  fake.local.put(HABITS_KEY, value);
  const worker = createHabitsService({ local: fake.local, sync: fake.sync, now: () => at });
  await worker.handle({ kind: 'habits-repair' });
}

beforeEach(() => {
  fake = createFakeBrowser();
  downloads = [];
  service = createHabitsService({ local: fake.local, sync: fake.sync, now: () => clock });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('set-aside histories in the options page (row 9)', () => {
  it('lists each one; a readable one is exported as an import file and restored; any one can be exported and deleted', async () => {
    const kept = [
      { id: 'old-1', type: 'comment', at: isoLocal(new Date(2026, 10, 20, 9)) },
      { id: 'old-2', type: 'invite', at: isoLocal(new Date(2026, 10, 21, 9)), note: true },
    ];
    await setAside({ v: 9, events: [] }, new Date(2026, 10, 24, 8)); // from a newer version: not readable here
    // A readable history that was set aside (as a downgrade leaves it).
    fake.local.put(`${BACKUP_PREFIX}${new Date(2026, 10, 25, 8).getTime()}`, { v: 1, events: kept, rolled: {} });
    await service.handle({ kind: 'record', type: 'post' });
    await mount();
    await until(() => root.querySelector('[data-rapport-backups]'));
    const rows = [...root.querySelectorAll<HTMLElement>('[data-rapport-backup]')];
    expect(root.querySelector('[data-rapport-backups]')!.getAttribute('data-rapport-backups')).toBe('2');
    expect(rows[0]!.textContent).toContain('not readable by this version');
    expect(rows[1]!.textContent).toContain('2 interactions');
    expect(rows[0]!.querySelector<HTMLButtonElement>('button[name=backupRestore]')!.disabled).toBe(true);

    // Export: the readable one as a file the import takes; the other one kept as it was stored.
    rows[1]!.querySelector<HTMLButtonElement>('button[name=backupExport]')!.click();
    rows[0]!.querySelector<HTMLButtonElement>('button[name=backupExport]')!.click();
    await until(() => downloads.length === 2);
    const file = parseExport(downloads[0]!.text, clock.getTime());
    expect(file.ok && file.events.map((e) => e.id)).toEqual(['old-1', 'old-2']);
    expect(JSON.parse(downloads[1]!.text)).toMatchObject({ format: 'rapport-set-aside', value: { v: 9, events: [] } });

    // Restore merges it into the current history, and says so.
    rows[1]!.querySelector<HTMLButtonElement>('button[name=backupRestore]')!.click();
    await until(() => root.querySelector('[data-rapport-backup-result]'));
    expect(root.querySelector('[data-rapport-backup-result]')!.textContent).toBe('Restored: 2 interactions added, 0 already here.');
    expect((await readFullStore(fake.local)).store.events.map((e) => e.id)).toEqual(expect.arrayContaining(['old-1', 'old-2']));
    expect(root.querySelector('[data-rapport-interactions]')!.getAttribute('data-rapport-interactions')).toBe('3');

    // Delete is the person's choice, one by one.
    root.querySelectorAll<HTMLElement>('[data-rapport-backup]')[0]!.querySelector<HTMLButtonElement>('button[name=backupDelete]')!.click();
    await until(() => root.querySelector('[data-rapport-backups]')?.getAttribute('data-rapport-backups') === '1');
    expect([...fake.local.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);
  });

  it('says when there is none', async () => {
    await mount();
    await until(() => root.querySelector('[data-rapport-backups]'));
    expect(root.querySelector('[data-rapport-backups]')!.textContent).toBe('None.');
  });
});

describe('imports (row 5)', () => {
  it('a file over the stated size is refused before it is read, and nothing changes', async () => {
    await service.handle({ kind: 'record', type: 'post' });
    await mount();
    const before = JSON.stringify([...fake.local.data]);
    let read = false;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    file.text = () => ((read = true), Promise.resolve('{}'));
    const input = root.querySelector<HTMLInputElement>('input[name=importFile]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('[data-rapport-import]'));
    expect(read).toBe(false);
    expect(root.querySelector('[data-rapport-import]')!.getAttribute('data-rapport-import')).toBe('error');
    expect(root.querySelector('[data-rapport-import]')!.textContent).toMatch(/too large/i);
    expect(JSON.stringify([...fake.local.data])).toBe(before);
  });
});

describe('coaching health in the options page (row 13)', () => {
  it('shows when each place was last recognised, "not yet" for the others, and follows new reports', async () => {
    await service.handle({ kind: 'health', surface: 'invite' }, 'content');
    await mount();
    const at = (s: string) => root.querySelector(`[data-rapport-health="${s}"] dd`)!;
    await until(() => at('invite').getAttribute('data-rapport-health-at'));
    expect(at('invite').getAttribute('data-rapport-health-at')).toBe(clock.toISOString());
    expect(at('invite').textContent).toMatch(/^last 26 Nov 2026/);
    expect(at('comment').textContent).toBe('not yet');
    expect(root.querySelector('[data-rapport-health="unknown-editor"] dt')!.textContent).toBe('A LinkedIn text field Rapport did not recognise');
    await service.handle({ kind: 'health', surface: 'unknown-editor' }, 'content');
    await until(() => at('unknown-editor').getAttribute('data-rapport-health-at'));
    expect(at('unknown-editor').textContent).toMatch(/^last /);
    // In German.
    await fake.sync.set({ [SETTINGS_KEY]: { uiLanguage: 'de' } });
    await until(() => root.querySelector('#health-h')!.textContent !== 'Coaching health');
    expect(at('comment').textContent).not.toBe('not yet');
    expect(fake.local.peek(HEALTH_KEY)).toBeDefined();
  });
});
