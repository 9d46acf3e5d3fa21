import { C, named } from './types';

// Third held-out split: written after the second tuning round; scored once, at the end, never tuned on.
const h = true;
const emails = 'We now send onboarding emails based on what people have done, not on the calendar. Our rating went from 2.9 to 4.3.';
const lehre = 'Als Lehrmeister habe ich dieses Jahr zum ersten Mal zwei Lernende mit ADHS begleitet.';

export default named('comment-heldout3', [
  C('en', ['comment.generic'], 'Nice one! 👍', { post: emails }),
  C('de', ['comment.generic'], 'Chapeau! 👏', { post: lehre }),
  C('en', ['comment.generic'], 'Spot on, Mark.', { post: emails }),
  C('de', ['comment.generic'], 'Sehr wertvoller Beitrag, danke fürs Teilen!', { post: lehre }),
  C('en', ['comment.generic'], 'Inspiring! 🙌🙌', { post: lehre }),

  C('en', ['comment.sales-pitch'], 'Great results! Our email automation platform does this out of the box – DM me for a 30-day free trial.', { post: emails }),
  C('de', ['comment.sales-pitch'], 'Super! Als Coach für Lernende mit ADHS biete ich Betrieben Workshops an – schreiben Sie mir eine Nachricht für ein unverbindliches Angebot.', { post: lehre, hard: h }),

  C('en', [], 'How did you decide which actions trigger which email? We tried this and ended up with 40 different journeys that nobody could maintain.', { post: emails, hard: h }),
  C('de', [], 'Danke, dass du das teilst. Wir haben ähnliche Erfahrungen gemacht – besonders die Pausen als Teil der Arbeit haben bei unserer Lernenden viel verändert.', { post: lehre, hard: h }),
  C('en', [], 'Congrats on the jump from 2.9 to 4.3! We saw the same effect when we stopped sending our newsletter to people in their first week.', { post: emails, hard: h }),
  C('de', [], 'Gibt es dazu Unterlagen vom Berufsbildungsamt? Wir haben nächstes Jahr auch einen Lernenden mit ADHS und sind unsicher.', { post: lehre }),
  C('en', [], 'Totally agree. One thing I would add: ask support which emails trigger the most tickets.', { post: emails, hard: h }),
]);
