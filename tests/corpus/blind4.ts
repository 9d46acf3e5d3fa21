import { C, I, P, named } from './types';

// Fourth blind split: written after all tuning, scored once for the final report, never tuned on.
const h = true;
const post = 'After 12 years in retail banking I moved into cybersecurity. The hardest part was not the technology but unlearning the habit of having every answer.';

export default named('blind4', [
  I('en', [], 'Hi Marta, your comment on the Swiss Cyber Storm panel about phishing drills for older staff made me rethink our training. I run IT at a small notary office in Sion – would love to hear how you measure success.', { to: 'Marta Lopes', hard: h }),
  I('de', [], 'Hallo Herr Zwahlen, ich habe Ihre Masterarbeit über Holzbrücken im Berner Oberland gelesen, die mir meine Professorin empfohlen hat. Dürfte ich Ihnen eine Frage zur Lastberechnung stellen?', { to: 'Simon Zwahlen', hard: h }),
  I('en', [], 'Hey Fede, great rope team on the Jungfrau climb last Saturday! Send me those photos when you can 😄', { to: 'Federico Bassi', hard: h }),
  I('de', [], 'Liebe Rösli, danke vielmal für deine Geduld beim Einführungskurs für die neue Kassensoftware. Ohne dich wäre ich am ersten Tag verzweifelt! Liebe Grüsse, Monika', { to: 'Rosa Bühlmann', from: 'Monika Ackermann', hard: h }),
  I('en', [], 'Dear Mr. Okoro, I\'m a journalist at the Aargauer Zeitung writing about African founders in Switzerland. Samuel Adeyemi suggested I contact you. Would you be open to a short interview?', { to: 'Chinedu Okoro', hard: h }),
  I('en', ['invite.empty'], 'Hi Jonas! 😊👋', { to: 'Jonas Amstutz' }),
  I('de', ['invite.empty'], 'Grüss Gott Frau Mag. Pichler,', { to: 'Mag. Eva Pichler' }),
  I('en', ['invite.placeholder'], 'Hi {name}, I loved your keynote at the Lausanne fintech day.', { to: 'Paul Morel' }),
  I('de', ['invite.placeholder'], 'Hallo Frau [Nachname], danke für das Gespräch an der Job-Messe.', { to: 'Vera Meili' }),
  I('en', ['invite.wrong-name'], 'Hi Kevin, thanks for showing me around the Novartis campus yesterday!', { to: 'Brian Walsh' }),
  I('de', ['invite.wrong-name'], 'Hallo Frau Ammann, vielen Dank für Ihren Vortrag an der Pflegetagung.', { to: 'Nicole Suter' }),
  I('en', [], 'Hi Tess, thanks again for the mentoring session – your advice on salary negotiation worked!', { to: 'Theresa Grant', hard: h }),
  I('en', ['invite.generic'], 'Hello Ms. Wong, it would be a pleasure to connect with you and expand my professional network.', { to: 'Alice Wong' }),
  I('de', ['invite.generic'], 'Hallo Michael, ich bin auf dein Profil gestossen und würde mich freuen, wenn wir uns vernetzen.', { to: 'Michael Kessler' }),
  I('de', [], 'Hallo Michael, ich würde mich freuen, wenn wir uns vernetzen – dein Vortrag über Wärmepumpen am Energietag in Aarau hat mir sehr geholfen.', { to: 'Michael Kessler', hard: h }),
  I('en', ['invite.duplicate'], 'Hi Ana, I\'m a product designer in Bern and always keen to meet people working on civic tech. Would be great to connect!', {
    to: 'Ana Costa',
    history: [{ to: 'Lukas Frei', text: 'Hi Lukas, I\'m a product designer in Bern and always keen to meet people working on civic tech. Would be great to connect!' }],
  }),
  I('en', ['invite.sales-pitch'], 'Hi Claire, our compliance platform helps banks cut audit preparation time by 60%. Could I show you a quick demo this week?', { to: 'Claire Dubois' }),
  I('de', ['invite.sales-pitch'], 'Guten Tag Herr Bucher, als zertifizierter Energieberater biete ich KMU eine kostenlose Analyse ihres Stromverbrauchs an. Wann passt es Ihnen für einen kurzen Termin?', { to: 'Roman Bucher', hard: h }),
  I('de', [], 'Hallo Frau Bucher, ich bin Energieberaterin und habe eine Frage zu Ihrem Artikel über Solarstrom in Mehrfamilienhäusern: Wie haben Sie die Mieterinnen und Mieter überzeugt?', { to: 'Sandra Bucher', hard: h }),

  P('en', [], `Our apprentices ran the company canteen for a week, menu, budget and all.\n\nFood waste dropped by a third. Their trick: asking colleagues in the morning what they planned to eat.\n\nWhat would happen if your juniors ran something for a week?`, { hard: h }),
  P('de', ['post.engagement-bait'], `Wer von euch hat auch schon einmal ein Meeting verschlafen? 😅\n\nLike, wenn es dir auch schon passiert ist!`),
  P('en', ['post.sales-pitch'], `Our winter sale is on! ❄️ All online courses 50% off until Sunday. Use code WINTER50 at checkout.`),
  P('de', ['post.self-promotion', 'post.no-conversation', 'post.hook'], `Ich freue mich riesig, bekannt zu geben, dass ich zum "Talent des Jahres" der Zürcher Werbebranche gewählt wurde! 🏆 Dieser Preis zeigt, dass sich mein unermüdlicher Einsatz und meine Kreativität auszahlen. Ich habe in den letzten zwei Jahren mehr Kampagnen verantwortet als alle anderen in meinem Jahrgang.`),
  P('en', ['post.too-personal'], `Just back from the most amazing family holiday in Crete 🇬🇷☀️ Beach every day, grilled fish every night!`),
  P('en', ['post.hook'], `I spent my holiday reading instead of checking emails, and came back with one idea: our team's best work happens when nobody is waiting for my approval. Starting Monday, approvals under CHF 5,000 no longer need me. How do you decide what to delegate?`, { hard: h }),
  P('de', ['post.no-conversation', 'post.hook'], `Im letzten Jahr haben wir in unserer Bäckerei in Frauenfeld auf Sauerteig aus eigener Zucht umgestellt. Die Umstellung hat drei Monate gedauert, zwei Chargen mussten wir wegwerfen, und unsere Lernende hat dabei mehr über Biologie gelernt als in der ganzen Berufsschule. Heute verkaufen wir doppelt so viel Brot wie vorher.`),
  P('en', ['post.hashtags'], `What's the best career advice you ever got? #career #advice #leadership #growth #mentoring #jobs #success`),
  P('de', [], `Heute vor zehn Jahren habe ich meine Lehre als Zimmermann begonnen. Danke an meinen Lehrmeister Beat, der mir mehr über Geduld beigebracht hat als jeder Kurs. Welche Person hat eure Ausbildung geprägt?`, { hard: h }),

  C('en', ['comment.generic'], 'Great share! 🙌', { post }),
  C('de', ['comment.generic'], 'Sehr schön geschrieben, danke!', { post }),
  C('en', ['comment.generic'], 'Congratulations! 🎉', { post }),
  C('en', ['comment.sales-pitch'], 'Love this! If anyone is looking to switch into cyber, my bootcamp starts next month – DM me for a discount code.', { post, hard: h }),
  C('en', [], 'The "unlearning" part is so real. Coming from audit, I had to learn to say "let me check" instead of giving an answer on the spot.', { post, hard: h }),
  C('de', [], 'Spannender Wechsel! Welche Weiterbildung hast du gemacht, eine Zertifizierung oder ein CAS?', { post }),
  C('en', [], 'Thanks for sharing. We hired two people from banking into our SOC last year, and their sense for risk was the most valuable thing they brought.', { post, hard: h }),
  C('de', [], 'Gratuliere zum Mut! Ich stehe gerade vor einem ähnlichen Schritt von der Versicherung in die IT und nehme mir deinen Punkt mit dem Verlernen zu Herzen.', { post, hard: h }),
]);
