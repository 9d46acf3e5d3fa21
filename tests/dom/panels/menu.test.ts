/**
 * The findings panel as a person uses it: each finding's menu (Not now, Turn off with Undo, Why?,
 * Settings), one-click fixes offered through the caller, saying less (two findings and "+N more",
 * one row per rule, hook and wall of text merged, a quote once), severity without colour, and
 * an empty panel that keeps its buttons out of the tab order.
 */
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { createPanel, PANEL_CSS, SEVERITY_ICON, type Fix, type PanelItem, type PanelOptions } from '../../../src/content/ui/panel';
import { mountHost } from '../../../src/content/ui/host';
import { fakeBrowser, resetFakeBrowser } from '../../support/fake-browser';
import { normalizeSettings } from '../../../src/shared/settings';
import { createHabitsService } from '../../../src/background/service';
import type { Lang } from '../../../src/engine/types';

let lang: Lang = 'en';
function setup(opts: Partial<PanelOptions> = {}) {
  const scope = document.createElement('div');
  document.body.append(scope);
  const host = mountHost('post', scope, (h) => scope.append(h), PANEL_CSS, 'field-1');
  const panel = createPanel(host.root, { lang: () => lang, ...opts });
  return { host, panel, root: host.root };
}
const flush = () => new Promise((r) => setTimeout(r, 0));
const rules = (root: ShadowRoot) => [...root.querySelectorAll('li:not([hidden]) [data-rapport-rule]')].map((e) => e.getAttribute('data-rapport-rule'));
const action = (root: ShadowRoot, rule: string, name: string) => {
  const li = root.querySelector(`[data-rapport-rule="${rule}"]`)!.closest('li')!;
  li.querySelector<HTMLButtonElement>('button.more')!.click();
  li.querySelector<HTMLButtonElement>(`[data-rapport-action="${name}"]`)!.click();
};

const GENERIC: PanelItem = { rule: 'invite.generic', severity: 'warning', message: 'This reads like a template.', snippet: 'I came across your profile' };
const PLACEHOLDER: PanelItem = { rule: 'invite.placeholder', severity: 'error', message: 'The slot "[First Name]" is still there.' };
const HOOK: PanelItem = { rule: 'post.hook', severity: 'info', message: 'Your first line runs past the fold.', snippet: 'I am thrilled to announce…' };
const WALL: PanelItem = { rule: 'post.wall-of-text', severity: 'info', message: 'A block of 600 characters.', snippet: 'I am thrilled to announce…' };
const NOCONV: PanelItem = { rule: 'post.no-conversation', severity: 'info', message: 'End with a question.', snippet: 'I am thrilled to announce…' };
const SELF: PanelItem = { rule: 'post.self-promotion', severity: 'info', message: 'This is mostly about you.', snippet: 'I am thrilled' };
const BAIT: PanelItem = { rule: 'post.engagement-bait', severity: 'warning', message: 'Asking for likes…', snippet: 'Like if you agree' };

describe('a finding’s menu', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    resetFakeBrowser();
    lang = 'en';
  });

  it('opens as a disclosure with four actions, labelled in the UI language', () => {
    lang = 'de';
    const { panel, root } = setup();
    panel.update({ items: [GENERIC] });
    const toggle = root.querySelector<HTMLButtonElement>('li button.more')!;
    const menu = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(menu.hidden).toBe(true);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(menu.hidden).toBe(false);
    expect([...menu.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Nicht jetzt', 'Diese Regel ausschalten', 'Warum?', 'Einstellungen']);
    toggle.click();
    expect(menu.hidden).toBe(true);
  });

  it('"Not now" hides that rule in this draft (the caller’s set), tells the caller, and keeps the others', () => {
    const muted = new Set<string>();
    let redraws = 0;
    const { panel, root } = setup({ muted, onMute: () => redraws++ });
    panel.update({ items: [PLACEHOLDER, GENERIC] });
    action(root, 'invite.generic', 'not-now');
    expect(rules(root)).toEqual(['invite.placeholder']);
    expect(muted.has('invite.generic')).toBe(true);
    expect(panel.muted.has('invite.generic')).toBe(true);
    expect(redraws).toBe(1);
    panel.update({ items: [PLACEHOLDER, { ...GENERIC, snippet: 'other words' }] });
    expect(rules(root)).toEqual(['invite.placeholder']); // still muted while typing on
    // a new panel for the same draft (LinkedIn re-rendered the dialog) gets the same set
    const again = setup({ muted });
    again.panel.update({ items: [GENERIC] });
    expect(rules(again.root)).toEqual([]);
  });

  it('"Turn off this rule" saves it in the settings (the options page’s switch) and Undo switches it back on', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, disabledRules: ['post.hashtags'], uiLanguage: 'de' } });
    // the background writes the settings (content scripts cannot reach them when they live on this device only)
    const service = createHabitsService({ local: fakeBrowser.storage.local, sync: fakeBrowser.storage.sync });
    fakeBrowser.handler = (m) => service.handle(m, 'content');
    const stored = async () => normalizeSettings((await fakeBrowser.storage.sync.get('settings')).settings);
    const { panel, root } = setup();
    panel.update({ items: [PLACEHOLDER, GENERIC] });
    action(root, 'invite.generic', 'turn-off');
    await flush();
    expect(rules(root)).toEqual(['invite.placeholder']);
    await vi.waitFor(async () => expect((await stored()).disabledRules.sort()).toEqual(['invite.generic', 'post.hashtags']));
    let s = await stored();
    expect(s.uiLanguage).toBe('de'); // the rest of the settings kept
    const notice = root.querySelector('.notice')!;
    expect(notice.hasAttribute('hidden')).toBe(false);
    expect(notice.textContent).toBe('Turned off: Template note.Undo');
    expect(root.activeElement).toBe(notice.querySelector('button'));
    notice.querySelector<HTMLButtonElement>('button')!.click();
    await flush();
    await vi.waitFor(async () => expect((await stored()).disabledRules).toEqual(['post.hashtags']));
    expect(rules(root)).toEqual(['invite.placeholder', 'invite.generic']);
    expect(notice.hasAttribute('hidden')).toBe(true);
  });

  it('"Why?" says why it hurts and what the rule looks for, in EN and DE', () => {
    for (const l of ['en', 'de'] as const) {
      lang = l;
      document.body.replaceChildren();
      const { panel, root } = setup();
      panel.update({ items: [GENERIC] });
      action(root, 'invite.generic', 'why');
      const why = root.querySelector<HTMLElement>('[data-rapport-why="invite.generic"]')!;
      expect(why.hidden).toBe(false);
      expect(why.textContent).toMatch(l === 'en' ? /anyone.*stock phrases/s : /automatisiert.*Floskeln/s);
    }
  });

  it('"Settings" asks the background to open the options page', async () => {
    const { panel, root } = setup();
    panel.update({ items: [GENERIC] });
    action(root, 'invite.generic', 'settings');
    await flush();
    expect(fakeBrowser.sent).toContainEqual({ kind: 'open-options' });
  });

  it('notes that are not rules have no menu', () => {
    const { panel, root } = setup();
    panel.update({ items: [{ note: 'over-limit', severity: 'error', message: '230 characters.' }] });
    expect(root.querySelector('li button.more')).toBeNull();
  });
});

describe('one-click fix', () => {
  beforeEach(() => document.body.replaceChildren());
  const fix: Fix = { start: 3, end: 15, was: '[First Name]', text: 'Anna', label: 'Replace with “Anna”' };

  it('is offered only when the caller can apply it, and hands the fix to the caller', () => {
    const applied: Fix[] = [];
    const { panel, root } = setup({ onFix: (f) => applied.push(f) });
    panel.update({ items: [{ ...PLACEHOLDER, fix }] });
    const b = root.querySelector<HTMLButtonElement>('button.fix')!;
    expect(b.textContent).toBe('Replace with “Anna”');
    b.click();
    expect(applied).toEqual([fix]);
    const plain = setup();
    plain.panel.update({ items: [{ ...PLACEHOLDER, fix }] });
    expect(plain.root.querySelector('button.fix')).toBeNull();
  });
});

describe('saying less', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    lang = 'en';
  });

  it('shows the two that matter most (errors first), "+N more" for the rest', () => {
    const { panel, root } = setup();
    panel.update({ items: [SELF, NOCONV, BAIT, PLACEHOLDER] });
    expect(rules(root)).toEqual(['invite.placeholder', 'post.engagement-bait']);
    const more = root.querySelector<HTMLButtonElement>('button.more-items')!;
    expect(more.hidden).toBe(false);
    expect(more.textContent).toBe('+2 more');
    more.click();
    expect(rules(root)).toEqual(['invite.placeholder', 'post.engagement-bait', 'post.self-promotion', 'post.no-conversation']);
    expect(more.textContent).toBe('Show fewer');
    panel.update({ items: [SELF] });
    expect(more.hidden).toBe(true);
  });

  it('one row per rule even when a rule matches several times', () => {
    const { panel, root } = setup();
    panel.update({ items: [BAIT, { ...BAIT, snippet: 'Comment YES' }, { ...BAIT, snippet: 'tag 3 people' }] });
    expect(root.querySelectorAll('li')).toHaveLength(1);
    expect(root.querySelector('.summary')!.textContent).toBe('1 suggestion');
  });

  it('merges hook and wall of text on the same opening, and quotes the opening once', () => {
    const { panel, root } = setup();
    panel.update({ items: [NOCONV, HOOK, WALL] });
    const lis = [...root.querySelectorAll('li')];
    expect(lis).toHaveLength(2);
    expect([...lis[1]!.querySelectorAll('[data-rapport-rule]')].map((e) => [e.getAttribute('data-rapport-rule'), e.textContent])).toEqual([
      ['post.hook', HOOK.message],
      ['post.wall-of-text', WALL.message],
    ]);
    const quotes = [...root.querySelectorAll('q')].map((q) => q.textContent);
    expect(quotes).toEqual(['I am thrilled to announce…']);
    // different blocks stay apart
    panel.update({ items: [HOOK, { ...WALL, snippet: 'Second paragraph…' }] });
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });
});

describe('severity and focus', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    lang = 'en';
  });

  it('an icon shape per level, a red edge and "1 mistake to fix" for errors', () => {
    const { panel, root } = setup();
    panel.update({ items: [PLACEHOLDER, GENERIC, SELF] });
    const shapes = [...root.querySelectorAll('li:not([hidden]) svg.sev path')].map((p) => p.getAttribute('d'));
    expect(shapes).toEqual([SEVERITY_ICON.error, SEVERITY_ICON.warning]);
    expect(new Set(Object.values(SEVERITY_ICON)).size).toBe(4);
    expect(root.querySelector('section')!.getAttribute('data-level')).toBe('error');
    expect(root.querySelector('.summary')!.textContent).toBe('1 mistake to fix');
    panel.update({ items: [PLACEHOLDER, { ...PLACEHOLDER, rule: 'invite.wrong-name' }] });
    expect(root.querySelector('.summary')!.textContent).toBe('2 mistakes to fix');
    panel.update({ items: [GENERIC] });
    expect(root.querySelector('section')!.hasAttribute('data-level')).toBe(false);
    expect(root.querySelector('.summary')!.textContent).toBe('1 suggestion');
    lang = 'de';
    panel.update({ items: [PLACEHOLDER] });
    expect(root.querySelector('.summary')!.textContent).toBe('1 Fehler zu beheben');
  });

  it('an empty panel has no focusable button; focus stays in the panel when its finding goes', async () => {
    const { panel, root } = setup();
    panel.update({ items: [] });
    const focusable = () => [...root.querySelectorAll<HTMLElement>('button')].filter((b) => !b.closest('[hidden]'));
    expect(focusable()).toEqual([]);
    panel.update({ items: [GENERIC, SELF] });
    expect(focusable().length).toBeGreaterThan(0);
    const li = root.querySelector('[data-rapport-rule="invite.generic"]')!.closest('li')!;
    li.querySelector<HTMLButtonElement>('button.more')!.click();
    const notNow = li.querySelector<HTMLButtonElement>('[data-rapport-action="not-now"]')!;
    notNow.focus();
    notNow.click();
    await flush();
    expect(root.activeElement?.closest('li')?.querySelector('[data-rapport-rule]')?.getAttribute('data-rapport-rule')).toBe('post.self-promotion');
    panel.update({ items: [] });
    expect(focusable()).toEqual([]);
  });
});
