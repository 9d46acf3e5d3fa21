/**
 * The rules' word lists, per language. Pure data: every entry is a regular-expression source over
 * FOLDED text (see text.ts: lower case, ß->ss, ä/ö/ü->ae/oe/ue, curly quotes -> ASCII, whitespace runs
 * -> one space). Umlauts may be written as such; they are folded when compiled. A space matches any
 * whitespace. Every quantifier must be bounded ({0,40}, never * or + after a wildcard) so no input can
 * make a pattern backtrack catastrophically. Word boundaries are added around each entry.
 *
 * Adding a phrase: append it to the right list. Adding a rule: a list here, a check in rules/, a
 * message in _locales (finding_<id>) and a line in rules.ts.
 */

/** a word list written as one space-separated string (smaller in the bundle than an array literal) */
const w = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export interface ByLang {
  en: readonly string[];
  de: readonly string[];
}

const ORG_EN = `(?:compan(?:y|ies)|business(?:es)?|brands?|teams?|firms?|organi[sz]ations?|startups?|clients?|leaders?|founders?|coaches|agencies|professionals|executives|entrepreneurs|owners|smes|banks|hospitals|retailers|manufacturers|hotels|restaurants|clinics|practices|schools|shops|stores|studios)`;
const ORG_DE = `(?:unternehme(?:n|rinnen|r)|firmen|kmu|teams|fuehrungskraefte|kund(?:en|innen)|marken|startups|selbststaendige|spitaeler|banken|betriebe|organisationen|praxen|freelancer|coaches|gruender|hotels|restaurants|bueros|kanzleien|agenturen|schulen|gemeinden|verwaltungen|heime|apotheken|versicherer|krankenkassen|treuhaender|geschaeftsleitungen|verwaltungsraete|inhaber|familienunternehmen|kliniken|krankenhaeuser|start-ups)\\p{L}{0,3}`;
/** a "sentence-local" gap: up to n characters without crossing a sentence end */
const gap = (n: number) => `[^.!?\\n]{0,${n}}?`;
/** a currency amount: CHF 290, Fr. 49.–, € 99, $497, 1'200 Franken, 49 EUR */
const MONEY = `(?:\\d{1,3}(?:['.,]?\\d{3}){0,2}[.,]-{1,2}(?!\\d)|(?:chf|sfr|fr\\.|eur|usd|gbp|€|\\$|£) ?\\d{1,3}(?:['.,]?\\d{3}){0,3}(?:[.,](?:\\d{1,2}|-{1,2}))?|\\d{1,3}(?:['.,]?\\d{3}){0,3}(?:[.,]\\d{1,2})?(?:[.,]-{1,2})? ?(?:chf|franken|stutz|fr\\.|euro|eur|€|\\$|usd|dollars?))`;
/** an amount as a price: not a budget or funding round in millions, not a prize or a grant someone won */
const PRICE = `(?<!(?:prize|award|raised|raising|funding|grant|won|salary|gewonnen|preisgeld|finanzierung|spende|spenden|lohn|gehalt|als|than|unter|ueber|under|over)(?: of| von)? )${MONEY}(?![.,']?\\d)(?! ?(?:million|billion|mio|mrd|milliarden?|millionen|bn|umsatz|revenue|turnover|budget)(?![\\p{L}]))`;

/** a promised result with the writer as its subject ("our tool cut no-shows by 38%"; "your post on how you raised retention by 14%" is a compliment) */
const RESULT_EN = `(?:we|we've|i|i've|our|us|can|will|could|helps?|helped)(?: [\\p{L}\\p{N}'+-]+){0,4} (?:increase|boost|grow|double|triple|cut|reduce|improve|lower|raise)(?:s|d|ed|ing)?${gap(60)} (?:by|up to) \\d{1,3}(?:[.,]\\d{1,2})? ?%`;
const RESULT_DE = `(?:wir|ich|unser\\p{L}{0,2}|uns|koennen|kann|hilft|helfen)(?: [\\p{L}\\p{N}+-]+){0,4} (?:reduziert|senkt|steigert|erhoeht|verdoppelt|halbiert|verbessert|spart|beschleunigt|reduzieren|senken|steigern|erhoehen|verdoppeln|halbieren|verbessern|sparen)${gap(40)} (?:um|bis zu) \\d{1,3} ?%`;
/** leisure, food, nature and pets as emoji, one private-life word each (no celebration emoji: launches and wins use those) */
const LEISURE_EMOJI = `[☀🌞🌴🍹🍷🍕🍝🥐🥖🍦🍨🍟🏖🏝⛱🏔⛰⛷🏂🏄🏃🌊🐶🐱🐕🐈🐭🐹🐰👶🍻🍸🌅🌻🧁🍰🎂💍🏒⚽🏀🎾🚐]`;
/** weak selling signals of invitations and comments alike: freebies sent over, people ready to place, fee-free offers */
const SEND_YOU_EN = `(?:i'll|i will|happy to|let me) send you (?:our|my|a) (?:free )?`;
const STAFF_READY_EN = `(?:candidates?|profiles|people|[\\p{L}-]+ers) (?:available|ready) (?:right now|now|immediately)`;
const NO_FEES_EN = `(?:no|without) (?:placement |setup |booking |agency )?fees?`;
/** a first session for free: "Das Erstgespräch ist kostenlos", "erste Beratung gratis" */
const FIRST_FREE_DE = `(?:erstgespraech|erstberatung|probestunde|probelektion|probetraining|kennenlerngespraech|erste[snr]? (?:gespraech|beratung|termin|stunde|lektion|monat|coaching|sitzung))${gap(15)} (?:ist )?(?:gratis|kostenlos|kostenfrei|umsonst)`;
/** a free period: "3 Monate gratis", "3 Monaten mietfrei", "2 months free" */
const FREE_PERIOD = `\\d{1,2} (?:monate[n]?|wochen|tage[n]?) (?:gratis|kostenlos|umsonst|mietfrei|gebuehrenfrei)|\\d{1,2} (?:months?|weeks?) (?:for )?free|rent-free`;
/** an offer with a deadline or a special price */
const OFFER_EN = `(?:special|exclusive|limited|introductory|early[- ]bird) (?:offer|price|pricing|deal|discount|rate)|(?:offer|price|deal|discount) (?:ends|expires)`;

// ---------------------------------------------------------------- greetings, titles, sign-offs

/** Greeting words that may open a note (folded). Multi-word greetings first. */
export const GREETINGS: readonly string[] = [
  'good morning', 'good afternoon', 'good evening', 'guten tag', 'guten morgen', 'guten abend', 'sehr geehrte', 'sehr geehrter',
  'sehr geehrtes', 'grüss gott', 'grüß gott', 'grüss dich', 'grüessech', 'grüezi', 'grüessi', 'griass di', 'hoi zäme', 'moin moin',
  'hi', 'hello', 'hey', 'hiya', 'heya', 'dear', 'greetings', 'howdy', 'hallo', 'hallöchen', 'liebe', 'lieber', 'liebes', 'servus',
  'moin', 'hoi', 'sali', 'salü', 'salut', 'ciao', 'tschau', 'bonjour', 'hej', 'yo', 'good day',
];
/** Words between a greeting and a name. */
export const TITLES: readonly string[] = w(
  `mr mrs ms miss mx dr prof professor professorin herr frau hr fr mag dipl ing sir madam madame monsieur doktor doktorin konsul konsulin generalkonsul generalkonsulin botschafter botschafterin direktor direktorin praesident praesidentin stadtpraesident stadtpraesidentin gemeindepraesident gemeindepraesidentin regierungsrat regierungsraetin nationalrat nationalraetin staenderat staenderaetin bundesrat bundesraetin pfarrer pfarrerin kollege kollegin ambassador ma'am maam mam`,
);
/** Words that follow a greeting but are not a person's name: groups, and common nouns used as a form of address ("Hi Trailblazer", "Hi Bro"). */
export const NOT_NAMES: readonly string[] = w(
  `bro brother bhai sis sister dude buddy mate champ boss legend trailblazer rockstar superstar visionary leader leaders connection connections partner stranger sunshine gentlemen ladies hero expert innovator changemaker networker professional professionals there all everyone everybody team folks guys friend friends again colleague colleagues you and sir madam hiring recruiter manager network linkedin world community people both fellow zusammen miteinander alle allerseits leute kollege kollegin kollegen kolleginnen damen herren und team welt community netzwerk freunde freund freundin ihr du sie ihnen mitglied thanks thank danke merci i ich wir we`,
);
/** Sign-off words: a greeting plus these is still not a real sentence. */
export const SIGNOFF_WORDS: readonly string[] = w(
  `best regards kind warm warmly warmest cheers sincerely yours all the lg vg mfg gruss gruesse gruessli viele liebe liebi beste freundliche herzliche herzlich mit en`,
);

// ---------------------------------------------------------------- invite.generic

/** Stock phrases of template invitations. */
export const INVITE_STOCK: ByLang = {
  en: [
    `i(?:'d| would)(?: really)? (?:like|love) to (?:add|invite) you to my (?:professional |linkedin )?network`,
    `add you to my (?:professional |linkedin )?network`,
    `join (?:your|my) (?:professional |linkedin )?network`,
    `(?:i )?(?:came|stumbled) (?:across|upon) your (?:[\\p{L}-]+ )?(?:linkedin )?(?:profile|page|background)`,
    `(?:i )?(?:found|saw|viewed|noticed) your (?:linkedin )?profile`,
    `your profile (?:looks|is|seems|caught my eye)(?: really| very)?(?: impressive| interesting| great| amazing)?`,
    `your profile (?:really |truly )?(?:stands out|stood out|caught my attention|impressed me)`,
    `(?:inspiring|amazing|great|talented|successful|like-minded|interesting) (?:professionals|people|leaders|experts) like (?:you|yourself)`,
    `(?:expand|grow|extend|broaden|build|widen|increase|enlarge)(?:ing|s)? (?:my|our) (?:professional |linkedin )?networks?`,
    `grow(?:ing)? our networks`,
    `(?:let's|lets|let us) connect`,
    `(?:i'd|i would|would)(?: really)? (?:like|love) to connect`,
    `(?:it )?would be (?:great|nice|good|a pleasure|an honou?r|awesome|honou?red|delighted|glad|happy) to connect`, `to have you (?:among|in) my (?:contacts|network|connections)`,
    `(?:looking forward to|happy to|glad to|hope to) connect(?:ing)?(?: with you)?`,
    `(?:always )?(?:looking|keen|happy|eager|open) to (?:connect|network) with (?:like-minded |other |new |fellow )?(?:professionals|people)`,
    `like-minded (?:professionals|people|individuals)`,
    `(?:we )?could (?:both )?benefit from (?:being connected|connecting|each other)`,
    `mutually beneficial`,
    `please accept my (?:invitation|request|connection request)`,
    `(?:professionals|people|experts) (?:in|from) (?:my|the same|your|our) (?:industry|field|sector|area)`,
    `(?:hope|hoping) (?:you(?:'ll| will)? )?(?:accept|to connect)`,
    `accept my (?:invitation|request|connection request|invite)`,
    `(?:i )?hope (?:this|my) (?:message|note|invitation|request) finds you(?: well)?`,
    `your (?:impressive|inspiring|remarkable|outstanding|amazing|interesting|fascinating) (?:career(?: path)?|background|profile|experience|journey|track record)`,
    `(?:seem to )?(?:share|have) (?:many|similar|the same|common|a lot of|lots of)(?: common)? (?:values|interests|passions)`,
    `(?:grow|learn) (?:together|from each other)`,
    `share (?:a|the|our|my|your) (?:passion|love|enthusiasm) for`,
    `(?:exchange|share) (?:insights|ideas|experiences|knowledge)(?: from time to time| with each other)?(?! (?:on|about|around|regarding|in|of|for) )`,
    `(?:work|working|are|active) in (?:similar|related|the same) (?:fields|areas|industries|industry|field|space)`,
  ],
  de: [
    `(?:ich )?moechte (?:sie|dich|euch) (?:sehr )?(?:gerne? )?(?:zu|in) mein(?:em|en)? (?:beruflichen |professionellen |linkedin-)?netzwerk (?:hinzufuegen|aufnehmen|einladen)`,
    `(?:zu|in) mein(?:em|en)? (?:beruflichen |professionellen |berufliches |professionelles )?netzwerk (?:hinzuzufuegen|aufzunehmen|hinzufuegen|aufnehmen|zu haben|haben)`,
    `mein(?:em|en)? (?:beruflichen|professionellen) netzwerk`,
    `vernetze mich (?:gerne |gern |immer )?mit`,
    `(?:freue|freuen) (?:mich|uns) auf (?:den|einen|unseren) (?:kontakt|austausch)`,
    `hoffe,? (?:es geht (?:ihnen|dir) gut|(?:diese|meine) nachricht (?:erreicht|findet) (?:sie|dich))`,
    `(?:ihr|dein|ihren|deinen) (?:beeindruckende[rn]?|spannende[rn]?|interessante[rn]?|inspirierende[rn]?) (?:werdegang|lebenslauf|karriereweg|profil|hintergrund)`,
    `(?:voneinander|gegenseitig) (?:profitieren|lernen|inspirieren)`,
    `(?:gemeinsam|zusammen) wachsen`,
    `(?:interessanten|spannenden|neuen) (?:menschen|kontakten|leuten)`,
    `(?:bin|bin ich) (?:auf|ueber) (?:ihr|dein) (?:linkedin-)?profil (?:gestossen|aufmerksam geworden|gestolpert)`,
    `(?:ihr|dein) profil (?:hat mich|ist|wirkt|klingt)(?: sehr| wirklich)? (?:beeindruckt|angesprochen|interessant|beeindruckend|spannend)`,
    `(?:ihr|dein) profil (?:sticht|faellt)${gap(20)} (?:heraus|auf)`,
    `(?:finde|fand) (?:ihr|dein) profil (?:sehr |wirklich |total |mega )?(?:spannend|interessant|beeindruckend|inspirierend)`,
    `(?:gerne?|gern) (?:mit (?:dir|ihnen|euch) )?(?:zu )?connecten|mit (?:dir|ihnen|euch) (?:zu )?connecten`,
    `(?:inspirierende[n]?|spannende[n]?|interessante[n]?|erfolgreiche[n]?) (?:menschen|persoenlichkeiten|fachleute[n]?|fachpersonen) wie (?:sie|dich|du|ihnen|dir)`,
    `mein(?:e)? (?:berufliches |professionelles )?netzwerk${gap(30)} (?:zu )?(?:erweitern|ausbauen|vergroessern)`,
    `(?:wuerde|moechte) ich mich${gap(30)} (?:gerne? |gern )?vernetzen`,
    `(?:mein|unser|meine) (?:berufliches |professionelles )?netzwerk(?:e)? (?:zu )?(?:erweitern|ausbauen|vergroessern|staerken)`,
    `netzwerk (?:zu )?(?:erweitern|ausbauen|vergroessern)`,
    `(?:wuerde|wuerden|freue|freuen) (?:mich|uns)${gap(40)} (?:zu )?vernetzen`,
    `(?:ueber )?(?:eine|die) vernetzung (?:sehr |riesig )?(?:freuen|freue|freuen wuerde)`,
    `(?:in )?(?:aehnlichen|gleichen|verwandten|derselben|der gleichen|der selben) (?:bereichen|branchen|feldern|gebieten|branche|bereich) (?:taetig|unterwegs|aktiv)`,
    `(?:in|zu) mein(?:em|en)? (?:\\p{L}+ )?netzwerk (?:begruessen|willkommen heissen)`,
    `(?:lass|lasst|lassen sie) uns (?:uns )?vernetzen`,
    `vernetzen wir uns`,
    `(?:gerne?|gern) vernetzen`,
    `(?:immer )?offen fuer neue (?:kontakte|vernetzungen)`, `(?:es )?waere mir eine (?:ehre|freude)${gap(40)} (?:vernetzt|verbunden|in kontakt)`, `freue? (?:ich )?mich (?:immer |stets )?(?:ueber|auf) neue (?:kontakte|vernetzungen|verbindungen)`, `(?:ergeben sich|entstehen) (?:ja |vielleicht )?(?:spannende |interessante )?synergien`,
    `(?:sie|dich) (?:gerne |gern )?(?:als|zu meinen) kontakt(?:en)?`,
    `teil (?:ihres|deines|meines) netzwerks`,
    `(?:mit )?gleichgesinnten`,
    `in kontakt (?:zu )?treten`,
    `(?:ihrem|deinem|meinem) netzwerk beitreten`,
    `(?:baue|erweitere|vergroessere|pflege) (?:gerade |aktuell |momentan |derzeit )?mein(?:e)? (?:berufliches |professionelles )?netzwerk(?:e)?(?: aus)?`,
    `(?:meine|die) (?:kontaktanfrage|anfrage|einladung|vernetzungsanfrage) (?:annimmst|annehmen|akzeptierst|akzeptieren|bestaetigst|bestaetigen)`,
  ],
};

/**
 * Words of networking intent. A short note built around one of them, with nothing concrete about
 * the person, is a template even when its wording is new ("Happy to be connected!").
 */
export const INVITE_INTENT: ByLang = {
  en: [`connect(?:ed|ing)?`, `connections?`, `networks?`, `networking`],
  de: [`vernetz\\p{L}{0,4}`, `netzwerk\\p{L}{0,2}`, `kontakt(?:e|en)?`],
};

/** Signs that a note refers to something concrete about this person or a shared context. */
export const INVITE_SPECIFIC: ByLang = {
  en: [
    `(?:we|you and i) (?:met|spoke|talked|chatted|sat|worked|studied|both|share(?! (?:many|similar|the same|common|a lot of) )|are both|were both)`,
    `(?:your|the)(?: [\\p{L}-]{2,20}){0,2} (?:talk|keynote|panel|session|post|posts (?:on|about|regarding)|article|paper|thread|comment|podcast|episode|newsletter|book|video|interview|case study|research|thesis|presentation|workshop|webinar|answer|question|project|work on|blog|course|study|report|slides|demo|app|startup|company's|team's)`,
    `(?:at|during|after) the (?:[\\p{L}\\p{N}-]+ ){0,4}(?:conference|meetup|summit|forum|workshop|hackathon|event|fair|expo|panel|webinar|dinner|breakfast|aper[oó]|week|days|festival|meeting|session|class|course|training|program(?:me)?|concert|gala|reception|ceremony|exhibition|offsite|retreat)`,
    `congrat\\p{L}*${gap(30)} (?:on|to) (?:your|the) (?:new|recent)`,
    `(?:fellow(?! (?:professionals?|members?|linkedin|networkers?|humans?|people|academics?|researchers?|scientists?|entrepreneurs?|founders?|leaders?|marketers?|engineers?|recruiters?|consultants?|creatives?|designers?|developers?|enthusiasts?|lovers?))|alumn(?:us|a|i|ae)|former colleague|ex-colleague|same (?:[\\p{L}-]+ ){0,2}(?:team|company|class|school|university|program(?:me)?|club|panel|group|community|cohort|batch|course|slack))`,
    `(?:talk|ppt|presentation|session|panel|keynote|speech|workshop|webinar|class|lecture|demo|pitch) (?:today|yesterday|this morning|tonight|last (?:week|night))`,
    `(?<!what )you(?:'re| are)? (?:work|working) (?:in|at|on|as|for)`, `you(?:'re| are)? (?:hiring|recruiting)`,
    `you (?:worked|studied|moved|joined|started|attended|spoke|interned|switched|relocated)`,
    `your (?:perspective|view|views|take|thoughts|input|opinion|insights?|experience|advice) (?:on|about|regarding|with)`,
    `(?:recommended|suggested|referred|introduced|mentioned|told me|pointed me|put me in touch)`,
    `(?:saw|read|heard|watched|enjoyed|loved|liked) your`, `(?:also|both) work(?:ing)? on`,
    `thanks? (?:you )?(?:so much )?for (?:the|our|your) (?:[\\p{L}-]+ )?(?:chat|conversation|call|coffee|tour|tip|intro|introduction|input|advice|hospitality|time)`,
    `(?:mutual|shared) (?:contact|friend|connection|interest)`,
    `(?:advice|question|questions) (?:on|about|regarding)`,
    `how (?:you|your team)`,
    `because (?:you|your)`,
    `(?:yesterday|last (?:week|month|night|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|as promised|as discussed|discussed|chatted)`,
    `you (?:wrote|built|founded|organi[sz]ed|published|authored|co-authored|led|shared|posted|created|launched|started|gave|presented|hosted|moderated|won|helped|answered|mentioned|said)`,
  ],
  de: [
    `(?:kennengelernt|getroffen|gesprochen|unterhalten|zusammengearbeitet|zusammen gearbeitet|zusammen studiert|nebeneinander gesessen|wiederzusehen|wiedergesehen|wiedersehen)`,
    `(?:glueckwunsch|gratulation|gratuliere)${gap(30)} (?:zur|zum|zu (?:deiner|ihrer|eurer)) (?:neuen |neu )?\\p{L}{2,30}`,
    `(?:ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem|euer|eure|euren|dim|dis|dini|diin)(?: [\\p{L}-]{2,20}){0,2} \\p{L}{0,16}?(?:input|inputs|impuls|vortrag|referat|keynote|podcast|folge|beitrag|post|artikel|kommentar|buch|studie|interview|workshop|webinar|praesentation|forschung|arbeit|projekt|newsletter|blog|video|fallstudie|beispiel|labor|team|idee|tipp|frage|antwort|kurs|startup|firma|betrieb)`,
    `(?:am|an der|auf der|beim|bim|bei der|im|in der|zum|zur|vom|von der|nach dem|nach der|waehrend der|waehrend des) (?:[\\p{L}\\p{N}-]+ ){0,4}\\p{L}{0,20}(?:konferenz|tagung|messe|meetup|anlass|aper[oó]|stammtisch|seminar|kurs|webinar|panel|forum|event|veranstaltung|workshop|hackathon|lauf|firmenlauf|fest|abend|kongress|summit|symposium|fachtagung|netzwerkanlass|networking-apero|cas|mas|studium|lehrgang|konzert|vernissage|ausstellung|lesung|fuehrung|besichtigung|jubilaeum|versammlung|mahl|zmittag|znacht|zmorge|lunch|essen|fruehstueck|stamm|(?<!mon|diens|donners|frei|sams|sonn)tag)`,
    `(?:wir beide|beide im|beide in|beide bei|ebenfalls|auch im bereich|auch in der|auch bei|gemeinsame[nr]? (?:kontakt|bekannte|freund|interesse)|ehemalige[nr]? (?:kolleg|mitstudent|arbeitskolleg))`,
    `(?:empfohlen|erzaehlt|meinte|hingewiesen|vorgeschlagen|den kontakt vermittelt|auf sie verwiesen|auf dich verwiesen)`,
    `(?:gelesen|gesehen|gehoert|verfolge|verfolgt)`,
    `(?:frage|fragen|tipps?|rat) (?:zu|zum|zur|ueber|bezueglich)`,
    `wie (?:sie|du|ihr) (?:das|es|den|die|euren|ihren|deinen)`,
    `weil (?:sie|du|ihr)`,
    `(?:danke|merci|vielen dank|herzlichen dank) (?:dir |ihnen |euch )?(?:fuer|fuers) (?:das|den|die|unser(?:en)?|eure[nm]?|ihre[nm]?|deine[nm]?) (?:\\p{L}+ )?(?:gespraech|austausch|telefonat|treffen|kaffee|kafi|input|tipp|fuehrung|rundgang|gastfreundschaft|einblick|einladung|kontakt|vermittlung|empfehlung)`,
    `(?:gestern|vorgestern|geschter|vorgeschter|letzte[nr]? (?:woche|monat|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|heute morgen|wie abgemacht|wie vereinbart|wie versprochen|wie besprochen|diskutiert|besprochen|ausgetauscht|begegnet)`,
    `(?:mitverfasst|verfasst|geschrieben|veroeffentlicht|publiziert|organisiert|gegruendet|aufgebaut|geleitet|moderiert|gewonnen|geteilt|gepostet|erwaehnt)`,
  ],
};

/**
 * References that point at nothing in particular: "I saw your profile", "your impressive background",
 * "a suggested connection", "our common connections", "we both work in a similar space". A sign of
 * INVITE_SPECIFIC inside one of these does not make a note specific.
 */
export const VAGUE_REFERENCE: ByLang = {
  en: [
    `(?:saw|read|viewed|notice|noticed|found|love|loved|liked|enjoyed|checked|browsed|came across|stumbled upon|looked at|through|by) your (?:[\\p{L}-]+ ){0,2}(?:linkedin )?(?:profile|page|feed|name)`,
    `(?:saw|read|viewed|notice|noticed|found|love|loved|liked|enjoyed|checked|browsed|came across|stumbled upon|looked at|through|by) your (?:[\\p{L}-]+ ){0,2}(?:background|experience|work|journey|career(?: path)?|skills|achievements|accomplishments|content|expertise|posts)(?! (?:on|at|in|about|with|for|as|from|around|regarding) )`,
    `suggested (?:connection|list|contact|profile|people)s?|recommendation(?:s)? (?:feed|list)|people you may know`,
    `(?:mutual|common|shared) connections?(?! (?:with|like|such as|including|[\\p{L}]+ [\\p{L}]+ and))`,
    `(?:we|you and i) (?:both )?(?:operate|work|are|are active) in (?:a |the )?(?:similar|same|related) (?:space|field|industry|area|domain|sector)s?`,
    `(?:we|you and i) share (?:a|the|some) (?:passion|interest|love|enthusiasm) for (?:[\\p{L}-]+ ){0,2}(?:fields|things|topics|areas|innovation|growth|technology|tech|business|data|leadership)`,
    `we are (?:fellow|both) (?:linkedin )?(?:professionals|members|users)`,
  ],
  de: [
    `(?:dein|deine|deinen|ihr|ihre|ihren) (?:[\\p{L}-]+ ){0,1}(?:profil|arbeit|werdegang|erfahrung|hintergrund|beitraege|karriere|lebenslauf)(?! (?:zu|zum|zur|bei|als|im|in|an|am|ueber|mit|fuer|rund) )`,
    `(?:gemeinsame|gemeinsamen) (?:kontakte|verbindungen)(?! (?:wie|mit|zu) )`,
  ],
};

/** Headline words too generic to count as a concrete reference when they reappear in a note. */
export const GENERIC_HEADLINE_WORDS: readonly string[] = w(
  `data science scientist scientists engineering engineer engineers analytics analyst analysts software developer developers marketing product sales finance financial research researcher machine learning ai ki student students graduate intern internship devops cloud security consulting operations strategy digital design designer tech technology it hr recruiting recruiter talent acquisition education health healthcare aspiring enthusiast professor teacher coach developerin designerin entwickler entwicklerin ingenieur ingenieurin informatik studentin student beratung vertrieb personal head lead leader manager managerin director senior junior chief officer founder co-founder owner consultant beraterin berater expert expertin experte specialist spezialist spezialistin professional team teams group leiter leiterin leitung geschaeftsfuehrer geschaeftsfuehrerin inhaber inhaberin partner partnerin business international global people helping passionate with years experience linkedin network netzwerk open work hiring freelance freelancer selbstaendig mitarbeiter mitarbeiterin`,
);

// ---------------------------------------------------------------- invite.sales-pitch

/** Patterns that sell on their own. */
export const INVITE_PITCH_STRONG: ByLang = {
  en: [
    `(?:we|i)(?:'ve| have)? help(?:ed|s)? (?:[\\p{L}\\p{N}+-]+ ){0,3}${ORG_EN}`,
    `(?:compan(?:y|ies)|business(?:es)?|brands?|teams?|firms?|organi[sz]ations?|startups?|agencies|smes|banks|hospitals|retailers|manufacturers|practices|clinics) like (?:yours|you)`,
    `(?:book|schedule|arrange|set up) a (?:free |quick |short |brief |\\d{1,2}[- ]min(?:ute)? )?(?:demo|consultation|sales call|discovery call)`,
    `(?:free|no-obligation|complimentary|no-cost),? (?:no-obligation |non-binding )?(?:[\\p{L}-]+ ){0,2}(?:review|valuation|analysis|check|check-?up|health check|quote|estimate)`,
    `(?:earn|make) (?:money |extra (?:income|money) |an income )?(?:from home|online from home|passive(?:ly)?)`,
    `(?:business|income|side|home-based) opportunity|opportunity to earn|passive income|financial freedom|be your own boss`,
    `(?:presale|pre-sale|whitelist|airdrop|token sale|ico)`,
    `(?:up |returns? of |already up )?\\d{2,4} ?% (?:returns?|roi|profits?|gains?)|guaranteed (?:returns?|profits?|income)`,
    `(?:very |most |highly )?(?:competitive|wholesale|factory|attractive|best) (?:prices?|pricing|rates?)|\\bmoq\\b`,
    `(?:free|no-obligation|complimentary|no-cost) (?:trial|demo|consultation|audit|assessment|strategy (?:session|call)|discovery call|quote|sample|pilot)`,
    `(?:quick|short|brief|live|personal|personali[sz]ed) demo`,
    OFFER_EN,
    `(?:discount|discounted|promo code|coupon)`,
    `\\d{1,3} ?% (?:off|discount)`, FREE_PERIOD,
    `\\d{1,3} ?% (?:instead of|rather than|statt|anstatt|anstelle von) (?:the |der |den |die )?(?:usual |standard |regular |normal |typical |ueblichen |marktueblichen )?\\d{1,3} ?%`,
    // a promised result needs the writer as its subject ("your post on how you raised retention by 14%" is a compliment)
    RESULT_EN,
    `(?:save|saving) (?:your |you )?(?:[\\p{L}-]+ ){0,3}(?:\\d{1,3}|hours|thousands|money|time and money)(?: hours)?(?: a| per| each)? ?(?:week|month|year)?`,
    `(?:show|walk) you (?:how|what) (?:our|we|my)`,
    `(?:present|introduce|pitch|demo|showcase|show you) (?:to you )?(?:our|my) (?:new |latest )?(?:[\\p{L}-]+ )?(?:tool|product|platform|service|solution|software|app|offer|services)`,
    `(?:first|1st) (?:month|week|session|consultation|call|lesson|meeting) (?:is )?(?:free|on us)`,
    PRICE,
    `(?:send|share|prepare) you (?:a|an|our|my|the) (?:offer|quote|proposal|brochure|deck|price list|catalogue|catalog)`,
    `(?:whatsapp|wechat) (?:for|to get|and i)`,
    `(?<!(?:at|for|with|in) )(?:our|my) (?:[\\p{L}-]+ )?(?:agency|consultancy)|(?<!(?:at|for|with|in) )(?:our|my) (?:solution|solutions|services|service offering|offering|product suite)`,
    `build (?:a |an )?(?:side|extra|passive|second) income|side hustle`,
  ],
  de: [
    `(?:(?:wir|ich) (?:helf|unterstuetz|begleit)e?n?|(?:helf|unterstuetz|begleit)e?n? (?:wir|ich)) (?:[\\p{L}\\p{N}-]+ ){0,3}\\p{L}{0,16}?${ORG_DE}`,
    `${ORG_DE} wie (?:ihr(?:e|es|em|en)?|dein(?:e|es|em|s)?|dir|euch|du|eure[sn]?)`,
    `wir${gap(40)} (?:helfen|unterstuetzen|begleiten) (?:[\\p{L}\\p{N}-]+ ){0,3}\\p{L}{0,16}?${ORG_DE}`,
    `(?:kostenlos|kostenfrei|unverbindlich|gratis)(?:e|es|en|er)? \\p{L}{0,16}(?:bewertung|ermittlung|schaetzung|einschaetzung|analyse|beratung|check)`,
    `(?:von zuhause|von zu hause|online) (?:aus )?(?:geld )?verdienen|passives einkommen|finanzielle freiheit|nebenverdienst|(?:vorgemerkte|solvente|vorgemerkten|solventen) (?:kaeufer|kaeuferinnen|interessenten)`,
    `\\d{2,4} ?% (?:rendite|gewinn)|garantierte (?:rendite|gewinne)`,
    `finanziell (?:frei|unabhaengig) (?:zu )?(?:sein|werden)`,
    FREE_PERIOD,
    `(?:sonst|andernfalls|oder) geld zurueck|geld-zurueck-garantie`, `\\d{1,3} ?% (?:unter (?:dem )?(?:listenpreis|marktpreis|normalpreis|katalogpreis)|below (?:the )?(?:list|market|retail) price)`,
    `\\d{1,3} ?% (?:statt|anstatt|anstelle von) (?:der |den |die )?(?:ueblichen |marktueblichen |normalen )?\\d{1,3} ?%`,
    `\\d (?:tage|stueck|monate|wochen|naechte) (?:zum preis von|fuer) \\d|\\d (?:days|nights|months|for) (?:for the price of|for) \\d|(?:herbst|sommer|winter|fruehlings|oster|weihnachts)special`,
    `(?:kostenlos|kostenfrei|unverbindlich|gratis)(?:e|es|en|er)? (?:kennenlerngespraech|erstgespraech|beratung|beratungsgespraech|demo|testphase|testversion|analyse|offerte|angebot|strategiegespraech|potenzialanalyse|probemonat|probelektion|check|audit)`,
    `(?:rabatt|sonderangebot|aktionspreis|sonderpreis|einfuehrungspreis|gutschein(?:code)?|fruehbucher(?:preis|rabatt)?)`,
    `\\d{1,3} ?% (?:rabatt|guenstiger|nachlass)`,
    `(?:demo|produktdemo|vorfuehrung|beratung|termin) (?:buchen|vereinbaren|ausmachen)`,
    `(?:offerte|angebot|unterlagen|preisliste|broschuere) (?:schicken|senden|zusenden|zukommen lassen|unterbreiten|zustellen)`,
    RESULT_DE,
    `(?:ihre|deine|eure)? ?(?:it-|marketing-|personal-|energie-|lohn-)?kosten (?:senken|reduzieren|halbieren)`,
    `(?:mehr|neue|qualifizierte) (?:leads|neukunden|kunden) (?:zu )?(?:generieren|gewinnen)`,
    `(?:unser(?:e)?|meine) (?:agentur|beratungsfirma|loesung|dienstleistungen|leistungen)`,
    `(?:jedes jahr|pro jahr|im jahr|jaehrlich) (?:mehrere |einige )?(?:tausend|hundert)(?:e)? (?:franken|euro)`,
    FIRST_FREE_DE,
    `(?:ihnen|dir|euch) (?:gerne |kurz |unverbindlich )?(?:unser|mein)\\p{L}{0,2} (?:angebot|loesung|dienstleistung|produkt|software|plattform|tool|app|service|leistungen|konditionen|preise|pakete)\\p{L}{0,2} (?:vorzustellen|vorstellen?|zu zeigen|zeigen?|zu praesentieren|praesentieren?|naeherzubringen|naeherbringen)`,
    PRICE,
  ],
};

/** Patterns that sell only together with another selling signal. */
export const INVITE_PITCH_WEAK: ByLang = {
  en: [
    `(?:quick|short|brief|\\d{1,2}[- ]?min(?:ute)?) (?:call|chat|meeting|zoom|intro|demo)`,
    `worth a (?:quick |short |brief |\\d{1,2}-?min(?:ute)? )?(?:chat|call|conversation|look)`,
    `(?:we've|we have|we just|we) (?:built|launched|developed|created) (?:something|(?:a|an) (?:[\\p{L}-]+ ){0,2}(?:tool|platform|solution|app|software|product|service|system))`, `already use (?:it|our)`,
    `we (?:place|recruit|source|find|hire|staff)(?: [\\p{L}-]+){0,3} (?:in|within) \\d{1,2} (?:days|weeks)`,
    `\\d{1,2}-(?:month|year|day) guarantee|money-back guarantee`,
    `\\d{1,3} ?% (?:faster|cheaper|more efficient|less time|fewer)`,
    `(?:we|i)(?:'ve| have)? (?:helped|supported|served|worked with|advised|guided|placed) (?:\\d{1,4}|several|many|dozens of|other|over \\d|more than \\d)`,
    `(?:in|at) half the (?:time|cost|price)`,
    `show you (?:how|what)`, `(?:want|shall|may|can) (?:me|i) (?:to )?show you`, `can i send (?:u |you )?(?:some |more |the |our |their )?(?:info|profiles|cvs|details|a proposal|an offer)`, `\\d{1,3} (?:[\\p{L}-]+ )?(?:candidates|profiles|developers|engineers|consultants|nurses) (?:available|ready)`, `if i could show you (?:a way|how)`, `fees? only on success\\p{L}{0,2}|only (?:pay|charge) (?:on|for) success`,
    STAFF_READY_EN,
    `(?:i|we) (?:fixed|solved|did|built|set up) (?:exactly |the same |just )?(?:this|that|it)${gap(20)} for (?:\\d{1,4}|two|three|four|five|several|many|other|dozens of)`,
    SEND_YOU_EN, NO_FEES_EN,
    `(?:already )?(?:use|rely on|trust|work with) our (?:[\\p{L}-]+ )?(?:tool|system|software|platform|app|solution|product|service)`,
    `(?:increase|boost|grow|double|triple|cut|reduce|improve|lower|raise)(?:s|d|ed|ing)?${gap(60)} (?:by|up to) \\d{1,3}(?:[.,]\\d{1,2})? ?%`,
    `(?:hop|jump) on a call`,
    `\\d{1,2} minutes`,
    `(?:companies|clients|customers|firms|teams|brands) (?:we|i) (?:work|worked|partner) with`, `overpay(?:s|ing)?|overspend(?:s|ing)?`,
    `(?:happy|satisfied) with your (?:current )?(?:[\\p{L}-]+ )?(?:provider|supplier|vendor|agency|solution|tool|system|software|partner)`,
    `(?:our|my) fee (?:is )?(?:only |just )?\\d`, `if your (?:team|company) is hiring`, `(?:explore|discuss|find) (?:potential |possible )?synerg\\p{L}+`, `(?:might be|could be|there's|there is) (?:a )?(?:good |great )?fit between`,
    `success fee|no cure,? no pay|(?:we|i) (?:place|staff) (?:[\\p{L}-]+ ){0,2}(?:engineers|developers|candidates|talents?|specialists|professionals|nurses|staff|experts|consultants|freelancers|people)`,
    `(?:to )?see if (?:we|i) (?:could|can|might) (?:help|support|work together|be of)`,
    `(?:we|i) (?:can|could) (?:help|support) (?:you|your)`,
    `(?:our|my) (?:team|company|firm|startup) (?:has|have|helps|helped|specializes|specialises|offers|provides|delivers|built|supports)`,
    `we (?:offer|provide|deliver|specialize|specialise|built|develop|sell|are a|are an)`,
    `(?:leads|revenue|roi|pipeline|conversions?|churn|bottom line)`,
    `(?:struggling|struggle|struggles) with`,
    `pain points?`,
    `(?:if|whether) (?:you're|you are|you'd be) interested`,
    `(?:our|my)(?: [\\p{L}-]{1,20}){0,2} (?:platform|software|product|tool|app|service|solution)s?`,
    `walk you through`,
    `(?:set up|schedule|book|arrange) a (?:quick |short |brief )?(?:call|meeting)`,
    `\\d{1,2} ?(?:x|×) (?:faster|more|better|cheaper|quicker)`,
    `(?:happy|glad) to (?:give|offer|send|show|share) (?:you|our|my)`,
    `\\d{1,4}\\+? (?:[\\p{L}-]+ )?(?:projects|clients|customers|compan(?:y|ies)|smes|businesses|firms|teams|brands)`,
    `(?:customers|clients)`,
    `(?:automates?|automated|ai-powered|all-in-one)`,
    `(?:i|we) (?:run|own|lead|founded|manage) (?:a|an)(?: [\\p{L}-]{1,20}){0,2} (?:agency|consultancy|firm|studio|company)`,
    `(?:we|i) (?:can|could) (?:help|support|fill|deliver|find|save|get|double|cut|boost)`,
    `for a (?:quick |short |brief )?call`,
    `(?:quote|proposal|offering)`,
    `free`,
    `(?:save|saves|saving|cut|cuts) (?:you |your )?(?:time|money|costs|hours)`,
  ],
  de: [
    `kurz(?:es|en|er)? (?:telefonat|gespraech|call|termin|zoom|meeting|videocall|kennenlerngespraech)`,
    // Swiss German: "mir händ e neui Software", "hesch churz Ziit", "zeig i der's", "meld di bi mir"
    `mir (?:haend|hend|hei|hand) (?:e|es|en|ei|ae|aes)? ?(?:neui?s? |eigeni?s? )?\\p{L}{0,16}(?:software|app|tool|loesig|plattform|produkt|agebot|angebot|system)`,
    `churz(?:e|i|s)? (?:ziit|zyt|zit|telefon|gspraech)`, `(?:zeig|zeige|mach) i(?:ch)? (?:der|dir|ihne|ene|oich|euch)`, `erfolgshonorar|erfolgsbasis`,
    `\\d{1,2}(?:-| )?minuet(?:ig(?:en|es|er|e)?|en)`,
    `(?:ein|einen) (?:termin|call|telefonat)`,
    `(?:soll|darf|kann) ich (?:dir|ihnen|euch)${gap(30)} (?:schicken|senden|zeigen|zukommen lassen|vorbeibringen|vorstellen)`, `nachweislich`, `bei interesse`, `ohne \\p{L}{0,20}gebuehr`, `referenzen|arbeitsproben|portfolio`, `zu uns gewechselt`, `(?:bieten|offerieren|liefern) wir (?:ihnen|dir|euch)`, `lohnt sich (?:ein|eine|der|die)${gap(30)} (?:check|analyse|beratung|vergleich)`, `(?:eine stunde|30 minuten|eine halbe stunde) zeit fuer (?:dich|sie)`, `\\p{L}{2,10}-?check`, `sofort verfuegbar`, `(?:honorar )?nur bei erfolg`, `wie viel (?:zeit|geld) (?:verliert|verlieren|kostet|verschwendet)`, `in (?:unter |weniger als )?\\d{1,2} (?:tagen|wochen)`,
    `mit (?:ihrem|deinem|eurem) (?:aktuellen |jetzigen |bisherigen )?(?:\\p{L}+ )?\\p{L}{0,16}(?:anbieter|dienstleister|lieferanten|partner|system|tool|software|agentur)${gap(40)} zufrieden`,
    `(?:meine[rn]?|unsere[rn]?) (?:klient\\p{L}{0,5}|kund\\p{L}{0,5})`,
    `(?:unser|mein)\\p{L}{0,2} (?:[\\p{L}-]+ )?[\\p{L}-]{0,25}(?:software|plattform|tool|dienstleistung(?:en)?|angebot|produkt|beratung|app|services?|firma|team|experten|loesung|system|paket|programm|kurs|coaching)`,
    `kurze[nr]? (?:vorstellung|praesentation|demo)`,
    `(?:um )?\\d{1,3} ?% (?:schneller|guenstiger|effizienter|produktiver)`,
    `(?:haettest du|haetten sie|hast du|haben sie)${gap(30)} zeit fuer (?:einen|ein) (?:kurzen |kurzes )?(?:austausch|call|gespraech|telefonat|termin|kaffee)`,
    `in \\d{1,2} minuten`, `\\d{1,2} minuten (?:fuer|zeit)`,
    `(?:gerne |gern )?zeige ich (?:es |das |sie |ihn )?(?:ihnen|dir|euch)|ich zeige (?:es |das |sie |ihn )?(?:ihnen|dir|euch)`,
    `(?:spart|sparen|spare)${gap(40)} \\d{1,3} (?:stunden|tage|prozent|%)`,
    `(?:um )?(?:bis zu )?\\d{1,3} ?% (?:zu )?(?:senken|reduzieren|steigern|erhoehen|sparen)`,
    `(?:wir haben|haben wir) (?:schon |bereits )?(?:mehreren|vielen|ueber \\d{1,4}|\\d{1,4})${gap(40)} geholfen`,
    `(?:reduziert|senkt|steigert|erhoeht|verdoppelt|halbiert|verbessert|spart)${gap(40)} (?:um|bis zu) \\d{1,3} ?%`,
    `(?:offerte|konditionen|angebote?)`,
    `loesung(?:en)?`,
    `(?:gratis|kostenlos|kostenfrei)\\p{L}{0,2}`,
    `(?:spart|sparen|senkt|senken) (?:ihnen |dir |euch )?(?:zeit|geld|kosten)`,
    `effizien(?:t|ter|z)`,
    `wir (?:bieten|sind ein|sind eine|entwickeln|liefern|haben ueber|haben mehr als|verfuegen|vertreiben|verkaufen|haben eine|haben ein|vermitteln)`,
    `(?:ihnen|dir|euch)${gap(40)} (?:vorstellen|vorstelle|zeigen|zeige|praesentieren|praesentiere|vorfuehren|vorfuehre)`,
    `(?:setzen|vertrauen|arbeiten|zaehlen) (?:bereits |schon |heute )?(?:auf|mit) unser`,
    `(?:mit )?(?:ueber |mehr als )?\\d{1,3}\\+? jahren? erfahrung`,
    `(?:leads|umsatz|roi|neukunden|kundengewinnung|vertriebserfolg)`,
    `unverbindlich(?:e|es|en)?`,
    `(?:experte|expertin|spezialist|spezialistin) fuer`,
    `(?:it-)?dienstleister`,
    `wir sind (?:spezialisiert|spezialist(?:en)?|experten|ihr partner)`,
    `(?:ihr|dein|euer) partner fuer`,
    `(?:finden|liefern|entwickeln|bauen|organisieren) wir (?:fuer sie|fuer dich|ihnen|dir)`,
    `\\d{1,4}\\+? \\p{L}{0,16}?(?:kunden|kundinnen|firmen|unternehmen|projekten?|praxen|spitaelern?|betrieben?|kmu|mandaten?|treuhaendern?|gemeinden|schulen)`,
    `wir haben (?:da |hier )?(?:ein|eine|einen) (?:\\p{L}+ )?(?:system|tool|loesung|software|plattform|app|programm|methode|ansatz)`,
    `(?:wie|womit) (?:gewinnt|gewinnen|findet|finden|gewinnst|findest) (?:ihr|sie|du)${gap(20)} (?:neue )?(?:kunden|leads|mitarbeitende|fachkraefte)`, `(?:meine[rn]?|unsere[rn]?) kund(?:en|innen|schaft)`,
    `(?:rufe|melde) (?:sie|dich|ihnen|mich)${gap(20)} (?:an|bei ihnen|bei dir)`,
    `(?:online-|live-|kurze[nr]? |kostenlose[nr]? )?demo`,
    `(?:wann passt|passt (?:es )?ihnen|haetten sie)${gap(30)} (?:zeit|termin|gespraech)`,
  ],
};

// ---------------------------------------------------------------- the pitch signal (structure)

/**
 * Who sells what to whom, by structure rather than by stock phrase: a note or comment pitches when
 * the writer's organisation or offer is the subject (OFFER_SUBJECT) and it asks for a next step
 * (OFFER_NEXT_STEP) or promises a price, a saving or a result (OFFER_PROMISE). One signal alone is
 * no pitch: "we both work on heat pumps" and "happy to share our notes" stay clean.
 */
export const OFFER_SUBJECT: ByLang = {
  en: [
    // "we help", "our team builds", "we are a boutique PR agency", "we specialize in"
    `(?:we|we're|we are|our team|our company|our firm|our agency|my team|my company|my agency)(?: (?:also|now|currently|really|mainly|primarily))? (?:help|offer|provide|build|develop|deliver|specialize|specialise|create|design|eliminate|prepare|train|place|sell|supply|manufacture|produce|analy[sz]e|automate|support|serve|enable|handle)(?![\\p{L}])(?!(?: [\\p{L}']+){0,2} (?:each other|one another))`,
    `we(?:'re| are) (?:a|an|the)(?: [\\p{L}\\p{N}&.-]+){0,5} (?:agency|company|firm|startup|start-up|provider|partner|platform|consultancy|studio|manufacturer|supplier|bootcamp|team|marketplace|secret sauce|vendor|distributor)`,
    `we(?:'ve| have) (?:skilled|dedicated|experienced|vetted|certified|qualified|top|senior) (?:[\\p{L}-]+ ){0,2}(?:resources|developers|engineers|designers|experts|talent|professionals|specialists|team)`,
    `(?:we|i)(?:'ve| have)? (?:built|developed|created|launched|designed) (?:a|an|one of the|the)(?: [\\p{L}\\p{N}-]+){0,5} (?:tool|platform|solution|app|software|product|service|system|agent|agents|method|methode|program|course)`,
    `(?:part of|with|from|at) (?:a|an) (?:[\\p{L}\\p{N}&-]+ ){0,4}(?:team|company|startup|firm|agency) (?:that|which) (?:has )?(?:helps|offers|provides|builds|developed|develops|connects|enables|delivers)`,
    `(?:a|an) (?:[\\p{L}\\p{N}&-]+ ){0,4}(?:startup|start-up|company|firm|agency|platform|marketplace|bootcamp|academy) (?:that|which) (?:helps|offers|provides|builds|connects|enables|delivers|trains)`,
    // "I help CEOs …", "I build websites", "I work with coaches and authors"
    `i (?:help|helped|sell|build|offer|provide|design|develop|coach|train|supply)(?: [\\p{L}&-]+){0,3} (?:ceos|founders|companies|businesses|brands|teams|entrepreneurs|startups|clients|people|professionals|websites|apps|ads|smes|leaders|investors|firms|organi[sz]ations|you)`,
    `i work with (?:[\\p{L}-]+,? ){0,6}(?:clients|companies|businesses|brands|founders|coaches|authors|consultants|startups|entrepreneurs|leaders|investors|teams)`,
    `i work with [\\p{L}-]+, (?:[\\p{L}-]+,? ){0,4}(?:and|&) (?:[\\p{L}-]+ ){0,2}[\\p{L}-]{3,20}s(?![\\p{L}])`,
    `i(?:'ve| have) been helping`, `(?:what|how) we (?:do|are doing|can do|build|offer|did for)(?![\\p{L}])`,
    `we(?:'re| are) (?:developing|building|producing|offering|selling|helping|providing|manufacturing)`,
    `(?:my name is|this is|i'm|i am) (?!back|here|currently|still|just|also|now|writing|reaching|based|working)[\\p{L}-]{2,20} (?:from|with) (?:the )?[\\p{L}\\p{N}]{1,30}`,
    `(?:i|we) (?:have|represent) (?:a|one) client (?:that|who|which)`,
    `(?:i|we) (?:can|could) (?:help|contribute|add (?:a lot of |real |great )?value|assure|get you|save|boost|guarantee|place|deliver|increase|grow)(?!(?: [\\p{L}']+){0,2} (?:each other|one another))`,
    `(?:i|we) (?:own|run) (?:a|an|my|our)(?: [\\p{L}-]+){0,3} (?:business|agency|company|firm|consultancy|studio|shop)`,
    `(?:i'm|i am) (?:now )?(?:working as )?(?:a|an) (?:[\\p{L}-]+ ){0,3}(?:agent|broker|realtor)`,
    `(?:our|my) (?:[\\p{L}/&-]+ ){0,4}(?:platform|product|products|solution|solutions|services?|tool|tools|app|software|approach|capabilities|portfolio|programs?|training|trainings|offering|agency|rates?|pricing|packages?)(?![\\p{L}])`,
    `(?:companies|brands|teams|businesses|clients|customers|investors|startups) (?:use|are using|love|rely on|trust) (?:our|my|[\\p{L}\\p{N}-]+'s)`,
    `with [\\p{L}\\p{N}'-]+(?:'s)? (?:[\\p{L}-]+ ){0,2}(?:training|platform|ads|tool|app|software|program|service|solution|course)s?, you (?:can|will|get)`,
    `this is (?:[\\p{L}-]+ ){0,2}(?:bootcamp|academy|agency|team)|what we are here for`,
    `(?:we|i) (?:are|am)? ?(?:dealing|working) with (?:fortune|top|leading|\\d)`,
  ],
  de: [
    `(?:wir|ich) (?:helfe|helfen|bieten|biete|analysieren|analysiere|zeigen|entwickeln|unterstuetzen|unterstuetze|begleiten|begleite|verkaufen|liefern|optimieren|digitalisieren|automatisieren|beraten|berate|vermitteln|schulen)(?![\\p{L}])`,
    `(?:wir|ich) (?:haben|habe) (?:ein|eine|einen)(?: [\\p{L}\\p{N}-]+){0,4} (?:entwickelt|gebaut|geschaffen|programmiert)`,
    `(?:unser|unsere|unseren|unserem|unserer|mein|meine|meinen)(?: [\\p{L}-]+){0,1} \\p{L}{0,20}(?:tool|produkt|angebot|loesung|check|service|methode|plattform|software|app|programm|leistungen|paket|agentur|dienstleistung)`,
    `wir sind (?:ein|eine|spezialisiert|experten|ihr)`,
    `\\p{L}{0,20}check (?:analysiert|zeigt|liefert)`,
  ],
};

/** A next step the reader is asked to take: a call, a demo, a link, "interested?". */
export const OFFER_NEXT_STEP: ByLang = {
  en: [
    `(?:learn|know|hear|find out|see) more about (?:what we|our|how we|us(?![\\p{L}])|my|it)`,
    `(?:more|further) (?:info|information|details)`,
    `(?:let me know|tell me) if you(?:'d| would)? (?:like|want|be interested|are interested)`,
    `if (?:you're|you are|you'd be|you would be) interested`, `(?:any|some) interest(?![\\p{L}])`, `interested\\?`,
    `(?:quick|short|brief|\\d{1,2}[- ]?min(?:ute)?) (?:call|chat|demo|meeting|zoom|intro)`,
    `(?:schedule|book|set|arrange|find) (?:up )?(?:a )?(?:time|call|meeting|demo|slot)`,
    `demo`, `(?:would love|'d love|love|happy|glad|keen|eager) to (?:show|share|send|walk|present|demonstrate|introduce|tell you)`,
    `see how`, `visit (?:us|our)`, `https?://`, `www\\.`, `[\\p{L}\\p{N}-]{2,30}\\.(?:com|io|ai|co|net|org|ly)(?![\\p{L}])`,
    `(?:explore|see) (?:if|whether|how) (?:this|we|it|our|there)`, `(?:could|might|would) be a (?:good |great )?fit`, `please revert`, `reach out to me`,
    `if there(?:'s| is) anything i can do`, `be a resource`, `(?:explore|discuss) (?:a |an )?(?:direct |possible |potential )?(?:partnership|collaboration|cooperation|opportunit)`,
    `(?:would|do|does) (?:you|your team) (?:require|need)`, `are you (?:exploring|looking for|ready|open to)`, `if you(?:'re| are) (?:exploring|looking for)`,
    `for more information`, `(?:mind|okay|ok) if i (?:shared|share|send)`, `try (?:it|us|[\\p{L}]+) for free`, `for your review`,
    `(?:call|text|whatsapp|email|write to) (?:me|us)`, `(?:your|the) (?:input|feedback) on`, `(?:love|appreciate|value) your (?:input|feedback|thoughts)`, `(?:a|an) (?:opportunity|offer) (?:for you|to)`,
  ],
  de: [
    `(?:kurzes|kurzen|unverbindliches?n?|kostenloses?n?|persoenliches?n?) (?:gespraech|telefonat|call|austausch|kennenlernen|termin)`,
    `termin`, `(?:darf|duerfte|kann|soll) ich (?:ihnen|dir|euch)`, `(?:melden sie sich|schreiben sie mir|gerne zeige ich|lassen sie uns)`,
    `interesse\\?`, `(?:haben sie|hast du|bei) interesse`, `https?://`, `www\\.`, `mehr (?:dazu|erfahren|infos?|informationen)`,
  ],
};

/** A price, a saving or a result promised to the reader. */
export const OFFER_PROMISE: ByLang = {
  en: [
    `(?:\\$|€|£|₹|chf|usd|eur) ?\\d`, `\\d{1,3}(?:[.,]\\d{1,2})? ?(?:%|percent)`,
    `(?:save|saves|saving|cut|cuts|boost|boosts|increase|increases|grow|grows|improve|improves|reduce|reduces|eliminate|eliminates|generate|generates|scale)(?: [\\p{L}-]+){0,2} (?:costs?|growth|revenue|sales|leads|hours|time|money|visibility|conversions?|efficiency|productivity|obstacles|operations|impact|roi)`,
    `guarantee(?:d|s)?`, `money-back`, `(?:affordable|low-cost|cost-effective|cheap|free of charge|for free|at no cost|no cost)`,
    `within (?:a|one|\\d{1,2}) (?:month|week|day)s?`, `game changer`, `dramatically`, `higher quality`, `land (?:jobs|a job|your dream)`,
    `(?:add|adding) (?:a lot of |real |great )?value to your`, `extra income|part time income|earning`, `secret sauce`, `billion views|\\d{1,3}(?:[.,]\\d)?[mk]\\+? (?:companies|users|views|customers)`,
    `(?:ranked|rated|top) (?:in |among )?(?:the )?(?:top )?\\d`, `(?:more than|over) \\d{2,5}`, `(?:entrepreneurial|business|income) opportunit`, `(?:quick|fast) turnaround`, `(?:achieving|achieve|reach) your (?:[\\p{L}-]+ )?goals`,
  ],
  de: [
    `(?:€|chf|eur|fr\\.) ?\\d`, `\\d{1,3} ?%`,
    `(?:spart|sparen|senkt|senken|steigern|steigert|verbessern|verbessert|reduzieren|reduziert|gewinnen)(?![\\p{L}])`,
    `(?:in|innerhalb von|innert) (?:\\d{1,2} ?h|24 stunden|\\d{1,2} tagen)`, `kostenlos|gratis|kostenfrei`, `roi(?![\\p{L}])`, `wettbewerbsfaehig`, `quick wins`, `effizienter`,
    `(?:kunden|anschluss|umsatz) (?:an|nicht an|zu) (?:[\\p{L}-]+ )?(?:konkurrenten|konkurrenz|verlieren)|(?:verlieren|verliert) (?:aktuell )?(?:kunden|den anschluss)`,
  ],
};

// ---------------------------------------------------------------- post.*

export const POST_BAIT: ByLang = {
  en: [
    `(?<=^|[\\n.!?:] ?|please |pls |bitte )(?:like|react|repost|share|comment|upvote|❤️|👍|♻️)${gap(30)} if (?:you|u)(?:'ve|'re|'d)?(?: [\\p{L}']{1,15})?`,
    `(?:(?:comment|type|write|reply|drop)(?: with| just| simply)? ["']?[\\p{L}\\p{N}]{1,20}["']?|say(?: just| simply)? ["'][\\p{L}\\p{N}]{1,20}["'])(?: below| here| in the comments)?(?:,)? (?:and|to|for|if)(?: i'll| i will| i| get| receive| the| my| a)`,
    `(?:comment|type|write|drop|leave|reply)(?: with)? (?:a |an )?["'][\\p{L}\\p{N}]{1,20}["']`,
    `(?:comment|type) (?:yes|me(?! your)|interested|send|guide|link|👇|below)`,
    // asking readers to subscribe to or spread the writer's channel or video
    `(?:please |pls |plz |kindly |so |and )?subscribe(?: to)? (?:me|my|our|the)(?: [\\p{L}]+){0,2} (?:channel|page|newsletter|playlist)|(?:share|subscribe|like)(?:,| and| &){1,2} ?(?:share|subscribe|like)(?: my| our)?`,
    `(?:please|pls|plz|kindly) (?:[\\p{L}]+ ){0,2}(?:subscribe|like|repost)(?![\\p{L}])`,
    `(?:please|pls|plz|kindly) share(?! (?:your|ur|thoughts|experiences?|ideas|feedback|insights?|tips|views|opinions?|stories|story|examples?|advice|with me|any))`,
    `share (?:my|our) (?:youtube )?(?:channel|video|videos|page)|(?:press|hit|ring) (?:the )?bell(?: icon)?`,
    `drop (?:a|an|your) (?:emoji|comment|[\\p{Extended_Pictographic}])`,
    `(?:in the comments|below),? and i(?:'ll| will) (?:send|message|dm|share)`,
    `(?:share|repost|reshare) (?:this|it)(?: post)?(?: ?[\\p{Extended_Pictographic}\\uFE0F]{1,4})? (?:with|if|to (?:help|remind|show|inspire|let)|so|for|now|and)`,
    `(?:repost|reshare)(?: ?[\\p{Extended_Pictographic}\\uFE0F]{1,4})? (?:to|if|so|for|now|and)`,
    `(?:like|react)(?: (?:and|&|\\+) (?:share|repost|comment|follow)){1,3}`,
    `(?:share|repost|comment)(?: (?:and|&|\\+) (?:like|follow)){1,2}`,
    `if (?:this|it) (?:resonates|speaks to you|helped|helps|rings true)(?: with you)?,? (?:like|repost|reshare|share|comment|follow|drop|hit|tap|smash|give|♻️|👍|❤️)`,
    `(?<=^|[\\n.!?:] ?) ?[\\p{Extended_Pictographic}]\\uFE0F?\\x20?(?:=|for|if|means)\\x20(?:agree|disagree|yes|no|you|i)`,
    `[\\p{Extended_Pictographic}]\\uFE0F? ?(?:=|for|if) [\\p{L}-]{2,20}${gap(20)}[,;/\\n] ?[\\p{Extended_Pictographic}]\\uFE0F? ?(?:=|for|if) [\\p{L}-]{2,20}`,
    `(?:please )?(?:share|repost|like|comment)${gap(20)} (?:for|to (?:boost|help|increase|spread)) (?:my |the |our )?(?:reach|visibility|algorithm)`,
    `(?:tag|mention) (?:\\d{1,2}|one|two|three|five|a|someone|your|anyone|somebody|a friend|a colleague|those|people)${gap(30)}(?: who| that| friends?| people| colleagues?| persons?)?`,
    `tag (?:them|him|her)(?: below| here| in the comments)?`,
    `raise your hand (?:in the comments|below|if)`, `if (?:this|it) (?:one |post )?(?:gets|hits|reaches) \\d{1,5} (?:likes|reposts|shares|comments|reactions)`, `(?:type|comment|write|drop) \\d{1,2} (?:for|if)`, `(?:read|made it) this far${gap(20)} (?:leave|drop|hit|give)`, `(?:just )?(?:a |an )?["'][\\p{L}\\p{N}]{1,20}["'] (?:in the comments|below)`, `(?:just )?(?:a |an )?[\\p{Extended_Pictographic}]\\uFE0F? (?:in the comments|below)(?! (?:is|was|are))`,
    `(?:a|any|every|your) (?:quick |little |small )?(?:repost|reshare|share|like)s? (?:would|will|really|truly)? ?(?:mean|means|help|helps)`, `leave a (?:❤️|👍|like|heart|comment) if`, `(?:comment|drop|type) (?:your|the|a) (?:letter|number|emoji)`,
    `(?:send|forward|share) (?:it|this(?: post)?) (?:to|with) (?:a friend|someone|anyone|somebody|a colleague)(?: who| that) (?:needs?|should (?:see|read|hear)|would (?:love|benefit)|has to hear)`,
    `if you (?:agree|feel the same|relate)${gap(60)}[:,] ?(?:just )?(?:give (?:it |this )?a |drop a |hit )?(?:like|👍|❤️|repost|share|thumbs up)`,
    `\\d{1,3} (?:like|reaction|share|comment|repost)s? ?= ?\\d`, `(?:for|with) (?:every|each) (?:like|reaction|share|comment|repost)(?: on this post)?,? (?:we|i)(?:'ll| will)? (?:donate|plant|give|pay)`,
    `follow (?:me )?(?:for more|for daily|to get|to see)`,
    `(?:smash|hit|tap|press) (?:that |the )?(?:like|follow|bell|❤️|👍)`,
    `(?:i'll|i will|i'm going to) (?:send|dm|message) (?:it |the [\\p{L}]{1,15} |this |you )?(?:to )?(?:everyone|anyone|all|every person|each person) who`,
    `(?:i'll|i will) dm (?:everyone|you|all)`,
    `like (?:this|the|my) post`,
    `react with`,
    `every (?:share|like|comment|repost|reaction) (?:helps|counts)`,
    `winners? (?:will be )?(?:drawn|picked|chosen|announced)${gap(20)}`,
    `react (?:below|here|now)`,
    `don'?t forget to (?:like|share|repost|comment|follow)`,
    `share (?:it |this(?: post)? )?with your network`,
    `give (?:it|this(?: post)?) a (?:like|thumbs up|repost|share|❤️|👍)`,
    `(?:grateful|thankful|appreciate it|would mean a lot|would help(?: me| us)?|would be (?:great|amazing|awesome))(?: if| when) you${gap(30)} (?:(?:like[ds]?|repost(?:ed|s)?|reshare[ds]?|share[ds]?)(?: it| this(?: post)?| the post)|g[ai]ve (?:it|this(?: post)?) a)`,
    `(?:for|to (?:help|feed|please|boost|trick)) the (?:linkedin )?algorithm`,
    `only \\d{1,2} ?(?:%|percent|out of \\d{2,3}|in \\d{2,3}) (?:of (?:people|you|us) )?(?:can|will|get|solve|see|spot|find|answer)`,
    `to (?:enter|participate|take part|win)${gap(20)}(?: like| share| comment| tag| follow)`,
    `(?:if you agree|agree\\?)${gap(10)} (?:like|share|repost|comment)`,
  ],
  de: [
    `(?:like|gefaellt mir|daumen hoch|❤️|👍|reagier(?:e|t)),? (?:wenn|falls)`,
    `(?:like|likes|liken|daumen) fuer`,
    `(?:kommentier(?:e|t|en sie)?|schreib(?:e|t|en sie)?|tipp(?:e|t)?)(?: mit| einfach| gerne| kurz)? ["']?[\\p{L}\\p{N}]{1,20}["']?(?: in die kommentare| unten| darunter| als kommentar)?,? (?:und|dann)(?: ich| schicke| sende| bekommst| erhaeltst)`,
    `(?:kommentier(?:e|t|en sie)?|schreib(?:e|t|en sie)?|tipp(?:e|t)?|schriib(?:ed|et|t|e)?|kommentier(?:ed|et))(?: mit| einfach| eifach| gerne| gern| kurz)? ["'][\\p{L}\\p{N}]{1,20}["']`,
    `(?:vergiss|vergesst|vergessen sie) nicht,? (?:den beitrag |ihn |es |diesen beitrag )?(?:zu )?(?:liken|teilen|kommentieren|reposten)`,
    `teil(?:e|t)? (?:ihn |es |diesen beitrag |den beitrag )?mit (?:deinem|eurem|ihrem) netzwerk`,
    `(?:kommentier(?:e|t|en sie)?) (?:mit )?(?:ja|ich|gern|mir|hier)`,
    `(?:teil(?:e|t)|teilen sie|repost(?:e|et)?)(?: gerne)? (?:diesen|den|meinen|unseren|das|dies|es|ihn)(?: beitrag| post)?(?:,)? (?:damit|wenn|falls|mit|fuer|weiter|um)`,
    `jede[rs]? (?:share|like|kommentar|repost|reaktion|teilen) (?:hilft|zaehlt)`,
    `teilen (?:erwuenscht|erlaubt|ausdruecklich erwuenscht)|fuer (?:meine|unsere) reichweite`,
    `(?:wer|who|wenn (?:du|ihr|sie))${gap(80)}[:,] ?(?:einmal |ein |gib |gebt )?(?:daumen hoch|like|👍|❤️|repost|teilen)`,
    `(?:schick|sende|leite)(?:e|t)? (?:ihn|es|diesen beitrag|den beitrag|das)${gap(20)} (?:an )?(?:jemandem|jemanden|eine[nm]? (?:freund|freundin|kollegen|kollegin))(?:,)? (?:der|die|wer|den) (?:ihn |es |das |diesen beitrag )?(?:braucht|lesen sollte|sehen sollte|hoeren sollte)`,
    `(?:repost|teil(?:e|t)?)(?: ?[\\p{Extended_Pictographic}\\uFE0F]{1,4})? (?:wenn|falls|damit)`,
    `(?:diesen |den )?beitrag (?:liken|teilen|reposten)|(?<=^|\\n) ?(?:\\d[.)] )?mir folgen`,
    `(?:die )?gewinner(?:innen)? (?:ziehe ich|werden gezogen|werden ausgelost|lose ich)`,
    `(?:gib|gebt|geben sie)(?: ihm| ihr| dem beitrag| diesem beitrag| dem post)? (?:ein(?:en)? )?(?:like|daumen hoch|herz)`,
    `(?:damit|fuer|wegen) (?:ihn |es )?(?:der|den|dem) (?:linkedin-)?algorithmus`,
    `(?:nur|gerade mal|bloss) \\d{1,2} ?(?:%|prozent|von \\d{2,3}) (?:der |aller )?(?:menschen |leute[n]? |personen )?(?:schaffen|loesen|koennen|erkennen|sehen|finden|wissen)`,
    `(?:schaffen|loesen|erkennen|sehen|finden) (?:es |das |sie )?(?:nur|gerade mal|bloss) \\d{1,2} ?(?:%|prozent|von \\d{2,3})`,
    `(?:markier(?:e|t|ed|et|en sie)?|tagg?(?:e|t)|verlink(?:e|t)) (?:\\d{1,2}|eine?n?|drei|zwei|fuenf|jemanden|deine?n?|ihre?n?|eure?n?|alle|die personen|personen|leute|freunde)`,
    `(?:markier(?:e|t)?|tagg?(?:e|t)?|verlink(?:e|t)?) (?:ihn|ne|en|se|si|dini?)(?: grad| gleich| doch)? (?:i de|in den|hier|unten)`,
    `\\d{1,3} (?:like|reaktion|kommentar|repost|herz)(?:s|e|en)? ?= ?\\d`, `(?:einfach )?(?:ein )?["'][\\p{L}\\p{N}]{1,20}["'] (?:in die kommentare|unten|darunter)`, `(?:einfach )?(?:ein(?:en)? )?[\\p{Extended_Pictographic}]\\uFE0F? in die kommentare`,
    `(?:herz(?:chen)?|like|daumen|emoji|❤️|👍) (?:da ?lassen|dalassen|hinterlassen)`, `(?:setz|setzt|setzen sie)(?:e)? (?:ein(?:en)? |dein(?:en)? )?(?:[\\p{Extended_Pictographic}]|like|herz|daumen)`,
    `(?:stimm|stimmt|stimmen sie)${gap(40)} (?:mit (?:dem|einem) |per )(?:\\p{L}+ )?emoji`,
    `wenn (?:dieser beitrag|der beitrag|der post|dieser post|das hier) \\d{1,5} (?:likes|reposts|kommentare|reaktionen)`, `(?:ein )?(?:repost|like|teilen) (?:wuerde|hilft|bedeutet)`, `(?:spende\\p{L}{0,2}|pflanz\\p{L}{0,2})${gap(30)} fuer jede[nrs]? (?:like|reaktion|kommentar|repost|share)|fuer jede[nrs]? (?:like|reaktion|kommentar|repost|share)${gap(30)} (?:spende\\p{L}{0,2}|pflanz\\p{L}{0,2})`,
    `(?:jede|fuer mehr|mehr) reichweite(?: hilft| bitte)?`,
    `(?:reagier(?:e|t)|reagieren sie) mit`,
    `kommentier(?:e|t|en sie)? mit (?:einem|einer|ein|dem|der)`,
    `(?<=^|\\n) ?[\\p{Extended_Pictographic}]\\uFE0F?\\x20?(?:=|fuer|wenn|heisst)`,
    `folg(?:e|t) mir(?: fuer mehr| fuer taegliche| um)`,
    `(?:ich schicke|ich sende|schicke ich|sende ich)${gap(20)} (?:allen|jedem|jeder)(?:,)? (?:die|der|wer)`,
    `(?:lass|lasst|hinterlass(?:e|t)) (?:ein(?:en)?|mir ein(?:en)?) (?:like|daumen|herz|emoji|kommentar|[\\p{Extended_Pictographic}])`,
    `(?:schreib|kommentier|tipp)\\p{L}{0,3} (?:nur |einfach )?(?:den |die |das |eine? )?(?:buchstaben|zahl|nummer|emoji)|(?:schreib|tipp|kommentier)\\p{L}{0,3} (?:eine )?\\d{1,2} (?:in die kommentare|unten|darunter|fuer|wenn|falls)`,
    `(?<!(?:zum|vom|beim|ans|fuers|das|ohne) )(?:liken|teilen|kommentieren|reposten)(?:,| und| &) (?:[\\p{L}]+ ){0,3}(?:liken|teilen|kommentieren|markieren|reposten|folgen)`,
    `so (?:nimmst du|nehmt ihr|nehmen sie|machst du|macht ihr) (?:mit|teil)`,
  ],
};

export const POST_PITCH_STRONG: ByLang = {
  en: [
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

// ---------------------------------------------------------------- post.self-promotion

export const POST_BRAG: ByLang = {
  en: [
    `(?:i'm|i am|im)(?: so| very| beyond| incredibly| really)? (?:thrilled|excited|proud|delighted|honou?red|pleased|happy|humbled|overjoyed|stoked) to (?:announce|share|say|tell|let you know)`,
    `(?:thrilled|excited|proud|delighted|honou?red|pleased|humbled|overjoyed) to (?:have been|be) (?:appointed|named|elected|selected|awarded|promoted|recognized|recognised|chosen|nominated|inducted)`,
    `my (?:paper|article|book|study|startup|company|talk|research)${gap(30)} (?:was|has been|got) (?:accepted|published|selected|awarded|named|featured|nominated)`,
    `(?:incredibly|extremely|exceptionally|record-breaking|hugely) successful year`,
    `(?:thrilled|excited|proud|delighted|honou?red|pleased|humbled|overjoyed) to (?:announce|share) (?:that )?(?:i|i've|i'm|my)(?![\\p{L}\\p{N}])`,
    `humbled (?:to|and)`, `youngest (?:[\\p{L}-]+ ){1,4}(?:ever|in (?:the|its|our|their|my) (?:[\\p{L}'-]+ )?history(?: of (?:my|the|our) [\\p{L}-]+)?)`, `i (?:never gave up|deserve (?:it|this|every bit of it))`,
    `my (?:calendar|schedule|diary) (?:for [\\p{L}\\p{N}]+ )?is (?:full|fully booked|booked)|(?:started|began) with nothing|today i(?:'m| am) (?:a )?(?:founder|investor|speaker|ceo)`,
    `(?:i|i've|i have)(?: just| officially| finally)? (?:been|was|got) (?:made|named|awarded|recognized|recognised|selected|nominated|promoted|featured|ranked|honou?red|chosen|voted)`,
    `(?:named|ranked|listed|voted|recognized|recognised) (?:as )?(?:one of|among|in) (?:the )?(?:top|most|best)`,
    `top (?:\\d{1,3}|voice|performer|seller)`,
    `my (?:track record|achievements?|accomplishments?|success|hard work|relentless)`,
    `(?:new|another|huge|major|big) (?:personal )?milestone`,
    `proud of myself`,
    `(?:i|i've|i have) (?:crossed|hit|reached|surpassed|passed) \\d`,
    `onwards and upwards`,
    `(?:nobody|no one) (?:outworks|outsells|outhustles|outperforms) me`,
    `\\d{2,3} ?% of (?:my )?(?:quota|target)`,
    `standing ovations?`,
    `(?:new )?(?:certification|badge|achievement|milestone|level) unlocked`,
    `(?:completely|already|totally) (?:sold out|booked out|fully booked)|bestseller list`,
    `(?:just )?(?:hit|reached|crossed|passed|surpassed) \\d{1,3}(?:[,.' ]?\\d{3})* (?:followers|subscribers|connections)`,
    `(?:been )?featured in (?:forbes|the|bilanz|handelszeitung|nzz|techcrunch|bloomberg)|(?:i )?don'?t say this to brag|not to brag`,
    `(?:the )?youngest (?:ever|[\\p{L}-]{1,20} (?:ever|in (?:its|the|our|their|the [\\p{L}'-]+) history)|in (?:its|the|our|their) history)`,
    `speaks? for (?:itself|themselves)`, `(?:i|i've) (?:worked|work) harder than (?:everyone|anyone|everybody)`,
    `(?:i|i've|i have) (?:closed|sold|signed|booked|raised|generated|won|delivered) more${gap(30)} than (?:anyone|anybody|everyone|any other|all other)`,
    `(?:i|i've|i have) (?:doubled|tripled|quadrupled)|(?:i am|i'm) (?:the )?living proof|(?:reached|achieved|hit) (?:diamond|platinum|gold|elite) (?:rank|status|level)`,
    `(?:^|\\n) ?me at \\d{2}: (?:[\\p{L}\\p{N}-]+,? ){0,3}(?:ceo|founder|director|head|partner|exits?|books?|keynote|millionaire)`, `(?:\\d{1,2}|two|three|four|five|ten) years ago i was (?:still )?(?:sleeping|working|sitting|broke|unemployed|rejected)`,
    `i (?:have )?always believed in myself|(?:i am|i'm) (?:finally |now )?(?:a )?(?:published |bestselling )?author|(?:i am|i'm) (?:now|officially|finally) (?:a )?(?:partner|director|vp|professor|board member)(?![\\p{L}])`,
    `(?:i can|i may) (?:now |officially |finally )?call myself|i'm (?:now |officially |finally )?(?:a )?certified`,
    `(?:i )?(?:just |finally |officially )?(?:passed|completed|finished|earned|obtained|received) my (?:[\\p{L}\\p{N}'-]+ ){0,4}(?:exam|degree|certification|certificate|diploma|master'?s|mba|phd|doctorate|apprenticeship)`,
  ],
  de: [
    `(?:ich bin|bin)(?: so| sehr| mega| unglaublich| riesig)? (?:stolz|gluecklich|begeistert|froh|geehrt|dankbar)${gap(40)} (?:mitteil\\p{L}{0,3}|mitzuteilen|bekanntzugeben|bekannt zu geben|verkuenden|zu teilen|anzukuendigen)`,
    `(?:freue|freu) mich(?: sehr| riesig| mega| wahnsinnig)?${gap(20)} (?:bekanntzugeben|bekannt zu geben|mitzuteilen|zu verkuenden|anzukuendigen|(?:mitteilen|bekanntgeben|verkuenden|ankuendigen) zu (?:duerfen|koennen))`,
    `ich${gap(40)} (?:befoerdert|ernannt|gewaehlt|ausgezeichnet|nominiert) (?:wurde|worden bin)`,
    `(?:ich )?(?:wurde|bin)${gap(100)} (?:gewaehlt|ernannt|ausgezeichnet|nominiert|befoerdert|gekuert|geehrt)(?: worden)?`,
    `stolz auf mich|stolz,? dass ich`, `ich habe (?:immer |stets )?an mich geglaubt|bin ich (?:endlich |nun |jetzt )?(?:buchautorin|buchautor|autorin|autor)(?![\\p{L}])|(?:lesung|buchpremiere|premiere|launch)${gap(30)} (?:war )?ausverkauft`,
    `ich bin (?:jetzt|nun|ab heute|endlich|offiziell) (?:partner(?:in)?|teilhaber(?:in)?|geschaeftsfuehrer(?:in)?|direktor(?:in)?|professor(?:in)?)(?![\\p{L}])`, `mein(?:e|en)? (?:\\p{L}+ )?zertifikat${gap(30)} (?:abgeholt|erhalten|bestanden)`,
    `(?:restlos|komplett|bereits|schon|wieder(?: einmal)?) (?:ausverkauft|ausgebucht)|\\p{L}{0,12}bestsellerliste|platz (?:1|eins) (?:der|auf der) \\p{L}{0,20}(?:bestseller|charts|rangliste)`, `harte arbeit zahlt sich (?:eben |halt )?aus`,
    `mein (?:terminkalender|kalender)${gap(30)} (?:voll|ausgebucht|gebucht)|angefangen habe ich mit nichts|heute bin ich (?:gruender|investor|speaker|ceo|bestsellerautor)`,
    `mein(?:e|em)? (?:unternehmen|firma|startup|start-up|buch|podcast|kanal|seminar)${gap(60)} (?:geknackt|ueberschritten|ausverkauft|ausgebucht)`, `(?:liste|ranking|rangliste)${gap(60)} aufgenommen`, `stolz darauf,?${gap(20)} (?:mein|meine|meinen|ich)(?![\\p{L}])`, `mein (?:zweites|drittes|viertes|fuenftes) (?:zertifikat|diplom|buch)|ich bin (?:der|die) beste`, `(?:award|preis|auszeichnung|pokal|titel)${gap(60)} entgegen(?:nehmen|genommen)`, `demuetig und dankbar`,
    `mein(?:e|en)? (?:lebenslauf|erfolg|erfolge|leistung|leistungen|bilanz)`,
    `(?:neuer|weiterer|grosser|naechster) meilenstein`,
    `ich habe es geschafft`,
    `standing ovations?`,
    `ich habe nie aufgegeben`,
    `mein(?:e|en)? (?:paper|artikel|buch|studie|start-?up|firma|vortrag|forschung)${gap(30)} (?:wurde|ist) ${gap(30)}(?:angenommen|publiziert|veroeffentlicht|ausgezeichnet|gewaehlt|nominiert)`,
    `(?:unglaublich|extrem|ausserordentlich|aussergewoehnlich|enorm) erfolgreiche[sn]? jahr`,
    `(?:der|die) juengste[rn]? (?:[\\p{L}-]{1,20} )?(?:aller zeiten|in der \\p{L}{0,12}geschichte)`, `ich bin (?:jetzt|nun|ab heute|offiziell) (?:mitglied|teil) der (?:geschaeftsleitung|konzernleitung|partnerschaft|direktion)`,
    `vor (?:\\d{1,2}|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn) jahren (?:sass|war|stand|arbeitete|putzte|schlief) ich noch`,
    `top (?:\\d{1,3}|voice)`,
    `(?:unter|zu) (?:den|die) (?:\\p{L}+ )?(?:top|besten|einflussreichsten|wichtigsten)`,
    `(?:ich habe|habe ich)${gap(60)} (?:verdoppelt|verdreifacht|vervierfacht|verzehnfacht)|verdiente[rn]? (?:naechste[rn]? )?schritt`,
    `ich bin (?:der |die |das )?lebende[r]? beweis|\\p{L}+-?rang erreicht`,
    `darf mich${gap(40)} nennen|bestaetigung meiner arbeit|(?:ich bin|bin) (?:ab heute |ab sofort |jetzt |nun |offiziell )?(?:zertifiziert|diplomiert|eidg\\. dipl\\.)\\p{L}{0,2}`,
    `(?:ich )?(?:habe|hab) (?:meine[n]? |das |den |die )?(?:[\\p{L}-]+ ){0,3}\\p{L}{0,16}(?:pruefung|diplom|master|bachelor|doktorat|abschluss|zertifikat|lehrabschluss|dissertation|doktorarbeit|promotion|studium|weiterbildung)${gap(60)} (?:bestanden|abgeschlossen|erhalten|geschafft)`,
  ],
};

/** Achievement words for the "I, me, my and no you" path of post.self-promotion. */
/**
 * The writer's own status change, LinkedIn's status posts in any wording: a new role, a work
 * anniversary, a certificate, an award, a speaking slot. Self-promotion when nothing in the post is
 * for the reader (no thanks, lesson or question).
 */
export const STATUS_CHANGE: ByLang = {
  en: [
    `(?:i'm|i am) (?:\\p{L}+ ){0,4}starting a new (?:position|role|job)`, `new job|new chapter|new role`, `new (?:position|role|job) as`,
    `(?:i've|i have|i)(?: recently| just| officially| finally)? (?:joined|started at|started as|accepted (?:a|an|the) (?:offer|position|role))`,
    `(?:celebrating|today marks|marks|it's been|anniversary)${gap(20)} \\d{1,2} years? (?:at|with|@)`, `\\d{1,2} years? (?:at|with|@) [\\p{L}\\p{N}&.-]{2,30}(?: today| now| this week)? ?!`,
    `(?:new|my first|another|my|a) (?:[\\p{L}-]+ ){0,2}(?:certification|certificate|credential)(?![\\p{L}])`,
    `(?:got|earned|received|completed|obtained|achieved|passed)(?: my| a| the| an)? (?:[\\p{L}-]+ ){0,3}(?:certification|certificate|badge|credential|exam|degree)`,
    `(?:scholarship|award|prize|hackathon|competition) winner|winner of (?:the )?[\\p{L}]`, `(?:won|received|receiving) (?:the |a |an |my )?(?:[\\p{L}-]+ ){0,3}(?:award|prize|scholarship)`,
    `(?:i'll be|i will be|i'm|i am) (?:speaking|presenting|giving a talk|a speaker|on stage|keynoting) (?:at|on|in)`,
    `(?:now|today),? (?:[\\p{L}\\p{N}]+ ){0,3}(?:years?|months?) later,? i(?:'m| am)`, `(?:i|i've|i have) (?:just |recently )?(?:been )?promoted to`,
  ],
  de: [
    `neue(?:n|s)? (?:stelle|position|rolle|job|aufgabe) als`, `\\d{1,2} jahre (?:bei|im|in der|an der) [\\p{L}\\p{N}&.-]{2,30}(?: heute)? ?!`,
    `(?:feiere|feiern|jubilaeum)${gap(20)} \\d{1,2} jahre`, `(?:zertifikat|zertifizierung|auszeichnung|preis|stipendium) (?:erhalten|bekommen|gewonnen)`,
    `(?:habe|hab) (?:ich )?(?:die|meine|das) (?:[\\p{L}-]+ ){0,2}(?:pruefung|zertifizierung|weiterbildung) (?:bestanden|abgeschlossen)`,
    `(?:bin|wurde) (?:ich )?(?:jetzt |nun |ab sofort |offiziell )?(?:zur?m? (?:[\\p{L}-]+ ){0,2})?befoerdert`, `(?:darf|werde) ich${gap(40)} (?:sprechen|referieren|einen vortrag halten)`,
    `(?:starte|beginne) (?:ich )?(?:\\p{L}+ ){0,3}(?:als|bei) `,
    `neuer job|neue stelle|neues kapitel|(?:ab|seit) (?:dem )?\\d{1,2}\\. \\p{L}{3,12} (?:bin|arbeite) ich`,
  ],
};
export const ACHIEVEMENT: ByLang = {
  en: [`promot(?:ed|ion)`, `award(?:ed|s)?`, `certifi(?:ed|cate|cation|cations)`, `milestone`, `achievement`, `record`, `top`, `best`, `followers`, `winner`, `won`, `ranked`, `honou?r`, `keynote speaker`, `bestseller`, `graduated`, `elected`, `doubled`, `with (?:distinction|honou?rs)`, `(?:summa|magna) cum laude`],
  de: [`befoerder(?:t|ung)`, `auszeichnung(?:en)?`, `zertifi(?:kat|kate|ziert|zierung)`, `meilenstein`, `erfolg(?:e|reich|reiche[snrm]?)?`, `rekord`, `top`, `follower`, `gewonnen`, `gewinner(?:in)?`, `preis`, `bestseller`, `bestanden`, `abgeschlossen`, `beste(?:n)? note`, `jahrgangsbeste`, `gewaehlt`, `verdoppelt`, `keynote-\\p{L}{0,10}`, `mit auszeichnung`, `(?:summa|magna) cum laude`],
};
export const THANKS: ByLang = {
  en: [`thank(?:s| you)?`, `(?:grateful|thankful|indebted) to`, `gratitude (?:to|for)`, `shout-?out`, `kudos`, `couldn't have`, `could not have`, `credit (?:goes|to)`, `owe`, `appreciate`, `support of`, `mentors?`, `together with`, `big thanks`],
  de: [`dank(?:e|en)?`, `dankbar(?:keit)? (?:an|gegenueber|fuer (?:die|eure|ihre|deine) unterstuetzung)`, `bedank(?:e|en)`, `merci`, `verdanken`, `ohne (?:die|das|meine|mein|unser)`, `unterstuetzung`, `mentor(?:in)?`, `gemeinsam mit`, `zusammen mit`],
};
export const TEACHING: ByLang = {
  en: [`hiring`, `join (?:us|our team)`, `apply`, `(?:we're|we are) looking for`, `open (?:positions?|roles?)`, `lessons?`, `learn(?:ed|t|ings)`, `learning(?! [\\p{L}]*(?:platform|program|course|scholarship|path))`, `tips?`, `here's (?:what|how)`, `here is (?:what|how)`, `takeaways?`, `advice`, `what (?:worked|helped)`, `mistakes?`, `how to`, `if you're`],
  de: [`wir suchen`, `bewirb`, `bewerb\\p{L}{0,4}`, `offene stellen?`, `lektion(?:en)?`, `gelernt`, `learnings?`, `tipps?`, `erkenntnis(?:se)?`, `rat(?:schlag|schlaege)?`, `was (?:geholfen|funktioniert)`, `fehler`, `so (?:geht|gelingt)`, `wie man`],
};

// ---------------------------------------------------------------- post.too-personal

export const PERSONAL: ByLang = {
  en: [
    `beach`, `vacation`, `holidays?`, `weekend`, `dinner`, `bbq`, `barbecue`, `grill(?:ed|ing)`, `birthday`, `party`, `wedding`, `anniversary`,
    `(?:my|our) (?:kids|children|husband|wife|boyfriend|girlfriend|partner|hubby|mom|mum|dad|parents|family|dog|cat|puppy|baby|son|daughter|sister|brother)`,
    `sandcastles?`, `welcome to the world`, `back on monday`, `the kids (?:absolutely )?(?:love|loved|adore)`, `(?:our|my) new [\\p{L}-]+(?: [\\p{L}\\p{N}-]+){0,2} (?:arrived|is here)`, `risotto`, `buon appetito`, `\\d{1,2} years married|married to my best friend`, `love you`, `\\d{1,2}[.,]\\d{1,3} ?kg,? (?:and )?\\d{2} ?cm`, `(?:baby|son|daughter) (?:was born|arrived)`, `dream (?:car|house|home|holiday|vacation|trip)`, `(?:sunday|weekend) (?:drive|ride|trip)`, `pizza`, `ice cream`, `pool`, `hotel`, `sunset`, `cocktails?`, `wine`, `beers?`, `new car`, `road trip`, `paddleboard(?:ing)?`,
    `cruise`, `honeymoon`, `sushi`, `brunch`, `festival`, `concert`, `blessed`, `recharged`, `selfie`, `tan`, `sunbathing`, `fondue`, `raclette`,
    `(?:best|amazing|perfect|lovely|lazy) (?:day|days|evening|night|sunday|saturday|weekend|summer|holiday|vacation)`, `(?:with )?the people (?:i|you|we) love`, `picked up (?:my|our) (?:new|dream)`, `(?:took|take|taking) (?:it|her) (?:out )?for a spin`, `new family member`, `family (?:time|dinner|party|trip)`, `bucket list`,
    `greetings from`, `surf(?:ing)?`, `yoga`, `villa`, `resort`, `sunrise`, `smoothies?`, `island`, `(?:never|don't) want to go home`, `(?:our|my) (?:new )?(?:house|home|flat|apartment)`, `housewarming`, `keys to`, `(?:got|just|finally) married`, `powder day`, `ski(?:ing)? (?:day|trip|holiday|weekend)`, `love of my life`, `with (?:the|my|our) (?:kids|children|family)`,
    `(?:saturday|sunday|weekend|friday|holiday|vacation|summer) (?:mood|vibes?|feels)`, `hik(?:ed|ing)`, `turned \\d{1,3}(?: today)?`, `(?:my|our) (?:little |youngest |eldest )?(?:girls|boys|twins|little one)`, `was born (?:on|at|this|last|yesterday|today|\\d)`, `(?:\\d{1,2}|one|two|three|four|five|six|eight|ten) (?:weeks|months) old`, `(?:half[- ])?marathon|triathlon|ironman`, `took (?:his|her) first steps`, `new wheels`, `picked up (?:my|our|the) (?:new )?(?:[\\p{L}\\p{N}-]+ ){0,2}[\\p{L}\\p{N}-]+ (?:this morning|today|yesterday)`, `what a (?:machine|car|ride|beauty)`, `(?:kitchen|bathroom|house|flat) renovation`, `the neighbou?rs`, `the kids (?:have )?(?:already )?(?:named|love|loved)`, `rainy (?:sunday|saturday|weekend|day)`, `board games?`, `teenagers?`, `christmas`, `what a (?:game|match|race)`, `(?:beat|won|lost) (?:[\\p{L}-]+ )?\\d{1,2}[:-]\\d{1,2}`, `pasta`, `snorkel\\p{L}{0,3}`, `(?:didn't|did not|never) (?:check|open|read) (?:my )?(?:e-?mails?|laptop|inbox)`, `(?:mum|mom|mama) and baby`, `big (?:sister|brother)`, `(?:took|take|taking) the (?:family|kids) (?:for|to|on)`, `the kids (?:haven't|have not|can't|couldn't) stop(?:ped)?`, `(?:what a|perfect|lovely|lazy) (?:sunday|saturday|start (?:in)?to the weekend)`,
    LEISURE_EMOJI, `zero emails`, `with the (?:girls|boys|gang)`, `aperol`, `prosecco`, `cousins?`, `grand(?:pa|ma|father|mother|parents)`,
  ],
  de: [
    `strand`, `ferien`, `urlaub`, `wochenende`, `abendessen`, `znacht`, `zmorge`, `grill(?:ieren|iert|abend|fest|party|en)?`, `geburtstag(?:sfest|sparty|sfeier)?`,
    `party`, `fest`, `hochzeit(?:stag)?`, `(?:mein(?:e|em|en)?|unser(?:e|em|en)?) (?:kinder|kids|mann|frau|freund|freundin|schatz|mama|papa|eltern|familie|hund|katze|baby|sohn|tochter|schwester|bruder|onkel|tante)`,
    `pool`, `hotel`, `sonnenuntergang`, `wein`, `bier`, `fondue`, `raclette`, `brunch`, `pizza`, `glace`, `gelato`, `neue(?:s|n)? (?:auto|wagen)`, `ausflug`,
    `kreuzfahrt`, `flitterwochen`, `gyros`, `cocktails?`, `tanz(?:en|ten)`, `getanzt`, `gefeiert`, `(?:bestes|tolles|schoenes|perfektes) (?:wochenende|fest|essen|wetter)`,
    `familienfest`, `ihr lieben`, `(?:geheiratet|verheiratet)`, `ski(?:tag|ferien|urlaub|weekend|wochenende)`, `pulverschnee|kaiserschmarrn|huetten\\p{L}{0,6}`, `willkommen auf der welt`, `(?:meinen|unseren|min|mis|meine|unsere|mein|den|das|die) neue[nsr]? [\\p{L}-]+(?: [\\p{L}-]+){0,2} (?:abgeholt|abgholt)`, `einfach ein traum`, `(?:ist|bin|wird|wurde) (?:heute |gestern )?\\d{1,2} (?:jahre alt )?geworden`, `torte`, `luftballons?`, `ueber de[nr]? \\p{L}{2,15}pass`, `risotto`, `en guete`, `rezept von (?:der |meiner )?(?:nonna|oma|grossmutter|mama)`, `auf die welt gekommen`, `\\d[.']?\\d{3} ?(?:g|gramm)`, `(?:mama|mutter) und (?:baby|kind)`, `(?:jahre|jahr) verheiratet`, `(?:ist|wurde|bin) (?:geboren|zur welt gekommen)`, `(?:toeff|toeffli|motorrad)`, `(?:neue[sn]? )?familienmitglied`, `(?:welpe|welpen|huendin|\\p{L}{0,12}hund)`, `(?:mit|mit den|mit meinen|mit unseren) (?:kindern|kids|enkeln)`, `traum(?:auto|wagen|haus|urlaub|ferien)`, `sonntags(?:ausflug|ausfahrt|spaziergang)`, `sandburg(?:en)?`,
    `(?:ganze[nr]?|meine[rn]?|unsere[rn]?) familie[n]?`, `(?:kater|katze|katzen|kaetzchen)`, `ja gesagt`, `spaziergang`, `ausfahrt`, `oldtimer`, `spritztour`, `(?:jahre|jahr) alt geworden`, `gruesse aus`, `wanderung`, `picknick`, `gepicknickt`, `liegestuhl`, `balkon`,
    `geburi`, `gfiiret`, `schwumm`, `sonntag(?:morgen|nachmittag|abend)`, `zopf`, `die kinder (?:schlafen|spielen|lachen)`, `(?:mein|unser)(?:e[nr]?)? neue[nrs]? (?:camper|wohnmobil|boot|velo|e-bike|motorrad)`, `\\p{L}{2,10}brunch`, `mit (?:den |meinen )?(?:besten )?(?:freundinnen|freunden)`, `gipfel(?:sieg|tour|glueck)?`, `sonnenaufgang`, `auf der huette`, `bergtour`, `(?:wochen|monate) alt`, `mit der (?:ganzen )?(?:familie|bande|sippe)`, `badi`, `sonnencreme`, `handy aus`, `(?:im|in den) sand`, `(?:was fuer ein|schoener|perfekter|herrlicher|fauler) (?:sonntag|samstag|sommertag|abend)`, `(?:mein|unser) garten`,
    LEISURE_EMOJI, `ganz(?:e[nr]?)? familie`, `cousin(?:e|s)?`, `gross(?:vater|vatter|mutter|mueter|eltern|papi|mami)`, `grosi`, `(?:opa|oma|enkel(?:in|kind)?)`, `mit den (?:maedels|jungs|girls)`, `aperol`, `prosecco`, `sonne(?:nschein)?`, `wandern`,
  ],
};
/** Private-life words that weigh double (a holiday, a wedding, the new car). */
export const PERSONAL_STRONG: ByLang = {
  en: [`vacation`, `holidays?`, `beach`, `honeymoon`, `wedding`, `anniversary`, `birthday`, `new car`, `road trip`, `greetings from`, `housewarming`],
  de: [`ferien`, `urlaub`, `strand`, `flitterwochen`, `hochzeit(?:stag)?`, `geburtstag(?:sfest|sparty|sfeier)?`, `neue(?:s|n)? (?:auto|wagen)`, `gruesse aus`, `jahre alt geworden`],
};
export const PROFESSIONAL: ByLang = {
  en: [
    `(?<!(?:surf|surfing|ski|skiing|swimming|dance|dancing|piano|guitar|riding|tennis|golf|cooking|driving|sailing|diving) )lessons?`, `(?<!(?:kids|children|son|daughter|baby|dog|puppy) )learn(?:ed|t|ing)(?! to (?:make|cook|bake|swim|ski|surf|ride|play|dance|sail|knit))`, `work(?:ing|place|s)?`, `jobs?`, `teams?`, `colleagues?`, `clients?`, `customers?`, `careers?`, `business(?:es)?`,
    `compan(?:y|ies)`, `leadership`, `leaders?`, `managers?`, `meetings?`, `projects?`, `(?<!out of (?:the )?)office`, `productivity`, `delegat(?:e|ing|ion)`, `management`,
    `employees?`, `hiring`, `strategy`, `industry`, `professional`, `skills?`, `mentor(?:ing)?`, `boss`, `startup`, `product`, `engineers?`, `reminds? me`, `(?:vacation|holiday) days`, `paid leave`, `salar(?:y|ies)`, `employers?`, `succession`, `handover`, `launch(?:ed|es|ing)?`, `orders?`, `sales`, `marketing`, `brand`, `shop`, `designed`,
  ],
  de: [
    `lektion(?:en)?`, `gelernt`, `learnings?`, `arbeit(?:en|e|et)?`, `arbeits\\p{L}{2,10}`, `abwesenheit\\p{L}{0,2}`, `jobs?`, `teams?`, `kolleg(?:e|en|in|innen)`, `kund(?:e|en|in|innen|schaft)`, `karriere`,
    `unternehmen`, `firma`, `fuehrung(?:skraft)?`, `chef(?:in)?`, `meetings?`, `sitzung(?:en)?`, `projekt(?:e|en)?`, `buero`, `produktiv(?:itaet)?`,
    `delegier(?:en|t)`, `mitarbeitende(?:n)?`, `beruf(?:lich)?`, `branche`, `strategie`, `lernende(?:n)?`, `betrieb`, `erinnert mich`, `im job`, `(?:ferien|urlaubs)tage`, `arbeitgeber(?:in)?`, `pensum`, `lohn`, `gehalt`, `nachfolge\\p{L}{0,10}`, `uebergabe`, `treuhaender(?:in)?`, `landwirt(?:in|schaft)?`, `lancier\\p{L}{0,3}`, `\\p{L}{0,12}bueros?`, `mandant(?:en|in|innen)?`, `\\p{L}{0,6}vertretung`, `bestell\\p{L}{0,4}`, `verkauf\\p{L}{0,3}`, `vertrieb`, `marketing`, `produkt\\p{L}{0,3}`, `kollektion`, `hofladen`, `laden`, `\\p{L}{2,12}kolleg(?:e|en|in|innen)`,
  ],
};

// ---------------------------------------------------------------- post.no-conversation

/** An invitation to reply, other than a question mark. */
export const REPLY_INVITE: ByLang = {
  en: [
    `let (?:me|us) know`, `(?:grateful|thankful) for (?:a |any )?(?:pointers?|tips?|advice|introductions?|recommendations?|hints?|leads?)`, `if you know (?:of )?(?:something|someone|anyone|a)`, `tell (?:me|us)`, `share your`, `(?:i'd|i would|would|i'll|i) (?:love|like|be keen|be curious|be glad) to (?:hear|know|read|learn)`,
    `curious (?:to hear|to know|what|how|about your|which|whether|if|where|who|why)`, `keen to hear`, `happy to (?:chat|hear|discuss|talk|help|share|connect)`,
    `(?:drop|leave|post|write) (?:a|your|me a) (?:comment|thoughts|note|message|line)`, `(?<!links? )in the comments`, `comment below`, `your (?:thoughts|views?|take|experiences?|opinions?|stories)`,
    `what do you think`, `(?:dm|message) me(?! ["'][^"'\\n]{1,20}["'])(?!${gap(25)} (?:to get|to grab|to receive|for (?:the|my|a|your)))`, `(?:my )?dms are open`, `reach out`, `get in touch`, `feel free to`, `open to (?:feedback|suggestions|ideas|input)`,
    `feedback (?:is )?(?:welcome|appreciated)`, `join (?:the|our) (?:discussion|conversation)`, `(?:any|more) (?:thoughts|ideas|tips|input)`, `would welcome`, `hit me up`, `ping me`,
  ],
  de: [
    `lass(?:t)? (?:es )?(?:mich|uns) wissen`, `(?:dankbar|froh) fuer (?:tipps|hinweise|empfehlungen|kontakte)`, `wenn (?:du|ihr|sie) (?:jemanden|etwas) (?:kennst|kennt|kennen)`, `(?:schreibt|schreib|schreiben sie) (?:mir|uns|es|gerne)`, `(?:eure|ihre|deine|euer|ihr|dein)(?:e|en)? (?:meinung|meinungen|erfahrung|erfahrungen|sicht|gedanken|tipps|ideen|inputs?|feedback|perspektive)`,
    `(?:bin|ich bin|sind) (?:sehr |schon )?gespannt(?:,)? (?:auf (?:eure|ihre|deine|die antworten|kommentare|rueckmeldungen)|was (?:ihr|sie|du)|wie (?:ihr|sie|du)|ob (?:ihr|sie|du)|welche (?:erfahrungen|tipps|ideen))`, `freue mich (?:auf|ueber) (?:eure|ihre|deine|kommentare|rueckmeldungen|feedback|den austausch|austausch|einen austausch|nachrichten)`,
    `(?<!links? )(?:in die kommentare|in den kommentaren)`, `meldet euch`, `melde dich`, `melden sie sich`, `kontaktiert mich`, `kontaktieren sie mich`,
    `erzaehl(?:t)? (?:mir|uns|mal)`, `teilt (?:eure|gerne)`, `teilen sie (?:ihre|gerne)`, `feedback (?:ist )?(?:willkommen|erwuenscht)`, `was meint ihr`, `was meinen sie`,
    `(?:pn|dm|nachricht) an mich`, `(?:sag|sagt|gebt|geben sie|gib) (?:mir |uns )?bescheid`, `(?:darf|duerft|kannst|koennt|duerfen sie|koennen sie)${gap(20)} (?:gerne |gern )?(?:erzaehlen|teilen|berichten|ergaenzen)`, `mir (?:[\\p{L}]+ ){0,3}schreiben`, `(?:darf|duerft|koennt|koennen sie|kannst) (?:mir|uns) (?:[\\p{L}]+ ){0,3}(?:schreiben|melden)`, `gerne (?:austauschen|im austausch)`, `(?:offen|dankbar) fuer (?:feedback|inputs?|ideen|tipps|hinweise)`,
  ],
};

// ---------------------------------------------------------------- comment.*

/** Words a low-effort comment is made of (folded, single words; multi-word phrases are split). */
export const COMMENT_GENERIC_WORDS: ByLang = {
  en: w(
    `commenting comment comments reach reaching better cfbr boost visibility pls please subscribe channel it's its look looks pretty great post share sharing shared read insight insights article nice good love loved this it well said put so true very agreed agree totally absolutely exactly spot on interesting super thanks thank you for congrats congratulations done amazing awesome brilliant fantastic inspiring insightful informative cool wow bravo yes same luck best all the of deserved powerful valuable helpful useful really such a an and your new role job position much keep up work dear my friend point points excellent wonderful perfect indeed definitely 100 thoughts content words lovely happy glad see news again too as always wise hear hey hi omg proud of u one stuff read posting posted writing wrote written explained wishing success journey next chapter everything big huge what these with us we our me is are was to in on at how just truly incredibly simply lot lots everyone everybody today reading piece inspiration motivating motivational needed reminder must-read bookmarked saved rock rocks legend kudos step steps every word line single bit couldn't could not more gold nailed nail preach facts amen truth leader leaders need needs should perspective take view angle approach idea ideas summary overview onwards upwards dr prof mr ms mrs something right now important well-deserved achievement achievements continued future ahead endeavours endeavors milestone whole entire team teams here queen king exciting network shine shining going it up putting into story stories openness honesty vulnerability following industry field about leadership`,
  ),
  de: w(
    `toller tolle toll super guter gut starker stark spannender spannend spannende beitrag post danke fuers fuer das den die teilen vielen dank merci gratuliere herzliche herzlichen herzlich gratulation glueckwunsch bravo sehr interessant interessanter stimmt genau absolut klasse wow wahr so gesagt top alles gute viel erfolg weiter im zum neuen job in der rolle verdient wohlverdient liebe lieber und dir euch ihnen wirklich echt mega ein eine einen schoen schoener wichtiger wichtig inspirierend hilfreich wertvoll wertvoller gedanken ja ganz meiner meinung sicht punkt sache geil hammer freut mich fuers teilen gratulieren chapeau hut ab sensationell grossartig wunderbar artikel input inputs zusammenfassung ebenfalls auch von mir hey hallo stolz auf dich euch geschrieben formuliert erklaert neue aufgabe herausforderung start guten geniale genial zu diesem dieser diese dies ist war sind wie immer wieder mal nochmals weiterhin schritt schritte erfolgreich erfolgreichen beim bei mit an auf allen uns wir unsere tollen perfekt richtig grossartige wundervoll motivierend lesenswert herzlichst glueckwuensche ich es man jedes jedem wort kann nur zustimmen unterschreiben nichts hinzuzufuegen treffend besser haette nicht sagen koennen gold wert wertvollen wertvolle spannenden interessanten einverstanden perspektive ansatz sichtweise idee frau herr zukunft freude funktion stelle position vielmal diesen inspirierenden regt nachdenken denkanstoss denkanstoesse ganze ganzen hier dem geehrte geehrter kollegin kollege besten beste gruessen freundlichen ausgesprochen lesenswerten jubilaeum zur hast hat haben habt dein deine deinen deinem deiner ihre ihren ihrem eure euren netzwerk isch esch du geschichte offenheit ehrlichkeit worte guet gschribe gseit gsi vilmal branche starke starken gefaellt gefallen anregen anregend einfach dass inhalte inhalt teilst teilt wohlverdienten erfolg unterschreibe sofort dafuer`,
  ),
};

export const COMMENT_PITCH_STRONG: ByLang = {
  en: [
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

// ---------------------------------------------------------------- language detection

export const STOPWORDS: ByLang = {
  en: w(
    `the and to of is you your i my for with that this it on are we be have at would like hi hello thanks about not but me our can what how from they just were been has had do if or more when there their love great dear best i'm it's let's i'd i've into which who one all out up so very really than then these those will could should yes no congrats`,
  ),
  de: w(
    `und der die das ich nicht mit ist ein eine einen zu fuer auf wir du dich dir sich auch es den dem von bei ihnen wie aber hallo liebe lieber gerne gern mich mein meine uns unser hat habe haben sind war wurde noch schon ueber kann koennen ihr ihre euch dass wenn oder sehr nur mehr auch werden wird danke grüezi gruesse gruss freue vielen heute jetzt immer keine nach vor aus zum zur im einem einer sie sein seit diese dieser hoi servus moin sali doch`,
  ),
};
