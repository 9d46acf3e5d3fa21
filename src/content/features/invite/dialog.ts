/**
 * Reading LinkedIn's invitation dialog: which step it shows, who it is for, what LinkedIn says
 * about limits, and what a pressed button means. Read-only: nothing here changes LinkedIn's DOM.
 * Everything read from the page is treated as text (textContent / attributes), never as markup.
 */
import {
  CONNECT_LABEL_NAME,
  INVITE,
  NOTES_LEFT_TEXT,
  NOTE_COUNTER_TEXT,
  WEEKLY_LIMIT_TEXT,
} from '../../linkedin/selectors';
import { closestDeep, queryAllDeep, queryIn, textOf } from '../../linkedin/roots';
import { isProfile, vanityName } from '../../linkedin/url';

export type Step = 'gate' | 'note' | 'upsell' | 'unknown';
export type Action = 'send' | 'send-empty' | 'add-note' | 'cancel' | 'dismiss' | 'none';

const DIALOG_SEL = INVITE.dialog.join(',');
const ANY_DIALOG_SEL = INVITE.anyDialog.join(',');
const CONNECT_SEL = INVITE.connect.join(',');

function matches(e: Element, sel: string): boolean {
  try {
    return e.matches(sel);
  } catch {
    return false;
  }
}

/** The note field inside a dialog (a textarea or a role=textbox). */
export function noteField(dialog: Element): HTMLTextAreaElement | HTMLElement | null {
  return queryIn<HTMLElement>(dialog, INVITE.noteField);
}

export function noteText(field: Element | null): string {
  if (!field) return '';
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) return field.value;
  return (field as HTMLElement).innerText ?? field.textContent ?? '';
}

/** The note's text without layout (a role=textbox note's line breaks may differ from noteText): to tell that it changed. */
export function notePeek(field: Element | null): string {
  if (!field) return '';
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) return field.value;
  return field.textContent ?? '';
}

/** Buttons of the dialog's action row (without the × dismiss control). */
export function actionButtons(dialog: Element): HTMLElement[] {
  const bar = queryIn(dialog, INVITE.actionbar);
  const scope = bar ?? dialog;
  return [...scope.querySelectorAll<HTMLElement>('button, [role="button"]')].filter((b) => !isDismiss(b));
}

function isDismiss(b: Element): boolean {
  return INVITE.dismiss.some((s) => matches(b, s));
}

export function isUpsell(dialog: Element): boolean {
  if (noteField(dialog)) return false;
  return queryIn(dialog, INVITE.upsell) !== null && actionButtons(dialog).length < 2;
}

export function stepOf(dialog: Element): Step {
  if (noteField(dialog)) return 'note';
  if (isUpsell(dialog)) return 'upsell';
  if (actionButtons(dialog).length >= 2) return 'gate';
  return 'unknown';
}

/**
 * Invitation dialogs in the page: those LinkedIn marks as such, plus any dialog holding the note
 * field (`textarea#custom-message` / `[name=message]`). `recentConnect`: a Connect control was
 * pressed moments ago, so a fresh dialog with a two-button action row is taken as the invitation.
 */
export function findDialogs(doc: Document, recentConnect: boolean): Element[] {
  const out = new Set<Element>(queryAllDeep(INVITE.dialog, doc));
  for (const d of queryAllDeep(INVITE.anyDialog, doc)) {
    if (out.has(d) || [...out].some((o) => o.contains(d) || d.contains(o))) continue;
    if (queryIn(d, ['textarea#custom-message', 'textarea[name="message"]'])) out.add(d);
    else if (recentConnect && visible(d) && stepOf(d) === 'gate' && !d.querySelector('[contenteditable="true"]')) out.add(d);
  }
  // Keep the outermost dialog root of nested matches.
  return [...out].filter((d) => ![...out].some((o) => o !== d && o.contains(d)));
}

function visible(e: Element): boolean {
  if (e instanceof HTMLDialogElement) return e.open;
  const he = e as HTMLElement;
  return !he.hidden && he.getAttribute('aria-hidden') !== 'true';
}

/** Is the dialog still on screen? */
export function dialogAlive(dialog: Element): boolean {
  if (!dialog.isConnected) return false;
  if (dialog instanceof HTMLDialogElement) return dialog.open;
  let e: Element | null = dialog;
  while (e) {
    if ((e as HTMLElement).hidden) return false;
    const root = e.getRootNode();
    e = e.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return true;
}

/** The recipient's name as the first step shows it (in <strong>). */
export function dialogRecipient(dialog: Element): string {
  const content = queryIn(dialog, ['.artdeco-modal__content']) ?? dialog;
  const strong = queryIn(content, INVITE.recipient);
  const name = textOf(strong);
  return name.length > 0 && name.length <= 120 ? name : '';
}

/** "Invite Anna Müller to connect" → "Anna Müller" (EN, DE; other languages: ''). */
export function nameFromConnectLabel(label: string | null | undefined): string {
  const l = (label ?? '').trim();
  for (const re of CONNECT_LABEL_NAME) {
    const m = re.exec(l);
    if (m?.[1]) return m[1].trim();
  }
  return '';
}

/** The Connect control an event started on, if any (outside of dialogs). */
export function connectControl(start: Element | null): Element | null {
  if (!start) return null;
  const c = closestDeep(start, CONNECT_SEL);
  if (!c || closestDeep(c, ANY_DIALOG_SEL)) return null;
  return c;
}

/**
 * Name and headline around a Connect control: its label, its list card, or, for the profile's own
 * control, the profile top card. A control that names someone else (a "More profiles for you" rail
 * on a profile page) keeps to its own card: it never takes the profile's headline.
 */
export function personAround(control: Element, doc: Document): { name: string; headline: string } {
  let name = nameFromConnectLabel(control.getAttribute('aria-label'));
  let headline = '';
  const card = queryCard(control);
  if (card) headline = textOf(queryIn(card, INVITE.cardHeadline));
  const href = doc.location?.href ?? '';
  if (isProfile(href)) {
    const p = profilePerson(doc);
    const target = control.getAttribute('href');
    const slug = target ? vanityName(new URL(target, href)) : null;
    const own = slug ? slug === vanityName(href) : !name || name === p.name;
    if (own) {
      name ||= p.name;
      headline = p.headline || headline;
    }
  }
  return { name, headline: headline.slice(0, 300) };
}

function queryCard(control: Element): Element | null {
  for (const s of INVITE.card) {
    const c = control.closest(s);
    if (c) return c;
  }
  return null;
}

/** The profile page's name (h1, else the title "First Last | LinkedIn") and headline. */
export function profilePerson(doc: Document): { name: string; headline: string } {
  const h1 = queryIn(doc, INVITE.profileName);
  let name = textOf(h1);
  if (!name || name.length > 120) name = (doc.title.split('|')[0] ?? '').trim();
  let headline = textOf(queryIn(doc, INVITE.profileHeadline));
  if (!headline && h1) {
    // The line right below the heading (SDUI: hashed classes, so go by position).
    const next = h1.nextElementSibling;
    const txt = textOf(next);
    if (next && txt.length > 0 && txt.length <= 300 && !next.querySelector('a, button')) headline = txt;
  }
  return { name: name.length <= 120 ? name : '', headline };
}

/** The sender's own name from LinkedIn's "Me" menu (this frame, else the top frame when same-origin). */
export function senderName(doc: Document): string {
  const docs: Document[] = [doc];
  try {
    const top = doc.defaultView?.top?.document;
    if (top && top !== doc) docs.push(top);
  } catch {
    /* cross-origin top: skip */
  }
  for (const d of docs) {
    const img = queryIn<HTMLImageElement>(d, INVITE.me);
    const alt = (img?.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    // "Photo of Marco Rossi" / "Foto von Marco Rossi": keep the name.
    const name = alt.replace(/^(photo of|profile photo of|foto von|profilfoto von)\s+/i, '');
    if (name && name.length <= 120) return name;
  }
  return '';
}

/** The note limit from LinkedIn's counter ("12/200"), else the field's maxlength, else null. */
export function noteLimit(dialog: Element, field: Element | null): number | null {
  const walker = dialog.ownerDocument.createTreeWalker(dialog, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const e = n as Element;
    if (e.childElementCount > 0) continue;
    const m = NOTE_COUNTER_TEXT.exec(e.textContent ?? '');
    if (m) {
      const lim = Number(m[2]);
      if (lim >= 50 && lim <= 2000) return lim;
    }
  }
  const ml = field?.getAttribute('maxlength');
  const n = ml ? Number(ml) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** "3 personalized invitations remaining for this month." → 3 (EN, DE). */
export function notesLeft(dialog: Element): number | null {
  const text = textOf(dialog);
  for (const re of NOTES_LEFT_TEXT) {
    const m = re.exec(text);
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

/** What pressing `target` inside `dialog` means. */
export function actionOf(dialog: Element, target: Element): Action {
  const btn = target.closest('button, [role="button"], a');
  if (!btn || !dialog.contains(btn)) return 'none';
  if (isDismiss(btn)) return 'dismiss';
  const buttons = actionButtons(dialog);
  if (!buttons.includes(btn as HTMLElement)) return 'none';
  if ((btn as HTMLButtonElement).disabled || btn.getAttribute('aria-disabled') === 'true') return 'none';
  const primary = buttons.find((b) => INVITE.primary.some((s) => matches(b, s))) ?? buttons[buttons.length - 1];
  const step = stepOf(dialog);
  if (step === 'note') return btn === primary ? 'send' : 'cancel';
  if (step === 'gate') return btn === primary ? 'send-empty' : 'add-note';
  return 'none';
}

/** Elements that say an invitation did not go out (error toast, weekly-limit alert). */
export function failureSignals(doc: Document): Element[] {
  const hits = queryAllDeep(INVITE.failure, doc);
  for (const a of queryAllDeep(INVITE.alerts, doc)) if (WEEKLY_LIMIT_TEXT.test(a.textContent ?? '')) hits.push(a);
  return hits;
}

/** Is there an interop iframe (its own content script coaches the dialog inside)? */
export function hasInteropFrame(doc: Document): boolean {
  return queryAllDeep(INVITE.interopFrame, doc).length > 0;
}

/** Elements in a Connect control's parent that could later be its Pending replacement (snapshot at click time). */
export function labelledIn(parent: Element | null): Set<Element> {
  return new Set(parent ? parent.querySelectorAll('[aria-label], [componentkey]') : []);
}

/**
 * Has the Connect control flipped to Pending? Its componentkey turned `…_pending`, or the control
 * was replaced in its parent by a NEW element (not there at click time) that is not a Connect
 * control and whose label names the same person ("Pending, click to withdraw invitation sent to
 * NAME" / "Ausstehend, … an NAME"): no dependence on the word "Pending" itself.
 */
export function flippedToPending(control: Element, parent: Element | null, name: string, before: Set<Element>): boolean {
  if (control.isConnected) {
    const ck = control.getAttribute('componentkey') ?? '';
    if (/_pending$/.test(ck)) return true;
    return !matches(control, CONNECT_SEL) && name !== '' && (control.getAttribute('aria-label') ?? '').includes(name);
  }
  if (!parent?.isConnected) return false;
  for (const e of parent.querySelectorAll('[aria-label], [componentkey]')) {
    if (before.has(e) || matches(e, CONNECT_SEL)) continue;
    if (/_pending$/.test(e.getAttribute('componentkey') ?? '')) return true;
    if (name && (e.getAttribute('aria-label') ?? '').includes(name)) return true;
  }
  return false;
}
