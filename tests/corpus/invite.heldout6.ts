import { I, named } from './types';

// Sixth held-out split (issue #3): a fresh blind split to measure how the coach generalises.
// Written from docs/rules.md only, without reading the engine's phrase lists or earlier splits' texts,
// and scored blind once (results-heldout6-blind.txt). Labels were not changed after scoring.
const h = true;

export default named('invite-heldout6', [
  // --- clean: specific, personal, non-selling notes (polite formulas, titles, nicknames, third persons, sign-offs) ---
  I('de', [], `Grüezi Frau Gasser, Ihr Vortrag am Swiss Insurance Forum in Zürich über Cyber-Deckungen für KMU hat mir geholfen, unser eigenes Produkt kritischer anzuschauen. Ich würde Sie gerne in meinem Netzwerk haben.`, { to: 'Regula Gasser', hard: h }),
  I('en', [], `Hi Juerg, Marco Frei mentioned you rebuilt the apprentice programme at Bühler in Uzwil. I'm starting the same at a 60-person machine shop and would love to hear what you wish you had known.`, { to: 'Jürg Lüthi', hard: h }),
  I('de', [], `Hoi Sepp, merci nochmals fürs Aushelfen beim Heuen letzte Woche! Ich hätte dich gern hier, dann sehe ich, wenn ihr auf dem Hof wieder Lernende sucht.`, { to: 'Josef Zgraggen', hard: h }),
  I('en', [], `Dear Ms Keller-Nguyen, I read your article in the NZZ on the new export rules for Basel pharma with great interest. As a regulatory affairs trainee at Lonza, I would be glad to connect and follow your work.`, { to: 'Thi Lan Keller-Nguyen', hard: h }),
  I('de', [], `Sali Dani, wir sassen am Mittwoch beim Apéro nach den Startup-Pitches im Impact Hub Bern nebeneinander. Dein Punkt zu Cargo-Velos für die letzte Meile geht mir nicht aus dem Kopf.`, { to: 'Daniel Rüegg', hard: h }),
  I('en', [], `Hello Mr. Baumann, I am watchmaker apprentice in my third year in Le Sentier. Your post about hand-finishing the bridges on the new calibre showed me exactly the work I dream to do. Thank you for sharing it.`, { to: 'Christoph Baumann', headline: 'Head of Finissage at Jaeger-LeCoultre', hard: h }),
  I('de', [], `Guten Tag Herr Dr. Schnyder, ich bin Lehrerin an der Sekundarschule in Visp und habe Ihre Broschüre zur Medienkompetenz im Unterricht eingesetzt. Die Schülerinnen fanden die Übung mit den erfundenen Schlagzeilen super.`, { to: 'Dr. Beat Schnyder', hard: h }),
  I('en', [], `Hi Steph – great chatting at the Crypto Valley breakfast in Zug this morning. As promised, here is me connecting so I can send you the paper on tokenised bonds.`, { to: 'Stephanie Odermatt', hard: h }),
  I('de', [], `Liebe Frau Wüthrich, Ihre Kollegin Monika Rey hat mir erzählt, dass Sie auf der Intensivstation im Inselspital das Einarbeitungskonzept für Quereinsteigende aufgebaut haben. Ich wechsle gerade aus dem Banking in die Pflege und würde gerne von Ihren Erfahrungen lernen.`, { to: 'Franziska Wuethrich', hard: h }),
  I('en', [], `Hi Tomás, your comment under Lea's post about pricing for freelance translators was the most honest thing I've read on the topic. I translate legal texts DE-EN in Lucerne – happy to trade notes anytime.`, { to: 'Tomás Ferreira', hard: h }),
  I('de', [], `Grüezi Herr Ammann, ich plane für nächsten Sommer einen Hofladen mit Selbstbedienung und habe Ihren Beitrag über Ihre Erfahrungen mit TWINT an der Kasse gelesen. Hätten Sie Lust auf einen kurzen Austausch unter Bauern?`, { to: 'Ruedi Ammann', hard: h }),
  I('en', [], `Dear Dr. Rahman, I am a pharmacist in Winterthur and I follow your research on antibiotic stewardship in nursing homes. Your last paper changed how we advise the care homes we supply. I would be grateful to connect.`, { to: 'Dr. Farida Rahman', hard: h }),
  I('en', [], `Hi Chris, we both commented on the thread about four-day weeks in Swiss banks and I think we disagreed nicely :) I'd like to keep following your take.`, { to: 'Christina Gerber', hard: h }),
  I('de', [], `Hallo Nadine, ich bin die neue Teamleiterin im Kundendienst der Mobiliar in Bern und habe gesehen, dass du das gleiche Team in Nyon führst. Wollen wir uns mal zu einem Kafi treffen und austauschen, wie ihr die Schadenmeldungen organisiert?`, { to: 'Nadine Favre', hard: h }),
  I('en', [], `Hello Ms. Hofer, I am retiring from the Federal Statistical Office in June after 31 years and want to mentor young data analysts. Your volunteer mentoring programme at Pro Senectute sounds like a good fit – could you tell me how to join?`, { to: 'Elisabeth Hofer', hard: h }),
  I('de', [], `Guten Abend Herr Oezdemir, danke für Ihre Antwort auf meine Frage in der Gruppe «Recht im Startup». Ihr Hinweis auf Art. 340 OR zum Konkurrenzverbot hat uns viel Ärger erspart.`, { to: 'Mehmet Özdemir', hard: h }),
  I('en', [], `Hi Laura! I'm Marie's sister – she told me you run the vineyard walks in Lavaux. I'm planning a team outing for 14 people in September and would love a recommendation.`, { to: 'Laura Chappuis', hard: h }),
  I('en', [], `Hi Ben, I would like to connect. We met at the HSG alumni dinner in St. Gallen and you told me about your switch from audit to product management. Still thinking about it!`, { to: 'Benjamin Fässler', hard: h }),
  I('de', [], `Guten Tag Frau Lehmann, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen, weil Sie an der Tagung der Berufsbildung in Olten die Idee der Lernenden-Botschafter vorgestellt haben. Wir starten damit im Januar bei der Post.`, { to: 'Monika Lehmann', hard: h }),
  I('en', [], `Hi Ruth, thank you for the career session for people over 50 at the RAV in Biel. Your tip to rewrite my CV around projects instead of years got me two interviews.`, { to: 'Ruth Schwab', hard: h }),
  I('de', [], `Hallo Herr Frey, ich bin Lernende Kauffrau im zweiten Jahr bei der Swiss Life. Mein Berufsbildner Herr Kunz meinte, Sie könnten mir etwas zur Berufsmaturität nach der Lehre erzählen. Hätten Sie einmal 15 Minuten Zeit?`, { to: 'Patrick Frey', hard: h }),
  I('en', [], `Good morning Mrs. Lang, I am nurse from Portugal and work at Kantonsspital Aarau since one year. I read your post about the recognition of foreign diplomas by the SRK and I have the same problem. Can I ask you some questions?`, { to: 'Helen Lang', hard: h }),
  I('en', [], `Hi Ms. Bachmann – Peter Huber from your team at UBS suggested I contact you about the graduate programme in risk. I'm finishing my MSc in Quantitative Finance at ETH this summer. Best, Jonas`, { to: 'Carla Bachmann', from: 'Jonas Weber', hard: h }),
  I('de', [], `Grüezi Frau Marti, als Grafikerin arbeite ich seit 12 Jahren für Kulturinstitutionen. Ich habe gesehen, dass Sie im Kunstmuseum Thun die Vermittlung leiten – Ihre Kinderführungen mit Taschenlampe finde ich grossartig. Herzliche Grüsse, Corinne Rohner`, { to: 'Katrin Marti', from: 'Corinne Rohner', hard: h }),
  I('de', [], `Hoi Mäxu, lang ist's her seit der RS in Thun! Hab gesehen, du bist jetzt bei der Rega – mega. Wie gefällt dir der Wechsel vom Spital in die Luft?`, { to: 'Markus Tschanz', hard: h }),
  I('de', [], `Grüezi Herr Bieri, ich suche für eine Privatbank in Lugano eine Compliance-Fachperson mit Erfahrung im FIDLEG-Umfeld. Ihr Beitrag zur Kundensegmentierung hat mich beeindruckt – wäre ein Wechsel ins Tessin für Sie ein Thema?`, { to: 'Stefan Bieri', skip: ['invite.sales-pitch'], hard: h }),
  I('en', [], `Hi Anna, congrats on the new role as Head of Procurement at Emmi! I worked with your predecessor Felix Graf on the milk logistics tender – he always said you were the one who really knew the suppliers.`, { to: 'Anna-Lena Schmid', hard: h }),
  I('en', [], `Hi Eva, your talk "Why [most] change projects fail" at Bern PM Day made our whole team laugh and then go very quiet. I'd love to follow what you write next.`, { to: 'Eva Schneider', hard: h }),
  I('de', [], `Grüezi Frau Pfister, Ihre XXL-Checkliste zur Hofübergabe im «Schweizer Bauer» hat uns bei der Übergabe an unseren Sohn sehr geholfen. Merci vielmal!`, { to: 'Verena Pfister', hard: h }),
  I('en', [], `Hi Alex, great to meet you at Geneva Watch Days – your explanation of the tourbillon cage with two coffee cups was brilliant.`, { to: 'Alexandra Dubois', hard: h }),
  I('de', [], `Guten Tag Frau Mueller, Ihre Präsentation zum E-Umzug im Kanton Aargau war das Konkreteste, was ich dieses Jahr zu E-Government gehört habe. Wir prüfen das gerade für unsere Gemeinde.`, { to: 'Ursula Müller', hard: h }),
  I('de', [], `Grüezi Herr Schuler, ich habe vor drei Monaten meine eigene Schreinerei gegründet und kämpfe noch mit der Kalkulation von Einzelstücken. Ihr Beitrag zu Stundensätzen im Handwerk hat mir die Augen geöffnet – darf ich Sie bei Gelegenheit um einen Rat fragen?`, { to: 'Kurt Schuler', hard: h }),
  I('en', [], `Hi Fatima, I'm a sales manager at a Swiss medtech company, so I know how many pitches you get – this isn't one. I'm moving into HR and your posts on people analytics are why. Would you share what you read when you started?`, { to: 'Fatima El Amrani', hard: h }),
  I('de', [], `Hallo Frau Vögeli, ich arbeite im Verkauf bei Victorinox und organisiere mit zwei Kolleginnen einen Lauftreff für Berufstätige in Schwyz. Sie hatten in Ihrem Post gefragt, ob es so etwas gibt – wir treffen uns jeden Dienstag um 18 Uhr beim Bahnhof.`, { to: 'Sandra Vögeli', hard: h }),
  I('de', [], `Hoi Lukas, cool hast du das Praktikum bei Sensirion bekommen! Ich bin auch Lernender Elektroniker in Stäfa und würde gern hören, wie der Bewerbungsprozess bei euch war.`, { to: 'Lukas Brändli' }),
  I('en', [], `Hi Olivia, I loved your talk at the Lucerne Tourism Summit on crowding at the Chapel Bridge. I'm a tour guide in Interlaken and we see the same problem – what helped most with the bus groups?`, { to: 'Olivia Brunner' }),

  // --- invite.empty ---
  I('en', ['invite.empty'], ``, { to: 'Sarah Keller' }),
  I('de', ['invite.empty'], `Hoi Fabienne 👋`, { to: 'Fabienne Moser', hard: h }),
  I('en', ['invite.empty'], `   \n  `, { to: 'Daniel Wyss' }),
  I('de', ['invite.empty'], `Grüezi Herr Schärer,`, { to: 'Peter Schärer', hard: h }),
  I('en', ['invite.empty'], `🙏🤝`, { to: 'Mia Brunner' }),
  I('de', ['invite.empty'], `Hallo Frau Dr. Meier-Hollenstein!\n\n`, { to: 'Dr. Beatrice Meier-Hollenstein', hard: h }),

  // --- invite.placeholder ---
  I('en', ['invite.placeholder'], `Hi [First Name], I saw your work at [Company] and would love to connect.`, { to: 'Nina Graf', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder', 'invite.generic'], `Grüezi {Anrede} {Nachname}, ich bin auf Ihr Profil gestossen und würde mich über eine Vernetzung freuen.`, { to: 'Thomas Arnold' }),
  I('en', ['invite.placeholder'], `Hi Marco, great meeting you at XXX last week – your point about supply chain finance for small exporters stuck with me.`, { to: 'Marco Bernasconi', hard: h }),
  I('de', ['invite.placeholder'], `Hallo <Vorname>, als Lernende im Detailhandel interessiere ich mich für deinen Weg von der Lehre bis zur Filialleitung bei Coop. Liebe Grüsse, Leonie`, { to: 'Jana Wyss', from: 'Leonie Baumann', hard: h }),
  I('de', ['invite.placeholder'], `Liebe Frau ___, herzlichen Dank für Ihren Vortrag an der HR-Konferenz in Bern zur Lohngleichheitsanalyse. Ich würde mich freuen, in Kontakt zu bleiben.`, { to: 'Karin Berger', hard: h }),
  I('en', ['invite.placeholder', 'invite.sales-pitch'], `Hi {{first_name}}! Loved your recent post about {{topic}}. I help {{industry}} leaders scale their outbound pipeline. Open to a quick chat?`, { to: 'Lisa Meier', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], `Hoi Sandro, danke für den Tipp mit dem Treuhänder [Name einfügen] – wir haben jetzt endlich jemanden für die MWST-Abrechnung.`, { to: 'Sandro Käser', hard: h }),

  // --- invite.wrong-name ---
  I('en', ['invite.wrong-name'], `Hi John, I enjoyed your panel on ESG reporting at the Swiss Re Centre for Global Dialogue. Would be great to connect.`, { to: 'Anna Müller' }),
  I('de', ['invite.wrong-name'], `Grüezi Herr Meier, Ihr Beitrag zum neuen Datenschutzgesetz war für unsere Kanzlei in Chur sehr hilfreich. Gerne würde ich Ihre Beiträge weiter verfolgen.`, { to: 'Stefan Bosshard', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Sarah, Thomas Widmer told me you are the expert for solar panels on farm roofs in the Emmental. Could I ask you two questions about the grid fees? Thanks, Lisa`, { to: 'Sabrina Gerber', from: 'Lisa Kuster', hard: h }),
  I('de', ['invite.wrong-name'], `Hoi Michi, danke für dein Feedback zu meinem Bewerbungsdossier am Coaching-Abend. Ich habe den Lebenslauf jetzt komplett umgebaut.`, { to: 'Daniela Huber', hard: h }),
  I('de', ['invite.wrong-name'], `Liebe Claudia, wie besprochen am Lernendentag der Baloise: hier meine Vernetzungsanfrage, damit ich dir die Unterlagen zum Austauschjahr schicken kann. Liebe Grüsse, Petra`, { to: 'Corinne Stäheli', from: 'Petra Suter', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Daniel, thanks for the honest tips on pricing my first freelance UX projects at the Zurich Design Meetup. I've raised my day rate since.`, { to: 'Nathalie Roth' }),

  // --- invite.generic: templates, some disguised as warm notes ---
  I('en', ['invite.generic'], `Hi Sandra, I came across your profile and would like to add you to my professional network.`, { to: 'Sandra Jost' }),
  I('de', ['invite.generic'], `Guten Tag Herr Kälin, ich bin auf Ihr Profil gestossen und würde mich freuen, Sie in meinem Netzwerk begrüssen zu dürfen. Freundliche Grüsse`, { to: 'Thomas Kälin' }),
  I('en', ['invite.generic'], `Hi Priya! Hope you're having a wonderful week ☀️ I'm always excited to connect with inspiring people in our industry and learn from each other. Looking forward to staying in touch! Warmly, Bea`, { to: 'Priya Raman', from: 'Beatrice Vogel', hard: h }),
  I('de', ['invite.generic'], `Liebe Frau Schmid, Ihr Profil hat mich sehr beeindruckt! Ich vernetze mich gerne mit spannenden Menschen und freue mich auf einen inspirierenden Austausch. Herzlich, Nina`, { to: 'Irene Schmid', from: 'Nina Koller', hard: h }),
  I('en', ['invite.generic'], `Hello, I am looking to expand my network with professionals in the banking sector. Please accept my request. Regards`, { to: 'Markus Hug', hard: h }),
  I('de', ['invite.generic'], `Hoi Reto, ich baue mein Netzwerk in der Versicherungsbranche aus und würde mich freuen, wenn wir uns vernetzen. Beste Grüsse`, { to: 'Reto Gisler', hard: h }),
  I('en', ['invite.generic'], `Hi Jana, we seem to have many mutual connections and I thought it would be great to connect. Have a great day!`, { to: 'Jana Novak', hard: h }),
  I('en', ['invite.generic'], `Dear Mr. Wenger, your profile is truly impressive and I believe we could both benefit from being connected. Kind regards, Raj`, { to: 'Hans Wenger', from: 'Raj Patel', hard: h }),
  I('de', ['invite.generic'], `Hallo Tanja 😊 Ich finde deinen Werdegang mega spannend und möchte mich gerne mit dir vernetzen. Liebe Grüsse aus Luzern`, { to: 'Tanja Bucher', hard: h }),
  I('en', ['invite.generic'], `Hi Leo, as a fellow professional I would love to connect and exchange insights from time to time. Cheers`, { to: 'Leonardo Conti', hard: h }),
  I('de', ['invite.generic'], `Sehr geehrter Herr Steiner, da wir in ähnlichen Bereichen tätig sind, würde ich mich über eine Vernetzung sehr freuen. Mit freundlichen Grüssen, Sabine Frei`, { to: 'Peter Steiner', from: 'Sabine Frei', hard: h }),

  // --- invite.duplicate (history: earlier notes to other people) and look-alikes ---
  I('en', ['invite.duplicate'], `Hi Nora, great to meet you at the Swiss Startup Night in Lausanne yesterday – your energy was contagious. Let's stay in touch and see where our paths cross again!`, {
    to: 'Nora Blanc', hard: h,
    history: [
      { to: 'Luca Rossi', text: `Hi Luca, great to meet you at the Swiss Startup Night in Lausanne yesterday – your energy was contagious. Let's stay in touch and see where our paths cross again!` },
      { to: 'Sophie Morel', text: `Hi Sophie, great to meet you at the Swiss Startup Night in Lausanne yesterday – your energy was contagious. Let's stay in touch and see where our paths cross again!` },
    ],
  }),
  I('de', ['invite.duplicate'], `Grüezi Frau Berger, als Verantwortlicher für Nachwuchsförderung bei der Zuger Kantonalbank freue ich mich immer, engagierte Fachleute aus der Region kennenzulernen. Ich würde mich über die Vernetzung freuen. Freundliche Grüsse, Adrian Iten`, {
    to: 'Simone Berger', from: 'Adrian Iten', skip: ['invite.generic'], hard: h,
    history: [
      { to: 'Markus Hess', text: `Grüezi Herr Hess, als Verantwortlicher für Nachwuchsförderung bei der Zuger Kantonalbank freue ich mich immer, engagierte Fachleute aus der Region kennenzulernen. Ich würde mich über die Vernetzung freuen. Freundliche Grüsse, Adrian Iten` },
      { to: 'Ruth Zobrist', text: `Guten Tag Frau Zobrist, als Verantwortlicher für Nachwuchsförderung bei der Zuger Kantonalbank freue ich mich immer, engagierte Fachleute aus der Region kennenzulernen. Ich würde mich über die Vernetzung freuen. Freundliche Grüsse, Adrian Iten` },
    ],
  }),
  I('en', ['invite.duplicate'], `Hello Sara, I read your latest article on hospital procurement and found it very insightful. As someone working in medtech sales operations, I would really value having you in my network.`, {
    to: 'Sara Lindqvist', hard: h, skip: ['invite.generic'],
    history: [
      { to: 'Tom Becker', text: `Hi Tom, I read your latest article on hospital procurement and found it really insightful. As someone working in medtech sales operations, I would really value having you in my network.` },
    ],
  }),
  I('de', ['invite.duplicate', 'invite.sales-pitch'], `Guten Tag Herr Roth, mit unserer Software für Zeiterfassung sparen Handwerksbetriebe im Schnitt 5 Stunden Administration pro Woche. Gerne zeige ich Ihnen in 15 Minuten, wie das funktioniert.`, {
    to: 'Beat Roth',
    history: [
      { to: 'Erika Senn', text: `Guten Tag Frau Senn, mit unserer Software für Zeiterfassung sparen Handwerksbetriebe im Schnitt 5 Stunden Administration pro Woche. Gerne zeige ich Ihnen in 15 Minuten, wie das funktioniert.` },
      { to: 'Pius Odermatt', text: `Guten Tag Herr Odermatt, mit unserer Software für Zeiterfassung sparen Handwerksbetriebe im Schnitt 5 Stunden Administration pro Woche. Gerne zeige ich Ihnen in 15 Minuten, wie das funktioniert.` },
    ],
  }),
  I('en', ['invite.duplicate', 'invite.generic'], `Hi Kevin, I'm always looking to connect with like-minded professionals. Would be great to have you in my network!`, {
    to: 'Kevin Ochsner',
    history: [
      { to: 'Martina Lanz', text: `Hi Martina, I'm always looking to connect with like-minded professionals. Would be great to have you in my network!` },
    ],
  }),
  I('de', ['invite.duplicate'], `Hoi Jonas, merci fürs Mitmachen am SBB-Hackathon in Bern! Euer Prototyp für die Perronanzeige war mein Favorit. Lass uns in Kontakt bleiben. Gruss, Mirjam`, {
    to: 'Jonas Bärtschi', from: 'Mirjam Aebi', hard: h,
    history: [
      { to: 'Selina Frei', text: `Hoi Selina, merci fürs Mitmachen am SBB-Hackathon in Bern! Euer Prototyp für die Perronanzeige war mein Favorit. Lass uns in Kontakt bleiben. Gruss, Mirjam` },
      { to: 'Gian Casutt', text: `Hoi Gian, merci fürs Mitmachen am SBB-Hackathon in Bern! Euer Prototyp für die Perronanzeige war mein Favorit. Lass uns in Kontakt bleiben. Gruss, Mirjam` },
    ],
  }),
  I('de', [], `Hallo Karin, ich versuche es nochmals: Wir hatten am Forum Personalmanagement in Zürich über Jobsharing in Führungsrollen gesprochen, und ich würde dir gern unser Modell aus der Stadtverwaltung zeigen.`, {
    to: 'Karin Widmer', skip: ['invite.sales-pitch'], hard: h,
    history: [
      { to: 'Karin Widmer', text: `Hallo Karin, wir hatten am Forum Personalmanagement in Zürich über Jobsharing in Führungsrollen gesprochen, und ich würde dir gern unser Modell aus der Stadtverwaltung zeigen.` },
    ],
  }),
  I('en', [], `Hi Mia, your workshop on nurse rostering at the Swiss eHealth Summit was great – especially the part about letting teams swap weekend shifts themselves.`, {
    to: 'Mia Hofstetter', hard: h,
    history: [
      { to: 'Paul Gerber', text: `Hi Paul, your talk on hospital logistics at the Swiss eHealth Summit was great – especially the RFID tracking of beds.` },
      { to: 'Elena Rossi', text: `Hi Elena, thanks for the tour of your pharmacy robot at the Kantonsspital – I had no idea it could pick 2,000 packs an hour.` },
    ],
  }),

  // --- invite.sales-pitch (blatant and disguised as compliments or peer advice) ---
  I('de', ['invite.sales-pitch'], `Grüezi Herr Zbinden, wir von der Alpenblick Consulting helfen Treuhandbüros, ihre Jahresabschlüsse mit KI um 40% schneller zu erstellen. Darf ich Ihnen das in einem kurzen Call zeigen?`, { to: 'Hans Zbinden', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Melanie, love what you're doing at Helsana! Quick question – who handles your employee benefits platform? We just launched a CHF 9/month per employee solution and I'd love to give you a free demo.`, { to: 'Melanie Stucki', hard: h }),
  I('de', ['invite.sales-pitch'], `Hoi Sämi, ich hab gesehen, dass du jetzt selbständig bist – Gratulation! Als Versicherungsberaterin weiss ich, wie wichtig die richtige Absicherung am Anfang ist. Sollen wir uns mal auf einen Kafi treffen? Dann zeige ich dir ein paar Lösungen für Selbständige.`, { to: 'Samuel Bühlmann', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Dr. Weber, as a fellow healthcare professional I wanted to share something: our practice software reduced no-shows by 35% for 200+ Swiss practices. Worth a 15-minute call next week?`, { to: 'Dr. Lukas Weber', hard: h }),
  I('de', ['invite.sales-pitch'], `Guten Tag Frau Leuenberger, ich coache Führungskräfte im Pharma-Umfeld und habe in meinem 12-Wochen-Programm noch zwei Plätze frei (Frühbucherpreis CHF 2'400 statt 3'200).`, { to: 'Andrea Leuenberger' }),
  I('en', ['invite.sales-pitch'], `Hey Nils, not a sales pitch, promise 😅 I just think you'd love our new recruiting app – teams like yours fill roles 2x faster. Can I send you a trial login?`, { to: 'Nils Amrein', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Frau Caflisch, ich habe Ihren Beitrag zum Fachkräftemangel in der Hotellerie gelesen und musste schmunzeln, weil wir genau dafür eine Lösung haben: Unsere Plattform vermittelt Saisonniers innert 48 Stunden. Hätten Sie Lust auf eine kurze Präsentation?`, { to: 'Gianna Caflisch', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Peter, I help retirees in Switzerland get more out of their pension fund payout – most of my clients save between CHF 20k and 50k in taxes. Happy to run the numbers for you, free of charge.`, { to: 'Peter Ackermann', hard: h }),
  I('de', ['invite.sales-pitch'], `Sali Jasmin, ich bin Fotografin in Winterthur und mache Business-Porträts – aktuell mit 20% Rabatt für Start-ups. Schau doch mal auf meiner Website vorbei!`, { to: 'Jasmin Akgül' }),
]);
