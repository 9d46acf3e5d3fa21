/**
 * post.too-personal: private life with no work angle: at least two private-life words (family, food,
 * holidays, pets, hobbies; holiday words weigh double) and no work word (two work words needed when
 * the post is steeped in private life; a hashtag is no work angle). Inputs: text. Private life is a
 * shared signal: under it, only a brag phrase counts for post.self-promotion (interplay.ts).
 */
import { atHit, firstOf, hitsOf, type Ctx, type Rule } from '../context';
import { lazy, type ByLang } from '../phrases';
import type { Hit } from '../text';

/** leisure, food, nature and pets as emoji, one private-life word each (no celebration emoji: launches and wins use those) */
const LEISURE_EMOJI = `[☀🌞🌴🍹🍷🍕🍝🥐🥖🍦🍨🍟🏖🏝⛱🏔⛰⛷🏂🏄🏃🌊🐶🐱🐕🐈🐭🐹🐰👶🍻🍸🌅🌻🧁🍰🎂💍🏒⚽🏀🎾🚐🥃]`;

export const PERSONAL: ByLang = {
  en: [
    `no laptop`, `see (?:y'all|you all|you|everyone) (?:on )?monday`, `long weekend`, `hik(?:e|es)`,
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
    `einarbeit\\p{L}{0,4}`, `mitarbeiter(?:in|innen)?`,
    `lektion(?:en)?`, `gelernt`, `learnings?`, `arbeit(?:en|e|et)?`, `arbeits\\p{L}{2,10}`, `abwesenheit\\p{L}{0,2}`, `jobs?`, `teams?`, `kolleg(?:e|en|in|innen)`, `kund(?:e|en|in|innen|schaft)`, `karriere`,
    `unternehmen`, `firma`, `fuehrung(?:skraft)?`, `chef(?:in)?`, `meetings?`, `sitzung(?:en)?`, `projekt(?:e|en)?`, `buero`, `produktiv(?:itaet)?`,
    `delegier(?:en|t)`, `mitarbeitende(?:n)?`, `beruf(?:lich)?`, `branche`, `strategie`, `lernende(?:n)?`, `betrieb`, `erinnert mich`, `im job`, `(?:ferien|urlaubs)tage`, `arbeitgeber(?:in)?`, `pensum`, `lohn`, `gehalt`, `nachfolge\\p{L}{0,10}`, `uebergabe`, `treuhaender(?:in)?`, `landwirt(?:in|schaft)?`, `lancier\\p{L}{0,3}`, `\\p{L}{0,12}bueros?`, `mandant(?:en|in|innen)?`, `\\p{L}{0,6}vertretung`, `bestell\\p{L}{0,4}`, `verkauf\\p{L}{0,3}`, `vertrieb`, `marketing`, `produkt\\p{L}{0,3}`, `kollektion`, `hofladen`, `laden`, `\\p{L}{2,12}kolleg(?:e|en|in|innen)`,
  ],
};

export const PHRASES = { PERSONAL, PERSONAL_STRONG, PROFESSIONAL };
const RX = { personal: lazy(PERSONAL), strong: lazy(PERSONAL_STRONG), professional: lazy(PROFESSIONAL) };

/** The private-life word to point at when the post is about private life with no work angle (the privateLife signal, signals.ts). */
export function privateLife(ctx: Ctx): Hit | null {
  const personal = hitsOf(ctx, RX.personal, 30);
  const distinct = new Set(personal.map((h) => ctx.f.s.slice(h.fs, h.fe))).size;
  const weight = distinct + (personal.length > 0 && firstOf(ctx, RX.strong) ? 1 : 0);
  if (weight < 2) return null;
  // a hashtag (#leadership under a ski day) is no professional angle
  const prof = new Set(hitsOf(ctx, RX.professional, 10).filter((h) => ctx.f.s[h.fs - 1] !== '#').map((h) => ctx.f.s.slice(h.fs, h.fe))).size;
  // a professional angle: any work word; a post steeped in private life needs two of them
  if (prof === 0 || (weight >= 5 && prof === 1)) return personal.find((h) => /\p{L}/u.test(ctx.f.s.slice(h.fs, h.fe))) ?? personal[0]!;
  return null;
}

export const rule: Rule = {
  id: 'post.too-personal',
  check(ctx) {
    const h = ctx.sig.privateLife;
    return h ? atHit(ctx, h) : null;
  },
};
