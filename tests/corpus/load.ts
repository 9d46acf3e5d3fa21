/**
 * Reads labelled cases from JSON lines: our own corpus (tests/corpus/data/, see its README) and the
 * real-text development data kept OUTSIDE the project (third-party texts: never copied in here).
 *
 * One file per round and surface, the surface in the file name (`dev-round-07.invite.jsonl`,
 * `invites.jsonl`). Each line is the CLI's own input (src/cli/check.ts: `text`, `recipient`,
 * `sender`, `history`, `post`) plus labels: `id` (stable), `lang`, `expect` (rules that must fire),
 * `forbid` (rules that must not fire), `hard` (written to trip a naive checker). A rule of the surface
 * in neither list is debatable for that text and not scored (`skip` in CorpusCase).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS, type RuleId, type Surface } from '../../src/engine/types';
import type { CorpusCase } from './types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Our own corpus. */
export const DATA_DIR = join(ROOT, 'tests', 'corpus', 'data');
/**
 * Where real-dev is expected, whether or not it exists: beside the repository as `../shared/real-dev`
 * (CI places a copy of `shared/` next to the clone); RAPPORT_REAL_DEV overrides where it is.
 */
export const REAL_DEV_DIR = process.env.RAPPORT_REAL_DEV || join(ROOT, '..', 'shared', 'real-dev');
/** Extra folders of the same shape (more real development data gathered outside the project): RAPPORT_REAL_EXTRA=dir1:dir2. */
export const REAL_EXTRA_DIRS = (process.env.RAPPORT_REAL_EXTRA ?? '').split(':').filter(Boolean);

const SURFACE_OF: Record<string, Surface> = { invites: 'invite', posts: 'post', comments: 'comment' };

/** The surface a file holds, from its name; null for a file of no surface. */
export function surfaceOf(file: string): Surface | null {
  const m = /(invites?|posts?|comments?)[^/]*\.jsonl$/.exec(file);
  if (!m) return null;
  const k = m[1]!.endsWith('s') ? m[1]! : m[1]! + 's';
  return SURFACE_OF[k] ?? null;
}

/** The cases of one JSON-lines file of the given surface. */
export function parseCases(file: string, body: string, surface: Surface): CorpusCase[] {
  const ruleIds = RULE_IDS.filter((r) => r.startsWith(surface + '.'));
  const out: CorpusCase[] = [];
  body.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const o = JSON.parse(line) as Record<string, unknown>;
    const expect = ((o.expect as string[] | undefined) ?? []).filter((r): r is RuleId => ruleIds.includes(r as RuleId));
    const forbid = new Set((o.forbid as string[] | undefined) ?? []);
    const skip = ruleIds.filter((r) => !expect.includes(r) && !forbid.has(r));
    const c: CorpusCase = {
      id: typeof o.id === 'string' ? o.id : `${file}:${i + 1}`,
      surface,
      lang: o.lang === 'de' ? 'de' : 'en',
      text: typeof o.text === 'string' ? o.text : '',
      expect,
    };
    if (o.recipient && typeof o.recipient === 'object') c.recipient = o.recipient as CorpusCase['recipient'];
    if (o.sender && typeof o.sender === 'object') c.sender = o.sender as CorpusCase['sender'];
    if (Array.isArray(o.history) && o.history.length > 0) c.history = o.history as CorpusCase['history'];
    if (typeof o.post === 'string') c.post = o.post;
    if (skip.length > 0) c.skip = skip;
    if (o.hard === true) c.hard = true;
    out.push(c);
  });
  return out;
}

/** Every *.jsonl of a folder whose name names a surface, by file name; null when the folder is absent. */
export function loadFiles(dir: string): Map<string, CorpusCase[]> | null {
  if (!existsSync(dir)) return null;
  const out = new Map<string, CorpusCase[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const surface = surfaceOf(file);
    if (surface) out.set(file, parseCases(file, readFileSync(join(dir, file), 'utf8'), surface));
  }
  return out;
}

/** All cases of a folder in one list; null when the folder is absent. */
export function loadRealDir(dir: string): CorpusCase[] | null {
  const files = loadFiles(dir);
  return files ? [...files.values()].flat() : null;
}
