/**
 * The shared signals: what several rules need to know about a text, each computed once per analysis
 * and only when first asked for (a page that coaches notes never runs the post lists). Rules read
 * them through `ctx.sig`; which signal silences which rule is stated in interplay.ts, and nowhere
 * else. No signal depends on whether a rule is switched on.
 *
 * This module also holds the phrases of the structural pitch signal shared by invitations and
 * comments: the writer's organisation or offer as the subject (OFFER_SUBJECT) with a next step for
 * the reader (OFFER_NEXT_STEP) or a promise (OFFER_PROMISE).
 */
import { firstOf, firstUsed, hitsOf, usedHits, type Ctx } from './context';
import { findGreetings, type Greeting } from './greetings';
import { parseName, type ParsedName } from './names';
import { lazy, type ByLang, type Compiled } from './phrases';
import type { Hit } from './text';
import { noSentence } from './rules/invite-empty';
import { findSlots } from './rules/invite-placeholder';
import { RX as INVITE_PITCH } from './rules/invite-sales-pitch';
import { postPitch } from './rules/post-sales-pitch';
import { privateLife } from './rules/post-too-personal';
import { asksQuestion, replyHits } from './rules/post-no-conversation';
import { RX as COMMENT_PITCH } from './rules/comment-sales-pitch';

/**
 * Who sells what to whom, by structure rather than by stock phrase: a note or comment pitches when
 * the writer's organisation or offer is the subject (OFFER_SUBJECT) and it asks for a next step
 * (OFFER_NEXT_STEP) or promises a price, a saving or a result (OFFER_PROMISE). One signal alone is
 * no pitch: "we both work on heat pumps" and "happy to share our notes" stay clean.
 */
export const OFFER_SUBJECT: ByLang = {
  en: [
    `speciali[sz]e in helping`, `(?:launched|founded|started|built) (?:[\\p{L}\\p{N}&'-]+ ){1,5}to help`, `one of our (?:[\\p{L}-]+,? ){0,3}(?:programmes|programs|courses|products|services|solutions|plans|packages)`, `invite you to (?:explore|join|try|discover) (?:the|our)`, `how (?:[\\p{L}\\p{N}&.-]+ ){1,3}can help(?!(?: [\\p{L}']+){0,2} (?:each other|one another))`, `i(?:'ve| have)? (?:just |recently )?helped (?:a|one|our|my) client`, `our (?:forte|speciality|specialty|expertise) (?:is|lies)`, `my team and i (?:speciali[sz]e|help|offer|provide|work with)`, `(?:services?|solutions?) for your (?:business|company|team|firm|organi[sz]ation)`, `(?:business development|sales|partnerships?) (?:manager|director|executive|lead|representative|rep)|(?:director|head|vp|manager) of (?:business development|sales|partnerships)`, `(?:agencies|companies|clients|brands|firms) (?:we|i) work with`, `i partner with`, `(?:created|built|developed|designed) (?:a|an|my|our) (?:[\\p{L}-]+ ){0,3}(?:system|program(?:me)?|method|framework|tool|course|service) (?:to|that) helps?`, `we have \\d{1,5}\\+? (?:[\\p{L}-]+ ){0,3}available`, `i (?:also )?(?:offer|provide|sell|supply|lend)(?![\\p{L}])`,
    // "we help", "our team builds", "we are a boutique PR agency", "we specialize in"
    `(?:we|we're|we are|our team|our company|our firm|our agency|my team|my company|my agency)(?: (?:also|now|currently|really|mainly|primarily))? (?:help|offer|provide|build|develop|deliver|specialize|specialise|create|design|eliminate|prepare|train|place|sell|supply|manufacture|produce|analy[sz]e|automate|support|serve|enable|handle)(?:s|es)?(?![\\p{L}])(?!(?: [\\p{L}']+){0,2} (?:each other|one another))`,
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
    `(?:i|we) (?:can|could) (?:help|contribute|provide|offer|support|add (?:a lot of |real |great )?value|assure|get you|save|boost|guarantee|place|deliver|increase|grow)(?!(?: [\\p{L}']+){0,2} (?:each other|one another))`,
    `(?:i|we) (?:own|run) (?:a|an|my|our)(?: [\\p{L}-]+){0,3} (?:business|agency|company|firm|consultancy|studio|shop)`,
    `(?:i'm|i am) (?:now )?(?:working as )?(?:a|an) (?:[\\p{L}-]+ ){0,3}(?:agent|broker|realtor)`,
    `(?:our|my) (?:[\\p{L}/&-]+,? ){0,4}(?:platform|product|products|solution|solutions|services?|tool|tools|app|software|approach|capabilities|portfolio|programs?|training|trainings|offering|agency|rates?|pricing|packages?|apis?)(?![\\p{L}])`,
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
    `sign up (?:to|for|here|now|today)`, `if you need any (?:help|guidance|support|assistance)`, `open (?:for|to) a (?:discussion|chat|call|conversation) about`, `(?:could|might|would) be a (?:helpful|useful|good|great) option for you`, `if (?:this|it) resonates`, `let me know if you have any (?:plans|needs|requirements|projects)`, `(?:might|could|may|would) align with`, `room to (?:collaborate|work together|partner)`, `(?:connect|chat|talk|meet) and (?:explore|discuss|see)`,
    `(?:learn|know|hear|find out|see) more about (?:what we|our|how we|us(?![\\p{L}])|my|it)`,
    `(?:more|further) (?:info|information|details)`,
    `(?:let me know|tell me) if you(?:'d| would)? (?:like|want|be interested|are interested)`,
    `if (?:you're|you are|you'd be|you would be) interested`, `(?:any|some) interest(?![\\p{L}])`, `interested\\?`,
    `(?:quick|short|brief|\\d{1,2}[- ]?min(?:ute)?) (?:call|chat|demo|meeting|zoom|intro)`,
    `(?:schedule|book|set|arrange|find) (?:up )?(?:a )?(?:time|call|meeting|demo|slot)`,
    `demo`, `(?:would love|'d love|love|happy|glad|keen|eager) to (?:show|share|send|walk|present|demonstrate|introduce|tell you)`,
    `see how`, `visit (?:us|our)`, `https?://[\\p{L}\\p{N}-]{1,60}`, `www\\.[\\p{L}\\p{N}-]{1,60}`, `[\\p{L}\\p{N}-]{2,30}\\.(?:com|io|ai|co|net|org|ly)(?![\\p{L}])`,
    `(?:explore|see) (?:if|whether|how) (?:this|we|it|our|there)`, `(?:could|might|would) be a (?:good |great )?fit`, `please revert`, `reach out to me`,
    `if there(?:'s| is) anything i can do`, `be a resource`, `(?:explore|discuss) (?:a |an )?(?:direct |possible |potential |new )?(?:partnerships?|collaborations?|cooperation|opportunit(?:y|ies)|synergies)`,
    `(?:would|do|does) (?:you|your team) (?:require|need)`, `are you (?:exploring|looking for|ready|open to)`, `if you(?:'re| are) (?:exploring|looking for)`,
    `for more information`, `(?:mind|okay|ok) if i (?:shared|share|send)`, `try (?:it|us|[\\p{L}]+) for free`, `for your review`,
    `(?:call|text|whatsapp|email|write to) (?:me|us)`, `(?:your|the) (?:input|feedback) on`, `(?:love|appreciate|value) your (?:input|feedback|thoughts)`, `(?:a|an) (?:opportunity|offer) (?:for you|to)`,
  ],
  de: [
    `(?:kurzes|kurzen|unverbindliches?n?|kostenloses?n?|persoenliches?n?) (?:gespraech|telefonat|call|austausch|kennenlernen|termin)`,
    `termin`, `(?:darf|duerfte|kann|soll) ich (?:ihnen|dir|euch)`, `(?:melden sie sich|schreiben sie mir|gerne zeige ich|lassen sie uns)`,
    `interesse\\?`, `(?:haben sie|hast du|bei) interesse`, `https?://[\\p{L}\\p{N}-]{1,60}`, `www\\.[\\p{L}\\p{N}-]{1,60}`, `mehr (?:dazu|erfahren|infos?|informationen)`,
  ],
};

/** A price, a saving or a result promised to the reader. */
export const OFFER_PROMISE: ByLang = {
  en: [
    `(?:will|would) be (?:satisfied|happy|impressed|delighted) with`, `(?:beneficial|valuable|useful|helpful) (?:for|to) your (?:company|business|team|organi[sz]ation)`, `within \\d{1,3} ?(?:hours|hrs)`, `\\d{2,5}\\+ (?:[\\p{L}-]+ ){0,2}(?:clients|customers|companies|founders|devs|developers|engineers|projects|brands|businesses)`, `synerg(?:y|ies)`,
    `(?:\\$|€|£|₹|chf|usd|eur) ?\\d`, `\\d{1,3}(?:[.,]\\d{1,2})? ?(?:%|percent)`,
    `(?:save|saves|saving|cut|cuts|boost|boosts|increase|increases|grow|grows|improve|improves|reduce|reduces|eliminate|eliminates|generate|generates|scale)(?: [\\p{L}-]+){0,2} (?:costs?|growth|revenue|sales|leads|hours|time|money|visibility|conversions?|efficiency|productivity|obstacles|operations|impact|roi)`,
    `guarantee(?:d|s)?`, `money-back`, `(?:affordable|low-cost|cost-effective|cheap|free of charge|for free|at no cost|no cost)`,
    `within (?:a|one|\\d{1,2}) (?:month|week|day)s?`, `game changer`, `dramatically`, `higher quality`, `land (?:jobs|a job|your dream)`,
    `(?:add|adding) (?:a lot of |real |great )?value to your`, `extra income|part time income|earning`, `secret sauce`, `billion views|\\d{1,3}(?:[.,]\\d)?[mk]\\+? (?:companies|users|views|customers)`,
    `(?:ranked|rated|top) (?:in |among )?(?:the )?(?:top )?\\d`, `(?:more than|over) \\d{2,5}`, `(?:entrepreneurial|business|income) opportunit(?:y|ies)`, `(?:quick|fast) turnaround`, `(?:achieving|achieve|reach) your (?:[\\p{L}-]+ )?goals`,
  ],
  de: [
    `(?:€|chf|eur|fr\\.) ?\\d`, `\\d{1,3} ?%`,
    `(?:spart|sparen|senkt|senken|steigern|steigert|verbessern|verbessert|reduzieren|reduziert|gewinnen)(?![\\p{L}])`,
    `(?:in|innerhalb von|innert) (?:\\d{1,2} ?h|24 stunden|\\d{1,2} tagen)`, `kostenlos|gratis|kostenfrei`, `roi(?![\\p{L}])`, `wettbewerbsfaehig`, `quick wins`, `effizienter`,
    `(?:kunden|anschluss|umsatz) (?:an|nicht an|zu) (?:[\\p{L}-]+ )?(?:konkurrenten|konkurrenz|verlieren)|(?:verlieren|verliert) (?:aktuell )?(?:kunden|den anschluss)`,
  ],
};

export const PHRASES = { OFFER_SUBJECT, OFFER_NEXT_STEP, OFFER_PROMISE };
const RX = { subject: lazy(OFFER_SUBJECT), nextStep: lazy(OFFER_NEXT_STEP), promise: lazy(OFFER_PROMISE) };

/**
 * Is this text selling? A strong selling phrase; two different weak ones; or, by structure, the
 * writer's organisation or offer as the subject together with a next step for the reader or (with
 * promiseCounts) a promised price, saving or result. Phrases in quotes are talked about, not used
 * (`quotedAware`: comments quote other people's pitches).
 */
function pitchSignal(ctx: Ctx, lists: { strong: Compiled; weak: Compiled }, quotedAware: boolean, promiseCounts: boolean): Hit | null {
  const strong = quotedAware ? firstUsed(ctx, lists.strong) : firstOf(ctx, lists.strong);
  if (strong) return strong;
  const weak = quotedAware ? usedHits(ctx, lists.weak, 10) : hitsOf(ctx, lists.weak, 10);
  if (new Set(weak.map((h) => ctx.f.s.slice(h.fs, h.fe))).size >= 2) return weak[0]!;
  const offer = usedHits(ctx, RX.subject, 5)[0];
  if (offer && (usedHits(ctx, RX.nextStep, 1).length > 0 || (promiseCounts && usedHits(ctx, RX.promise, 1).length > 0))) return offer;
  return null;
}

/** The signals of one analysis, each computed on first use. */
export class Signals {
  readonly #ctx: Ctx;
  readonly #memo = new Map<string, unknown>();
  constructor(ctx: Ctx) {
    this.#ctx = ctx;
  }
  #once<T>(key: string, compute: (ctx: Ctx) => T): T {
    if (!this.#memo.has(key)) this.#memo.set(key, compute(this.#ctx));
    return this.#memo.get(key) as T;
  }
  /** the recipient's name, parsed (display name with emoji, credentials and nicknames handled: names.ts) */
  get recipient(): ParsedName | null { return this.#once('recipient', (c) => parseName(c.input.recipient?.name)); }
  get sender(): ParsedName | null { return this.#once('sender', (c) => parseName(c.input.sender?.name)); }
  /** greetings with the names that follow them (greetings.ts) */
  get greetings(): Greeting[] { return this.#once('greetings', findGreetings); }
  /** a note with no sentence: only greetings, titles, names and sign-off words (rules/invite-empty.ts) */
  get noSentence(): boolean { return this.#once('noSentence', noSentence); }
  /** template slots in the note: [start, end, token] (rules/invite-placeholder.ts) */
  get slots(): [number, number, string][] { return this.#once('slots', (c) => findSlots(c.text)); }
  /** the note sells (phrases of rules/invite-sales-pitch.ts, or structure); a promise counts */
  get invitePitch(): Hit | null { return this.#once('invitePitch', (c) => pitchSignal(c, INVITE_PITCH, false, true)); }
  /** the post sells (rules/post-sales-pitch.ts) */
  get postPitch(): Hit | null { return this.#once('postPitch', postPitch); }
  /** the post is about private life with no work angle (rules/post-too-personal.ts) */
  get privateLife(): Hit | null { return this.#once('privateLife', privateLife); }
  /** the post asks a question (rules/post-no-conversation.ts) */
  get question(): boolean { return this.#once('question', asksQuestion); }
  /** invitations to reply other than a question mark (rules/post-no-conversation.ts) */
  get replies(): Hit[] { return this.#once('replies', replyHits); }
  /** the comment sells; a price or a result alone is shared experience, only a next step makes it an offer */
  get commentPitch(): Hit | null { return this.#once('commentPitch', (c) => pitchSignal(c, COMMENT_PITCH, true, false)); }
}
