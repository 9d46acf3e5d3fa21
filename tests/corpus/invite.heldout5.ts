import { I, named } from './types';

// Fifth held-out split (issue #3): a fresh blind split to measure how the coach generalises.
// Written from docs/rules.md and public descriptions of competing tools only, without reading the engine's phrase lists,
// and scored blind once (results-heldout5-blind.txt). Labels were not changed after scoring.
const h = true;

export default named('invite-heldout5', [
  // --- clean: specific, personal, non-selling notes (some with polite formulas, titles, nicknames) ---
  I('en', [], 'Hi Dr. Okafor, your poster on delirium screening after surgery at the Swiss Nursing Congress in Lausanne is the reason our ward in Liestal is rethinking night shifts. Would you mind if I asked how you trained the team?', { to: 'Dr. Ngozi Okafor', hard: h }),
  I('de', [], 'Grüezi Frau Hürlimann, Reto Bachmann von der Raiffeisenbank Wil hat mir empfohlen, mich bei Ihnen zu melden. Ich übernehme im Frühling die Schreinerei meines Vaters und hätte ein paar Fragen zur Nachfolgefinanzierung.', { to: 'Silvia Hürlimann', hard: h }),
  I('en', [], `Hey Kate, loved your thread on running a 4-person data team inside a hospital. We're trying to do the same at Spital Thurgau – could I steal 20 minutes to hear what you'd do differently?`, { to: 'Katherine Lloyd', hard: h }),
  I('de', [], 'Hoi Köbi, schön, dass wir uns am Turnfest in Aarau wieder über den Weg gelaufen sind. Meld dich, wenn ihr fürs Vereinsfest wieder jemanden für die Festwirtschaft braucht – ich kenne da eine gute Truppe.', { to: 'Jakob Steiner', hard: h }),
  I('de', [], 'Liebe Frau Brunner, herzlichen Dank für Ihr Referat am Pflegesymposium in Chur. Ihre Zahlen zur Fluktuation im ersten Berufsjahr haben mich lange nachdenklich gemacht.', { to: 'Claudia Brunner' }),
  I('en', [], `Hello Mr. Nakamura, I'm a second-year mechanical engineering student at ZHAW and came across your profile while reading about the Stadler hydrogen train. Would you be open to telling me a bit about your path into rail engineering?`, { to: 'Kenji Nakamura', headline: 'Lead Engineer Hydrogen Propulsion at Stadler', hard: h }),
  I('de', [], 'Sehr geehrte Frau Professorin Meier-Hess, Ihr Buch zur Arbeitszeiterfassung in KMU liegt seit Wochen auf meinem Pult. Als HR-Leiterin einer Metallbaufirma mit 40 Mitarbeitenden würde mich interessieren, wie Sie Vertrauensarbeitszeit sehen.', { to: 'Prof. Dr. Ursula Meier-Hess', hard: h }),
  I('en', [], `Hi Priyanka, thanks again for taking my shift on ward 4B last month – I actually made it to my sister's wedding! Hope the new rota treats you well.\nBest,\nMarco`, { to: 'Priyanka Sharma', from: 'Marco Rossi', hard: h }),
  I('de', [], 'Hallo Baerbel, wir waren zusammen im CAS Digital Health an der FHNW. Hast du Lust, mal wieder einen Kaffee zu trinken und über dein Projekt mit den Spitex-Tablets zu reden?', { to: 'Bärbel Jäggi', hard: h }),
  I('en', [], 'Hi Markus, you answered my question about SAP migration timelines in the Swiss CIO group yesterday – that saved me a week of guessing. Thank you!', { hard: h }),
  I('de', [], 'Hoi Ramona, merci vielmal für die Tipps zum Bewerbungsdossier beim Lehrstellen-Speeddating in Olten. Ich habe die Schnupperlehre bei der Elektro Gerber bekommen! Liebe Grüsse, Jonas', { to: 'Ramona Widmer', from: 'Jonas Baumann', hard: h }),
  I('en', [], `Hi Fatima, I'm a junior UX designer hoping to move from agency work into health tech, and your post about redesigning the onboarding of the CSS insurance app really resonated. Any advice on how you made that switch?`, { to: 'Fatima El-Amin', hard: h }),
  I('de', [], 'Guten Tag Herr Zimmermann, gerne würde ich mich mit Ihnen vernetzen. Wir haben uns letzte Woche am Geberit-Stand an der Swissbau über Vorwandinstallationen in Altbauten unterhalten.', { to: 'Beat Zimmermann', hard: h }),
  I('en', [], 'Hi Jonas, your talk on TypeScript generics at the Zurich JS meetup finally made Map<K, V> click for me. Would love to stay connected!', { to: 'Jonas Weber', hard: h }),
  I('de', [], 'Guten Tag Frau Novak, ich leite die Filiale von XXXLutz in Rothrist und habe Ihren Beitrag über die Lehrlingsausbildung im Detailhandel gelesen. Wie organisieren Sie die Rotation zwischen den Abteilungen?', { to: 'Petra Novak', hard: h }),
  I('en', [], 'Hi Anna-Lena, great to meet a fellow Swiss German in Singapore at the SwissCham mixer. Your story about the 3 a.m. calls with the Basel office made me laugh all the way home.', { to: 'Anna-Lena Hofstetter', hard: h }),
  I('de', [], 'Hallo Hampi, danke für den Rundgang durch die neue Produktionshalle in Sursee. Die Idee mit den Lernenden-Tandems nehme ich gerne in unseren Betrieb mit.', { to: 'Hans-Peter Wüest', hard: h }),
  I('en', [], `Hi Leo, I'm a tech recruiter in Zug and I keep seeing your name in the Rust community. No job pitch, promise – I'd just like to understand what Rust developers actually look for in a team, if you have 10 minutes sometime.`, { to: 'Leonardo Bianchi', hard: h }),
  I('de', [], 'Guten Tag Herr Ammann, Frau Dr. Lüthi hat mir erzählt, dass Sie in Ihrem Betrieb die 4-Tage-Woche eingeführt haben. Ich schreibe meine Masterarbeit genau dazu und würde Sie gerne kurz interviewen.', { to: 'Roland Ammann', hard: h }),
  I('en', [], `Hey Sam! Can't believe it's been 5 years since we shared that tiny office at Roche in Kaiseraugst. Saw you moved to Lisbon – how's the new lab?`, { to: 'Samantha Ortiz', hard: h }),
  I('de', [], 'Guten Tag Frau Gashi, als Leiterin Einkauf bei Emmi kennen Sie die Diskussion um die Milchpreise aus erster Hand. Ich schreibe für die Bauernzeitung eine Serie dazu – wären Sie offen für ein kurzes Gespräch?', { to: 'Arbnora Gashi', headline: 'Leiterin Einkauf bei Emmi', hard: h }),
  I('en', [], `Hi Rahel, I'm the co-founder of a small Bern startup building shift planning for Spitex teams. You scaled Nectar from 3 to 40 people – what's the one hiring mistake you'd warn a first-time founder about?`, { to: 'Rahel Tesfaye', hard: h }),
  I('de', [], 'Sehr geehrter Herr Dr. Schuepbach, vielen Dank für Ihre schnelle Antwort auf meine Frage zur Dosierung bei Niereninsuffizienz im Forum der Spitalapotheker. Ich würde mich freuen, in Kontakt zu bleiben.', { to: 'Dr. Günther Schüpbach', hard: h }),
  I('en', [], `Hi Grace! We did our nursing placement together at the Inselspital in 2019 – I just saw you're now a clinical nurse specialist. So happy for you!`, { to: 'Grace Mensah' }),
  I('en', [], 'Hello Ms. Dubois, Pierre and Nathalie from our Geneva office both said I should talk to you about the cantonal tender rules before we bid on the hospital IT project. Would you be open to a short exchange?', { to: 'Claire Dubois', hard: h }),
  I('de', [], 'Guten Tag Frau Dr. Yilmaz, ich würde Sie gerne zu meinem beruflichen Netzwerk hinzufügen – Prof. Gerber hat mir Ihre Studie zu Long Covid bei Lehrpersonen empfohlen, und ich betreue genau diese Gruppe in unserer Praxis.', { to: 'Dr. Elif Yilmaz', hard: h }),
  I('de', [], 'Sali Mirjam, schön hämmer eus am Kanti-Treffe wieder gseh! Ich schick dir de Link zum Fotoalbum vo de Maturreis. Liebi Grüess, Dani', { to: 'Mirjam Schnyder', from: 'Daniel Frei', hard: h }),
  I('de', [], 'Grüezi Herr Blättler, ich arbeite im Verkauf bei Schindler und bin neu in der Region Innerschweiz. Ich verkaufe Ihnen nichts, versprochen 🙂 Mich interessiert nur, wie Sie bei der ABZ die Wartungsfenster mit den Mietenden abstimmen.', { to: 'Pirmin Blättler', headline: 'Leiter Facility Management, Wohnbaugenossenschaft ABZ', hard: h }),
  I('en', [], 'Hi Oliver, I enjoyed our chat about heat pumps in old farmhouses at the Energy Apéro in Frauenfeld. Let me know how the Thurgau subsidy application goes!', { to: 'Oliver Brandt' }),
  I('de', [], 'Hallo Lea, schön, dass du jetzt auch im Vorstand vom Pflegeverband Zentralschweiz bist. Ich freue mich auf die Zusammenarbeit in der Arbeitsgruppe Ausbildung!', { to: 'Lea Fischer' }),

  I('en', [], 'hi Marco, great to meet you at the Geneva Motor show yesterday, your ev charging demo was realy cool. lets keep in touch!', { to: 'Marco Fontana', hard: h }),

  // --- invite.empty ---
  I('en', ['invite.empty'], '', { to: 'Lukas Meier' }),
  I('de', ['invite.empty'], 'Grüezi Herr Odermatt', { to: 'Reto Odermatt' }),
  I('en', ['invite.empty'], 'Hi Rebecca 👋😊', { to: 'Rebecca Lang', hard: h }),
  I('de', ['invite.empty'], 'Hallo Frau Dr. Weibel,\n\nFreundliche Grüsse\nMarc Roth', { to: 'Dr. Andrea Weibel', from: 'Marc Roth', hard: h }),
  I('en', ['invite.empty'], '   \n  ', { to: 'Chen Wei' }),
  I('de', ['invite.empty'], 'Hoi Seppi! 🙌', { to: 'Josef Arnold', hard: h }),
  I('en', ['invite.empty'], 'Dear Mr. Thompson,', { to: 'Richard Thompson' }),

  // --- invite.placeholder ---
  I('en', ['invite.placeholder'], 'Hi {first_name}, I noticed we both work in {industry} and thought it would be great to connect!', { to: 'Sophie Laurent', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], 'Hallo [Vorname], ich habe gesehen, dass Sie bei [Firma] im Bereich Logistik tätig sind. Gerne würde ich mich mit Ihnen austauschen.', { to: 'Nina Kaufmann', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], 'Hi Daniel, really enjoyed your talk at XXX about zero-trust networks in hospitals – the part about legacy MRI machines was eye-opening.', { to: 'Daniel Moser', hard: h }),
  I('de', ['invite.placeholder'], 'Sehr geehrte Frau Hadorn, wir haben uns am ___ in Luzern kennengelernt, und Sie haben mir von Ihrem Projekt zur Quartierentwicklung in der Neustadt erzählt. Ich würde den Austausch gerne fortsetzen.', { to: 'Monika Hadorn', hard: h }),
  I('en', ['invite.placeholder'], `Hello <NAME>, as a fellow product manager I'd love to connect and share ideas.`, { to: 'Ravi Patel', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], 'Hoi %VORNAME%, super Vortrag am Swiss Testing Day! Deine Folie zu den flaky Tests hängt jetzt bei uns im Teamraum. Gruss, Fabian', { to: 'Lorena Kunz', from: 'Fabian Egger', hard: h }),
  I('en', ['invite.placeholder'], 'Hi Emma, I saw your post about hiring nurses from abroad and shared it with our team at {{company}}. Would love to compare notes on the visa process!', { to: 'Emma Clarke', hard: h }),

  // --- invite.wrong-name ---
  I('en', ['invite.wrong-name'], `Hi Jessica, thanks for the great conversation at the Geneva Health Forum about digital triage. Let's stay in touch!`, { to: 'Melanie Carter' }),
  I('de', ['invite.wrong-name'], 'Liebe Corinne, vielen Dank für das Gespräch am Berufsbildungstag in Bern. Ich schicke dir die Unterlagen zum Lehrbetriebsverbund gerne per Mail.', { to: 'Simone Gerber' }),
  I('en', ['invite.wrong-name'], `Dear Dr. Hoffmann, your paper on sepsis alerts in the emergency department was discussed in our journal club last week, and I'd love to ask you about the false-positive rate.`, { to: 'Dr. Katrin Baumann', hard: h }),
  I('de', ['invite.wrong-name'], 'Guten Tag Herr Studer, danke für Ihre Zeit am Infoabend der HSG. Wie besprochen melde ich mich wegen des Executive MBA. Herzliche Grüsse aus Rapperswil', { to: 'Thomas Frey', hard: h }),
  I('en', ['invite.wrong-name'], 'Hi Sandra, great to meet you at the Swiss Payroll Summit! Honestly, Nadine, your tip about registering cross-border staff with the AHV saved our whole afternoon.', { to: 'Sandra Keller', hard: h }),
  I('de', ['invite.wrong-name'], 'Sali Ruedi, danke nochmals für die Probefahrt mit dem E-Traktor an der Olma. Ich melde mich wegen einer Vorführung auf unserem Hof.', { to: 'Walter Gisler', hard: h }),
  I('en', ['invite.wrong-name', 'invite.generic'], 'Hi Michael, I came across your profile and would love to connect.', { to: 'Daniel Frei' }),

  // --- invite.generic ---
  I('en', ['invite.generic'], 'Hi Sarah, I came across your profile and would like to add you to my professional network.', { to: 'Sarah Keller' }),
  I('de', ['invite.generic'], 'Guten Tag Herr Roth, ich bin auf Ihr Profil gestossen und würde mich freuen, Sie in meinem Netzwerk zu haben.', { to: 'Patrick Roth' }),
  I('en', ['invite.generic'], `Hi Aisha, your profile really stands out and I'm always keen to connect with inspiring professionals like you. Looking forward to learning from your posts!`, { to: 'Aisha Bello', hard: h }),
  I('de', ['invite.generic'], 'Hallo Sabrina, ich finde deinen Werdegang sehr spannend und würde mich freuen, wenn wir uns vernetzen. Liebe Grüsse, Tamara', { to: 'Sabrina Hug', from: 'Tamara Vogt', hard: h }),
  I('en', ['invite.generic'], 'Hello Mr. Jensen, as professionals in the same industry I believe we could both benefit from connecting and sharing insights.\nBest regards,\nPaul', { to: 'Erik Jensen', from: 'Paul Meyer', hard: h }),
  I('de', ['invite.generic'], 'Grüezi Frau Wyss, ich möchte mein Netzwerk erweitern und würde mich über Ihre Bestätigung freuen. Freundliche Grüsse', { to: 'Irene Wyss' }),
  I('en', ['invite.generic'], `Hey Tom! Always great to connect with like-minded people in the space. Let's connect and grow together 🚀`, { to: 'Thomas Becker', hard: h }),
  I('de', ['invite.generic'], 'Sehr geehrter Herr Dr. Lehmann, Ihr Profil hat mich sehr angesprochen. Ich würde mich freuen, mich mit Ihnen zu vernetzen und mich gelegentlich auszutauschen. Mit freundlichen Grüssen, Yvonne Kälin', { to: 'Dr. Stefan Lehmann', from: 'Yvonne Kälin', hard: h }),
  I('en', ['invite.generic'], `Hi Kevin, let's connect!`, { to: 'Kevin Doyle', skip: ['invite.empty'], hard: h }),

  I('de', ['invite.generic'], 'Hallo Herr Kaufmann, ich würde mich freuen sie in mein Netzwerk aufzunehmen. Beste grüsse', { to: 'Beat Kaufmann', hard: h }),

  // --- invite.duplicate (history: earlier notes to other people) and its look-alikes ---
  I('en', ['invite.duplicate'], `Hi Laura, great meeting you at the Fintech Apéro in Zug last night – let's stay in touch and maybe grab a coffee next time!`, {
    to: 'Laura Bianchi',
    history: [
      { to: 'Matteo Rossi', text: `Hi Matteo, great meeting you at the Fintech Apéro in Zug last night – let's stay in touch and maybe grab a coffee next time!` },
      { to: 'Jana Novak', text: `Hi Jana, great meeting you at the Fintech Apéro in Zug last night – let's stay in touch and maybe grab a coffee next time!` },
    ],
    hard: h,
  }),
  I('de', ['invite.duplicate'], 'Grüezi Frau Marti, als Projektleiterin bei der Gemeinde Köniz beschäftige ich mich mit der Digitalisierung von Baugesuchen und würde mich sehr über einen Austausch mit Fachpersonen aus anderen Gemeinden freuen. Freundliche Grüsse, Sandra Blaser', {
    to: 'Ursula Marti',
    from: 'Sandra Blaser',
    history: [{ to: 'Peter Iseli', text: 'Guten Tag Herr Iseli, als Projektleiterin bei der Gemeinde Köniz beschäftige ich mich mit der Digitalisierung von Baugesuchen und würde mich sehr über einen Austausch mit Fachpersonen aus anderen Gemeinden freuen. Freundliche Grüsse, Sandra Blaser' }],
    skip: ['invite.generic'],
    hard: h,
  }),
  I('en', ['invite.duplicate', 'invite.sales-pitch'], `Hi Marc, I help Swiss SMEs cut their cloud bill by up to 40% – would you be open to a quick 15-minute call next week so I can show you how?`, {
    to: 'Marc Favre',
    history: [
      { to: 'Sabine Roth', text: `Hi Sabine, I help Swiss SMEs cut their cloud bill by up to 40% – would you be open to a quick 15-minute call next week so I can show you how?` },
      { to: 'Dominik Graf', text: `Hello Dominik, I help Swiss SMEs cut their cloud bill by up to 40% – would you be open to a quick 15-minute call this week so I can show you how?` },
    ],
  }),
  I('de', ['invite.duplicate'], 'Hallo Timo, ich habe deinen Beitrag über die Einführung von Scrum bei der Post gelesen und fand besonders spannend, wie ihr die Fachbereiche von Anfang an in die Sprint-Reviews geholt habt. Ich stehe bei uns vor einer ähnlichen Aufgabe und würde mich sehr über einen kurzen Austausch freuen.', {
    to: 'Timo Graf',
    history: [{ to: 'Nora Lüscher', text: 'Hallo Nora, ich habe deinen Beitrag über die Einführung von Scrum bei der Mobiliar gelesen und fand besonders spannend, wie ihr die Fachbereiche von Anfang an in die Sprint-Reviews geholt habt. Ich stehe bei uns vor einer ähnlichen Aufgabe und würde mich sehr über einen kurzen Austausch freuen.' }],
    hard: h,
  }),
  I('de', ['invite.duplicate'], 'Hallo Herr Kunz, vielen Dank für den spannenden Abend am Netzwerkanlass der Handelskammer beider Basel. Ich würde mich freuen, wenn wir in Kontakt bleiben.', {
    to: 'Adrian Kunz',
    history: [{ to: 'Regula Schmid', text: 'Hallo Frau Schmid, vielen Dank für den spannenden Abend am Netzwerkanlass der Handelskammer beider Basel. Ich würde mich freuen, wenn wir in Kontakt bleiben.' }],
  }),
  I('en', [], 'Hi Owen, resending this since my first request seems to have expired: I loved your keynote on robotic pharmacy automation at Swiss ePharma Day and would like to ask about your vendor selection.', {
    to: 'Owen Price',
    history: [{ to: 'Owen Price', text: 'Hi Owen, I loved your keynote on robotic pharmacy automation at Swiss ePharma Day and would like to ask about your vendor selection.' }],
    hard: h,
  }),
  I('de', [], 'Hallo Melanie, danke für deinen Input am Workshop zur Lernendenrekrutierung in Baden – die Idee mit dem TikTok-Tag der offenen Tür probieren wir im März aus. Liebe Grüsse, Reto', {
    to: 'Melanie Suter',
    from: 'Reto Amsler',
    history: [{ to: 'Kevin Huber', text: 'Hallo Kevin, danke für deinen Input am Workshop zur Lernendenrekrutierung in Baden – dein Tipp mit den Schnuppertagen für Eltern hat unser ganzes Team überzeugt. Liebe Grüsse, Reto' }],
    hard: h,
  }),
  I('en', [], `Hi Ana, your thread on negotiating a first salary in Switzerland as an expat was the most useful thing I've read this month. I'm starting at Novartis in January – saving it for my review!`, {
    to: 'Ana Costa',
    history: [{ to: 'Ben Carter', text: 'Hi Ben, thanks for the tip about the Zurich housing cooperatives at the expat meetup.' }],
    hard: h,
  }),

  // --- invite.sales-pitch (obvious and subtle) ---
  I('en', ['invite.sales-pitch'], `Hi Jennifer, we're a Zurich-based agency offering LinkedIn ghostwriting from CHF 490/month. This week only: first month 50% off. Interested?`, { to: 'Jennifer Walsh' }),
  I('de', ['invite.sales-pitch'], 'Grüezi Herr Baumgartner, wir bieten KMU eine komplette IT-Betreuung ab CHF 89 pro Arbeitsplatz und Monat an. Darf ich Ihnen unverbindlich eine Offerte zustellen?', { to: 'Urs Baumgartner' }),
  I('en', ['invite.sales-pitch'], 'Hi Noah, congrats on the Series A for Klara Health! Teams at your stage usually hit a wall with compliance documentation – we helped 3 other Swiss medtechs get ISO 13485-ready in half the time. Worth a quick chat?', { to: 'Noah Levi', hard: h }),
  I('de', ['invite.sales-pitch'], 'Hallo Sandra, ich habe gesehen, dass ihr bei der Spitex Region Emme wachst – spannend! Ich begleite Pflegeorganisationen bei der Einführung digitaler Einsatzplanung und würde dir gerne in 20 Minuten zeigen, wie das bei euch aussehen könnte.', { to: 'Sandra Zaugg', hard: h }),
  I('en', ['invite.sales-pitch'], `Hey Priya, fellow founder here! We just launched Shiftly, an AI scheduling assistant for clinics. Would love to get it in front of your team – happy to set you up with a free pilot.`, { to: 'Priya Nair', hard: h }),
  I('de', ['invite.sales-pitch'], `Guten Tag Frau Dr. Meier, als unabhängiger Finanzberater helfe ich Ärztinnen und Ärzten, bis zu CHF 15'000 Steuern pro Jahr zu sparen. Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?`, { to: 'Dr. Karin Meier', hard: h }),
  I('de', ['invite.sales-pitch'], 'Hallo Herr Stalder, spannendes Profil! Wir von der Helvetia Lohnberatung unterstützen Unternehmen wie Ihres dabei, die Lohnnebenkosten nachhaltig zu senken. Ich würde mich über ein kurzes Kennenlerngespräch freuen, um Ihnen unseren Ansatz vorzustellen.', { to: 'Michael Stalder', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Chloe, I'd love your advice! We've built a tool that automates expense reports for nurses and I'm looking for early customers in Swiss hospitals. Could I show you a 10-minute demo?`, { to: 'Chloe Martin', hard: h }),
  I('en', [], `Hi Arjun, I'm recruiting for a Senior Backend Engineer role at a Basel fintech (hybrid, CHF 140-160k). Your Kotlin work on the open-source SEPA library looks like a great fit – open to a quick call?`, { to: 'Arjun Mehta', skip: ['invite.sales-pitch'], hard: h }),
]);
