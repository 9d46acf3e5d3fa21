import { I, named } from './types';

const h = true;

/**
 * heldout14 (blind): invitation notes from the people who write most on LinkedIn: sales and
 * marketing, HR and recruiters, consultants and coaches, founders and investors, nurses and
 * doctors, teachers, students, lawyers, public servants, NGO staff, people returning to work.
 * English and German (Swiss, Germany, Austria; Sie and du). Labelled from docs/rules.md only.
 */
export default named('invite-heldout14', [
  // --- English: good notes (expect nothing) ---
  I('en', [], `Hi Kate, your post on structured interviews for nurses hit home — we're trying the same scorecards in our clinic in Bristol. Would love to stay in touch. Best, Tom`, { to: 'Katherine Lee', headline: 'Head of Talent at Finch Health', from: 'Tom Walsh', hard: h }),
  I('en', [], `Hi Rachel, I'm a paediatric nurse thinking about moving into clinical informatics, and your path from the ward to Epic analyst is exactly what I'm curious about. Would you be open to sharing how you made the switch?`, { to: 'Rachel Green', headline: 'Clinical Informatics Analyst', hard: h }),
  I('en', [], `Hi Chris, great catching up at the HR Tech meetup in Amsterdam. Still thinking about your point on skills-based hiring for warehouse roles. — Sebastian`, { to: 'Christina Vogel', from: 'Sebastian Kern', hard: h }),
  I('en', [], `Hi Hannah, James Porter suggested I reach out — he said you've run the volunteer programme at Shelter Cymru for years, and I'm starting something similar in Leeds. Would love to learn from you.`, { to: 'Hannah Brooks', hard: h }),
  I('en', [], `Really enjoyed your article on hospital procurement, Omar — the section on framework agreements was the clearest explanation I've read so far.`, { to: 'Omar Haddad', hard: h }),
  I('en', [], `Hi Jordan, I recruit data engineers in Dublin and saw your talk at Coalesce on testing dbt pipelines. No role to pitch today — I'd just like to follow your work.`, { to: 'Jordan Blake', headline: 'Analytics Engineer', hard: h }),
  I('en', [], `Hi Noah, fellow Bath alum here (class of 2019, Mech Eng) — saw you moved into offshore wind. Would be great to connect.`, { to: 'Noah Evans' }),
  I('en', [], `Hi Ethan, I'm a recent graduate in environmental science and noticed Greenway is growing its water team in Bristol. Could I ask you two questions about what the first year there looks like?`, { to: 'Ethan Moore', headline: 'Water Engineer at Greenway', hard: h }),
  I('en', [], `Hi Sophie, I'm returning to product management after a year of parental leave, and your post about the returnship programme at Monzo was really encouraging. Would love to follow along.`, { to: 'Sophie Allen', hard: h }),
  I('en', [], `Hi Victor, I'm a procurement consultant in Rotterdam and we were both on the sustainability panel at Supply Chain Week. Your example of supplier scorecards was brilliant — happy to keep in touch.`, { to: 'Victor Jansen', hard: h }),
  I('en', [], `Hi Peter, loved your piece on ward staffing ratios in the BMJ. — Amira`, { from: 'Amira Said', hard: h }),
  I('en', [], `Hi Mrs Adeyemi, your thread on phone-free classrooms was so practical. I teach Year 8 science in Manchester and we're about to try the same — thank you for sharing it!`, { to: 'Bola Adeyemi', hard: h }),
  I('en', [], `Hi Ingrid, I'm a reporter at the Irish Times working on a story about GP shortages in rural Ireland. Your post about the practice in Leitrim stood out — would you be open to a short chat?`, { to: 'Ingrid Walsh', hard: h }),
  I('en', [], `Hi Nina, thanks for the tip on axe DevTools after the accessibility session in Leeds — it already found 30 issues on our checkout page.`, { to: 'Nina Shah', history: [{ to: 'Marcus Hill', text: `Hello Marcus, we met briefly at the Leeds Digital Festival after the accessibility session. I'd be glad to stay connected and hear how your audit project goes.` }], hard: h }),
  I('en', [], `Hello Dr Mensah, I'm a final-year medical student at UCL interested in tropical medicine. Your research on malaria diagnostics in Ghana is the reason I picked my elective. I would be honoured to connect.`, { to: 'Kwame Mensah', hard: h }),
  I('en', [], `Hi Bill, thanks for walking me through the apprenticeship levy rules at the CIPD event in Birmingham. Your cheat sheet is now pinned above my desk.`, { to: 'William Grant', hard: h }),
  I('en', [], `Hi Amara, I coordinate volunteers at a food bank in Glasgow and your post about cutting food waste with supermarkets was inspiring. Would love to connect and learn how you set up the partnerships.`, { to: 'Amara Okafor' }),
  I('en', [], `Hi Raj, I invest in climate hardware at Nordwind Ventures; we met at the Slush side event on heat pumps. Would be great to keep in touch as your pilot in Tampere progresses.`, { to: 'Raj Malhotra', hard: h }),
  I('en', [], `Hi Zoe, we sat next to each other at the UX Scotland workshop — thanks again for the charger! 😄`, { to: 'Zoe Campbell' }),
  I('en', [], `Hi Sasha, great to bump into you again at the Berlin ML Summit, and thanks for the pointer to the Ray Serve docs. Let's grab a coffee next time you're in Prague.`, { to: 'Alexander Novak', hard: h }),
  I('en', [], `Hi Megan, as a fellow management accountant in the NHS I really related to your post about budget cuts landing in March. Hope your team gets through year-end in one piece!`, { to: 'Megan Price' }),
  I('en', [], `Hello Mr Tanaka, I hope you are well. I came across your profile while researching lean manufacturing, and your case study on the plant in Derby is exactly what my MBA thesis needs. Would you mind if I connected?`, { to: 'Hiroshi Tanaka', hard: h }),
  I('en', [], `Hi Aisha, I'm a UX designer at Spotify and saw your portfolio review thread — your feedback on my friend Leo's case study was spot on. Would love to connect.`, { to: 'Aisha Bello', hard: h }),
  I('en', [], `Hey Dan, we both commented on Lenny's post about PM interviews — your take on take-home exercises was refreshing. Let's stay in touch. Cheers, Priyanka`, { to: 'Daniel Ruiz', from: 'Priyanka Sharma', hard: h }),
  I('en', [], `Hi Grace, lovely to meet you at the Women in Finance breakfast in Leeds. I'm still laughing about the audit story. Let's keep in touch!`, { to: 'Grace Kim', history: [{ to: 'Grace Kim', text: `Hi Grace, lovely to meet you at the Women in Finance breakfast in Leeds. I'm still laughing about the audit story. Let's keep in touch!` }], hard: h }),

  I('en', [], `Hi Liz, thank you for the mentoring session at the Girls Who Code meetup in Bristol. My Python script for the school library finally runs! Best wishes, Hana (the student with the green laptop)`, { to: 'Elizabeth Morgan', from: 'Hana Ito', hard: h }),

  // --- English: empty, placeholder, wrong name ---
  I('en', ['invite.empty'], ``, { to: 'Sam Patel' }),
  I('en', ['invite.empty'], `Hi Sam! 👋`, { to: 'Sam Patel', hard: h }),
  I('en', ['invite.empty'], `   `, { to: 'Lucy Fraser' }),
  I('en', ['invite.placeholder'], `Hi [Name], I enjoyed your talk on data contracts at PyData Berlin and would love to connect.`, { to: 'Olivia Brandt', hard: h }),
  I('en', ['invite.placeholder'], `Hi {first_name}, I see we both work in {{industry}} — would be great to connect!`, { to: 'Marta Silva', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], `Hello XXX, as discussed at the conference, I'm sending you a connection request.`, { to: 'Helen Ward', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], `Hi Emma, loved your post about <topic> — let's connect!`, { to: 'Emma Hughes', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.wrong-name'], `Hi Megan, thanks for the great panel on hybrid teaching yesterday — your point about online office hours stayed with me.`, { to: 'Anna Kowalski', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Michael, it was great meeting you at the Fintech Week mixer in London — let's continue our chat about open banking APIs. Best, Nadia`, { to: 'Christopher Hale', from: 'Nadia Rossi', hard: h }),
  I('en', ['invite.wrong-name'], `Hey Ryan, good to meet you at the Web Summit booth — let's swap notes on hiring developers in Lisbon.`, { to: "Liam O'Connor" }),

  // --- English: template notes ---
  I('en', ['invite.generic'], `Hi Daniel, I came across your profile and would like to add you to my professional network. Best regards`, { to: 'Daniel Ortiz' }),
  I('en', ['invite.generic'], `Hello Priya, I hope this message finds you well. I am always keen to connect with like-minded professionals and grow my network. Looking forward to connecting!`, { to: 'Priya Raman', hard: h }),
  I('en', ['invite.generic'], `Dear Ms Carter, I would be honoured to join your professional network. Kind regards, David Mensah`, { to: 'Julia Carter', from: 'David Mensah', hard: h }),
  I('en', ['invite.generic'], `Hi! Let's connect.`, { skip: ['invite.empty'], hard: h }),
  I('en', ['invite.generic'], `Hi Chloe, I'm always looking to connect with talented professionals in my industry. I believe we could both benefit from each other's networks. Thanks in advance!`, { to: 'Chloe Martin', hard: h }),
  I('en', ['invite.generic'], `Dear Sir or Madam, I would like to connect with you on LinkedIn.`, { to: 'George Baker' }),
  I('en', ['invite.generic', 'invite.duplicate'], `Hi Sarah, I came across your profile and thought it would be great to connect. Let's expand our networks!`, { to: 'Sarah Lopez', history: [{ to: 'Paul Adams', text: `Hi Paul, I came across your profile and thought it would be great to connect. Let's expand our networks!` }] }),

  // --- English: duplicates ---
  I('en', ['invite.duplicate'], `Hi Tom, I enjoyed your talk at Product Camp London on discovery interviews and would love to stay connected. Best, Eva`, { to: 'Tom Fischer', from: 'Eva Lind', history: [{ to: 'Lisa Morgan', text: `Hi Lisa, I enjoyed your talk at Product Camp London on discovery interviews and would love to stay connected. Best, Eva` }], hard: h }),
  I('en', ['invite.duplicate'], `Hello Nina, we met briefly at the Leeds Digital Festival after the accessibility session. I'd be glad to stay connected and hear how your audit project goes.`, { to: 'Nina Shah', history: [{ to: 'Marcus Hill', text: `Hello Marcus, we met briefly at the Leeds Digital Festival after the accessibility session. I'd be glad to stay connected and hear how your audit project goes.` }], hard: h }),

  // --- English: pitches ---
  I('en', ['invite.sales-pitch'], `Hi Mark, we help SaaS teams cut cloud costs by 40% in 90 days. Do you have 15 minutes next week for a quick call so I can walk you through it?`, { to: 'Mark Jensen' }),
  I('en', ['invite.sales-pitch'], `Hi Laura, love what you're building at Brightleaf! Teams like yours usually struggle with onboarding — our platform has helped 200+ startups halve ramp-up time. Happy to send over a short case study if useful.`, { to: 'Laura Chen', headline: 'Founder at Brightleaf', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Ben, quick question: is your finance team still closing the books by hand? We've built an automation tool that gets month-end close down to 3 days — open to a 20-minute demo?`, { to: 'Ben Carter', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Alex, I have an exciting opportunity for a Senior Java Developer with a top-tier client, salary up to £95k plus bonus. Are you free for a quick call this week?`, { to: 'Alexandra Price', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Hello Fatima, as a certified career coach I offer a free 30-minute session for HR leaders this month — after that, packages start at $199. Shall I book you in?`, { to: 'Fatima Noor' }),
  I('en', ['invite.sales-pitch'], `Hi Grace, congrats on the Series A! We've supported 40+ fintechs at that stage with fractional CFO services — happy to share our playbook for the first board meeting if you like.`, { to: 'Grace Liu', headline: 'CEO at Ledgerly', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Kevin, our agency builds high-converting landing pages from just $499. Limited slots left for December — shall I send you our portfolio?`, { to: 'Kevin Walsh' }),
  I('en', ['invite.sales-pitch'], `Hi Rosa, I'd value your opinion: we've launched an AI tool that writes job ads in seconds and 300 recruiters already use it. Could I show you a 10-minute demo and hear what you think?`, { to: 'Rosa Martínez', hard: h }),
  I('en', ['invite.sales-pitch'], `Dear Mr Hughes, our law firm specialises in GDPR compliance for online shops. We currently offer a fixed-price audit for £1,500. May I schedule a call to present our services?`, { to: 'Owen Hughes' }),

  // --- German: gute Notizen (nichts erwartet) ---
  I('de', [], `Grüezi Herr Mueller, Ihr Beitrag zur Einführung von Rolling Forecasts im Spital Thun hat mich sehr interessiert. Ich arbeite selbst im Controlling eines Kantonsspitals und würde mich über die Vernetzung freuen. Freundliche Grüsse, Andrea Kälin`, { to: 'Jürg Müller', headline: 'Leiter Finanzen, Spital Thun', from: 'Andrea Kälin', hard: h }),
  I('de', [], `Servus Markus, wir haben uns beim Pioneers Festival in Wien beim Panel über Agrartech kennengelernt. Deine Idee mit den Bodensensoren geht mir nicht aus dem Kopf – lass uns in Kontakt bleiben! LG Kathi`, { to: 'Markus Huber', from: 'Katharina Gruber', hard: h }),
  I('de', [], `Hallo Herr Schuetz, Ihr Artikel in der Legal Tribune zur Umsetzung des Hinweisgeberschutzgesetzes war für unsere Kanzlei sehr hilfreich. Ich würde mich freuen, in Kontakt zu bleiben. Viele Grüße, Dr. Miriam Lorenz`, { to: 'Jürgen Schütz', from: 'Miriam Lorenz', hard: h }),
  I('de', [], `Hi Hannes, schön, dass wir uns beim Data Science Meetup in Leipzig über dbt unterhalten haben. Den Link zum Talk schicke ich dir gern noch. Grüße, Ole`, { to: 'Johannes Becker', from: 'Ole Jensen', hard: h }),
  I('de', [], `Guten Tag Frau Roth, Herr Dr. Albrecht von der Uni Mannheim meinte, Sie seien die richtige Ansprechpartnerin für Fragen zum Referendariat in Baden-Württemberg. Dürfte ich Ihnen dazu zwei Fragen stellen?`, { to: 'Susanne Roth', hard: h }),
  I('de', [], `Hoi Sandro, ich bin Treuhänderin in Luzern und überlege, mich selbstständig zu machen. Dein Post über die ersten zwei Jahre mit eigenem Büro hat mich sehr angesprochen – hättest du mal Zeit für einen Kaffee und ein paar Tipps?`, { to: 'Sandro Meier', hard: h }),
  I('de', [], `Hallo Ines, schön, dich beim Fachtag Schulsozialarbeit in Kassel wiedergesehen zu haben – ich schicke dir wie besprochen unser Konzept für den Elternabend.`, { to: 'Ines Kraus', history: [{ to: 'Ines Kraus', text: `Hallo Ines, schön, dich beim Fachtag Schulsozialarbeit in Kassel wiedergesehen zu haben – ich schicke dir wie besprochen unser Konzept für den Elternabend.` }], hard: h }),
  I('de', [], `Hallo Frau Prof. Neumann, ich studiere Wirtschaftsinformatik an der TU Dresden und habe im Sommer Ihre Vorlesung zu Process Mining besucht. Ich würde mich freuen, Ihre Arbeit auch nach dem Semester zu verfolgen.`, { to: 'Karin Neumann', hard: h }),
  I('de', [], `Guten Tag Herr Maier, wir sitzen beide in der Arbeitsgruppe Open Data des Landes Hessen. Ich würde gern Ihre Erfahrungen mit dem Geodatenportal hören – vielleicht beim nächsten Treffen in Wiesbaden?`, { to: 'Klaus Maier' }),
  I('de', [], `Liebe Tanja, ich steige nach der Elternzeit wieder als Teamleiterin im Einkauf ein, und dein Beitrag über Teilzeit-Führung bei Bosch hat mir Mut gemacht. Ich würde mich freuen, dir zu folgen und mich auszutauschen.`, { to: 'Tanja Seidel', hard: h }),
  I('de', [], `Grüezi Frau Odermatt, nach zwölf Jahren als Primarlehrer mache ich gerade die Weiterbildung zum UX-Designer an der ZHAW. Ihr Referat am UX Day Zürich über barrierefreie Formulare war für mich ein Augenöffner. Darf ich Sie bei Gelegenheit zu Ihrem Einstieg in die Branche befragen?`, { to: 'Claudia Odermatt', hard: h }),
  I('de', [], `Moin Herr Schaefer, danke für die schnelle Rückmeldung zur Ausschreibung der Stadtwerke Kiel – die Unterlagen zur Wärmeplanung sind angekommen.`, { to: 'Björn Schäfer', hard: h }),
  I('de', [], `Hallo Ahmet, cool, dass du nach unserem Gespräch auf der Jobmesse in Bochum an die Bewerbung gedacht hast. Halt mich auf dem Laufenden!`, { to: 'Ahmet Demir' }),
  I('de', [], `Hallo Jonas, ich bin Recruiterin bei der Deutschen Bahn und habe deinen Talk auf der FrOSCon über Rust in Embedded-Systemen gesehen. Keine Stellenanzeige – ich fand ihn einfach richtig gut erklärt.`, { to: 'Jonas Weiß', hard: h }),
  I('de', [], `Sehr geehrte Frau Mag. Wallner, Ihr Vortrag bei der Steuerberatertagung in Salzburg zur Registrierkassenpflicht war sehr praxisnah. Ich würde mich freuen, in Kontakt zu bleiben. Mit besten Grüßen, Florian Pichler`, { to: 'Eva Wallner', from: 'Florian Pichler', hard: h }),
  I('de', [], `Danke für den Input beim Webinar gestern, Sarah – dein Beispiel mit den Dienstplänen auf der Intensivstation hat unsere Diskussion im Team sehr geprägt.`, { to: 'Sarah Klein', hard: h }),
  I('de', [], `Hey Mia, deine Illustrationen für die Kampagne der Hamburger Bücherhallen sind großartig – besonders die Serie mit den Leseratten. Würde mich freuen, dir zu folgen!`, { to: 'Mia Hansen' }),
  I('de', [], `Hallo Frau Dr. Engel, vielen Dank für Ihre Hilfe beim Ethikantrag für unsere Studie an der Charité. Herzliche Grüße, Sebastian Roth`, { from: 'Sebastian Roth', hard: h }),
  I('de', [], `Hallo Frau Schröder, ich bin auf Ihr Profil gestoßen, weil Sie beim DRK-Kreisverband Göttingen die Blutspendeaktionen koordinieren. Wir planen an unserer Schule einen Aktionstag und ich hätte eine Frage zur Organisation.`, { to: 'Ute Schröder', hard: h }),
  I('de', [], `Hoi Ruedi, Peter Schmid vom Gewerbeverein Winterthur hat mir erzählt, dass du die Lehrstellenbörse aufgebaut hast. Ich würde gern hören, wie ihr das angestellt habt. Gruess, Corinne`, { to: 'Rudolf Graf', from: 'Corinne Keller', hard: h }),
  I('de', [], `Liebe Frau Dr. Oeztuerk, ich arbeite als Assistenzärztin in der Pädiatrie in Linz und habe Ihren Artikel über Impfgespräche mit skeptischen Eltern mit großem Gewinn gelesen. Ich würde mich sehr über eine Vernetzung freuen.`, { to: 'Derya Öztürk', hard: h }),
  I('de', [], `Hallo Herr Kühn, ich bin Produktmanager bei einem Medizintechnik-Start-up in Tuttlingen und habe Ihre Keynote zur MDR auf der MedtecLIVE gehört. Darf ich fragen, welche Literatur Sie zum Einstieg empfehlen?`, { to: 'Peter Kühn', hard: h }),
  I('de', [], `Moin Jana, danke nochmal fürs Einspringen beim Elternbeirat letzte Woche! Sag Bescheid, wenn ich dir beim Plakat fürs Sommerfest helfen kann. Liebe Grüße, Tim`, { to: 'Jana Peters', from: 'Tim Schulz', hard: h }),

  I('de', [], `Sehr geehrter Herr Baumgartner, ich bin Journalistin beim ORF Tirol und recherchiere zur Lawinensicherheit in Skigebieten. Ihr Gutachten zum Unglück am Arlberg wird oft zitiert – wären Sie zu einem kurzen Gespräch bereit? Freundliche Grüße, Lena Auer`, { to: 'Josef Baumgartner', from: 'Lena Auer', hard: h }),

  // --- German: leer, Platzhalter, falscher Name ---
  I('de', ['invite.empty'], `Hallo Frau Meier,`, { to: 'Sabine Meier', hard: h }),
  I('de', ['invite.empty'], ``, { to: 'Lukas Berger' }),
  I('de', ['invite.empty'], `🙂👍`, { to: 'Nadine Vogel', hard: h }),
  I('de', ['invite.placeholder'], `Hallo <Vorname>, ich habe Ihren Beitrag über New Work gelesen und würde mich gerne vernetzen.`, { to: 'Jana Koch', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], `Guten Tag Herr ___, vielen Dank für das Gespräch auf der Zukunft Personal in Köln.`, { to: 'Stefan Wolf', hard: h }),
  I('de', ['invite.placeholder'], `Liebe Frau %NACHNAME%, als Kollegin aus der [Firma] freue ich mich auf den Austausch.`, { to: 'Birgit Hahn', skip: ['invite.generic'] }),
  I('de', ['invite.wrong-name'], `Liebe Frau Hartmann, vielen Dank für Ihren Vortrag zur Pflegeausbildung am Klinikum Nürnberg – besonders die Zahlen zu Abbrüchen im ersten Jahr.`, { to: 'Claudia Zimmermann' }),
  I('de', ['invite.wrong-name'], `Hey Simon, cool, dich beim Barcamp in Hamburg getroffen zu haben! Lass uns das Thema Design-Systeme weiterspinnen.`, { to: 'Matthias Keller' }),
  I('de', ['invite.wrong-name'], `Hoi Daniel, danke für den Tipp mit dem Lehrstellen-Pool im Kanton Bern. Ich melde mich, sobald wir die ersten Lernenden haben. Gruss, Urs`, { to: 'Beat Brunner', from: 'Urs Steiner', hard: h }),
  I('de', ['invite.wrong-name'], `Hallo Herr Krüger, danke für die schnelle Rückmeldung zur Ausschreibung der Stadtwerke Kiel.`, { to: 'Björn Schäfer', hard: h }),
  I('de', ['invite.wrong-name'], `Danke für den Input beim Webinar gestern, Lisa – dein Beispiel mit den Pflegeschlüsseln hat unsere Diskussion im Team sehr geprägt.`, { to: 'Sarah Klein', hard: h }),

  // --- German: Vorlagen ---
  I('de', ['invite.generic'], `Sehr geehrte Frau Schneider, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Mit freundlichen Grüßen`, { to: 'Petra Schneider' }),
  I('de', ['invite.generic'], `Hallo Reto, ich bin auf dein Profil gestossen und würde mich freuen, mein Netzwerk mit dir zu erweitern. Liebe Grüsse`, { to: 'Reto Frei' }),
  I('de', ['invite.generic'], `Guten Tag Herr Weber, ich vernetze mich gerne mit interessanten Menschen aus der Branche und freue mich auf einen spannenden Austausch. Beste Grüße, Lena Hoffmann`, { to: 'Thomas Weber', from: 'Lena Hoffmann', hard: h }),
  I('de', ['invite.generic'], `Hallo, ich würde mich freuen, Sie in meinem Netzwerk begrüßen zu dürfen. Viele Grüße`),
  I('de', ['invite.generic'], `Liebe Katrin, da wir in derselben Branche tätig sind, würde ich mich sehr über eine Vernetzung freuen. Herzliche Grüße`, { to: 'Katrin Lang', hard: h }),
  I('de', ['invite.generic'], `Grüezi Frau Ammann, gerne möchte ich mein berufliches Netzwerk erweitern und würde mich freuen, mich mit Ihnen zu vernetzen. Freundliche Grüsse`, { to: 'Monika Ammann' }),
  I('de', ['invite.generic'], `Hey 😊 Lust, uns zu vernetzen? Freu mich!`, { hard: h }),
  I('de', ['invite.generic'], `Grüß Gott Frau Magister Wallner, ich würde mich freuen, Sie als Kontakt in meinem Netzwerk zu haben. Hochachtungsvoll`, { to: 'Eva Wallner', hard: h }),
  I('de', ['invite.generic'], `Vernetzen wir uns?`, { to: 'Paul Frank', skip: ['invite.empty'] }),
  I('de', ['invite.generic', 'invite.duplicate'], `Grüezi Frau Suter, ich bin auf Ihr Profil gestossen und würde mich freuen, Teil Ihres Netzwerks zu werden. Freundliche Grüsse`, { to: 'Monika Suter', history: [{ to: 'Marco Rossi', text: `Grüezi Herr Rossi, ich bin auf Ihr Profil gestossen und würde mich freuen, Teil Ihres Netzwerks zu werden. Freundliche Grüsse` }] }),

  // --- German: Duplikate ---
  I('de', ['invite.duplicate'], `Hallo Ines, danke für deinen Vortrag auf dem Controlling-Tag in Stuttgart zu Treibermodellen. Ich würde mich freuen, wenn wir in Kontakt bleiben.`, { to: 'Ines Kraus', history: [{ to: 'Frank Otto', text: `Hallo Frank, danke für deinen Vortrag auf dem Controlling-Tag in Stuttgart zu Treibermodellen. Ich würde mich freuen, wenn wir in Kontakt bleiben.` }], hard: h }),
  I('de', ['invite.duplicate'], `Guten Tag Herr Lehmann, ich habe Ihren Kommentar zur Digitalisierung in Gesundheitsämtern gelesen und teile Ihre Sicht auf die Schnittstellen-Probleme. Ich würde mich über den Kontakt sehr freuen.`, { to: 'Jens Lehmann', history: [{ to: 'Heike Braun', text: `Liebe Frau Braun, ich habe Ihren Kommentar zur Digitalisierung in Gesundheitsämtern gelesen und teile Ihre Sicht auf die Schnittstellen-Probleme. Ich würde mich über den Kontakt sehr freuen.` }], hard: h }),

  // --- German: Verkauf ---
  I('de', ['invite.sales-pitch'], `Hallo Herr Brandt, wir unterstützen mittelständische Unternehmen dabei, ihre Personalkosten um bis zu 25 % zu senken. Hätten Sie nächste Woche 15 Minuten für ein kurzes Telefonat?`, { to: 'Michael Brandt' }),
  I('de', ['invite.sales-pitch'], `Hoi Nicole, gratuliere zur neuen Rolle als HR-Leiterin! Viele HR-Teams in deiner Situation setzen auf unser Onboarding-Tool – über 150 Schweizer Firmen sind schon dabei. Soll ich dir eine kurze Demo zeigen?`, { to: 'Nicole Baumann', headline: 'Leiterin HR, Migros Aare', hard: h }),
  I('de', ['invite.sales-pitch'], `Servus Markus, ich bin Vertriebscoach und biete im Jänner ein exklusives Verkaufstraining für nur 390 Euro an. Magst du dir einen der letzten Plätze sichern?`, { to: 'Markus Huber' }),
  I('de', ['invite.sales-pitch'], `Sehr geehrter Herr Dr. Vogt, unsere Kanzlei bietet Arztpraxen eine rechtssichere DSGVO-Prüfung zum Festpreis von 990 € an. Darf ich Ihnen unser Angebot in einem kurzen Termin vorstellen?`, { to: 'Andreas Vogt' }),
  I('de', ['invite.sales-pitch'], `Hallo Frau Yilmaz, ich habe gesehen, dass Sie gerade Pflegekräfte suchen. Wir haben letztes Jahr 80 Pflegefachkräfte aus dem Ausland erfolgreich an Kliniken wie Ihre vermittelt – ich schicke Ihnen gern unsere Referenzen.`, { to: 'Elif Yilmaz', headline: 'Pflegedirektorin, Klinikum Dortmund', hard: h }),
  I('de', ['invite.sales-pitch'], `Liebe Tanja, ich begleite Frauen nach der Elternzeit zurück in Führungsrollen. Mein 8-Wochen-Programm startet am 15. Januar – hier kannst du dir ein kostenloses Erstgespräch buchen.`, { to: 'Tanja Seidel', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Frau Pohl, als unabhängiger Finanzberater zeige ich Ärztinnen, wie sie mit der richtigen Altersvorsorge mehrere tausend Euro Steuern im Jahr sparen. Wann passt Ihnen ein unverbindliches Beratungsgespräch?`, { to: 'Julia Pohl' }),
  I('de', ['invite.sales-pitch'], `Hallo Jonas, spannendes Profil! Ich bin Gründer von Talentwerk – wir finden für Start-ups wie eures Senior-Entwickler in unter 3 Wochen. Darf ich dir unsere Erfolgsquote mal zeigen?`, { to: 'Jonas Weiß', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], `Grüezi Herr Brunner, mit unserem Treuhand-Paket für KMU sparen Sie jeden Monat Zeit – jetzt mit 20 % Rabatt für Neukunden. Darf ich Ihnen eine Offerte senden?`, { to: 'Beat Brunner' }),
]);
