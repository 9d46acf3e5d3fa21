import { I, named } from './types';

// Ninth held-out split (issue #3): the final blind measurement of the text coach.
// Written fresh from docs/rules.md only, without reading the engine's phrase lists or earlier splits' texts.
// An ordinary LinkedIn week in Switzerland/DACH and beyond: notes after events, meetings and referrals,
// alumni, students, apprentices, journalists, new colleagues, template notes, recruiters, sales outreach
// (blatant and subtle), copy-pasted notes. Scored blind once (results-heldout9-blind.txt); labels were
// not changed after scoring.
const h = true;

export default named('invite-heldout9', [
  // --- clean: specific, personal, non-selling notes ---
  I('en', [], `Hi Priya, your talk at the Swiss Green Economy Symposium in Winterthur on retrofitting heat pumps into 1960s apartment blocks was the most practical session of the day. I'd be glad to stay in touch. – Daniel`, { to: 'Priya Raman', from: 'Daniel Frei', hard: h }),
  I('de', [], `Grüezi Herr Brunner, wir haben uns am Mittwoch am Swiss Innovation Forum am Stand der ZKB kurz unterhalten. Gerne würde ich den Faden zum Thema Nachfolgeregelung in KMU wieder aufnehmen. Freundliche Grüsse, Corinne Wyss`, { to: 'Urs Brunner', from: 'Corinne Wyss', hard: h }),
  I('de', [], `Hoi Küde, mega cool, dass du jetzt auch bei der SBB Infrastruktur bist! Lass uns mal einen Kafi in Bern trinken. Gruess Beni`, { to: 'Kurt Zbinden', from: 'Benjamin Roth', hard: h }),
  I('en', [], `Hello Dr. Nakamura, Prof. Keller at EPFL suggested I contact you about your work on protein folding benchmarks. I'm setting up a similar evaluation at Roche and would value 20 minutes of your advice.`, { to: 'Dr. Hiroshi Nakamura', hard: h }),
  I('de', [], `Liebe Frau Schneider-Ammann, vielen Dank für die Führung durch Ihre Käserei im Emmental letzte Woche – unsere Lernenden reden immer noch davon. Herzliche Grüsse aus Thun, Regula Imhof`, { to: 'Beatrice Schneider-Ammann', from: 'Regula Imhof', hard: h }),
  I('en', [], `Hi Tom – we were on the same panel at Fintech Friday in Zug. Loved your take on stablecoin custody. Let's stay connected.`, { to: 'Thomas Reinhardt', hard: h }),
  I('de', [], `Hallo Anna-Lena, Jonas Meier meinte, du suchst für dein Start-up in Winterthur noch jemanden mit Erfahrung in der Lebensmittelzulassung. Ich war 8 Jahre bei Nestlé in Vevey im Regulatory – gerne tausche ich mich unverbindlich mit dir aus.`, { to: 'Anna-Lena Kübler', hard: h }),
  I('en', [], `Hey Ngozi! Thanks for the great chat at the Women in Tech Zurich meetup – I've already started reading the book you recommended. See you at the next one?`, { to: 'Ngozi Adeyemi' }),
  I('de', [], `Hallo Herr Müller, Ihr Beitrag über den Fachkräftemangel in der Pflege hat mich sehr nachdenklich gemacht. Als Leiterin eines Alterszentrums in Olten erlebe ich genau das täglich. Ich würde mich über eine Vernetzung freuen.`, { to: 'Hans-Peter Mueller', hard: h }),
  I('en', [], `Hi Alex, we met at the GitHub Universe watch party at Google Zurich. Your idea about monorepo tooling stuck with me – I'd love to hear how the migration goes.`, { to: 'Alexandra Petrova', hard: h }),
  I('de', [], `Servus Maxi, schön dich gestern beim Alumni-Stammtisch der WU Wien getroffen zu haben. Meld dich, wenn du wieder in Graz bist!`, { to: 'Maximilian Hofer', hard: h }),
  I('en', [], `Dear Ms. Osei, I'm a journalist with the NZZ working on a piece about African founders in Switzerland. Your talk at Impact Hub Geneva came up twice in my interviews – would you be open to a short conversation?`, { to: 'Abena Osei', hard: h }),
  I('de', [], `Hallo Frau Keller, ich bin die neue Projektleiterin auf Seiten der Stadt Luzern für das Schulhausprojekt Staffeln. Da wir ab Januar eng zusammenarbeiten, vernetze ich mich gerne schon jetzt. Beste Grüsse, Mirjam Bucher`, { to: 'Sandra Keller', from: 'Mirjam Bucher', hard: h }),
  I('en', [], `Hi Mo, nice to finally put a face to the name after all those Jira tickets! Looking forward to working together on the Basel rollout.`, { to: 'Mohammed Al-Sayed', hard: h }),
  I('de', [], `Hi Jana, ich habe deinen Artikel zu barrierefreien Formularen im Smashing Magazine gelesen – das Beispiel mit den Fehlermeldungen haben wir direkt in unserem Kantonsportal übernommen. Danke dafür!`, { to: 'Jana Novak' }),
  I('en', [], `Hello Rafael, I'm moving to Lausanne in March to join Logitech's design team and your name came up when I asked Julia Berger about the local UX community. Would be happy to connect.`, { to: 'Rafael Costa', hard: h }),
  I('de', [], `Guten Tag Herr Prof. Dr. Gerber, Ihre Vorlesung zur Schweizer Wirtschaftsgeschichte an der Uni Bern habe ich vor 20 Jahren besucht – und denke heute als CFO noch oft daran. Es würde mich freuen, mit Ihnen vernetzt zu sein.`, { to: 'Prof. Dr. Thomas Gerber', hard: h }),
  I('en', [], `Hi Fatima, I'm the sales manager at Sensirion and new to the role – I'd really appreciate your advice on how you built the partner channel in the Nordics. No pitch, promised 🙂`, { to: 'Fatima Zahra Benali', hard: h }),
  I('de', [], `Hallo Lukas, wir waren letztes Jahr beide am Hackathon der Post in Bern (Team Paketroboter 🤖). Hab gesehen, dass du jetzt bei Swisscom bist – gratuliere! Bleiben wir in Kontakt?`, { to: 'Lukas Bärtschi' }),
  I('en', [], `Hi Emma, thanks for taking the time to review my portfolio at the Zurich Design Week portfolio clinic. I've reworked the case study as you suggested.`, { to: 'Emma Lindqvist' }),
  I('de', [], `Hoi Reto, du hast mich nach dem Podium im Dolder gefragt, ob ich die Studie zu Homeoffice in Banken teilen könnte. Schicke sie dir gern, sobald wir vernetzt sind. Gruss Nadja`, { to: 'Reto Hürlimann', from: 'Nadja Kälin' }),
  I('en', [], `Hi Sam, I'm Jessica's brother – she told me you're looking for a climbing partner for the Gastlosen in spring and that you also work in cybersecurity. Happy to connect!`, { to: 'Samantha Okafor', hard: h }),
  I('de', [], `Sehr geehrte Frau Dr. Yilmaz, als Präsident des Gewerbevereins Baden würde ich Sie gerne für ein Referat an unserer GV im Mai anfragen – Ihr Buch über Familienunternehmen passt genau zu unserem Jahresthema. Mit freundlichen Grüssen, Peter Näf`, { to: 'Dr. Elif Yilmaz', from: 'Peter Naef', hard: h }),
  I('en', [], `Hi Daniel! Loved your comment under Marta's post about on-call burnout – exactly what we went through at Galaxus last year. Would be great to swap notes sometime.`, { to: 'Daniel Oyelaran', hard: h }),
  I('de', [], `Liebe Claudia, wir haben uns im CAS Digital Leadership an der HSLU kennengelernt – ich denke gern an unsere Gruppenarbeit zurück. Alles Gute für dein neues Team! Herzlich, Sabine`, { to: 'Claudia Rüegg-Steiner', from: 'Sabine Odermatt', hard: h }),
  I('en', [], `Hi Lin, we spoke briefly after the Swiss AI Safety meetup about evaluation datasets for German. I'm the one who asked about Swiss German dialects 😄`, { to: 'Lin Zhao' }),
  I('de', [], `Hallo Jürgen, danke nochmals für die Empfehlung des Steuerberaters letzte Woche, hat super geklappt. Lass uns vernetzt bleiben! Viele Grüsse, Tobi`, { to: 'Juergen Schaefer', from: 'Tobias Lang', hard: h }),
  I('en', [], `Hi Ines, I'm a recruiter at Roche, but this isn't about a job 🙂 I saw your talk on inclusive hiring at HR Festival Europe and would love to learn how you set up structured interviews at On.`, { to: 'Ines Moreira', hard: h }),
  I('de', [], `Hallo Herr Ammann, ich bin im 3. Lehrjahr als Polymechaniker bei Stadler und interessiere mich für die Berufsmatura. Mein Berufsbildner Herr Zaugg meinte, Sie könnten mir dazu Tipps geben. Vielen Dank und freundliche Grüsse, Luca`, { to: 'Martin Ammann', from: 'Luca Rossi', hard: h }),
  I('en', [], `Hi Kwame, your thread on cold-chain logistics for vaccines in Ghana was fascinating. I work on similar problems for Kuehne+Nagel in Basel – would love to compare notes.`, { to: 'Kwame Mensah', hard: h }),
  I('de', [], `Hi Steffi, wir sind gestern beim Lauf gegen Rassismus nebeneinander gestartet und haben über deine Arbeit bei der Caritas gesprochen. Schön, dich kennengelernt zu haben!`, { to: 'Stefanie Widmer', hard: h }),
  I('en', [], `Hello Mr. Okafor, [sorry, this note is a bit late] – thank you for hosting our delegation at the Lagos innovation hub in October. The team still talks about your mentorship programme.`, { to: 'Chinedu Okafor', hard: h }),
  I('de', [], `Grüss Gott Frau Mag. Pichler, wir sitzen gemeinsam im Arbeitskreis Nachhaltige Beschaffung der WKO. Ich freue mich auf den Austausch in der nächsten Sitzung. Mit besten Grüßen, Helmut Gruber`, { to: 'Mag. Eva Pichler', from: 'Helmut Gruber', hard: h }),
  I('en', [], `Hi Zoe, I enjoyed your post about leaving consulting for a hardware startup. I'm weighing a similar step (from McKinsey to a robotics company in Zurich) and would be grateful for 15 minutes of your perspective.`, { to: 'Zoe Hartmann', hard: h }),
  I('de', [], `Hallo Marco, Tina Frei hat mir erzählt, dass du den Stadtlauf Winterthur mitorganisierst. Wir suchen für unseren Firmenlauf noch Tipps zur Streckensicherung – hättest du Lust auf einen kurzen Austausch?`, { to: 'Marco Bernasconi', hard: h }),
  I('en', [], `Hi Ravi, great working with you on the SIX data feed integration – thanks for your patience with all our questions. Let's keep in touch beyond the project.`, { to: 'Ravi Shankar Iyer' }),
  I('de', [], `Hoi Vreni 🙌 dein Kurs zu Excel-Pivot in der Klubschule hat mir enorm geholfen – ich mache die Monatsauswertung jetzt in der Hälfte der Zeit. Merci vielmal!`, { to: 'Verena Stalder', hard: h }),
  I('en', [], `Hi Jonas, I came across your profile while researching Swiss battery recycling startups – your work at Librec on hydrometallurgical processes is exactly what my master's thesis at HSG is about. Could I ask you a few questions?`, { to: 'Jonas Amstutz', hard: h }),
  I('de', [], `Hallo Herr Rossi, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen – wir haben uns letzte Woche an der Generalversammlung der Swissmem über Exportkontrollen für Dual-Use-Güter unterhalten.`, { to: 'Giovanni Rossi', hard: h }),
  I('en', [], `Hey Kate, expanding my network in the Basel biotech scene since I just moved here from Boston – Maria Schmid from your team said you run the monthly Biotech Beers. Would love to join the next one!`, { to: 'Katherine Walsh', hard: h }),
  I('de', [], `Hallo Nico, wir haben zusammen den Kletterkurs im Gaswerk gemacht 🧗 und du meintest, ihr sucht bei Scandit noch Frontend-Leute. Ich würde mich freuen, wenn wir vernetzt sind.`, { to: 'Nicolas Favre', hard: h }),
  I('en', [], `Hi Olga, I'm a product manager at Swiss Re and mention that only so you know where I'm coming from: I read your Medium piece on pricing nat-cat risk with climate models and have a question on the data. Open to connecting?`, { to: 'Olga Ivanova', hard: h }),
  I('de', [], `Liebe Frau Bächtold, herzlichen Dank für das offene Gespräch beim Speed-Mentoring der Frauenzentrale. Ihr Rat zur Lohnverhandlung hat geholfen! Beste Grüsse Aylin`, { to: 'Monika Baechtold', from: 'Aylin Demir', hard: h }),
  I('en', [], `Hi Ben, thanks for the intro to Sophie yesterday – we've already set up a call. Owe you a beer at Frau Gerolds Garten!`, { to: 'Benjamin Koller', hard: h }),
  I('de', [], `Hallo Frau Huber, Sie haben an der Berufsmesse Zürich am Stand der Zurich Versicherung mit meiner Tochter über die KV-Lehre gesprochen. Sie war begeistert – danke für Ihre Zeit! Freundliche Grüsse, Thomas Egli`, { to: 'Karin Huber', from: 'Thomas Egli', hard: h }),
  I('de', [], `Hallo Simone, wie besprochen hier nochmals meine Anfrage – wir haben uns am Swiss Marketing Forum über Newsletter-Automatisierung unterhalten. Freue mich auf den Austausch!`, {
    to: 'Simone Wey', hard: h,
    history: [{ to: 'Simone Wey', text: 'Hallo Simone, wir haben uns am Swiss Marketing Forum über Newsletter-Automatisierung unterhalten. Freue mich auf den Austausch!' }],
  }),
  I('en', [], `Hi Oliver, great meeting you at Geneva Watch Days – your story about restoring your grandfather's Zenith was brilliant. Let's stay in touch!`, {
    to: 'Oliver Grant', hard: h,
    history: [
      { to: 'Camille Roux', text: "Hi Camille, thanks for the tour of the Vacheron Constantin workshop, I learned a lot about guilloché. Keep in touch!" },
      { to: 'Peter Lund', text: 'Hello Peter, good to meet you on the train back from Basel – hope the presentation went well.' },
    ],
  }),

  // --- invite.empty ---
  I('en', ['invite.empty'], ``, { to: 'Laura Fischer' }),
  I('de', ['invite.empty'], `Hallo Herr Schmid,`, { to: 'Beat Schmid' }),
  I('en', ['invite.empty'], `Hi Chiara! 👋`, { to: 'Chiara Colombo', hard: h }),
  I('de', ['invite.empty'], `   \n  `, { to: 'Nina Frey' }),
  I('en', ['invite.empty'], `🙏🤝`, { to: 'Ahmed Khan' }),
  I('de', ['invite.empty'], `Grüezi Frau Wälti 😊`, { to: 'Ursula Wälti', hard: h }),
  I('de', ['invite.empty'], `Hoi zäme,`, { to: 'Michael Studer', hard: h }),

  // --- invite.placeholder ---
  I('en', ['invite.placeholder'], `Hi [First Name], I noticed we both work in supply chain and thought it would be great to connect.`, { to: 'Marta Kowalski', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder', 'invite.sales-pitch'], `Hallo {{vorname}}, ich habe gesehen, dass Sie bei {{firma}} im Einkauf tätig sind. Wir unterstützen Einkaufsleiter dabei, ihre Lieferantenkosten um bis zu 20 % zu senken. Hätten Sie nächste Woche 15 Minuten für eine kurze Vorstellung?`, { to: 'Roland Käser', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], `Hi Anna, loved your talk at XXX last week about data mesh. Let's connect!`, { to: 'Anna Berger', hard: h, skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], `Liebe <Vorname>, danke für das tolle Gespräch beim Netzwerkanlass in Bern. Bleiben wir in Kontakt! Herzlich, Corinne`, { to: 'Ursula Kern', from: 'Corinne Wyss' }),
  I('en', ['invite.placeholder'], `Hello %FIRSTNAME%, as a fellow HSG alum I'd be glad to connect.`, { to: 'Florian Weber', hard: h, skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], `Hi ___, wir haben uns an der Swiss Digital Health Konferenz kurz gesehen. Lass uns vernetzen!`, { to: 'Tanja Roth' }),
  I('en', ['invite.placeholder'], `Hi Sophie, I really enjoyed your post about [TOPIC] and would love to connect and learn more about your work at Nestlé.`, { to: 'Sophie Martin', hard: h, skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], `Guten Tag Herr [Nachname], ich bin Recruiterin bei einer Personalberatung und habe eine spannende Position als Projektleiter Elektro in der Region [Ort] für Sie. Darf ich Ihnen Details senden?`, { to: 'Stefan Arnold', skip: ['invite.generic', 'invite.sales-pitch'] }),

  // --- invite.wrong-name ---
  I('en', ['invite.wrong-name'], `Hi John, great to meet you at the Zurich Insurance breakfast yesterday. Let's keep the conversation going!`, { to: 'Anna Müller' }),
  I('de', ['invite.wrong-name'], `Hallo Sandra, vielen Dank für deinen spannenden Input am Digitaltag in Aarau. Lass uns in Kontakt bleiben! LG Petra`, { to: 'Sabrina Zimmermann', from: 'Petra Hug', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Mr. Schneider, thank you for the insightful discussion on hydrogen trucks at the Swiss Logistics Day.`, { to: 'Markus Schnyder', hard: h }),
  I('de', ['invite.wrong-name'], `Liebe Frau Frei, danke fürs Vermitteln an der Jobmesse in St. Gallen – das Gespräch mit Ihrem Team war sehr hilfreich.`, { to: 'Ruth Brunner' }),
  I('en', ['invite.wrong-name'], `Hey Michael, thanks for jumping on the call about the Temenos upgrade – super helpful. Talk soon, Priya`, { to: 'Matthias Andersson', from: 'Priya Nair', hard: h }),
  I('de', ['invite.wrong-name'], `Hallo Tobias, Michael Graf hat mir empfohlen, mich bei dir zu melden – es geht um die Lehrstellenbörse in Schaffhausen. Freue mich! Gruss, Sarah`, { to: 'Jan Keller', from: 'Sarah Moser', hard: h }),
  I('en', ['invite.wrong-name', 'invite.generic'], `Hi Jennifer, I came across your profile and would like to add you to my professional network.`, { to: 'Aisha Bello' }),
  I('de', ['invite.wrong-name'], `Liebe Mirjam, herzlichen Glückwunsch zur neuen Stelle bei der Raiffeisen! Bleiben wir in Kontakt. Herzlich, Miriam`, { to: 'Daniela Imboden', from: 'Miriam Furrer', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Dr. Patel, it was an honour to hear your keynote on immunotherapy at the ESMO congress. I'd be delighted to stay connected.`, { to: 'Dr. Anjali Mehta', hard: h }),
  I('de', ['invite.wrong-name', 'invite.duplicate'], `Hallo Fabienne, danke für den spannenden Austausch am HR-Barcamp in Bern zum Thema Vier-Tage-Woche. Bleiben wir in Kontakt! Liebe Grüsse, Jasmin`, {
    to: 'Rahel Lüthi', from: 'Jasmin Koch', hard: h,
    history: [{ to: 'Fabienne Kuhn', text: 'Hallo Fabienne, danke für den spannenden Austausch am HR-Barcamp in Bern zum Thema Vier-Tage-Woche. Bleiben wir in Kontakt! Liebe Grüsse, Jasmin' }],
  }),

  // --- invite.generic ---
  I('en', ['invite.generic'], `Hi Markus, I came across your profile and would love to connect and expand my professional network.`, { to: 'Markus Vogel' }),
  I('de', ['invite.generic'], `Guten Tag Frau Bieri, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Freundliche Grüsse, Patrick Schmid`, { to: 'Andrea Bieri', from: 'Patrick Schmid', hard: h }),
  I('en', ['invite.generic'], `Hello Ana, I'm always keen to connect with like-minded professionals. Looking forward to staying in touch!`, { to: 'Ana Souza', hard: h }),
  I('de', ['invite.generic'], `Hallo Stefan, ich erweitere gerade mein Netzwerk und würde mich freuen, dich darin zu haben. Beste Grüsse`, { to: 'Stefan Kunz', hard: h }),
  I('en', ['invite.generic'], `Hi there, I'd like to join your LinkedIn network. Best regards, Giulia`, { to: 'Hannes Wolf', from: 'Giulia Ferri' }),
  I('de', ['invite.generic'], `Sehr geehrter Herr Dr. Lehmann, Ihr Profil ist mir aufgefallen und ich würde mich über eine Vernetzung sehr freuen. Mit freundlichen Grüssen`, { to: 'Dr. Christoph Lehmann', hard: h }),
  I('en', ['invite.generic'], `Hi Tariq, I see we share many mutual connections. Would be great to connect!`, { to: 'Tariq Hussain', hard: h }),
  I('de', ['invite.generic'], `Hoi Sarah! Ich finde dein Profil sehr spannend und würde gerne mit dir connecten 😊 Liebe Grüsse, Mia`, { to: 'Sarah Bühler', from: 'Mia Keller', hard: h }),
  I('en', ['invite.generic'], `Dear Mrs. Bauer, I am reaching out to professionals in your industry to grow my network. I would be honoured to connect.`, { to: 'Ingrid Bauer', hard: h }),
  I('de', ['invite.generic'], `Hallo Herr Gashi, Ihr Profil ist mir aufgefallen. Ich habe aktuell spannende Positionen, die zu Ihnen passen könnten. Lassen Sie uns vernetzen!`, { to: 'Arben Gashi', hard: h, skip: ['invite.sales-pitch'] }),
  I('en', ['invite.generic'], `Hi Lucas, I came across your impressive background and I'd love to add you to my network – I work with some of the most exciting tech companies in Zurich. Open to a chat?`, { to: 'Lucas Moreau', hard: h, skip: ['invite.sales-pitch'] }),
  I('de', ['invite.generic'], `Guten Tag Herr Wüthrich\n\nGerne würde ich mich mit Ihnen vernetzen, um mein Netzwerk in der Region zu erweitern.\n\nFreundliche Grüsse\nSimon`, { to: 'Daniel Wüthrich', from: 'Simon Gasser', hard: h }),

  // --- invite.sales-pitch ---
  I('en', ['invite.sales-pitch'], `Hi Reto, we help Swiss SMEs cut their payroll processing time by 60%. Do you have 15 minutes next week for a quick demo?`, { to: 'Reto Frei', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Hallo Frau Gerber, als Spezialisten für Photovoltaik auf Gewerbedächern bieten wir aktuell eine kostenlose Potenzialanalyse an. Darf ich Ihnen unser Angebot in einem kurzen Call vorstellen?`, { to: 'Monika Gerber', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Laura, congrats on the new role at Helvetia! Many new CMOs I talk to struggle with attribution in the first 90 days – we've built something that solves exactly that. Worth a 20-minute look?`, { to: 'Laura Bianchi', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Philipp, spannend, was ihr bei Planted gerade aufbaut! Wir haben schon mehreren Food-Start-ups geholfen, ihre Produktion zu skalieren – vielleicht wäre das auch für euch interessant? Ich zeige dir gerne in 15 Minuten, wie das aussieht.`, { to: 'Philipp Brändli', hard: h }),
  I('en', ['invite.sales-pitch'], `Hello Mr. Wang, our ISO-certified offshore development team in Vietnam delivers senior React developers from USD 25/hour. Can I send you our rate card?`, { to: 'Wei Wang', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Grüezi Herr Meier, mit unserer Software reduzieren Treuhandbüros den Aufwand für Jahresabschlüsse nachweislich um 40 %. Im November gibt es 20 % Einführungsrabatt. Wann passt Ihnen eine Demo?`, { to: 'Peter Meier', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Sandra, I saw you recently became a team lead – congratulations! I coach first-time managers through their first 100 days and my clients typically double their team engagement scores. Would you be open to a free discovery call?`, { to: 'Sandra Hofmann', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Kevin, ich bin Finanzberater und helfe jungen Berufstätigen, bis 40 finanziell frei zu sein. Hast du Lust auf ein unverbindliches Kennenlerngespräch bei einem Kaffee? Geht auf mich ☕`, { to: 'Kevin Suter', hard: h, skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Nadia, quick question – who's responsible for cybersecurity awareness training at Swiss Post? We've helped 200+ organisations cut phishing click rates by 70%.`, { to: 'Nadia Rahman', hard: h }),
  I('de', ['invite.sales-pitch'], `Hoi Manu, mir sind ja beide im Eventbereich 😉 Falls ihr fürs Sommerfest noch eine Fotobox braucht: Wir haben gerade ein Herbstspecial, 2 Tage zum Preis von 1. Meld dich!`, { to: 'Manuel Egger', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Stefan, I noticed Bühler is hiring several automation engineers. Our agency has a pool of pre-vetted candidates and we only charge on success – shall I send you three profiles this week?`, { to: 'Stefan Wirth', hard: h }),
  I('de', ['invite.sales-pitch', 'invite.placeholder'], `Guten Tag {Anrede} {Nachname}, wir sind Ihr Partner für Gebäudereinigung in der ganzen Deutschschweiz. Gerne unterbreite ich Ihnen eine unverbindliche Offerte.`, { to: 'Irene Graf', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Sehr geehrte Frau Dr. Baumann\n\nIhre Praxis in Chur ist mir auf Google aufgefallen. Unsere Online-Terminbuchung für Arztpraxen kostet nur CHF 49 pro Monat und spart Ihrem Empfang täglich eine Stunde.\n\nDarf ich Ihnen einen Testzugang einrichten?\n\nFreundliche Grüsse\nMarc Pfister`, { to: 'Dr. Lea Baumann', from: 'Marc Pfister', hard: h }),

  // --- invite.duplicate ---
  I('en', ['invite.duplicate'], `Hi Paolo, I'd love to connect and grow my network in the pharma space. Looking forward to learning from you!`, {
    to: 'Paolo Ricci', skip: ['invite.generic'],
    history: [
      { to: 'Greta Lindholm', text: "Hi Greta, I'd love to connect and grow my network in the pharma space. Looking forward to learning from you!" },
      { to: 'Ken Watanabe', text: "Hi Ken, I'd love to connect and grow my network in the pharma space. Looking forward to learning from you!" },
    ],
  }),
  I('de', ['invite.duplicate'], `Hallo Martina, schön, dass wir uns am Zukunftstag der Berner Fachhochschule kennengelernt haben. Dein Input zu Kreislaufwirtschaft im Bau war sehr inspirierend. Bleiben wir in Kontakt! Gruss, Adrian`, {
    to: 'Martina Aebi', from: 'Adrian Moser', hard: h,
    history: [{ to: 'Roman Stettler', text: 'Hallo Roman, schön, dass wir uns am Zukunftstag der Berner Fachhochschule kennengelernt haben. Dein Input zu Kreislaufwirtschaft im Bau war sehr inspirierend. Bleiben wir in Kontakt! Gruss, Adrian' }],
  }),
  I('en', ['invite.duplicate', 'invite.sales-pitch'], `Hi Grace, we help fintechs automate KYC checks and cut onboarding time in half. Open to a quick demo next week?`, {
    to: 'Grace Mwangi', skip: ['invite.generic'],
    history: [
      { to: 'Henrik Olsen', text: 'Hi Henrik, we help fintechs automate KYC checks and cut onboarding time in half. Open to a quick demo next week?' },
      { to: 'Beatriz Lopes', text: 'Hi Beatriz, we help fintechs automate KYC checks and cut onboarding time in half. Open to a quick demo next week?' },
    ],
  }),
  I('de', ['invite.duplicate'], `Guten Tag Herr Zürcher, ich bin neu als Key Account Managerin bei Emmi und freue mich, mich mit Fachleuten aus dem Detailhandel zu vernetzen. Beste Grüsse, Lea Imhof`, {
    to: 'Bruno Zuercher', from: 'Lea Imhof', hard: h, skip: ['invite.generic'],
    history: [{ to: 'Esther Roth', text: 'Hallo Frau Roth, ich bin neu als Key Account Managerin bei Emmi und freue mich, mich mit Fachleuten aus dem Detailhandel zu vernetzen. Beste Grüsse, Lea Imhof' }],
  }),
  I('en', ['invite.duplicate'], `Hey Maya, great to meet you at Startup Nights in Winterthur! Let's keep in touch and maybe grab a coffee in Zurich soon 🙂`, {
    to: 'Maya Kaufmann', hard: h,
    history: [{ to: 'Liam Brennan', text: "Hey Liam, great to meet you at Startup Nights in Winterthur! Let's keep in touch and maybe grab a coffee in Zurich soon." }],
  }),
  I('de', ['invite.duplicate', 'invite.generic'], `Hallo Frau Kaya, gerne würde ich Sie in mein berufliches Netzwerk aufnehmen. Ich freue mich auf einen spannenden Austausch! Viele Grüsse`, {
    to: 'Derya Kaya', hard: h,
    history: [
      { to: 'Ralf Döbeli', text: 'Hallo Herr Döbeli, gerne würde ich Sie in mein berufliches Netzwerk aufnehmen. Ich freue mich auf einen spannenden Austausch! Viele Grüsse' },
      { to: 'Nora Wenger', text: 'Hallo Frau Wenger, gerne würde ich Sie in mein berufliches Netzwerk aufnehmen. Ich freue mich auf einen spannenden Austausch! Viele Grüsse' },
    ],
  }),
]);
