/**
 * Selectors the habits recorder needs (arrays of alternatives, most stable first; evidence in
 * /work/shared/LINKEDIN-DOM.md §4 and §5). It only reads state: it never clicks, types or sends.
 */
export const HABITS_SELECTORS = {
  /** The Like ("react") control of a post or comment, on both feed stacks. */
  reactionTrigger: [
    'button[aria-label^="Reaction button state"]', // React/SDUI feed 2026: the label encodes the state (lhremote, [U1], [U4])
    'button[aria-label^="Status der Reaktionsschaltfläche"]', // same control, German UI
    'div[role="button"][aria-label^="Reaction button state"]', // React post-detail variant (lhremote PR #778, 2026-05)
    'button.react-button__trigger[aria-pressed]', // classic Ember feed and post-detail pages, 2023–2026
  ],
  /** The thing a reaction belongs to: its id is the de-duplication key (nearest first). */
  reactionOwner: [
    '[data-id^="urn:li:"]', // Ember comment entity (data-id="urn:li:comment:(…)")
    '[data-urn^="urn:li:"]', // Ember post container (data-urn="urn:li:activity:…")
    '[componentkey*="urn:li:"]', // React feed list item (componentkey="…urn:li:activity:N…")
  ],
  /** The message editor (classic Ember msg-form, also in the overlay bubble and the interop root). */
  messageEditor: [
    'div.msg-form__contenteditable[contenteditable="true"]', // msg-form, 2021–2026
    'form.msg-form [role="textbox"][contenteditable="true"]', // same editor, by role
  ],
  messageForm: ['form.msg-form', '.msg-form'],
  messageSend: [
    'button.msg-form__send-button', // msg-form send button, 2021–2026
    'form.msg-form button[type="submit"]', // same, by type
  ],
} as const;

/** "Reaction button state: no reaction" and its German twin mean: not reacted. */
const NO_REACTION = /(?:no reaction|keine reaktion)\s*$/i;
const STATE_LABEL = /^(?:reaction button state|status der reaktionsschaltfläche)\s*:/i;

/** Whether a reaction trigger shows a reaction (null when its state cannot be read). */
export function reactedState(el: Element): boolean | null {
  const label = el.getAttribute('aria-label') ?? '';
  if (STATE_LABEL.test(label)) return !NO_REACTION.test(label);
  const text = (el.textContent ?? '').trim();
  if (STATE_LABEL.test(text)) return !NO_REACTION.test(text);
  const pressed = el.getAttribute('aria-pressed');
  if (pressed === 'true') return true;
  if (pressed === 'false') return el.classList.contains('react-button--active');
  return null;
}

/** A URN; numeric ids end at the first non-digit (SDUI component keys glue text to them). */
const URN = /urn:li:[A-Za-z_]+:(?:\([^)]*\)|\d+|[A-Za-z0-9_-]+)/;

/** The URN of the post or comment a control belongs to, or null. */
export function ownerKey(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    for (const attr of ['data-id', 'data-urn', 'componentkey']) {
      const v = node.getAttribute(attr);
      const m = v ? URN.exec(v) : null;
      if (m) return m[0];
    }
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return null;
}
