import { I, named } from './types';

// Twelfth held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's code or phrase lists, its results or earlier splits' texts.
// Voices: German Mittelstand (machine building, automotive suppliers, family firms), Austrian tourism and public sector,
// Berlin and Munich startups, consultants and coaches, real estate, banking and fintech, energy, retail, HR and
// recruiting, agencies, healthcare, lawyers and tax advisers, academics, students and trainees, returners, expats.
// Nicknames (Flo, Basti, Resi, Lenny, Kathi, Domi, Vroni, Matze, Hannes, Wolfi, Gabi, Jo, Mo, Max, Rob, Kate, Tom),
// umlauts written ae/oe/ue, sign-offs with the sender's own name, third persons, names addressed mid-sentence,
// polite formulas in good notes, template and copy-pasted notes, pitches disguised as compliments or curiosity.
const h = true;

export default named('invite-heldout12', [
  // --- invite.empty
  I('de', ['invite.empty'], ``, { to: 'Katharina Vogl' }),
  I('en', ['invite.empty'], `   `, { to: 'Ryan Cole' }),
  I('de', ['invite.empty'], `Servus Resi! 👋`, { to: 'Theresa Huber', hard: h }),
  I('en', ['invite.empty'], `Hello Mr. Okafor,`, { to: 'Emeka Okafor', hard: h }),
  I('de', ['invite.empty'], `🙂🤝`, { to: 'Lukas Brandt' }),
  I('en', ['invite.empty'], `Hi Lenny 🙌`, { to: 'Leonard Fischer', hard: h }),
  I('de', ['invite.empty'], `Sehr geehrte Frau Dr. Oberhuber,\n\n`, { to: 'Dr. Ingrid Oberhuber', hard: h }),
  I('de', [], `Hallo Flo, danke fürs Mitnehmen zum Stammtisch!`, { to: 'Florian Seidl', hard: h }),
  I('en', [], `Hi Basti, great chatting at the Bits & Pretzels bar.`, { to: 'Sebastian Roth', hard: h }),

  // --- invite.placeholder
  I('en', ['invite.placeholder', 'invite.generic'], `Hi {first_name}, I came across your profile and would love to expand my network with professionals like you.`, { to: 'Dana Whitfield' }),
  I('de', ['invite.placeholder'], `Hallo <Vorname>, Ihr Vortrag über Predictive Maintenance auf der Hannover Messe hat mich sehr beeindruckt – besonders das Beispiel mit den Spindellagern. Gerne würde ich mich vernetzen.`, { to: 'Jens Kaufmann', hard: h }),
  I('en', ['invite.placeholder'], `Hi Priya, loved your talk on open banking APIs at Money20/20 in Amsterdam. I lead the payments team at {{company}} and would like to stay in touch.`, { to: 'Priya Raman', hard: h }),
  I('de', ['invite.placeholder'], `Liebe Frau Wimmer, als Kollegin aus dem Tourismusverband Salzburger Land würde ich mich freuen, mit Ihnen über [THEMA] zu sprechen. Liebe Grüße, Eva Gruber`, { to: 'Christa Wimmer', from: 'Eva Gruber', hard: h }),
  I('en', ['invite.placeholder', 'invite.generic'], `Dear %NAME%, I'm always looking to connect with inspiring leaders in your industry. Let's connect!`, { to: 'Howard Kim' }),
  I('de', ['invite.placeholder'], `Hallo Herr Stadler, wir haben uns am XXX auf der IAA in München kurz am Stand von Schaeffler unterhalten. Ich würde den Kontakt gerne halten.`, { to: 'Anton Stadler', hard: h }),
  I('de', ['invite.placeholder', 'invite.generic'], `Hi ___, ich möchte mein Netzwerk erweitern und würde mich freuen, dich als Kontakt zu haben.`, { to: 'Mira Jansen' }),
  I('en', ['invite.placeholder', 'invite.sales-pitch'], `Hi Mark, we help companies like [Company] reduce cloud costs by up to 40%. Would you be open to a quick 15-minute call next week?`, { to: 'Mark Ellison', skip: ['invite.generic'], hard: h }),
  I('en', [], `Hi Tom, your post on the 3-2-1 backup rule (the auditor's "[sic]" footnote made me laugh) was spot on — I run IT for a dental practice group and we just went through the same audit.`, { to: 'Thomas Reilly', hard: h }),

  // --- invite.wrong-name
  I('de', ['invite.wrong-name'], `Hallo Markus, vielen Dank für Ihren spannenden Beitrag zur Wärmepumpen-Förderung. Ich arbeite selbst als Energieberater in Leipzig und würde mich gerne vernetzen.`, { to: 'Stefan Berger', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Sarah, great to meet you at the Berlin Fintech Week panel on embedded finance — your point about KYC friction stuck with me.`, { to: 'Priya Nair' }),
  I('de', ['invite.wrong-name'], `Sehr geehrte Frau Hoffmann, Ihr Artikel in der Lebensmittel Zeitung über Click & Collect im ländlichen Raum hat mich sehr angesprochen. Ich würde mich über eine Vernetzung freuen.`, { to: 'Sabine Krause', hard: h }),
  I('en', ['invite.wrong-name'], `Thanks again, Jonas, for the tour of the Ingolstadt plant last Thursday — the robot cell for the door modules was impressive.`, { to: 'Niklas Werner', hard: h }),
  I('de', ['invite.wrong-name'], `Liebe Steffi, schön, dass wir uns beim Frauen-Netzwerkabend der IHK Nürnberg kennengelernt haben! Lass uns in Kontakt bleiben. LG, Kathi`, { to: 'Verena Lang', from: 'Katharina Roth', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Dr. Patel, I read your paper on sepsis early-warning scores with great interest and would be glad to connect.`, { to: 'Dr. Meera Shah', hard: h }),
  I('de', ['invite.wrong-name'], `Griaß di Andi, danke fürs Weiterleiten vom Ausschreibungstext der Stadt Graz – sehr hilfreich!`, { to: 'Michael Pichler', hard: h }),
  I('en', ['invite.wrong-name'], `Hey Chris — Basti mentioned you're the person to ask about ESG reporting for real estate funds. Would love to connect.`, { to: 'Julia Martens', hard: h }),
  I('de', [], `Hallo Juergen, danke für das offene Gespräch auf der Motek in Stuttgart über Greifsysteme. Viele Grüße, Matthias`, { to: 'Jürgen Weiß', from: 'Matthias Köhler', hard: h }),
  I('en', [], `Hi Flo, thanks for the intro to your team at the Munich climate tech meetup — looking forward to the follow-up on heat pump financing. Cheers, Anna`, { to: 'Florian Maier', from: 'Anna Schulz', hard: h }),
  I('de', [], `Liebe Resi, Sabine Kern hat mir erzählt, dass du das neue Gästeprogramm in Zell am See aufgebaut hast – da würde ich gern mehr drüber hören.`, { to: 'Theresa Egger', hard: h }),
  I('en', [], `Hi Lenny, Dominik Graf suggested I reach out since we're both building tooling for tax advisers in Vienna. Best, Sophie`, { to: 'Leonard Brandstätter', from: 'Sophie Wagner', hard: h }),
  I('de', [], `Servus Basti, war super, dich beim Founders-Frühstück im Werk1 zu treffen. Meld dich, wenn du mal wieder in Haidhausen bist! Grüße, Chrissi`, { to: 'Sebastian Ortner', from: 'Christina Lehner', hard: h }),
  I('de', [], `Hallo Frau Schroeder, vielen Dank für Ihre Rückmeldung zu meiner Bewerbung als Werkstudentin im Controlling. Ich würde mich freuen, in Kontakt zu bleiben.`, { to: 'Ines Schröder', hard: h }),
  I('en', [], `Hello Ms. Oezdemir, your keynote at the HR Tech summit in Cologne on skills-based hiring was the best session of the day for me.`, { to: 'Elif Özdemir', hard: h }),
  I('de', [], `Grüß Gott Herr Dr. Gruber, ich habe Ihren Vortrag bei der Ärztekammer Wien über Telemedizin in der Primärversorgung gehört und würde gerne in Kontakt bleiben. Mit freundlichen Grüßen, Lisa Bauer`, { to: 'Dr. Wolfgang Gruber', from: 'Lisa Bauer', hard: h }),
  I('en', [], `Hi Max, your thread on running a family firm through a generational handover was honest and useful — my dad and I are just starting that journey at our tool shop near Pforzheim.`, { to: 'Maximilian Hartmann', hard: h }),
  I('en', [], `Hi there, I think we sat next to each other at the Handelsblatt banking summit - you asked the question about deposit pricing. Would be happy to connect.`, { hard: h }),
  I('de', [], `Hallo Mo, danke dir für den Tipp mit dem Gründerstipendium NRW – hat geklappt! Lg Jana`, { to: 'Mohammed Al-Sayed', from: 'Jana Peters', hard: h }),
  I('de', [], `Danke, Frau Lechner, für die schnelle Hilfe beim Förderantrag für unsere Photovoltaik-Anlage in Linz.`, { to: 'Birgit Lechner', hard: h }),
  I('en', [], `Hey Kate! Still thinking about your story of relaunching the family bakery's online shop during lockdown. Would love to follow your journey.`, { to: "Katherine O'Neill", hard: h }),

  // --- invite.generic
  I('en', ['invite.generic'], `Hi Daniel, I came across your profile and thought it would be great to connect. Looking forward to being part of your network!`, { to: 'Daniel Brooks' }),
  I('de', ['invite.generic'], `Sehr geehrter Herr Neumann, gerne möchte ich Sie zu meinem beruflichen Netzwerk hinzufügen. Mit freundlichen Grüßen, Petra Vogel`, { to: 'Karl Neumann', from: 'Petra Vogel', hard: h }),
  I('en', ['invite.generic'], `Hello Rebecca, I'm always keen to grow my network with like-minded professionals. It would be an honour to connect with you.`, { to: 'Rebecca Lee', hard: h }),
  I('de', ['invite.generic'], `Hallo Tobias, ich bin auf dein Profil gestoßen und fand es sehr interessant. Lass uns gerne vernetzen! Viele Grüße`, { to: 'Tobias Lorenz' }),
  I('de', ['invite.generic'], `Liebe Frau Kofler, Ihr Profil hat mich sehr beeindruckt. Ich würde mich freuen, wenn wir uns vernetzen und voneinander lernen könnten.`, { to: 'Andrea Kofler', hard: h }),
  I('en', ['invite.generic'], `Dear Sir or Madam, I would like to expand my professional network and would be delighted if you accepted my invitation. Kind regards, Ahmed`, { to: 'Helga Brunner', from: 'Ahmed Raza', hard: h }),
  I('de', ['invite.generic'], `Hi Vroni, ich baue gerade mein Netzwerk aus und würde mich freuen, wenn du meine Anfrage annimmst 😊`, { to: 'Veronika Stangl', hard: h }),
  I('en', ['invite.generic'], `Hi Mike, seeing that we share many mutual connections, I'd love to add you to my network. Have a great week!`, { to: 'Michael Turner', hard: h }),
  I('de', ['invite.generic'], `Guten Tag Frau Schmid, da wir in derselben Branche tätig sind, würde ich mich freuen, Sie in meinem Netzwerk begrüßen zu dürfen.`, { to: 'Renate Schmid', hard: h }),
  I('en', ['invite.generic'], `Hi Sam, I'm a student at TU Munich looking to connect with professionals to expand my network. Thank you!`, { to: 'Samantha Reed', hard: h }),
  I('de', ['invite.generic'], `Hallo Herr Pichler, ich bin stets an einem Austausch mit interessanten Persönlichkeiten interessiert und würde mich über eine Vernetzung freuen.`, { to: 'Gerhard Pichler', hard: h }),
  I('en', [], `Hi Rob, I came across your profile through your comment on Miriam's post about warehouse robotics — your numbers on pick rates in Duisburg were eye-opening. Happy to connect!`, { to: 'Robert Adeyemi', hard: h }),
  I('de', [], `Sehr geehrte Frau Dr. Haas, gerne möchte ich Sie zu meinem Netzwerk hinzufügen – Ihre Studie zur Pflegepersonalbemessung an der Charité nutze ich gerade für meine Masterarbeit.`, { to: 'Dr. Sabine Haas', hard: h }),
  I('de', [], `Hallo Domi, ich möchte mein Netzwerk in der Kanzleiwelt ausbauen, und du hast mir beim Steuerberatertag in Düsseldorf so viele gute Tipps zur DATEV-Umstellung gegeben – da passt das perfekt.`, { to: 'Dominik Hesse', hard: h }),

  // --- invite.duplicate
  I('de', ['invite.duplicate'], `Hallo Frau Brandl, ich bin Projektleiterin bei einem Zulieferer für Kunststoff-Spritzgussteile in Niederbayern und interessiere mich sehr für Ihre Erfahrungen mit der Umstellung auf Rezyklat. Über eine Vernetzung würde ich mich freuen. Beste Grüße, Monika`, {
    to: 'Claudia Brandl', from: 'Monika Feicht', hard: h,
    history: [{ to: 'Herbert Lindner', text: `Hallo Herr Lindner, ich bin Projektleiterin bei einem Zulieferer für Kunststoff-Spritzgussteile in Niederbayern und interessiere mich sehr für Ihre Erfahrungen mit der Umstellung auf Rezyklat. Über eine Vernetzung würde ich mich freuen. Beste Grüße, Monika` }],
  }),
  I('en', ['invite.duplicate'], `Hi Aisha, I'm a fintech founder in Berlin working on SME lending and I'd really value your perspective on credit scoring for freelancers. Would be great to connect.`, {
    to: 'Aisha Bello',
    history: [
      { to: 'Ben Carter', text: `Hi Ben, I'm a fintech founder in Berlin working on SME lending and I'd really value your perspective on credit scoring for freelancers. Would be great to connect.` },
      { to: 'Lars Ek', text: `Hi Lars, thanks for the coffee at Factory Görlitzer Park yesterday!` },
    ],
  }),
  I('de', ['invite.duplicate'], `Hallo Lea, wir waren beide beim Climate-Tech-Meetup im Impact Hub Berlin und ich fand deine Frage zu Netzentgelten richtig gut. Lass uns gern in Kontakt bleiben!`, {
    to: 'Lea Hofmann', hard: h,
    history: [{ to: 'Jan Köster', text: `Hey Jan! Wir waren beide beim Climate-Tech-Meetup im Impact Hub Berlin und ich fand deine Frage zu Netzentgelten richtig gut. Lass uns gern in Kontakt bleiben! 🙂` }],
  }),
  I('en', ['invite.duplicate'], `Dear Ms. Kaya, I'm a recruiter at a healthcare staffing agency in Hamburg and I'm building a community of ICU nurses who are curious about working in Germany. Would be happy to connect. Best regards, Tom`, {
    to: 'Zeynep Kaya', from: 'Tom Becker', hard: h, skip: ['invite.generic'],
    history: [{ to: 'Greta Olsen', text: `Hello Greta! I'm a recruiter at a healthcare staffing agency in Hamburg and I'm building a community of ICU nurses who are curious about working in Germany. Would be happy to connect. Cheers, Tom` }],
  }),
  I('de', ['invite.duplicate'], `Grüß Gott Herr Huber, als Leiter des Tourismusbüros Bad Ischl suche ich den Austausch mit Hoteliers aus dem Salzkammergut zur Wintersaison 2027. Ich freue mich auf die Vernetzung!`, {
    to: 'Franz Huber', hard: h, skip: ['invite.generic'],
    history: [
      { to: 'Herbert Moser', text: `Grüß Gott Herr Moser, als Leiter des Tourismusbüros Bad Ischl suche ich den Austausch mit Hoteliers aus dem Salzkammergut zur Wintersaison 2027. Ich freue mich auf die Vernetzung!` },
      { to: 'Karin Leitner', text: `Liebe Frau Leitner, als Leiter des Tourismusbüros Bad Ischl suche ich den Austausch mit Hoteliers aus dem Salzkammergut zur Wintersaison 2027. Ich freue mich auf die Vernetzung!` },
    ],
  }),
  I('en', ['invite.duplicate', 'invite.sales-pitch'], `Hi Laura, we help e-commerce brands cut returns by 25% with AI sizing. Open to a quick demo next week?`, {
    to: 'Laura Fink',
    history: [{ to: 'Marco Rossi', text: `Hi Marco, we help e-commerce brands cut returns by 25% with AI sizing. Open to a quick demo next week?` }],
  }),
  I('de', ['invite.duplicate'], `Grüezi Herr Zürcher, ich schliesse gerade mein Studium an der ZHAW ab und interessiere mich für den Einstieg ins Treuhandwesen. Ich würde mich über einen kurzen Austausch zu Ihrem Werdegang sehr freuen.`, {
    to: 'Beat Zürcher', hard: h, skip: ['invite.generic'],
    history: [{ to: 'Reto Brunner', text: `Grüezi Herr Brunner, ich schliesse gerade mein Studium an der ZHAW ab und interessiere mich für den Einstieg ins Treuhandwesen. Ich würde mich über einen kurzen Austausch zu Ihrem Werdegang sehr freuen.` }],
  }),
  I('en', [], `Hi Oliver, following up on our chat at the Slush side event about carbon accounting for logistics — would be great to stay connected.`, {
    to: 'Oliver Grant', hard: h,
    history: [{ to: 'Oliver Grant', text: `Hi Oliver, following up on our chat at the Slush side event about carbon accounting for logistics — would be great to stay connected.` }],
  }),
  I('de', [], `Hallo Frau Engel, danke für Ihren Impuls beim HR-Barcamp in Hamburg zum Thema Vier-Tage-Woche – wir testen das gerade in unserer Pflegeeinrichtung.`, {
    to: 'Miriam Engel', hard: h,
    history: [{ to: 'Kai Wolff', text: `Hallo Kai, schön, dass wir uns beim HR-Barcamp in Hamburg kennengelernt haben. Dein Input zu Active Sourcing war Gold wert!` }],
  }),
  I('en', [], `Hi Nadia, your write-up on the heat-pump installers' backlog in Bavaria was spot on; I see the same at our Stadtwerke. Looking forward to staying in touch. Best, Felix`, {
    to: 'Nadia Haddad', from: 'Felix Brenner', hard: h,
    history: [{ to: 'Paul Simons', text: `Hi Paul, congrats on the new role at Enpal! I still remember your talk at The smarter E. Looking forward to staying in touch. Best, Felix` }],
  }),

  // --- invite.sales-pitch
  I('en', ['invite.sales-pitch'], `Hi Jennifer, we help automotive suppliers cut scrap rates by up to 30% with our vision inspection system. Would you be open to a quick call so I can show you how it works?`, { to: 'Jennifer Wolf' }),
  I('de', ['invite.sales-pitch'], `Hallo Herr Bauer, Ihr Engagement für Nachhaltigkeit im Familienbetrieb ist wirklich beeindruckend! Übrigens: Mit unserer Software für CO2-Bilanzierung haben schon über 200 Mittelständler ihre Berichtspflicht gelöst. Darf ich Ihnen in 20 Minuten zeigen, wie das geht?`, { to: 'Ralf Bauer', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Ben, just curious — how are you currently handling payroll for your remote team in Portugal? We've helped 150+ startups do it compliantly within 48 hours. Happy to send over a short case study.`, { to: 'Benjamin Hart', hard: h }),
  I('de', ['invite.sales-pitch'], `Liebe Frau Krenn, ich bin Business-Coach für Führungskräfte im öffentlichen Dienst. Mit meinem 8-Wochen-Programm erreichen meine Klientinnen nachweislich mehr Gelassenheit. Das Erstgespräch ist kostenlos – wann passt es Ihnen?`, { to: 'Martina Krenn', hard: h }),
  I('en', ['invite.sales-pitch'], `Dear Mr. Schulte, our agency has produced award-winning employer branding campaigns for Bosch and Festo. I would like to present our portfolio in a short meeting.`, { to: 'Hendrik Schulte' }),
  I('de', ['invite.sales-pitch'], `Hi Lenny, cooler Post über eure Expansion nach Wien! Wir vermitteln Gewerbeflächen im 1. und 7. Bezirk – aktuell sogar mit 3 Monaten mietfrei. Soll ich dir ein paar Exposés schicken?`, { to: 'Leonard Bauer', hard: h }),
  I('en', ['invite.sales-pitch'], `Hey Nina, loved your post on burnout in agencies. Quick question: would your team benefit from a 20% discount on our wellbeing app this quarter?`, { to: 'Nina Albrecht', hard: h }),
  I('de', ['invite.sales-pitch'], `Servus Frau Mayrhofer, als Steuerkanzlei mit Fokus auf Ärztinnen und Ärzte unterstützen wir bereits über 80 Praxen in Oberösterreich. Gern schicke ich Ihnen unverbindlich unsere Checkliste zur Praxisübergabe und zeige Ihnen, wie wir Ihre Steuerlast senken.`, { to: 'Dr. Eva Mayrhofer', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Oskar, I noticed you're hiring three backend devs. We have pre-vetted senior engineers from Poland available from next month at €45/hour. Shall I send profiles?`, { to: 'Oskar Lind', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Frau Yilmaz, ich wollte nur kurz fragen, ob Sie schon von unserem neuen Bewerbermanagement-Tool gehört haben? Es spart Personalabteilungen im Schnitt 6 Stunden pro Woche. Ich zeige es Ihnen gern in einer kurzen Demo.`, { to: 'Derya Yilmaz', hard: h }),
  I('de', ['invite.sales-pitch'], `Grüezi Frau Keller, wir sind ein Zürcher Treuhandbüro und übernehmen Ihre Buchhaltung ab CHF 190 pro Monat. Darf ich Ihnen eine Offerte senden?`, { to: 'Sandra Keller' }),
  I('en', [], `Hi Greta, I sell industrial sensors for a living, so full disclosure — but this isn't a pitch. I'm preparing a talk on retrofit projects for the VDMA young engineers group and would love your advice on what went wrong in yours.`, { to: 'Greta Sommer', hard: h }),
  I('de', [], `Hallo Herr Wagner, ich bin Vertriebsleiter bei einem Maschinenbauer in Ostwestfalen und lese Ihre Beiträge zur Nachfolge in Familienunternehmen mit großem Interesse. Mich würde interessieren, wie Sie den Beirat aufgestellt haben.`, { to: 'Ulrich Wagner', hard: h }),
  I('en', [], `Hi Aylin, I'm a freelance UX writer returning to work after two years of parental leave. Your post about returnships at Zalando gave me courage — would you mind if I asked you a question or two about how you applied?`, { to: 'Aylin Demir', hard: h }),
  I('de', [], `Hallo Kathi, ich bin Recruiterin bei einem Klinikverbund in Franken – keine Sorge, kein Jobangebot 😉 Ich fand deinen Vortrag über Pflegekräfte aus den Philippinen beim DKG-Kongress richtig stark und würde mich gern austauschen.`, { to: 'Katharina Lehmann', hard: h }),
  I('en', [], `Hi Jakob, fellow real estate agent here (Munich south). Your market report on Giesing rents was the most useful thing I read this month — would be great to swap notes on the new Mietspiegel sometime.`, { to: 'Jakob Reiter', hard: h }),
  I('de', [], `Liebe Frau Berger, als Kollegin aus der Stadtverwaltung Innsbruck wollte ich mich für die gute Zusammenarbeit beim Bürgerservice-Projekt bedanken und mich hier vernetzen.`, { to: 'Elisabeth Berger', hard: h }),
  I('en', [], `Hi Prof. Lang, I'm a second-year PhD student in battery chemistry at KIT. I'd be grateful for your view on solid-state electrolytes after your ECS talk — no need to reply if you're busy!`, { to: 'Prof. Dr. Heinz Lang', hard: h }),
  I('de', [], `Hallo Lukas, schön, dich beim Azubi-Tag bei Trumpf kennengelernt zu haben! Viel Erfolg bei deiner Abschlussprüfung.`, { to: 'Lukas Scholz' }),
  I('en', [], `Hi Emma, we met in the Web Summit coffee line in Lisbon — thanks for the tip about the Berlin founder visa. Let's keep in touch!`, { to: 'Emma Novak' }),
  I('de', [], `Moin Hannes, danke für die Einladung zum Hafenfest eurer Agentur – und für den Kontakt zu eurer Art-Direktorin. Bis bald!`, { to: 'Johannes Petersen', hard: h }),
  I('de', [], `Hallo Herr Öztürk, vielen Dank für das Gespräch beim Karrieretag der Hochschule Pforzheim. Ich melde mich wie besprochen mit meinen Unterlagen für das Praktikum im Einkauf.`, { to: 'Murat Oeztuerk', hard: h }),
  I('en', [], `Hi Ana, your Datawrapper charts on German mortgage rates are my go-to for client meetings. Thank you for making them public.`, { to: 'Ana Lopes' }),
  I('de', [], `Sehr geehrter Herr Professor Kraus, ich habe Ihr Seminar zu Arbeitsrecht in der Insolvenz an der Uni Passau besucht und möchte mich für die klaren Beispiele bedanken.`, { to: 'Prof. Dr. Bernd Kraus', hard: h }),
  I('en', [], `Hello Mr. Berger, I am engineer from Pune, now working in Stuttgart at a Tier-1 supplier. Your post about Kurzarbeit rules helped me understand my contract a lot, thank you very much.`, { to: 'Frank Berger', hard: h }),
  I('de', [], `Hallo Wolfi, Glückwunsch zur Meisterprüfung als Elektroniker! Ich hab gehört, du steigst jetzt in den Betrieb deines Vaters in Wels ein – wenn du mal Fragen zu PV-Großanlagen hast, melde dich gern.`, { to: 'Wolfgang Aigner', hard: h, skip: ['invite.sales-pitch'] }),
  I('en', [], `Hi Hannah, I'm returning to marketing after caring for my mum for two years. Your article on why career breaks are not gaps gave me the push to update my profile. Thank you!`, { to: 'Hannah Whitley', hard: h }),
  I('de', [], `Liebe Gabi, wir kennen uns aus dem Elternbeirat der Grundschule – ich habe gerade gesehen, dass du jetzt bei der Sparkasse Allgäu das Firmenkundengeschäft leitest. Glückwunsch!`, { to: 'Gabriele Huber', hard: h }),
  I('en', [], `Hi Jo, Marta from your ops team said you're the one who set up the returns hub in Poznań. I'm doing something similar for a sneaker shop in Leipzig and would love to hear what you'd do differently.`, { to: 'Joanna Kowalski', hard: h }),
  I('de', [], `Hallo Herr Thaler, Ihre Wortmeldung in der Gemeinderatssitzung zur Wärmeplanung hat mir gefallen. Als Anwohnerin und Ingenieurin bei den Stadtwerken Rosenheim würde ich gerne in Kontakt bleiben.`, { to: 'Georg Thaler', hard: h }),
  I('en', [], `Dear Dr. Ferreira, thank you for the lecture on antibiotic stewardship at Klinikum rechts der Isar yesterday. The slide on procalcitonin thresholds is already printed on our ward.`, { to: 'Dr. Luis Ferreira' }),
  I('de', [], `Hi Nico, du hast letzte Woche unter meinem Post zur Kreditvergabe an Solo-Selbstständige so fundiert widersprochen – das würde ich gern bei einem Kaffee in Frankfurt vertiefen.`, { to: 'Nicolas Frey', hard: h }),
  I('de', [], `Hoi Fabienne, merci für die Führung durch eure Schreinerei in Thun! Ich nehme viele Ideen für unser Lehrlingsprogramm mit. Liebi Grüess, Ursina`, { to: 'Fabienne Roth', from: 'Ursina Caduff', hard: h }),
  I('en', [], `Hi Sven, Lukas and I loved your Munich Creative Business Week workshop on pricing for freelance illustrators. Would be glad to stay connected.`, { to: 'Sven Albers', hard: h }),
  I('de', [], `Guten Tag Frau Aigner, Ihre Kanzlei hat mir letztes Jahr bei der Erbschaftssache meiner Großmutter sehr geholfen. Da ich jetzt selbst Jura in Graz studiere, würde ich Ihren Weg gern weiter verfolgen.`, { to: 'Dr. Helene Aigner', hard: h }),
  I('en', [], `Hi Katrin — quick question, not a pitch: did the Bavarian Digitalbonus actually cover your ERP migration? Your post mentioned it but I couldn't find details. Thanks, Moritz`, { to: 'Katrin Vogel', from: 'Moritz Klein', hard: h }),
  I('de', [], `Hallo Frau Lindqvist, als neue Mitarbeiterin im Hamburger Büro freue ich mich, Sie beim Onboarding-Lunch am Donnerstag kennenzulernen. Bis dann!`, { to: 'Karin Lindqvist' }),
  I('en', [], `Hey Matze, great meeting you at the Oktoberfest table of the Munich startup crowd. Still owe you that pretzel. Cheers, Dave`, { to: 'Matthias Eder', from: 'David Clarke', hard: h }),
  I('de', [], `Hallo Basti, ich bin die neue Werkstudentin im Team von Jule und soll dich wegen der Testfahrten im Oktober ansprechen. Freue mich auf die Zusammenarbeit!`, { to: 'Sebastian Keller', hard: h }),
]);
