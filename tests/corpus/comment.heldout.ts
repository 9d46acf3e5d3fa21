import { C, named } from './types';

const h = true;
const standups = 'We stopped going person by person in standups and started going ticket by ticket. Standups got 10 minutes shorter.';
const promo = 'Excited to share that I have started a new position as Head of Marketing at Lindt!';
const fourDay = 'Unser Team hat dieses Jahr die Vier-Tage-Woche getestet. Krankheitstage minus 30 %, Kundenzufriedenheit unverändert.';

export default named('comment-heldout', [
  // --- comment.generic ---
  C('en', ['comment.generic'], 'Great post!', { post: standups }),
  C('de', ['comment.generic'], 'Gratuliere! 🎉', { post: promo }),
  C('en', ['comment.generic'], 'Congrats Sophie!! 👏👏', { post: promo }),
  C('de', ['comment.generic'], 'Danke fürs Teilen 🙏', { post: fourDay }),
  C('en', ['comment.generic'], '🔥🔥🔥', { post: standups }),
  C('de', ['comment.generic'], 'Sehr spannend!', { post: fourDay }),
  C('en', ['comment.generic'], 'So true. Thanks for sharing, Marco.', { post: standups }),
  C('de', ['comment.generic'], 'Herzliche Gratulation, liebe Sophie, und alles Gute im neuen Job! 🥂', { post: promo, hard: h }),
  C('en', ['comment.generic'], 'Agreed 💯', { post: standups }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], 'Great insights! If your team struggles with standups, our tool Standuply automates them completely. DM me for a free 30-day trial 🚀', { post: standups }),
  C('de', ['comment.sales-pitch'], 'Spannend! Wir begleiten genau solche Umstellungen als Beratungsfirma. Schreiben Sie mir eine PN, dann sende ich Ihnen unser Angebot.', { post: fourDay }),
  C('en', ['comment.sales-pitch'], 'Congrats Sophie! By the way, I help marketing leaders grow their personal brand on LinkedIn – happy to offer you a discounted strategy session.', { post: promo, hard: h }),
  C('de', ['comment.sales-pitch'], 'Super Beitrag 👍 Wer das professionell umsetzen möchte: Unser Zeiterfassungs-Tool gibt es diesen Monat mit 20 % Rabatt. Link im Profil.', { post: fourDay }),
  C('en', ['comment.sales-pitch'], 'Love this. We built a Jira plugin that sorts your board exactly this way – book a demo on our website and mention this post for a special price.', { post: standups, hard: h }),

  // --- good comments (expect nothing) ---
  C('en', [], 'We tried ticket-by-ticket for a month, but with 12 people the quieter folks disappeared because they were never asked directly. Did you keep any round for people without a ticket?', { post: standups, hard: h }),
  C('de', [], 'Spannend, danke! Wie habt ihr das mit den Feiertagen gelöst? Bei uns fällt der Freitag oft auf einen Feiertag und dann wird die Woche plötzlich sehr kurz.', { post: fourDay, hard: h }),
  C('en', [], 'Congrats Sophie! Your rebrand of the Swiss chocolate tours last year was brilliant – curious what you will bring to Lindt first.', { post: promo, hard: h }),
  C('de', [], 'Gratuliere, Sophie! Ich erinnere mich noch an deinen Workshop zu Storytelling an der HWZ, davon profitiere ich heute noch. Viel Erfolg bei Lindt!', { post: promo, hard: h }),
  C('en', [], 'Interesting – we saw the opposite: shorter standups, but more side meetings afterwards. The total time stayed the same.', { post: standups, hard: h }),
  C('de', [], 'Wir haben dazu letztes Jahr eine Studie mit der FHNW gemacht, die Resultate sind frei verfügbar (Link im ersten Kommentar). Kurz: Der Effekt hängt stark davon ab, ob der freie Tag fix oder flexibel ist.', { post: fourDay, hard: h }),
  C('en', [], 'Agreed. The board order matters too – right to left forced us to finish work instead of starting new things.', { post: standups, hard: h }),
  C('de', [], 'Bei uns im Spital funktioniert das leider nicht, weil die Schichten sonst nicht abgedeckt sind. Aber für die Administration könnte ich mir das gut vorstellen.', { post: fourDay }),
  C('en', [], 'Do you run the standup at the board physically or in Jira? Our remote people always struggle to follow when we point at cards.', { post: standups }),
  C('de', [], 'Danke für die ehrlichen Zahlen! Besonders der Punkt mit dem Support am Freitag ist wertvoll, das hätten wir sicher auch unterschätzt.', { post: fourDay, hard: h }),
]);
