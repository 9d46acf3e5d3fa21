/**
 * comment.sales-pitch: the comment sells: one strong selling phrase, two different weak ones, or the
 * writer's organisation or offer as the subject with a next step for the reader (signals.ts
 * `pitchSignal`). A price or a result alone is mostly shared experience ("a 30% deposit helped") and
 * quoted phrases are talked about. Inputs: text. The pitch is a shared signal: it silences
 * comment.generic (interplay.ts).
 */
import { atHit, type Rule } from '../context';
import { gap, lazy, FIRST_FREE_DE, FREE_PERIOD, NO_FEES_EN, OFFER_EN, ORG_EN, PRICE, RESULT_DE, RESULT_EN, SEND_YOU_EN, STAFF_READY_EN, type ByLang } from '../phrases';

export const COMMENT_PITCH_STRONG: ByLang = {
  en: [
    `(?:online|extra|passive) (?:earning|income)`, `drop (?:your |an? )?e-?mail (?:for|to get) (?:access|the|a|more)`, `(?:apply|register|sign up) here ?:? ?(?:https?://|www\\.)[\\p{L}\\p{N}-]{1,60}`,
    `(?:dm|message) me${gap(30)} (?:for|to get|to learn|to book) (?:a |an |the |my |our |more )?(?:free |special |exclusive )?(?:offer|quote|price|pricing|rates?|demo|consultation|call|discount|details|package|spot|session|audit|course|program(?:me)?)`,
    `(?:send|shoot|drop) me (?:a )?(?:dm|pm|message|line)${gap(30)} (?:for|to get|to learn)`,
    `(?:book|schedule|grab|claim) (?:a |your |our )?(?:free |complimentary )?(?:[\\p{L}\\p{N}-]+ ){0,2}(?:call|demo|consultation|session|spot|audit)`,
    `(?:get|start|try|claim|book|grab|schedule|request|offer(?:ing)?|enjoy|with) (?:a |an |your |our |my )?(?:free|complimentary|no-obligation) (?:[\\p{L}\\p{N}-]+ ){0,2}(?:trial|consultation|demo|audit|strategy|assessment|discovery)`,
    `(?:free|complimentary|no-obligation) (?:[\\p{L}\\p{N}-]+ ){0,2}(?:valuation|appraisal|estimate)`,
    `(?:free|complimentary|no-obligation) (?:[\\p{L}\\p{N}-]+ ){0,2}(?:trial|consultation|demo|audit|assessment|discovery)${gap(30)} (?:for you|for your|on us|this month|this week|today|available)`,
    `for a (?:free |no-obligation )?(?:quote|proposal)`,
    `${ORG_EN} like (?:yours|you)`,
    `(?:dm|message|comment)(?: me)? ["'][^"'\\n]{1,20}["']`,
    `(?:\\d{1,3}|few|only \\d{1,3}) (?:spots?|seats?|places?) (?:left|remaining)`,
    `(?:fast and (?:cheap|affordable)|(?:cheap|affordable) and fast)`,
    `\\$?\\d{1,3}k (?:months?|a month|per month|weeks?)|(?:earn|make) (?:money |extra (?:income|money) |like this |like me )?(?:from home|passive(?:ly)?)|working from home with`,
    `(?:only|just) (?:take|taking|accept|accepting) \\d{1,2} (?:new )?(?:partners|clients|people|spots|members)`,
    `\\d{1,2} (?:months?|weeks?) (?:for )?free`,
    `(?:earn|make money) while you sleep`, RESULT_EN, OFFER_EN, FREE_PERIOD, `shameless plug`,
    `(?:\\d{1,4}\\+?|many|dozens of|hundreds of) (?:[\\p{L}-]+ ){0,2}like yours`, `(?:first|1st) (?:month|session|lesson|placement|consultation|call|hire|order|box|week|hour|class|audit)s? (?:is |are )?(?:free|on us)`,
    `free for (?:new|the first) (?:clients|customers|users)`,
    `(?:discount|discounted|promo code|coupon|use code|special (?:price|offer|rate))`,
    `\\d{1,3} ?% off`,
    `(?:happy|glad) to (?:offer|give) you`,
    `hire me`, `my services`, `contact me for`, `check out (?:my|our) (?:course|offer|service|services|program(?:me)?|product|tool|app|agency)`,
    `link in (?:my )?(?:bio|profile)`,
    PRICE,
  ],
  de: [
    `(?:schreib|schreiben sie|schreibt|sende|senden sie|schickt|schick) mir (?:eine? |gerne eine? )?(?:pn|dm|nachricht|mail)`,
    `(?:rabattcode|gutschein(?:code)?|aktionspreis|sonderpreis|sonderangebot)`,
    `\\d{1,3} ?% \\p{L}{0,12}(?:rabatt|guenstiger)`,
    `(?:guenstig|preiswert) und (?:schnell|zuverlaessig|professionell)|(?:schnell|professionell) und (?:guenstig|preiswert)`,
    `(?:ihnen|dir|euch) (?:gerne )?unser(?:e|en)? (?:angebot|offerte|loesung|produkt)`,
    `(?:gratis|kostenlos|kostenfrei|unverbindlich)(?:e|es|en)? (?:erstgespraech|beratung|demo|testphase|analyse|probemonat)`,
    `link (?:im|in meinem) profil`,
    `(?:schreib|schreibt|schreiben sie|sende|schick|schickt|kommentier)(?:e|t)?(?: mir)?(?: einfach| gerne| gern)? ["'][^"'\\n]{1,20}["']`,
    RESULT_DE, FREE_PERIOD, FIRST_FREE_DE, `(?:ich )?sende (?:ihnen|dir|euch) (?:gerne |gern )?(?:die |eine |unsere |meine )?(?:offerte|angebot|unterlagen|infos?|preisliste)`,
    `noch (?:\\d{1,2}|zwei|drei|vier|ein(?:ige)?|wenige) freie (?:plaetze|termine|slots|kapazitaeten)|noch (?:\\d{1,2}|zwei|drei|vier|ein(?:ige)?|wenige) (?:plaetze|termine|slots) frei`, `zum halben preis`,
    `(?:buchen sie|buch dir|jetzt buchen|termin buchen)`,
    `(?:fuer|um) ein(?:e|en)? (?:unverbindliche[sn]? |kostenlose[sn]? )?(?:angebot|offerte|erstgespraech)`,
    `(?:jetzt |gleich )?(?:offerte|angebot|termin|beratung) (?:anfragen|einholen|verlangen|buchen|sichern)`,
    `offerieren (?:kostenlos|gratis|unverbindlich)|kostenlose offerte|noch \\p{L}{0,12}termine${gap(20)} frei`,
    PRICE,
  ],
};
export const COMMENT_PITCH_WEAK: ByLang = {
  en: [
    `(?:we|i)(?:'re| are| am|'m) looking to (?:expand|grow|take on|onboard)`, `(?:will|would|do) you need any`,
    `my (?:[\\p{L}-]+ ){0,2}(?:agency|consultancy|services|course|program(?:me)?|software|tool|app|product)s?`,
    `our (?:[\\p{L}-]+ ){0,2}(?:tool|app|agency|service|services|software|platform|products?|solutions?|team|company|package|packages|programs?|programmes?|course|workshops?|offering|devices?|sensors?|systems?|technology)`,
    `our (?:clients|customers)`,
    `(?:set up|schedule|arrange|book) a (?:quick |short |brief )?call`,
    `(?:send|shoot|drop) me (?:a )?(?:dm|pm|message|line)`, `dm me`,
    `(?:free|complimentary|no-obligation) (?:[\\p{L}\\p{N}-]+ ){0,2}(?:trial|consultation|demo|audit|strategy|assessment|discovery)`,
    `(?:we|i) (?:offer|provide|sell|build|built|specialize|specialise)`,
    `(?:we|i) help (?:[\\p{L}-]+ ){0,3}(?:${ORG_EN}|people|professionals|coaches)`,
    `if you (?:ever )?need (?:help|support|a hand) with`,
    `(?:i|we) (?:now )?coach (?:[\\p{L}-]+ ){0,2}(?:executives|leaders|founders|managers|teams|people|women|men|professionals)`,
    `(?:my|our) next (?:cohort|course|program(?:me)?|workshop|masterclass|intake|bootcamp)`,
    `(?:hop|jump) on a (?:quick |short )?call`,
    `(?:we|i) (?:can|could) help`, `if your (?:team|company) (?:struggles|needs|wants)`, `automates?`, `exactly (?:this|that)`, `(?:on|via) our website`,
    `work(?:ing)? from home`, `message me if you (?:want|'d like|are interested)`, `(?:happy|glad) to show you`, `(?:in|for|on|book|schedule|jump on|hop on) a (?:\\d{1,2}[- ]?min(?:ute)?|quick|short) (?:call|chat|demo)`,
    `our (?:online )?(?:course|program(?:me)?|masterclass|workshop|bootcamp|academy)`, `if anyone (?:wants|needs) (?:a shortcut|help|support)`, SEND_YOU_EN, `(?:a few )?dates for a call`, STAFF_READY_EN, `fee sheet|our fees|our rates|rate card|price list`, `message me for`, `(?:i'm|we're|i am|we are) (?:currently )?hiring`, `if anyone (?:here )?(?:wants|needs) (?:a |an )?(?:new )?[\\p{L}-]+`, `(?:at )?a (?:flat|fixed) (?:[\\p{L}-]+ )?(?:rate|price|fee)`, `have you (?:considered|thought about) (?:outsourcing|automating|switching)`, `half[- ]price`, `happy to send you (?:the|our|my|a) (?:brochure|deck|info|details|link|offer|prices?|rates)`, `i sold \\d{1,4}`, `(?:clients|buyers) waiting`, NO_FEES_EN,
  ],
  de: [
    `(?:unser|mein)(?:e|en)? [\\p{L}-]{0,20}?(?:tool|app|agentur|angebot|software|plattform|produkt|loesung|dienstleistung(?:en)?|beratung|team|firma|modul|paket|programm)`,
    `wir (?:bieten|begleiten|unterstuetzen|helfen|entwickeln|verkaufen|produzieren|erstellen|liefern|vermitteln|besetzen|rekrutieren|platzieren|montieren|offerieren)`, `(?:einfach )?(?:dm|pn|nachricht) an mich`, `erfolgsbasiert|auf erfolgsbasis`, `innert \\d{1,2} (?:tagen|wochen)`,
    `(?:haben wir|wir haben)${gap(40)} (?:entwickelt|gebaut|lanciert|programmiert|eingefuehrt|umgesetzt|implementiert)`,
    `(?:(?:falls|wenn) (?:jemand|du|ihr|sie)|wer)${gap(30)} (?:unterstuetzung|hilfe)${gap(30)} (?:braucht|brauchst|benoetigt|benoetigen|sucht|suchen)`, `schreib(?:t)? mir (?:einfach|gern(?:e)?)`, `bei (?:ueber )?\\d{1,4}\\+? (?:kmu|kunden|firmen|unternehmen|betrieben|praxen|gemeinden)`,
    `(?:gerne |gern )?zeige ich (?:es |das |sie |ihn )?(?:ihnen|dir|euch)`, `in \\d{1,2} minuten`, `kennen sie (?:schon |bereits )?unser`, `(?:sparen|spart|senken|senkt)${gap(30)} \\d{1,3} ?%`, `unverbindlich\\p{L}{0,2} (?:angebot|offerte)`, `neukunden erhalten`,
    `(?:soll|darf|kann) ich (?:dir|ihnen|euch)${gap(30)} (?:schicken|senden|zeigen|zukommen lassen)`,
    `(?:melde dich|meldet euch|melden sie sich|schreib mir|schreiben sie mir)${gap(25)} (?:per |via |ueber |mit einer )?(?:pn|dm|nachricht|mail|e-mail)`, `ich (?:helfe|begleite|unterstuetze)`, `beratungsfirma`,
    `mir (?:haend|hend|hei|hand)${gap(30)} (?:e|es|en|ei|ae|aes)? ?\\p{L}{0,16}(?:software|app|tool|loesig|plattform|produkt|agebot|system)`, `meld(?:e)? di(?:ch)? bi(?:i)? mir`, `(?:zeig|zeige|mach) i(?:ch)? (?:der|dir|ihne|ene|euch)`, `automatisch`, `(?:schriib|schrib|schreib)(?:ed|t)? (?:mer|mir) (?:es |en |e |eine? )?(?:pn|dm|nachricht|mail)`, `einfach (?:pn|dm)`, `bei interesse`, `wir sind (?:auf )?${gap(40)}spezialisiert`, `noch (?:freie )?kapazitaet(?:en)?`, `(?:einfach )?per (?:dm|pn|nachricht) melden`, `sofort verfuegbar`, `(?:fest|pauschal|fix)preis`, `(?:rufen sie mich an|ruf mich an|ruft mich an)`, `(?:ich )?(?:schicke|sende) (?:ihnen|dir|euch) (?:gerne |gern )?${gap(20)}(?:profile|unterlagen|offerte|angebot|infos?|referenzen)`, `ohne \\p{L}{0,20}gebuehr`, `(?:falls|wenn) (?:sie|du|ihr) (?:noch )?${gap(20)}(?:suchen|sucht|suchst|brauchen|braucht|benoetigen)`, `test(?:zugang|zuegang|version|phase|account)`, `(?:\\p{L}{0,12}paket|\\p{L}{0,12}programm|\\p{L}{0,12}kurs) hilft`, `in \\d{1,3} tagen`,
    `wer das (?:professionell|richtig)`, `(?:auf|ueber) unsere(?:r)? (?:website|webseite|homepage)`,
  ],
};

export const PHRASES = { COMMENT_PITCH_STRONG, COMMENT_PITCH_WEAK };
export const RX = { strong: lazy(COMMENT_PITCH_STRONG), weak: lazy(COMMENT_PITCH_WEAK) };

export const rule: Rule = {
  id: 'comment.sales-pitch',
  check(ctx) {
    const h = ctx.sig.commentPitch;
    return h ? atHit(ctx, h) : null;
  },
};
