/**
 * post.sales-pitch: the post sells: a hard selling phrase (a price, a discount, "book a demo",
 * "link in bio", limited offers) that is used, not quoted, nor questioned ("Limited offer? No.").
 * Inputs: text. The pitch is a shared signal: it silences post.too-personal (interplay.ts).
 */
import { atHit, firstUsed, usedHits, withSpans, type Ctx, type Rule } from '../context';
import { gap, lazy, MONEY, type ByLang } from '../phrases';
import type { Hit } from '../text';

export const POST_PITCH_STRONG: ByLang = {
  en: [
    `registration (?:is )?(?:now )?open(?![\\p{L}])`, `(?:\\d{1,3}|few|only \\d{1,3}) days? left to (?:register|book|buy|sign up|get your|grab)`, `register (?:today|now|here) (?:to|and) (?:secure|save|claim|get|grab)`,
    // "apply now", "register today": a job ad or a free event, not selling
    `(?:buy|order|shop|subscribe|enrol|enroll|book) (?:now|today)(?! (?:that|is|was))`,
    `(?:dm|message|pm) me ["'][^"'\\n]{1,20}["']`, `shameless plug`,
    `(?:book|schedule|grab|claim|secure|get|reserve|set up|arrange) (?:a|your|my)? ?(?:free )?(?:\\d{1,2}-?min(?:ute)? |quick |short |personal )?(?:demo|spot|seat|place|copy|discount|ticket|call|slot|session)`,
    `(?:limited|special|exclusive|early[- ]bird|launch|introductory|black friday|cyber monday) (?:offer|price|pricing|deal|discount|sale|rate)`,
    `\\d{1,3} ?% (?:off|discount)`,
    `(?:discount|promo|coupon|voucher) code|promo|coupon|voucher`, `(?:for|from) (?:only|just) ${MONEY}`, `(?:at|for) (?:a |just |only )?(?:flat|fixed) (?:rate |price |fee )?(?:of )?${MONEY}`,
    `(?:available|valid|open) (?:only )?until (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight|midnight)|after (?:that|this|sunday|friday) (?:it'?s|it will be|the price is) ${MONEY}`,
    `(?:first|1st) \\d{1,4} (?:customers|buyers|clients|users|orders|subscribers|sign-?ups) (?:get|receive|save)|lifetime (?:pricing|deal|discount|access)|(?:the )?offer won'?t come back`,
    `use (?:the )?code`,
    `(?:only|just) \\d{1,3} (?:spots|seats|places|copies|slots|tickets)`,
    `(?:spots?|seats?|places?|slots?) (?:are )?(?:left|remaining|available|limited)`,
    `(?:offer|sale|deal|discount|price) (?:ends|expires|valid until|runs until|only until)`,
    `dm me ${gap(20)}(?:to|for) (?:get|grab|secure|claim|book|buy|order|your|the|a|my|more|pricing|details)`,
    `link in (?:the )?(?:comments|bio|first comment) to (?:buy|order|book|get|grab|sign up|join|register)`,
    `(?:regular|normally|instead of|usually|worth)(?: price)?:? ${MONEY}`,
    `(?:was|were) ${MONEY}${gap(25)} (?:now|today|only)`,
    `${MONEY} (?:instead of|rather than|\\(?regular|\\(?normally)`,
    `(?:half|half-)price`,
    `free (?:[\\p{N}-]+[- ]min(?:ute)? |personal |initial |no-obligation )?(?:shipping|delivery|trial|consultation|demo|audit)`,
    `money[- ]back guarantee`,
    `while (?:stocks|supplies) last`,
    `(?:get|request|claim|grab) (?:your |a )?(?:personal(?:i[sz]ed)? |free |custom |individual )?(?:offer|quote|proposal)`,
    `this (?:month|week) only`,
    `price (?:doubles|goes up|increases|rises)`,
    `(?:presale|pre-sale|whitelist spots?|airdrop|token sale)`,
    `(?:signals?|vip|trading|pump)(?: signals?)? group`, `doors close`,
    `(?:first|1st) (?:month|premium|session|lesson|box|order|consultation)${gap(20)} (?:is )?(?:free|on us)`,
    `(?:dm|message|comment)(?: me)?(?: with)? (?:the )?(?:keyword|code ?word)`,
  ],
  de: [
    `(?:direkt )?bei (?:mir|uns) (?:bestellen|kaufen)`,
    `jetzt (?:kaufen|bestellen|buchen|anmelden|sichern|zugreifen|testen|registrieren|einkaufen|abonnieren|reservieren)`,
    `jetzt (?:\\p{L}+ )?(?:offerte|angebot|termin|beratung|demo) (?:anfordern|anfragen|buchen|sichern|vereinbaren)`,
    `(?:fuer|ab) (?:nur|bloss|lediglich) ${MONEY}`,
    `(?:jetzt |gleich )?(?:kostenlose|gratis|unverbindliche|kostenfreie)[nrs]? \\p{L}{0,20}(?:bewertung|analyse|offerte|angebot|beratung|check|gespraech|termin|call) (?:anfordern|sichern|buchen|anfragen|vereinbaren)`,
    `\\d{1,3} ?% (?:\\p{L}{0,16}rabatt|guenstiger|nachlass|reduziert)`,
    `(?:rabattcode|gutschein(?:code)?|aktionspreis|sonderangebot|sonderpreis|einfuehrungspreis|fruehbucher(?:preis|rabatt|tarif)?|(?<!(?:kein|keine|keinen|ohne|statt) )(?:black week|black friday|cyber monday))`,
    `nur noch (?:heute|bis|diese woche|dieses wochenende|kurze zeit)|nur noch (?:\\d{1,3}|wenige) (?:freie |verfuegbare )?(?:plaetze|tickets|exemplare|stueck|termine|slots|tage|stunden)`,
    `(?:anmeldung|tueren|tuer) schliess\\p{L}{0,2}`,
    `solange (?:der )?vorrat`,
    `statt ${MONEY}`,
    `${MONEY}${gap(10)} statt`,
    `(?:begrenzte|limitierte) (?:plaetze|anzahl|teilnehmerzahl|stueckzahl)`,
    `(?:noch |nur |no )(?:\\d{1,3}|zwei|drei|vier|fuenf|wenige) (?:freie )?(?:plaetze|plaetz|tickets|exemplare|termine|slots)(?: frei)?`,
    `sicher(?:t|n)? (?:euch|dir|ihnen|sie sich) (?:jetzt )?(?:einen|eines|eine|einen der|eines der)? ?(?:\\p{L}+ )?(?:platz|plaetze|termin|termine|ticket|tickets|rabatt)`, `(?:gibt es |erhaeltlich |kostet |kosten )ab ${MONEY}`,
    `(?:schreib|schreibt|schreiben sie|kommentier(?:e|t)?|schick|schickt|schicken sie|senden sie)(?![\\p{L}])(?: mir)?${gap(40)} (?:stichwort|keyword|codewort)`,
    `(?:verdien\\p{L}{0,4}|earn\\p{L}{0,3}|make)${gap(30)} ${MONEY} (?:im|pro|per|a|in a) (?:monat|monet|month|woche|week)|${MONEY} (?:im|pro|per|a) (?:monat|monet|month|woche|week) (?:verdien\\p{L}{0,4}|earn\\p{L}{0,3}|extra|nebenbei)`,
    `be your own boss|(?:dein|din|ihr) eigene?t?e?[rn]? (?:chef|boss) (?:zu )?(?:sein|sii|werden)`,
    `reserviere (?:dir|ihnen|euch) (?:gerne )?(?:einen|deinen|ihren|euren) platz`,
    `(?:gratis|kostenlose|kostenfreie) (?:lieferung|probefahrt|testphase|testversion|beratung|demo)`,
    `versandkostenfrei`,
    `(?<!(?:koennen|kann|koennt|konnten|moechten|wollen) (?:\\p{L}+ ){0,2})(?:demo|beratung|erstgespraech|termin|platz|ticket) (?:buchen|sichern|reservieren)`,
    `(?:schreib|schreibt|schreiben sie) mir${gap(40)} (?:link|angebot|platz|preis|rabatt|anmeldung|offerte)`,
    `angebot gilt`,
    `nur (?:diesen|im|in diesem) monat`,
    `(?:der )?preis (?:verdoppelt sich|steigt)`,
    `(?:persoenliche[sn]?|individuelle[sn]?|unverbindliche[sn]?) (?:angebot|offerte) (?:anfordern|erhalten|sichern|einholen)`,
    `(?:dm|pn|nachricht) (?:an mich )?(?:fuer|um)${gap(20)} (?:zu )?(?:sichern|bekommen|erhalten|bestellen)`,
  ],
};

export const PHRASES = { POST_PITCH_STRONG };
const RX = lazy(POST_PITCH_STRONG);

/** The first selling phrase the post uses (the postPitch signal, signals.ts). */
export function postPitch(ctx: Ctx): Hit | null {
  return firstUsed(ctx, RX, true);
}

export const rule: Rule = {
  id: 'post.sales-pitch',
  check(ctx) {
    const h = ctx.sig.postPitch;
    return h ? withSpans(ctx, atHit(ctx, h), usedHits(ctx, RX).filter((x) => ctx.f.s[x.fe] !== '?')) : null;
  },
};
