/**
 * Highlights over LinkedIn's editors, drawn in OUR shadow root, never inside the editor: Quill and
 * TipTap break (and save foreign markup) when anyone else touches their DOM. The editor's text is
 * rebuilt from its text nodes (line breaks between blocks, as LinkedIn posts it), the engine's
 * UTF-16 offsets are mapped back to DOM Ranges, and `Range.getClientRects()` gives the boxes.
 * The layer follows scrolling and resizing, is clipped to the part of the editor that is visible,
 * and is rebuilt only when what it shows could have moved.
 */
import { el } from './dom';

export type Tone = 'error' | 'warning' | 'info';

export interface Mark {
  start: number;
  end: number;
  tone: Tone;
  /** Groups the boxes of one finding (e.g. the rule id), for `emphasize`. */
  id?: string;
}

/** Where a text comes from and how to measure its pieces. Offsets refer to the last `read()`. */
export interface TextSource {
  readonly el: HTMLElement;
  read(): string;
  /** The text of the last `read()`. */
  readonly text: string;
  /** Client rects of the text in [start, end): one per line box. */
  rects(start: number, end: number): DOMRect[];
}

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|SECTION|ARTICLE|HEADER|FOOTER|FIGURE)$/;
const SKIP = /^(STYLE|SCRIPT|TEMPLATE|NOSCRIPT)$/;

export interface TextModel {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
}

/**
 * The text of a contenteditable as the writer sees it: text nodes in order, one "\n" between
 * block elements (an empty Quill line `<p><br></p>` is an empty line), and a `<br>` inside a line
 * is a line break unless it is the block's trailing placeholder.
 */
export function readEditable(root: Node): TextModel {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  let started = false; // anything (a block or text) emitted yet
  let afterBlock = false; // a block just ended
  let inline = false; // text since the last line break
  const walk = (parent: Node) => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = (c as Text).data;
        if (!v) continue;
        if (afterBlock) text += '\n';
        afterBlock = false;
        nodes.push(c as Text);
        starts.push(text.length);
        text += v;
        started = inline = true;
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.test(tag)) continue;
        if (tag === 'BR') {
          if (c.nextSibling) {
            if (afterBlock) text += '\n';
            text += '\n';
            afterBlock = inline = false;
            started = true;
          }
          continue;
        }
        if (BLOCK.test(tag)) {
          if (started && (afterBlock || inline)) text += '\n';
          afterBlock = inline = false;
          started = true;
          walk(c);
          afterBlock = true;
          inline = false;
        } else walk(c);
      }
    }
  };
  walk(root);
  return { text, nodes, starts };
}

/** Index of the last node starting at or before `offset` (-1 when none). */
function nodeAt(m: TextModel, offset: number): number {
  let lo = 0;
  let hi = m.starts.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (m.starts[mid]! <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** A DOM Range for [start, end) of the model's text (null when the text has changed under it). */
export function rangeFor(m: TextModel, start: number, end: number): Range | null {
  if (!m.nodes.length || start > end) return null;
  const pos = (off: number, preferNext: boolean): [Text, number] | null => {
    let i = nodeAt(m, off);
    if (i < 0) i = 0;
    const n = m.nodes[i]!;
    const rel = off - m.starts[i]!;
    if (rel <= n.data.length) return [n, Math.max(0, rel)];
    // the offset sits on a synthetic line break after this node
    const next = m.nodes[i + 1];
    return preferNext && next ? [next, 0] : [n, n.data.length];
  };
  const a = pos(start, true);
  const b = pos(end, false);
  if (!a || !b || !a[0].isConnected || !b[0].isConnected) return null;
  try {
    const r = a[0].ownerDocument.createRange();
    r.setStart(a[0], Math.min(a[1], a[0].data.length));
    r.setEnd(b[0], Math.min(b[1], b[0].data.length));
    return r;
  } catch {
    return null;
  }
}

/** Line boxes of [start, end), text node by text node (so whole <p> boxes never sneak in). */
export function rectsFor(m: TextModel, start: number, end: number): DOMRect[] {
  const out: DOMRect[] = [];
  if (end <= start) return out;
  for (let i = Math.max(0, nodeAt(m, start)); i < m.nodes.length; i++) {
    const s = m.starts[i]!;
    const n = m.nodes[i]!;
    if (s >= end) break;
    const a = Math.max(0, start - s);
    const b = Math.min(n.data.length, end - s);
    if (b <= a || !n.isConnected) continue;
    const r = n.ownerDocument.createRange();
    r.setStart(n, a);
    r.setEnd(n, b);
    for (const rect of r.getClientRects()) if (rect.width > 0.5 && rect.height > 0) out.push(rect);
  }
  return out;
}

/** A contenteditable editor (Quill, TipTap/ProseMirror). The text is re-read on each `read()`. */
export function editableSource(editor: HTMLElement): TextSource {
  let model: TextModel = { text: '', nodes: [], starts: [] };
  return {
    el: editor,
    read() {
      model = readEditable(editor);
      return model.text;
    },
    get text() {
      return model.text;
    },
    rects: (s, e) => rectsFor(model, s, e),
  };
}

/** CSS for the layer; include it in the host's stylesheet. */
export const OVERLAY_CSS = `
.hl-layer{position:absolute;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2}
.hl-clip{position:absolute;overflow:hidden;pointer-events:none}
.hl-mk{position:absolute;border-bottom:2px solid var(--mk);background:color-mix(in srgb,var(--mk) 14%,transparent);border-radius:2px 2px 0 0;transition:background .12s}
.hl-mk.hl-info{border-bottom-style:dotted;background:none}
.hl-mk.hl-on{background:color-mix(in srgb,var(--mk) 30%,transparent)}
.hl-error{--mk:var(--r-err)}.hl-warning{--mk:var(--r-warn)}.hl-info{--mk:var(--r-info)}
.hl-fold{position:absolute;width:0;border-left:2px solid var(--r-accent)}
.hl-fold-tag{position:absolute;white-space:nowrap;font:600 10px/14px system-ui,sans-serif;color:#fff;background:var(--r-accent);padding:0 5px;border-radius:7px;pointer-events:none}
.hl-fold-tag.hl-vertical{writing-mode:vertical-rl;transform:rotate(180deg);padding:5px 0;width:14px}
`;

export interface Overlay {
  readonly layer: HTMLElement;
  /** Draws these marks (and the fold marker at `fold`, a text offset, when given) in the next frame. Offsets refer to the source's last `read()`. */
  draw(marks: readonly Mark[], fold?: number | null): void;
  /** Re-measures in the next frame (called by itself on scroll and resize). */
  reposition(): void;
  /** Emphasises the marks with this id (null: none). */
  emphasize(id: string | null): void;
  /** Where the fold marker was drawn (client coordinates), for tests and the panel. */
  foldRect(): DOMRect | null;
  destroy(): void;
}

/** Spans longer than this are not underlined (a whole paragraph underlined points at nothing). */
const MAX_SPAN = 240;
const MAX_BOXES = 120;

/**
 * Creates the highlight layer inside `parent` (our host's shadow root or an element in it).
 * The layer's containing block can be anything: boxes are placed relative to the layer itself.
 */
export function createOverlay(parent: ShadowRoot | HTMLElement, source: TextSource, opts: { foldLabel?: string } = {}): Overlay {
  const layer = el('div', { class: 'hl-layer', 'aria-hidden': 'true', 'data-rapport-overlay': '' });
  const clip = el('div', { class: 'hl-clip' });
  /** The fold label, outside the editor's clip (it sits in the margin). */
  const margin = el('div');
  layer.append(clip, margin);
  parent.append(layer);
  const editor = source.el;
  let marks: readonly Mark[] = [];
  let fold: number | null = null;
  let foldBox: DOMRect | null = null;
  let on: string | null = null;
  let frame = 0;
  let dead = false;

  // Ancestors that clip the editor (scroll containers), climbing out of shadow roots.
  const clippers: Element[] = [];
  // An editor that scrolls its own text (a textarea, a Quill editor with overflow:auto) clips it
  const selfScrolls = (() => {
    const cs = getComputedStyle(editor);
    return editor instanceof HTMLTextAreaElement || cs.overflowY !== 'visible' || cs.overflowX !== 'visible';
  })();
  for (let n: Element | null = editor; n; ) {
    const cs = getComputedStyle(n);
    if (n === editor || cs.overflowX !== 'visible' || cs.overflowY !== 'visible') clippers.push(n);
    const parentEl: Element | null = n.parentElement;
    n = parentEl ?? ((n.getRootNode() as ShadowRoot).host || null);
  }
  // Measured right after the next frame is painted, when the browser's layout is up to date: the
  // reads cost no layout of their own, and our writes are laid out with the following frame.
  let after: ReturnType<typeof setTimeout> | undefined;
  const onMove = () => {
    if (frame || after !== undefined || dead) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      after = setTimeout(() => ((after = undefined), render()), 0);
    });
  };
  for (const c of clippers) c.addEventListener('scroll', onMove, { passive: true });
  addEventListener('scroll', onMove, { passive: true, capture: true });
  addEventListener('resize', onMove, { passive: true });
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(onMove) : null;
  ro?.observe(editor);

  /** What the last render was drawn from: while typing goes on after the last mark, nothing moved. */
  let drawn = '';
  function render() {
    if (dead) return;
    if (!editor.isConnected || (!marks.length && fold === null)) {
      if (drawn) clear();
      return;
    }
    const origin = layer.getBoundingClientRect();
    const own = editor.getBoundingClientRect();
    let vis = own;
    for (const c of clippers) {
      if (c === editor) continue;
      const r = c.getBoundingClientRect();
      const l = Math.max(vis.left, r.left);
      const t = Math.max(vis.top, r.top);
      vis = new DOMRect(l, t, Math.max(0, Math.min(vis.right, r.right) - l), Math.max(0, Math.min(vis.bottom, r.bottom) - t));
    }
    // Left-aligned text before the last mark (and one character after it) lays out the same while
    // the person types further on: same marks, same boxes, same scroll positions draw the same.
    let reach = fold === null ? 0 : fold + 1;
    for (const m of marks) reach = Math.max(reach, m.end + 1);
    const key = [origin.x, origin.y, own.x, own.y, own.width, vis.x, vis.y, vis.width, vis.height, editor.scrollTop, editor.scrollLeft, fold, on, marks.map((m) => `${m.start}-${m.end}${m.tone}${m.id ?? ''}`).join(), source.text.slice(0, reach)].join('\u0001');
    if (key === drawn) return;
    drawn = key;
    // Every read first (layout is up to date), then the writes: no read waits for a layout of ours.
    // Slack where the editor's own edge shows (underlines and the fold tag may poke out a little);
    // none where a scroll container cuts the editor off.
    const slack = selfScrolls ? 0 : 1;
    const sl = vis.left > own.left + 0.5 ? 0 : 4 * slack;
    const sr = vis.right < own.right - 0.5 ? 0 : 4 * slack;
    const st = vis.top > own.top + 0.5 ? 0 : 16 * slack;
    const sb = vis.bottom < own.bottom - 0.5 ? 0 : 4 * slack;
    const ox = vis.left - sl;
    const oy = vis.top - st;
    const frag = document.createDocumentFragment();
    let boxes = 0;
    for (const m of marks) {
      if (m.end <= m.start || m.end - m.start > MAX_SPAN) continue;
      for (const r of source.rects(m.start, m.end)) {
        if (++boxes > MAX_BOXES) break;
        const box = el('div', { class: `hl-mk hl-${m.tone}${on && m.id === on ? ' hl-on' : ''}`, 'data-mark': m.id ?? '' });
        box.style.cssText = `left:${r.left - ox}px;top:${r.top - oy}px;width:${r.width}px;height:${r.height}px`;
        frag.append(box);
      }
    }
    foldBox = null;
    let tag: (() => void) | null = null;
    if (fold !== null) {
      const at = source.rects(fold, fold + 1)[0];
      const before = at ? null : source.rects(Math.max(0, fold - 1), fold)[0];
      const ref = at ?? before;
      if (ref) {
        const x = at ? at.left : ref.right;
        foldBox = new DOMRect(x, ref.top, 0, ref.height);
        const bar = el('div', { class: 'hl-fold', 'data-rapport-fold': String(fold) });
        bar.style.cssText = `left:${x - ox - 1}px;top:${ref.top - oy}px;height:${ref.height}px`;
        frag.append(bar);
        // The label sits in the margin left of the text, never on the person's words: level with the
        // fold's line when the margin is wide enough, else upright along it.
        if (opts.foldLabel && ref.top >= vis.top - 1 && ref.bottom <= vis.bottom + 1) tag = foldTag(ref, origin, own);
      }
    }
    clip.replaceChildren(frag);
    margin.replaceChildren();
    Object.assign(clip.style, {
      left: `${ox - origin.left}px`,
      top: `${oy - origin.top}px`,
      width: `${vis.width + sl + sr}px`,
      height: `${vis.height + st + sb}px`,
    });
    tag?.();
  }

  function clear() {
    drawn = '';
    clip.replaceChildren();
    margin.replaceChildren();
    foldBox = null;
  }

  /** Reads where the fold label goes; returns the write that puts it there. */
  function foldTag(row: DOMRect, origin: DOMRect, own: DOMRect): () => void {
    const cs = getComputedStyle(editor);
    const textLeft = own.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
    // the margin: from the edge of the box our host lives in to the text
    const box = (layer.getRootNode() as ShadowRoot).host?.parentElement?.getBoundingClientRect();
    const room = box ? textLeft - box.left : 0;
    const mid = row.top + row.height / 2;
    return () => {
      const tag = el('span', { class: 'hl-fold-tag', 'data-rapport-fold-tag': '' }, opts.foldLabel!);
      margin.append(tag);
      // The label's size is measured once per shape (the only read after a write here).
      const size = (vertical: boolean) => (tagSize[vertical ? 1 : 0] ??= { w: tag.offsetWidth, h: tag.offsetHeight });
      const flat = size(false);
      if (room >= flat.w + 6) {
        tag.style.cssText = `left:${textLeft - flat.w - 4 - origin.left}px;top:${mid - flat.h / 2 - origin.top}px`;
      } else if (room >= 16) {
        tag.classList.add('hl-vertical');
        const up = size(true);
        tag.style.cssText = `left:${textLeft - Math.min(room, 20) + 1 - origin.left}px;top:${mid - up.h / 2 - origin.top}px`;
      } else tag.remove();
    };
  }
  const tagSize: ({ w: number; h: number } | undefined)[] = [];

  return {
    layer,
    draw(next, f = null) {
      marks = next;
      fold = f ?? null;
      onMove(); // measure in the next frame, when the browser lays out anyway (no forced extra layout)
    },
    reposition: onMove,
    emphasize(id) {
      on = id;
      clip.querySelectorAll<HTMLElement>('.hl-mk').forEach((b) => b.classList.toggle('hl-on', !!id && b.dataset.mark === id));
    },
    foldRect: () => foldBox,
    destroy() {
      dead = true;
      if (frame) cancelAnimationFrame(frame);
      if (after !== undefined) clearTimeout(after);
      for (const c of clippers) c.removeEventListener('scroll', onMove);
      removeEventListener('scroll', onMove, { capture: true });
      removeEventListener('resize', onMove);
      ro?.disconnect();
      layer.remove();
    },
  };
}
