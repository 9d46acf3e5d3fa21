/**
 * Real-text development data, kept OUTSIDE the project (third-party texts: never copied in here).
 * By default the folder `shared/real-dev` is looked for in the directory that holds the clone
 * (REAL_DEV_DIR; CI puts it there); RAPPORT_REAL_DEV overrides where it is. Extra folders of the same shape (e.g. more
 * real development data gathered later) can be scored too: RAPPORT_REAL_EXTRA=dir1:dir2.
 *
 * Each line: {id, lang, text, recipient?, sender?, history?, post?, expect, forbid}. `expect` = must
 * fire, `forbid` = must not fire, a rule of the surface in neither list is not scored for that case
 * (it becomes `skip` in our own case shape, tests/corpus/types.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS, type RuleId, type Surface } from '../../src/engine/types';
import type { CorpusCase } from './types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where real-dev is expected, whether or not it exists. */
export const REAL_DEV_DIR = process.env.RAPPORT_REAL_DEV || join(ROOT, '..', 'shared', 'real-dev');
/** Extra folders of the same shape (RAPPORT_REAL_EXTRA, ':'-separated). */
export const REAL_EXTRA_DIRS = (process.env.RAPPORT_REAL_EXTRA ?? '').split(':').filter(Boolean);

const SURFACE_OF: Record<string, Surface> = { invites: 'invite', posts: 'post', comments: 'comment' };

function surfaceOf(file: string): Surface | null {
  const m = /(invites?|posts?|comments?)[^/]*\.jsonl$/.exec(file);
  if (!m) return null;
  const k = m[1]!.endsWith('s') ? m[1]! : m[1]! + 's';
  return SURFACE_OF[k] ?? null;
}

/** Loads every *.jsonl of a folder (surface from the file name); null when the folder is absent. */
export function loadRealDir(dir: string): CorpusCase[] | null {
  if (!existsSync(dir)) return null;
  const out: CorpusCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const surface = surfaceOf(file);
    if (!surface) continue;
    const ruleIds = RULE_IDS.filter((r) => r.startsWith(surface + '.'));
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const o = JSON.parse(line) as Record<string, unknown>;
      const expect = ((o.expect as string[] | undefined) ?? []).filter((r): r is RuleId => ruleIds.includes(r as RuleId));
      const forbid = new Set((o.forbid as string[] | undefined) ?? []);
      const c: CorpusCase = {
        id: typeof o.id === 'string' ? o.id : `${file}:${i + 1}`,
        surface,
        lang: o.lang === 'de' ? 'de' : 'en',
        text: typeof o.text === 'string' ? o.text : '',
        expect,
        skip: ruleIds.filter((r) => !expect.includes(r) && !forbid.has(r)),
      };
      if (o.recipient && typeof o.recipient === 'object') c.recipient = o.recipient as CorpusCase['recipient'];
      if (o.sender && typeof o.sender === 'object') c.sender = o.sender as CorpusCase['sender'];
      if (Array.isArray(o.history) && o.history.length > 0) c.history = o.history as CorpusCase['history'];
      if (typeof o.post === 'string') c.post = o.post;
      out.push(c);
    });
  }
  return out;
}
