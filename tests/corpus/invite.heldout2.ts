import { I, named } from './types';

// Second held-out split: written after the first tuning round, before looking at held-out errors.
const h = true;

export default named('invite-heldout2', [
  I('en', [], 'Hi Jonas, I run the youth programme at FC Thun and read your interview about training apprentices as coaches. We would love to copy the idea – could I ask how you started?', { to: 'Jonas Lehmann', hard: h }),
  I('de', [], 'Guten Abend Frau Sieber, Ihre Kolumne im Tages-Anzeiger über Teilzeitarbeit bei Männern hat bei uns am Mittagstisch für Gesprächsstoff gesorgt. Ich leite ein Team von 14 Leuten und würde gern von Ihren Erfahrungen lernen.', { to: 'Katja Sieber', hard: h }),
  I('en', [], 'Hey Tim 👋 we were both stuck at Zurich airport on Sunday and talked about drone regulation for an hour. Still thinking about your point on rural hospitals. Let\'s stay in touch!', { to: 'Timothy Hale', hard: h }),
  I('de', [], 'Hallo Bettina, herzlichen Dank für das Feedback zu meinem Portfolio in der Design-Sprechstunde! Ich habe die Startseite schon umgebaut. Lieber Gruss, Noemi', { to: 'Bettina Rüegsegger', from: 'Noemi Blaser', hard: h }),
  I('en', [], 'Hello Dr. Kaur, I\'m a nurse at Triemli and attended your workshop on delirium screening. We started using your checklist on our ward last month. Thank you for making it so practical.', { to: 'Dr. Harpreet Kaur' }),
  I('de', [], 'Servus Flo, wir sind uns am Linzer Gründertreff über den Weg gelaufen, du hast von deinem Lastenrad-Verleih erzählt. Wie läuft es inzwischen?', { to: 'Florian Mayr', hard: h }),
  I('en', [], 'Hi Rebecca, Tom Keller from the Basel Tech Meetup told me you\'re hiring your first product designer. I\'m not applying – I just went through the same and have a hiring checklist I\'m happy to share.', { to: 'Rebecca Stone', hard: h }),
  I('de', [], 'Sehr geehrter Herr Nussbaumer, als Gemeindeschreiberin in Ihrer Nachbargemeinde verfolge ich Ihr Projekt zur digitalen Gemeindeversammlung mit grossem Interesse. Dürfte ich Sie bei Gelegenheit zu Ihren Erfahrungen befragen?', { to: 'Kurt Nussbaumer', hard: h }),
  I('en', [], 'Hi Mo, great to finally put a face to the Slack handle at the Rust conf in Zurich! Thanks again for reviewing my PR.', { to: 'Mohammed Haddad', hard: h }),
  I('de', [], 'Liebe Frau Dr. Zürcher, ich durfte letzte Woche Ihre Vorlesung zur Gesundheitsökonomie als Gast besuchen. Danke, dass Sie die Fragen aus dem Publikum so ernst genommen haben.', { to: 'Dr. Marianne Zürcher', hard: h }),
  I('en', [], 'Hi Daniela, we exchanged a few emails last year about the Ticino solar cooperative. I\'ve since joined a similar project in Valais and would love to keep you posted.', { to: 'Daniela Rossi' }),
  I('de', [], 'Hoi Mäggi, danke viu mau fürs Iispringe am Märit-Stand! Ohni di hätt i das nid gschafft. Bis gli, Ursi', { to: 'Margrit Zaugg', from: 'Ursula Kämpf', hard: h }),

  I('en', ['invite.empty'], '  \n ', { to: 'Leo Marti' }),
  I('de', ['invite.empty'], 'Hallo Frau Kunz! 🙂', { to: 'Edith Kunz' }),
  I('en', ['invite.empty'], 'Hello Jakob', { to: 'Jakob Meier' }),
  I('de', ['invite.empty'], '👍', { to: 'Reto Graf' }),
  I('en', ['invite.empty'], 'Hi Priya,\n\nCheers,\nTom', { to: 'Priya Nair', from: 'Tom Baker' }),

  I('en', ['invite.placeholder'], 'Hi {{firstName}}, I saw your post on remote onboarding and loved the buddy system idea.', { to: 'Carla Mendes' }),
  I('de', ['invite.placeholder'], 'Hallo [VORNAME], schön, dass wir uns an der Berufsmesse kennengelernt haben!', { to: 'Fabio Conti' }),
  I('en', ['invite.placeholder'], 'Dear <Title> <Last name>, thank you for your presentation at the insurance summit.', { to: 'George Hill' }),
  I('de', ['invite.placeholder'], 'Guten Tag Frau Stettler, als Leiterin von [Unternehmen] kennen Sie die Herausforderungen im Detailhandel bestens. Ihr Podcast dazu war spannend.', { to: 'Ruth Stettler' }),
  I('en', ['invite.placeholder'], 'Hi Luis, great chatting at the __________ conference about edge computing!', { to: 'Luis Ortega' }),

  I('en', ['invite.wrong-name'], 'Hi Michelle, thanks for the insightful talk on pension funds at the Swiss Finance Forum.', { to: 'Rachel Dubois' }),
  I('de', ['invite.wrong-name'], 'Hallo Thomas, danke für deinen Beitrag über Lehrstellen im Detailhandel. Ich arbeite selbst als Berufsbildnerin bei Coop.', { to: 'Stefan Widmer' }),
  I('en', ['invite.wrong-name'], 'Dear Mr. Fischer, I enjoyed your keynote about logistics robots in Basel.', { to: 'Henrik Olsen' }),
  I('de', ['invite.wrong-name'], 'Liebe Petra, schön, dich beim Nachhaltigkeitsapéro in Aarau kennengelernt zu haben!', { to: 'Monika Frey' }),
  I('en', [], 'Hi Kathy, thanks for the great tips on grant writing during the Impact Hub session!', { to: 'Katharina Baumann', hard: h }),
  I('de', [], 'Hallo Ruedi, danke für die Führung durch die Sägerei! Gruss, Peter', { to: 'Rudolf Gerber', from: 'Peter Amstad', hard: h }),
  I('en', [], 'Hi Maggie, your colleague Paul Weber suggested I contact you about the museum\'s volunteer programme.', { to: 'Margaret Smith', hard: h }),
  I('de', [], 'Grüezi Herr Mueller, danke für Ihre Zeit nach dem Referat an der ZHAW. Freundliche Grüsse, Anna Keller', { to: 'Thomas Müller', from: 'Anna Keller', hard: h }),

  I('en', ['invite.generic'], 'Hello Ava, I am looking to connect with professionals in the finance industry. Thank you for accepting my request.', { to: 'Ava Thompson' }),
  I('de', ['invite.generic'], 'Guten Tag Herr Fuchs, ich würde mich freuen, Sie in meinem beruflichen Netzwerk zu haben. Beste Grüsse', { to: 'Roland Fuchs' }),
  I('en', ['invite.generic'], 'Hi Ethan, I would love to add you to my network. Have a great week!', { to: 'Ethan Brooks' }),
  I('de', ['invite.generic'], 'Hallo Lea, ich bin auf dein Profil aufmerksam geworden und würde mich gerne mit dir vernetzen. Liebe Grüsse', { to: 'Lea Schmid' }),
  I('en', ['invite.generic'], 'Dear Ms. Rossi, I am expanding my network of professionals and would be honoured to connect with you.', { to: 'Giulia Rossi' }),
  I('de', ['invite.generic'], 'Hallo Herr Imhof, ich vernetze mich gerne mit interessanten Menschen. Freue mich auf den Kontakt!', { to: 'Stefan Imhof' }),
  I('en', [], 'Hi Omar, I\'d love to add you to my network – your talk at the Geneva AI Days on medical imaging bias was the highlight of my week.', { to: 'Omar Farouk', hard: h }),
  I('de', [], 'Hallo Jasmin, ich würde mich gerne mit dir vernetzen, weil du das Velo-Repair-Café in Olten aufgebaut hast – wir planen so etwas in Zofingen.', { to: 'Jasmin Hug', hard: h }),

  I('en', ['invite.duplicate'], 'Hi Nina, I see we are both passionate about accessible design. I\'d love to learn from your experience and share mine. Looking forward to connecting!', {
    to: 'Nina Berg',
    history: [{ to: 'Paul Weiss', text: 'Hi Paul, I see we are both passionate about accessible design. I\'d love to learn from your experience and share mine. Looking forward to connecting!' }],
  }),
  I('de', ['invite.duplicate'], 'Grüezi Herr Ott, als Bauingenieur im Raum Bern interessiere ich mich für den Austausch mit anderen Fachleuten aus der Holzbaubranche. Ich freue mich auf die Vernetzung.', {
    to: 'Martin Ott',
    history: [{ to: 'Lisa Brand', text: 'Grüezi Frau Brand, als Bauingenieur im Raum Bern interessiere ich mich für den Austausch mit anderen Fachleuten aus der Holzbaubranche. Ich freue mich auf die Vernetzung.' }],
  }),
  I('en', [], 'Hi Nina, your talk at A11y Camp Zurich on focus order was brilliant. I\'m fixing exactly that in our banking app right now.', {
    to: 'Nina Berg',
    hard: h,
    history: [{ to: 'Paul Weiss', text: 'Hi Paul, your talk at UX Camp Bern on dark patterns was brilliant. I\'m removing exactly those from our checkout right now.' }],
  }),

  I('en', ['invite.sales-pitch'], 'Hi Sarah, we\'ve helped 120+ Swiss SMEs automate their accounting. Can I show you how in a 15-minute demo next week?', { to: 'Sarah Kurz' }),
  I('de', ['invite.sales-pitch'], 'Guten Tag Herr Marti, wir bieten massgeschneiderte Weiterbildungen für Ihr Verkaufsteam an – aktuell mit 20 % Frühbucherrabatt. Darf ich Ihnen unverbindlich eine Offerte zustellen?', { to: 'Hans Marti' }),
  I('en', ['invite.sales-pitch'], 'Hey Jordan, quick one: our outsourced SDR team books 30 meetings a month for companies like yours. Interested in a free pilot?', { to: 'Jordan Lee' }),
  I('de', ['invite.sales-pitch'], 'Hallo Corinne, ich habe gesehen, dass ihr wachst – gratuliere! Unsere Recruiting-Software reduziert die Time-to-Hire um bis zu 40 %. Hast du nächste Woche 20 Minuten für eine kurze Vorstellung?', { to: 'Corinne Blum', hard: h }),
  I('en', ['invite.sales-pitch'], 'Hi Greg, loved your post on scaling customer support! 🙌 We help fast-growing teams like yours cut response times in half with our AI inbox – happy to set up a free trial for you.', { to: 'Greg Marsh', hard: h }),
  I('en', [], 'Hi Lina, I\'m a product manager at a payments startup and I\'m trying to understand how hospitals buy software. Your thread on procurement cycles was eye-opening – would you be open to a 20-minute chat so I can learn from you?', { to: 'Lina Haas', hard: h }),
  I('de', [], 'Hallo Frau Brunner, ich bin Verkaufsberaterin bei der Migros und engagiere mich nebenbei im Verein für Lehrstellen. Ihr Artikel über Schnupperlehren hat mich begeistert. Dürfte ich Sie für unseren Infoabend anfragen?', { to: 'Silvia Brunner', hard: h }),
]);
