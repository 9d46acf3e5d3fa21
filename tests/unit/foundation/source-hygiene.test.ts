/** Guards on our own source: no network, no eval, no HTML built from strings, no raw chrome.* in features. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });

const RULES: [string, RegExp][] = [
  ['network API', /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|new\s+EventSource|sendBeacon/],
  ['eval', /\beval\s*\(|new\s+Function\s*\(/],
  ['HTML from strings', /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\s*\(/],
];

describe('source hygiene', () => {
  const all = files(SRC);
  it('finds the sources', () => expect(all.length).toBeGreaterThan(10));
  it.each(RULES)('has no %s', (_, re) => {
    const hits = all.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => f.slice(SRC.length + 1));
    expect(hits).toEqual([]);
  });
  it('reaches extension APIs through webextension-polyfill only (no chrome.* calls outside src/shared/browser.ts)', () => {
    const hits = all
      .filter((f) => !f.endsWith(join('shared', 'browser.ts')))
      .filter((f) => /\bchrome\.(runtime|storage|action|tabs|i18n|alarms)\./.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(SRC.length + 1));
    expect(hits).toEqual([]);
  });
});
