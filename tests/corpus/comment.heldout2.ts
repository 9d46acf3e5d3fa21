import { C, named } from './types';

// Second held-out split: written after the first tuning round, before looking at held-out errors.
const h = true;
const letters = 'We stopped asking candidates for cover letters. Applications went up 40% and quality did not drop.';
const kita = 'Unsere Kita hat seit diesem Sommer flexible Abholzeiten bis 18:30.';

export default named('comment-heldout2', [
  C('en', ['comment.generic'], 'Great insights! 👏', { post: letters }),
  C('de', ['comment.generic'], 'Super, danke für den Beitrag!', { post: kita }),
  C('en', ['comment.generic'], 'Absolutely agree 💯🙌', { post: letters }),
  C('de', ['comment.generic'], 'Wow 👏👏', { post: kita }),
  C('en', ['comment.generic'], 'Thank you for sharing, Laura!', { post: letters }),
  C('de', ['comment.generic'], 'Spannend, merci!', { post: kita }),

  C('en', ['comment.sales-pitch'], 'Interesting! Our AI screening tool removes the need for cover letters entirely – book a free demo via the link in my profile.', { post: letters }),
  C('de', ['comment.sales-pitch'], 'Toll! Wir bieten Kitas eine App für flexible Abholzeiten an – gerne zeige ich Ihnen unser Angebot, schreiben Sie mir eine PN.', { post: kita, hard: h }),
  C('en', ['comment.sales-pitch'], 'So true! If anyone needs help rewriting job ads, I offer a 20% discount this month. DM me.', { post: letters, hard: h }),

  C('en', [], 'We did the same two years ago. One surprise: we got many more applications from career changers, who often felt their CV alone did not explain their story. Did you see that too?', { post: letters, hard: h }),
  C('de', [], 'Wie finanziert ihr die zusätzliche Betreuungszeit? Bei uns scheitert es genau daran.', { post: kita }),
  C('en', [], 'Agreed, with one caveat: for roles that are mostly writing, we still ask for a short writing sample instead.', { post: letters, hard: h }),
  C('de', [], 'Danke! Das ist genau das Argument, das ich unserer Gemeinde schon lange vorlege. Darf ich euren Beitrag an die Schulpflege weiterleiten?', { post: kita, hard: h }),
  C('en', [], 'Congrats on taking the step. The Harvard study on structured interviews might interest you, it is free to read and has good data on what predicts performance.', { post: letters, hard: h }),
  C('de', [], 'Bei uns in der Pflege wäre das auch dringend nötig. Viele Kolleginnen arbeiten Schicht und finden keine passende Betreuung.', { post: kita, hard: h }),
  C('en', [], 'Love this. Our team dropped them too and our interview panel now spends the saved time on a proper work sample.', { post: letters, hard: h }),
]);
