/**
 * Every phrase of every rule module (and of the shared pitch signal, src/engine/signals.ts) has at
 * least one example beside it (src/engine/rules/<rule>.examples.json) that it must match, compiled
 * the way the engine compiles it (folded, with word boundaries). A phrase edited so that it no longer
 * matches its example, or added without one, fails here; an example whose phrase is gone fails too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile, fold } from '../../../src/engine/text';
import type { ByLang } from '../../../src/engine/phrases';

const ENGINE = join(import.meta.dirname, '../../../src/engine');
type Examples = Record<string, Record<'en' | 'de', Record<string, string[]>>>;

const modules: [string, string][] = [
  ...readdirSync(join(ENGINE, 'rules')).filter((f) => f.endsWith('.ts')).map((f): [string, string] => [join(ENGINE, 'rules', f), join(ENGINE, 'rules', f.replace(/\.ts$/, '.examples.json'))]),
  [join(ENGINE, 'signals.ts'), join(ENGINE, 'signals.examples.json')],
];

describe('phrases and their examples', async () => {
  const withPhrases: string[] = [];
  for (const [mod, file] of modules) {
    const m = (await import(mod)) as { PHRASES?: Record<string, ByLang> };
    if (!m.PHRASES) continue;
    withPhrases.push(mod);
    const phrases = m.PHRASES;
    const examples = JSON.parse(readFileSync(file, 'utf8')) as Examples;
    const name = mod.slice(ENGINE.length + 1);
    it(`${name}: every phrase matches its examples`, () => {
      const bad: string[] = [];
      for (const [list, byLang] of Object.entries(phrases)) {
        for (const lang of ['en', 'de'] as const) {
          for (const src of byLang[lang]) {
            const ex = examples[list]?.[lang]?.[src] ?? [];
            if (ex.length === 0) bad.push(`${list} ${lang}: no example for /${src}/`);
            const re = compile([src])!;
            for (const e of ex) {
              re.lastIndex = 0;
              if (!re.test(fold(e).s)) bad.push(`${list} ${lang}: /${src}/ does not match "${e}"`);
            }
          }
        }
      }
      expect(bad).toEqual([]);
    });
    it(`${name}: no example without its phrase`, () => {
      const stale: string[] = [];
      for (const [list, byLang] of Object.entries(examples)) {
        for (const lang of ['en', 'de'] as const) {
          for (const src of Object.keys(byLang[lang] ?? {})) if (!phrases[list]?.[lang].includes(src)) stale.push(`${list} ${lang}: /${src}/`);
        }
      }
      expect(stale).toEqual([]);
    });
  }
  it('finds the phrase lists of the judgement rules', () => {
    expect(withPhrases.length).toBeGreaterThanOrEqual(9);
  });
});
