/**
 * invite.generic: a template note. A stock phrase of networking intent (or, in a short note, a bare
 * networking word) and nothing concrete about this person: no sign of a meeting, talk, post, shared
 * context or a reason tied to them, no word from their headline, no proper noun, acronym or year that
 * is not a greeting, a sign-off or the writer introducing themselves. A reference that a template slot
 * completes ("I saw your work in [industry]") is part of the template. Inputs: text, recipient name
 * and headline, sender name. Silenced by a pitch (interplay.ts).
 */
import { atHit, firstOf, hitsOf, type Ctx, type Rule } from '../context';
import { gap, lazy, w, type ByLang } from '../phrases';
import { SENTENCE_START } from '../greetings';
import { sameName } from '../names';
import { fold, isAllCaps, origRange, tokenize, type Token } from '../text';
import { COMMON_CAPS, GREET_WORDS, SIGNOFF, STOP, TITLE_SET } from '../words';

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
    `(?:looking forward to|see you at|ahead of|before) our (?:visit|meeting|call|chat|lunch|coffee|session|interview|trip|workshop)`, `(?:meeting|met|seeing|meet|speaking (?:to|with)|talking (?:to|with)) you (?:today|tonight|this morning|earlier today)`,
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
    `(?:linked ?in )?suggested your (?:profile|name)`,
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

export const PHRASES = { INVITE_STOCK, INVITE_INTENT, INVITE_SPECIFIC, VAGUE_REFERENCE };
const RX = { stock: lazy(INVITE_STOCK), intent: lazy(INVITE_INTENT), specific: lazy(INVITE_SPECIFIC), vague: lazy(VAGUE_REFERENCE) };
const GENERIC_HEADLINE = new Set(GENERIC_HEADLINE_WORDS);
const NON_NAME_ACRONYMS = new Set(['hr', 'it', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'mba', 'phd', 'ai', 'ki', 'b2b', 'b2c', 'saas', 'ok', 'pm', 'dm', 'pn', 'roi', 'kmu', 'ag', 'gmbh', 'ltd', 'inc', 'sa']);

export const rule: Rule = {
  id: 'invite.generic',
  check(ctx) {
    // stock phrases, or a short note whose only purpose is the connection itself
    // any note built around networking intent, in English; German capitalises every noun, so with no proper
    // nouns to tell a named thing, a German note counts on intent alone only when it is short
    const stock = firstOf(ctx, RX.stock) ?? (ctx.lang === 'en' || ctx.toks.length <= 20 ? firstOf(ctx, RX.intent) : null);
    if (!stock || isSpecific(ctx)) return null;
    return atHit(ctx, stock, { expected: ctx.sig.recipient?.firstDisplay ?? '' });
  },
};

/** Words that carry no reference after a slot ("[industry] and would love to connect", "{{company}} arbeiten"). */
const AFTER_SLOT_FILLER = new Set(['love', 'like', 'connect', 'connecting', 'network', 'vernetzen', 'arbeiten', 'arbeitest', 'arbeitet', 'taetig', 'work', 'works', 'working', 'gerne', 'happy', 'glad']);
/** "[EVENT] about cloud cost control": the sentence goes on with a real topic after the slot */
function saysMore(rest: string): boolean {
  const words = fold(rest).s.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !STOP.has(w) && !AFTER_SLOT_FILLER.has(w));
  return words.length >= 2;
}

/** Does the note name something concrete about this person or a shared context? */
function isSpecific(ctx: Ctx): boolean {
  const { recipient, sender, greetings, slots } = ctx.sig;
  // "I saw your work in [industry]": a reference that a template slot completes is part of the template
  // "I saw your profile": a sign of reference inside a vague phrase points at nothing in particular
  const vague = hitsOf(ctx, RX.vague, 10);
  const specific = hitsOf(ctx, RX.specific, 10).filter((h) => {
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
      // the recipient's own name in their headline ("Partner, Okafor & Co") is no reference when the note greets them
      if (t.w.length >= 3 && !STOP.has(t.w) && !GENERIC_HEADLINE.has(t.w) && !(recipient && sameName(t.w, recipient))) words.add(t.w);
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
    if (ctx.lang !== 'en' || !t.cap || COMMON_CAPS.has(w) || SENTENCE_START.has(w) || STOP.has(w) || GREET_WORDS.has(w) || TITLE_SET.has(w) || SIGNOFF.has(w)) continue;
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
