/**
 * Reading a Like control's state and the post or comment it belongs to (selectors and label
 * patterns in src/content/linkedin/selectors.ts, evidence in docs/linkedin-dom.md §4).
 */
import { NO_REACTION_TEXT as NO_REACTION, REACTION_STATE_TEXT as STATE_LABEL } from '../../linkedin/selectors';

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
