/**
 * Where the invitation panel lives in LinkedIn's dialog (src/content/ui/host.ts placeInDialog) and
 * how it holds its place while the note is empty (src/content/ui/panel.ts `hint`), so LinkedIn's
 * buttons do not move on the first keystroke. Real layout is measured in tests/e2e/panel-layout.test.ts.
 */
import { describe, it, expect, beforeEach } from 'vitest';
import { mountHost, placeInDialog } from '../../../src/content/ui/host';
import { createPanel, PANEL_CSS } from '../../../src/content/ui/panel';
import { inviteView } from '../../../src/content/features/invite/view';
import { t } from '../../../src/content/i18n';

function dialog(bodyStyle: string): { d: HTMLElement; body: HTMLElement; field: HTMLTextAreaElement; bar: HTMLElement } {
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog');
  const body = document.createElement('div');
  body.className = 'artdeco-modal__content';
  body.setAttribute('style', bodyStyle);
  const wrap = document.createElement('div');
  const field = document.createElement('textarea');
  wrap.append(field);
  body.append(wrap);
  const bar = document.createElement('div');
  bar.className = 'artdeco-modal__actionbar';
  bar.append(document.createElement('button'));
  d.append(body, bar);
  document.body.append(d);
  return { d, body, field, bar };
}

const place = (d: HTMLElement, bar: HTMLElement | null, from: Element | null) => mountHost('invite', d, (h) => placeInDialog(h, d, bar, from), PANEL_CSS).host;

describe('the panel in the dialog', () => {
  beforeEach(() => document.body.replaceChildren());

  it('at the end of the scroll area that holds the note field, above the buttons', () => {
    const { d, body, field, bar } = dialog('overflow-y: auto');
    const host = place(d, bar, field);
    expect(host.parentElement).toBe(body);
    expect(body.lastElementChild).toBe(host);
    expect(host.getAttribute('data-rapport-place')).toBe('body');
  });

  it('the first step (no note field): in the scrolling body right above the buttons', () => {
    const { d, body, bar } = dialog('overflow-y: scroll');
    const host = place(d, bar, null);
    expect(host.parentElement).toBe(body);
  });

  it('a dialog whose body does not scroll: just above the button row, with its own margins', () => {
    const { d, field, bar } = dialog('');
    const host = place(d, bar, field);
    expect(host.nextElementSibling).toBe(bar);
    expect(host.hasAttribute('data-rapport-place')).toBe(false);
  });

  it('no button row: at the dialog end', () => {
    const { d, field, bar } = dialog('');
    bar.remove();
    const host = place(d, null, field);
    expect(d.lastElementChild).toBe(host);
  });
});

describe('an empty note holds the panel open with a plain line', () => {
  const base = { text: '', limit: 300, findings: [], quotaUsed: false, notesLeft: null, recipient: 'Anna Müller', isRuleOn: () => true, message: () => '' };

  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: the hint, no check mark, not folded; the first finding replaces it`, () => {
      const view = inviteView({ ...base, step: 'note', lang, t: (k, ...s) => t(lang, k, ...s) })!;
      expect(view.items).toEqual([]);
      expect(view.hint).toBe(lang === 'en' ? 'Checks your note as you type, here in your browser.' : 'Prüft Ihre Notiz beim Schreiben, hier in Ihrem Browser.');
      const host = mountHost('invite', document.body, (h) => document.body.append(h), PANEL_CSS, lang);
      const panel = createPanel(host.root, { lang: () => lang });
      panel.update(view);
      const section = host.root.querySelector('section.rp')!;
      expect(section.hasAttribute('data-empty')).toBe(false);
      const hint = host.root.querySelector('[data-rapport-state="hint"]')!;
      expect(hint.hasAttribute('hidden')).toBe(false);
      expect(hint.textContent).toBe(view.hint);
      expect(host.root.querySelector('[data-rapport-state="good"]')!.hasAttribute('hidden')).toBe(true);
      panel.update({ items: [{ rule: 'invite.generic', severity: 'warning', message: 'm' }] });
      expect(hint.hasAttribute('hidden')).toBe(true);
      expect(section.getAttribute('data-state')).toBe('findings');
    });
  }
});

describe('the note step keeps one height (steady) with what Rapport looks for while it has nothing to say', () => {
  const base = { limit: 300, findings: [], quotaUsed: false, notesLeft: null, recipient: 'Anna Müller', isRuleOn: () => true, message: () => 'm' };

  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: steady from the empty note on; tips name the recipient; findings replace the tips, the good state brings them back`, () => {
      const tr = (k: string, ...s: (string | number)[]) => t(lang, k, ...s);
      const empty = inviteView({ ...base, step: 'note', text: '', lang, t: tr })!;
      const good = inviteView({ ...base, step: 'note', text: 'Hi Anna, great talk.', lang, t: tr })!;
      expect(empty.steady).toBe(true);
      expect(good.steady).toBe(true);
      expect(empty.tips!.lines[0]).toBe(lang === 'en' ? 'Something about Anna: a post, a talk, a shared contact' : 'Etwas über Anna: ein Beitrag, ein Vortrag, ein gemeinsamer Kontakt');
      expect(inviteView({ ...base, step: 'note', text: '', recipient: '', lang, t: tr })!.tips!.lines[0]).not.toMatch(/\$1|undefined/);
      // the first step (no note field) fits its content
      expect(inviteView({ ...base, step: 'gate', text: '', lang, t: tr })!.steady).toBeFalsy();

      const host = mountHost('invite', document.body, (h) => document.body.append(h), PANEL_CSS, `steady-${lang}`);
      const panel = createPanel(host.root, { lang: () => lang });
      const section = host.root.querySelector('section.rp')!;
      const tips = host.root.querySelector<HTMLElement>('[data-rapport-state="tips"]')!;
      panel.update(empty);
      expect(section.hasAttribute('data-steady')).toBe(true);
      expect(tips.hidden).toBe(false);
      expect([...tips.querySelectorAll('li')].map((li) => li.textContent)).toEqual(empty.tips!.lines);
      panel.update({ ...good, items: [{ rule: 'invite.generic', severity: 'warning', message: 'm' }], good: null });
      expect(tips.hidden).toBe(true);
      expect(section.hasAttribute('data-empty')).toBe(false);
      // every finding muted ("Not now"): a steady panel does not fold, it shows the tips again
      (host.root.querySelector('[data-rapport-action="not-now"]') as HTMLButtonElement).click();
      expect(section.hasAttribute('data-empty')).toBe(false);
      expect(tips.hidden).toBe(false);
      panel.update(good);
      expect(host.root.querySelector<HTMLElement>('[data-rapport-state="good"]')!.hidden).toBe(false);
      expect(tips.hidden).toBe(false);
      // collapsed by the person: one line, no tips
      panel.setCollapsed(true);
      expect(section.hasAttribute('data-collapsed')).toBe(true);
      expect(tips.hidden).toBe(true);
    });
  }
});
