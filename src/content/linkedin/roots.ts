/**
 * Where LinkedIn's UI lives: the light DOM, and the open shadow root of `#interop-outlet`
 * (the SDUI shell renders the invitation dialog, the composer and the message overlay there).
 * Every query goes through here so that both are searched.
 */

/**
 * The interop host: `#interop-outlet` (SDUI shell, 2025-12+), else a body-level element with
 * `data-testid="interop-shadowdom"` (same host, by test id). Both lookups are O(1)/O(body
 * children): this runs on every observer flush, so it must never scan the whole document.
 */
export function interopRoot(doc: Document = document): ShadowRoot | null {
  const byId = doc.getElementById('interop-outlet');
  if (byId?.shadowRoot) return byId.shadowRoot;
  const kids = doc.body?.children;
  if (kids) {
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.shadowRoot && k.getAttribute('data-testid') === 'interop-shadowdom') return k.shadowRoot;
    }
  }
  return null;
}

/** Roots to search, interop shadow root first (LinkedIn's hidden light-DOM dialogs are false positives). */
export function roots(doc: Document = document): (Document | ShadowRoot)[] {
  const sr = interopRoot(doc);
  return sr ? [sr, doc] : [doc];
}

/** First element matching any of the alternatives, in any root. */
export function queryDeep<E extends Element = Element>(selectors: readonly string[], doc: Document = document): E | null {
  for (const root of roots(doc)) {
    for (const sel of selectors) {
      try {
        const el = root.querySelector<E>(sel);
        if (el) return el;
      } catch {
        /* a selector this engine cannot parse: skip it */
      }
    }
  }
  return null;
}

/** All elements matching any alternative, in any root, without duplicates, in root then document order. */
export function queryAllDeep<E extends Element = Element>(selectors: readonly string[], doc: Document = document): E[] {
  const out = new Set<E>();
  for (const root of roots(doc)) {
    for (const sel of selectors) {
      try {
        root.querySelectorAll<E>(sel).forEach((e) => out.add(e));
      } catch {
        /* unparsable selector: skip */
      }
    }
  }
  return [...out];
}

/** First match of the alternatives inside one element. */
export function queryIn<E extends Element = Element>(scope: ParentNode, selectors: readonly string[]): E | null {
  for (const sel of selectors) {
    try {
      const el = scope.querySelector<E>(sel);
      if (el) return el;
    } catch {
      /* skip */
    }
  }
  return null;
}

/** `closest` that also climbs out of shadow roots into their hosts. */
export function closestDeep(start: Element | null, selector: string): Element | null {
  let el: Element | null = start;
  while (el) {
    const hit = el.closest(selector);
    if (hit) return hit;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The element an event really started on, even from inside an open shadow root. */
export function eventTarget(ev: Event): Element | null {
  // Fast path (every keystroke goes through here): a target that hosts no shadow root is the real one.
  const t = ev.target;
  if (t instanceof Element && !t.shadowRoot) return t;
  const path = ev.composedPath?.() ?? [];
  for (const n of path) if (n instanceof Element) return n;
  return ev.target instanceof Element ? ev.target : null;
}

/** Visible, whitespace-normalised text of a node, treated strictly as text. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
