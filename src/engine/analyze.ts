/**
 * The engine's entry: one context per call (folded text, words, language, shared signals), then the
 * rules of the call's surface (rules/*.ts), each silenced or discounted only as interplay.ts says.
 * Everything is bounded: phrase quantifiers are bounded, token lists are capped, and texts beyond
 * MAX_SCAN characters are analysed on their first MAX_SCAN characters for the phrase rules (structure
 * rules still see the whole text).
 */
import type { AnalyzeInput, AnalyzeResult, Finding, Surface } from './types';
import { MAX_SCAN, type Ctx } from './context';
import { fold, tokenize } from './text';
import { detectFromTokens } from './lang';
import { RULES } from './rules';
import { Signals } from './signals';
import { RULES_OF, discounted, silenced } from './interplay';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
function person(p: unknown): AnalyzeInput['recipient'] {
  if (!p || typeof p !== 'object') return undefined;
  const o = p as Record<string, unknown>;
  return { name: str(o.name), headline: str(o.headline) };
}
/** The input with every field of the expected type (callers are other scripts, the page, the CLI). */
function clean(input: AnalyzeInput, text: string, surface: Surface): AnalyzeInput {
  const o = (input && typeof input === 'object' ? input : {}) as unknown as Record<string, unknown>;
  return {
    text,
    surface,
    recipient: person(o.recipient),
    sender: person(o.sender),
    post: str(o.post),
    // the same array object is kept: the duplicate index is cached per history array (entries are checked there)
    history: Array.isArray(o.history) ? (o.history as AnalyzeInput['history']) : undefined,
    recipientKey: str(o.recipientKey),
    historyKey: str(o.historyKey),
  };
}


export function analyze(input: AnalyzeInput): AnalyzeResult {
  const text = typeof input?.text === 'string' ? input.text : '';
  const surface: Surface = input?.surface === 'post' || input?.surface === 'comment' ? input.surface : 'invite';
  const scan = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const f = fold(scan);
  const toks = tokenize(scan, f, 6000);
  const lang = detectFromTokens(toks);
  // the signals read the context they belong to: `sig` is set right after
  const ctx = { input: clean(input, text, surface), text, f, toks, lang, langs: lang === 'unknown' ? ['en', 'de'] : [lang] } as Ctx;
  ctx.sig = new Signals(ctx);
  const disabled = new Set(input && Array.isArray(input.disabled) ? input.disabled : []);
  const findings: Finding[] = [];
  for (const rule of RULES_OF[surface]) {
    if (disabled.has(rule.id) || silenced(rule.id, ctx.sig)) continue;
    const c = rule.check(ctx);
    if (!c || (c.weak && discounted(rule.id, ctx.sig))) continue;
    const fnd: Finding = { rule: rule.id, severity: RULES[rule.id].severity, start: c.start, end: c.end, messageId: rule.id };
    if (c.params) fnd.params = c.params;
    if (c.spans) fnd.spans = c.spans;
    findings.push(fnd);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, lang };
}
