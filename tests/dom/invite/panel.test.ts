/** The shared findings panel: contract attributes, keyed updates (no re-announcements), states, controls, language. */
import { describe, it, expect, beforeEach } from 'vitest';
import { createPanel, PANEL_CSS, type PanelItem, type PanelOptions } from '../../../src/content/ui/panel';
import { mountHost } from '../../../src/content/ui/host';
import type { Lang } from '../../../src/engine/types';

let lang: Lang = 'en';
function setup(opts: Partial<PanelOptions> = {}) {
  const scope = document.createElement('div');
  document.body.append(scope);
  const host = mountHost('post', scope, (h) => scope.append(h), PANEL_CSS, 'field-1');
  const panel = createPanel(host.root, { lang: () => lang, ...opts });
  return { host, panel, root: host.root };
}

const A: PanelItem = { rule: 'invite.generic', severity: 'warning', message: 'This reads like a template.', snippet: 'I came across your profile' };
const B: PanelItem = { rule: 'invite.placeholder', severity: 'error', message: 'The slot "[Name]" is still there.', snippet: '[Name]' };
const N: PanelItem = { note: 'over-limit', severity: 'error', message: '230 characters: LinkedIn allows 200 here. Cut 30.' };

describe('findings panel', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    lang = 'en';
  });

  it('an update that changes nothing writes nothing (no mutation records for LinkedIn or us while someone types)', async () => {
    const { panel, root } = setup();
    panel.update({ items: [A, N] });
    const seen: MutationRecord[] = [];
    const mo = new MutationObserver((r) => seen.push(...r));
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    for (let i = 0; i < 5; i++) panel.update({ items: [A, N] });
    await Promise.resolve();
    seen.push(...mo.takeRecords());
    expect(seen).toEqual([]);
    panel.update({ items: [A] });
    seen.push(...mo.takeRecords());
    expect(seen.length).toBeGreaterThan(0);
    mo.disconnect();
  });

  it('shows each finding as an element with data-rapport-rule whose text is exactly the message; notes use data-rapport-note', () => {
    const { panel, root } = setup();
    panel.update({ items: [A, N] });
    const a = root.querySelector('[data-rapport-rule="invite.generic"]')!;
    expect(a.textContent).toBe(A.message);
    expect(root.querySelector('[data-rapport-note="over-limit"]')!.textContent).toBe(N.message);
    expect(root.querySelector('[data-rapport-note="over-limit"]')!.hasAttribute('data-rapport-rule')).toBe(false);
    expect(root.querySelector('q.snip')!.textContent).toBe('I came across your profile');
    expect(root.querySelector('.list')!.getAttribute('aria-live')).toBe('polite');
    expect(root.querySelector('.summary')!.textContent).toBe('1 mistake to fix'); // the over-limit note is an error
  });

  it('orders by severity (errors first) and keeps unchanged findings as the same nodes', () => {
    const { panel, root } = setup();
    panel.update({ items: [A] });
    const first = root.querySelector('li')!;
    panel.update({ items: [A, B] });
    const lis = [...root.querySelectorAll('li')];
    expect(lis.map((l) => l.getAttribute('data-severity'))).toEqual(['error', 'warning']);
    expect(lis[1]).toBe(first); // not re-created: a screen reader hears only the new one
    panel.update({ items: [B] });
    expect(root.querySelectorAll('li')).toHaveLength(1);
    expect(root.querySelector('[data-rapport-rule="invite.generic"]')).toBeNull();
  });

  it('quiet good state; folded (but still in the accessibility tree, live regions ready) when there is nothing to say', () => {
    const { panel, root } = setup();
    const section = root.querySelector('section.rp')!;
    panel.update({ items: [] });
    expect(section.hasAttribute('data-empty')).toBe(true);
    expect(section.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('.list')!.hasAttribute('hidden')).toBe(false);
    panel.update({ items: [], good: 'Looks personal.' });
    expect(section.hasAttribute('data-empty')).toBe(false);
    const good = root.querySelector('[data-rapport-state="good"]')!;
    expect(good.hasAttribute('hidden')).toBe(false);
    expect(good.textContent).toBe('Looks personal.');
    expect(root.querySelectorAll('[data-rapport-rule]')).toHaveLength(0);
    panel.update({ items: [A], good: null });
    expect(good.hasAttribute('hidden')).toBe(true);
  });

  it('collapse (aria-expanded) hides the list; there is no all-or-nothing close button any more', () => {
    const { panel, root } = setup();
    panel.update({ items: [A] });
    const collapse = root.querySelector<HTMLButtonElement>('button.collapse')!;
    collapse.click();
    expect(panel.collapsed).toBe(true);
    expect(collapse.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.list')!.hasAttribute('hidden')).toBe(true);
    collapse.click();
    expect(root.querySelector('.list')!.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('button.close')).toBeNull();
  });

  it('labels its controls in the UI language; untrusted text stays text', () => {
    lang = 'de';
    const { panel, root } = setup();
    panel.update({ items: [{ ...A, message: '<img src=x onerror=alert(1)>', snippet: '<b>x</b>' }] });
    expect(root.querySelector('button.more')!.getAttribute('aria-label')).toBe('Optionen zu diesem Hinweis');
    expect(root.querySelector('.summary')!.textContent).toBe('1 Hinweis');
    expect(root.querySelector('.sr')!.textContent).toBe('Warnung: ');
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('[data-rapport-rule]')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
