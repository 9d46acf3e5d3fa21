/**
 * The shared highlight overlay (src/content/ui/highlight.ts) on its own, in real Chromium and
 * Firefox layout, over a contenteditable that scrolls its own text (as LinkedIn's Quill editor
 * does): boxes sit where the editor lays out its text and wraps it, follow its scroll, are clipped
 * to it, and are left alone while typing goes on after the last mark. The module is bundled for
 * the page with Vite's API.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { build } from 'vite';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, BROWSERS, ROOT, sleep, type Session } from './harness';

let bundle = '';

async function bundleHighlight(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(ROOT, 'src/content/ui/highlight.ts'), formats: ['iife'], name: '__hl' },
    },
  });
  const res = (Array.isArray(out) ? out[0] : out) as { output: { type: string; code?: string }[] };
  return res.output.find((o) => o.type === 'chunk')!.code!;
}

type Box = { left: number; top: number; width: number; height: number };
const TEXT = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega';

async function setup(page: Page): Promise<void> {
  await page.addScriptTag({ content: bundle });
  await page.evaluate((text) => {
    const ed = document.createElement('div');
    ed.id = 'hl-ed';
    ed.contentEditable = 'true';
    ed.style.cssText =
      'position:fixed;left:100px;top:120px;width:300px;height:84px;padding:8px 10px;border:2px solid #888;font:16px/20px monospace;box-sizing:border-box;overflow-y:scroll;white-space:pre-wrap;overflow-wrap:break-word;z-index:5000;background:#fff;color:#000';
    const p = document.createElement('p');
    p.style.margin = '0';
    p.textContent = text;
    ed.append(p);
    document.body.append(ed);
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:0;top:0;z-index:5001';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const hl = (window as unknown as { __hl: typeof import('../../src/content/ui/highlight') }).__hl;
    const style = document.createElement('style');
    style.textContent = `:host{--r-warn:#915907;--r-accent:#0e7c86}` + hl.OVERLAY_CSS;
    root.append(style);
    const src = hl.editableSource(ed);
    src.read();
    const ov = hl.createOverlay(root, src);
    Object.assign(window, { __src: src, __ov: ov, __root: root });
  }, TEXT);
}

const rects = (page: Page, s: number, e: number) =>
  page.evaluate(
    (a, b) =>
      (window as unknown as { __src: { rects(s: number, e: number): DOMRect[] } }).__src.rects(a, b).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })),
    s,
    e,
  ) as Promise<Box[]>;

describe.each(BROWSERS)('highlight overlay on a scrolling editor in %s', (name) => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    bundle ||= await bundleHighlight();
    s = await launch(name);
    page = s.page;
    await page.setViewport({ width: 900, height: 700 });
    await s.openPractice('/feed/');
    await setup(page);
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('measures the first word at the content box corner, one line per line-height', async () => {
    const first = await rects(page, 0, 5);
    expect(first).toHaveLength(1);
    expect(first[0]!.left).toBeCloseTo(100 + 2 + 10, 0);
    expect(Math.abs(first[0]!.top - (120 + 2 + 8))).toBeLessThan(3);
    const charW = first[0]!.width / 5;
    // the editor wraps at word boundaries within its content width (scrollbar excluded)
    const omega = TEXT.indexOf('omega');
    const last = await rects(page, omega, omega + 5);
    expect(last).toHaveLength(1);
    const contentW = await page.evaluate(() => {
      const ed = document.getElementById('hl-ed')!;
      return ed.clientWidth - 20;
    });
    const perLine = Math.floor(contentW / charW);
    // lay the words out greedily like the browser and compare the line of "omega"
    let line = 0;
    let col = 0;
    for (const w of TEXT.split(' ')) {
      const need = col === 0 ? w.length : col + 1 + w.length;
      if (need > perLine && col > 0) {
        line++;
        col = w.length;
      } else col = need;
      if (w === 'omega') break;
    }
    expect(Math.round((last[0]!.top - first[0]!.top) / 20)).toBe(line);
    expect(line).toBeGreaterThanOrEqual(4); // the text overflows the 84px box: it scrolls
  });

  it('follows the editor scroll, and the overlay draws marks on the measured boxes, clipped to the editor', async () => {
    const zeta = TEXT.indexOf('zeta');
    const before = await rects(page, zeta, zeta + 4);
    await page.evaluate(() => (document.getElementById('hl-ed')!.scrollTop = 20));
    await sleep(50);
    const after = await rects(page, zeta, zeta + 4);
    expect(after[0]!.top).toBeCloseTo(before[0]!.top - 20, 0);
    expect(after[0]!.left).toBeCloseTo(before[0]!.left, 0);

    await page.evaluate((a) => (window as unknown as { __ov: { draw(m: unknown[]): void } }).__ov.draw([{ start: a, end: a + 4, tone: 'warning', id: 'x' }]), zeta);
    await sleep(100);
    const mark = await page.evaluate(() => {
      const b = (window as unknown as { __root: ShadowRoot }).__root.querySelector('.hl-mk')!.getBoundingClientRect();
      return { left: b.left, top: b.top, width: b.width, height: b.height };
    });
    expect(Math.abs(mark.left - after[0]!.left)).toBeLessThan(1);
    expect(Math.abs(mark.top - after[0]!.top)).toBeLessThan(1);
    expect(Math.abs(mark.width - after[0]!.width)).toBeLessThan(1);
    const clip = await page.evaluate(() => {
      const c = (window as unknown as { __root: ShadowRoot }).__root.querySelector('.hl-clip')!.getBoundingClientRect();
      return { top: c.top, bottom: c.bottom };
    });
    // the editor scrolls its own text: nothing is drawn outside its box
    expect(clip.top).toBeGreaterThanOrEqual(120 - 0.5);
    expect(clip.bottom).toBeLessThanOrEqual(120 + 84 + 0.5);
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}-editor-overlay.png` as `${string}.png`, clip: { x: 80, y: 90, width: 360, height: 140 } });
  });

  it('typing after the last mark leaves the drawn marks alone; an edit before a mark moves it', async () => {
    const zeta = TEXT.indexOf('zeta');
    const type = (where: 'end' | 'start', what: string) =>
      page.evaluate(
        (w, t, z) => {
          const ed = document.getElementById('hl-ed')!;
          const node = ed.querySelector('p')!.firstChild as Text;
          if (w === 'end') node.appendData(t);
          else node.insertData(z, t); // right before the marked word
          const g = window as unknown as { __src: { read(): string }; __ov: { draw(m: unknown[]): void } };
          g.__src.read();
          const shift = w === 'start' ? t.length : 0;
          g.__ov.draw([{ start: z + shift, end: z + shift + 4, tone: 'warning', id: 'x' }]);
        },
        where,
        what,
        zeta,
      );
    const markBox = () =>
      page.evaluate(() => {
        const m = (window as unknown as { __root: ShadowRoot }).__root.querySelector('.hl-mk') as HTMLElement & { __seen?: number };
        const first = m.__seen === undefined;
        m.__seen = 1;
        const b = m.getBoundingClientRect();
        return { first, left: b.left, top: b.top };
      });
    await type('end', '');
    await sleep(100);
    const a = await markBox();
    await type('end', ' more words typed at the end');
    await sleep(100);
    const b = await markBox();
    expect(b.first).toBe(false); // the same element: nothing was rebuilt
    expect(b.left).toBeCloseTo(a.left, 0);
    await type('start', 'xx');
    await sleep(100);
    const c = await markBox();
    expect(c.first).toBe(true); // rebuilt, where the editor lays out "zeta" now
    const now = (await rects(page, zeta + 2, zeta + 6))[0]!;
    expect(Math.abs(c.left - now.left)).toBeLessThan(1);
    expect(Math.abs(c.top - now.top)).toBeLessThan(1);
    expect(c.left).toBeGreaterThan(a.left + 5); // two characters further right on its line
  });

  it('caused no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});
