/**
 * One-click fixes in the invitation note, applied only when the person clicks them: a left-over
 * name slot ("[First Name]") or a wrong name ("Hi Karin" to Anna) becomes the recipient's name.
 * The note is a plain textarea; its value is set the way typing does (the native value setter and
 * an `input` event), so LinkedIn's character counter and Send button follow. Rich editors (post
 * composer, comments) are never written to: Quill and TipTap keep their own model of the text.
 */
import type { Finding, Lang } from '../../engine/types';
import { t } from '../i18n';
import type { Fix } from './panel';

/** A name slot in a template, and which part of the name it wants. */
const NAME_SLOT = /^[[{<(]{1,2}\s*(first[\s_-]?name|vorname|name|full[\s_-]?name|last[\s_-]?name|surname|nachname|recipient|empfänger(?:in)?)\s*[\]}>)]{1,2}$/i;
/** A title before a surname: the formal greeting wants the surname. */
const TITLE_BEFORE = /\b(Frau|Herr|Mr|Mrs|Ms|Dr|Prof)\.?\s+$/i;

function parts(full: string): { first: string; last: string; full: string } | null {
  const words = full.replace(/\s*\(.*?\)\s*/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return { first: words[0]!, last: words[words.length - 1]!, full: words.join(' ') };
}

/** The first name of a display name ('' when there is none). */
export const firstName = (full: string): string => parts(full)?.first ?? '';

/**
 * The fix for an invitation finding, or undefined when there is no safe one: a placeholder that
 * is not a name slot ("[Company]") gets none, nor does a note without a known recipient.
 */
export function noteFix(text: string, f: Finding, recipient: string, lang: Lang): Fix | undefined {
  const name = parts(recipient);
  if (!name || !(f.end > f.start) || f.end > text.length) return undefined;
  const was = text.slice(f.start, f.end);
  let replacement: string | undefined;
  if (f.rule === 'invite.placeholder') {
    const slot = NAME_SLOT.exec(was.trim());
    if (!slot) return undefined;
    const kind = slot[1]!.toLowerCase();
    replacement = /last|sur|nach/.test(kind) ? name.last : /full/.test(kind) ? name.full : name.first;
  } else if (f.rule === 'invite.wrong-name') {
    const formal = TITLE_BEFORE.test(text.slice(0, f.start));
    const words = was.trim().split(/\s+/).length;
    replacement = formal ? name.last : words > 1 ? name.full : name.first;
  }
  if (!replacement || replacement === was) return undefined;
  return { start: f.start, end: f.end, was, text: replacement, label: t(lang, 'panel_fix_replace', replacement) };
}

/**
 * Replaces [fix.start, fix.end) in a textarea as typing would: LinkedIn's own listeners see an
 * `input` event and a value set through the native setter (a framework that tracks the value on
 * the element sees the change). The caret keeps its place in the text and the note gets focus
 * back. Returns false (and changes nothing) when the text there is no longer what the fix saw.
 */
export function applyFix(field: Element | null, fix: Fix): boolean {
  if (!(field instanceof HTMLTextAreaElement) || !field.isConnected || field.disabled || field.readOnly) return false;
  const value = field.value;
  if (value.slice(fix.start, fix.end) !== fix.was) return false;
  const next = value.slice(0, fix.start) + fix.text + value.slice(fix.end);
  const delta = fix.text.length - (fix.end - fix.start);
  const at = (pos: number) => (pos <= fix.start ? pos : pos >= fix.end ? pos + delta : fix.start + fix.text.length);
  const selStart = at(field.selectionStart ?? value.length);
  const selEnd = at(field.selectionEnd ?? value.length);
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (setter) setter.call(field, next);
  else field.value = next;
  field.focus({ preventScroll: true });
  field.setSelectionRange(selStart, selEnd);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: fix.text }));
  return true;
}
