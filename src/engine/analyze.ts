/**
 * The rules. One context per call (folded text, tokens, language), then only the checks of the
 * call's surface. Everything here is bounded: regexes have bounded quantifiers, token lists are
 * capped, and texts beyond MAX_SCAN characters are analysed on their first MAX_SCAN characters for
 * the lexicon rules (structure rules still see the whole text).
 */
import type { AnalyzeInput, AnalyzeResult, Finding, Lang, RuleId, Surface } from './types';
import { all, compile, first, fold, foldSource, isAllCaps, origRange, tokenize, type Folded, type Hit, type Token } from './text';
import * as L from './lexicon';
import { parseName, sameName, type ParsedName } from './names';
import { fingerprintFromWords, fingerprintWordsFromTokens, namesOf, sketch } from './fingerprint';
import { bestSimilarity } from './history';
import { detectFromTokens } from './lang';
import { RULES } from './rules';
import { foldPoint } from './foldpoint';

/** Lexicon rules look at most at this many characters (LinkedIn posts are capped at 3,000). */
const MAX_SCAN = 20000;

type Compiled = { readonly en: RegExp | null; readonly de: RegExp | null };
/**
 * A list compiled on first use, per language: building and first running a big alternation is the
 * engine's main start-up cost, and a page that coaches English invitations never needs the German
 * post lists.
 */
const c = (b: L.ByLang): Compiled => {
  let en: RegExp | null | undefined;
  let de: RegExp | null | undefined;
  return {
    get en() { return en === undefined ? (en = compile(b.en)) : en; },
    get de() { return de === undefined ? (de = compile(b.de)) : de; },
  };
};

const RX = {
  inviteStock: c(L.INVITE_STOCK),
  inviteSpecific: c(L.INVITE_SPECIFIC),
  vagueReference: c(L.VAGUE_REFERENCE),
  inviteIntent: c(L.INVITE_INTENT),
  pitchStrong: c(L.INVITE_PITCH_STRONG),
  pitchWeak: c(L.INVITE_PITCH_WEAK),
  bait: c(L.POST_BAIT),
  postPitch: c(L.POST_PITCH_STRONG),
  brag: c(L.POST_BRAG),
  statusChange: c(L.STATUS_CHANGE),
  achievement: c(L.ACHIEVEMENT),
  thanks: c(L.THANKS),
  teaching: c(L.TEACHING),
  personal: c(L.PERSONAL),
  personalStrong: c(L.PERSONAL_STRONG),
  professional: c(L.PROFESSIONAL),
  reply: c(L.REPLY_INVITE),
  commentPitchStrong: c(L.COMMENT_PITCH_STRONG),
  commentPitchWeak: c(L.COMMENT_PITCH_WEAK),
  offerSubject: c(L.OFFER_SUBJECT),
  offerNextStep: c(L.OFFER_NEXT_STEP),
  offerPromise: c(L.OFFER_PROMISE),
};
/**
 * Warming the engine in small steps: each step compiles one phrase list of one language and runs
 * it twice (V8 interprets a regex on its first run and compiles it to machine code on the next),
 * so the first analysis while the person types finds every list ready, and no step is a long task.
 */
export function warmSteps(sample = 'warm up'): (() => void)[] {
  return Object.values(RX).flatMap((rx) => (['en', 'de'] as const).map((lang) => () => {
    const re = rx[lang];
    first(re, sample);
    first(re, sample);
  }));
}

const GREETINGS = L.GREETINGS.map(foldSource);
const GREETING_RE = new RegExp(`(?:^|\\n|[.!?] )(${GREETINGS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const GREET_WORDS = new Set(GREETINGS.flatMap((g) => g.split(' ')));
const TITLE_SET = new Set(L.TITLES);
const NOT_NAME = new Set(L.NOT_NAMES);
const SIGNOFF = new Set(L.SIGNOFF_WORDS);
const GENERIC_HEADLINE = new Set(L.GENERIC_HEADLINE_WORDS);
const STOP = new Set([...L.STOPWORDS.en, ...L.STOPWORDS.de].map(foldSource));
const COMMENT_WORDS = new Set([...L.COMMENT_GENERIC_WORDS.en, ...L.COMMENT_GENERIC_WORDS.de].map(foldSource));
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines']);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", 'yours', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'euer', 'eure', 'euren', 'eurem', 'ihnen', 'ihr']);
/** Words people capitalise for emphasis or as a field's name: no proper noun ("my LinkedIn Connect Request", "the field of Data Science"). */
const COMMON_CAPS = new Set(['i', 'linkedin', 'linkedln', 'connect', 'connection', 'connections', 'request', 'invitation', 'network', 'networking', 'profile', 'professional', 'professionals', 'business', 'industry', 'data', 'science', 'scientist', 'engineering', 'analytics', 'intern', 'internship', 'graduate', 'student', 'manager', 'director', 'advisor', 'financial', 'marketing', 'product', 'software', 'developer', 'recruiter', 'talent', 'acquisition', 'machine', 'learning', 'ai', 'tech', 'technology', 'good', 'morning', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'english', 'german', 'ok', 'okay', "i'm", "i'd", "i've", "i'll"]);
const NON_NAME_ACRONYMS = new Set(['hr', 'it', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'mba', 'phd', 'ai', 'ki', 'b2b', 'b2c', 'saas', 'ok', 'pm', 'dm', 'pn', 'roi', 'kmu', 'ag', 'gmbh', 'ltd', 'inc', 'sa']);

/** a slot needs one of these heads ... */
const PLACEHOLDER_HEADS = new Set(
  ('name firstname lastname surname fullname vorname nachname company companyname firma firmenname unternehmen organisation organization ' +
    'position title jobtitle role rolle funktion industry branche city stadt ort event anlass veranstaltung topic thema insert einfuegen ' +
    'anrede recipient empfaenger date datum link url product produkt school university hochschule department abteilung contact kontakt ' +
    'x xx xxx xy placeholder platzhalter skill hobby country land kanton prospect').split(' '),
);
/** ... and may otherwise hold only these words */
const PLACEHOLDER_WORDS = new Set(
  ('names first last job uni person field bereich your my dein deine ihr ihre mein meine des der here hier custom personalize ' +
    'personalisieren mutual connection sender absender signature signatur interest interesse post beitrag article artikel team region ' +
    'service dienstleistung benefit goal ziel lead account client kunde of the die or oder and und from von at bei').split(' '),
);

interface Ctx {
  input: AnalyzeInput;
  text: string;
  f: Folded;
  toks: Token[];
  lang: Lang | 'unknown';
  langs: Lang[];
  findings: Finding[];
  disabled: Set<string>;
  /** quoted or listed phrases (see mentionSpans), found once per call when first needed */
  mentions?: [number, number][];
}

function on(ctx: Ctx, rule: RuleId): boolean {
  return !ctx.disabled.has(rule);
}

function add(ctx: Ctx, rule: RuleId, start: number, end: number, params?: Record<string, string | number>): void {
  const meta = RULES[rule];
  const fnd: Finding = { rule, severity: meta.severity, start, end, messageId: rule };
  if (params) fnd.params = params;
  ctx.findings.push(fnd);
}

function addHit(ctx: Ctx, rule: RuleId, h: Hit, params?: Record<string, string | number>): void {
  const [s, e] = origRange(ctx.f, h.fs, h.fe);
  add(ctx, rule, s, e, params);
}

function hitsOf(ctx: Ctx, rx: Compiled, max = 20): Hit[] {
  const out: Hit[] = [];
  for (const l of ctx.langs) for (const h of all(rx[l], ctx.f.s, max)) out.push(h);
  out.sort((a, b) => a.fs - b.fs);
  return out;
}
function firstOf(ctx: Ctx, rx: Compiled): Hit | null {
  let best: Hit | null = null;
  for (const l of ctx.langs) {
    const h = first(rx[l], ctx.f.s);
    if (h && (!best || h.fs < best.fs)) best = h;
  }
  return best;
}

/** a phrase in double quotes of any kind (folded to ") */
const DOUBLE_QUOTED = '"[^"\\n]{2,160}"';
const MENTION_RE = new RegExp(
  `${DOUBLE_QUOTED}|(?<![\\p{L}\\p{N}])'(?:[^'\\n]|(?<=\\p{L})'(?=\\p{L})){2,160}'(?![\\p{L}\\p{N}])|(?<![\\p{L}])(?:phrases?|words|lines|slogans?|saetze|floskeln|formulierungen|sprueche|woerter)(?: like| such as| wie)?: [^.!?\\n]{2,160}`,
  'gu',
);
/**
 * Spans of the folded text inside quotes of any kind (folded to " and '), or listed after "phrases:",
 * "Floskeln wie": a phrase there is talked about, not used ('We removed the "Book a demo" button',
 * 'Posts with «Comment YES» annoy me', 'Every rep knows the phrases: limited offer, only today').
 * Found once per call, and only for texts that have a quote or a colon at all.
 */
function mentionSpans(ctx: Ctx): [number, number][] {
  if (ctx.mentions) return ctx.mentions;
  const out: [number, number][] = [];
  if (/["']|: /.test(ctx.f.s)) {
    MENTION_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MENTION_RE.exec(ctx.f.s)) !== null && out.length < 50) out.push([m.index, m.index + m[0].length]);
  }
  return (ctx.mentions = out);
}
/** Hits of rx that are used, not quoted; a hit that reaches outside the quotes ('Comment "YES" below') counts. */
function usedHits(ctx: Ctx, rx: Compiled, max = 20): Hit[] {
  const spans = mentionSpans(ctx);
  const hits = hitsOf(ctx, rx, max);
  return spans.length === 0 ? hits : hits.filter((h) => !spans.some(([a, b]) => h.fs >= a && h.fe <= b));
}
/** The first used hit of rx; with notQuestioned, not one followed by "?" either ("Limited offer? No."). */
function firstUsed(ctx: Ctx, rx: Compiled, notQuestioned = false): Hit | null {
  const first = firstOf(ctx, rx);
  if (!first || (mentionSpans(ctx).length === 0 && !(notQuestioned && ctx.f.s[first.fe] === '?'))) return first;
  return usedHits(ctx, rx).find((h) => !(notQuestioned && ctx.f.s[h.fe] === '?')) ?? null;
}

/** Trimmed original range of the whole text. */
function wholeRange(text: string): [number, number] {
  const s = text.search(/\S/u);
  if (s < 0) return [0, 0];
  let e = text.length;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}

// ------------------------------------------------------------------------------------------ greeting

interface Greeting {
  /** token indices of the greeting words */
  gStart: number;
  gEnd: number;
  /** token indices of the name tokens that follow (may be empty) */
  names: Token[];
  /** whether a title (Herr, Frau, Mr., Dr.) stood before the name */
  titled: boolean;
}

/** Greetings at the start of the text or of a line/sentence, with the name that follows. */
function findGreetings(ctx: Ctx): Greeting[] {
  const out: Greeting[] = [];
  const s = ctx.f.s;
  const toks = ctx.toks;
  GREETING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let ti = 0;
  let count = 0;
  while ((m = GREETING_RE.exec(s)) !== null && count++ < 20) {
    const gs = m.index + m[0].length - m[1]!.length;
    const ge = m.index + m[0].length;
    while (ti < toks.length && toks[ti]!.fs < gs) ti++;
    let j = ti;
    while (j < toks.length && toks[j]!.fe <= ge) j++;
    const g: Greeting = { gStart: ti, gEnd: j, names: [], titled: false };
    // the text between greeting and next token must be plain space (no comma: "Hi, John recommended ...")
    let k = j;
    let prevEnd = ge;
    while (k < toks.length && g.names.length < 3) {
      const t = toks[k]!;
      const between = s.slice(prevEnd, t.fs);
      if (!/^[ ]?\.? ?$/.test(between) && !(g.names.length === 0 && /^ ?$/.test(between))) break;
      const w = t.w.replace(/\.$/, '');
      if (TITLE_SET.has(w)) { g.titled = true; prevEnd = t.fe; k++; continue; }
      if (!t.cap || NOT_NAME.has(w) || GREET_WORDS.has(w) || (STOP.has(w) && !g.titled)) break;
      if (w.length >= 2 && isAllCaps(ctx.text, ctx.f, t)) break; // NAME, XY: a placeholder, not a name
      g.names.push(t);
      prevEnd = t.fe;
      k++;
      // a second capitalised token is a last name only if directly joined by a space
      if (s.charCodeAt(prevEnd) !== 32) break;
    }
    // "Hi Recruiting Team", "Hallo Swisscom-Team": a group, not a person
    const next = toks[k];
    if (g.names.length > 0 && next && NOT_NAME.has(next.w) && /^[ -]?$/.test(s.slice(g.names[g.names.length - 1]!.fe, next.fs))) g.names = [];
    if (g.names.some((t) => /-(?:team|crew|gruppe)$/.test(t.w))) g.names = [];
    out.push(g);
    if (m[0].length === 0) GREETING_RE.lastIndex++;
  }
  return out;
}

const VOCATIVE_RE = /(?:^|[.!?\n] ?)(?:thanks|thank you|many thanks|danke|vielen dank|merci|congrats|congratulations|gratuliere|honestly|ehrlich gesagt|sorry|wow|uebrigens|by the way|btw)(?: again| so much| a lot| nochmals| nochmal| vielmals)?(?:, | (?:for|fuer|fuers|zu|zum|zur|on) [^.!?\n,]{2,60}, )(?=[^ ,.!?\n]{2,30}(?:[,!] | -|[.!]))/g;

/** "Es war super, dich kennenzulernen, Sandra!": a name that closes an exclamation */
const VOCATIVE_CLOSING_RE = /, (?=[^ ,.!?\n]{2,30}!)/g;
/** "ich wollte Sie, liebe Frau Keller, fragen" */
const VOCATIVE_TITLED_RE = /, (?:liebe[rs]?|dear|sehr geehrte[rs]?) (?:(?:herr|frau|mr|ms|mrs|dr|prof)\.? )?(?=[^ ,.!?\n]{2,30}, )/g;

/**
 * A single capitalised name set off by commas right after a thank-you or an aside ("Thanks, Laura, for …"),
 * closing a thank-you clause ("Thanks for the tour, Thomas — …") or an exclamation, or after "liebe Frau".
 */
function findVocative(ctx: Ctx): Token | null {
  VOCATIVE_RE.lastIndex = 0;
  VOCATIVE_TITLED_RE.lastIndex = 0;
  VOCATIVE_CLOSING_RE.lastIndex = 0;
  const m = VOCATIVE_RE.exec(ctx.f.s) ?? VOCATIVE_TITLED_RE.exec(ctx.f.s) ?? VOCATIVE_CLOSING_RE.exec(ctx.f.s);
  if (!m) return null;
  const at = m.index + m[0].length;
  const t = ctx.toks.find((x) => x.fs === at);
  if (!t || !t.cap) return null;
  const w = t.w.replace(/\.$/, '');
  if (NOT_NAME.has(w) || STOP.has(w) || TITLE_SET.has(w) || GREET_WORDS.has(w) || COMMON_CAPS.has(w) || isAllCaps(ctx.text, ctx.f, t)) return null;
  return t;
}

// ------------------------------------------------------------------------------------------ invite

function checkInvite(ctx: Ctx): void {
  const { text, input } = ctx;
  const recipient = parseName(input.recipient?.name);
  const sender = parseName(input.sender?.name);
  const greetings = findGreetings(ctx);

  // invite.empty: no word that is not a greeting, title, name or sign-off
  const isEmpty = (() => {
    const greetedNames = new Set<Token>();
    for (const g of greetings) for (const t of g.names) greetedNames.add(t);
    for (const t of ctx.toks) {
      const w = t.w.replace(/\.$/, '');
      if (GREET_WORDS.has(w) || TITLE_SET.has(w) || SIGNOFF.has(w) || NOT_NAME.has(w) && w !== 'thanks' && w !== 'danke' && w !== 'merci' && w !== 'thank') continue;
      if (greetedNames.has(t)) continue;
      // "Hi shaen doyle": the recipient's name, even in lower case
      if ((recipient && sameName(w, recipient)) || (t.cap && sender && sameName(w, sender))) continue;
      return false;
    }
    return true;
  })();
  if (isEmpty) {
    if (on(ctx, 'invite.empty')) {
      if (ctx.toks.length === 0) add(ctx, 'invite.empty', 0, 0);
      else {
        const a = origRange(ctx.f, ctx.toks[0]!.fs, ctx.toks[ctx.toks.length - 1]!.fe);
        add(ctx, 'invite.empty', a[0], a[1]);
      }
    }
    // "Hello Kevin," to Karin: an empty note can still greet the wrong person
    checkWrongName(ctx, recipient, sender, greetings);
    return; // nothing else to say about a note with no sentence
  }

  const slots = findSlots(ctx);
  if (slots.length > 0 && on(ctx, 'invite.placeholder')) add(ctx, 'invite.placeholder', slots[0]![0], slots[0]![1], { token: slots[0]![2] });

  checkWrongName(ctx, recipient, sender, greetings);

  // the pitch signal is computed whether or not invite.sales-pitch is on: invite.generic reads it too
  const pitch = pitchSignal(ctx, RX.pitchStrong, RX.pitchWeak, false);
  if (pitch && on(ctx, 'invite.sales-pitch')) addHit(ctx, 'invite.sales-pitch', pitch);

  if (on(ctx, 'invite.generic')) {
    // stock phrases, or a short note whose only purpose is the connection itself
    // any note built around networking intent, in English; German capitalises every noun, so with no proper
    // nouns to tell a named thing, a German note counts on intent alone only when it is short
    const stock = firstOf(ctx, RX.inviteStock) ?? (ctx.lang === 'en' || ctx.toks.length <= 20 ? firstOf(ctx, RX.inviteIntent) : null);
    // a pitch is the bigger problem: one message, not two
    if (stock && !pitch && !isSpecific(ctx, recipient, sender, greetings, slots)) {
      addHit(ctx, 'invite.generic', stock, { expected: recipient?.firstDisplay ?? '' });
    }
  }

  if (on(ctx, 'invite.duplicate') && input.history && input.history.length > 0) checkDuplicate(ctx);

}

/**
 * Is this text selling? A strong selling phrase; two different weak ones; or, by structure, the
 * writer's organisation or offer as the subject (OFFER_SUBJECT) together with a next step for the
 * reader or (with promiseCounts) a promised price, saving or result. Phrases in quotes are talked about, not used
 * (`quotedAware`: comments and posts quote other people's pitches).
 */
function pitchSignal(ctx: Ctx, strongRx: Compiled, weakRx: Compiled, quotedAware: boolean, promiseCounts = true): Hit | null {
  const strong = quotedAware ? firstUsed(ctx, strongRx) : firstOf(ctx, strongRx);
  if (strong) return strong;
  const weak = quotedAware ? usedHits(ctx, weakRx, 10) : hitsOf(ctx, weakRx, 10);
  if (new Set(weak.map((h) => ctx.f.s.slice(h.fs, h.fe))).size >= 2) return weak[0]!;
  const offer = usedHits(ctx, RX.offerSubject, 5)[0];
  if (offer && (usedHits(ctx, RX.offerNextStep, 1).length > 0 || (promiseCounts && usedHits(ctx, RX.offerPromise, 1).length > 0))) return offer;
  return null;
}

/** A greeted or addressed name that is none of the recipient's names, nor the sender's. */
function checkWrongName(ctx: Ctx, recipient: ParsedName | null, sender: ParsedName | null, greetings: Greeting[]): void {
  if (!on(ctx, 'invite.wrong-name') || !recipient) return;
  const report = (fs: number, fe: number) => {
    const [s, e] = origRange(ctx.f, fs, fe);
    add(ctx, 'invite.wrong-name', s, e, { name: ctx.text.slice(s, e), expected: ctx.input.recipient?.name?.trim().slice(0, 80) ?? '' });
  };
  for (const g of greetings) {
    if (g.names.length === 0 || g.names.some((t) => sameName(t.w, recipient))) continue;
    // the sender's own name after the greeting ("Hello Ritu from Pragmatic"), spelt exactly
    if (sender && g.names.some((t) => sameName(t.w, sender, false))) continue;
    report(g.names[0]!.fs, g.names[g.names.length - 1]!.fe);
    return;
  }
  // a name addressed between commas after a thank-you or an aside: "Thanks, Laura, for ...", "Honestly, Nadine, ..."
  const v = findVocative(ctx);
  if (v && !sameName(v.w, recipient) && !(sender && sameName(v.w, sender, false))) report(v.fs, v.fe);
}

const BRACKET_RE = /\[([^\[\]\n]{1,50})\]|<([^<>\n]{1,40})>|\{\{?([^{}\n]{1,40})\}?\}|%([A-Za-z_][A-Za-z0-9_ ]{1,30})%|(?<![\p{L}\p{N}])(XXX+|xxx+|XY)(?![\p{L}\p{N}])|_{3,}|\.{4,}/gu;
const CAPS_SLOT_RE = /(?<![\p{L}\p{N}])(NAME|VORNAME|NACHNAME|FIRSTNAME|FIRST_NAME|LASTNAME|COMPANY|FIRMA|UNTERNEHMEN|POSITION|TITLE|ANREDE)(?![\p{L}\p{N}])/gu;

function isSlot(content: string, strictCaps: boolean): boolean {
  const trimmed = content.trim();
  if (!trimmed) return true;
  if (/_/.test(trimmed)) return true;
  if (/^(?:\.{2,}|…|x+|\?+|-+)$/i.test(trimmed)) return true;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  // "[NAME]", "<FIRMA>": a capitalised word of two letters or more ("<K, V>" is code, not a slot)
  if (strictCaps && /\p{Lu}{2,}/u.test(trimmed) && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\d/.test(trimmed)) return true;
  const words = fold(trimmed).s.split(/[^a-z\p{L}]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (!words.some((w) => PLACEHOLDER_HEADS.has(w))) return false;
  // "[conference name]", "[client company]": any short phrase that ends in a slot head
  if (words.length <= 3 && PLACEHOLDER_HEADS.has(words[words.length - 1]!)) return true;
  return words.every((w) => PLACEHOLDER_WORDS.has(w) || PLACEHOLDER_HEADS.has(w) || w.length <= 3);
}

/** Template slots ([Name], {{company}}, XXX, NAME) in the text: [start, end, token], in order, at most 20. */
function findSlots(ctx: Ctx): [number, number, string][] {
  const t = ctx.text.length > MAX_SCAN ? ctx.text.slice(0, MAX_SCAN) : ctx.text;
  const out: [number, number, string][] = [];
  BRACKET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = BRACKET_RE.exec(t)) !== null && n < 200 && out.length < 20) {
    n++;
    const whole = m[0];
    let slot = false;
    if (m[1] !== undefined) slot = isSlot(m[1], true);
    else if (m[2] !== undefined) slot = !/[\p{L}\p{N}]/u.test(t[m.index - 1] ?? '') && isSlot(m[2], true); // Map<K, V>, List<String>: code
    else if (m[3] !== undefined) {
      // {first_name}, {{contact.firstname}}: a slot names what goes there; {{ loop.index }} is code
      const words = fold(m[3]).s.split(/[^a-z\p{L}]+/u).filter(Boolean);
      slot = /^\s{0,3}[\p{L}_][\p{L}\p{N}_ .\-]{0,30}$/u.test(m[3]) && m[3].trim().split(/\s+/).length <= 4 && (words.some((w) => PLACEHOLDER_HEADS.has(w)) || /^\s*[\p{Lu}_]{2,}\s*$/u.test(m[3]));
    }
    else if (m[4] !== undefined) slot = true;
    else slot = true; // XXX, XY, ___, ....
    if (whole.startsWith('.')) slot = false; // an ellipsis of four dots is punctuation
    if (slot) out.push([m.index, m.index + whole.length, whole.slice(0, 40)]);
  }
  // NAME, FIRMA in capitals count only where no bracketed slot was found
  if (out.length === 0) {
    CAPS_SLOT_RE.lastIndex = 0;
    const cm = CAPS_SLOT_RE.exec(t);
    if (cm) out.push([cm.index, cm.index + cm[0].length, cm[0]]);
  }
  return out;
}

/** Words that carry no reference after a slot ("[industry] and would love to connect", "{{company}} arbeiten"). */
const AFTER_SLOT_FILLER = new Set(['love', 'like', 'connect', 'connecting', 'network', 'vernetzen', 'arbeiten', 'arbeitest', 'arbeitet', 'taetig', 'work', 'works', 'working', 'gerne', 'happy', 'glad']);
/** "[EVENT] about cloud cost control": the sentence goes on with a real topic after the slot */
function saysMore(rest: string): boolean {
  const words = fold(rest).s.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !STOP.has(w) && !AFTER_SLOT_FILLER.has(w));
  return words.length >= 2;
}

/** Does the note name something concrete about this person or a shared context? */
function isSpecific(ctx: Ctx, recipient: ParsedName | null, sender: ParsedName | null, greetings: Greeting[], slots: [number, number, string][]): boolean {
  // "I saw your work in [industry]": a reference that a template slot completes is part of the template
  // "I saw your profile": a sign of reference inside a vague phrase points at nothing in particular
  const vague = hitsOf(ctx, RX.vagueReference, 10);
  const specific = hitsOf(ctx, RX.inviteSpecific, 10).filter((h) => {
    if (vague.some((v) => h.fs < v.fe && h.fe > v.fs)) return false;
    if (slots.length === 0) return true;
    const [a, b] = origRange(ctx.f, h.fs, h.fe);
    return !slots.some(([s, e]) => s >= a && s - b <= 40 && !/[.!?\n]/.test(ctx.text.slice(b, s)) && !saysMore(ctx.text.slice(e).split(/[.!?\n]/)[0]!));
  });
  if (specific.length > 0) return true;
  const s = ctx.f.s;
  // words of the recipient's headline (company, field) that reappear in the note
  const headline = ctx.input.recipient?.headline;
  if (headline) {
    const hf = fold(headline.slice(0, 300));
    const words = new Set<string>();
    for (const t of tokenize(headline, hf, 60)) {
      if (t.w.length >= 3 && !STOP.has(t.w) && !GENERIC_HEADLINE.has(t.w)) words.add(t.w);
    }
    if (words.size > 0) for (const t of ctx.toks) if (words.has(t.w)) return true;
  }
  // proper nouns and acronyms that are not the people involved: a place, a company, a school, a year;
  // not those of a sentence that only introduces the writer ("I am a data science student at RIT")
  const selfIntro = selfIntroSpans(s);
  const signature = ctx.lang === 'en' ? signatureStart(s) : s.length;
  const greeted = new Set<Token>();
  for (const g of greetings) for (const t of g.names) greeted.add(t);
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    if (!t.cap) {
      if (t.w.length === 4 && /^\d{4}$/.test(t.w)) return true;
      continue;
    }
    if (greeted.has(t)) continue;
    if (t.fs >= signature || selfIntro.some(([a, b]) => t.fs >= a && t.fe <= b)) continue;
    if (slots.length > 0) {
      const [a] = origRange(ctx.f, t.fs, t.fe);
      if (slots.some(([s0, e0]) => a >= s0 && a < e0)) continue; // NAME in %NAME%: the template, not a proper noun
    }
    const w = t.w.endsWith('.') ? t.w.slice(0, -1) : t.w;
    if ((recipient && sameName(w, recipient)) || (sender && sameName(w, sender))) continue;
    if (isAllCaps(ctx.text, ctx.f, t) && !NON_NAME_ACRONYMS.has(w) && !SIGNOFF.has(w) && w.length <= 8) return true; // LG, MfG: a sign-off
    if (ctx.lang !== 'en' || !t.cap || COMMON_CAPS.has(w) || STOP.has(w) || GREET_WORDS.has(w) || TITLE_SET.has(w) || SIGNOFF.has(w)) continue;
    // sentence-initial capitals are not proper nouns
    let p = t.fs - 1;
    if (p >= 0 && '[{<%_'.includes(s[p]!)) continue; // inside a template slot, not a proper noun
    if (p >= 0 && `'"`.includes(s[p]!) && `'"`.includes(s[t.fe] ?? '')) continue; // one quoted word: a button or a term ("hit 'Ignore'")
    while (p >= 0 && (s[p] === ' ' || s[p] === '"' || s[p] === "'" || s[p] === '(')) p--;
    if (p < 0 || '.!?\n:-'.includes(s[p]!)) continue;
    if (s[p] === ',' && i > 0 && (greeted.has(ctx.toks[i - 1]!) || GREET_WORDS.has(ctx.toks[i - 1]!.w))) continue; // "Hello, Hope you are well"
    if (s[p] === ',' && i > 0 && SIGNOFF.has(ctx.toks[i - 1]!.w)) continue;
    return true;
  }
  return false;
}

const SELF_INTRO_RE = /(?:^|[\s,])(?:(?:i am|i'm) (?:a|an|currently|now|working|studying|(?:[\p{L}-]{1,20},? ){1,3}(?:a|an|from|with|working))|(?:i|and)(?: also| currently| have)? (?:work|worked|working|study|studied|studying) (?:in|at|as|for)|my name is|this is|, (?:working|studying) (?:in|at|as|for)|(?:build|grow|expand|extend|broaden)(?:ing)? my (?:professional )?(?:network|circle))(?![\p{L}])/u;
const SHARED_RE = /(?:^|[^\p{L}])(?:you|your|yours|fellow|as well|same|both|together|alum\p{L}{0,3})(?![\p{L}])/u;
/**
 * Spans (folded offsets) in which the writer introduces themselves: from "I am …", "my name is …",
 * "working at …" to the end of the sentence or to the first word about the reader ("you", "fellow",
 * "same"). Nothing in them is about the reader ("I am a data science student at RIT, working at Qorvo").
 */
function selfIntroSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^.!?\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && out.length < 30) {
    const intro = SELF_INTRO_RE.exec(m[0]);
    if (!intro) continue;
    const rest = m[0].slice(intro.index);
    const shared = SHARED_RE.exec(rest);
    out.push([m.index + intro.index, m.index + intro.index + (shared ? shared.index : rest.length)]);
  }
  return out;
}

const SIGNOFF_RE = /(?:^|[\s.!,])(?:thanks|thank you|many thanks|cheers|best|regards|best regards|kind regards|warm regards|sincerely|all the best|best wishes)(?: again)?[,!.]*(?=\s|$)|(?:^|\n)- ?(?=\p{L})/gu;
/** Where an English note's signature starts (folded offset): after the first sign-off that only a few words follow. */
function signatureStart(s: string): number {
  SIGNOFF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGNOFF_RE.exec(s)) !== null) {
    const end = m.index + m[0].length;
    if (s.length - end <= 120 && !/(?<!\.)[.?](?!\.)\s+\p{L}/u.test(s.slice(end))) return end;
    if (m[0].length === 0) SIGNOFF_RE.lastIndex++;
  }
  return s.length;
}

function checkDuplicate(ctx: Ctx): void {
  const { input } = ctx;
  if (!Array.isArray(input.history)) return;
  const recipientName = input.recipient?.name;
  const senderName = input.sender?.name;
  const fp = fingerprintFromWords(fingerprintWordsFromTokens(ctx.toks, namesOf({ recipientName, senderName })));
  if (fp.length < 4) return;
  const best = bestSimilarity(input.historyKey ? sketch(fp, input.historyKey) : fp, input.history!, recipientName, input.recipientKey, senderName);
  if (best >= 0.8) {
    const [s, e] = wholeRange(ctx.text);
    add(ctx, 'invite.duplicate', s, e, { percent: Math.round(best * 100) });
  }
}

// ------------------------------------------------------------------------------------------ post

function checkPost(ctx: Ctx): void {
  const { text } = ctx;
  if (on(ctx, 'post.engagement-bait')) {
    const h = firstUsed(ctx, RX.bait);
    if (h) addHit(ctx, 'post.engagement-bait', h);
  }
  // a hard pitch is commercial whatever else it says: never private life as well
  // "Limited offer? No." questions the phrase; it does not use it
  const pitch = firstUsed(ctx, RX.postPitch, true);
  if (pitch && on(ctx, 'post.sales-pitch')) addHit(ctx, 'post.sales-pitch', pitch);
  // a question inside quotes ('Asking "what decision will this support?" saves weeks') asks the reader nothing
  const hasQuestion = /\?(?![\p{L}\p{N}=&_\/])/u.test(ctx.f.s.replace(new RegExp(DOUBLE_QUOTED, 'g'), '""'));
  const words = ctx.toks.length;
  // invitations to reply, looked for once and only when no question mark settles it
  let replyHits: Hit[] | undefined;
  const replies = () => (replyHits ??= hitsOf(ctx, RX.reply, 10));

  // private life first: a post about the weekend is not a list of achievements
  let privateHit: Hit | null = null;
  if (!pitch) {
    const personal = hitsOf(ctx, RX.personal, 30);
    const distinct = new Set(personal.map((h) => ctx.f.s.slice(h.fs, h.fe))).size;
    const weight = distinct + (personal.length > 0 && firstOf(ctx, RX.personalStrong) ? 1 : 0);
    // a hashtag (#leadership under a ski day) is no professional angle
    const prof = weight >= 2 ? new Set(hitsOf(ctx, RX.professional, 10).filter((h) => ctx.f.s[h.fs - 1] !== '#').map((h) => ctx.f.s.slice(h.fs, h.fe))).size : 0;
    // a professional angle: any work word; a post steeped in private life needs two of them
    if (weight >= 2 && (prof === 0 || (weight >= 5 && prof === 1))) privateHit = personal.find((h) => /\p{L}/u.test(ctx.f.s.slice(h.fs, h.fe))) ?? personal[0]!;
  }
  if (privateHit && on(ctx, 'post.too-personal')) addHit(ctx, 'post.too-personal', privateHit);

  if (on(ctx, 'post.self-promotion')) {
    // a hashtag (#learning under a certificate) thanks, teaches and asks nobody
    const said = (rx: Compiled) => hitsOf(ctx, rx, 10).some((h) => ctx.f.s[h.fs - 1] !== '#');
    const thanks = said(RX.thanks);
    const teaching = said(RX.teaching);
    // an offer to get in touch ("feel free to reach out") asks the reader nothing
    const reply = hasQuestion || replies().some((h) => ctx.f.s[h.fs - 1] !== '#' && !/^(?:reach out|feel free to|get in touch|happy to share)/.test(ctx.f.s.slice(h.fs, h.fe)));
    if (!thanks && !teaching && !reply) {
      const brag = firstOf(ctx, RX.brag) ?? (privateHit ? null : firstUsed(ctx, RX.statusChange));
      if (brag) addHit(ctx, 'post.self-promotion', brag);
      else if (words >= 20 && !privateHit) {
        let me = 0;
        let you = 0;
        for (const t of ctx.toks) {
          if (FIRST_PERSON.has(t.w)) me++;
          else if (SECOND_PERSON.has(t.w)) you++;
        }
        const ach = firstOf(ctx, RX.achievement);
        if (you === 0 && me / words >= 0.08 && ach) {
          const a = wholeRange(text);
          const nl = text.indexOf('\n', a[0]);
          add(ctx, 'post.self-promotion', a[0], nl > a[0] ? nl : a[1]);
        }
      }
    }
  }

  if (on(ctx, 'post.no-conversation') && words > 40 && !hasQuestion && replies().length === 0) {
    // point at the last paragraph
    const [s0, e0] = wholeRange(text);
    let ls = text.lastIndexOf('\n', e0 - 1);
    ls = ls < s0 ? s0 : ls + 1;
    while (ls < e0 && /\s/u.test(text[ls]!)) ls++;
    add(ctx, 'post.no-conversation', ls, e0);
  }

  if (on(ctx, 'post.hashtags')) {
    const tags: [number, number][] = [];
    const re = /(?<![\p{L}\p{N}_#&\/])#[\p{L}\p{N}_]{1,80}/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && tags.length < 1000) {
      if (/\p{L}/u.test(m[0])) tags.push([m.index, m.index + m[0].length]);
    }
    if (tags.length > 5) add(ctx, 'post.hashtags', tags[0]![0], tags[tags.length - 1]![1], { count: tags.length, max: 5 });
  }

  if (on(ctx, 'post.wall-of-text')) {
    let bestS = 0;
    let bestLen = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = i < text.length ? text.charCodeAt(i) : 10;
      if (ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029) {
        if (i - start > bestLen) { bestLen = i - start; bestS = start; }
        start = i + 1;
      }
    }
    if (bestLen > 600) {
      const seg = text.slice(bestS, bestS + bestLen);
      const [a, b] = wholeRange(seg);
      if (b - a > 600) add(ctx, 'post.wall-of-text', bestS + a, bestS + b, { chars: b - a });
    }
  }

  if (on(ctx, 'post.hook')) {
    const [s0] = wholeRange(text);
    let e = text.indexOf('\n', s0);
    if (e < 0) e = text.length;
    while (e > s0 && /\s/u.test(text[e - 1]!)) e--;
    const fp = foldPoint(text);
    if (e > fp) add(ctx, 'post.hook', s0, e, { fold: fp, chars: e - s0 });
  }
}

// ------------------------------------------------------------------------------------------ comment

function checkComment(ctx: Ctx): void {
  const { text } = ctx;
  // computed whether or not comment.sales-pitch is on: comment.generic reads it too
  // a price or a result in a comment is mostly shared experience ('a 30% deposit helped'): only a next step makes it an offer
  const pitch = pitchSignal(ctx, RX.commentPitchStrong, RX.commentPitchWeak, true, false);
  if (pitch && on(ctx, 'comment.sales-pitch')) addHit(ctx, 'comment.sales-pitch', pitch);
  if (on(ctx, 'comment.generic') && !pitch) {
    const [s, e] = wholeRange(text);
    if (e === s) return; // nothing written yet
    if (/\?/.test(ctx.f.s)) return;
    const toks = ctx.toks;
    if (toks.length > 24) return;
    const fs = ctx.f.s;
    let content = 0;
    let names = 0;
    const contentWords: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const w = t.w.replace(/\.$/, '');
      if (COMMENT_WORDS.has(w) || /^\d{1,3}$/.test(w)) continue;
      if (t.cap) {
        const before = fs.slice(Math.max(0, t.fs - 2), t.fs);
        const after = fs.slice(t.fe, t.fe + 1);
        const prev = i > 0 ? toks[i - 1]!.w : '';
        const last = i === toks.length - 1 || (i === toks.length - 2 && toks[i + 1]!.cap);
        if (last || /[,@]/.test(before) || /^[,!.]/.test(after) || prev === 'liebe' || prev === 'lieber' || prev === 'dear' || prev === 'congrats' || prev === 'congratulations' || prev === 'gratuliere') {
          names++;
          continue;
        }
      }
      content++;
      contentWords.push(w);
    }
    // a short comment with a word or two of its own ("Great opportunity", "Commenting for better reach") is
    // still generic when it takes nothing up from the post, asks nothing and tells no experience of the writer's
    // (one word of its own after the praise only names what is praised: "Great meetup", "helpful advice")
    const short = content <= 2 && toks.length <= 12 && names <= 3 && !toks.some((t) => EXPERIENCE_SUBJECT.has(t.w)) && (content <= 1 || !takesUp(contentWords, ctx.input.post)) && !/^(?:can|could|would|will|do|does|did|is|are|which|what|why|how|when|where|who|kann|kannst|koennen|wie|was|warum|wann|wo|wer|welche[rsmn]?)(?![\p{L}])/u.test(fs);
    if ((content === 0 && names <= 3) || short) add(ctx, 'comment.generic', s, e);
  }
}

/** Words that make the writer the subject of a comment: an experience or an opinion of their own follows. */
const EXPERIENCE_SUBJECT = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ich', 'we', "we've", "we're", 'wir', 'mir', 'mich', 'bei uns', 'my', 'mein', 'meine']);
/** Does a comment take up something from the post it answers (a word of four letters or more, compared on its first five)? */
function takesUp(words: string[], post: string | undefined): boolean {
  if (!post || words.length === 0) return false;
  const stems = new Set<string>();
  const pf = fold(post.slice(0, 3000));
  for (const t of tokenize(post.slice(0, 3000), pf, 600)) if (t.w.length >= 4 && !STOP.has(t.w)) stems.add(t.w.slice(0, 5));
  return words.some((w) => w.length >= 4 && stems.has(w.slice(0, 5)));
}

// ------------------------------------------------------------------------------------------ entry

const SURFACES: Record<Surface, (ctx: Ctx) => void> = { invite: checkInvite, post: checkPost, comment: checkComment };

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
  const ctx: Ctx = {
    input: clean(input, text, surface),
    text,
    f,
    toks,
    lang,
    langs: lang === 'unknown' ? ['en', 'de'] : [lang],
    findings: [],
    disabled: new Set(input && Array.isArray(input.disabled) ? input.disabled : []),
  };
  SURFACES[surface](ctx);
  ctx.findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings: ctx.findings, lang };
}
