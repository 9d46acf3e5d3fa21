/**
 * The welcome tab (src/welcome/): opened once on install, it says what Rapport does and where it
 * shows up, that nothing leaves the browser but the settings through the browser's own sync (with
 * the switch to keep them on this device), how to pin the button, and opens LinkedIn. EN and DE.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { WelcomeApp, readWelcomeData, type WelcomeDeps } from '../../../src/welcome/App';
import { SETTINGS_KEY, DEFAULT_SETTINGS, normalizeSettings } from '../../../src/shared/settings';
import { createFakeBrowser, type FakeBrowser } from '../habits/fake-browser';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';

let fake: FakeBrowser;
let root: HTMLElement;
let opened: number;

function deps(browserLang = 'en-US'): WelcomeDeps {
  return { local: fake.local, sync: fake.sync, browserLang, openOptions: () => void opened++ };
}
async function mount(d = deps()): Promise<void> {
  render(<WelcomeApp deps={d} initial={await readWelcomeData(d)} />, root);
  await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
}

beforeEach(() => {
  fake = createFakeBrowser();
  opened = 0;
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('welcome tab', () => {
  it('says what Rapport does, where it shows up, how to pin it, what leaves the browser, and opens LinkedIn', async () => {
    await mount();
    const text = root.textContent!;
    expect(root.querySelector('h1')!.textContent).toBe('Welcome to Rapport');
    expect(document.title).toBe('Welcome to Rapport');
    for (const part of ['When you invite someone', 'When you post or comment', 'In your toolbar', 'Pin the toolbar button', 'Nothing leaves your browser', 'no server'])
      expect(text).toContain(part);
    expect(text).toContain("your browser maker's sync service (Google for Chrome, Mozilla for Firefox) copies them to your other computers");
    const open = root.querySelector<HTMLAnchorElement>('a[data-rapport-open]')!;
    expect(open.textContent).toBe('Open LinkedIn');
    expect(open.getAttribute('href')).toBe('https://www.linkedin.com/feed/');
    root.querySelector<HTMLButtonElement>('button')!.click();
    expect(opened).toBe(1);
  });

  it('German, in the "Sie" register, when the browser or the setting says so', async () => {
    await mount(deps('de-CH'));
    expect(root.querySelector('h1')!.textContent).toBe('Willkommen bei Rapport');
    expect(document.documentElement.lang).toBe('de');
    const text = root.textContent!;
    expect(text).toContain('LinkedIn öffnen');
    expect(text).toContain('Einstellungen nur auf diesem Gerät speichern');
    expect(text).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    expect(text).not.toContain('ß');
    render(null, root);
    await fake.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, uiLanguage: 'de' } });
    await mount(deps('en-US'));
    expect(root.querySelector('h1')!.textContent).toBe('Willkommen bei Rapport');
  });

  it('"Keep settings on this device only" moves the settings to storage.local and back', async () => {
    await fake.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledRules: ['post.hashtags'] } });
    await mount();
    const sw = () => root.querySelector<HTMLInputElement>('input[name=deviceOnly]')!;
    expect(sw().checked).toBe(false);
    sw().click();
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-sync]')!.getAttribute('data-rapport-sync')).toBe('device'));
    expect(fake.sync.peek(SETTINGS_KEY)).toBeUndefined();
    expect(normalizeSettings(fake.local.peek(SETTINGS_KEY)).disabledRules).toEqual(['post.hashtags']);
    expect(root.textContent).toContain('Your settings, too, stay on this computer only.');
    sw().click();
    await vi.waitFor(() => expect(root.querySelector('[data-rapport-sync]')!.getAttribute('data-rapport-sync')).toBe('sync'));
    expect(fake.local.peek(SETTINGS_KEY)).toBeUndefined();
    expect(normalizeSettings(fake.sync.peek(SETTINGS_KEY)).disabledRules).toEqual(['post.hashtags']);
  });
});

describe('install opens the welcome tab', () => {
  it('on install only, not on update', async () => {
    resetFakeBrowser();
    const created: string[] = [];
    const tabs = fakeBrowser.tabs as { create: (o: { url: string }) => Promise<unknown> };
    const real = tabs.create;
    tabs.create = async ({ url }) => void created.push(url);
    // no content scripts to put back into open tabs here
    (fakeBrowser.runtime as unknown as { getManifest: () => object }).getManifest = () => ({ content_scripts: [] });
    try {
      await import('../../../src/background/index'); // (the same fake browser: no module reset)
      fakeBrowser.runtime.onInstalled.emit({ reason: 'update' });
      expect(created).toEqual([]);
      fakeBrowser.runtime.onInstalled.emit({ reason: 'install' });
      expect(created).toEqual(['chrome-extension://rapport-test/src/welcome/index.html']);
    } finally {
      tabs.create = real;
    }
  });
});
