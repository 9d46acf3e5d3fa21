/**
 * The text checker on the command line (docs/contract.md §1):
 *
 *   npm run --silent check -- --surface invite|post|comment [--ui en|de] < drafts.jsonl
 *
 * One JSON object a line in ({"text", "recipient", "sender", "history", "post"}; only text is
 * required), one JSON object a line out, in input order: {"findings": [...], "lang", "ms"}, or
 * {"error": "..."} for a line that is not valid JSON or lacks "text". Blank lines are skipped.
 * Exit status 1 if any line was bad, 0 otherwise; 2 for bad arguments. Nothing but the JSON lines
 * goes to stdout (usage and argument errors go to stderr).
 */
import { createInterface } from 'node:readline';
import { analyze, type AnalyzeInput, type HistoryEntry, type Lang, type Person, type Surface } from '../engine/index';
import { t } from '../shared/i18n';
import { formatFinding } from '../shared/i18n-core';

const USAGE = 'usage: npm run --silent check -- --surface invite|post|comment [--ui en|de] < drafts.jsonl';

function parseArgs(argv: string[]): { surface: Surface; ui: Lang } | string {
  let surface: string | undefined;
  let ui = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq) : a;
    const val = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
    if (key === '--surface' || key === '-s') {
      surface = val;
      if (eq < 0) i++;
    } else if (key === '--ui' || key === '--lang') {
      ui = val ?? '';
      if (eq < 0) i++;
    } else if (key === '--help' || key === '-h') {
      return USAGE;
    } else {
      return `unknown argument: ${a}\n${USAGE}`;
    }
  }
  if (surface !== 'invite' && surface !== 'post' && surface !== 'comment') return `--surface must be invite, post or comment\n${USAGE}`;
  if (ui !== 'en' && ui !== 'de') return `--ui must be en or de\n${USAGE}`;
  return { surface, ui };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
function person(v: unknown): Person | undefined {
  if (!v || typeof v !== 'object') return typeof v === 'string' ? { name: v } : undefined;
  const o = v as Record<string, unknown>;
  return { name: str(o.name), headline: str(o.headline) };
}
function history(v: unknown): HistoryEntry[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: HistoryEntry[] = [];
  for (const e of v) {
    if (typeof e === 'string') { out.push({ text: e }); continue; }
    if (!e || typeof e !== 'object') continue;
    const o = e as Record<string, unknown>;
    const h: HistoryEntry = {};
    if (typeof o.to === 'string') h.to = o.to;
    else if (o.to && typeof o.to === 'object') h.to = str((o.to as Record<string, unknown>).name);
    if (typeof o.recipient === 'string') h.recipient = o.recipient;
    if (typeof o.text === 'string') h.text = o.text;
    if (Array.isArray(o.fingerprint)) h.fingerprint = o.fingerprint.filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
    out.push(h);
  }
  return out;
}

/** Answers one input line (exported for tests). */
export function checkLine(line: string, surface: Surface, ui: Lang): { out: string; bad: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return { out: JSON.stringify({ error: `invalid JSON: ${(e as Error).message}` }), bad: true };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { out: JSON.stringify({ error: 'expected a JSON object with "text"' }), bad: true };
  const o = data as Record<string, unknown>;
  if (typeof o.text !== 'string') return { out: JSON.stringify({ error: 'missing "text" (a string)' }), bad: true };
  const input: AnalyzeInput = { text: o.text, surface };
  const r = person(o.recipient);
  if (r) input.recipient = r;
  const s = person(o.sender);
  if (s) input.sender = s;
  const h = history(o.history);
  if (h) input.history = h;
  if (typeof o.post === 'string') input.post = o.post;
  try {
    const t0 = performance.now();
    const res = analyze(input);
    const ms = performance.now() - t0;
    const findings = res.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      start: f.start,
      end: f.end,
      message: formatFinding(t, ui, f.messageId, f.params),
    }));
    return { out: JSON.stringify({ findings, lang: res.lang, ms: Math.round(ms * 1000) / 1000 }), bad: false };
  } catch (e) {
    return { out: JSON.stringify({ error: `analysis failed: ${(e as Error).message}` }), bad: true };
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    process.exitCode = args === USAGE ? 0 : 2;
    return;
  }
  // warm up (regex compilation, JIT) so that "ms" measures the analysis, not the process start
  const samples = [
    'Hi John, I came across your profile at {{company}} and we help companies like yours grow by 20%. Best, Marco',
    'Hallo Frau Muster, ich möchte Sie gerne zu meinem Netzwerk hinzufügen. Grüezi! Like, wenn du zustimmst. #a #b',
    'Great post! Thrilled to announce our beach holiday 🏖️ – DM me for 30 % Rabatt. What do you think?',
  ];
  for (const surface of ['invite', 'post', 'comment'] as const) {
    for (const text of samples) analyze({ text, surface, recipient: { name: 'Anna Muster', headline: 'CTO at Example' }, sender: { name: 'Marco Rossi' }, history: [{ to: 'Ben', text }] });
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let anyBad = false;
  let first = true;
  for await (let line of rl) {
    if (first) { line = line.replace(/^\uFEFF/, ''); first = false; }
    if (line.trim() === '') continue;
    const { out, bad } = checkLine(line, args.surface, args.ui);
    if (bad) anyBad = true;
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  process.exitCode = anyBad ? 1 : 0;
}

// run only as a program, not when imported by tests
const invoked = process.argv[1] ?? '';
if (/check\.[cm]?[jt]s$/.test(invoked)) void main();
