/** One-click fixes in the invitation note: which findings get one, and how the textarea is changed. */
import { describe, it, expect, beforeEach } from 'vitest';
import { applyFix, noteFix } from '../../../src/content/ui/fix';
import type { Finding } from '../../../src/engine/types';

const at = (text: string, rule: Finding['rule'], part: string): Finding => {
  const start = text.indexOf(part);
  return { rule, severity: 'error', start, end: start + part.length, messageId: rule };
};

describe('noteFix', () => {
  it('a name slot becomes the recipient’s first (or last, or full) name', () => {
    const t1 = 'Hi [First Name], loved your talk.';
    expect(noteFix(t1, at(t1, 'invite.placeholder', '[First Name]'), 'Anna Müller', 'en')).toMatchObject({ was: '[First Name]', text: 'Anna', label: 'Replace with “Anna”' });
    const t2 = 'Hallo {Vorname}, danke für Ihren Vortrag.';
    expect(noteFix(t2, at(t2, 'invite.placeholder', '{Vorname}'), 'Anna Müller', 'de')).toMatchObject({ text: 'Anna', label: 'Durch «Anna» ersetzen' });
    const t3 = 'Guten Tag Frau [Nachname], danke.';
    expect(noteFix(t3, at(t3, 'invite.placeholder', '[Nachname]'), 'Anna Müller', 'de')?.text).toBe('Müller');
  });

  it('a slot that is not a name, or no known recipient: no fix', () => {
    const t = 'Hi [Company] team, Anna here.';
    expect(noteFix(t, at(t, 'invite.placeholder', '[Company]'), 'Anna Müller', 'en')).toBeUndefined();
    const t2 = 'Hi [Name], hello.';
    expect(noteFix(t2, at(t2, 'invite.placeholder', '[Name]'), '', 'en')).toBeUndefined();
    expect(noteFix(t2, { ...at(t2, 'invite.generic', 'hello'), rule: 'invite.generic' }, 'Anna Müller', 'en')).toBeUndefined();
  });

  it('a wrong name becomes the right one: first name, or the surname after Frau/Herr/Mr/Ms', () => {
    const t = 'Hi Karin, loved your talk.';
    expect(noteFix(t, at(t, 'invite.wrong-name', 'Karin'), 'Anna Müller', 'en')?.text).toBe('Anna');
    const t2 = 'Liebe Frau Keller, danke für Ihren Vortrag.';
    expect(noteFix(t2, at(t2, 'invite.wrong-name', 'Keller'), 'Anna Müller', 'de')?.text).toBe('Müller');
  });
});

describe('applyFix', () => {
  let ta: HTMLTextAreaElement;
  let inputs: InputEvent[];
  let counter: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    ta = document.createElement('textarea');
    counter = document.createElement('span');
    document.body.append(ta, counter);
    inputs = [];
    // LinkedIn's counter follows input events, as on the real dialog
    ta.addEventListener('input', (e) => {
      inputs.push(e as InputEvent);
      counter.textContent = `${ta.value.length}/200`;
    });
  });
  const fix = { start: 3, end: 15, was: '[First Name]', text: 'Anna', label: '' };

  it('sets the value through the native setter and one input event; the counter follows; the caret keeps its place', () => {
    let setterValue = '';
    // a framework that tracks the value on the element (React does) must see the prototype's setter
    Object.defineProperty(ta, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(ta),
      set: (v: string) => {
        setterValue = `own:${v}`;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(ta, v);
      },
    });
    ta.value = 'Hi [First Name], loved your talk.';
    setterValue = '';
    ta.setSelectionRange(20, 20); // after "loved"… (behind the slot)
    expect(applyFix(ta, fix)).toBe(true);
    expect(ta.value).toBe('Hi Anna, loved your talk.');
    expect(setterValue).toBe(''); // the element's own setter was bypassed
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.bubbles).toBe(true);
    expect(counter.textContent).toBe('25/200');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([12, 12]);
    expect(document.activeElement).toBe(ta);
  });

  it('changes nothing when the text there has changed since, or the field is not a textarea', () => {
    ta.value = 'Hi Anna, loved your talk.';
    expect(applyFix(ta, fix)).toBe(false);
    expect(ta.value).toBe('Hi Anna, loved your talk.');
    expect(inputs).toHaveLength(0);
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.textContent = 'Hi [First Name], loved your talk.';
    expect(applyFix(editor, fix)).toBe(false);
    expect(editor.textContent).toBe('Hi [First Name], loved your talk.');
    expect(applyFix(null, fix)).toBe(false);
  });
});
