import { I, named } from './types';

const h = true;

/**
 * heldout16 (blind): invitation notes from an ordinary week: event follow-ups, referrals, students,
 * career changers, recruiters and vendors (some pitching, some not), trades, health care, public
 * sector, expats. English and German (Swiss "ss", Germany, Austria; Sie and du). Labelled from
 * docs/rules.md only, without looking at the engine.
 */
export default named('invite-heldout16', [
  // --- English: good notes (expect nothing) ---
  I('en', [], `Hi Priya, your talk on accessible checkout flows at Front Conference Zurich was the most practical 30 minutes of my week. I'm working on a similar redesign at a Swiss insurer and would love to stay in touch.`, { to: 'Priya Raman', headline: 'Staff Designer at Zalando', hard: h }),
  I('en', [], `Hello Tom, Marco Bianchi from our Basel office said you are the person to ask about ISO 27001 audits for small teams. Could I ask you two or three questions some time? Best, Lena`, { to: 'Thomas Reed', from: 'Lena Vogt', hard: h }),
  I('en', [], `Hi Sam, we sat next to each other at the SwissHacks final and you explained the ledger idea better than the judges did. Would be great to connect.`, { to: 'Samantha Okafor', hard: h }),
  I('en', [], `Dear Ms. Keller, I'm a final-year nursing student at ZHAW and read your piece on night-shift handovers in the hospital newsletter. I'd be grateful for the chance to follow your work.`, { to: 'Barbara Keller', headline: 'Head of Nursing, Kantonsspital Winterthur', hard: h }),
  I('en', [], `Hi Daniel, I'm a recruiter at a fintech in Zug. Not reaching out with a role today; I just liked your thread about leaving banking for a startup and would like to follow along.`, { to: 'Daniel Frei', hard: h }),
  I('en', [], `Hey Jo, great to finally meet in person at the Bern product meetup after two years of Slack messages!`, { to: 'Johanna Lindqvist', hard: h }),
  I('en', [], `Hi Mehmet, your question to the panel about on-call fatigue stuck with me. We're struggling with the same thing in our SRE team. Maybe we could swap notes over coffee?`, { to: 'Mehmet Yilmaz', hard: h }),
  I('en', [], `Hi Grace, Kevin Osei mentioned you've hired your first data team in Lisbon. I'm about to do the same in Lausanne and would really value hearing what you'd do differently.`, { to: 'Grace Almeida', hard: h }),
  I('en', [], `Hello Mr. Brunner, I teach apprentices in electrical installation and saw your post about the new NIV rules. Thank you for explaining it so clearly. Kind regards, Peter Aebi`, { to: 'Urs Brunner', from: 'Peter Aebi', hard: h }),
  I('en', [], `Hi Ana, loved your answer on the podcast about pricing open-source tools. I'm building one myself.`, { to: 'Ana Costa' }),
  I('en', [], `Hi Chris, thanks for the tip about the Geneva housing co-op at the expat evening last night. Let's stay in touch!`, { to: 'Christina Rossi', hard: h }),
  I('en', [], `Hi Raj, quick question rather than a pitch: how did you convince your CFO to fund the accessibility audit you wrote about? I'm trying to do the same at a retailer in Bern.`, { to: 'Rajesh Kumar', hard: h }),
  I('en', [], `Hi Fatima, I'm the treasurer of the Lausanne women-in-tech chapter. We'd love to have you speak at our spring meetup about your migration to Rust; no fee on either side, just pizza.`, { to: 'Fatima Zahra', hard: h }),
  I('en', [], `Hi Wei, I'm switching from teaching physics to data analysis and your post about your own switch from chemistry gave me courage. Any book you would recommend for the first months?`, { to: 'Wei Zhang', hard: h }),
  I('en', [], `Hi Anja, thanks for hosting the Scrum Breakfast in Zurich this morning. The bit about pairing POs with support staff was new to me.`, { to: 'Anja Widmer' }),
  I('en', [], `Hi Mr. Okonkwo, I'm a journalist at the Tages-Anzeiger writing about African founders in Swiss fintech. Would you be open to a short interview?`, { to: 'Chidi Okonkwo', hard: h }),
  I('en', [], `Hi Alex, you probably won't remember me, I was the one asking about tram timetables after your open data workshop at the ETH. I finally built the app!`, { to: 'Alexander Weber', hard: h }),
  I('en', [], `Hi Dominik, no agenda here: Sandra Vogel told me you also moved from Vienna to Zurich for work last year, and I'm still figuring out the place. Happy to connect.`, { to: 'Dominik Huber', hard: h }),
  I('en', [], `Hi Ruth, we met at the cantonal hospital's career day. You asked me about the paramedic training, here is my contact as promised.`, { to: 'Ruth Blaser' }),
  I('en', [], `Hi Marco, great talking to you at the robotics fair in Munich. Looking forward to staying in touch about cobots in small workshops.`, {
    to: 'Marco Ferri', hard: h,
    history: [{ to: 'Marco Ferri', text: `Hi Marco, great talking to you at the robotics fair in Munich. Looking forward to staying in touch about cobots in small workshops.` }],
  }),
  I('en', [], `Hi Eva, your slides on lean hospital wards were brilliant. Could I ask how you got the surgeons on board?`, {
    to: 'Eva Kovacs', hard: h,
    history: [{ to: 'Ian Hughes', text: `Hi Ian, thanks for the coffee in Basel, let us stay in touch about the fintech event.` }],
  }),

  // --- English: templates ---
  I('en', ['invite.generic'], `Hi Laura, I came across your profile and would like to add you to my professional network.`, { to: 'Laura Steiner' }),
  I('en', ['invite.generic'], `Dear Mark, I am always looking to expand my network with like-minded professionals. Looking forward to connecting with you!`, { to: 'Mark Evans' }),
  I('en', ['invite.generic'], `Hello! Your profile looks impressive and I believe we could benefit from being connected. Have a great day.`, { to: 'Nina Haas', hard: h }),
  I('en', ['invite.generic'], `Hi Felix, it would be a pleasure to have you among my contacts. Wishing you a successful week! Best regards, Oliver`, { to: 'Felix Baumann', from: 'Oliver Schmid', hard: h }),
  I('en', ['invite.generic'], `Hi, I'm connecting with professionals in the industry to share insights and opportunities. Hope you'll accept.`, { to: 'Sara Lopez', hard: h }),
  I('en', ['invite.generic'], `Greetings, I'm reaching out to grow my circle of contacts in Switzerland. I believe connecting could be mutually beneficial.`, { to: 'Heidi Zürcher', hard: h }),
  I('en', ['invite.generic'], `Hi Patricia, I hope this message finds you well. I'd be honored to be part of your network. Warm regards`, { to: 'Patricia Moser', hard: h }),

  // --- English: pitches ---
  I('en', ['invite.sales-pitch'], `Hi Stefan, we help manufacturing companies like Bühler cut energy costs by up to 25% with our IoT sensors. Do you have 15 minutes next week for a quick demo?`, { to: 'Stefan Gerber', headline: 'Head of Operations at Bühler' }),
  I('en', ['invite.sales-pitch'], `Hi Julia, congrats on the Series A! Scaling teams usually means payroll headaches, and that's exactly what our platform automates. Happy to show you how it works in a short call.`, { to: 'Julia Meier', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Andrea, curious: how are you currently handling GDPR consent across your 12 shops? We've built a tool that does it in one click, and I'd love to walk you through it.`, { to: 'Andrea Fontana', headline: 'E-commerce Lead, Fontana Moda', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Ben, I run a small agency in Zurich and we're offering a free website audit to SaaS founders this month (normally CHF 900). Shall I send you yours?`, { to: 'Benjamin Wolf', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Ola, loved your post on churn. We've helped 40+ SaaS teams reduce churn by 18% on average, so I think we'd be a great fit. When could we schedule a meeting?`, { to: 'Ola Nordmann', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Nicolas, as a fellow HSG alumnus I thought you might be interested: our executive coaching programme has 3 spots left for Q1 at a 20% alumni discount.`, { to: 'Nicolas Favre', hard: h }),
  I('en', ['invite.sales-pitch'], `Hey Lisa! Quick one: if I could show you a way to fill your clinic's empty appointment slots without extra ad spend, would that be worth a 10-minute call?`, { to: 'Lisa Graf', headline: 'Owner, Physio Graf', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Oscar, I see you're hiring three backend engineers at Tibber. Our recruitment agency has pre-vetted Rust developers available immediately; fees only on successful hire. Can I send profiles?`, { to: 'Oscar Lind', headline: 'Engineering Manager at Tibber' }),

  // --- English: empty, placeholders, wrong names, duplicates ---
  I('en', ['invite.empty'], ``, { to: 'Kim Park' }),
  I('en', ['invite.empty'], `Hi Olivia,`, { to: 'Olivia Brown' }),
  I('en', ['invite.empty'], `  🙂👋  `, { to: 'Noah Schmid', hard: h }),
  I('en', ['invite.empty'], `Hello Mr. Fischer`, { to: 'Andreas Fischer', hard: h }),
  I('en', ['invite.placeholder'], `Hi {first_name}, I enjoyed your talk at the Zurich Data Summit and would love to keep in touch.`, { to: 'Marta Novak' }),
  I('en', ['invite.placeholder'], `Hi Paul, I noticed you recently joined [Company] as head of procurement. I work in supply chain too and would like to compare notes.`, { to: 'Paul Hofer', hard: h }),
  I('en', ['invite.placeholder'], `Hello Emma, I saw that you are based in XXX and also work on heat pumps. Would be glad to connect.`, { to: 'Emma Wright', hard: h }),
  I('en', ['invite.generic', 'invite.placeholder'], `Hi [Name], I came across your profile and would love to connect and expand my network.`, { to: 'Rachel Green' }),
  I('en', ['invite.wrong-name'], `Hi John, thanks for the great discussion about carbon accounting at the Climate Week panel!`, { to: 'Anna Schneider' }),
  I('en', ['invite.wrong-name'], `Dear Michael, your article on hospital logistics was spot on. I work in procurement at Inselspital and would like to stay in touch.`, { to: 'Miriam Lehmann', hard: h }),
  I('en', ['invite.wrong-name'], `Thanks for the chat at the stand, Sophie! Let's continue the conversation about modular housing.`, { to: 'Clara Dubois', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Jonas, saw your comment on Reto's post about solar subsidies and I fully agree. Would be great to connect. Cheers, Mia`, { to: 'Tobias Marti', from: 'Mia Roth', hard: h }),
  I('en', ['invite.duplicate'], `Hi Lukas, I really enjoyed the session on platform engineering at KubeCon Paris and would be happy to keep in touch about internal developer portals.`, {
    to: 'Lukas Brandt', hard: h,
    history: [{ to: 'Nora Eriksen', text: `Hi Nora, I really enjoyed the session on platform engineering at KubeCon Paris and would be happy to keep in touch about internal developer portals.` }],
  }),
  I('en', ['invite.duplicate'], `Hello Irene, great meeting you at the fintech breakfast in Zug yesterday. Looking forward to staying in touch and hearing how your pilot goes!`, {
    to: 'Irene Costa',
    history: [
      { to: 'Tim Baker', text: `Hello Tim, great meeting you at the fintech breakfast in Zug yesterday. Looking forward to staying in touch and hearing how your pilot goes!` },
      { to: 'Ruth Ochsner', text: `Hi Ruth, thanks for the coffee!` },
    ],
  }),

  // --- German: good notes (expect nothing) ---
  I('de', [], `Grüezi Frau Steiner, Ihr Vortrag am Swiss Cyber Security Day zum Thema Phishing in KMU war für mich sehr hilfreich. Ich würde mich freuen, mit Ihnen vernetzt zu bleiben. Freundliche Grüsse, Beat Wyss`, { to: 'Monika Steiner', from: 'Beat Wyss', hard: h }),
  I('de', [], `Hallo Juerg, danke für die spannende Führung durch eure Schreinerei in Thun. Die Idee mit den CNC-Lernenden nehme ich mit.`, { to: 'Jürg Zürcher', hard: h }),
  I('de', [], `Hoi Käthi, schön, dich am Klassentreffen der Pflegefachschule wiederzusehen! Lass uns in Kontakt bleiben, gerade wegen deiner neuen Stelle im Spitex-Team.`, { to: 'Katharina Brunner', hard: h }),
  I('de', [], `Hallo Herr Schäfer, Frau Dr. Lang hat mir empfohlen, mich bei Ihnen zu melden. Ich schreibe meine Masterarbeit über Wasserstoff im Schwerverkehr und hätte zwei, drei Fragen zu Ihren Pilotprojekten.`, { to: 'Klaus Schäfer', hard: h }),
  I('de', [], `Servus Flo, cool, dass wir uns beim Agile Austria Meetup in Graz endlich live gesehen haben. Deine Retro-Formate probiere ich nächste Woche mit meinem Team aus!`, { to: 'Florian Gruber', hard: h }),
  I('de', [], `Liebe Frau Oezdemir, ich habe Ihren Artikel über Diversity in Lehrbetrieben gelesen und arbeite selbst als Berufsbildnerin bei der Post. Gerne würde ich mich mit Ihnen austauschen.`, { to: 'Ayşe Özdemir', hard: h }),
  I('de', [], `Hallo Stefan, ich bin Recruiterin bei der Migros, aber keine Sorge, ich habe gerade keine Stelle für dich. Dein Beitrag über faire Absagen hat mich einfach beeindruckt.`, { to: 'Stefan Roth', hard: h }),
  I('de', [], `Guten Tag Herr Dr. Meier, vielen Dank für Ihre Antwort auf meine Frage im Webinar der Handelskammer beider Basel. Ich würde gerne in Kontakt bleiben.`, { to: 'Hansjörg Meier', hard: h }),
  I('de', [], `Hi Lena, wir haben beide an der HWZ den CAS Digital Marketing gemacht, ich im Jahrgang nach dir. Wie hast du eigentlich den Einstieg ins Performance-Marketing geschafft?`, { to: 'Lena Hofmann', hard: h }),
  I('de', [], `Grüss dich Marc, danke nochmals für die Hilfe beim Umzug der Serverracks im Rechenzentrum Lupfig. Ohne deinen Kabelplan wären wir heute noch dort.`, { to: 'Marc Egli' }),
  I('de', [], `Sehr geehrte Frau Huber, ich möchte Sie gerne zu meinem Netzwerk hinzufügen, da wir uns am Forum Gesundheitswirtschaft in Wien über die elektronische Patientenakte unterhalten haben. Mit freundlichen Grüssen, Thomas Leitner`, { to: 'Sabine Huber', from: 'Thomas Leitner', hard: h }),
  I('de', [], `Hallo Matthias, Sandro Keller meinte, du seist der Experte für BIM im Tiefbau. Darf ich dir bei Gelegenheit ein paar Fragen zu deiner Einführung bei der Implenia stellen?`, { to: 'Matthias Frei', hard: h }),
  I('de', [], `Liebe Susanne, wir kennen uns vom Elternrat der Schule Wiedikon, ich wusste gar nicht, dass du auch in der Kommunikation bei der Stadt arbeitest! Ich bin neu beim Kanton, vielleicht können wir uns mal austauschen.`, { to: 'Susanne Graf', hard: h }),
  I('de', [], `Hallo Herr Rüegg, als Leiterin Einkauf bei einem Spital in der Ostschweiz lese ich Ihre Beiträge zur Medikamentenknappheit mit grossem Interesse. Wie gehen Sie mit den Lieferengpässen bei Antibiotika um?`, { to: 'Daniel Rüegg', hard: h }),
  I('de', [], `Moin Jan, toller Vortrag auf der Hamburger Logistik-Konferenz! Deine Zahlen zur letzten Meile in Innenstädten haben mich überrascht.`, { to: 'Jan Petersen' }),
  I('de', [], `Hallo Caro, du warst letzte Woche im Einführungskurs für Lernende bei der SBB die mit den besten Fragen. Bleib dran, und melde dich, falls du Tipps für die Lehrabschlussprüfung brauchst.`, { to: 'Carolin Stucki', hard: h }),
  I('de', [], `Sehr geehrter Herr Ammann, ich bin Lehrer an der Kantonsschule Baden und möchte mit meiner Klasse Ihren Betrieb besuchen. Wäre so etwas im Frühling möglich?`, { to: 'Peter Ammann', headline: 'Geschäftsführer, Ammann Käserei AG', hard: h }),
  I('de', [], `Hallo Sepp, danke für den Tipp mit dem Förderprogramm der FFG beim Startup-Stammtisch in Linz. Ich melde mich, sobald der Antrag durch ist. LG Vroni`, { to: 'Josef Huber', from: 'Veronika Maier', hard: h }),
  I('de', [], `Hallo Frau Baumgartner, ich habe gesehen, dass Sie an der ZHAW zu Pflegerobotik forschen. Ich bin Pflegefachmann im Alterszentrum und würde gerne verstehen, wie die Praxis einbezogen wird.`, { to: 'Ursula Baumgartner', hard: h }),
  I('de', [], `Hey Nico, wir waren beide beim Hackathon der Stadt St. Gallen im Team "Velo-Daten". Hast du das Projekt weitergeführt?`, { to: 'Nicole Bärtschi', hard: h }),
  I('de', [], `Hallo Frau Dr. Wyss-Ammann, herzlichen Dank für Ihre Zeit nach der Fachtagung Palliative Care. Ihre Gedanken zur Angehörigenbegleitung bespreche ich nächste Woche mit meinem Team.`, { to: 'Regula Wyss-Ammann', hard: h }),
  I('de', [], `Hallo Herr Gashi, ich bin Elektroinstallateur EFZ und möchte mich zum Projektleiter weiterbilden. Sie haben diesen Weg ja selbst gemacht: Würden Sie mir verraten, welche Schule Sie empfehlen?`, { to: 'Arben Gashi', hard: h }),
  I('de', [], `Liebe Mirjam, deine Präsentation beim Women in Tech Meetup in Winterthur hat mich motiviert, endlich meinen Python-Kurs abzuschliessen. Danke dafür!`, { to: 'Mirjam Kälin' }),
  I('de', [], `Guten Tag Herr Mueller, ich habe Ihren Fachartikel über Brandschutz in Holzhochhäusern in der Zeitschrift TEC21 gelesen. Als Bauingenieur in Zug beschäftigt mich die gleiche Frage.`, { to: 'Peter Müller', hard: h }),
  I('de', [], `Hallo Nadine, schön, dass wir uns beim Netzwerkanlass des Frauenzentrums Aarau kennengelernt haben. Ich schicke dir wie besprochen den Link zum Mentoring-Programm.`, {
    to: 'Nadine Frey', hard: h,
    history: [
      { to: 'Nadine Frey', text: `Hallo Nadine, schön, dass wir uns beim Netzwerkanlass des Frauenzentrums Aarau kennengelernt haben. Ich schicke dir wie besprochen den Link zum Mentoring-Programm.` },
      { to: 'Olga Petrova', text: `Hallo Olga, danke für deine Fragen zum Mentoring, ich melde mich nächste Woche.` },
    ],
  }),

  // --- German: templates ---
  I('de', ['invite.generic'], `Guten Tag Herr Kälin, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Freundliche Grüsse`, { to: 'Roman Kälin' }),
  I('de', ['invite.generic'], `Hallo Jasmin, ich bin auf dein Profil gestossen und würde mich freuen, wenn wir uns vernetzen. Liebe Grüsse`, { to: 'Jasmin Kunz', hard: h }),
  I('de', ['invite.generic'], `Sehr geehrte Damen und Herren, gerne möchte ich mein Netzwerk erweitern und freue mich über Ihre Bestätigung.`, { to: 'Elisabeth Wagner', hard: h }),
  I('de', ['invite.generic'], `Hallo! Dein Profil hat mich sehr angesprochen und ich denke, ein Austausch könnte für uns beide interessant sein. Viele Grüße, Tanja`, { to: 'Michael Bauer', from: 'Tanja Koch', hard: h }),
  I('de', ['invite.generic'], `Liebe Frau Pichler, ich vernetze mich gerne mit interessanten Menschen aus meiner Branche. Ich freue mich auf den Kontakt!`, { to: 'Andrea Pichler', hard: h }),
  I('de', ['invite.generic'], `Hoi zäme, ich baue gerade mein Netzwerk in der Schweiz auf und würde mich über eine Vernetzung freuen.`, { to: 'Reto Schneider', hard: h }),
  I('de', ['invite.generic'], `Hallo Herr Berger, ich bin immer an neuen Kontakten interessiert und würde mich freuen, Sie in meinem Netzwerk zu haben. Einen schönen Tag noch!`, { to: 'Urs Berger' }),

  // --- German: pitches ---
  I('de', ['invite.sales-pitch'], `Guten Tag Herr Vogel, wir unterstützen Treuhandbüros wie Vogel & Partner dabei, die Buchhaltung mit KI um 40 % schneller abzuschliessen. Hätten Sie nächste Woche 20 Minuten für eine kurze Demo?`, { to: 'Martin Vogel', headline: 'Partner, Vogel & Partner Treuhand' }),
  I('de', ['invite.sales-pitch'], `Hallo Simone, Gratulation zur Eröffnung deiner Praxis in Chur! Falls du noch eine Website brauchst: Wir erstellen Praxis-Websites ab CHF 1'490 inklusive Terminbuchung. Soll ich dir ein Angebot schicken?`, { to: 'Simone Casty', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Herr Wimmer, darf ich fragen, wie Sie aktuell die Zeiterfassung Ihrer 80 Monteure lösen? Unsere App macht das papierlos, und ich zeige Ihnen gerne in einem kurzen Call, wie viel Zeit Sie sparen.`, { to: 'Gerhard Wimmer', headline: 'Inhaber, Wimmer Elektrotechnik GmbH', hard: h }),
  I('de', ['invite.sales-pitch'], `Hi Kevin, ich habe deinen Beitrag über Mitarbeiterbindung gelesen, super Punkte! Genau dafür haben wir ein Benefits-Programm entwickelt, das Fluktuation nachweislich senkt. Lust auf einen kurzen Austausch, damit ich es dir vorstellen kann?`, { to: 'Kevin Lüthi', hard: h }),
  I('de', ['invite.sales-pitch'], `Sehr geehrte Frau Schuster, als zertifizierter Finanzplaner biete ich Ärztinnen eine kostenlose Erstanalyse ihrer Altersvorsorge an. Wann passt Ihnen ein Termin?`, { to: 'Birgit Schuster', headline: 'Fachärztin für Innere Medizin', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], `Servus Markus, wir sind ein Wiener Software-Haus mit 25 Entwicklern und haben ab Jänner freie Kapazitäten. Falls ihr Unterstützung bei eurer App braucht, machen wir euch gerne ein Angebot.`, { to: 'Markus Hofer', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Anita, ich sehe, ihr sucht bei der Raiffeisen gerade Verstärkung im HR. Als Personalvermittlerin habe ich drei top Kandidatinnen sofort verfügbar, Honorar nur bei Erfolg. Soll ich dir die Dossiers schicken?`, { to: 'Anita Bühler', headline: 'HR Business Partner, Raiffeisen' }),

  // --- German: empty, placeholders, wrong names, duplicates ---
  I('de', ['invite.empty'], `Hallo Frau Brunner,`, { to: 'Rita Brunner' }),
  I('de', ['invite.empty'], `   `, { to: 'Ueli Mäder' }),
  I('de', ['invite.empty'], `Grüezi 🙂`, { to: 'Silvia Kuhn', hard: h }),
  I('de', ['invite.placeholder'], `Hallo <Vorname>, ich habe Ihren Beitrag zur Energiewende im Kanton Bern gelesen und würde mich gerne austauschen.`, { to: 'Christine Moser' }),
  I('de', ['invite.placeholder'], `Guten Tag Herr Lehner, mir ist aufgefallen, dass Sie bei [Firma] für die Digitalisierung zuständig sind. Ich arbeite an einem ähnlichen Projekt in der Verwaltung und würde mich über einen Austausch freuen.`, { to: 'Georg Lehner', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], `Liebe ___, danke für das tolle Gespräch an der Personalmesse in Zürich!`, { to: 'Petra Zbinden', hard: h }),
  I('de', ['invite.placeholder', 'invite.sales-pitch'], `Hallo %NAME%, wir helfen Bäckereien, ihre Energiekosten um bis zu 30 % zu senken. Darf ich Ihnen das in einer kurzen Demo zeigen?`, { to: 'Hans Gisler', skip: ['invite.generic'] }),
  I('de', ['invite.wrong-name'], `Hallo Thomas, danke für den spannenden Workshop zu Lean Construction in Luzern!`, { to: 'Tobias Amrein' }),
  I('de', ['invite.wrong-name'], `Liebe Frau Müller, Ihr Beitrag über Lehrstellen in der Gastronomie hat mich sehr berührt. Ich bin selbst Berufsbildner im Hotel Schweizerhof.`, { to: 'Eveline Moser', hard: h }),
  I('de', ['invite.wrong-name'], `Es war super, dich an der Jobmesse kennenzulernen, Sandra! Ich melde mich wegen des Praktikums. Gruss, Jonas`, { to: 'Sabrina Wenger', from: 'Jonas Ott', hard: h }),
  I('de', ['invite.duplicate'], `Hallo Corinne, vielen Dank für den inspirierenden Austausch am Swiss Digital Day in Bern. Ich würde mich freuen, auch künftig über digitale Verwaltung im Gespräch zu bleiben.`, {
    to: 'Corinne Berger', hard: h,
    history: [{ to: 'Fabian Suter', text: `Hallo Fabian, vielen Dank für den inspirierenden Austausch am Swiss Digital Day in Bern. Ich würde mich freuen, auch künftig über digitale Verwaltung im Gespräch zu bleiben.` }],
  }),
  I('de', ['invite.duplicate'], `Guten Tag Frau Koller, es hat mich gefreut, Sie an der Messe Swissbau kennenzulernen. Gerne bleibe ich mit Ihnen zum Thema Holzbau in Kontakt. Beste Grüsse, Roger Imhof`, {
    to: 'Nadja Koller', from: 'Roger Imhof',
    history: [{ to: 'Walter Egger', text: `Guten Tag Herr Egger, es hat mich gefreut, Sie an der Messe Swissbau kennenzulernen. Gerne bleibe ich mit Ihnen zum Thema Holzbau in Kontakt. Beste Grüsse, Roger Imhof` }],
  }),
]);
