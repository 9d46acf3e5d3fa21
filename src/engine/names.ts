/**
 * Person names: parsing a display name ("Dr. Anna Müller-Frei, MBA (she/her)"), comparing a name
 * written in a note with it (umlauts as ae/oe/ue, ß/ss, typos of doubled letters, ph/f), and the
 * short forms and nicknames of first names (a small table plus a general prefix/diminutive rule).
 */
import { foldPlain } from './text';
import { TITLES } from './words';

/** A comparison key for a single name token: folded, umlaut digraphs merged, ph->f, th->t, doubles collapsed. */
export function nameKey(token: string): string {
  let k = foldPlain(token).replace(/[^a-z\p{L}]/gu, '');
  // 'Rüedi' folds to 'rueedi': one 'e' belongs to the umlaut, so it meets 'Ruedi' and 'Rudi'
  k = k.replace(/([aou])ee/g, '$1e');
  k = k.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ph/g, 'f').replace(/th/g, 't').replace(/ck/g, 'k').replace(/y/g, 'i');
  return k.replace(/(.)\1+/g, '$1');
}

/** Groups of names that stand for each other (keys as produced by nameKey). */
// Only pairs the general rules in sameName() cannot derive (prefixes like Alex/Alexandra, Max/Maximilian
// and diminutives like Andi, Steffi, Michi, Ruedi are derived).
const NICK_GROUPS: readonly string[] = [
  'alex sascha sasha sandro sandra sandy xander',
  'chris chrigi chrigu chrigel kris kristina kristin',
  'sepp seppi josef joseph jose joe',
  'hans hannes hansi johannes johann john jack johnny jon',
  'hanna hanni johanna',
  'anna anni annie',
  'anne annie ann',
  'ruedi rudolf rudi',
  'koebi kobi jakob jacob jake',
  'andi andreas andrew andy res resli',
  'mike michael micha mick mikey',
  'kathi katharina katrin kathrin catherine katherine kate katie cathy kati kaethi kathy',
  'steffi stefanie stephanie steph',
  'stef stefan stephan steve steven stephen',
  'sue susanne susan suzanne susanna',
  'beni benjamin ben benedikt benno',
  'matthias mathias matt matthew matze mats',
  'nick nicholas nicolas niklaus klaus nico niki nik claus',
  'bob robert rob bobby robbie robi',
  'bill william will willy billy liam wilhelm willi',
  'liz elizabeth elisabeth lisa betty beth lis sabeth elsbeth eliza lisbeth elsi betsy bess',
  'maggie margaret margrit gret greta margarete grit meg peggy',
  'molly polly mary',
  'sally sarah sara',
  'chuck charles charlie',
  'uschi ursula ursi',
  'heidi adelheid',
  'fritz friedrich fred frederick fredi alfred freddy',
  'heinz heinrich heiri henry hank heini harry',
  'jim james jimmy jamie',
  'bea beatrice beatrix trix',
  'vroni veronika veronica',
  'resi theresa therese teresa tessa',
  'lena helena magdalena leni',
  'franz franziska francesca frank fraenzi francis',
  'pat patrick patricia patty trish paddy',
  'jenny jennifer jen',
  'ueli ulrich uli ulrike',
  'toni anton antonia tony anthony',
  'edi eduard edward ed eddie teddy ned',
  'isi isabel isabelle isabella bella',
  'koni konrad conrad',
  'dave david',
  'rich richard rick dick ricky richi',
  'pesche peter pete',
  'hp hanspeter hampi hanspi',
  'maxu markus mark marc marcus marco',
  'kurt kude',
  'vreni verena',
  'sami samuel',
  'leo len lenny leonard leonhard',
];
const NICK = new Map<string, Set<number>>();
const GROUP_KEYS: string[][] = [];
NICK_GROUPS.forEach((g, i) => {
  GROUP_KEYS.push(g.split(' ').map(nameKey));
  for (const k of GROUP_KEYS[i]!) {
    let s = NICK.get(k);
    if (!s) NICK.set(k, (s = new Set()));
    s.add(i);
  }
});

const TITLE_SET = new Set([...TITLES, 'phd', 'mba', 'msc', 'bsc', 'ma', 'ba', 'cfa', 'cpa', 'lic', 'iur', 'oec', 'med', 'dent', 'eidg', 'mas', 'cas', 'emba', 'llm', 'pmp', 'jr', 'sr']);

export interface ParsedName {
  /** comparison keys of every name token (first, middle, last, parts of double names) */
  keys: string[];
  /** key of the first name, if any */
  first: string;
  /** the first name as written */
  firstDisplay: string;
}

const cache = new Map<string, ParsedName | null>();

/** Parses a LinkedIn display name (cached: the same recipient is parsed on every keystroke). Null when nothing name-like is left. */
export function parseName(name: string | undefined): ParsedName | null {
  if (!name || typeof name !== 'string') return null;
  let r = cache.get(name);
  if (r === undefined) {
    if (cache.size > 256) cache.clear();
    r = parse(name);
    cache.set(name, r);
  }
  return r;
}

/** A nickname in brackets or quotes inside a display name: "Yuhang (Leo) Chen", 'Karen "KB" Bolton'. */
const NICKNAME_RE = /[(\["“„«]\s?(\p{Lu}[\p{L}'.-]{0,20}(?: \p{Lu}[\p{L}'.-]{0,20})?)\s?[)\]"”“»]/u;

function parse(name: string): ParsedName | null {
  let n = name.slice(0, 200);
  // a nickname in brackets or quotes is one of the person's names; the name goes on after it
  const nick = NICKNAME_RE.exec(n);
  if (nick && nick.index > 0) n = n.slice(0, nick.index) + ' ' + nick[1] + ' ' + n.slice(nick.index + nick[0].length);
  // cut at separators that introduce non-name material: "Anna Müller, MBA", "Anna Müller | Coach", "(she/her)"
  const cut = n.search(/[,|(\[{•·–—:;\/]| - /);
  if (cut > 0) n = n.slice(0, cut);
  const parts = n.split(/[\s\u00a0]+/).filter(Boolean);
  const keys: string[] = [];
  let first = '';
  let firstDisplay = '';
  for (const raw of parts) {
    const bare = raw.replace(/[^\p{L}\p{M}'\-.]/gu, '');
    const tkey = foldPlain(bare).replace(/[.\-']/g, '');
    if (!tkey || TITLE_SET.has(tkey)) continue;
    for (const piece of bare.split(/[-.]/)) {
      const k = nameKey(piece);
      if (k.length >= 1) keys.push(k);
    }
    const whole = nameKey(bare);
    if (whole && !keys.includes(whole)) keys.push(whole);
    if (!first) {
      first = nameKey(bare.split(/[-.]/)[0] ?? bare);
      firstDisplay = bare.split(/[-.]/)[0] ?? bare;
    }
  }
  if (keys.length === 0) return null;
  return { keys, first, firstDisplay };
}

function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** One letter added, dropped or changed (Jon/John, Ameet/Amit, Srinvas/Srinivas), for names of four letters or more; three-letter names only by an added h. */
function oneLetterOff(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length > 1 || s.length < 3) return false;
  if (s.length === 3 && !(l.length === 4 && l.replace('h', '') === s)) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

/** Does the single name token `written` (as in the note) refer to someone called `person`? */
export function sameName(written: string, person: ParsedName, oneLetter = true): boolean {
  const w = nameKey(written);
  if (!w) return true;
  for (const k of person.keys) {
    if (k === w || transposed(k, w)) return true;
  }
  const first = person.first;
  if (!first) return false;
  // a first name misspelt by one letter is the same person; a surname so close is often another family (Schneider, Schnyder)
  if (oneLetter && oneLetterOff(first, w)) return true;
  // the full form of a short display name: "Oluwaseun" for Seun, "Babatunde" for Tunde
  const firstPlain = foldPlain(person.firstDisplay);
  if (firstPlain.length >= 4 && foldPlain(written).endsWith(firstPlain)) return true;
  // short forms: "Alex" for Alexandra, "Chris" for Christina, "Max" for Maximilian (and the reverse)
  if (w.length >= 2 && first.startsWith(w)) return true;
  if (first.length >= 3 && w.startsWith(first)) return true;
  // diminutives: Steffi, Andi, Michi, Susi, Ruedi, Anni: stem + i/y/ie/li/le
  const m = /^(.{3,}?)(?:li|le|el|i|ie|y|u)$/.exec(w); // -u: Bernese (Rüedu, Chrigu)
  if (m && m[1] && first.startsWith(m[1])) return true;
  // short forms from inside the name: Lexi (a-lex-andra), Basti (se-bast-ian), Tina (chris-tina). A
  // three-letter ending is too often another name (Ian in Christian, Dan in Jordan), so an ending
  // needs four letters.
  for (const stem of m?.[1] ? [w, m[1]] : [w]) {
    const at = first.indexOf(stem, 1);
    if (at > 0 && stem.length >= 3 && (at + stem.length < first.length || stem.length >= 4)) return true;
  }
  // nickname table: a name of the same group, or a short form of one (Chrigi -> Chris -> Christian)
  const gw = NICK.get(w);
  if (gw) {
    for (const g of gw) {
      for (const alt of GROUP_KEYS[g]!) {
        if (alt === w) continue;
        if (person.keys.includes(alt) || (alt.length >= 3 && first.startsWith(alt))) return true;
      }
    }
  }
  // the reverse: the recipient goes by a nickname (Sepp) and the note uses the full name (Josef) or a short form of it
  const gf = NICK.get(first);
  if (gf) for (const g of gf) for (const alt of GROUP_KEYS[g]!) if (alt === w || (w.length >= 3 && alt.startsWith(w))) return true;
  return false;
}
