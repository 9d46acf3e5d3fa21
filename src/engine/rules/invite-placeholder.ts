/**
 * invite.placeholder: a template slot left in the note: `[Name]`, `<Firma>` with a slot word or in
 * capitals, `{first_name}`/`{{company}}`, `%NAME%`, `XXX`, `XY`, `___`, capitalised slot words
 * (`NAME`). Code (`Map<K, V>`, `{{ loop.index }}`) and citations (`[Nature, 2023]`) are no slots.
 * Inputs: text. The slots are a shared signal: invite.generic ignores a reference a slot completes.
 */
import { MAX_SCAN, type Rule } from '../context';
import { fold } from '../text';

/** a slot needs one of these heads ... */
const PLACEHOLDER_HEADS = new Set(
  ('name firstname lastname surname fullname vorname nachname company companyname firma firmenname unternehmen organisation organization ' +
    'position title jobtitle role rolle funktion industry branche city stadt ort event anlass veranstaltung topic thema insert einfuegen ' +
    'anrede recipient empfaenger date datum link url product produkt school university hochschule department abteilung contact kontakt ' +
    'x xx xxx xy placeholder platzhalter skill hobby country land kanton prospect').split(' '),
);
/** ... and may otherwise hold only these words */
const PLACEHOLDER_WORDS = new Set(
  ('names first last job uni person field bereich your my dein deine ihr ihre mein meine des der here hier custom personalize ' +
    'personalisieren mutual connection sender absender signature signatur interest interesse post beitrag article artikel team region ' +
    'service dienstleistung benefit goal ziel lead account client kunde of the die or oder and und from von at bei').split(' '),
);


const BRACKET_RE = /\[([^\[\]\n]{1,50})\]|<([^<>\n]{1,40})>|\{\{?([^{}\n]{1,40})\}?\}|%([A-Za-z_][A-Za-z0-9_ ]{1,30})%|(?<![\p{L}\p{N}])(XXX+|xxx+|XY)(?![\p{L}\p{N}])|_{3,}|\.{4,}/gu;
const CAPS_SLOT_RE = /(?<![\p{L}\p{N}])(NAME|VORNAME|NACHNAME|FIRSTNAME|FIRST_NAME|LASTNAME|COMPANY|FIRMA|UNTERNEHMEN|POSITION|TITLE|ANREDE)(?![\p{L}\p{N}])/gu;

function isSlot(content: string, strictCaps: boolean): boolean {
  const trimmed = content.trim();
  if (!trimmed) return true;
  if (/_/.test(trimmed)) return true;
  if (/^(?:\.{2,}|…|x+|\?+|-+)$/i.test(trimmed)) return true;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  // "[NAME]", "<FIRMA>": a capitalised word of two letters or more ("<K, V>" is code, not a slot)
  if (strictCaps && /\p{Lu}{2,}/u.test(trimmed) && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\d/.test(trimmed)) return true;
  const words = fold(trimmed).s.split(/[^a-z\p{L}]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (!words.some((w) => PLACEHOLDER_HEADS.has(w))) return false;
  // "[conference name]", "[client company]": any short phrase that ends in a slot head
  if (words.length <= 3 && PLACEHOLDER_HEADS.has(words[words.length - 1]!)) return true;
  return words.every((w) => PLACEHOLDER_WORDS.has(w) || PLACEHOLDER_HEADS.has(w) || w.length <= 3);
}

/** Template slots ([Name], {{company}}, XXX, NAME) in the text: [start, end, token], in order, at most 20. */
export function findSlots(text: string): [number, number, string][] {
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const out: [number, number, string][] = [];
  BRACKET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = BRACKET_RE.exec(t)) !== null && n < 200 && out.length < 20) {
    n++;
    const whole = m[0];
    let slot = false;
    if (m[1] !== undefined) slot = isSlot(m[1], true);
    else if (m[2] !== undefined) slot = !/[\p{L}\p{N}]/u.test(t[m.index - 1] ?? '') && isSlot(m[2], true); // Map<K, V>, List<String>: code
    else if (m[3] !== undefined) {
      // {first_name}, {{contact.firstname}}: a slot names what goes there; {{ loop.index }} is code
      const words = fold(m[3]).s.split(/[^a-z\p{L}]+/u).filter(Boolean);
      slot = /^\s{0,3}[\p{L}_][\p{L}\p{N}_ .\-]{0,30}$/u.test(m[3]) && m[3].trim().split(/\s+/).length <= 4 && (words.some((w) => PLACEHOLDER_HEADS.has(w)) || /^\s*[\p{Lu}_]{2,}\s*$/u.test(m[3]));
    }
    else if (m[4] !== undefined) slot = true;
    else slot = true; // XXX, XY, ___, ....
    if (whole.startsWith('.')) slot = false; // an ellipsis of four dots is punctuation
    if (slot) out.push([m.index, m.index + whole.length, whole.slice(0, 40)]);
  }
  // NAME, FIRMA in capitals count only where no bracketed slot was found
  if (out.length === 0) {
    CAPS_SLOT_RE.lastIndex = 0;
    const cm = CAPS_SLOT_RE.exec(t);
    if (cm) out.push([cm.index, cm.index + cm[0].length, cm[0]]);
  }
  return out;
}

export const rule: Rule = {
  id: 'invite.placeholder',
  check(ctx) {
    const slot = ctx.sig.slots[0];
    return slot ? { start: slot[0], end: slot[1], params: { token: slot[2] } } : null;
  },
};
