import { C, named } from './types';

// Fourth held-out split (issue #3): hard cases written from docs/rules.md only, scored blind once
// (results-heldout4-blind.txt) before anyone tunes on them.
const h = true;
const kitchen = 'We closed our restaurant kitchen on Mondays and paid the team anyway. Sick days dropped by half and two cooks who had handed in their notice stayed.';
const zoll = 'Nach 30 Jahren beim Zoll wechsle ich in die Ausbildung: Ab Januar unterrichte ich angehende Grenzwächterinnen und Grenzwächter in Liestal.';
const pricing = 'We raised our prices by 20% and lost only 3 of 400 customers. The secret: we told them six months in advance and explained exactly what the money pays for.';
const kita = 'Unsere Kita hat die Elterngespräche von 45 auf 20 Minuten gekürzt – mit einer Seite Notizen, die die Eltern vorher bekommen. Die Zufriedenheit ist gestiegen.';

export default named('comment-heldout4', [
  // --- short but specific praise (clean) ---
  C('en', [], 'Paying them anyway is the part most owners would skip. Respect.', { post: kitchen, hard: h }),
  C('de', [], 'Liestal bekommt eine tolle Ausbilderin. Deine Geschichten vom Zoll in Chiasso werden die Klassen lieben!', { post: zoll, hard: h }),
  C('en', [], 'Six months\' notice is the real lesson here. Most of us announce a price change the week it happens.', { post: pricing, hard: h }),
  C('de', [], 'Die Notizen vorher zu verschicken ist genial, so kommen die Eltern mit ihren Fragen statt mit Überraschungen.', { post: kita, hard: h }),

  // --- questions (clean) ---
  C('en', [], 'How did you cover the lost Monday revenue in the first months? Did you raise prices or just absorb it?', { post: kitchen, hard: h }),
  C('de', [], 'Spannend! Schreibt ihr die Notizen für jedes Kind einzeln, oder gibt es eine Vorlage?', { post: kita, hard: h }),
  C('de', [], 'Gratuliere! Unterrichtest du auch die Module zur Warenkontrolle oder nur die Grundausbildung?', { post: zoll, hard: h }),

  // --- disagreements (clean) ---
  C('en', [], 'I\'d push back a little: 3 of 400 sounds great, but the customers who stay and quietly downgrade are the ones that hurt. Did you track that too?', { post: pricing, hard: h }),
  C('de', [], 'Ich sehe das kritischer. 20 Minuten reichen bei Kindern mit besonderen Bedürfnissen oft nicht, da braucht es eher mehr Zeit als weniger.', { post: kita, hard: h }),
  C('en', [], 'Not sure this scales. In a hotel kitchen open seven days a week, closing on Mondays just moves the pressure to Tuesday.', { post: kitchen, hard: h }),

  // --- polite but generic (generic) ---
  C('en', ['comment.generic'], 'What a wonderful and inspiring post, thank you so much for sharing these valuable insights with all of us! 🙏✨', { post: kitchen, hard: h }),
  C('de', ['comment.generic'], 'Herzliche Gratulation zu diesem Schritt und alles Gute für die neue Herausforderung! 🍀', { post: zoll, hard: h }),
  C('de', ['comment.generic'], 'Sehr spannend, danke fürs Teilen. 👍', { post: kita }),
  C('en', ['comment.generic'], 'So true! 💯 This 👆', { post: pricing }),

  // --- pitches in disguise (sales-pitch) ---
  C('en', ['comment.sales-pitch'], 'Love this approach! Transparent pricing is exactly what we help SaaS companies with – happy to share our pricing audit package if anyone\'s interested, just send me a DM.', { post: pricing, hard: h }),
  C('de', ['comment.sales-pitch'], 'Toll umgesetzt! Übrigens bietet unsere Kita-App genau dafür eine Vorlage für Elterngespräche – jetzt 3 Monate gratis testen, Link in meinem Profil.', { post: kita, hard: h }),
  C('en', ['comment.sales-pitch'], 'Congrats on this! Restaurants that want the same results without the risk can book a free staffing consultation with our team this month.', { post: kitchen, hard: h }),
  C('de', ['comment.sales-pitch'], 'Herzlichen Glückwunsch! Falls du für den Unterricht noch Schulungsmaterial brauchst: Wir produzieren E-Learnings für Behörden, melde dich gerne per PN für ein Angebot.', { post: zoll, hard: h }),

  // --- a resource shared without selling (clean) ---
  C('en', [], 'There\'s a good free guide on this from the Swiss restaurant association (GastroSuisse) about four-day weeks in kitchens – worth a read for anyone thinking about it.', { post: kitchen, hard: h }),
  C('de', [], 'Passend dazu: Das Marie Meierhofer Institut hat einen kostenlosen Leitfaden für Elterngespräche veröffentlicht. Wir arbeiten seit einem Jahr damit.', { post: kita, hard: h }),
  C('de', [], 'Merci, Reto! Genau so haben wir es in unserem Treuhandbüro auch gemacht, nur mit drei Monaten Vorlauf, und es hat trotzdem funktioniert.', { post: pricing, hard: h }),
  C('en', [], 'Thanks for sharing. We tried the same in our bakery and the hardest part was convincing the owners, not the staff.', { post: kitchen, hard: h }),
]);
