/**
 * A plain-DOM hyperscript for the popup's first paint (no preact yet): `h(tag, props, ...children)`
 * builds real elements with createElement / createElementNS and text nodes (never HTML strings).
 * It covers what src/popup/view.ts uses: attributes (string/number; null, undefined and false
 * leave them out), `style` objects, `on*` handlers, SVG elements, nested arrays of children.
 */
import type { Child } from './view';

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_TAGS = new Set(['svg', 'path', 'g', 'rect', 'circle', 'text', 'title', 'line']);

function append(parent: Node, c: Child<Node>): void {
  if (c === null || c === undefined || c === false) return;
  if (Array.isArray(c)) {
    for (const x of c) append(parent, x);
    return;
  }
  parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
}

export function domH(tag: string, props: Record<string, unknown> | null, ...children: Child<Node>[]): Node {
  const el = SVG_TAGS.has(tag) ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  if (props) {
    for (const [name, v] of Object.entries(props)) {
      if (v === null || v === undefined || v === false) continue;
      if (name === 'style' && typeof v === 'object') {
        for (const [p, pv] of Object.entries(v as Record<string, string>)) (el as HTMLElement).style.setProperty(p.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`), pv);
      } else if (name.startsWith('on') && typeof v === 'function') {
        el.addEventListener(name.slice(2).toLowerCase(), v as EventListener);
      } else {
        el.setAttribute(name, v === true ? '' : String(v));
      }
    }
  }
  for (const c of children) append(el, c);
  return el;
}
