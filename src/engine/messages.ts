/**
 * The engine's own message catalog (en, de), keyed by messageId (= rule id), plus the short labels
 * and descriptions the options page shows next to each rule's switch. `{name}` style parameters.
 * Tone: friendly, one sentence, says what to do instead; never shames.
 */
import type { Lang, RuleId } from './types';

type Text = Record<Lang, string>;

export const MESSAGES: Record<string, Text> = {
  'invite.empty': {
    en: 'Add a line on why you would like to connect: a note turns a click into the start of a conversation.',
    de: 'Schreib ein, zwei Sätze dazu, warum du dich vernetzen möchtest: So wird aus einem Klick der Anfang eines Gesprächs.',
  },
  'invite.placeholder': {
    en: 'The template slot "{token}" is still in your note: replace it with the real word before you send.',
    de: 'Der Platzhalter «{token}» steht noch in deiner Notiz: Ersetze ihn vor dem Senden durch das richtige Wort.',
  },
  'invite.wrong-name': {
    en: 'You greet "{name}", but this invitation goes to {expected}: check the name before you send.',
    de: 'Du begrüsst «{name}», die Einladung geht aber an {expected}: Prüf den Namen vor dem Senden.',
  },
  'invite.generic': {
    en: 'This reads like a template: mention something specific about {expected}, such as a post, an event or a shared interest.',
    de: 'Das klingt nach Vorlage: Nenn etwas Konkretes über {expected}, etwa einen Beitrag, einen Anlass oder ein gemeinsames Thema.',
  },
  'invite.duplicate': {
    en: 'You sent almost the same note ({percent}% alike) to someone else: write a line just for this person.',
    de: 'Du hast fast dieselbe Notiz ({percent}% gleich) schon jemand anderem geschickt: Schreib eine Zeile nur für diese Person.',
  },
  'invite.sales-pitch': {
    en: 'This sounds like a sales pitch: connect first and build the relationship; offers can wait until there is interest.',
    de: 'Das klingt nach Verkauf: Vernetz dich zuerst und bau die Beziehung auf; Angebote haben Zeit, bis Interesse da ist.',
  },
  'post.engagement-bait': {
    en: 'Asking for likes, comments, shares or tags as a mechanic gets posts shown less: ask a real question instead.',
    de: 'Likes, Kommentare, Teilen oder Markieren als Mechanik einzufordern, lässt Beiträge seltener erscheinen: Stell lieber eine echte Frage.',
  },
  'post.sales-pitch': {
    en: 'This reads like an ad: share what you learned or what problem you solve, and let interested readers come to you.',
    de: 'Das liest sich wie Werbung: Teil, was du gelernt hast oder welches Problem du löst, und lass Interessierte auf dich zukommen.',
  },
  'post.self-promotion': {
    en: 'This is mostly about you: add what readers can take from it, or thank the people who helped.',
    de: 'Hier geht es vor allem um dich: Ergänze, was Lesende daraus mitnehmen können, oder dank den Menschen, die geholfen haben.',
  },
  'post.too-personal': {
    en: 'This is private life without a professional angle: link it to a lesson or your work, or share it elsewhere.',
    de: 'Das ist Privatleben ohne beruflichen Bezug: Verbinde es mit einer Erkenntnis oder deiner Arbeit, oder teil es anderswo.',
  },
  'post.no-conversation': {
    en: 'End with a question or an invitation to reply: conversations start in the comments.',
    de: 'Schliess mit einer Frage oder einer Einladung zum Antworten: Gespräche beginnen in den Kommentaren.',
  },
  'post.hashtags': {
    en: '{count} hashtags: keep to {max} or fewer that really fit.',
    de: '{count} Hashtags: Beschränk dich auf höchstens {max}, die wirklich passen.',
  },
  'post.wall-of-text': {
    en: 'A block of {chars} characters without a break is hard to read: split it into short paragraphs.',
    de: 'Ein Block von {chars} Zeichen ohne Absatz ist schwer zu lesen: Teil ihn in kurze Absätze.',
  },
  'post.hook': {
    en: 'Your first line runs past the "…see more" fold: open with one short sentence that makes people want to read on.',
    de: 'Deine erste Zeile reicht über die «…mehr anzeigen»-Grenze: Beginn mit einem kurzen Satz, der neugierig macht.',
  },
  'comment.generic': {
    en: 'This could stand under any post: add a thought, an experience or a question about this one.',
    de: 'Das könnte unter jedem Beitrag stehen: Ergänze einen Gedanken, eine Erfahrung oder eine Frage zu diesem.',
  },
  'comment.sales-pitch': {
    en: 'Pitching in comments rarely wins trust: add to the discussion, and people will look you up.',
    de: 'Verkaufen in Kommentaren schafft selten Vertrauen: Trag zur Diskussion bei, dann schauen sich die Leute dein Profil an.',
  },
};

export const LABELS: Record<RuleId, Text> = {
  'invite.empty': { en: 'Invitation without a note', de: 'Einladung ohne Notiz' },
  'invite.placeholder': { en: 'Leftover placeholder', de: 'Vergessener Platzhalter' },
  'invite.wrong-name': { en: 'Wrong name', de: 'Falscher Name' },
  'invite.generic': { en: 'Template note', de: 'Notiz nach Vorlage' },
  'invite.duplicate': { en: 'Same note as before', de: 'Gleiche Notiz wie zuvor' },
  'invite.sales-pitch': { en: 'Sales pitch in an invitation', de: 'Verkauf in der Einladung' },
  'post.engagement-bait': { en: 'Engagement bait', de: 'Interaktions-Köder' },
  'post.sales-pitch': { en: 'Hard selling', de: 'Harter Verkauf' },
  'post.self-promotion': { en: 'Self-promotion', de: 'Selbstdarstellung' },
  'post.too-personal': { en: 'Too personal', de: 'Zu privat' },
  'post.no-conversation': { en: 'No invitation to reply', de: 'Keine Einladung zum Gespräch' },
  'post.hashtags': { en: 'Too many hashtags', de: 'Zu viele Hashtags' },
  'post.wall-of-text': { en: 'Wall of text', de: 'Textwand' },
  'post.hook': { en: 'Opening cut off', de: 'Einstieg abgeschnitten' },
  'comment.generic': { en: 'Generic comment', de: 'Allerwelts-Kommentar' },
  'comment.sales-pitch': { en: 'Sales pitch in a comment', de: 'Verkauf im Kommentar' },
};

export const DESCRIPTIONS: Record<RuleId, Text> = {
  'invite.empty': { en: 'No note, or only a greeting or emoji.', de: 'Keine Notiz oder nur Gruss oder Emoji.' },
  'invite.placeholder': { en: 'Template slots like [Name] or {first_name}.', de: 'Platzhalter wie [Name] oder {Vorname}.' },
  'invite.wrong-name': { en: 'Greets someone other than the recipient (nicknames are fine).', de: 'Begrüsst jemand anderen als die eingeladene Person (Spitznamen sind ok).' },
  'invite.generic': { en: 'Stock phrases with nothing specific about the person.', de: 'Floskeln ohne Konkretes zur Person.' },
  'invite.duplicate': { en: 'Nearly the same note as one sent to someone else (compares fingerprints, never texts).', de: 'Fast dieselbe Notiz wie an jemand anderen (vergleicht Fingerabdrücke, keine Texte).' },
  'invite.sales-pitch': { en: 'Offers, prices, demos or sales calls.', de: 'Angebote, Preise, Demos oder Verkaufsgespräche.' },
  'post.engagement-bait': { en: '"Like if…", "comment YES", "tag 3 people".', de: '«Like, wenn…», «Kommentiere JA», «Markiere 3 Personen».' },
  'post.sales-pitch': { en: 'Prices, discounts, "buy now", "DM me to get".', de: 'Preise, Rabatte, «jetzt kaufen», «schreib mir für…».' },
  'post.self-promotion': { en: 'Only about your own achievements.', de: 'Nur über eigene Erfolge.' },
  'post.too-personal': { en: 'Private life with no professional angle.', de: 'Privates ohne beruflichen Bezug.' },
  'post.no-conversation': { en: 'A longer post without a question.', de: 'Ein längerer Beitrag ohne Frage.' },
  'post.hashtags': { en: 'More than 5 hashtags.', de: 'Mehr als 5 Hashtags.' },
  'post.wall-of-text': { en: 'Long blocks without paragraphs.', de: 'Lange Blöcke ohne Absätze.' },
  'post.hook': { en: 'First line cut off behind "…see more".', de: 'Erste Zeile hinter «…mehr anzeigen» abgeschnitten.' },
  'comment.generic': { en: 'A comment that could stand under any post.', de: 'Ein Kommentar, der unter jedem Beitrag stehen könnte.' },
  'comment.sales-pitch': { en: 'A comment that pitches an offer.', de: 'Ein Kommentar, der ein Angebot anpreist.' },
};

const FALLBACK_PARAM: Record<Lang, Record<string, string>> = {
  en: { expected: 'this person', name: 'someone', token: 'placeholder' },
  de: { expected: 'diese Person', name: 'jemanden', token: 'Platzhalter' },
};

/** The message for a finding in the UI language. Unknown ids return the id; missing params fall back to neutral words. */
export function formatMessage(messageId: string, params: Record<string, string | number> | undefined, lang: Lang): string {
  const l: Lang = lang === 'de' ? 'de' : 'en';
  const entry = Object.prototype.hasOwnProperty.call(MESSAGES, messageId) ? MESSAGES[messageId] : undefined;
  if (!entry) return messageId;
  return entry[l].replace(/\{(\w{1,20})\}/g, (_, k: string) => {
    const v = params && Object.prototype.hasOwnProperty.call(params, k) ? params[k] : undefined;
    if (v !== undefined && v !== '') return String(v);
    return FALLBACK_PARAM[l][k] ?? '';
  });
}

export function ruleLabel(id: RuleId, lang: Lang): string {
  return LABELS[id]?.[lang === 'de' ? 'de' : 'en'] ?? id;
}
export function ruleDescription(id: RuleId, lang: Lang): string {
  return DESCRIPTIONS[id]?.[lang === 'de' ? 'de' : 'en'] ?? id;
}
