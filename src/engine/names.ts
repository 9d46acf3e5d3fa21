/**
 * Person names: parsing a display name ("Dr. Anna Müller-Frei, MBA (she/her)"), comparing a name
 * written in a note with it (umlauts as ae/oe/ue, ß/ss, typos of doubled letters, ph/f), and the
 * short forms and nicknames of first names (a small table plus a general prefix/diminutive rule).
 */
import { fold } from './text';
import { TITLES } from './lexicon';

/** A comparison key for a single name token: folded, umlaut digraphs merged, ph->f, th->t, doubles collapsed. */
export function nameKey(token: string): string {
  let k = fold(token).s.replace(/[^a-z\p{L}]/gu, '');
  k = k.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ph/g, 'f').replace(/th/g, 't').replace(/ck/g, 'k').replace(/y/g, 'i');
  return k.replace(/(.)\1+/g, '$1');
}

/** Groups of names that stand for each other (keys as produced by nameKey). */
const NICK_GROUPS: readonly string[] = [
  'alex alexander alexandra alexandre alessandro alejandro alexis sascha sasha sandro sandra sandy xander lex',
  'chris christian christina christine christoph christof christopher kristina kristin christa chrigi chrigu kris kristian',
  'sepp seppi josef joseph jose joe sepl pepe',
  'hans johannes johann hannes hansi jo john jack johnny jonny jon',
  'hanna hannah johanna hanni jo',
  'ruedi rudolf rudi ruedu dolf',
  'koebi jakob jacob jakobus jack jake kobi koebi',
  'andi andreas andrew andy andrea anderl res resli reto',
  'tom thomas tommy tomi thom',
  'mike michael micha michi mick mikey michel miguel',
  'kathi katharina katrin kathrin catherine katherine kate katie cathy kati kat kaethi kathy',
  'steffi stefanie stephanie steph stefi',
  'stef stefan stephan steve steven stephen stevie',
  'susi susanne susan sue suzanne susanna',
  'beni benjamin ben benedikt benno benny',
  'dani daniel daniela dan danny dany',
  'matthias mathias matt matthew matze mats matteo',
  'nick nicholas nicolas niklaus klaus nico niki nik claus',
  'bob robert rob bobby robbie robi',
  'bill william will willy billy liam wilhelm willi',
  'liz elizabeth elisabeth lisa betty beth lis sabeth elsbeth eliza lisbeth elsi',
  'maggie margaret margrit gret greta margarete grit meg gretli margaretha',
  'fritz friedrich fred frederick fredi alfred freddy',
  'heinz heinrich heiri henry hank heini hinrich',
  'jim james jimmy jamie',
  'bea beatrice beatrix trix',
  'vroni veronika veronica',
  'resi theresa therese teresa tessa',
  'lena helena magdalena leni',
  'franz franziska francesca frank franziskus fraenzi francis franky',
  'flo florian florence',
  'pat patrick patricia patty trish paddy',
  'jenny jennifer jen',
  'sam samuel samantha sammy',
  'max maximilian maxim maximiliane maxi',
  'phil philipp philip phillip pippa',
  'ueli ulrich uli ulli ulrike',
  'wolfi wolfgang wolf',
  'toni anton antonia tony anthony antonio',
  'edi eduard edward ed eddie teddy',
  'moni monika monica',
  'gabi gabriele gabriela gabriel gabby',
  'manu manuel manuela emanuel',
  'isi isabel isabelle isabella bella',
  'koni konrad conrad kurt',
  'dave david davide',
  'rich richard rick dick ricky richi',
  'vali valentin valentina',
  'lukas luke luca lucas luki',
  'seb sebastian basti bastian',
  'flo florian',
  'kati kathrin',
  'geri gerhard gerold',
  'domi dominik dominique dominic',
  'pesche peter pete petra',
  'hampi hanspeter hp hans-peter',
  'marc marco mark markus marcus',
  'nadi nadine nadja',
  'sabi sabine',
  'jo josephine josefine fini',
  'ricki ricarda',
  'vreni verena',
  'chrigel christian',
  'pia olympia',
  'sina nesrin',
];
const NICK = new Map<string, Set<number>>();
NICK_GROUPS.forEach((g, i) => {
  for (const n of g.split(' ')) {
    const k = nameKey(n);
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

/** Parses a LinkedIn display name. Returns null when nothing name-like is left. */
export function parseName(name: string | undefined): ParsedName | null {
  if (!name) return null;
  // cut at separators that introduce non-name material: "Anna Müller, MBA", "Anna Müller | Coach", "(she/her)"
  let n = name.slice(0, 200);
  const cut = n.search(/[,|(\[{•·–—:;\/]| - /);
  if (cut > 0) n = n.slice(0, cut);
  const parts = n.split(/[\s\u00a0]+/).filter(Boolean);
  const keys: string[] = [];
  let first = '';
  let firstDisplay = '';
  for (const raw of parts) {
    const bare = raw.replace(/[^\p{L}\p{M}'\-.]/gu, '');
    const tkey = fold(bare).s.replace(/[.\-']/g, '');
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

/** Does the single name token `written` (as in the note) refer to someone called `person`? */
export function sameName(written: string, person: ParsedName): boolean {
  const w = nameKey(written);
  if (!w) return true;
  for (const k of person.keys) {
    if (k === w || transposed(k, w)) return true;
  }
  const first = person.first;
  if (!first) return false;
  // nickname table
  const gw = NICK.get(w);
  if (gw) {
    for (const k of person.keys) {
      const gk = NICK.get(k);
      if (gk) for (const g of gk) if (gw.has(g)) return true;
    }
  }
  // short forms: "Alex" for Alexandra, "Chris" for Christina, "Max" for Maximilian (and the reverse)
  if (w.length >= 3 && first.startsWith(w)) return true;
  if (first.length >= 3 && w.startsWith(first)) return true;
  // diminutives: Steffi, Andi, Michi, Susi, Ruedi, Anni: stem + i/y/ie/li/le
  const m = /^(.{3,}?)(?:li|le|el|i|ie|y)$/.exec(w);
  if (m && m[1] && first.startsWith(m[1])) return true;
  return false;
}
