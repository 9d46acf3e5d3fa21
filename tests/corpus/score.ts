/** Scores the engine on the labelled corpus: per rule precision/recall/F1, and false alarms on clean cases. */
import { analyze } from '../../src/engine/index';
import { RULE_IDS, type RuleId, type Surface } from '../../src/engine/types';
import type { CorpusCase } from './types';
import inviteDev from './invite.dev';
import inviteHeld from './invite.heldout';
import postDev from './post.dev';
import postHeld from './post.heldout';
import commentDev from './comment.dev';
import commentHeld from './comment.heldout';
import inviteHeld2 from './invite.heldout2';
import postHeld2 from './post.heldout2';
import commentHeld2 from './comment.heldout2';
import inviteHeld3 from './invite.heldout3';
import postHeld3 from './post.heldout3';
import commentHeld3 from './comment.heldout3';
import blind4 from './blind4';
import inviteHeld4 from './invite.heldout4';
import postHeld4 from './post.heldout4';
import commentHeld4 from './comment.heldout4';
import inviteHeld5 from './invite.heldout5';
import postHeld5 from './post.heldout5';
import commentHeld5 from './comment.heldout5';
import inviteHeld6 from './invite.heldout6';
import postHeld6 from './post.heldout6';
import commentHeld6 from './comment.heldout6';
import inviteHeld7 from './invite.heldout7';
import postHeld7 from './post.heldout7';
import commentHeld7 from './comment.heldout7';
import inviteHeld8 from './invite.heldout8';
import postHeld8 from './post.heldout8';
import commentHeld8 from './comment.heldout8';
import inviteHeld9 from './invite.heldout9';
import postHeld9 from './post.heldout9';
import commentHeld9 from './comment.heldout9';
import inviteHeld10 from './invite.heldout10';
import postHeld10 from './post.heldout10';
import commentHeld10 from './comment.heldout10';
import inviteHeld11 from './invite.heldout11';
import postHeld11 from './post.heldout11';
import commentHeld11 from './comment.heldout11';
import inviteHeld12 from './invite.heldout12';
import postHeld12 from './post.heldout12';
import commentHeld12 from './comment.heldout12';
import inviteHeld13 from './invite.heldout13';
import postHeld13 from './post.heldout13';
import commentHeld13 from './comment.heldout13';
import inviteHeld14 from './invite.heldout14';
import postHeld14 from './post.heldout14';
import commentHeld14 from './comment.heldout14';
import inviteHeld15 from './invite.heldout15';
import postHeld15 from './post.heldout15';
import commentHeld15 from './comment.heldout15';
import inviteHeld16 from './invite.heldout16';
import postHeld16 from './post.heldout16';
import commentHeld16 from './comment.heldout16';
import inviteHeld17 from './invite.heldout17';
import postHeld17 from './post.heldout17';
import commentHeld17 from './comment.heldout17';
import inviteHeld18 from './invite.heldout18';
import postHeld18 from './post.heldout18';
import commentHeld18 from './comment.heldout18';
import inviteHeld19 from './invite.heldout19';
import postHeld19 from './post.heldout19';
import commentHeld19 from './comment.heldout19';

export type Split = 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'blind4' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19';
/**
 * dev: tuned on. heldout: written before the engine, scored once per tuning round (its first-round
 * errors were then studied, so it is no longer blind). heldout2: written after round one, scored blind
 * once, then studied. heldout3: written after round two, scored blind once, then studied.
 * blind4: written after all tuning, scored once for the final report.
 * heldout4: hard cases written for issue #3 (to bring every surface to >= 50% hard), scored blind once
 * (tests/corpus/results-heldout4-blind.txt), then studied: its misses were fixed with general rules
 * (phrase families, nickname forms, comment vocabulary), never case-specific patterns. Not gated by the floors.
 * heldout5: a fresh blind split for issue #3 (about half German, most cases hard, ~45% clean), written from
 * docs/rules.md without reading the engine's phrase lists and scored blind once (tests/corpus/results-heldout5-blind.txt),
 * then studied: its misses were fixed with general rules. The floors now gate ALL.
 * heldout6: another fresh blind split for issue #3 (about half German, most cases hard, ~45% clean), written from
 * docs/rules.md without reading the engine's phrase lists or earlier splits' texts, scored blind once
 * (tests/corpus/results-heldout6-blind.txt), then studied and fixed with general rules like the others; gated.
 * heldout7: a final fresh blind split for issue #3 (about half German, most cases hard, ~45% clean) in styles the
 * earlier splits tested less (one-liners, formal German letters, Swiss German dialect, non-native English, Gen-Z,
 * executives, academics, public sector, NGOs, trades, MLM, crypto, course sellers, recruiters, referrals, layoffs),
 * written from docs/rules.md without reading the engine's phrase lists or earlier splits' texts, scored blind once
 * (tests/corpus/results-heldout7-blind.txt), then studied and fixed with general rules; gated.
 * heldout8: the final fresh blind split for issue #3 (about half German, ~65% hard or more, ~50% clean): a realistic
 * cross-section of an ordinary LinkedIn week in Switzerland/DACH and beyond (notes after events and meetings, template
 * notes, recruiter and sales outreach, job changes, lessons, company news, hiring, events, opinions, personal stories,
 * polls, holidays, congratulations, questions, disagreement, plugs), written from docs/rules.md without reading the engine's
 * phrase lists or earlier splits' texts, scored blind once (tests/corpus/results-heldout8-blind.txt); ungated.
 * heldout9: the final blind measurement for issue #3 (about 230 cases, about half German, >= 60% hard, ~50% clean): a fresh
 * cross-section of an ordinary LinkedIn week in Switzerland/DACH and beyond in many voices and sectors, written from
 * docs/rules.md without reading the engine's phrase lists or earlier splits' texts, scored blind once
 * (tests/corpus/results-heldout9-blind.txt), then studied and fixed with general rules; gated.
 * heldout10: a fresh blind split for issue #3 (about 265 cases, about half German, >= 70% hard, ~45-50% clean) in many
 * voices and sectors, written from docs/rules.md without reading the engine's phrase lists, its results or earlier splits' texts;
 * scored blind once on engine a7d37e9 (tests/corpus/results-heldout10-blind.txt: micro precision 0.957, recall 0.849),
 * then studied and fixed with general rules (quoted phrases are mentions, template slots void the reference they
 * complete, names addressed between commas, Swiss German pitches, compound nouns); gated.
 * heldout11: a fresh blind split for issue #3 (about 250 cases, about half German, >= 75% hard, ~45-50% clean) in voices
 * the corpus under-represents (dairies, watchmakers, hotels, trucking, notaries, cantons, schools, nursing, cyber, NGOs,
 * layoffs, returners, retirees, expats), written from docs/rules.md without reading the engine's code or phrase lists, its results
 * or earlier splits' texts; scored blind once on engine 8d42b55 (tests/corpus/results-heldout11-blind.txt: micro precision
 * 0.951, recall 0.895), then studied and fixed with general rules (a thank-you for a conversation is a reference, names
 * closing a thank-you clause, nominalised verbs and first-person verbs are no call to act, Swiss dash prices, promised
 * results and deadline offers in comments, Swiss German bait and pitches); gated.
 * heldout12: a fresh blind split for issue #3 (about 275 cases, about half German, >= 65% hard, ~45-50% clean), mostly
 * Germany-German and Austrian voices (Mittelstand, automotive suppliers, tourism, public sector, startups, banking, energy,
 * HR, agencies, healthcare, tax advisers, academics, returners, expats), written from docs/rules.md without reading the engine's
 * code or phrase lists, its results or earlier splits' texts; scored blind once on engine 68fb1d7
 * (tests/corpus/results-heldout12-blind.txt: micro precision 0.979, recall 0.856), then studied and fixed with general
 * rules (free periods, Erstgespräch, 'sagt Bescheid', keyword DMs, verbless bait, pets, races and pasta as private life,
 * template words are no proper nouns, 'Thanks again, Jonas,'); gated.
 * heldout13: a fresh blind split for issue #3 (about 275 cases, about half German, >= 65% hard, ~45-50% clean), regional
 *   everyday LinkedIn (trades, farms, care, police, fire brigades, army, clubs, founders, sales, MLM, crypto); scored blind
 *   once on engine 05be67d (tests/corpus/results-heldout13-blind.txt: micro precision 0.986, recall 0.890), then studied and
 *   fixed with general rules (phrases listed after "the phrases:", scarcity needs a noun, MLM brags, 'verdreifacht', pets,
 *   sports scores and weddings as private life, recruiter and agent comment pitches); gated.
 * heldout14: a fresh blind split for issue #3 (about 290 cases, about half German, >= 65% hard, ~45-50% clean), the voices
 *   that write most on LinkedIn (sales, HR, coaches, founders, clinicians, teachers, students, public servants); scored
 *   blind once on engine 59dcac3 (tests/corpus/results-heldout14-blind.txt: micro precision 0.994, recall 0.924), then
 *   studied and fixed with general rules (an emoji ending a line is no vote, a question in quotes asks nothing, 'we've
 *   built/launched a … tool', 'we've supported 40+ …', clinics and start-ups 'wie Ihre', record brags, number votes); gated.
 * heldout15: a fresh blind split for issue #3 (269 cases, about half German, >= 65% hard, ~45% clean), an ordinary LinkedIn week; the final measurement of the session; scored blind once
 *   on engine 1b15496 (tests/corpus/results-heldout15-blind.txt: micro precision 0.987, recall 0.876), then studied and
 *   fixed with general rules (hashtags neither thank nor teach, self-made and booked-out brags, quoted phrases in
 *   comments, 'liebe Frau Keller,' mid-sentence, emoji votes and fire emoji under a post, 'können einen Termin buchen'
 *   describes a feature); gated.
 * heldout16: fresh blind split (about 100 invites, 100 posts, 65 comments; half German), labelled from docs/rules.md only; scored blind once on engine 8e06eb7
 *   (tests/corpus/results-heldout16-blind.txt: micro precision 0.981, recall 0.900), then studied and fixed with general
 *   rules (a pitch phrase followed by '?' is questioned, bare 'discount' is a topic, 'Sandra!' closing a sentence, lifetime
 *   deals and first-100 offers, recruiter pitches, 'me at 22 / me at 35' brags, reposts as a condition); gated.
 * heldout17: fresh blind split (invites, posts, comments; EN/DE incl. Swiss, Austrian; mostly hard cases), labelled from docs/rules.md only; scored blind once on engine 2e97477
 *   (tests/corpus/results-heldout17-blind.txt: micro precision 0.975, recall 0.881), then studied and fixed with general
 *   rules (single-quoted phrases are mentions, 'say no to' is an idiom, bare 'Rabatt' is a topic, flat prices, money-back
 *   promises, authors and partners as brags, birthdays and new cars picked up, 'wie abgemacht'); gated.
 * heldout18: a fresh ordinary DACH/international LinkedIn week, written from docs/rules.md only; scored blind once on engine
 *   e5b3b6d, the last engine of session 3 (tests/corpus/results-heldout18-blind.txt: micro precision 0.987, recall 0.948),
 *   then studied and fixed with general rules (an empty note can greet the wrong person, 'kein Black Friday', bare 'Rabatt'
 *   in comments, candidates available, certificates and awards as brags, ski holidays); gated.
 * heldout19: blind, written for the session's final engine (ordinary LinkedIn week, DACH and beyond, ~2/3 hard); scored blind once on engine 33d53bd,
 *   the final engine of session 3 (tests/corpus/results-heldout19-blind.txt: micro precision 0.986, recall 0.922), then studied
 *   and fixed with general rules (a slot voids a reference only when nothing concrete follows it, 'ich bin gespannt' invites
 *   replies only when it is about the readers, prices 'für nur CHF 89', emoji in the comments, Büros and Mandanten as work); gated.
 * A new blind split goes into UNGATED until it has been scored once and its result kept.
 */
export const SPLITS: Record<Split, CorpusCase[]> = {
  dev: [...inviteDev, ...postDev, ...commentDev],
  heldout: [...inviteHeld, ...postHeld, ...commentHeld],
  heldout2: [...inviteHeld2, ...postHeld2, ...commentHeld2],
  heldout3: [...inviteHeld3, ...postHeld3, ...commentHeld3],
  blind4,
  heldout4: [...inviteHeld4, ...postHeld4, ...commentHeld4],
  heldout5: [...inviteHeld5, ...postHeld5, ...commentHeld5],
  heldout6: [...inviteHeld6, ...postHeld6, ...commentHeld6],
  heldout7: [...inviteHeld7, ...postHeld7, ...commentHeld7],
  heldout8: [...inviteHeld8, ...postHeld8, ...commentHeld8],
  heldout9: [...inviteHeld9, ...postHeld9, ...commentHeld9],
  heldout10: [...inviteHeld10, ...postHeld10, ...commentHeld10],
  heldout11: [...inviteHeld11, ...postHeld11, ...commentHeld11],
  heldout12: [...inviteHeld12, ...postHeld12, ...commentHeld12],
  heldout13: [...inviteHeld13, ...postHeld13, ...commentHeld13],
  heldout14: [...inviteHeld14, ...postHeld14, ...commentHeld14],
  heldout15: [...inviteHeld15, ...postHeld15, ...commentHeld15],
  heldout16: [...inviteHeld16, ...postHeld16, ...commentHeld16],
  heldout17: [...inviteHeld17, ...postHeld17, ...commentHeld17],
  heldout18: [...inviteHeld18, ...postHeld18, ...commentHeld18],
  heldout19: [...inviteHeld19, ...postHeld19, ...commentHeld19],
};
/** Blind splits not yet gated by the quality floors (tests/unit/engine/floors.test.ts scores ALL minus these). */
export const UNGATED: Split[] = [];
/** The tuned splits (gated by the floors test). */
export const TUNED: CorpusCase[] = [...SPLITS.dev, ...SPLITS.heldout, ...SPLITS.heldout2];
/** Everything, including the blind splits. */
export const ALL: CorpusCase[] = [...TUNED, ...SPLITS.heldout3, ...SPLITS.blind4, ...SPLITS.heldout4, ...SPLITS.heldout5, ...SPLITS.heldout6, ...SPLITS.heldout7, ...SPLITS.heldout8, ...SPLITS.heldout9, ...SPLITS.heldout10, ...SPLITS.heldout11, ...SPLITS.heldout12, ...SPLITS.heldout13, ...SPLITS.heldout14, ...SPLITS.heldout15, ...SPLITS.heldout16, ...SPLITS.heldout17, ...SPLITS.heldout18, ...SPLITS.heldout19];
/** ALL minus the UNGATED splits: what the quality floors gate. */
const ungatedCases = new Set(UNGATED.flatMap((s) => SPLITS[s]));
export const GATED: CorpusCase[] = ALL.filter((c) => !ungatedCases.has(c));

/** How a set of cases is made up, per surface: how many, and the share of hard and of German cases. */
export interface SurfaceMix { surface: Surface; cases: number; hard: number; german: number; hardShare: number; germanShare: number }
export function composition(cases: CorpusCase[]): SurfaceMix[] {
  return (['invite', 'post', 'comment'] as const).map((surface) => {
    const of = cases.filter((c) => c.surface === surface);
    const hard = of.filter((c) => c.hard).length;
    const german = of.filter((c) => c.lang === 'de').length;
    const n = of.length;
    return { surface, cases: n, hard, german, hardShare: n ? hard / n : 0, germanShare: n ? german / n : 0 };
  });
}

export interface RuleScore { rule: RuleId; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface Mistake { id: string; rule: RuleId; kind: 'fp' | 'fn'; text: string }
export interface CleanShare { surface: Surface; clean: number; withFinding: number; rate: number }
export interface Score {
  cases: number;
  rules: RuleScore[];
  clean: number;
  cleanWithFinding: number;
  cleanFalseAlarmRate: number;
  /** the same share of clean cases with a (scored) finding, per surface */
  cleanBySurface: CleanShare[];
  mistakes: Mistake[];
}

export function fired(c: CorpusCase): Set<RuleId> {
  const r = analyze({ text: c.text, surface: c.surface, recipient: c.recipient, sender: c.sender, history: c.history, post: c.post });
  return new Set(r.findings.map((f) => f.rule));
}

export function score(cases: CorpusCase[]): Score {
  const counts = new Map<RuleId, { tp: number; fp: number; fn: number }>();
  for (const id of RULE_IDS) counts.set(id, { tp: 0, fp: 0, fn: 0 });
  const mistakes: Mistake[] = [];
  let clean = 0;
  let cleanWithFinding = 0;
  const bySurface = new Map<Surface, { clean: number; withFinding: number }>();
  for (const c of cases) {
    const got = fired(c);
    const skip = new Set(c.skip ?? []);
    const expect = new Set(c.expect);
    for (const id of RULE_IDS) {
      if (!id.startsWith(c.surface + '.') || skip.has(id)) continue;
      const k = counts.get(id)!;
      if (expect.has(id) && got.has(id)) k.tp++;
      else if (expect.has(id)) { k.fn++; mistakes.push({ id: c.id, rule: id, kind: 'fn', text: c.text }); }
      else if (got.has(id)) { k.fp++; mistakes.push({ id: c.id, rule: id, kind: 'fp', text: c.text }); }
    }
    if (c.expect.length === 0) {
      clean++;
      const k = bySurface.get(c.surface) ?? { clean: 0, withFinding: 0 };
      bySurface.set(c.surface, k);
      k.clean++;
      if ([...got].some((r) => !skip.has(r))) { cleanWithFinding++; k.withFinding++; }
    }
  }
  const rules: RuleScore[] = RULE_IDS.map((rule) => {
    const { tp, fp, fn } = counts.get(rule)!;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { rule, tp, fp, fn, precision, recall, f1 };
  });
  const cleanBySurface = (['invite', 'post', 'comment'] as const).map((surface) => {
    const k = bySurface.get(surface) ?? { clean: 0, withFinding: 0 };
    return { surface, ...k, rate: k.clean ? k.withFinding / k.clean : 0 };
  });
  return { cases: cases.length, rules, clean, cleanWithFinding, cleanFalseAlarmRate: clean ? cleanWithFinding / clean : 0, cleanBySurface, mistakes };
}
