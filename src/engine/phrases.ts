/**
 * The phrase machinery every rule shares. A phrase is a regular-expression source over FOLDED text
 * (text.ts: lower case, ß->ss, ä/ö/ü->ae/oe/ue, curly quotes -> ASCII, whitespace runs -> one space);
 * umlauts may be written as such (they are folded when compiled); a space matches any whitespace;
 * word boundaries are added around each phrase. Every quantifier is bounded ({0,40}, never * or +
 * after a wildcard) so no input can make a pattern backtrack (tests/unit/engine/hostile.test.ts).
 *
 * A rule's phrases live in the rule's own module (rules/*.ts), each with at least one example it must
 * match beside it (rules/*.examples.json, checked by tests/unit/engine/phrases.test.ts). This module
 * holds only the fragments several rules' phrases are built from.
 */
import { compile, first } from './text';

/** A phrase list per language. */
export interface ByLang {
  en: readonly string[];
  de: readonly string[];
}

export type Compiled = { readonly en: RegExp | null; readonly de: RegExp | null };
/** Every list made by lazy(), for warmSteps. */
const ALL: Compiled[] = [];
/**
 * A list compiled on first use, per language: building and first running a big alternation is the
 * engine's main start-up cost, and a page that coaches English invitations never needs the German
 * post lists.
 */
export const lazy = (b: ByLang): Compiled => {
  let en: RegExp | null | undefined;
  let de: RegExp | null | undefined;
  const c: Compiled = {
    get en() { return en === undefined ? (en = compile(b.en)) : en; },
    get de() { return de === undefined ? (de = compile(b.de)) : de; },
  };
  ALL.push(c);
  return c;
};
/**
 * Warming the engine in small steps (the content script runs them in idle time when the engine
 * arrives, src/content/engine-entry.ts): each step compiles one phrase list of one language and
 * runs it twice (V8 interprets a regex on its first run and compiles it to machine code on the
 * next), so the first analysis while the person types finds every list ready, and no step is a
 * long task. Only lists of rule modules already loaded are covered.
 */
export function warmSteps(sample = 'warm up'): (() => void)[] {
  return ALL.flatMap((c) => (['en', 'de'] as const).map((lang) => () => {
    const re = c[lang];
    first(re, sample);
    first(re, sample);
  }));
}

/** a word list written as one space-separated string (smaller in the bundle than an array literal) */
export const w = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** organisations a writer sells to or helps ("we help companies like yours") */
export const ORG_EN = `(?:compan(?:y|ies)|business(?:es)?|brands?|teams?|firms?|organi[sz]ations?|startups?|clients?|leaders?|founders?|coaches|agencies|professionals|executives|entrepreneurs|owners|smes|banks|hospitals|retailers|manufacturers|hotels|restaurants|clinics|practices|schools|shops|stores|studios)`;
export const ORG_DE = `(?:unternehme(?:n|rinnen|r)|firmen|kmu|teams|fuehrungskraefte|kund(?:en|innen)|marken|startups|selbststaendige|spitaeler|banken|betriebe|organisationen|praxen|freelancer|coaches|gruender|hotels|restaurants|bueros|kanzleien|agenturen|schulen|gemeinden|verwaltungen|heime|apotheken|versicherer|krankenkassen|treuhaender|geschaeftsleitungen|verwaltungsraete|inhaber|familienunternehmen|kliniken|krankenhaeuser|start-ups)\\p{L}{0,3}`;
/** a "sentence-local" gap: up to n characters without crossing a sentence end */
export const gap = (n: number) => `[^.!?\\n]{0,${n}}?`;
/** a currency amount: CHF 290, Fr. 49.–, € 99, $497, 1'200 Franken, 49 EUR */
export const MONEY = `(?:\\d{1,3}(?:['.,]?\\d{3}){0,2}[.,]-{1,2}(?!\\d)|(?:chf|sfr|fr\\.|eur|usd|gbp|€|\\$|£) ?\\d{1,3}(?:['.,]?\\d{3}){0,3}(?:[.,](?:\\d{1,2}|-{1,2}))?|\\d{1,3}(?:['.,]?\\d{3}){0,3}(?:[.,]\\d{1,2})?(?:[.,]-{1,2})? ?(?:chf|franken|stutz|fr\\.|euro|eur|€|\\$|usd|dollars?))`;
/** an amount as a price: not a budget or funding round in millions, not a prize or a grant someone won */
export const PRICE = `(?<!(?:prize|award|raised|raising|funding|grant|won|salary|gewonnen|preisgeld|finanzierung|spende|spenden|lohn|gehalt|als|than|unter|ueber|under|over)(?: of| von)? )${MONEY}(?![.,']?\\d)(?! ?(?:million|billion|mio|mrd|milliarden?|millionen|bn|umsatz|revenue|turnover|budget)(?![\\p{L}]))`;

/** a promised result with the writer as its subject ("our tool cut no-shows by 38%"; "your post on how you raised retention by 14%" is a compliment) */
export const RESULT_EN = `(?:we|we've|i|i've|our|us|can|will|could|helps?|helped)(?: [\\p{L}\\p{N}'+-]+){0,4} (?:increase|boost|grow|double|triple|cut|reduce|improve|lower|raise)(?:s|d|ed|ing)?${gap(60)} (?:by|up to) \\d{1,3}(?:[.,]\\d{1,2})? ?%`;
export const RESULT_DE = `(?:wir|ich|unser\\p{L}{0,2}|uns|koennen|kann|hilft|helfen)(?: [\\p{L}\\p{N}+-]+){0,4} (?:reduziert|senkt|steigert|erhoeht|verdoppelt|halbiert|verbessert|spart|beschleunigt|reduzieren|senken|steigern|erhoehen|verdoppeln|halbieren|verbessern|sparen)${gap(40)} (?:um|bis zu) \\d{1,3} ?%`;
/** weak selling signals of invitations and comments alike: freebies sent over, people ready to place, fee-free offers */
export const SEND_YOU_EN = `(?:i'll|i will|happy to|let me) send you (?:our|my|a) (?:free )?[\\p{L}-]{2,30}`;
export const STAFF_READY_EN = `(?:candidates?|profiles|people|[\\p{L}-]+ers) (?:available|ready) (?:right now|now|immediately)`;
export const NO_FEES_EN = `(?:no|without) (?:placement |setup |booking |agency )?fees?`;
/** a first session for free: "Das Erstgespräch ist kostenlos", "erste Beratung gratis" */
export const FIRST_FREE_DE = `(?:erstgespraech|erstberatung|probestunde|probelektion|probetraining|kennenlerngespraech|erste[snr]? (?:gespraech|beratung|termin|stunde|lektion|monat|coaching|sitzung))${gap(15)} (?:ist )?(?:gratis|kostenlos|kostenfrei|umsonst)`;
/** a free period: "3 Monate gratis", "3 Monaten mietfrei", "2 months free" */
export const FREE_PERIOD = `\\d{1,2} (?:monate[n]?|wochen|tage[n]?) (?:gratis|kostenlos|umsonst|mietfrei|gebuehrenfrei)|\\d{1,2} (?:months?|weeks?) (?:for )?free|rent-free`;
/** an offer with a deadline or a special price */
export const OFFER_EN = `(?:special|exclusive|limited|introductory|early[- ]bird) (?:offer|price|pricing|deal|discount|rate)|(?:offer|price|deal|discount) (?:ends|expires)`;
