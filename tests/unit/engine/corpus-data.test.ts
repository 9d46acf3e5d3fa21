/**
 * The corpus is data (tests/corpus/data/*.jsonl, described in its README): every line is the CLI's
 * input shape plus labels, with known fields only, rule ids of the file's surface, disjoint
 * expect/forbid lists and a stable, unique id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/engine/index';
import { DATA_DIR, surfaceOf } from '../../corpus/load';

const FIELDS = new Set(['id', 'lang', 'text', 'recipient', 'sender', 'history', 'post', 'expect', 'forbid', 'hard']);
const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.jsonl'));

describe('corpus data', () => {
  it('has rounds for every surface, named <round>.<surface>.jsonl', () => {
    for (const f of files) expect(f, f).toMatch(/^dev-round-\d{2}[a-z]?\.(invite|post|comment)\.jsonl$/);
    for (const s of ['invite', 'post', 'comment']) expect(files.some((f) => f.endsWith(`.${s}.jsonl`))).toBe(true);
  });
  it.each(files)('%s: every line is a well-formed case', (file) => {
    const surface = surfaceOf(file)!;
    const ids = RULE_IDS.filter((r) => r.startsWith(surface + '.')) as string[];
    const bad: string[] = [];
    readFileSync(`${DATA_DIR}/${file}`, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const o = JSON.parse(line) as Record<string, unknown>;
      const at = `${file}:${i + 1}`;
      for (const k of Object.keys(o)) if (!FIELDS.has(k)) bad.push(`${at}: unknown field ${k}`);
      if (typeof o.id !== 'string' || !o.id) bad.push(`${at}: no id`);
      if (typeof o.text !== 'string') bad.push(`${at}: no text`);
      if (o.lang !== 'en' && o.lang !== 'de') bad.push(`${at}: lang`);
      const exp = o.expect as string[];
      const forbid = o.forbid as string[];
      if (!Array.isArray(exp) || !Array.isArray(forbid)) { bad.push(`${at}: expect/forbid`); return; }
      for (const r of [...exp, ...forbid]) if (!ids.includes(r)) bad.push(`${at}: ${r} is no ${surface} rule`);
      for (const r of exp) if (forbid.includes(r)) bad.push(`${at}: ${r} both expected and forbidden`);
    });
    expect(bad).toEqual([]);
  });
});
