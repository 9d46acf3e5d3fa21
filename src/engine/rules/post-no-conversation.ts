/**
 * post.no-conversation: a post of more than 40 words that asks nothing: no question mark (outside
 * quotes) and no invitation to reply ("let me know", "share your", "schreibt mir"). Inputs: text.
 * The question and the invitations to reply are shared signals: post.self-promotion reads them.
 */
import { DOUBLE_QUOTED, hitsOf, wholeRange, type Ctx, type Rule } from '../context';
import { gap, lazy, type ByLang } from '../phrases';
import type { Hit } from '../text';

/** An invitation to reply, other than a question mark. */
export const REPLY_INVITE: ByLang = {
  en: [
    `(?:email|e-mail|message|call|contact|write to) (?:me|us) (?:with|for) (?:any |your )?(?:questions|referrals|ideas|thoughts|suggestions)`,
    `let (?:me|us) know`, `(?:grateful|thankful) for (?:a |any )?(?:pointers?|tips?|advice|introductions?|recommendations?|hints?|leads?)`, `if you know (?:of )?(?:something|someone|anyone|a)`, `tell (?:me|us)`, `share your`, `(?:i'd|i would|would|i'll|i) (?:love|like|be keen|be curious|be glad) to (?:hear|know|read|learn)`,
    `curious (?:to hear|to know|what|how|about your|which|whether|if|where|who|why)`, `keen to hear`, `happy to (?:chat|hear|discuss|talk|help|share|connect)`,
    `(?:drop|leave|post|write) (?:a|your|me a) (?:comment|thoughts|note|message|line)`, `(?<!link[^.!?\\n]{0,60})in the comments`, `comment below`, `your (?:thoughts|views?|take|experiences?|opinions?|stories)`,
    `what do you think`, `(?:dm|message) me(?! ["'][^"'\\n]{1,20}["'])(?!${gap(25)} (?:to get|to grab|to receive|for (?:the|my|a|your)))`, `(?:my )?dms are open`, `reach out`, `get in touch`, `feel free to`, `open to (?:feedback|suggestions|ideas|input)`,
    `feedback (?:is )?(?:welcome|appreciated)`, `join (?:the|our) (?:discussion|conversation)`, `(?:any|more) (?:thoughts|ideas|tips|input)`, `would welcome`, `hit me up`, `ping me`,
  ],
  de: [
    `lass(?:t)? (?:es )?(?:mich|uns) wissen`, `(?:dankbar|froh) fuer (?:tipps|hinweise|empfehlungen|kontakte)`, `wenn (?:du|ihr|sie) (?:jemanden|etwas) (?:kennst|kennt|kennen)`, `(?:schreibt|schreib|schreiben sie) (?:mir|uns|es|gerne)`, `(?:eure|ihre|deine|euer|ihr|dein)(?:e|en)? (?:meinung|meinungen|erfahrung|erfahrungen|sicht|gedanken|tipps|ideen|inputs?|feedback|perspektive)`,
    `(?:bin|ich bin|sind) (?:sehr |schon )?gespannt(?:,)? (?:auf (?:eure|ihre|deine|die antworten|kommentare|rueckmeldungen)|was (?:ihr|sie|du)|wie (?:ihr|sie|du)|ob (?:ihr|sie|du)|welche (?:erfahrungen|tipps|ideen))`, `freue mich (?:auf|ueber) (?:eure|ihre|deine|kommentare|rueckmeldungen|feedback|den austausch|austausch|einen austausch|nachrichten)`,
    `(?<!link[^.!?\\n]{0,60})(?:in die kommentare|in den kommentaren)`, `meldet euch`, `melde dich`, `melden sie sich`, `kontaktiert mich`, `kontaktieren sie mich`,
    `erzaehl(?:t)? (?:mir|uns|mal)`, `teilt (?:eure|gerne)`, `teilen sie (?:ihre|gerne)`, `feedback (?:ist )?(?:willkommen|erwuenscht)`, `was meint ihr`, `was meinen sie`,
    `(?:pn|dm|nachricht) an mich`, `(?:sag|sagt|gebt|geben sie|gib) (?:mir |uns )?bescheid`, `(?:darf|duerft|kannst|koennt|duerfen sie|koennen sie)${gap(20)} (?:gerne |gern )?(?:erzaehlen|teilen|berichten|ergaenzen)`, `mir (?:[\\p{L}]+ ){0,3}schreiben`, `(?:darf|duerft|koennt|koennen sie|kannst) (?:mir|uns) (?:[\\p{L}]+ ){0,3}(?:schreiben|melden)`, `gerne (?:austauschen|im austausch)`, `(?:offen|dankbar) fuer (?:feedback|inputs?|ideen|tipps|hinweise)`,
  ],
};

export const PHRASES = { REPLY_INVITE };
const RX = lazy(REPLY_INVITE);
const QUOTED = new RegExp(DOUBLE_QUOTED, 'g');

/** Does the post ask a question? One inside quotes ('Asking "what decision will this support?" saves weeks') asks the reader nothing. */
export function asksQuestion(ctx: Ctx): boolean {
  return /\?(?![\p{L}\p{N}=&_\/])/u.test(ctx.f.s.replace(QUOTED, '""'));
}
/** Invitations to reply other than a question mark. */
export function replyHits(ctx: Ctx): Hit[] {
  return hitsOf(ctx, RX, 10);
}

export const rule: Rule = {
  id: 'post.no-conversation',
  check(ctx) {
    if (ctx.toks.length <= 40 || ctx.sig.question || ctx.sig.replies.length > 0) return null;
    // point at the last paragraph
    const text = ctx.text;
    const [s0, e0] = wholeRange(text);
    let ls = text.lastIndexOf('\n', e0 - 1);
    ls = ls < s0 ? s0 : ls + 1;
    while (ls < e0 && /\s/u.test(text[ls]!)) ls++;
    return { start: ls, end: e0 };
  },
};
