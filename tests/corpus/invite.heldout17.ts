import { I, named } from './types';

const h = true;

/**
 * heldout17 (blind): invitation notes from an ordinary LinkedIn week in Switzerland/DACH and beyond:
 * meetups, conferences, trades, hospitals, municipalities, students, recruiters and vendors (some
 * pitching, some not), nicknames, ae/oe/ue spellings, sign-offs, third persons, templates.
 * English and German (Swiss "ss", Germany, Austria; Sie and du). Labelled from docs/rules.md only,
 * without looking at the engine.
 */
export default named('invite-heldout17', [
  // ---- English: clean ----
  I('en', [], 'Hi Priya, your talk at Swiss Cyber Storm on phishing simulations was the most practical session of the day. I run security awareness at a cantonal hospital and would love to stay in touch.', { to: 'Priya Raman', headline: 'Security Awareness Lead | Speaker' }),
  I('en', [], 'Hi Tom, thanks for the chat at the Zurich Python meetup last night. Happy to send over the pytest fixture trick I mentioned. Best, Sandra', { to: 'Thomas Whitfield', from: 'Sandra Kälin', hard: h }),
  I('en', [], "Hello Ms. Okafor, Dr. Lukas Meier suggested I contact you about your work on pediatric sleep studies. I'm a second-year resident in Bern and would value connecting.", { to: 'Adaeze Okafor', hard: h }),
  I('en', [], "I'd like to add you to my professional network, Marc – we sat next to each other at the SBB data conference and I still owe you that article on track sensor anomalies.", { to: 'Marc Dubois', hard: h }),
  I('en', [], 'Hi Anna, I came across your profile while researching women-led breweries in Graubünden. Your post about switching to local barley really stuck with me. Would be glad to connect.', { to: 'Anna Caduff', headline: 'Brewer & Co-owner, Bündner Bierwerk', hard: h }),
  I('en', [], "Hi Sam, fellow ETH alum here (D-MAVT '14). Saw you moved to Lausanne for the battery startup – congrats, and I'd love to follow along.", { to: 'Samantha Reyes', headline: 'Cell Engineer at a battery startup, Lausanne', hard: h }),
  I('en', [], "Quick question rather than a pitch: how did you get your ISO 13485 audit through in under six months? I'm setting up QA at a small medtech in Neuchâtel and your comment on Rahel's post made me curious.", { to: 'Jonas Weber', headline: 'QA/RA Manager, Medtech', hard: h }),
  I('en', [], "Hi Olu, we met at the Lagos–Zurich trade dinner. I'm still thinking about your point on mobile money fees. Let's keep the conversation going.", { to: 'Oluwaseun Adeyemi', hard: h }),
  I('en', [], "Hi Lena, I'm a sales engineer at a pump manufacturer, but I'm writing for a different reason: your thread on apprenticeship dropouts matched what I see with our own apprentices. Would love to exchange notes.", { to: 'Lena Vogt', headline: 'Berufsbildnerin | Apprenticeship advocate', hard: h }),
  I('en', [], "Hi Marta, I recruit for nursing roles in Ticino and saw you're finishing your Bachelor at SUPSI. No job offer here – just happy to be a contact if you ever have questions about the local market.", { to: 'Marta Colombo', headline: 'Nursing student at SUPSI', hard: h }),
  I('en', [], "Hi Chris, your comment under Beat Zimmermann's post about heat pumps in old buildings was the clearest explanation I've read. I manage renovations for a housing co-op in Winterthur and would love to connect.", { to: 'Christina Hofer', hard: h }),
  I('en', [], 'Hi Yuki, thanks for showing me around the Kyoto lab during the exchange week – hope to return the favour in Basel.', { to: 'Yuki Tanaka' }),
  I('en', [], 'Hello Jessica, thanks for your help at the booth yesterday – the spare HDMI adapter saved our demo.', { hard: h }),
  I('en', [], "Hi Grace, I'm a physiotherapist thinking about moving into health-tech product roles. Your path from clinic to PM at Ada Health is exactly what I'm curious about. Would you be open to a short exchange sometime?", { to: 'Grace Liu', headline: 'Product Manager at Ada Health', hard: h }),
  I('en', [], 'Hi Dr. Nkemelu, your lecture on antimicrobial stewardship in Geneva changed how our ward reviews antibiotics. Thank you, and I hope we can stay in touch.', { to: 'Chidi Nkemelu' }),
  I('en', [], "Hi Beat, I'm the electrician who did the wiring on the Oerlikon school project with your timber crew. Good working with you – let's keep in touch for the next one.", { to: 'Beat Zürcher', hard: h }),
  I('en', [], "Hi Marie, I'm a freelance translator (DE/FR>EN) and just read your blog on localising medical device labels. The part on Swiss French vs. France French terminology was new to me. Glad to connect.", { to: 'Marie Rochat', hard: h }),
  I('en', [], "Hi Kim, your team's open Swiss German speech dataset saved my master's thesis. Thank you – I'd love to follow what you build next.", { to: 'Kim Nguyen' }),
  I('en', [], "Thanks for the intro via Martin, Julia – I'll bring the pilot numbers to Thursday's call.", { to: 'Julia Frick', hard: h }),
  I('en', [], "👋 Hi Mo, loved meeting your daughter's robotics team at the FIRST LEGO League final – your coaching showed. Let's connect!", { to: 'Mohammed Al-Sayed', hard: h }),
  I('en', [], 'Hi Felix, I saw the opening for a junior data engineer at Swisscom and noticed you lead that team. Could I ask you two questions about the tech stack before applying?', { to: 'Felix Roth', headline: 'Data Engineering Lead at Swisscom', hard: h }),
  I('en', [], 'Hi Alex, great to finally put a face to the name after a year of Jira tickets between Zug and Krakow. Drinks on me when you visit HQ. Cheers, Pawel', { to: 'Alexandra Novak', from: 'Pawel Zielinski', hard: h }),
  I('en', [], 'Dear Professor Haldimann, I attended your public lecture on glacier retreat at the University of Fribourg. As a high-school geography teacher I would love to use your melt maps in class – may I stay in touch?', { to: 'Ueli Haldimann', hard: h }),
  I('en', [], 'Hi Leo, sending this again because LinkedIn swallowed my first request: great working with you on the Lucerne festival volunteers rota!', { to: 'Leo Steiner', history: [{ to: 'Leo Steiner', text: 'Hi Leo, great working with you on the Lucerne festival volunteers rota!' }], hard: h }),
  I('en', [], "Hi Ingrid, my colleague Kevin Moser said you're the one who got the Oslo tram depot onto 100% solar. I'd be very grateful for 20 minutes to hear how you convinced the city.", { to: 'Ingrid Solberg', hard: h }),
  // ---- English: generic ----
  I('en', ['invite.generic'], 'Hi Daniel, I came across your profile and would like to add you to my professional network.', { to: 'Daniel Frey' }),
  I('en', ['invite.generic'], "Hello, I'm looking to expand my network with professionals in the industry. Looking forward to connecting!", { to: 'Laura Bianchi' }),
  I('en', ['invite.generic'], 'Dear Mr. Schmid, it would be an honour to connect with a professional of your calibre. Wishing you a great week! Kind regards, Peter', { to: 'Urs Schmid', from: 'Peter Lang', hard: h }),
  I('en', ['invite.generic'], "Hi Noah! Hope you're having a wonderful week. I'm always keen to meet inspiring people and grow my network. Cheers, Ava", { to: 'Noah Keller', from: 'Ava Lindqvist', hard: h }),
  I('en', ['invite.generic'], 'Hi Ethan, I see we have many mutual connections. Would love to connect.', { to: 'Ethan Moore', hard: h }),
  I('en', ['invite.generic'], 'Greetings! I am reaching out to connect with professionals across industries. Looking forward to a mutually beneficial relationship.', { to: 'Hannah Berg' }),
  I('en', ['invite.generic'], "Hi Ms. Keller, I'd like to add you to my LinkedIn network. Regards, Ivan Petrov", { to: 'Simone Keller', from: 'Ivan Petrov', hard: h }),
  // ---- English: sales pitches ----
  I('en', ['invite.sales-pitch'], 'Hi Kevin, we help logistics companies like yours cut fuel costs by up to 18% with route optimisation. Do you have 15 minutes for a quick call next week so I can show you a demo?', { to: 'Kevin Baumann', headline: 'Head of Fleet at a Swiss logistics group', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], "Hi Chloé, loved your post about onboarding chaos at scale-ups. That's exactly the problem our HR platform solves – happy to walk you through it in a 20-minute demo whenever suits.", { to: 'Chloé Martin', hard: h }),
  I('en', ['invite.sales-pitch'], "Hi Raj, curious – is your team still reconciling invoices by hand? We've automated that for 40+ Swiss SMEs at CHF 290/month. Worth a quick chat?", { to: 'Raj Patel', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], 'Hi Fatima, I run a boutique agency producing LinkedIn video content for executives. Packages start at EUR 1,500/month and clients see 3x more profile views. Open to a call?', { to: 'Fatima Zahra', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], "Hi Omar, would love your advice – we just launched a compliance chatbot for private banks and I'd like 30 minutes in your calendar to show you how it works and what it costs.", { to: 'Omar Haddad', headline: 'COO at a Geneva private bank', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], 'Hey Luca – our Swiss-hosted CRM is 40% off for new customers until Friday. Can I send you the price list?', { to: 'Luca Ferrari', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], 'Hi Diego, impressive growth at your restaurant group! Restaurants like yours typically lose 12% of revenue to no-shows, and our booking tool fixes that. Shall I send over a short demo?', { to: 'Diego Fernández', headline: 'Founder, Tapas Group Zurich', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], "Hi Rachel, as a certified executive coach I help leaders like you get promoted within 12 months – guaranteed. First session is free, just reply 'yes'.", { to: 'Rachel Adams', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], "Hi Henrik, congrats on the Series A! Teams that scale fast usually hit payroll headaches around 50 people – that's where we come in. Could we book a short slot so I can present our platform?", { to: 'Henrik Larsen', headline: 'CEO & Co-founder | We just raised our Series A', hard: h }),
  // ---- English: wrong name ----
  I('en', ['invite.wrong-name'], "Hi Michael, great meeting you at the AI Summit in London. Let's stay in touch!", { to: 'David Chen' }),
  I('en', ['invite.wrong-name'], "Dear Sarah, your article on carbon accounting for SMEs was spot on. I'd welcome the chance to connect.", { to: 'Rebecca Stone', hard: h }),
  I('en', ['invite.wrong-name'], 'Dear Mr. Brown, thank you for the insightful Q&A after the treasury webinar yesterday.', { to: 'James Whitaker', hard: h }),
  I('en', ['invite.wrong-name'], "Hi Anna, Katrin from the Basel chapter said you're the person to talk to about our mentoring programme.", { to: 'Julia Frick', hard: h }),
  // ---- English: placeholders ----
  I('en', ['invite.placeholder'], 'Hi {first_name}, I noticed we both work in {industry} and thought it would be great to connect!', { to: 'Nina Graf', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], 'Hi Fabio, loved your talk at [EVENT]. Would be great to connect.', { to: 'Fabio Russo', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.placeholder'], 'Hi %NAME%, congrats on the new role at %COMPANY%!', { to: 'Tariq Aziz', skip: ['invite.generic'] }),
  // ---- English: empty ----
  I('en', ['invite.empty'], '', { to: 'Ines Kovač' }),
  I('en', ['invite.empty'], 'Hi Ben 👋', { to: 'Benjamin Ott', hard: h }),
  I('en', ['invite.empty'], '   ', { to: 'Peter Huber' }),
  // ---- English: duplicates ----
  I('en', ['invite.duplicate'], 'Hi Mark, I enjoyed your panel at the Geneva Impact Forum on blended finance. I work on climate funds at a family office and would love to stay connected.', {
    to: 'Mark Jensen',
    history: [{ to: 'Sophie Laurent', text: 'Hi Sophie, I enjoyed your panel at the Geneva Impact Forum on blended finance. I work on climate funds at a family office and would love to stay connected.' }],
    hard: h,
  }),
  I('en', ['invite.duplicate', 'invite.generic'], "Hi Sara, I'm building my network in the fintech space and would love to connect with you.", {
    to: 'Sara Lopez',
    history: [
      { to: 'Paul Meyer', text: "Hi Paul, I'm building my network in the fintech space and would love to connect with you." },
      { to: 'Tina Roth', text: 'Hi Tina, thanks for the great workshop on PSD3 in Frankfurt!' },
    ],
  }),
  I('en', ['invite.duplicate'], "Hi Emma, I'm a product designer in Zurich working on accessibility for banking apps. I enjoy learning from people in the field and would be happy to connect.", {
    to: 'Emma Schultz',
    history: [{ to: 'Ravi Kumar', text: "Hi Ravi, I'm a product designer in Zurich working on accessibility for banking apps. I enjoy learning from people in the field and would be glad to connect." }],
    skip: ['invite.generic'],
    hard: h,
  }),

  // ---- German: clean ----
  I('de', [], 'Guten Tag Frau Hürlimann, gerne möchte ich Sie zu meinem Netzwerk hinzufügen – Ihr Referat an der Gemeindeschreiber-Tagung in Olten zur digitalen Baubewilligung hat mir für unser Projekt in Wil viel gebracht.', { to: 'Verena Hürlimann', hard: h }),
  I('de', [], 'Hoi Juerg, merci nochmals für die Führung durch eure Käserei in Gruyères. Die Idee mit dem Molke-Recycling lässt mich nicht los!', { to: 'Jürg Müller', hard: h }),
  I('de', [], 'Hallo Herr Schuerch, Frau Gerber vom KMU-Verband hat mir empfohlen, mich bei Ihnen zu melden – es geht um Lehrstellen für Polymechaniker in der Region Thun.', { to: 'Daniel Schürch', hard: h }),
  I('de', [], 'Hey Steffi, war super, dich beim Barcamp in Köln kennenzulernen! Deine Session zu Remote-Onboarding war mein Highlight. Liebe Grüße, Jana', { to: 'Stefanie Wolf', from: 'Jana Krüger', hard: h }),
  I('de', [], 'Servus Flo, danke für den Tipp mit dem Förderprogramm der aws – wir haben den Antrag gestern eingereicht!', { to: 'Florian Pichler', hard: h }),
  I('de', [], 'Lieber Sepp, schön, dass wir uns beim Tourismusforum in Alpbach wieder gesehen haben. Auf eine gute Wintersaison!', { to: 'Josef Huber', hard: h }),
  I('de', [], 'Hallo Frau Ammann, ich bin Verkaufsleiterin bei einem Laborausrüster – schreibe Ihnen aber als Mutter: Ihr Vortrag zur MINT-Förderung von Mädchen am Elternabend in Uster hat mich beeindruckt. Gerne bleibe ich mit Ihnen in Kontakt.', { to: 'Ruth Ammann', hard: h }),
  I('de', [], 'Hallo Marco, ich übernehme im Januar die IT-Leitung einer Gemeinde und habe gesehen, dass du in Horgen die M365-Migration gemacht hast. Hättest du Lust auf einen Kaffee und einen Erfahrungsaustausch?', { to: 'Marco Bühler', headline: 'Leiter Informatik, Gemeinde Horgen', hard: h }),
  I('de', [], 'Grüezi Frau Rüegg, Ihr Artikel in der Handelszeitung über Nachfolgeregelungen in Familienbetrieben kam genau zum richtigen Zeitpunkt – wir stehen in unserer Schreinerei vor dieser Frage. Ich würde mich über eine Vernetzung freuen.', { to: 'Elisabeth Rüegg', hard: h }),
  I('de', [], 'Liebe Frau Dr. Pointner, danke für die Betreuung meiner Bachelorarbeit an der FH Joanneum! Ich würde gerne mit Ihnen in Verbindung bleiben.', { to: 'Sabine Pointner' }),
  I('de', [], 'Danke dir, Yvonne, für die spontane Hilfe mit dem Excel-Makro beim Kurs gestern – das hat mir den Abend gerettet.', { to: 'Yvonne Marti', hard: h }),
  I('de', [], 'Hallo Frau Kälin, Thomas Widmer von der ZHAW meinte, Sie seien die richtige Ansprechperson für Fragen zur Kreislaufwirtschaft im Bau. Darf ich mich bei Gelegenheit mit einer Frage melden?', { to: 'Regula Kälin', hard: h }),
  I('de', [], 'Hoi Mätthu, cool hesch am Unihockey-Turnier z Langnau mitgspilt! Bis zum nächschte Mal am Firmenlauf.', { to: 'Matthias Gerber', hard: h }),
  I('de', [], 'Hallo Ben, ich bin Recruiterin bei einer Personalagentur – aber keine Sorge, kein Jobangebot: Dein Post über den Quereinstieg in die Pflege hat mich zum Nachdenken gebracht. Mich würde interessieren, was dir am meisten geholfen hat.', { to: 'Benedikt Haas', hard: h }),
  I('de', [], 'Hallo Frau Vogt, danke für Ihre Zeit beim Infoanlass der Pädagogischen Hochschule Luzern.', { to: 'Irene Vogt' }),
  I('de', [], 'Hallo Frau Baehler, Ihre Antwort auf meine Frage im Webinar zum neuen Datenschutzgesetz war Gold wert. Ich würde mich freuen, vernetzt zu bleiben.', { to: 'Corinne Bähler', hard: h }),
  I('de', [], 'Guten Tag Herr Odermatt, ich bin Account Manager bei einem Softwarehaus in Luzern. Wir haben uns letzte Woche beim Stanser Gewerbeapéro über die Nachfolge in Ihrem Betrieb unterhalten – danke für die offenen Worte.', { to: 'Pirmin Odermatt', hard: h }),
  I('de', [], 'Liebe Aylin, wir haben am Hackathon der Stadt Wien zusammen am Radwege-Projekt gearbeitet. Würde mich freuen, wenn wir uns bei der nächsten Challenge wieder im Team finden!', { to: 'Aylin Yılmaz' }),
  I('de', [], 'Grüezi Herr Tschannen, Ihr Lehrling Jan hat bei uns in der Schnupperwoche einen top Eindruck hinterlassen. Gerne bleibe ich mit Ihnen als Ausbildner in Kontakt.', { to: 'Fritz Tschannen', hard: h }),
  I('de', [], 'Hallo Andreas, wie besprochen hier noch die Vernetzung – die Unterlagen zur Photovoltaik-Anlage auf dem Schulhaus Rorbas schicke ich dir morgen.', {
    to: 'Andreas Kunz',
    history: [{ to: 'Andreas Kunz', text: 'Hallo Andreas, wie besprochen hier noch die Vernetzung – die Unterlagen zur Photovoltaik-Anlage auf dem Schulhaus Rorbas schicke ich dir morgen.' }],
    hard: h,
  }),
  I('de', [], 'Sehr geehrte Frau Prof. Lindner, Ihr Buch über Verhandlungsführung im Einkauf begleitet mich seit dem Studium in Mannheim. Danke dafür – ich würde mich über eine Vernetzung sehr freuen.', {
    to: 'Gabriele Lindner',
    history: [{ to: 'Holger Pietsch', text: 'Hallo Herr Pietsch, danke für die Einladung zum Einkäuferstammtisch in Mannheim.' }],
    hard: h,
  }),
  I('de', [], 'Hallo Kathrin, ich bin die neue Praxisassistentin bei Dr. Imhof und darf ab Montag deine Stellvertretung in der Lehrlingsbetreuung übernehmen. Freue mich auf die Zusammenarbeit!', { to: 'Kathrin Imboden', hard: h }),
  I('de', [], 'Grüß Gott Herr Mayrhofer, danke für die rasche Hilfe beim Lawinenkurs am Arlberg – Ihr Hinweis zur Schneedeckenanalyse hat unserem Bergführer-Team viel gebracht. Beste Grüße aus Innsbruck, Veronika', { to: 'Johann Mayrhofer', from: 'Veronika Auer', hard: h }),
  I('de', [], 'Hi Susi, wie abgemacht: Hier der Kontakt, damit ich dir die Präsentation vom Pflegekongress in Nürnberg schicken kann.', { to: 'Susanne Brandl', hard: h }),
  // ---- German: generic ----
  I('de', ['invite.generic'], 'Grüezi Herr Wenger, gerne würde ich mein Netzwerk mit Ihnen erweitern. Freundliche Grüsse', { to: 'Hans Wenger' }),
  I('de', ['invite.generic'], 'Hallo Sabine, ich bin auf dein Profil gestossen und würde mich freuen, wenn wir uns vernetzen.', { to: 'Sabine Koch' }),
  I('de', ['invite.generic'], 'Liebe Frau Dr. Lehner, es wäre mir eine Ehre, mit einer so erfahrenen Expertin vernetzt zu sein. Herzliche Grüsse, Martin Egli', { to: 'Eva Lehner', from: 'Martin Egli', hard: h }),
  I('de', ['invite.generic'], 'Hi Timo, bin immer offen für neue Kontakte aus der Branche. Lass uns connecten!', { to: 'Timo Berger', hard: h }),
  I('de', ['invite.generic'], 'Servus Lukas, ich baue gerade mein Netzwerk aus und würde mich über eine Vernetzung freuen. LG', { to: 'Lukas Gruber' }),
  I('de', ['invite.generic'], 'Sehr geehrte Frau Schneider, Ihr Profil hat mich sehr beeindruckt. Ich würde mich freuen, Sie in meinem Netzwerk begrüssen zu dürfen.', { to: 'Monika Schneider', hard: h }),
  I('de', ['invite.generic'], 'Hallo Herr Steiner, als Experte in Ihrem Bereich wären Sie eine grosse Bereicherung für mein Netzwerk. Ich freue mich auf den Austausch!', { to: 'Kurt Steiner', hard: h }),
  I('de', ['invite.generic'], 'Guten Tag, ich vernetze mich gerne mit interessanten Menschen. Viele Grüsse, Sandra Baumann', { to: 'Oliver Wyss', from: 'Sandra Baumann', hard: h }),
  I('de', ['invite.generic'], 'Sehr geehrte Frau Mag. Auer, ich würde mich sehr freuen, Sie in mein berufliches Netzwerk aufzunehmen. Mit besten Grüßen', { to: 'Karin Auer' }),
  // ---- German: sales pitches ----
  I('de', ['invite.sales-pitch'], 'Guten Tag Herr Koller, wir unterstützen Treuhandbüros wie Ihres dabei, die Buchhaltung zu 80 % zu automatisieren. Hätten Sie nächste Woche 15 Minuten für eine kurze Demo?', { to: 'Roland Koller', headline: 'Inhaber, Koller Treuhand AG', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], 'Hallo Frau Brunner, Ihr Beitrag zum Fachkräftemangel in der Pflege hat mich sehr angesprochen. Genau dafür haben wir eine Recruiting-Lösung entwickelt, die Spitälern im Schnitt 30 % der Vakanzzeit spart. Darf ich sie Ihnen kurz vorstellen?', { to: 'Andrea Brunner', hard: h }),
  I('de', ['invite.sales-pitch'], 'Hey Nico, wir haben gerade ein neues Coaching-Paket für Gründer gelauncht – 3 Monate für nur 990 €. Interesse? Schreib mir einfach!', { to: 'Nico Schulz', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], 'Hallo Herr Gasser, wie viel Zeit verliert Ihr Team eigentlich noch mit Papier-Rapporten auf der Baustelle? Unsere App schafft das ab CHF 19 pro Nutzer ab. Darf ich Ihnen einen Testzugang einrichten?', { to: 'Peter Gasser', headline: 'Bauleiter', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], 'Grüß Gott Frau Mag. Wimmer, als zertifizierte Energieberaterin helfe ich Hotelbetrieben, die Energiekosten um bis zu 25 % zu senken. Gerne präsentiere ich Ihnen mein Angebot in einem kurzen Termin.', { to: 'Birgit Wimmer', headline: 'Direktorin, Hotel Post Lech', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], 'Hallo Frau Pfister, ich sehe, Sie sind bei der Raiffeisenbank für HR zuständig. Wir bieten Workshops zu Resilienz am Arbeitsplatz an – viele Banken in der Region sind bereits Kunden. Wann passt Ihnen ein kurzer Call, damit ich Ihnen das Konzept zeigen kann?', { to: 'Tanja Pfister', headline: 'HR Business Partner, Raiffeisenbank', hard: h }),
  I('de', ['invite.sales-pitch'], 'Lieber Herr Dr. Fuchs, Ihre Praxis verdient mehr Sichtbarkeit! Mit unserem SEO-Paket für Zahnärzte stehen Sie in 90 Tagen auf Seite 1 bei Google – sonst Geld zurück.', { to: 'Markus Fuchs', headline: 'Zahnarzt, Praxis am Bahnhof', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], 'Hey Lara, wir suchen gerade Pilotkunden für unser neues Tool zur Schichtplanung in Kitas – zum Vorzugspreis. Wäre das was für euch? Dann zeige ich es dir gerne in einem kurzen Call.', { to: 'Lara Zimmermann', headline: 'Kita-Leitung', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], 'Sehr geehrter Herr Weiß, nur noch diese Woche erhalten Neukunden 20 % Rabatt auf unsere Cloud-Telefonanlage. Darf ich Ihnen ein Angebot schicken?', { to: 'Jens Weiß', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], 'Hallo Frau Krämer, ich bräuchte Ihr Feedback: Wir haben ein KI-Tool für Arztpraxen entwickelt, das die Dokumentation halbiert. Darf ich es Ihnen in einer 20-minütigen Demo zeigen und dann hören, was Sie davon halten?', { to: 'Ute Krämer', headline: 'Hausärztin', skip: ['invite.generic'], hard: h }),
  // ---- German: wrong name ----
  I('de', ['invite.wrong-name'], 'Hallo Thomas, danke für das gute Gespräch an der Messe in Basel!', { to: 'Stefan Keller' }),
  I('de', ['invite.wrong-name'], 'Sehr geehrter Herr Baumgartner, vielen Dank für Ihre Ausführungen beim Bankenforum in Wien.', { to: 'Gerald Hofbauer', hard: h }),
  I('de', ['invite.wrong-name'], 'Liebe Katrin, schön, dass wir beim Frauennetzwerk-Lunch in Zug nebeneinander sassen. Herzlich, Nadine', { to: 'Sandra Iten', from: 'Nadine Suter', hard: h }),
  I('de', ['invite.wrong-name'], 'Hallo Kathi, danke fürs Mitnehmen zum Netzwerkapéro in Aarau – bis zum nächsten Mal!', { to: 'Carola Brandt', hard: h }),
  // ---- German: placeholders ----
  I('de', ['invite.placeholder'], 'Hallo <Vorname>, ich habe gesehen, dass Sie bei [Firma] arbeiten, und würde mich gerne vernetzen.', { to: 'Karin Lüthi', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], 'Guten Tag Herr XXX, gerne würde ich mich mit Ihnen über Ihre Erfahrungen im Facility Management austauschen.', { to: 'Bruno Stalder', headline: 'Leiter Facility Management', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], 'Hallo {{vorname}}, toll, dass wir uns auf der ___ kennengelernt haben!', { to: 'Mia Huber', skip: ['invite.generic'] }),
  // ---- German: empty ----
  I('de', ['invite.empty'], 'Hallo Frau Meier,', { to: 'Claudia Meier', hard: h }),
  I('de', ['invite.empty'], '', { to: 'Reto Bachmann' }),
  I('de', ['invite.empty'], 'Grüezi Herr Fischer! 🙂', { to: 'Ernst Fischer', hard: h }),
  // ---- German: duplicates ----
  I('de', ['invite.duplicate'], 'Hallo Petra, wir haben uns am Digitaltag in Zürich kurz beim Stand der SBB unterhalten. Ich würde gerne in Kontakt bleiben und mehr über eure Arbeit mit Open Data erfahren.', {
    to: 'Petra Zaugg',
    history: [{ to: 'Simon Frei', text: 'Hallo Simon, wir haben uns am Digitaltag in Zürich kurz beim Stand der SBB unterhalten. Ich würde gerne in Kontakt bleiben und mehr über eure Arbeit mit Open Data erfahren.' }],
    hard: h,
  }),
  I('de', ['invite.duplicate', 'invite.generic'], 'Hallo Frau Lange, gerne möchte ich mein Netzwerk erweitern und mich mit Ihnen vernetzen. Beste Grüße', {
    to: 'Sonja Lange',
    history: [
      { to: 'Ute Schmitt', text: 'Liebe Frau Schmitt, danke für die spannende Führung durch das Rechenzentrum in Frankfurt.' },
      { to: 'Michael Braun', text: 'Hallo Herr Braun, gerne möchte ich mein Netzwerk erweitern und mich mit Ihnen vernetzen. Beste Grüße' },
    ],
  }),
  I('de', ['invite.duplicate'], 'Grüezi Frau Huber, als Projektleiterin Digitalisierung im Kanton Aargau beschäftige ich mich mit E-Government und würde mich freuen, mit Ihnen vernetzt zu sein. Freundliche Grüsse, Selina Hess', {
    to: 'Monika Huber',
    from: 'Selina Hess',
    history: [{ to: 'Roger Bolliger', text: 'Grüezi Herr Bolliger, als Projektleiterin Digitalisierung im Kanton Aargau beschäftige ich mich mit E-Government und würde mich freuen, mit Ihnen vernetzt zu sein. Freundliche Grüsse, Selina Hess' }],
    skip: ['invite.generic'],
    hard: h,
  }),
]);
