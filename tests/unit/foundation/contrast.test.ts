/**
 * Every mark Rapport draws (severity icons, underlines, the fold line, the quiet state's check) has
 * a contrast of at least 3:1 (WCAG 1.4.11, non-text contrast) against our panel's background and
 * LinkedIn's editor background, in the light and the dark theme; and the panel and the overlay
 * take their colours only from those checked variables.
 */
import { describe, it, expect } from 'vitest';
import { BASE_CSS } from '../../../src/content/ui/host';
import { PANEL_CSS } from '../../../src/content/ui/panel';
import { OVERLAY_CSS } from '../../../src/content/ui/highlight';

function vars(block: string): Record<string, string> {
  const full = (h: string) => (h.length === 4 ? `#${[...h.slice(1)].map((c) => c + c).join('')}` : h).toLowerCase();
  return Object.fromEntries([...block.matchAll(/(--r-[\w-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)].map((m) => [m[1]!, full(m[2]!)]));
}
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

const light = vars(BASE_CSS.slice(BASE_CSS.indexOf(':host {'), BASE_CSS.indexOf(':host([data-theme="dark"])')));
const dark = vars(BASE_CSS.slice(BASE_CSS.indexOf(':host([data-theme="dark"])')));
const MARKS = ['--r-err', '--r-warn', '--r-info', '--r-ok', '--r-accent'];
/** LinkedIn's editor backgrounds (light: white; dark: its dark surface, docs/linkedin-dom.md). */
const EDITOR = { light: '#ffffff', dark: '#1b1f23' };

describe('contrast of every mark', () => {
  for (const [theme, v] of [['light', light], ['dark', dark]] as const) {
    it(`${theme}: >= 3:1 against the panel and the editor`, () => {
      for (const name of MARKS) {
        expect(v[name], name).toMatch(/^#/);
        expect(contrast(v[name]!, v['--r-bg']!), `${theme} ${name} on panel`).toBeGreaterThanOrEqual(3);
        expect(contrast(v[name]!, EDITOR[theme]), `${theme} ${name} on editor`).toBeGreaterThanOrEqual(3);
      }
    });
  }
  it('the panel and the overlay use no colour of their own for marks', () => {
    expect(PANEL_CSS.match(/#[0-9a-f]{3,6}\b/gi) ?? []).toEqual([]);
    // the fold tag's white text sits on the accent colour
    expect(OVERLAY_CSS.match(/#[0-9a-f]{3,6}\b/gi) ?? []).toEqual(['#fff']);
    expect(contrast('#ffffff', light['--r-accent']!)).toBeGreaterThanOrEqual(3);
  });
});
