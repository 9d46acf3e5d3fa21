import { I, named } from './types';

// Eighth held-out split (issue #3): the final fresh blind split to report how the coach generalises.
// Written from docs/rules.md only, without reading the engine's phrase lists or earlier splits' texts.
// A cross-section of an ordinary LinkedIn week in Switzerland/DACH and beyond: notes after events and
// meetings, referrals, alumni, job seekers, new colleagues, template notes, recruiters, sales outreach
// (blatant and subtle), copy-pasted notes. Scored blind once (results-heldout8-blind.txt); labels were
// not changed after scoring.
const h = true;

export default named('invite-heldout8', [
  // --- clean: specific, personal, non-selling notes ---
  I('en', [], `Hi Sarah, great chatting with you at the Swiss Fintech Awards on Thursday – your point about instant payments and SIC5 stuck with me. Let's keep in touch!`, { to: 'Sarah Whitfield', hard: h }),
  I('de', [], `Hallo Jürg, danke für die spannende Diskussion gestern am Apéro der Handelskammer beider Basel. Gerne bleibe ich mit dir in Kontakt. Gruss, Andrea`, { to: 'Juerg Baumann', from: 'Andrea Vogt', hard: h }),
  I('de', [], `Grüezi Frau Dr. Stucki, Ihr Referat an den Swiss Cyber Security Days zur Meldepflicht nach revDSG war das klarste, das ich dazu bisher gehört habe. Ich würde mich freuen, wenn wir uns vernetzen.`, { to: 'Dr. Barbara Stucki', hard: h }),
  I('en', [], `Hi Raj, Tom Keller mentioned you're the person to talk to about SAP S/4HANA migrations in pharma. We're starting ours at Bachem next year – would you be open to a short exchange of experiences?`, { to: 'Rajesh Iyer', hard: h }),
  I('de', [], `Lieber Sepp, schön, dass wir uns nach so vielen Jahren beim Klassentreffen der HTL Mödling wiedergesehen haben! Lass uns in Kontakt bleiben. LG Franz`, { to: 'Josef Huber', from: 'Franz Leitner', hard: h }),
  I('en', [], `Hello Ms. Okonkwo, I'm a second-year master's student at ETH studying energy systems. I read your paper on mini-grid tariffs in Nigeria and would love to ask you two questions about your data set.`, { to: 'Dr. Adaeze Okonkwo', hard: h }),
  I('de', [], `Hi Lena, wir sassen beim Product Camp Zürich im gleichen Workshop zu Discovery-Interviews. Deine Vorlage für Interview-Leitfäden nutze ich seither jede Woche 🙏`, { to: 'Lena Graf' }),
  I('en', [], `Hey Chris, nice running into you at the Zurich Marathon expo! Hope the knee held up on Sunday. Would be good to stay connected – we're both in medtech after all.`, { to: 'Christina Berger', hard: h }),
  I('de', [], `Sehr geehrter Herr Müller-Lüdenscheidt, vielen Dank für die Führung durch Ihr Werk in Lüdenscheid letzte Woche. Die Umstellung auf Wasserstoff-Öfen hat unsere ganze Delegation beeindruckt. Mit freundlichen Grüssen, Petra Hofstetter`, { to: 'Klaus Mueller-Luedenscheidt', from: 'Petra Hofstetter', hard: h }),
  I('en', [], `Hi Aisha – we met at the Women in Tech brunch at Impact Hub Bern. You mentioned you're looking for a co-organiser for the next Rust meetup; I'd be happy to help.`, { to: 'Aisha Rahman', hard: h }),
  I('de', [], `Hallo Nicole, ich habe deinen Beitrag über Teilzeit in Führungspositionen gelesen und kann jeden Punkt unterschreiben. Bei uns in der Raiffeisenbank Aarau-Land haben wir Jobsharing in der Geschäftsleitung seit 2022 – falls dich die Erfahrungen interessieren, erzähle ich gern mehr.`, { to: 'Nicole Brändli', hard: h }),
  I('en', [], `Hi Mark, we were on the same panel at HR Festival Europe. I'm a recruiter at Roche, so I should say it upfront: no job pitch here, I just enjoyed your take on skills-based hiring.`, { to: 'Marcus Lee', hard: h }),
  I('de', [], `Guten Tag Herr Yilmaz, Frau Keller von der Zürcher Kantonalbank hat mir empfohlen, mich bei Ihnen zu melden. Ich gründe gerade einen Gastrobetrieb in Winterthur und hätte ein paar Fragen zur Bewilligung. Freundliche Grüsse, Marco Rossi`, { to: 'Emre Yilmaz', from: 'Marco Rossi', hard: h }),
  I('en', [], `Congrats on the new role at Swisscom, Daniela! Your posts on 5G coverage in rural Valais were always worth reading – looking forward to more.`, { to: 'Daniela Imboden', hard: h }),
  I('de', [], `Hallo Thomas, danke für deinen Kommentar unter meinem Post zum Fachkräftemangel in der Pflege. Ich würde mich gern mit dir vernetzen und weiter darüber austauschen.`, { to: 'Thomas Wyss', hard: h }),
  I('en', [], `Hi Wei, thanks again for the dumpling recipe and the tour of your lab at EPFL. Still thinking about your microfluidics chip.`, { to: 'Wei Zhang' }),
  I('de', [], `Servus Resi, super Vortrag gestern beim Women in Data Meetup in Wien! Magst du mir die Folien schicken? Lg, Kathi`, { to: 'Theresa Gruber', from: 'Katharina Moser', hard: h }),
  I('en', [], `Hi Olu, Emma Schmid from the Geneva Impact Investing circle said I should meet you. I'm researching blended finance for off-grid solar and would value your perspective.`, { to: 'Oluwaseun Adebayo', hard: h }),
  I('de', [], `Sehr geehrter Herr Prof. Weber, ich bin Doktorandin am Lehrstuhl von Prof. Kaufmann in St. Gallen und habe mich sehr über Ihre Antwort auf meine Frage bei der Tagung in Mannheim gefreut. Ich würde gern mit Ihnen in Kontakt bleiben.`, { to: 'Prof. Dr. Stefan Weber', hard: h }),
  I('en', [], `Hi Jo, loved your Substack piece on why most OKRs fail in scale-ups. We hit exactly the "too many key results" trap at Scandit last quarter.`, { to: 'Johanna Lindqvist', hard: h }),
  I('de', [], `Hoi Beni, mir händ üs am Swiss Startup Day in Bern churz gseh – du häsch vom Hardware-Prototyping verzellt. Würd mi freue, wenn mer in Kontakt bliibed.`, { to: 'Benjamin Frei', hard: h }),
  I('en', [], `Hello Mr Tanaka, I'm taking over the Japan accounts at Sika from my colleague Ursula Brun, who speaks very highly of you. I'd like to introduce myself before our meeting in Osaka next month.`, { to: 'Hiroshi Tanaka', hard: h }),
  I('de', [], `Liebe Frau Aebischer, Ihr Artikel in der NZZ über die Nachfolgeregelung in Familien-KMU hat mich sehr berührt – wir stehen in unserer Schreinerei genau vor dieser Frage. Darf ich Sie bei Gelegenheit um einen Rat fragen?`, { to: 'Marianne Aebischer', hard: h }),
  I('en', [], `Hey Sam! Great meeting you at the Web Summit afterparty in Lisbon 😄 Let me know when you're in Zurich – the coffee's on me.`, { to: 'Samantha Reyes', hard: h }),
  I('de', [], `Hallo Frau Nguyen, danke für Ihre Geduld mit meinen vielen Fragen nach der Infoveranstaltung zum MAS Data Science an der FHNW. Ich habe mich inzwischen angemeldet!`, { to: 'Nguyen Thi Lan', hard: h }),
  I('en', [], `Hi Fatima, I saw on your profile that you volunteer with the Refugee Law Clinic in Munich. I'm setting up something similar in Basel and would love to learn how you recruit students.`, { to: 'Fatima Al-Hassan', hard: h }),
  I('de', [], `Moin Henning, wir haben letzte Woche beim Hackathon der Deutschen Bahn in Hamburg im selben Team gecodet. Ohne deinen Fix am Routing-Service hätten wir's nicht auf die Bühne geschafft 😅`, { to: 'Henning Petersen' }),
  I('en', [], `Hi Patrick, I'm Head of Sales at a logistics startup – but this isn't a pitch. I read your post about burnout after your exit and it helped me more than I can say. Thank you.`, { to: 'Patrick Dunne', hard: h }),
  I('de', [], `Grüss dich Vreni, ich bin die neue Leiterin der Spitex Region Thun und übernehme von Ruth Zimmermann. Sie hat mir gesagt, dass du die beste Ansprechperson für die Zusammenarbeit mit dem Spital bist. Freue mich auf unser erstes Treffen! Herzlich, Simone`, { to: 'Verena Stucki', from: 'Simone Kunz', hard: h }),
  I('en', [], `Dear Dr. Müller, thank you for taking such good care of my father on the cardiology ward at the Inselspital last month. I'm a nurse myself and was impressed by how your team explained every step.`, { to: 'Dr. Hans Mueller', hard: h }),
  I('de', [], `Hallo Ahmed, wir haben zusammen die Weiterbildung zum Fachmann Betriebsunterhalt gemacht. Wie läuft es bei dir in Olten? Gruss, Reto`, { to: 'Ahmed Hussein', from: 'Reto Schmid', hard: h }),
  I('en', [], `Hi Katie, following up on our chat at the DevOpsDays Zurich coffee break about on-call rotations. The blog post I mentioned is by my colleague Jonas Eberle – I think you'll like it.`, { to: 'Katherine Moore', hard: h }),
  I('de', [], `Guten Tag Frau Schneider, ich möchte mich gern mit Ihnen vernetzen. Wir haben uns am Montag an der Generalversammlung des Gewerbevereins Zug kurz über die neue Parkplatzordnung unterhalten.`, { to: 'Monika Schneider', hard: h }),
  I('en', [], `Hi Arjun, I'd like to add you to my network – we were both speakers at PyCon DE in Darmstadt and I really liked your talk on pandas performance.`, { to: 'Arjun Mehta', hard: h }),
  I('de', [], `Hi Mäx, Gratulation zum Master! Hab's bei Lukas gesehen. Ich bin jetzt auch bei Ringier – melde dich, wenn du mal in Zofingen bist.`, { to: 'Maximilian Suter', hard: h }),
  I('en', [], `Hi Elena, quick question from a fellow Bocconi alum: how did you find the switch from consulting to a family office in Lugano? I'm weighing a similar move and your posts about it made me curious.`, { to: 'Elena Bianchi', hard: h }),
  I('de', [], `Hallo Frau Kovačević, bei XXXLutz in Wels betreue ich die Küchenplanung und habe Ihr Webinar zu nachhaltigen Arbeitsplatten gesehen. Mich würde interessieren, welche Lieferanten Sie empfehlen.`, { to: 'Ivana Kovacevic', hard: h }),
  I('en', [], `Hi Ben, your "What I wish I knew before my first board meeting" thread [part 3 especially] was gold. Thanks for writing it.`, { to: 'Benjamin Osei', hard: h }),
  I('de', [], `Liebe Claudia, es war schön, dich beim Frauennetzwerk-Lunch in Luzern kennenzulernen. Wie versprochen der Name des Coaches: Martin Egli, er ist wirklich gut. Liebe Grüsse, Sandra`, { to: 'Claudia Amrein', from: 'Sandra Blum', hard: h }),
  I('en', [], `Hi Tom, thanks for hosting our team at the Siemens Smart Infrastructure site in Zug. The demo of the building twin was the highlight of our offsite.`, { to: 'Thomas Brunner', hard: h }),
  I('de', [], `Sali Noemi, ich habe gesehen, dass du am 12. Dezember den UX-Stammtisch in St. Gallen organisierst. Ich würde gern kommen und vielleicht einen kurzen Lightning Talk über Barrierefreiheit halten.`, { to: 'Noemi Keller' }),
  I('en', [], `Hi Xiaoyu, I'm a backend engineer at Galaxus and we're evaluating ClickHouse for our analytics. You seem to have run it at scale at Zalando – could I ask you a few questions over a coffee or a call? Happy to share what we learn in return.`, { to: 'Xiaoyu Li', hard: h }),
  I('de', [], `Guten Abend Herr Keller, Ihr Sohn Jonas hat bei uns die Schnupperlehre als Polymechaniker gemacht und war super. Ich wollte Ihnen das einfach einmal sagen. Freundliche Grüsse, Urs Brunner, Berufsbildner bei Bühler`, { to: 'Peter Keller', from: 'Urs Brunner', hard: h }),
  I('en', [], `Hi Nadia, I loved your comment on Dr. Amir Haddad's post about AI in radiology – especially the part about liability. I'm working on the same question for the Swiss medtech association.`, { to: 'Nadia Fischer', hard: h }),
  I('de', [], `Hallo Kevin, ich bin ab dem 1. Januar deine neue Teamkollegin bei der Post in Bern. Freue mich auf die Zusammenarbeit! Liebe Grüsse, Larissa`, { to: 'Kevin Zaugg', from: 'Larissa Moser', hard: h }),

  // --- recruiters: whether a job offer is a "pitch" is debatable ---
  I('en', ['invite.generic'], `Hi Stefan, I came across your profile and think you'd be a great fit for an exciting opportunity I'm working on. Let's connect!`, { to: 'Stefan Gerber', skip: ['invite.sales-pitch'] }),
  I('de', [], `Hallo Frau Rüegg, ich bin Personalberaterin bei Michael Page und betreue aktuell eine Position als Leiterin Finanzen bei einem Industrieunternehmen im Raum Winterthur. Ihr Werdegang bei Sulzer und Rieter passt sehr gut. Wären Sie offen für ein vertrauliches Gespräch?`, { to: 'Karin Rüegg', skip: ['invite.sales-pitch'], hard: h }),
  I('en', [], `Hi Anh, your talk on Kotlin Multiplatform at droidcon Berlin was excellent. I'm hiring mobile engineers for our team at On in Zurich – if you're ever curious, my door is open. Either way, keep the talks coming!`, { to: 'Anh Tran', skip: ['invite.sales-pitch'], hard: h }),

  // --- invite.empty ---
  I('en', ['invite.empty'], ``, { to: 'Michael Chen' }),
  I('de', ['invite.empty'], `Hallo Frau Zürcher,`, { to: 'Regula Zürcher' }),
  I('en', ['invite.empty'], `Hi Anna 👋`, { to: 'Anna Kowalski', hard: h }),
  I('de', ['invite.empty'], `   `, { to: 'Stefan Meier' }),
  I('de', ['invite.empty'], `Grüezi Herr Bachmann!\n\n`, { to: 'Urs Bachmann', hard: h }),
  I('en', ['invite.empty'], `Hello!! 😊🙏`, { to: 'Priya Nair', hard: h }),

  // --- invite.placeholder ---
  I('en', ['invite.placeholder'], `Hi [Name], I enjoyed your recent post about supply chain resilience and would love to connect.`, { to: 'Laura Stein', skip: ['invite.generic'] }),
  I('de', ['invite.placeholder'], `Hallo {first_name}, ich habe gesehen, dass Sie bei {company} im Bereich HR tätig sind. Gerne würde ich mich mit Ihnen vernetzen.`, { to: 'Sabine Kunz', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder'], `Hi Daniel, I noticed that XXX is growing fast in the DACH region – congrats! Would love to connect with fellow leaders in the space.`, { to: 'Daniel Roth', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], `Liebe <Vorname>, danke für das nette Gespräch am Swiss Economic Forum in Interlaken! Lass uns in Kontakt bleiben.`, { to: 'Martina Gerber', hard: h }),
  I('en', ['invite.placeholder'], `Hi Jessica, great meeting you at ___ last week! Let's stay in touch.`, { to: 'Jessica Tran', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder', 'invite.sales-pitch'], `Guten Tag Herr Graf, als Spezialist für Prozessoptimierung unterstütze ich Unternehmen wie [Firma] dabei, ihre Kosten um bis zu 20 % zu senken. Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?`, { to: 'Andreas Graf', skip: ['invite.generic'] }),
  I('en', ['invite.placeholder', 'invite.sales-pitch'], `Hey {{first_name}}! Saw you're at {{company}} — we help teams like yours cut cloud costs by 40%. Open to a quick chat?`, { to: 'Ryan Murphy', skip: ['invite.generic'] }),

  // --- invite.wrong-name ---
  I('en', ['invite.wrong-name'], `Hi John, great to meet you at the Geneva Motor Show – loved your insights on EV charging at motorway rest stops.`, { to: 'Anna Müller', hard: h }),
  I('de', ['invite.wrong-name'], `Hallo Herr Huber, vielen Dank für das spannende Gespräch an der Swissbau. Ich melde mich wie besprochen im Januar. Freundliche Grüsse, Markus`, { to: 'Thomas Steiner', from: 'Markus Egger', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Sandra, thank you for your talk on ESG reporting at the CFO Forum in Zurich. Best regards, Paul`, { to: 'Sabine Keller', from: 'Paul Weber', hard: h }),
  I('de', ['invite.wrong-name'], `Liebe Julia, schön, dich am Ostschweizer Personaltag getroffen zu haben! Lass uns in Kontakt bleiben 😊`, { to: 'Johanna Frick', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Mike, Sarah Klein suggested I reach out – she said you lead the data platform at UBS. Would love to hear how you approached the cloud migration.`, { to: 'David Okoro', hard: h }),
  I('de', ['invite.wrong-name'], `Grüezi Frau Meier, ich habe Ihren Vortrag zur Kreislaufwirtschaft am Forum Nachhaltigkeit in Bern verfolgt und würde mich gern vernetzen.`, { to: 'Claudia Brunner' }),
  I('en', ['invite.wrong-name'], `Hi Priya, your post about moving from Bangalore to Basel resonated – I made the same move three years ago with Novartis. Happy to share tips on the Swiss housing market!`, { to: 'Divya Krishnan', hard: h }),

  // --- invite.generic ---
  I('en', ['invite.generic'], `Hi Laura, I came across your profile and would like to add you to my professional network.`, { to: 'Laura Schmid' }),
  I('de', ['invite.generic'], `Hallo Herr Wenger, ich bin auf Ihr Profil gestossen und würde mich freuen, Sie in meinem Netzwerk zu haben. Beste Grüsse`, { to: 'Martin Wenger', hard: h }),
  I('en', ['invite.generic'], `Hi Kofi, I'm always looking to expand my network with like-minded professionals. Looking forward to connecting!`, { to: 'Kofi Asante' }),
  I('de', ['invite.generic'], `Sehr geehrte Frau Hug, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Mit freundlichen Grüssen, Beat Kälin`, { to: 'Esther Hug', from: 'Beat Kälin' }),
  I('en', ['invite.generic'], `Hello Maria, your profile is impressive and I believe we could both benefit from connecting. Let's connect and grow together! Best, Ahmed`, { to: 'Maria Santos', from: 'Ahmed Saleh', hard: h }),
  I('de', ['invite.generic'], `Hi Lisa, wir sind beide im Bereich Marketing tätig – lass uns vernetzen und voneinander lernen! 🚀`, { to: 'Lisa Hofer', hard: h }),
  I('en', ['invite.generic'], `Hi Ravi, I see we have many mutual connections and share an interest in technology. Would be great to connect.`, { to: 'Ravi Shankar', hard: h }),
  I('de', ['invite.generic'], `Guten Tag Frau Ammann, Ihr Profil hat mein Interesse geweckt. Ich würde mich über eine Vernetzung freuen und bin gespannt auf einen zukünftigen Austausch.`, { to: 'Sandra Ammann', hard: h }),
  I('en', ['invite.generic'], `Hi Tobias, I'm building my network in the Zurich tech scene and would love to have you in it. Cheers!`, { to: 'Tobias Frey', hard: h }),
  I('de', ['invite.generic'], `Liebe Frau Dr. Schwarz, als erfahrene Führungskraft im Gesundheitswesen schätze ich den Austausch mit anderen Expertinnen und Experten. Ich würde mich freuen, Sie in mein Netzwerk aufzunehmen.`, { to: 'Dr. Eva Schwarz', hard: h }),
  I('en', ['invite.generic'], `Hi there, I'd love to connect and stay updated on your work. All the best!`, { to: 'Hannah Becker' }),
  I('de', ['invite.generic'], `Hallo Jan, ich bin gerade dabei, mein Netzwerk in der Versicherungsbranche auszubauen, und freue mich, wenn du meine Anfrage annimmst. Gruss, Nico`, { to: 'Jan Bühler', from: 'Nico Fässler', hard: h }),

  // --- invite.sales-pitch ---
  I('en', ['invite.sales-pitch'], `Hi Carla, I help B2B SaaS founders book 20+ qualified meetings a month with our done-for-you outbound system. Would you be open to a quick 15-minute call this week?`, { to: 'Carla Ruiz', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Guten Tag Frau Zimmermann, wir von der SwissDigital AG sind spezialisiert auf massgeschneiderte Webshops für KMU. Gerne zeige ich Ihnen in einer kurzen Demo, wie unsere Kunden ihren Umsatz verdoppelt haben.`, { to: 'Franziska Zimmermann', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Dominik, congrats on the Series A! Scaling teams is exciting – and hiring fast is hard. At TalentBridge we place senior engineers in 3 weeks on average, with a 12-month guarantee. Worth a chat?`, { to: 'Dominik Vogel', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Roman, super Beitrag zu eurem neuen Standort in Dübendorf! Übrigens: Wir bieten flexible Büromöbel im Abo ab CHF 49 pro Arbeitsplatz und Monat – falls ihr noch einrichtet, schicke ich dir gern unseren Katalog.`, { to: 'Roman Kessler', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Grace, I noticed you're leading procurement at Lonza. I'd love to learn more about your priorities for 2027 – and share how we've helped similar pharma companies cut packaging costs by 18%. Could we find 20 minutes?`, { to: 'Grace Liu', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], `Grüezi Herr Odermatt, ich bin unabhängiger Vorsorgeberater und unterstütze Unternehmer wie Sie dabei, Steuern zu sparen und die Pensionierung optimal zu planen. Darf ich Ihnen ein unverbindliches Erstgespräch anbieten?`, { to: 'Walter Odermatt', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Jonas, loved your post on remote onboarding! We actually built a tool for exactly that – happy to give you free access for a month so you can try it with your team.`, { to: 'Jonas Lehmann', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Melanie, ich wollte mich kurz vorstellen: Ich bin Account Executive bei DataNova und wir helfen Versicherern, Schadenfälle mit KI 60 % schneller zu bearbeiten. Hättest du nächste Woche Zeit für einen kurzen Austausch?`, { to: 'Melanie Koch', skip: ['invite.generic'], hard: h }),

  // --- invite.duplicate ---
  I('en', ['invite.duplicate'], `Hi Marco, thanks for the great conversation at the Swiss Innovation Forum in Basel. I'd love to stay in touch and follow your work on digital health.`, {
    to: 'Marco Bernasconi',
    history: [
      { to: 'Lea Hofmann', text: `Hi Lea, thanks for the great conversation at the Swiss Innovation Forum in Basel. I'd love to stay in touch and follow your work on digital health.` },
      { to: 'Yves Dubois', text: `Hi Yves, thanks for the great conversation at the Swiss Innovation Forum in Basel. I'd love to stay in touch and follow your work on digital health.` },
    ],
    hard: h,
  }),
  I('de', ['invite.duplicate'], `Guten Tag Frau Iten, als HR-Leiterin in der Industrie interessieren mich Ihre Beiträge zur Lernkultur sehr. Ich würde mich über eine Vernetzung freuen. Freundliche Grüsse, Corinne Ziegler`, {
    to: 'Barbara Iten',
    from: 'Corinne Ziegler',
    history: [
      { to: 'Beat Maurer', text: `Guten Tag Herr Maurer, als HR-Leiterin in der Industrie interessieren mich Ihre Beiträge zur Lernkultur sehr. Ich würde mich über eine Vernetzung freuen. Freundliche Grüsse, Corinne Ziegler` },
      { to: 'Sonja Egli', text: `Liebe Sonja, danke für den Tipp mit dem Buch von Amy Edmondson – ich habe es in den Ferien gelesen!` },
    ],
    skip: ['invite.generic'],
    hard: h,
  }),
  I('en', ['invite.duplicate', 'invite.sales-pitch'], `Hey Nina! We help e-commerce brands scale with TikTok ads – our clients average 4.2x ROAS. Would love to show you a few case studies on a quick call 🚀`, {
    to: 'Nina Kraus',
    history: [
      { to: 'Ola Nowak', text: `Hey Ola! We help e-commerce brands scale with TikTok ads – our clients average 4.2x ROAS. Would love to show you a few case studies on a quick call 🚀` },
      { to: 'Ben Carter', text: `Hey Ben! We help e-commerce brands scale with TikTok ads – our clients average 4.2x ROAS. Would love to show you some case studies on a quick call 🚀` },
    ],
    skip: ['invite.generic'],
  }),
  I('de', ['invite.duplicate', 'invite.generic'], `Hallo Sven, ich bin auf dein Profil gestossen und würde mich freuen, dich in meinem Netzwerk zu haben. LG Tanja`, {
    to: 'Sven Hartmann',
    from: 'Tanja Wirz',
    history: [{ to: 'Mia Roth', text: `Hallo Mia, ich bin auf dein Profil gestossen und würde mich freuen, dich in meinem Netzwerk zu haben. LG Tanja` }],
  }),
  I('en', [], `Hi Olivia, loved your keynote at the Swiss Green Economy Symposium on circular packaging – would be great to connect.`, {
    to: 'Olivia Grant',
    history: [
      { to: 'Olivia Grant', text: `Hi Olivia, loved your keynote at the Swiss Green Economy Symposium on circular packaging – would be great to connect.` },
      { to: 'Peter Frank', text: `Hi Peter, thanks for the ride back to Winterthur after the symposium!` },
    ],
    hard: h,
  }),
  I('de', [], `Hallo Reto, danke für die Führung durch eure Brauerei in Appenzell – das Tasting mit den Lernenden war top!`, {
    to: 'Reto Fässler',
    history: [{ to: 'Maja Koller', text: `Hallo Maja, danke für die Einladung an euren Tag der offenen Tür in Herisau – die neue Abfüllanlage war eindrücklich!` }],
    hard: h,
  }),
  I('de', ['invite.duplicate'], `Liebe Frau Sutter, vielen Dank für Ihren inspirierenden Vortrag am HR Swiss Congress zu hybrider Führung. Ich würde mich sehr freuen, mit Ihnen vernetzt zu bleiben. Herzliche Grüsse`, {
    to: 'Brigitte Sutter',
    history: [
      { to: 'Rolf Baumann', text: `Lieber Herr Baumann, vielen Dank für Ihren inspirierenden Vortrag am HR Swiss Congress zu hybrider Führung. Ich würde mich sehr freuen, mit Ihnen vernetzt zu bleiben. Herzliche Grüsse` },
    ],
    hard: h,
  }),
  I('en', ['invite.duplicate'], `Hi Tariq, I'm a product manager at Logitech and really enjoyed your recent posts on pricing strategy. Would be great to connect and exchange ideas sometime!`, {
    to: 'Tariq Aziz',
    history: [
      { to: 'Emily Clark', text: `Hi Emily, I'm a product manager at Logitech and really enjoyed your recent posts on pricing strategy. Would be great to connect and exchange ideas some time.` },
    ],
    skip: ['invite.generic'],
    hard: h,
  }),
]);
