/**
 * The pause switch reaches the content script (src/content/main.ts) wherever the settings live:
 * paused, an open invitation dialog gets no panel and our hosts go; switched back, coaching
 * resumes without a reload. Settings kept on this device only come from the background (the
 * content script cannot read storage.local in Chromium) and their changes arrive as a message.
 */
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, moveSettings, readSettings, writeSettings } from '../../../src/shared/settings';
import { createHabitsService } from '../../../src/background/service';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hosts = () => document.querySelectorAll('[data-rapport-surface]');
const areas = () => ({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync });

function openInviteDialog(name: string): void {
  const t = document.createElement('template');
  t.innerHTML = `<div data-test-modal-container data-test-modal-id="send-invite-modal" class="artdeco-modal-overlay">
    <div data-test-modal role="dialog" aria-labelledby="send-invite-modal" class="artdeco-modal send-invite">
      <div class="artdeco-modal__header"><h2 id="send-invite-modal">Add a note to your invitation?</h2></div>
      <div class="artdeco-modal__content"><p><span>Personalize your invitation to <strong>${name}</strong> by adding a note.</span></p></div>
      <div class="artdeco-modal__actionbar"><button aria-label="Add a note">Add a note</button>
      <button aria-label="Send without a note">Send without a note</button></div></div></div>`; // our own test markup
  document.body.append(t.content);
}

async function startContentScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/content/main');
  await sleep(100);
}

describe('pause reaches LinkedIn’s pages', () => {
  beforeEach(() => {
    resetFakeBrowser();
    (globalThis as Record<symbol, (() => void) | undefined>)[Symbol.for('rapport.instance')]?.();
    document.body.replaceChildren();
    history.replaceState({}, '', '/in/anna-mueller/');
    const service = createHabitsService({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync });
    fakeBrowser.handler = (m) => service.handle(m, 'content');
  });

  it('settings in storage.sync: paused draws nothing; switched back, the panel comes without a reload; paused again, it goes', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, paused: true } });
    await startContentScript();
    openInviteDialog('Anna Müller');
    await sleep(300);
    expect(hosts()).toHaveLength(0);
    await writeSettings(areas(), { ...DEFAULT_SETTINGS, paused: false });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1), { timeout: 2000 });
    await writeSettings(areas(), { ...DEFAULT_SETTINGS, paused: true });
    await vi.waitFor(() => expect(hosts()).toHaveLength(0), { timeout: 2000 });
  });

  it('settings on this device only: read through the background, changes arrive as the background’s message', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, paused: true } });
    await moveSettings(areas(), 'device');
    expect(fakeBrowser.storage.sync._dump()).toEqual({});
    await startContentScript();
    expect(fakeBrowser.sent).toContainEqual({ kind: 'settings' });
    openInviteDialog('Anna Müller');
    await sleep(300);
    expect(hosts()).toHaveLength(0);
    // the options page or popup switches it back on: storage.local changes, the background relays it
    await writeSettings(areas(), { ...DEFAULT_SETTINGS, paused: false });
    expect(fakeBrowser.storage.sync._dump()).toEqual({});
    fakeBrowser.runtime.onMessage.emit({ kind: 'settings-changed', settings: (await readSettings(areas())).settings }, { id: 'rapport-test' });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1), { timeout: 2000 });
  });

  it('moving the settings to this device while a page is open keeps them (the sync copy’s removal is not a reset)', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, paused: true } });
    await startContentScript();
    openInviteDialog('Anna Müller');
    await sleep(300);
    await moveSettings(areas(), 'device'); // storage.sync's copy is removed: the content script asks the background
    await sleep(300);
    expect(hosts()).toHaveLength(0); // still paused, not back to the defaults
  });
});
