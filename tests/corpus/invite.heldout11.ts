import { I, named } from './types';

// Eleventh held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's code or phrase lists, its results or earlier splits' texts.
// Voices the corpus under-represents: dairies and farms, watchmakers, hotels, trucking and dispatch, architects and
// carpenters, notaries and law firms, cantons and municipalities, teachers, PhD students, nurses, pharma, cyber,
// sports clubs, musicians, churches and NGOs, people after layoffs or parental leave, interns, retirees, expats.
// Nicknames (Sepp, Küde, Vreni, Hampi, Fränzi, Chrigi, Ruedi, Michi, Liz, Mo, Joe), umlauts written ae/oe/ue,
// sign-offs with the sender's own name, third persons, names addressed mid-sentence, Swiss German, Austrian and
// German-German notes, German template notes, copy-pasted notes, and pitches disguised as compliments or curiosity.
const h = true;

export default named('invite-heldout11', [
  // --- invite.empty: no note, whitespace, emoji or a bare greeting ---
  I('en', ['invite.empty'], ``, { to: 'Olivia Grant' }),
  I('de', ['invite.empty'], `Grüezi Frau Baumann`, { to: 'Ruth Baumann', hard: h }),
  I('en', ['invite.empty'], `Hi Mike 👋`, { to: 'Michael Okafor', hard: h }),
  I('de', ['invite.empty'], `Servus Sepp!`, { to: 'Josef Gruber', hard: h }),
  I('en', ['invite.empty'], `   🙂🤝  `, { to: 'Priya Raman' }),
  I('de', ['invite.empty'], `Hoi Vreni,`, { to: 'Verena Zürcher', hard: h }),

  // --- invite.placeholder: a template slot left in ---
  I('en', ['invite.placeholder', 'invite.generic'], `Hi {first_name}, I came across your profile and would love to add you to my professional network.`, { to: 'Daniel Roth' }),
  I('de', ['invite.placeholder'], `Hallo [Vorname], wir haben uns letzte Woche an der Agrama in Bern am Stand der Landi über Melkroboter unterhalten. Gerne bleibe ich mit Ihnen in Kontakt.`, { to: 'Martin Studer', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], `Sehr geehrte Frau <Nachname>, als Gemeindeschreiber von Wattwil verfolge ich Ihre Arbeit zur Digitalisierung der Einwohnerdienste mit grossem Interesse. Gerne würde ich mich mit Ihnen austauschen.`, { to: 'Claudia Hess', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.placeholder'], `Dear %NAME%, your work on cold-chain logistics for vaccines at XXX caught my attention. I run dispatch for a mid-size carrier in Basel and would value your perspective.`, { to: 'Amadou Diallo', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder', 'invite.generic'], `Hallo {{vorname}}, ich bin auf Ihr Profil gestossen und würde mein Netzwerk gerne mit Ihnen erweitern. Beste Grüsse`, { to: 'Martin Keller' }),
  I('en', ['invite.placeholder'], `Hi Sophie, loved your talk at [Company]'s innovation day on smart glass facades — I'm an architect in Lausanne working on exactly that problem. Would be great to connect!`, { to: 'Sophie Laurent', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], `Liebe Andrea, danke für das Gespräch beim Zunftmahl! Wie versprochen melde ich mich wegen ___ – lass uns im Kontakt bleiben.`, { to: 'Andrea Bühler', hard: h }),

  // --- invite.wrong-name: greets someone who is not the recipient ---
  I('en', ['invite.wrong-name'], `Hi Sarah, great meeting you at the Swiss Cyber Storm conference yesterday — your demo on phishing-resistant MFA was the best part of my day.`, { to: 'Anna Kowalski', hard: h }),
  I('de', ['invite.wrong-name'], `Lieber Herr Brunner, vielen Dank für Ihren Vortrag am Notariatstag in Luzern. Ihre Gedanken zur elektronischen Urkunde haben mich überzeugt.`, { to: 'Peter Imhof', hard: h }),
  I('de', ['invite.wrong-name'], `Hoi Reto, isch mega cool gsi am Schwingfest z Zug mit dir z plaudere! Lass üs in Kontakt bliibe.`, { to: 'Marco Betschart', hard: h }),
  I('en', ['invite.wrong-name'], `Thanks for the tour of the dairy, Thomas — I still can't believe you age 3,000 wheels in that cellar.`, { to: 'Hans Wyss', hard: h }),
  I('de', ['invite.wrong-name'], `Liebe Katrin, schön, dass wir uns beim Elternabend der Primarschule Oerlikon kennengelernt haben. Ich würde gerne mehr über dein Projekt zum Lernatelier erfahren. Liebe Grüsse, Simone`, { to: 'Nicole Frei', from: 'Simone Egli', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Mr. Patel, I read your piece on hospital bed management in the NZZ and would love to hear how the pilot in Aarau went.`, { to: 'Rahul Mehta', hard: h }),
  I('de', ['invite.wrong-name'], `Servus Christoph, danke nochmal für die Tipps zur Meisterprüfung als Zimmerer. Hat mir echt geholfen!`, { to: 'Florian Huber', hard: h }),
  I('en', ['invite.wrong-name'], `Hey Jess! Your thread on burnout in nursing hit home — I work nights in the ICU at Triemli.`, { to: 'Laura Chen', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Anna, thanks for the quick call earlier – as discussed I'll send the site plans for the Zug warehouse tomorrow. Best, Marco`, { to: 'Lisa Schmid', from: 'Marco Rossi', hard: h }),

  // --- invite.generic: stock phrases, nothing about this person ---
  I('en', ['invite.generic'], `Hi Laura, I'd like to add you to my professional network on LinkedIn.`, { to: 'Laura Bianchi' }),
  I('de', ['invite.generic'], `Guten Tag Herr Schmid, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Freundliche Grüsse`, { to: 'Urs Schmid' }),
  I('en', ['invite.generic'], `Hello Kevin, I came across your profile and thought it would be great to connect. Looking forward to staying in touch!`, { to: 'Kevin Osei', hard: h }),
  I('de', ['invite.generic'], `Hallo Lea, ich bin gerade dabei, mein Netzwerk zu erweitern, und würde mich freuen, wenn du meine Anfrage annimmst. LG Jonas`, { to: 'Lea Marti', from: 'Jonas Weber', hard: h }),
  I('en', ['invite.generic'], `Dear Ms. Hofer, as a fellow professional I believe we could both benefit from being connected. Kind regards, Tomasz`, { to: 'Eva Hofer', from: 'Tomasz Nowak', hard: h }),
  I('de', ['invite.generic'], `Grüss Gott Frau Steiner, Ihr Profil ist sehr interessant. Ich freue mich auf die Vernetzung!`, { to: 'Maria Steiner', hard: h }),
  I('en', ['invite.generic'], `Hi Raphael, always happy to connect with inspiring people in my field. Have a great week!`, { to: 'Raphael Meier', hard: h }),
  I('de', ['invite.generic'], `Sali Ueli, mir sind im gliche Bereich tätig – würd mi freue, wenn mir üs vernetze. Gruess Hampi`, { to: 'Ulrich Zbinden', from: 'Hanspeter Gerber', hard: h }),
  I('en', ['invite.generic'], `Hello! I'm expanding my network with professionals in Switzerland and would be glad to have you in it.`, { to: 'Nina Baumgartner' }),
  I('de', ['invite.generic'], `Sehr geehrte Damen und Herren, gerne würde ich mein berufliches Netzwerk erweitern und freue mich, mit Ihnen in Kontakt zu treten.`, { to: 'Thomas Berger', hard: h }),
  I('en', ['invite.generic'], `Hi Marta, I'm always looking to connect with like-minded professionals. Let's connect and grow together! 🚀`, { to: 'Marta Silva' }),

  // --- invite.duplicate: the same note already sent to someone else ---
  I('en', ['invite.duplicate'], `Hi Sandra, I enjoyed your session at the Swiss Logistics Day on last-mile routing with electric trucks. Would be great to stay in touch and swap notes on charging at the depot.`, {
    to: 'Sandra Weber', hard: h,
    history: [{ to: 'Lukas Frei', text: `Hi Lukas, I enjoyed your session at the Swiss Logistics Day on last-mile routing with electric trucks. Would be great to stay in touch and swap notes on charging at the depot.` }],
  }),
  I('de', ['invite.duplicate'], `Grüezi Frau Aebi, Ihr Beitrag über die Nachfolgeregelung in Familienbetrieben hat mich sehr angesprochen. Als Treuhänderin in Thun begleite ich ähnliche Fälle und würde mich über einen Austausch freuen.`, {
    to: 'Therese Aebi', hard: h,
    history: [{ to: 'Beat Fankhauser', text: `Grüezi Herr Fankhauser, Ihr Beitrag über die Nachfolgeregelung in Familienbetrieben hat mich sehr angesprochen. Als Treuhänderin in Thun begleite ich ähnliche Fälle und würde mich über einen Austausch freuen.` }],
  }),
  I('en', ['invite.duplicate', 'invite.generic'], `Hi Julia, I came across your profile and would like to add you to my professional network. Best regards, Chloé`, {
    to: 'Julia Novak', from: 'Chloé Martin',
    history: [{ to: 'Marc Dubois', text: `Hi Marc, I came across your profile and would like to add you to my professional network. Best regards, Chloé` }],
  }),
  I('de', ['invite.duplicate', 'invite.sales-pitch'], `Hallo Martina, wir von SecureAlp helfen KMU, ihre Firewalls in 48 Stunden auf den neusten Stand zu bringen – zum Fixpreis von CHF 1'900. Hast du diese Woche 15 Minuten für eine kurze Demo?`, {
    to: 'Martina Rohner', skip: ['invite.generic'],
    history: [{ to: 'Andreas Kälin', text: `Hallo Andreas, wir von SecureAlp helfen KMU, ihre Firewalls in 48 Stunden auf den neusten Stand zu bringen – zum Fixpreis von CHF 1'900. Hast du diese Woche 15 Minuten für eine kurze Demo?` }],
  }),
  I('en', ['invite.duplicate'], `Hey Priya, really liked your post about onboarding junior devs remotely. We're trying something similar at our consultancy in Vienna. Happy to connect!`, {
    to: 'Priya Shah', hard: h,
    history: [
      { to: 'Ben Carter', text: `Hey Ben, really liked your post about onboarding junior devs remotely. We are trying something similar at our consultancy in Vienna. Happy to connect!` },
      { to: 'Ola Nilsen', text: `Hi Ola, congrats on the new role at Roche!` },
    ],
  }),
  I('de', ['invite.duplicate'], `Servus Michi, danke für die gute Zusammenarbeit beim Umbau vom Gasthof Post in Lech. Freu mich, wenn wir in Kontakt bleiben!`, {
    to: 'Michael Moser', hard: h,
    history: [{ to: 'Sepp Huber', text: `Servus Sepp, danke für die gute Zusammenarbeit beim Umbau vom Gasthof Post in Lech. Freu mich, wenn wir in Kontakt bleiben!` }],
  }),

  // --- history that must NOT count as a duplicate ---
  I('en', [], `Hi Grace, great chatting at the ETH career fair about your PhD on protein folding. Would love to keep in touch!`, {
    to: 'Grace Liu', hard: h,
    history: [{ to: 'Grace Liu', text: `Hi Grace, great chatting at the ETH career fair about your PhD on protein folding. Would love to keep in touch!` }],
  }),
  I('de', [], `Hallo Stefan, dein Referat über Nachtdienst-Planung im Kantonsspital Baden war super praxisnah. Ich leite ein kleines Team in der Spitex Wettingen – gerne bleibe ich mit dir in Kontakt.`, {
    to: 'Stefan Vogel', hard: h,
    history: [{ to: 'Daniela Roos', text: `Hallo Daniela, danke für den Tipp mit dem Weiterbildungsfonds der Pflege. Ich melde mich, sobald ich mich angemeldet habe!` }],
  }),
  I('en', [], `Hi Lina, great to meet you at the hackathon in Lugano — your team's flood-warning app deserved the win.`, {
    to: 'Lina Ferrari', hard: h,
    history: [{ to: 'Tom Baker', text: `Hi Tom, great to meet you at the Geneva watch fair — your take on independent brands was spot on.` }],
  }),

  // --- invite.sales-pitch: blatant and disguised ---
  I('en', ['invite.sales-pitch'], `Hi Jonas, we help mid-sized hotels increase direct bookings by 35% in six months with our AI pricing engine. Do you have 15 minutes next week for a quick demo?`, { to: 'Jonas Ambühl', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Guten Tag Herr Lüthi, unsere Kanzlei bietet Start-ups eine Pauschale für die Gründung einer GmbH ab CHF 990 an. Darf ich Ihnen unser Angebot in einem kurzen Call vorstellen?`, { to: 'Simon Lüthi', skip: ['invite.generic'] }),
  I('en', ['invite.sales-pitch'], `Hi Carla, your bakery's Instagram is gorgeous! I noticed your website isn't showing up on Google though — I fixed exactly this for three cafés in Zurich last month. Want me to show you what I'd change?`, { to: 'Carla Santos', hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Frau Wenger, nur aus Neugier: Wie plant Ihr Heim heute die Dienste? Unsere App hat bei der Stiftung Sonnmatt die Planungszeit halbiert – ich zeige Ihnen gern in 20 Minuten, wie.`, { to: 'Regula Wenger', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Just curious, Mark — who handles cyber insurance at your firm? We've just launched a policy tailored for law practices, premiums from CHF 49/month.`, { to: 'Mark Steiner', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], `Hoi Dani, mir mached Websites für Handwerker, ab 1'500 Stutz, fix fertig in 2 Wuche. Hesch Ziit für es churzes Telefon?`, { to: 'Daniel Stöckli', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Ingrid, congrats on opening the new physio practice in Winterthur! Many practice owners I work with save 6 hours a week with our booking software. Happy to walk you through it whenever suits.`, { to: 'Ingrid Larsen', hard: h }),
  I('de', ['invite.sales-pitch'], `Grüß Gott Herr Mag. Pichler, als Spezialist für betriebliche Altersvorsorge möchte ich Ihnen ein exklusives Vorsorgemodell für Ihre Kanzlei präsentieren. Wann passt Ihnen ein kurzer Termin?`, { to: 'Wolfgang Pichler', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Hello, we are an offshore software team from Pune with 200+ developers. Rates start at $18/hour. Reply "YES" and I'll send our portfolio.`, { to: 'Felix Bauer', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Liebe Frau Roth, ich würde gerne Ihre Meinung hören – zu unserem neuen Coaching-Paket für Schulleitungen (3 Module, Einführungspreis CHF 2'400). Hätten Sie Zeit für ein Gespräch, in dem ich es Ihnen vorstelle?`, { to: 'Barbara Roth', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `hey Emma!! saw ur a nurse 💉 i'm helping healthcare workers build a side income with a wellness brand, literally 2h/week. can i send u some info? 💕`, { to: 'Emma Walsh', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.sales-pitch'], `Hallo Herr Imboden, Gratulation zur Übernahme der Metzgerei in Visp! Viele Metzgereien im Wallis setzen bereits auf unser Kassensystem mit Waagen-Anbindung – darf ich es Ihnen bei einem Besuch kurz vorführen?`, { to: 'Paul Imboden', hard: h }),

  // --- clean: personal, specific, non-selling notes (many with polite formulas, nicknames, sign-offs, third persons) ---
  I('en', [], `Hi Anna, your post on reusable transport boxes for cheese exports answered a question we've been stuck on for months at our dairy in Gruyères. Would love to stay in touch.`, { to: 'Anna Meier', hard: h }),
  I('de', [], `Lieber Sepp, danke für die Führung durch die Sennerei in Hindelang – den Bergkäse werde ich nicht so schnell vergessen. Herzliche Grüße, Resi`, { to: 'Josef Kögel', from: 'Theresia Brandl', hard: h }),
  I('de', [], `Hallo Küde, schön hesch mer geschter bim Rotary-Zmittag vo dim Projekt mit de Lehrlinge verzellt. Gärn bliibe mer in Kontakt!`, { to: 'Kurt Lehmann', hard: h }),
  I('en', [], `Hi Vreni, Thomas Keller from the Bern cantonal office suggested I reach out — he said you led the e-voting trials in 2023. I'm writing my master's thesis on it and would be grateful for a short exchange.`, { to: 'Verena Zahnd', hard: h }),
  I('de', [], `Grüezi Herr Mueller, ich habe Ihren Artikel zur Revision des Mietrechts im "plädoyer" gelesen und arbeite als Anwaltspraktikantin an einem ähnlichen Fall. Über einen Austausch würde ich mich sehr freuen.`, { to: 'Hans-Peter Müller', hard: h }),
  I('en', [], `Hi Juergen, thanks for the quick answer in the Swiss Watchmakers group about hairspring tolerances. Would be glad to stay connected!`, { to: 'Jürgen Maurer', hard: h }),
  I('de', [], `Hallo Hampi, Beatrice Suter hat mir erzählt, dass du in Grindelwald gerade ein Hotel auf Wärmepumpe umrüstest. Wir stehen in Adelboden vor dem gleichen Schritt – darf ich dir ein paar Fragen stellen?`, { to: 'Hanspeter Kaufmann', hard: h }),
  I('en', [], `Hello Ms. Osei, I'm a third-year PhD student at Uni Basel working on antibiotic resistance in wastewater. Your 2024 paper on sampling in Ghana shaped my methods chapter — I'd be honoured to connect.`, { to: 'Abena Osei', hard: h }),
  I('de', [], `Liebe Frau Gasser, ich möchte Sie gerne zu meinem Netzwerk hinzufügen – Ihr Referat an der Pflegefachtagung in St. Gallen über Demenz und Musik hat mich tief beeindruckt. Freundliche Grüsse, Marianne Koller`, { to: 'Ursula Gasser', from: 'Marianne Koller', hard: h }),
  I('en', [], `Hi Chris, I came across your profile through the Basel Tattoo volunteers' group — I'm helping with logistics this year too. See you at the briefing on Monday!`, { to: 'Christina Vogt', hard: h }),
  I('de', [], `Hoi Fränzi, mega schön, di nach so vilne Jahr wieder z gseh am Klassetreffe in Frauefeld! Wie versproche: do isch mini Afrog. 😊`, { to: 'Franziska Ott', hard: h }),
  I('en', [], `Hi Daniel, I'm a sales engineer at a pump manufacturer, but I'm reaching out for another reason: you wrote about moving from engineering into teaching at a Berufsschule. I'm considering the same step and would value your advice.`, { to: 'Daniel Kunz', hard: h }),
  I('de', [], `Sehr geehrter Herr Gerber, ich bin Notar in Biel und habe Ihre Ausführungen zur Beurkundung per Video in der ZBGR gelesen. Ich hätte zwei Rückfragen zur Praxis im Kanton Bern – darf ich mich dazu kurz bei Ihnen melden?`, { to: 'Andreas Gerber', hard: h }),
  I('en', [], `Hi Thomas, we spoke after the panel on freight rail in Olten. Here is the connection I promised — talk soon!`, { hard: h }),
  I('de', [], `Servus Michi, war a Freid, di beim Saisonstart im Hotel Alpenrose kennenzulernen. Meld di, wennst amoi in Innsbruck bist!`, { to: 'Michael Thaler', hard: h }),
  I('en', [], `Dear Dr. Weber, thank you for supervising my internship at the Inselspital pharmacy. I learned more in those three months than in a year of lectures. Warm regards, Yuki`, { to: 'Stefanie Weber', from: 'Yuki Tanaka', hard: h }),
  I('de', [], `Hallo Frau Schäfer, Sie haben an der Jobmesse der Uni Mannheim erwähnt, dass Ihr Team Werkstudierende für Datenanalyse sucht. Ich studiere Wirtschaftsinformatik im 4. Semester und würde mich gern vernetzen.`, { to: 'Julia Schäfer', hard: h }),
  I('en', [], `Hey Ben, loved your podcast episode about quitting a corporate job to become a luthier. I build guitars on weekends in Vienna and would enjoy swapping notes sometime.`, { to: 'Benjamin Adler', hard: h }),
  I('de', [], `Liebe Kathi, nach deinem Beitrag über den Wiedereinstieg nach der Elternzeit habe ich mich endlich getraut, mich wieder zu bewerben. Danke für die ehrlichen Worte!`, { to: 'Katharina Lang', hard: h }),
  I('de', [], `Guten Tag Herr Baumann, ich bin Lehrer an der Kantonsschule Wil und unsere Klasse möchte im Frühling Ihre Schreinerei besuchen, um über Lehrstellen zu sprechen. Wäre das grundsätzlich möglich?`, { to: 'Ruedi Baumann', hard: h }),
  I('en', [], `Hi Mo, following up on our chat at the Geneva hackathon — your idea for an open-source tool that helps NGOs track food donations is great. Count me in if you need a volunteer dev.`, { to: 'Mohammed Haddad', hard: h }),
  I('de', [], `Hallo Frau Zürcher, Frau Dr. Iten vom Kantonsspital Luzern hat mir Ihren Namen gegeben: Sie suchen jemanden für die Übersetzung von Patientenbroschüren ins Tigrinya. Ich bin Dolmetscherin und würde mich freuen, davon zu hören.`, { to: 'Monika Zürcher', skip: ['invite.sales-pitch'], hard: h }),
  I('en', [], `Hi Peggy, it was a pleasure meeting you at the Rotary dinner in Zug. Your story about running the family's transport business for 30 years was inspiring!`, { to: 'Margaret Hughes', skip: ['invite.wrong-name'], hard: h }),
  I('en', [], `Hi Elizabeth — or Liz, as you introduced yourself at the Insurtech breakfast! Great to hear how your team is testing parametric crop insurance. Let's stay in touch.`, { to: 'Elizabeth Moore', hard: h }),
  I('de', [], `Lieber Ruedi, ich bin seit 38 Jahren Kantonsschullehrer und gehe im Sommer in Pension. Dein Beitrag über Seniorinnen und Senioren als Mentoren für Lernende hat mich angesprochen – wie bist du da eingestiegen?`, { to: 'Rudolf Stalder', hard: h }),
  I('en', [], `Hi Sam, we're both alumni of the EHL in Lausanne (class of 2012 here). I'm moving back to hotel operations after five years in consulting and would love to hear how you made the switch to revenue management.`, { to: 'Samantha Price', hard: h }),
  I('de', [], `Hallo Herr Kaeser, vielen Dank für Ihre Antwort auf meine Frage im Forum der Bieler Uhrmacher. Ich bin Lernender im dritten Jahr und würde gerne mit Ihnen vernetzt bleiben.`, { to: 'Urs Käser', hard: h }),
  I('en', [], `Hi Nikola, I'm the new comms intern at Caritas Schweiz and saw you coordinate the winter aid campaign. My manager, Ruth Amrein, said you're the best person to learn from — may I connect?`, { to: 'Nikola Petrović', hard: h }),
  I('de', [], `Grüezi Frau Bieri, ich habe Ihre Frage im Bauforum gesehen, ob jemand Erfahrung mit Lehmputz in Altbauten hat. Wir haben letztes Jahr ein Bauernhaus in Trub saniert – gerne erzähle ich Ihnen, was funktioniert hat und was nicht.`, { to: 'Sandra Bieri', hard: h }),
  I('en', [], `Hi Hannes, I was the one asking the awkward question about data retention after your cybersecurity talk at the Hochschule Luzern 😅 Thanks for taking it seriously — I'd love to follow your work.`, { to: 'Johannes Frick', hard: h }),
  I('de', [], `Hallo Tobi, unser Junioren-Turnier beim FC Rapperswil-Jona wäre ohne deine Hilfe beim Aufbau nicht möglich gewesen. Danke und bis zum nächsten Mal! Gruss, Sandro`, { to: 'Tobias Hug', from: 'Sandro Lenz', hard: h }),
  I('en', [], `Dear Mr. Ochsner, I'm a nurse returning after four years of parental leave and saw that the Kantonsspital Frauenfeld runs a re-entry programme you coordinate. Could I ask you two questions about it?`, { to: 'Beat Ochsner', hard: h }),
  I('de', [], `Liebe Frau Pfarrerin Egger, Ihr Gottesdienst zum Thema Einsamkeit im Alter hat viele in unserem Altersheim berührt. Wir würden uns über einen Austausch zu einem gemeinsamen Besuchsprojekt freuen.`, { to: 'Irene Egger', hard: h }),
  I('en', [], `Hey Lukas, sorry for the slow follow-up after the Züri Marathon — here's my request as promised. Still sore!`, { to: 'Lukas Brändli' }),
  I('de', [], `Hallo Frau Yilmaz, als Quereinsteigerin in die Cybersecurity (vorher Pflege) würde mich sehr interessieren, wie Sie den Wechsel von der Intensivstation ins SOC geschafft haben. Ihr Interview im Tages-Anzeiger hat mir Mut gemacht.`, { to: 'Ayşe Yilmaz', hard: h }),
  I('en', [], `Hi Raj, your comment under Sarah Kim's post about visa rules for non-EU founders in Switzerland was the clearest explanation I've seen. I'm a Canadian founder in Zurich going through exactly this.`, { to: 'Raj Malhotra', hard: h }),
  I('de', [], `Grüß Gott Frau Hofrätin Wimmer, vielen Dank für die Einladung zur Fachtagung im Bundesministerium. Ich freue mich, Sie dort persönlich kennenzulernen.`, { to: 'Gabriele Wimmer', hard: h }),
  I('en', [], `Hi Fatima, I'm a recruiter, so I understand if you're cautious 🙂 — I'm not reaching out with a job. I just found your article on fair AI screening really thoughtful and would like to follow your work.`, { to: 'Fatima Benali', hard: h }),
  I('de', [], `Hoi Chrigi, du hesch doch letscht Johr d Umschuelig zum Lokführer gmacht? Ich überleg mir s gliiche und wür mi riesig freue über es paar Tipps.`, { to: 'Christian Wüthrich', hard: h }),
  I('en', [], `Dear Prof. Nakamura, thank you for the inspiring lecture on Alpine glacier monitoring at EPFL. As a geomatics student I'd be grateful to follow your group's work.`, { to: 'Kenji Nakamura', hard: h }),
  I('de', [], `Hallo Herr Oezdemir, ich bin Disponentin bei einem Transportunternehmen in Kriens und habe gesehen, dass Sie die neue LSVA-Abrechnung bei Ihrer Firma eingeführt haben. Wie haben Sie die Fahrer mitgenommen? Über einen Austausch würde ich mich freuen.`, { to: 'Mehmet Özdemir', hard: h }),
  I('en', [], `Hi Georg, after 14 years at the bank I was let go in March. Markus Lehner told me you went through the same and now run a small fintech consultancy — would you be open to a coffee so I can learn how you rebuilt?`, { to: 'Georg Aebersold', hard: h }),
  I('de', [], `Liebe Frau Hürlimann, ich bin Cellistin im Sinfonieorchester Basel und plane ein Schulkonzert in Ihrer Gemeinde. Könnten wir uns kurz über geeignete Termine austauschen?`, { to: 'Esther Hürlimann', hard: h }),
  I('en', [], `Hi Annelies, thanks for lending us the tractor when ours broke down during the hay harvest! My dad still talks about it. Hope to see you at the Viehschau.`, { to: 'Annelies Rüfenacht', hard: h }),
  I('de', [], `Hallo Nico, ich bin neu im Team in Schaan und sitze zwei Büros weiter 😄 Freue mich aufs Kennenlernen beim Znüni!`, { to: 'Nicolas Frick', hard: h }),
  I('en', [], `Hi Ms. Kovács, I'm an expat in Geneva and your post about bringing Hungarian kids into local schools helped us enormously. Thank you!`, { to: 'Zsófia Kovács', hard: h }),
  I('de', [], `Sali Sabine, wir haben uns bei der Stallvisite in Sursee über Mutterkuhhaltung unterhalten. Wie versprochen schicke ich dir die Anfrage – den Link zum Futterplan-Rechner schicke ich per Mail.`, { to: 'Sabine Estermann', hard: h }),
  I('en', [], `Hi Joe, thanks for approving the budget for our cycling club's youth team — the kids already wear the new jerseys. Best, Andrea`, { to: 'Joseph Brennan', from: 'Andrea Rossi', hard: h }),
  I('de', [], `Sehr geehrte Frau Aeschlimann, ich möchte mich gerne mit Ihnen vernetzen, da wir beide im Vorstand des Hauseigentümerverbands Emmental sitzen und ich mich auf die Zusammenarbeit in der Baukommission freue.`, { to: 'Ruth Aeschlimann', hard: h }),
]);
