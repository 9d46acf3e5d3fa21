import { I, named } from './types';

const h = true;

/**
 * heldout18 (blind): invitation notes from an ordinary LinkedIn week in Switzerland/DACH and beyond:
 * meetups, trade fairs, hospitals, trades, municipalities, apprentices, founders, recruiters and
 * vendors (some pitching, some not), nicknames, ae/oe/ue spellings, sign-offs, third persons,
 * templates, duplicates. English and German (Swiss "ss", Germany, Austria; Sie and du).
 * Labelled from docs/rules.md only, without looking at the engine or its results.
 */
export default named('invite-heldout18', [
  // --- clean: specific, personal, non-selling (many with traps) ---
  I('en', [], `Hi Sandra, your talk at the Zurich Product Meetup on killing features was the most honest 20 minutes of the evening. I'd like to add you to my network and keep following your work.`, { to: 'Sandra Keller', headline: 'Head of Product at Ricardo', hard: h }),
  I('de', [], `Grüezi Herr Brunner, ich habe Ihren Artikel zur Revision des Datenschutzgesetzes im KMU-Magazin gelesen. Die Checkliste für kleine Treuhandbüros hat mir sehr geholfen. Gerne würde ich mich mit Ihnen vernetzen. Freundliche Grüsse, Beat Zürcher`, { to: 'Reto Brunner', headline: 'Rechtsanwalt, Datenschutz', from: 'Beat Zürcher', hard: h }),
  I('en', [], `Hey Alex, great chatting at the AWS Summit booth about migrating Kafka clusters. Let's keep in touch!`, { to: 'Alexander Huber', headline: 'Platform Engineer', hard: h }),
  I('en', [], `Hi Priya, I'm a data engineer at Swiss Re and just starting with dbt. Your post on testing incremental models answered a question I've had for weeks. Would you mind if I asked you one or two follow-ups sometime?`, { to: 'Priya Raman', headline: 'Analytics Engineer', hard: h }),
  I('de', [], `Liebe Frau Oberholzer, ich arbeite als Pflegefachfrau am Kantonsspital Aarau und überlege mir die Weiterbildung zur Pflegeexpertin APN. Ihr Beitrag über Ihren Weg dorthin hat mich sehr angesprochen. Dürfte ich Ihnen bei Gelegenheit zwei, drei Fragen dazu stellen?`, { to: 'Ursula Oberholzer', headline: 'Pflegeexpertin APN, Inselspital', hard: h }),
  I('en', [], `Hi Chris, we sat next to each other at the Women in Tech breakfast in Lausanne. Let's stay in touch!`, { to: 'Christina Favre', hard: h }),
  I('de', [], `Hallo Juerg, schön, dass wir uns am Forstunternehmertag in Lyss getroffen haben. Deine Erfahrungen mit der Seilkrantechnik interessieren mich sehr.`, { to: 'Jürg Lüthi', hard: h }),
  I('de', [], `Sehr geehrter Herr Mueller, Ihr Beitrag zur Wärmepumpen-Förderung im Kanton Zürich war sehr hilfreich für unser Sanierungsprojekt. Ich würde mich über eine Vernetzung freuen.`, { to: 'Thomas Müller', headline: 'Energieberater', hard: h }),
  I('en', [], `Hi Fatima, Raphael Koch suggested I reach out - he said you built the onboarding program at Swisscom from scratch. I'm doing something similar at a smaller telco and would love to learn from your experience.`, { to: 'Fatima El Amrani', headline: 'People Development Lead, Swisscom', hard: h }),
  I('de', [], `Hallo Sebastian, Lea Brunner aus deinem Team hat mir erzählt, dass du das Barcamp Winterthur organisierst. Ich würde gerne nächstes Mal mithelfen!`, { to: 'Sebastian Kunz', hard: h }),
  I('de', [], `Hallo Frau Gruber, danke für die ausgezeichnete Moderation beim Tourismusforum in Innsbruck. Liebe Grüße aus Salzburg, Katharina`, { to: 'Elisabeth Gruber', from: 'Katharina Pichler', hard: h }),
  I('en', [], `Hi Marco, I'm a recruiter at Roche and your work on cell therapy manufacturing caught my eye. We have a QA lead role in Kaiseraugst that might interest you - open to a chat?`, { to: 'Marco Bianchi', headline: 'QA Manager, Lonza', skip: ['invite.sales-pitch'], hard: h }),
  I('en', [], `Hi Anja, I'm the new facility manager at the Winterthur campus and will be taking over the contract you set up with my predecessor, Ruth Kälin. Looking forward to working together.`, { to: 'Anja Schwarz', hard: h }),
  I('de', [], `Hallo Herr Steiner, ich bin Elektroinstallateur im 3. Lehrjahr und möchte später Richtung Gebäudeautomation. Haben Sie einen Tipp, welche Weiterbildung sich lohnt? Ihr Beitrag zu KNX hat mich neugierig gemacht.`, { to: 'Daniel Steiner', headline: 'Gebäudeautomation, Siemens Smart Infrastructure', hard: h }),
  I('de', [], `Hoi Sara, wir kämpfen in unserer Gemeinde mit denselben Fragen zur digitalen Baubewilligung wie ihr in Uster. Hättest du Lust auf einen Austausch bei einem Kaffee?`, { to: 'Sara Frei', headline: 'Leiterin Bauverwaltung, Stadt Uster', hard: h }),
  I('en', [], `Hi Paul, I work in sales at Sensirion, so I know how many cold notes you get - this isn't one. I just enjoyed your podcast episode on hardware startups and the bit about your first failed prototype.`, { to: 'Paul Richter', hard: h }),
  I('de', [], `Sehr geehrte Frau Dr. Baumann, vielen Dank für Ihren Vortrag am Swiss Digital Health Summit zur Interoperabilität von EPD-Systemen. Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.`, { to: 'Regula Baumann', headline: 'Leiterin Digital Health, Universitätsspital Basel', hard: h }),
  I('en', [], `Hi Ahmed, great meeting you at the Geneva hackathon! Your team's flood-alert app was brilliant.`, { to: 'Ahmed Benali' }),
  I('de', [], `Hallo Melanie, schön dich am Lehrlingsapéro in Chur getroffen zu haben! Bis bald.`, { to: 'Melanie Casutt' }),
  I('en', [], `Hi Yuki, we both commented on Ethan Mollick's post about AI in classrooms - I liked your point on oral exams. Would love to follow your teaching experiments.`, { to: 'Yuki Tanaka', headline: 'Teacher, International School Zug', hard: h }),
  I('de', [], `Moin Henrik, wir waren beide beim Hamburger Logistik-Stammtisch und haben über Lastenräder in der Innenstadt gefachsimpelt. Lass uns in Kontakt bleiben!`, { to: 'Henrik Petersen' }),
  I('en', [], `Hi Jan, thanks for the quick help with the PLC issue in the Siemens community forum yesterday!`, { hard: h }),
  I('de', [], `Hallo Frau Meier, vielen Dank für Ihre Antwort auf meine Frage zur Lehrabschlussprüfung im Forum des Kaufmännischen Verbands.`, { hard: h }),
  I('en', [], `Hi Benjamin, I'm the Zurich-based PM who asked the question about offline-first sync at your Swift Heroes talk. Your answer sent me down a good rabbit hole - thanks!`, { to: 'Ben Carter', hard: h }),
  I('de', [], `Hallo Sepp, danke für die Einladung zum Almwirtschaftstag in Alpbach. Dein Vortrag zum Herdenschutz war top!`, { to: 'Josef Mayr', hard: h }),
  I('en', [], `Hi Kate, your thread on negotiating a first salary in Switzerland should be required reading at ETH. Thanks for writing it. - Lukas`, { to: 'Katherine Moser', from: 'Lukas Imhof', hard: h }),
  I('de', [], `Guten Tag Frau Schoenenberger, als Verantwortliche für die Lernenden bei der Raiffeisenbank Wil stehe ich vor ähnlichen Fragen zur KV-Reform wie Sie. Wäre ein Austausch denkbar?`, { to: 'Monika Schönenberger', headline: 'Berufsbildnerin, St. Galler Kantonalbank', hard: h }),
  I('en', [], `Dear Ms. Novak, I came across your profile while reading the SwissCleantech report you co-authored on heat networks. I'd be glad to connect and follow your work.`, { to: 'Petra Novak', headline: 'Energy Policy Analyst', hard: h }),
  I('de', [], `Hallo Fabian, ich möchte dich gerne zu meinem Netzwerk hinzufügen - wir haben uns letzte Woche am Velokurier-Treffen in Luzern über E-Cargo-Bikes unterhalten.`, { to: 'Fabian Amstutz', hard: h }),
  I('en', [], `Hi Noah, congratulations on the new role at Zühlke! Your old team at Swisscom will miss your retro formats.`, { to: 'Noah Brunner' }),
  I('de', [], `Liebe Frau Hofbauer, Ihr Beitrag über Barrierefreiheit in Wiener Museen hat mich zum Nachdenken gebracht. Ich arbeite an einem ähnlichen Projekt in Graz und würde mich über einen Austausch freuen.`, { to: 'Sabine Hofbauer', headline: 'Kuratorin, Kunsthistorisches Museum Wien', hard: h }),
  I('en', [], `Hello Dr. Ferrari, Prof. Anna Schmid at EPFL recommended I contact you about your research on battery recycling. I'm writing my master's thesis on a related topic. Kind regards, Jonas Weber`, { to: 'Luca Ferrari', from: 'Jonas Weber', hard: h }),
  I('de', [], `Hey Timo, dein Post über den Wechsel vom Maschinenbau in die Softwareentwicklung hätte von mir sein können. Wie lange hat es bei dir gedauert, bis du dich sicher gefühlt hast?`, { to: 'Timo Schäfer', hard: h }),
  I('en', [], `Hi Isabel, fellow Basel Toastmasters member here - loved your speech on Thursday!`, { to: 'Isabel Santos' }),
  I('de', [], `Grüß Gott Herr Dr. Leitner, vielen Dank für die Betreuung meiner Bachelorarbeit an der JKU Linz. Es würde mich freuen, auch künftig in Kontakt zu bleiben.`, { to: 'Wolfgang Leitner', headline: 'Assoz.-Prof., Johannes Kepler Universität Linz' }),
  I('en', [], `Hi Liam, I'm a product designer at Migros Online (just so you know who's writing). Your Figma plugin for Swiss German spell-checking is exactly what our team needed - thanks for building it!`, { to: "Liam O'Connor", hard: h }),
  I('de', [], `Hallo Frau Ammann, ich habe Ihr Inserat für die Stelle als Bauleiterin gesehen und möchte vor der Bewerbung eine Frage zur Teilzeitmöglichkeit stellen. Darf ich Sie kurz anrufen?`, { to: 'Corinne Ammann', headline: 'HR Business Partner, Implenia', hard: h }),
  I('en', [], `Hi Ethan - Marta from the Lisbon Web Summit taxi queue! Still thinking about your idea for carbon labels on cloud bills.`, { to: 'Ethan Brooks', from: 'Marta Silva', hard: h }),
  I('de', [], `Lieber Herr Vonlanthen, Ihre Kolumne in den Freiburger Nachrichten über Zweisprachigkeit im Berufsalltag hat mir aus dem Herzen gesprochen. Merci!`, { to: 'Pierre Vonlanthen' }),
  I('en', [], `Hi Mei, thanks for answering my question about Swiss work permits during your webinar with Expat Zurich. It helped a lot.`, { to: 'Mei Chen' }),
  I('de', [], `Hoi Ramona, mega cool, dass du das Firmenteam für den Frauenlauf organisiert hast. Nächstes Jahr ist unser Büro auch dabei!`, { to: 'Ramona Kälin', hard: h }),
  I('en', [], `Hi Victor, we're both in Lea Meier's founder circle. I'd love to hear how you handled your first hire in Germany when you have a moment.`, { to: 'Victor Dubois', hard: h }),
  I('de', [], `Sehr geehrter Herr Oezdemir, ich habe mit Interesse Ihr Interview in der Handelszeitung zu Lieferketten im Maschinenbau gelesen. Gerne würde ich mich mit Ihnen vernetzen.`, { to: 'Murat Özdemir', headline: 'CEO, Präzisionsmechanik AG', hard: h }),
  I('en', [], `Hi Grace, Grace here too! Funny to meet another Grace in the Bern UX community. Loved your card-sorting workshop.`, { to: 'Grace Müller', from: 'Grace Kim', hard: h }),

  // --- invite.duplicate (and its traps) ---
  I('en', ['invite.duplicate'], `Hi Maria, great to meet you at the Zurich Product Meetup last Tuesday. I enjoyed our discussion on pricing experiments and would love to stay in touch.`, { to: 'Maria Costa', history: [{ to: 'Peter Lang', text: 'Hi Peter, great to meet you at the Zurich Product Meetup last Tuesday. I enjoyed our discussion on pricing experiments and would love to stay in touch.' }], hard: h }),
  I('de', ['invite.duplicate', 'invite.generic'], `Hallo Petra, ich bin auf dein Profil gestossen und würde mich freuen, mein Netzwerk mit dir zu erweitern. Beste Grüsse`, { to: 'Petra Suter', history: [{ to: 'Andreas Huber', text: 'Hallo Andreas, ich bin auf dein Profil gestossen und würde mich freuen, mein Netzwerk mit dir zu erweitern. Beste Grüsse' }] }),
  I('de', ['invite.duplicate', 'invite.sales-pitch'], `Guten Tag Herr Amrein, wir bieten Schreinereien eine Offertsoftware, die die Kalkulation um die Hälfte verkürzt. Darf ich Ihnen diese in einer kurzen Demo zeigen?`, { to: 'Stefan Amrein', headline: 'Inhaber, Amrein Schreinerei GmbH', history: [{ to: 'Roland Koller', text: 'Guten Tag Herr Koller, wir bieten Schreinereien eine Offertsoftware, die die Kalkulation um die Hälfte verkürzt. Darf ich Ihnen diese in einer kurzen Demo zeigen?' }] }),
  I('en', ['invite.duplicate'], `Hi Tom, I really liked your article on remote onboarding for engineers. The idea of a buddy rota is something I want to try with my own team. Would be glad to connect!`, { to: 'Tom Becker', history: [{ to: 'Lisa Wong', text: 'Hi Lisa, I really liked your article on remote onboarding for engineers. The idea of a buddy rota is something I want to try with my own team. Would be glad to connect!' }], hard: h }),
  I('de', ['invite.duplicate'], `Hallo Michael, danke für den spannenden Austausch am HR-Apéro der Handelskammer beider Basel. Ich freue mich, in Kontakt zu bleiben!`, { to: 'Michael Roth', history: [{ to: 'Reto Graf', text: 'Hallo Reto, schön dich beim Unihockey-Turnier kennengelernt zu haben!' }, { to: 'Simone Arnold', text: 'Hallo Simone, danke für den spannenden Austausch am HR-Apéro der Handelskammer beider Basel. Ich freue mich, in Kontakt zu bleiben!' }], hard: h }),
  I('en', [], `Hi Nora, loved your talk on design systems at Front Conference Zurich. Would be great to connect!`, { to: 'Nora Blum', history: [{ to: 'Nora Blum', text: 'Hi Nora, loved your talk on design systems at Front Conference Zurich. Would be great to connect!' }], hard: h }),
  I('en', [], `Hi Oskar, your benchmark of Postgres vs. ClickHouse for time series saved me a week of testing. Thanks for publishing it!`, { to: 'Oskar Lind', history: [{ to: 'Ivan Petrov', text: 'Hi Ivan, thanks for the tip about the Rust meetup in Bern!' }], hard: h }),
  I('de', [], `Grüezi Herr Keller, vielen Dank für Ihre Führung durch die neue Kehrichtverwertung in Hinwil. Die Details zur Rauchgasreinigung waren sehr lehrreich. Gerne bleibe ich mit Ihnen in Kontakt.`, { to: 'Werner Keller', history: [{ to: 'Carla Rossi', text: 'Grüezi Frau Rossi, vielen Dank für Ihren Vortrag zur Lehrlingsausbildung an der Berufsmesse Zürich. Gerne bleibe ich mit Ihnen in Kontakt.' }], hard: h }),

  // --- invite.empty ---
  I('de', ['invite.empty'], ``, { to: 'Jonas Meier' }),
  I('en', ['invite.empty'], `Hi Emma,`, { to: 'Emma Clarke', hard: h }),
  I('de', ['invite.empty'], `   👋🙂`, { to: 'Lukas Baumann', hard: h }),
  I('de', ['invite.empty'], `Grüezi Frau Zogg,`, { to: 'Sabine Zogg', hard: h }),
  I('en', ['invite.empty'], '  \n ', {}),
  I('en', ['invite.empty', 'invite.wrong-name'], `Hello Kevin,`, { to: 'Karin Vogel', hard: h }),

  // --- invite.placeholder ---
  I('en', ['invite.placeholder'], `Hi {first_name}, I noticed you're leading growth at {{company}} and would love to connect.`, { to: 'Olivia Grant', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], `Hallo <Vorname>, ich bin auch in der Fintech-Szene in Zürich unterwegs und würde mich freuen, wenn wir uns vernetzen.`, { to: 'Nicole Egli', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], `Hi Daniel, thanks for the great panel at XXX yesterday - your point about vendor lock-in stuck with me. Happy to connect.`, { to: 'Daniel Moser', hard: h }),
  I('de', ['invite.placeholder'], `Guten Tag Herr Hofer, ich habe gesehen, dass [Firma] gerade einen neuen Standort in Linz eröffnet. Gratuliere! Gerne würde ich mich mit Ihnen austauschen.`, { to: 'Gerald Hofer', hard: h }),
  I('en', ['invite.placeholder', 'invite.generic'], `Dear %NAME%, I'd like to add you to my professional network.`, { to: 'Sophie Laurent' }),
  I('de', ['invite.placeholder'], `Hallo ___, wir haben uns letzte Woche am Digitaltag in Bern kennengelernt. Ich bleibe gerne mit dir in Kontakt!`, { to: 'Mia Schmid', hard: h }),
  I('en', ['invite.placeholder'], `Hi [Name], I enjoyed your recent post on sustainable packaging and would love to connect.`, { to: 'Ella Fischer', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], `Hallo {{Vorname}}, ich freue mich, dass wir uns auf der Messe kennengelernt haben!`, { to: 'Nadine Roth', skip: ['invite.generic'] }),

  // --- invite.wrong-name ---
  I('de', ['invite.wrong-name'], `Hallo Thomas, danke für das spannende Gespräch an der Swissbau über Holzhybridbau. Ich würde mich freuen, in Kontakt zu bleiben.`, { to: 'Martin Gerber', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Michael, thank you for the insightful keynote at the HR Festival Europe. I'd be glad to stay connected.`, { to: 'Michelle Roth', hard: h }),
  I('de', ['invite.wrong-name'], `Vielen Dank nochmals, Stefan, für die Führung durch eure Werkstatt in Thun. Hat mich sehr beeindruckt!`, { to: 'Markus Lehmann', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Sarah, loved your thread on accessibility audits for public-sector sites. Would be great to connect.`, { to: 'Hannah Weber' }),
  I('de', ['invite.wrong-name'], `Liebe Frau Keller, ich habe Ihren Vortrag an der ZHAW über Kreislaufwirtschaft im Bau sehr geschätzt. Gerne bleibe ich mit Ihnen in Kontakt.`, { to: 'Andrea Fischer', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Tom, good to meet you at the Basel Life Sciences Week. Best, Julia`, { to: 'Robert Graf', from: 'Julia Meyer', hard: h }),
  I('de', ['invite.wrong-name'], `Guten Tag Herr Widmer, danke für die rasche Offerte für unsere Photovoltaik-Anlage.`, { to: 'Hans Steiner' }),

  // --- invite.generic ---
  I('en', ['invite.generic'], `Hi Laura, I came across your profile and would like to expand my professional network. Looking forward to connecting.`, { to: 'Laura Bianchi', headline: 'Controller at Nestlé' }),
  I('de', ['invite.generic'], `Sehr geehrte Frau Wyss, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Mit freundlichen Grüssen`, { to: 'Claudia Wyss' }),
  I('en', ['invite.generic'], `Hello, I hope this message finds you well. I am always looking to connect with professionals in my field and would be happy to have you in my network.`, { to: 'Ben Fischer', headline: 'Software Engineer' }),
  I('de', ['invite.generic'], `Hi Lena, ich bin auf dein Profil gestossen und dachte, es wäre toll, uns zu vernetzen. Liebe Grüsse`, { to: 'Lena Widmer' }),
  I('de', ['invite.generic'], `Sehr geehrter Herr Mag. Berger, ich würde mein Netzwerk gerne erweitern und freue mich, wenn Sie meine Anfrage annehmen.`, { to: 'Lukas Berger', hard: h }),
  I('en', ['invite.generic'], `Hi Omar, as a fellow professional I'd love to connect and grow our networks together.`, { to: 'Omar Haddad' }),
  I('en', ['invite.generic'], `Hi Jessica, I see we work in the same industry. It's always great to connect with like-minded people. Looking forward to connecting!`, { to: 'Jessica Turner', headline: 'Marketing Manager at Logitech', hard: h }),
  I('de', ['invite.generic'], `Guten Tag Frau Baumgartner, Ihr Profil hat mich beeindruckt. Ich freue mich auf die Vernetzung und den Austausch. Freundliche Grüsse, Marco Rossi`, { to: 'Eva Baumgartner', from: 'Marco Rossi', hard: h }),
  I('en', ['invite.generic'], `Dear Mr. Kaufmann, I came across your profile and thought it would be beneficial for both of us to connect.`, { to: 'Peter Kaufmann' }),
  I('de', ['invite.generic'], `Hallo Tobias, ich baue gerade mein Netzwerk aus und würde mich freuen, dich dazuzuzählen.`, { to: 'Tobias Vogt', hard: h }),
  I('en', ['invite.generic'], `Hi Daniel, I'm always keen to connect with inspiring professionals. Best regards, Marc`, { to: 'Daniel Wyss', from: 'Marc Dupont', hard: h }),
  I('de', ['invite.generic'], `Grüß Gott, ich bin stets daran interessiert, mein berufliches Netzwerk zu erweitern, und würde mich freuen, Sie darin begrüßen zu dürfen.`, { to: 'Johann Eder', hard: h }),
  I('en', ['invite.generic'], `Hey! Would love to connect and see what you're working on. Cheers`, { to: 'Ryan Scott' }),

  // --- invite.sales-pitch ---
  I('en', ['invite.sales-pitch'], `Hi Mark, we help logistics companies like yours cut fuel costs by up to 18% with our route-optimisation platform. Do you have 15 minutes next week for a quick demo?`, { to: 'Mark Evans', headline: 'COO at Planzer', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Hoi Nina, ich bin Gründer von ShiftPlan, der Schichtplanungs-App für Gastro-Betriebe. Für neue Kunden gibt es im November 3 Monate gratis. Hast du Zeit für einen kurzen Call, damit ich dir das zeigen kann?`, { to: 'Nina Steiner', headline: 'Gastgeberin, Restaurant Sonne Wädenswil' }),
  I('en', ['invite.sales-pitch'], `Hi Rachel, loved your post about scaling customer support. Quick question: would you be open to a 15-minute call so I can show you how our AI agent resolves 60% of tickets automatically?`, { to: 'Rachel Moore', headline: 'VP Customer Success', hard: h }),
  I('de', ['invite.sales-pitch'], `Grüezi Herr Zimmermann, darf ich fragen, wie Sie aktuell Ihre Spesenabrechnungen lösen? Viele Treuhänder sparen mit unserer Lösung 5 Stunden pro Monat. Gerne zeige ich Ihnen das in einer kurzen Demo.`, { to: 'Urs Zimmermann', headline: 'Inhaber, Zimmermann Treuhand AG', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Kevin, we're offering HR teams in Switzerland our payroll audit at CHF 490 instead of CHF 900 until the end of the month. Shall I send you the details?`, { to: 'Kevin Brandt' }),
  I('de', ['invite.sales-pitch'], `Servus Florian, wir unterstützen Tischlereien wie deine dabei, mit unserer Software 20% mehr Aufträge abzuwickeln. Hättest du nächste Woche Zeit für ein kurzes Gespräch, in dem ich dir das vorstelle?`, { to: 'Florian Wimmer', headline: 'Tischlermeister' }),
  I('en', ['invite.sales-pitch'], `Hi Grace, always great to meet other founders! By the way, my agency builds Webflow sites in 2 weeks for a fixed price - happy to share our portfolio if you're ever redesigning.`, { to: 'Grace Liu', headline: 'Founder at Tandem Health', hard: h }),
  I('de', ['invite.sales-pitch'], `Liebe Frau Hug, als zertifizierter Finanzplaner helfe ich Ärztinnen wie Ihnen, bis zu 30% Steuern zu sparen. Wann passt Ihnen ein unverbindliches Erstgespräch?`, { to: 'Karin Hug', headline: 'Fachärztin Allgemeine Innere Medizin', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Nils, I run a recruitment agency specialised in SAP consultants. We currently have 12 pre-screened candidates available - can I send you their profiles?`, { to: 'Nils Andersson', headline: 'Head of IT, Bühler', hard: h }),
  I('de', ['invite.sales-pitch'], `Hey Jana, ich sehe, du bist im E-Commerce unterwegs. Unser Tool steigert deine Conversion Rate garantiert um 25 %, sonst Geld zurück. Lass uns kurz telefonieren!`, { to: 'Jana Krüger', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Sophie, congrats on your Series A! 🎉 Many founders at your stage use our fractional CFO service from CHF 2,900/month. Happy to walk you through it on a quick call.`, { to: 'Sophie Martin', headline: 'CEO & Co-founder, Loop Robotics', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Herr Bachmann, gerne stelle ich Ihnen unsere Cyber-Security-Workshops für KMU vor. Bis Ende Dezember gewähren wir 20 % Rabatt. Wann haben Sie Zeit für einen kurzen Termin?`, { to: 'René Bachmann' }),
  I('en', ['invite.sales-pitch'], `Hi Helen, quick question - are you still organising your team offsites yourself? We plan complete retreats in the Swiss Alps for teams of 10-50. Would love to send you our brochure.`, { to: 'Helen Park', hard: h }),
]);
