/**
 * post.self-promotion: the writer's own status change or achievement with nothing for the reader: a
 * brag phrase, a status change (new role, anniversary, promotion, award, talk, certificate), or a
 * high I/me/my share with achievement words and no "you"; unless the post thanks others, teaches,
 * offers something (hiring) or asks the reader (a question or an invitation to reply). Inputs: text.
 * The status change and the I/me share are weak evidence: private life discounts them (interplay.ts).
 */
import { atHit, firstOf, firstUsed, hitsOf, wholeRange, type Rule } from '../context';
import { gap, lazy, type ByLang, type Compiled } from '../phrases';

export const POST_BRAG: ByLang = {
  en: [
    `my (?:new |first |latest )?[\\p{L}-]{0,12}(?:book|course|podcast|album|app|guide) is (?:now )?(?:out|live|available|here)`, `(?:honou?red|proud|thrilled|excited|humbled|delighted) to (?:have|see) my[^.!?\\n]{0,80}? (?:selected|nominated|shortlisted|featured|published|recognized|recognised|named|accepted)`,
    `(?:i'm|i am|im)(?: so| very| beyond| incredibly| really)? (?:thrilled|excited|proud|delighted|honou?red|pleased|happy|humbled|overjoyed|stoked) to (?:announce|share|say|tell|let you know)`,
    `(?:thrilled|excited|proud|delighted|honou?red|pleased|humbled|overjoyed) to (?:have been|be) (?:appointed|named|elected|selected|awarded|promoted|recognized|recognised|chosen|nominated|inducted)`,
    `my (?:paper|article|book|study|startup|company|talk|research)${gap(30)} (?:was|has been|got) (?:accepted|published|selected|awarded|named|featured|nominated)`,
    `(?:incredibly|extremely|exceptionally|record-breaking|hugely) successful year`,
    `(?:thrilled|excited|proud|delighted|honou?red|pleased|humbled|overjoyed) to (?:announce|share) (?:that )?(?:i|i've|i'm|my)(?![\\p{L}\\p{N}])`,
    `humbled (?:to|and)`, `youngest (?:[\\p{L}-]+ ){1,4}(?:ever|in (?:the|its|our|their|my) (?:[\\p{L}'-]+ )?history(?: of (?:my|the|our) [\\p{L}-]+)?)`, `i (?:never gave up|deserve (?:it|this|every bit of it))`,
    `my (?:calendar|schedule|diary) (?:for [\\p{L}\\p{N}]+ )?is (?:full|fully booked|booked)|(?:started|began) with nothing|today i(?:'m| am) (?:a )?(?:founder|investor|speaker|ceo)`,
    `(?:i|i've|i have)(?: just| officially| finally)? (?:been|was|got) (?:made|named|awarded|recognized|recognised|selected|nominated|promoted|featured|ranked|honou?red|chosen|voted)`,
    `(?:named|ranked|listed|voted|recognized|recognised) (?:as )?(?:one of|among|in) (?:the )?(?:top|most|best)`,
    `(?<!(?:every|other|most|many|all) )top (?:\\d{1,3}|voice|performer|seller)`,
    `my (?:track record|achievements?|accomplishments?|success|hard work|relentless)`,
    `(?:new|another|huge|major|big) (?:personal )?milestone`,
    `proud of myself`,
    `(?:i|i've|i have) (?:crossed|hit|reached|surpassed|passed) \\d{1,7}`,
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
    `mein(?:e|em)? (?:neue[sr]? |erste[sr]? )?\\p{L}{0,12}(?:buch|kurs|podcast|album|app|ratgeber)[^.!?\\n]{0,60}? ist (?:ab sofort |jetzt |endlich |nun )?(?:erhaeltlich|da|draussen|online|erschienen)`,
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
    `(?:starte|beginne) (?:ich )?(?:\\p{L}+ ){0,3}(?:als|bei)`,
    `neuer job|neue stelle|neues kapitel|(?:ab|seit) (?:dem )?\\d{1,2}\\. \\p{L}{3,12} (?:bin|arbeite) ich`,
  ],
};
/** Achievement words for the "I, me, my and no you" path. */
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

export const PHRASES = { POST_BRAG, STATUS_CHANGE, ACHIEVEMENT, THANKS, TEACHING };
const RX = { brag: lazy(POST_BRAG), status: lazy(STATUS_CHANGE), achievement: lazy(ACHIEVEMENT), thanks: lazy(THANKS), teaching: lazy(TEACHING) };
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines']);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", 'yours', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'euer', 'eure', 'euren', 'eurem', 'ihnen', 'ihr']);

export const rule: Rule = {
  id: 'post.self-promotion',
  check(ctx) {
    // a hashtag (#learning under a certificate) thanks, teaches and asks nobody
    const said = (rx: Compiled) => hitsOf(ctx, rx, 10).some((h) => ctx.f.s[h.fs - 1] !== '#');
    if (said(RX.thanks) || said(RX.teaching)) return null;
    // an offer to get in touch ("feel free to reach out") asks the reader nothing
    if (ctx.sig.question || ctx.sig.replies.some((h) => ctx.f.s[h.fs - 1] !== '#' && !/^(?:reach out|feel free to|get in touch|happy to share)/.test(ctx.f.s.slice(h.fs, h.fe)))) return null;
    const brag = firstOf(ctx, RX.brag);
    if (brag) return atHit(ctx, brag);
    const status = firstUsed(ctx, RX.status);
    if (status) return { ...atHit(ctx, status), weak: true };
    const words = ctx.toks.length;
    if (words < 20) return null;
    let me = 0;
    let you = 0;
    for (const t of ctx.toks) {
      if (FIRST_PERSON.has(t.w)) me++;
      else if (SECOND_PERSON.has(t.w)) you++;
    }
    if (you > 0 || me / words < 0.08 || !firstOf(ctx, RX.achievement)) return null;
    // point at the first line
    const [a, b] = wholeRange(ctx.text);
    const nl = ctx.text.indexOf('\n', a);
    return { start: a, end: nl > a ? nl : b, weak: true };
  },
};
