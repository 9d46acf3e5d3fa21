/**
 * The web-ext lint allow-list (scripts/lint-allow.mjs) names preact's chunk with an exact count
 * (issue 13, row 14): the same warning in any other file of ours, or a second one in preact's
 * chunk, fails the lint; and the built Firefox package's preact chunk is the one the list names.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { ALLOWED, judge } from '../../../scripts/lint-allow.mjs';

const warn = (file: string) => ({ code: 'UNSAFE_VAR_ASSIGNMENT', file, message: 'Unsafe assignment to innerHTML' });
const report = (warnings: object[], errors: object[] = []) => ({ errors, warnings, summary: { warnings: warnings.length } });
const PREACT = 'assets/jsxRuntime.module-Cc5HUKSm.js';

describe('web-ext lint allow-list', () => {
  it("allows exactly preact's one innerHTML, nothing like it elsewhere", () => {
    expect(judge(report([warn(PREACT)]))).toEqual([]);
    expect(judge(report([warn(PREACT), warn('assets/index.html-CQE3-4A-.js')]))).toHaveLength(1); // our own code
    expect(judge(report([warn(PREACT), warn('src/content/main.js')]))).toHaveLength(1);
    expect(judge(report([warn(PREACT), warn(PREACT)]))[0]).toMatch(/2 warning\(s\), the allow-list counts 1/);
    expect(judge(report([]))[0]).toMatch(/0 warning\(s\)/);
    expect(judge(report([warn(PREACT)], [{ code: 'X', message: 'an error' }]))).toHaveLength(1);
  });

  it.runIf(existsSync(resolve(import.meta.dirname, '../../../dist/firefox/assets')))("names the built package's preact chunk, the only file of it with an innerHTML assignment", () => {
    const dir = resolve(import.meta.dirname, '../../../dist/firefox/assets');
    const withInner = readdirSync(dir).filter((f) => f.endsWith('.js') && /\.innerHTML\s*=/.test(readFileSync(resolve(dir, f), 'utf8')));
    expect(withInner.map((f) => `assets/${f}`).filter((f) => (ALLOWED as { file: RegExp }[]).some((a) => a.file.test(f)))).toEqual(withInner.map((f) => `assets/${f}`));
    expect(withInner).toHaveLength(1);
  });
});
