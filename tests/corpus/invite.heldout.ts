import { I, named } from './types';

const h = true;

export default named('invite-heldout', [
  // --- good, personal notes (expect nothing) ---
  I('en', [], 'Hi Laura, your talk at the Zurich Product Meetup on pricing experiments was the most practical session of the evening. I run growth at a small fintech and would love to stay in touch. Cheers, Tobias', { to: 'Laura Benz', headline: 'Product Lead at Yokoy', from: 'Tobias Graf' }),
  I('de', [], 'Hallo Frau Gerber, Ihr Artikel zur Lehrlingsausbildung in der Pflege hat mich sehr angesprochen, weil wir im Spital Thun gerade ein ähnliches Mentoring aufbauen. Ich würde mich über einen Austausch freuen. Freundliche Grüsse, Daniel Steiner', { to: 'Regula Gerber', headline: 'Leiterin Bildung, Insel Gruppe', from: 'Daniel Steiner', hard: h }),
  I('en', [], 'Hey Alex! We sat next to each other at the Rust workshop in Bern last Thursday – you helped me untangle those lifetimes. Would be great to keep in touch. – Mira', { to: 'Alexandra Frei', from: 'Mira Kovac', hard: h }),
  I('de', [], 'Hoi Sepp, Ursula Brunner meinte, du kennst dich mit Holzbau-Förderprogrammen im Kanton Luzern aus. Ich plane gerade ein Mehrfamilienhaus in Sursee und hätte zwei, drei Fragen. Wäre ein kurzer Austausch möglich? Gruss, Reto', { to: 'Josef Amrein', from: 'Reto Wyss', hard: h }),
  I('en', [], 'Dear Dr. Okafor, I read your paper on federated learning for hospital data with great interest. I am a PhD student at ETH working on a similar privacy problem and would value the chance to follow your work. Kind regards, Lena Roth', { to: 'Dr. Chidi Okafor', headline: 'Researcher, University Hospital Basel', from: 'Lena Roth', hard: h }),
  I('de', [], 'Servus Hannes, schön dich gestern beim Agile Austria Stammtisch in Graz getroffen zu haben! Lass uns das Thema Retros mit verteilten Teams weiterdenken. LG Verena', { to: 'Johannes Pichler', from: 'Verena Lang', hard: h }),
  I('en', [], 'Hi Priya – I saw your comment under Marc Weber\'s post about on-call rotations and it matched exactly what we went through at our startup. Would love to connect and compare notes sometime.', { to: 'Priya Raman', headline: 'SRE Manager at Swisscom', hard: h }),
  I('de', [], 'Liebe Kathi, danke nochmals für die spannende Führung durch euer Labor in Wädenswil! Ich vernetze mich gerne mit dir, damit wir wegen der Masterarbeit in Kontakt bleiben. Herzlich, Jonas', { to: 'Katharina Meier', from: 'Jonas Bachmann', hard: h }),
  I('en', [], 'Hello Mr. Schneider, Peter Huber from the Swiss-American Chamber suggested I get in touch with you about export regulations for medical devices. I\'m preparing our first US filing and would appreciate your perspective. Best regards, Sofia Costa', { to: 'Thomas Schneider', headline: 'Regulatory Affairs Consultant', from: 'Sofia Costa', hard: h }),
  I('de', [], 'Grüezi Herr Baumann, wir haben am Swiss Economic Forum kurz über Nachfolgeregelungen in Familienbetrieben gesprochen. Ihr Beispiel mit der Schreinerei ist mir geblieben. Gerne bleibe ich mit Ihnen in Kontakt. Beste Grüsse, Nadine Kälin', { to: 'Urs Baumann', from: 'Nadine Kälin', hard: h }),
  I('en', [], 'Hi Mike, fellow Bern triathlete here 🏊‍♂️🚴‍♂️🏃 – saw you also work in data engineering at Swiss Re. Would be great to connect, maybe even for a training run along the Aare.', { to: 'Michael Zurbuchen', headline: 'Data Engineer at Swiss Re', hard: h }),
  I('de', [], 'Hallo Tobias, ich habe deinen Vortrag über barrierefreie Formulare auf der Webdays in Wien gesehen. Die Demo mit dem Screenreader war augenöffnend. Würde mich freuen, in Kontakt zu bleiben!', { to: 'Tobias Hofer', headline: 'Accessibility Engineer' }),
  I('en', [], 'Hi Grace, I\'m moving from teaching into instructional design and your posts about building onboarding courses have been really helpful. Could I ask you one or two questions about how you made the switch? Thanks, Ben', { to: 'Grace Liu', headline: 'Instructional Designer at Roche', from: 'Ben Carter', hard: h }),
  I('de', [], 'Guten Tag Frau Dr. Wüthrich, als Co-Leiterin des Frauennetzwerks Engineering Bern organisiere ich im März einen Abend zum Thema Wasserstoff. Ihre Forschung an der BFH würde perfekt passen. Hätten Sie Interesse, kurz darüber zu sprechen? Freundliche Grüsse, Petra Zaugg', { to: 'Andrea Wüthrich', headline: 'Professorin für Energiesysteme, BFH', from: 'Petra Zaugg', hard: h }),
  I('en', [], 'Hi Chris, I\'m a junior UX designer and I keep coming back to your case study about the SBB ticket app redesign. I\'d really appreciate any advice on how you run usability tests with older users.', { to: 'Christina Vogel', headline: 'UX Research Lead', hard: h }),
  I('de', [], 'Hallo Andi, wir waren zusammen im CAS Data Science an der ZHAW (2021). Habe gesehen, dass du jetzt bei der Post arbeitest – gratuliere! Lass uns wieder mal einen Kaffee trinken. Grüsse, Simone', { to: 'Andreas Keller', from: 'Simone Rüegg', hard: h }),
  I('en', [], 'Hello Fatima, we\'re both in the Women in Climate Tech Slack and I enjoyed your thread on carbon accounting tools. Would be glad to connect here too.', { to: 'Fatima Haddad' }),
  I('de', [], 'Sali Beat, Marco Rossi hat mir erzählt, dass du in Winterthur einen Coworking-Space für Handwerker aufbaust. Spannende Idee! Ich bin selbst Elektriker und würde gern mehr darüber erfahren.', { to: 'Beat Schmid', hard: h }),
  I('en', [], 'Hi Sam, loved your answer on the panel yesterday about hiring without CVs. We are trying something similar at our NGO in Geneva. Happy to share what worked for us if helpful. Warmly, Claire', { to: 'Samantha Okoye', from: 'Claire Dubois', hard: h }),
  I('de', [], 'Hallo Herr Egger, ich bin Studentin an der HSG und schreibe meine Bachelorarbeit über Kreislaufwirtschaft in der Bauindustrie. Ihr Interview in der NZZ zum Rückbau von Betonbauten hat mich sehr inspiriert. Dürfte ich Ihnen ein paar Fragen stellen? Mit freundlichen Grüssen, Lea Widmer', { to: 'Martin Egger', headline: 'CEO Eberhard Unternehmungen', from: 'Lea Widmer', hard: h }),
  I('en', [], 'Hi Tom – great to meet you at the Lausanne hackathon! Your team\'s idea for tracking glacier melt with cheap sensors was brilliant. Let\'s stay in touch.', { to: 'Thomas Berset' }),
  I('de', [], 'Liebe Frau Novak, ich bin Ihrem Podcast über Personalentwicklung in KMU schon lange treu. Die Folge zu Teilzeit-Führung hat bei uns im Team eine richtige Diskussion ausgelöst. Ich würde mich freuen, mit Ihnen vernetzt zu sein. Herzliche Grüsse', { to: 'Mirjam Novak', headline: 'Host "KMU im Wandel"', hard: h }),

  // --- invite.empty ---
  I('en', ['invite.empty'], '', { to: 'Anna Müller' }),
  I('de', ['invite.empty'], '   ', { to: 'Stefan Kuhn' }),
  I('en', ['invite.empty'], '👋', { to: 'Jane Doe' }),
  I('de', ['invite.empty'], 'Hallo Herr Keller,', { to: 'Peter Keller' }),
  I('en', ['invite.empty'], 'Hi Sarah! 😊', { to: 'Sarah Lim' }),
  I('de', ['invite.empty'], 'Grüezi Frau Brunner 🙂', { to: 'Claudia Brunner' }),
  I('en', ['invite.empty'], '\n\n🤝🤝\n', {}),
  I('de', ['invite.empty'], 'Hoi Lukas!', { to: 'Lukas Frey' }),

  // --- invite.placeholder ---
  I('en', ['invite.placeholder', 'invite.generic'], 'Hi [Name], I came across your profile and would like to add you to my professional network.', { to: 'Nina Weber' }),
  I('de', ['invite.placeholder'], 'Hallo {first_name}, ich habe deinen Beitrag über Remote-Onboarding gelesen und fand deine Checkliste super hilfreich. Lass uns vernetzen!', { to: 'Eva Huber' }),
  I('en', ['invite.placeholder'], 'Hi Jonas, I noticed you work at {{company}} and I\'m curious how your team handles data contracts. Would love to swap experiences.', { to: 'Jonas Ernst' }),
  I('de', ['invite.placeholder'], 'Sehr geehrte/r <Vorname> <Nachname>, ich bin auf der Suche nach Kontakten in der Logistikbranche und würde mich über eine Vernetzung freuen.', { to: 'Monika Zeller', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], 'Hello %NAME%, thanks for your insightful post on supply chain resilience last week – the part about dual sourcing in Asia was eye-opening.', { to: 'Kevin Tan' }),
  I('de', ['invite.placeholder'], 'Hallo Marc, ich habe gesehen, dass Sie bei [Firma] für das Partnermanagement zuständig sind. Wir kennen uns von der Swissbau, ich würde den Kontakt gerne hier weiterführen.', { to: 'Marc Studer' }),
  I('en', ['invite.placeholder'], 'Hi Olivia, I enjoyed your talk at XXX and would love to hear more about your work on battery recycling.', { to: 'Olivia Grant' }),
  I('de', ['invite.placeholder'], 'Hallo ___, wir haben uns beim Networking-Apéro der Handelskammer kennengelernt. Schön, dass wir hier in Kontakt bleiben können!', { to: 'Silvia Roth' }),

  // --- invite.wrong-name ---
  I('en', ['invite.wrong-name'], 'Hi John, thanks for the great discussion on cloud cost controls at the AWS Summit in Zurich. Let\'s keep in touch!', { to: 'Anna Müller', from: 'Marco Rossi' }),
  I('de', ['invite.wrong-name'], 'Hallo Frau Schmid, vielen Dank für Ihren spannenden Vortrag über Lieferketten an der Logistikmesse in Bern. Ich würde mich über eine Vernetzung freuen.', { to: 'Karin Baumgartner', from: 'Felix Moser' }),
  I('en', ['invite.wrong-name'], 'Dear Michael, your article on pediatric nursing shifts was spot on. As a nurse in Basel I\'d love to follow your work. Best, Julia', { to: 'Sandra Fischer', from: 'Julia Wenger' }),
  I('de', ['invite.wrong-name'], 'Hoi Reto, schön, dich am Firmenlauf kennengelernt zu haben. Bleiben wir in Kontakt? Gruss Sabine', { to: 'Martin Lüthi', from: 'Sabine Ott' }),
  I('en', ['invite.wrong-name'], 'Hello Sarah,\nI saw your team is hiring backend engineers in Lausanne and I\'d love to learn more about the culture there. Thanks, David', { to: 'Emma Richards', from: 'David Chen' }),
  I('de', ['invite.wrong-name'], 'Liebe Claudia, wir haben uns letzte Woche beim Workshop zu nachhaltiger Beschaffung kennengelernt. Danke für den Tipp mit dem Lieferantenkodex!', { to: 'Barbara Hess', from: 'Yvonne Kunz' }),
  I('en', ['invite.wrong-name'], 'Hey Paul 👋 great chatting at the Geneva Blockchain Week. Let\'s definitely grab a coffee next time you\'re in town.', { to: 'Lucas Moreau' }),
  I('de', ['invite.wrong-name'], 'Sehr geehrter Herr Müller, Ihr Beitrag über Wärmepumpen in Altbauten hat mich überzeugt. Als Installateur in St. Gallen würde ich gerne von Ihrer Erfahrung lernen.', { to: 'Hans Zimmermann', from: 'Adrian Koller' }),

  // --- invite.generic ---
  I('en', ['invite.generic'], 'Hi Maria, I came across your profile and would like to add you to my professional network.', { to: 'Maria Lopez', headline: 'HR Business Partner at Nestlé' }),
  I('de', ['invite.generic'], 'Hallo Frau Meier, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Freundliche Grüsse', { to: 'Susanne Meier', headline: 'Leiterin Finanzen, Stadt Zürich' }),
  I('en', ['invite.generic'], 'Hello! I\'m always looking to expand my network with like-minded professionals. Let\'s connect!', { to: 'Raj Patel' }),
  I('de', ['invite.generic'], 'Hallo Thomas, ich bin auf dein Profil gestossen und würde mich freuen, mich mit dir zu vernetzen. Beste Grüsse', { to: 'Thomas Wolf' }),
  I('en', ['invite.generic'], 'Hi David, it would be great to connect with you and grow our networks together. Best regards', { to: 'David Klein' }),
  I('de', ['invite.generic'], 'Guten Tag Herr Brun, gerne möchte ich mein Netzwerk erweitern und würde mich freuen, Sie als Kontakt zu haben.', { to: 'Roland Brun' }),
  I('en', ['invite.generic'], 'Hi Chloe, your profile looks impressive and I think we could benefit from being connected. Looking forward to connecting!', { to: 'Chloe Martin' }),
  I('de', ['invite.generic'], 'Liebe Anja, ich würde mich freuen, wenn wir uns vernetzen. Viele Grüsse, Nora', { to: 'Anja Schwarz', from: 'Nora Imhof' }),
  I('en', ['invite.generic'], 'Dear Mr. Lehmann, I would like to join your professional network on LinkedIn. Kind regards, Ali Demir', { to: 'Jürg Lehmann', from: 'Ali Demir' }),
  I('de', ['invite.generic'], 'Hallo zusammen, ich bin immer offen für neue Kontakte und freue mich über eine Vernetzung!', { to: 'Daniela Graf' }),
  I('en', [], 'Hi Nora, I\'d like to add you to my network – we were on the same panel at the HR Tech Forum in Zurich and I liked your view on skills-based hiring.', { to: 'Nora Steiner', headline: 'Chief People Officer', hard: h }),
  I('de', [], 'Hallo Herr Frei, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen, da wir beide im Vorstand des Gewerbevereins Uster sitzen und ich Ihre Idee zum Lehrstellenmarkt unterstützen möchte.', { to: 'Walter Frei', hard: h }),

  // --- invite.duplicate ---
  I('en', ['invite.duplicate'], 'Hi Sven, I noticed we both work in medical device quality assurance. I\'m always keen to exchange ideas with peers in the field. Would be great to connect!', {
    to: 'Sven Larsen',
    history: [{ to: 'Ines Kuster', text: 'Hi Ines, I noticed we both work in medical device quality assurance. I\'m always keen to exchange ideas with peers in the field. Would be great to connect!' }],
  }),
  I('de', ['invite.duplicate'], 'Hallo Frau Arnold, ich sehe, dass wir beide in der Versicherungsbranche tätig sind. Ich tausche mich gerne mit Fachleuten aus dem Underwriting aus und würde mich über eine Vernetzung freuen. Beste Grüsse, Kurt Marti', {
    to: 'Elena Arnold',
    from: 'Kurt Marti',
    history: [
      { to: 'Bruno Ammann', text: 'Hallo Herr Ammann, ich sehe, dass wir beide in der Versicherungsbranche tätig sind. Ich tausche mich gerne mit Fachleuten aus dem Underwriting aus und würde mich über eine Vernetzung freuen. Beste Grüsse, Kurt Marti' },
      { to: 'Lisa Frei', text: 'Hoi Lisa, schön dich am Apéro gesehen zu haben!' },
    ],
  }),
  I('en', ['invite.duplicate'], 'Dear Ana, as a fellow alumna of the University of St. Gallen I would love to stay connected and hear how your career in consulting is going. All the best, Hanna', {
    to: 'Ana Silva',
    from: 'Hanna Moser',
    history: [{ to: 'Liam Byrne', text: 'Dear Liam, as a fellow alumnus of the University of St. Gallen I would love to stay connected and hear how your career in consulting is going. All the best, Hanna' }],
  }),
  I('de', ['invite.duplicate'], 'Hoi Michi, ich habe gesehen, dass du auch im Bereich Gebäudetechnik unterwegs bist. Wollen wir uns vernetzen und mal austauschen?', {
    to: 'Michael Bühler',
    history: [
      { to: 'Nicole Aebi', text: 'Hoi Nicole, ich habe gesehen, dass du auch im Bereich Gebäudetechnik unterwegs bist. Wollen wir uns vernetzen und mal austauschen?' },
    ],
  }),
  I('en', [], 'Hi Sven, I noticed we both work in medical device quality assurance. I\'m always keen to exchange ideas with peers in the field. Would be great to connect!', {
    to: 'Sven Larsen',
    hard: h,
    history: [{ to: 'Sven Larsen', text: 'Hi Sven, I noticed we both work in medical device quality assurance. I\'m always keen to exchange ideas with peers in the field. Would be great to connect!' }],
  }),
  I('de', [], 'Hallo Petra, danke für deinen Beitrag über Lohntransparenz. Wir diskutieren das gerade im Verwaltungsrat und ich würde gerne hören, wie ihr es bei euch eingeführt habt.', {
    to: 'Petra Hug',
    hard: h,
    history: [
      { to: 'Karl Engel', text: 'Hallo Karl, danke für die Einladung zum Apéro. Bis bald in Basel!' },
      { to: 'Mia Koch', text: 'Hallo Mia, ich habe deinen Artikel über Employer Branding gelesen und mir gefällt euer Ansatz mit den Mitarbeitenden-Videos.' },
    ],
  }),
  I('en', [], 'Hi Oscar, your post on the new Basel rent rules got me thinking about our property portfolio. Would love to hear how your tenants reacted.', {
    to: 'Oscar Lind',
    hard: h,
    history: [{ to: 'Julia Frank', text: 'Hi Julia, your post on the new Zurich parking rules got me thinking about our delivery routes. Would love to hear how your drivers cope with it.' }],
  }),

  // --- invite.sales-pitch ---
  I('en', ['invite.sales-pitch'], 'Hi Mark, we help SaaS companies like yours cut churn by 25% with our AI-powered customer success platform. Do you have 15 minutes next week for a quick demo?', { to: 'Mark Evans' }),
  I('de', ['invite.sales-pitch'], 'Guten Tag Herr Vogt, unsere Agentur unterstützt KMU dabei, mit gezielten LinkedIn-Kampagnen mehr Leads zu generieren. Hätten Sie nächste Woche Zeit für ein kurzes, unverbindliches Gespräch, in dem ich Ihnen unser Angebot vorstelle?', { to: 'Rolf Vogt' }),
  I('en', ['invite.sales-pitch'], 'Hello Karen, I\'d love to show you how our payroll software can save your HR team 10 hours a week. First month is free for new customers!', { to: 'Karen Wells' }),
  I('de', ['invite.sales-pitch'], 'Hallo Melanie, wir bieten professionelle Fotoshootings für Firmenprofile ab CHF 290.–. Darf ich dir unverbindlich eine Offerte schicken?', { to: 'Melanie Suter' }),
  I('en', ['invite.sales-pitch'], 'Hi Daniel, congrats on the new role at UBS! Many heads of IT in banking are struggling with legacy migration – our team has done 40+ of these projects. Open to a quick call to see if we could support you?', { to: 'Daniel Frick', hard: h }),
  I('de', ['invite.sales-pitch'], 'Hallo Frau König, Ihr Profil hat mich beeindruckt! Als Experte für Steueroptimierung helfe ich Unternehmerinnen wie Ihnen, jedes Jahr mehrere tausend Franken zu sparen. Wann passt Ihnen ein kostenloses Erstgespräch?', { to: 'Sandra König', hard: h }),
  I('en', ['invite.sales-pitch'], 'Hi Erik, I really enjoyed your post about scaling your sales team 🙌 We built a tool that automates exactly the outreach you described – happy to give you a free trial, just let me know!', { to: 'Erik Holm', hard: h }),
  I('de', ['invite.sales-pitch'], 'Grüezi Herr Bieri, wir sind ein Zürcher IT-Dienstleister mit über 20 Jahren Erfahrung in Cloud-Migrationen. Gerne würde ich Ihnen in einem 20-minütigen Termin zeigen, wie wir Ihre IT-Kosten senken können.', { to: 'Stefan Bieri' }),
  I('en', [], 'Hi Helen, I\'m a sales engineer at a robotics startup in Lausanne, so I talk to a lot of factory managers. Your post about cobots on small production lines was great – I\'d love to hear how your team decided where to start.', { to: 'Helen Park', hard: h }),
  I('de', [], 'Hallo Herr Koch, ich arbeite im Vertrieb bei einem Medtech-Startup und bin neu in der Branche. Ihr Beitrag über Ausschreibungen in Spitälern war sehr lehrreich. Hätten Sie einen Tipp, welche Fachveranstaltungen sich für Einsteiger lohnen?', { to: 'Werner Koch', hard: h }),
]);
