/**
 * post.engagement-bait: the post asks for reactions for reach ("Comment YES", "like if you agree",
 * "tag three friends", "Kommentiere JA"). A phrase in quotes or listed after "phrases:" is talked
 * about, not used. Inputs: text.
 */
import { atHit, firstUsed, usedHits, withSpans, type Rule } from '../context';
import { gap, lazy, type ByLang } from '../phrases';

export const POST_BAIT: ByLang = {
  en: [
    `spread the word by (?:sharing|reposting|liking)`, `follow ?me ?for more`, `consider (?:re-?sharing|re-?posting|sharing)(?: this)?`,
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
    `(?:tag|mention) (?:\\d{1,2}|one|two|three|five|a|someone|your|anyone|somebody|a friend|a colleague|those|people)(?![\\p{L}])${gap(30)}(?: who| that| friends?| people| colleagues?| persons?)?`,
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

export const PHRASES = { POST_BAIT };
const RX = lazy(POST_BAIT);

export const rule: Rule = {
  id: 'post.engagement-bait',
  check(ctx) {
    const h = firstUsed(ctx, RX);
    return h ? withSpans(ctx, atHit(ctx, h), usedHits(ctx, RX)) : null;
  },
};
