import { I, named } from './types';

// Tenth held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's phrase lists, its results or earlier splits' texts.
// Notes after events, referrals, advice requests, alumni and apprentices, Swiss German dialect, Austrian and
// formal German letters, nicknames (Sepp, Küde, Res, Chrigu, Sascha, Bob), umlauts written ae/oe/ue,
// sign-offs with the sender's own (nick)name, third persons, template notes, copy-pasted notes, and sales
// outreach both blatant and disguised as compliments, advice requests or curiosity.
const h = true;

// Earlier notes used to build `history` for invite.duplicate.
const fintechNote = (n: string) =>
  `Hi ${n}, I enjoyed your talk at the Swiss Fintech Summit on open banking. I'm working on similar APIs at PostFinance and would love to stay in touch.`;
const healthNote = (n: string) =>
  `Liebe ${n}, danke für deinen Input am Digital Health Lunch in Bern. Ich arbeite am Spital Thun an ähnlichen Projekten und würde mich freuen, vernetzt zu bleiben. Herzliche Grüsse, Nicole`;
const formalNote = (greet: string) =>
  `Guten Tag ${greet}, gerne möchte ich Sie zu meinem beruflichen Netzwerk hinzufügen. Freundliche Grüsse, Daniel Frei`;
const demoNote = (n: string) =>
  `Hi ${n}, we help clinics reduce no-shows by 25% with automated SMS reminders. Could I show you a 10-minute demo next week?`;
const lifeSciNote = (n: string) =>
  `Hi ${n}, thanks for the great discussion at the Basel Life Sciences Week about real-world evidence. I'd be glad to keep in touch.`;
const apprenticeNote = (n: string) => `Hoi ${n}, schön dich am Lehrlingstag der EKZ kennengelernt zu haben! Lass uns in Kontakt bleiben.`;
const pythonNote = (greet: string) =>
  `${greet}, great to meet you at the Zurich Python meetup yesterday. Your lightning talk on type hints was fun. Let's keep in touch!`;

export default named('invite-heldout10', [
  // --- clean: specific, personal, non-selling notes ---
  I('en', [], `Hi Ayesha, your talk at the Basel Data Science meetup on survival models for trial dropout was the clearest explanation I've heard. I'm working on something similar at Lonza and would love to stay in touch.`, { to: 'Ayesha Khan', headline: 'Data Scientist at Novartis' }),
  I('de', [], `Servus Sepp, schön, dass wir uns beim Wirtschaftsforum in Linz endlich persönlich kennengelernt haben. Dein Punkt zur Lehrlingsausbildung im Handwerk geht mir nicht aus dem Kopf – lass uns in Kontakt bleiben! Lg, Markus`, { to: 'Josef Huber', from: 'Markus Leitner', hard: h }),
  I('de', [], `Hoi Küde, merci für d Füehrig dur eui Schreinerei in Langnau am Samschtig. Ich würd gern in Kontakt bliibe, falls mir emal es gmeinsams Projekt mit Wiisstanne mached. Gruess, Ruedi`, { to: 'Kurt Zbinden', from: 'Rudolf Aebi', hard: h }),
  I('de', [], `Sehr geehrte Frau Brunner, Ihr Referat am Pflegesymposium in Aarau über den Skill-Grade-Mix hat mir viele Denkanstösse gegeben. Gerne würde ich Sie zu meinem beruflichen Netzwerk hinzufügen. Freundliche Grüsse, Simone Keller`, { to: 'Claudia Brunner', headline: 'Leiterin Pflege, Kantonsspital Aarau', from: 'Simone Keller', hard: h }),
  I('en', [], `Hi Juerg, great chatting with you at the SwissCognitive breakfast about your bank's chatbot pilot and why the compliance team loved it in the end. Would be glad to keep in touch.`, { to: 'Jürg Bärtschi', hard: h }),
  I('en', [], `Hello Marco, we were sitting at same table in the ZHAW alumni dinner last Thursday, you told me about the hydrogen trucks in Ticino. I found it very interesting and want to follow your work.`, { to: 'Marco Bernasconi', hard: h }),
  I('de', [], `Hey Lea, ich hab deinen Post über den Wechsel von der Agentur in die Inhouse-Kommunikation gelesen und mich total wiedergefunden. Würde mich freuen, wenn wir uns vernetzen.`, { to: 'Lea Wyss' }),
  I('en', [], `Hi Tom, I'm a recruiter at Hays in Zurich – just so you know who's writing. Your post about moving from SAP Basis to cloud operations caught my eye and I'd like to follow how it goes for you.`, { to: 'Thomas Weber', hard: h }),
  I('de', [], `Guten Tag Frau Frei, ich mache mich im Frühling als Treuhänderin im Emmental selbständig und habe gesehen, dass Sie diesen Schritt vor zehn Jahren in Burgdorf gemacht haben. Dürfte ich Sie irgendwann um einen Rat fragen? Freundliche Grüsse, Nadine Lehmann`, { to: 'Regula Frei', headline: 'Inhaberin, Frei Treuhand GmbH', from: 'Nadine Lehmann', hard: h }),
  I('en', [], `Hi Sandra, Reto Kälin suggested I reach out – he said you set up the patient portal at the Inselspital, and I'm about to start a similar project at Spital Thun. Happy to connect.`, { to: 'Sandra Imhof', hard: h }),
  I('de', [], `Hallo Res, Barbara Studer hat mir erzählt, dass du beim Kanton Bern die Digitalisierung der Baubewilligungen leitest. Wir kämpfen in Solothurn mit denselben Themen – ich würde mich gern mit dir vernetzen.`, { to: 'Andreas Meier', hard: h }),
  I('en', [], `Thanks again, Nina, for the tip about the Zurich startup visa office. It saved me weeks of back and forth. Would love to stay connected.`, { to: 'Nina Graf', hard: h }),
  I('de', [], `Hoi Beat, mir händ eus am Swiss Economic Forum i de Kafi-Schlange troffe und über Nachfolgeregelige i KMU gredt. Würd mi freue, in Kontakt z'bliibe!`, { to: 'Beat Schnyder', hard: h }),
  I('en', [], `hey mia!! loved your reel on landing a UX internship without a design degree, literally saved it. i'm a 2nd year at HSLU, would be cool to connect 🙌`, { to: 'Mia Rossi', hard: h }),
  I('de', [], `Sehr geehrter Herr Magister Gruber, Ihr Gastkommentar im Standard zur Pflegereform hat mich als Heimleiter in Graz sehr angesprochen. Ich würde mich über eine Vernetzung freuen. Mit freundlichen Grüßen, Herbert Pichler`, { to: 'Johann Gruber', from: 'Herbert Pichler', hard: h }),
  I('en', [], `Liz – enjoyed our panel at the Geneva ESG roundtable. Your point on scope 3 data from suppliers was the best of the day. Let's stay in touch. Best, Henrik`, { to: 'Elizabeth Carter', from: 'Henrik Nilsson', hard: h }),
  I('de', [], `Grüezi Herr Buehler, wir haben letzte Woche an der Gewerbeausstellung in Wil über Solaranlagen auf Scheunendächern gesprochen. Ich würde gern in Kontakt bleiben. Beste Grüsse, Carla Tanner`, { to: 'Hans-Peter Bühler', from: 'Carla Tanner', hard: h }),
  I('en', [], `Hi Fatima, I read your thesis on refugee integration in Swiss vocational training in the Uni Fribourg repository. I'm writing a policy brief for Caritas on the same topic and would value being connected.`, { to: 'Fatima Al-Sayed' }),
  I('de', [], `Hoi Luca, ich bin im 2. Lehrjahr als Elektroinstallateur bei der EKZ und hab gesehen, dass du die Berufsmatur nebenbei gemacht hast. Wie hast du das zeitlich geschafft? Würd mich über einen Kontakt freuen.`, { to: 'Luca Steiner', hard: h }),
  I('en', [], `Hi David, quick question from a fellow PhD student at ETH: did you run your molecular dynamics simulations on Euler or on something external? Your paper on membrane transporters is exactly my area.`, { to: 'David Kim', hard: h }),
  I('de', [], `Hallo Franzi, reine Neugier: Wie seid ihr bei der Spitex Zürich auf die Idee mit den E-Bikes für die Pflegetouren gekommen? Ich arbeite bei der Spitex Luzern und wir diskutieren gerade genau das.`, { to: 'Franziska Egli', hard: h }),
  I('en', [], `Hi Bob, we met at the Lausanne hackathon – you were the mentor who helped our team fix the Kafka setup at 2am. Thanks again, and let's stay in touch!`, { to: 'Robert Jenkins', hard: h }),
  I('de', [], `Sehr geehrte Frau Zuercher, als neuer Leiter Finanzen der Gemeinde Horgen würde ich mich freuen, mit Ihnen vernetzt zu sein – Ihr Vorstoss zur regionalen Zusammenarbeit bei der Kinderbetreuung interessiert uns sehr. Freundliche Grüsse, Stefan Huber`, { to: 'Monika Zürcher', headline: 'Gemeindepräsidentin Wädenswil', from: 'Stefan Huber', hard: h }),
  I('en', [], `Hi Ursula, I'm new in Basel (moved from Lisbon for a job at Syngenta) and your post about the expat parents' network in Riehen was super helpful. Would love to connect.`, { to: 'Ursula Keller' }),
  I('de', [], `Salü Chrigu, lang isch's her sit de KV-Lehr bi de Raiffeisen Thun! Ha gseh, dass du jetzt bi de BEKB im Firmekundegschäft bisch – gratuliere. Gruess, Dänu`, { to: 'Christoph Roth', from: 'Daniel Marti', hard: h }),
  I('en', [], `Kate, your comment under Adam Grant's post about feedback in flat hierarchies made me think for a whole day. I lead a small NGO team in Geneva and we struggle with exactly that. Happy to connect.`, { to: "Katherine O'Neill", hard: h }),
  I('de', [], `Hallo Herr Baumgartner, ich habe Ihren Beitrag im Forum der Schweizerischen Gesellschaft für Radiologie zur KI-gestützten Befundung gelesen. Als Radiologin am USZ beschäftigt mich die Frage sehr – ich freue mich auf den Austausch.`, { to: 'Michael Baumgartner' }),
  I('en', [], `Hi Samuel, congrats on the seed round for GreenRoute! I'm also building in logistics (last-mile for pharmacies) and would love to swap notes on Swiss pilot customers sometime – no pitch, just founder to founder.`, { to: 'Samuel Okafor', headline: 'Founder, GreenRoute', hard: h }),
  I('de', [], `Liebe Lisbeth, ich habe mich so gefreut, dich nach dem Chorkonzert in der Französischen Kirche wiederzusehen. Dass du jetzt die Fachstelle Alter der Stadt Bern leitest, wusste ich gar nicht – lass uns vernetzen!`, { to: 'Elisabeth Wyss', hard: h }),
  I('en', [], `Hi Matthias, I'm hiring for my own team at Swisscom and saw your talk on observability at the Zurich DevOps Days. Not a recruiter message – I just liked how you explained error budgets. Would be glad to connect.`, { to: 'Matthias Frei', hard: h }),
  I('de', [], `Hoi Steffi! Dein Artikel über Zero Waste in der Gastronomie in der Hotel Revue war super. Wir führen in Chur ein kleines Bistro und setzen einiges davon schon um. Gern vernetzt bleiben? Liebe Grüsse, Andrea`, { to: 'Stefanie Graf', from: 'Andrea Caduff', hard: h }),
  I('en', [], `Sascha, good to meet you at the Crypto Valley conference in Zug. Your skepticism about stablecoin audits was refreshing. Let's keep talking.`, { to: 'Alexander Petrov', hard: h }),
  I('de', [], `Hallo Thomas, wir haben uns am Stand der HSG an der Berufsmesse kennengelernt – danke für die Tipps zum Masterprogramm in Banking and Finance!`, { hard: h }),
  I('en', [], `Hi Anna, great to meet you at the women in tech brunch in Bern. Loved your story about leaving consulting for a UX role.`, { hard: h }),
  I('de', [], `Guten Tag Herr Gasser, ich bin auf Ihr Profil gestossen, weil Sie am CFO Forum in Luzern über die Einführung von S/4HANA bei Emmi gesprochen haben. Wir stehen bei der Bell Food Group vor demselben Schritt – gerne würde ich mich vernetzen.`, { to: 'Peter Gasser', headline: 'CFO bei Emmi', hard: h }),
  I('en', [], `Hi Laura, I came across your profile through the Women in Pharma Basel mentoring list – I'm one of this year's mentees and saw that you lead regulatory affairs at Roche. I'd be glad to add you to my network.`, { to: 'Laura Bianchi', hard: h }),
  I('de', [], `Grüezi Frau Hofer, besten Dank für Ihre geduldige Antwort auf meine Frage im Webinar der Pro Senectute zur digitalen Teilhabe. Ich würde gerne mit Ihnen in Verbindung bleiben.`, { to: 'Margrit Hofer' }),
  I('en', [], `Hej Jonas! Your GitHub issue about the Swiss QR-bill parser saved my afternoon. I maintain a small open-source accounting tool for Swiss freelancers – thanks, and happy to connect.`, { to: 'Jonas Lindqvist', hard: h }),
  I('de', [], `Hallo Nadia, wir sind beide im Vorstand des Elternvereins Rüti gelandet – und ich glaube, wir können auch beruflich voneinander lernen, du im HR bei Sika und ich in der Personalberatung. Bis Dienstag an der Sitzung!`, { to: 'Nadia Rüegg', hard: h }),
  I('en', [], `Oli, thanks for covering my shift at the Kinderspital back in March – I never properly said it. Good to see you made it to the ICU team. Let's stay connected!`, { to: 'Oliver Schmid', hard: h }),
  I('de', [], `Liebe Frau Kuster, ich schreibe meine Masterarbeit an der FHNW über den Fachkräftemangel in der Langzeitpflege und habe Ihr Interview im Tages-Anzeiger gelesen. Dürfte ich Ihnen später ein paar Fragen stellen? Herzliche Grüsse, Lena Bosshard`, { to: 'Sabine Kuster', from: 'Lena Bosshard', hard: h }),
  I('en', [], `Hi Hannah – Dr. Meyer from the Biozentrum told me you're the person to talk to about cryo-EM sample prep in Basel. I'm a postdoc starting there in January; would be great to connect before then.`, { to: 'Hannah Schulz', hard: h }),
  I('de', [], `Servus Flo, super Vortrag bei den Linuxwochen in Wien über Open Source in Gemeinden! Bei uns in Krems stehen wir grad am Anfang. Würd mich freuen, wenn wir in Kontakt bleiben. Lg Verena`, { to: 'Florian Mayr', from: 'Verena Huber', hard: h }),
  I('en', [], `Hi Rachel, I coordinate the Swiss Red Cross volunteer drivers in Aargau – just so you know who's writing. Your post about burnout among volunteers hit home. Connecting to follow your research.`, { to: 'Rachel Green', hard: h }),
  I('de', [], `Hoi Martin, merci nomal für dä Tipp mit em Skript vo de Ökonometrie-Vorlesig! Gsehmer eus am Mittwuch im Lernzentrum?`, { to: 'Martin Bühler', hard: h }),
  I('en', [], `Hello Mr. Zhang, I enjoyed your lecture at EPFL on battery recycling in China and Europe. As a student in materials science I would be honored to connect with you.`, { to: 'Wei Zhang', hard: h }),
  I('de', [], `Guten Tag Frau Baumann, Herr Kälin von der Handelskammer beider Basel meinte, Sie hätten Erfahrung mit Lehrstellen für Geflüchtete. Wir möchten das in unserer Druckerei in Liestal auch anbieten und ich würde mich über einen Austausch freuen. Freundliche Grüsse, Urs Wenger`, { to: 'Corinne Baumann', from: 'Urs Wenger', hard: h }),
  I('en', [], `Hi Oliver, [quick context: we were the two people arguing about Bergman at the Zurich Film Festival afterparty] – would love to stay in touch!`, { to: 'Oliver Brandt', hard: h }),
  I('de', [], `Grüezi Herr Koller, schön, Sie an der Olma am Stand der Appenzeller Käsereien getroffen zu haben – das XXL-Fondue werde ich nicht so schnell vergessen! Gerne bleibe ich mit Ihnen in Kontakt.`, { to: 'Walter Koller', hard: h }),
  I('de', [], `Guten Tag Frau Zürcher, ich arbeite bei Abacus im Bereich Gemeindelösungen – das nur zur Einordnung, ich möchte Ihnen nichts verkaufen. Ihr Interview zur Gemeindefusion im Zürcher Unterländer hat mich interessiert, weil ich selbst im Gemeinderat von Bülach sitze.`, { to: 'Monika Zürcher', hard: h }),
  // same recipient got a similar note before: not a duplicate
  I('en', [], lifeSciNote('Ayesha'), { to: 'Ayesha Khan', history: [{ to: 'Ayesha Khan', text: lifeSciNote('Ayesha') }], hard: h }),
  // an earlier note to someone else from the same event, but a different text
  I('de', [], `Grüezi Frau Hofer, an der Tagung des Gemeindeverbands in Winterthur sassen wir am selben Tisch – Ihr Erfahrungsbericht zur Fusion von Seuzach hat mich sehr interessiert. Gerne bleibe ich in Kontakt.`, {
    to: 'Margrit Hofer',
    history: [{ to: 'Monika Zürcher', text: `Grüezi Frau Zürcher, danke für Ihr Referat an der Tagung des Gemeindeverbands in Winterthur. Ihre Zahlen zur Kinderbetreuung habe ich gleich an unseren Gemeinderat weitergeleitet.` }],
    hard: h,
  }),

  // --- invite.empty ---
  I('en', ['invite.empty'], ``, { to: 'Anna Müller' }),
  I('de', ['invite.empty'], `Hoi Jürg,`, { to: 'Jürg Bärtschi', hard: h }),
  I('en', ['invite.empty'], `   `, { to: 'Sarah Lee' }),
  I('de', ['invite.empty'], `Sehr geehrte Frau Brunner,`, { to: 'Claudia Brunner', hard: h }),
  I('en', ['invite.empty'], `👋🙂`, { to: 'Mike Davis', hard: h }),
  I('de', ['invite.empty'], `Grüezi Herr Schnyder\n\n`, { to: 'Beat Schnyder', hard: h }),
  I('en', ['invite.empty'], `Hi Tom! 👋`, { to: 'Tom Becker', hard: h }),
  I('de', ['invite.empty'], `Servus! 😊`, { to: 'Florian Mayr', hard: h }),

  // --- invite.placeholder ---
  I('en', ['invite.placeholder', 'invite.generic'], `Hi [Name], I saw your work in [industry] and would love to connect.`, { to: 'Daniel Roth' }),
  I('de', ['invite.placeholder', 'invite.generic'], `Hallo {first_name}, ich habe gesehen, dass Sie bei {{company}} arbeiten. Gerne würde ich mich mit Ihnen vernetzen.`, { to: 'Regula Frei' }),
  I('de', ['invite.placeholder'], `Sehr geehrte/r <Vorname> <Nachname>, Ihr Vortrag an der Swissbau zu zirkulärem Bauen hat mich beeindruckt. Gerne möchte ich mich mit Ihnen vernetzen.`, { to: 'Marco Bernasconi', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.placeholder'], `Hi Fatima, loved your talk at XXX last week – especially the part on supply chain resilience for generics. Let's connect!`, { to: 'Fatima Al-Sayed', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], `Hoi Kurt, merci für das Gespräch an der ___ . Ich würde mich freuen, in Kontakt zu bleiben.`, { to: 'Kurt Zbinden', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.placeholder'], `Dear %NAME%, as a fellow member of the Geneva Chamber of Commerce I'd be glad to connect.`, { to: 'Laura Bianchi', skip: ['invite.generic'], hard: h }),
  I('de', ['invite.placeholder'], `Liebe Nadia, ich habe gesehen, dass du bei [Firma] das Recruiting leitest – spannend! Lass uns vernetzen.`, { to: 'Nadia Rüegg', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.placeholder', 'invite.sales-pitch'], `Hi {{firstName}}, we help startups like {{company}} cut cloud costs by 40%. Open to a quick 15-min call this week?`, { to: 'Samuel Okafor', skip: ['invite.generic'], hard: h }),

  // --- invite.wrong-name ---
  I('en', ['invite.wrong-name'], `Hi John, great meeting you at the fintech meetup in Zurich – your points about open banking APIs were spot on. Let's stay in touch.`, { to: 'Anna Müller' }),
  I('de', ['invite.wrong-name'], `Hallo Marc, danke für den spannenden Austausch am HR Festival in Zürich über Lohntransparenz. Ich würde mich freuen, in Kontakt zu bleiben.`, { to: 'Martina Steiner', hard: h }),
  I('de', ['invite.wrong-name'], `Sehr geehrter Herr Keller, Ihr Beitrag zur Revision des Datenschutzgesetzes war für unsere Arztpraxis sehr hilfreich. Gerne würde ich mich mit Ihnen vernetzen.`, { to: 'Thomas Kellerhals', hard: h }),
  I('en', ['invite.wrong-name'], `Thanks, Laura, for the great workshop on design sprints at the Bern Product Day – I already tried the crazy 8s with my team. Happy to connect!`, { to: 'Lena Vogt', hard: h }),
  I('de', ['invite.wrong-name'], `Liebe Sabine, dein Post über Teilzeit in Führungspositionen hat bei uns im Team eine lange Diskussion ausgelöst. Danke dafür – ich würde mich freuen, wenn wir uns vernetzen.`, { to: 'Sabrina Koch', hard: h }),
  I('en', ['invite.wrong-name'], `Dear Mr. Thompson, I read your article on clinical data pipelines in the Swiss Medical Weekly and would like to connect.`, { to: 'Ayesha Khan' }),
  I('de', ['invite.wrong-name'], `Hoi Ändu, merci für d Hilf bim Umzug vom Server am Samschtig! Bis bald im Büro.`, { to: 'Reto Fässler', hard: h }),
  I('en', ['invite.wrong-name'], `Hi Karen, I enjoyed your keynote at the Geneva HR summit, especially the part about hybrid onboarding. Would love to connect. Best, Katherine`, { to: "Katherine O'Neill", from: 'Katherine Smith', hard: h }),
  I('de', ['invite.wrong-name'], `Servus Franz, danke für die Einladung zum Bauforum in Salzburg – war ein super Abend und dein Vortrag über Holzhybridbau hat mir sehr gefallen. Lg, Sepp`, { to: 'Johann Gruber', from: 'Josef Leitner', hard: h }),
  I('en', ['invite.wrong-name'], `Hello Li, your presentation at the EPFL battery day on cathode recycling was excellent. I would like to connect with you.`, { to: 'Wei Zhang', hard: h }),
  I('de', ['invite.wrong-name', 'invite.generic'], `Guten Tag Frau Meier, ich bin auf Ihr Profil gestossen und möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.`, { to: 'Ursula Keller' }),
  I('en', ['invite.wrong-name', 'invite.sales-pitch'], `Hi Peter, we help hospitals like the Kinderspital Zürich cut rostering time by 30% with our AI scheduling tool. Do you have 15 minutes next week for a quick demo?`, { to: 'Oliver Schmid', hard: h }),

  // --- invite.generic ---
  I('en', ['invite.generic'], `Hi Sarah, I came across your profile and would like to add you to my professional network.`, { to: 'Sarah Lee' }),
  I('de', ['invite.generic'], `Guten Tag Herr Gasser, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen. Freundliche Grüsse, Daniel Frei`, { to: 'Peter Gasser', from: 'Daniel Frei', hard: h }),
  I('de', ['invite.generic'], `Hoi Lea, ich bin immer auf der Suche nach spannenden Leuten und würde mich freuen, mein Netzwerk mit dir zu erweitern.`, { to: 'Lea Wyss', hard: h }),
  I('en', ['invite.generic'], `Hello Mike, I'm always looking to connect with like-minded professionals. Let's connect and grow together!`, { to: 'Michael Brown', hard: h }),
  I('en', ['invite.generic'], `Dear Hannah, I see we have many common interests. I want to enlarge my network with professionals from your field. Kind regards, Raj`, { to: 'Hannah Schulz', from: 'Raj Patel', hard: h }),
  I('de', ['invite.generic'], `Sehr geehrter Herr Mayr, Ihr Profil ist sehr interessant. Ich würde mich freuen, wenn wir uns vernetzen. Mit freundlichen Grüßen`, { to: 'Florian Mayr' }),
  I('de', ['invite.generic'], `Hoi Beat, ich würd mi freue, wenn mir eus chönnted vernetze. Liebi Grüess`, { to: 'Beat Schnyder', hard: h }),
  I('en', ['invite.generic'], `Hi Laura, your profile stood out to me. I believe we could both benefit from being connected. Looking forward to it!`, { to: 'Laura Bianchi', hard: h }),
  I('de', ['invite.generic'], `Liebe Frau Zürcher, es wäre mir eine Freude, Teil Ihres Netzwerks zu werden. Herzliche Grüsse`, { to: 'Monika Zürcher' }),
  I('en', ['invite.generic'], `Hi Jonas, I noticed we're in the same industry. Would be great to connect and share insights.`, { to: 'Jonas Lindqvist', hard: h }),
  I('de', ['invite.generic'], `Hallo Christoph, wir haben einige gemeinsame Kontakte. Lass uns doch auch vernetzen! Beste Grüsse`, { to: 'Christoph Roth', hard: h }),
  I('en', ['invite.generic'], `Hi Rachel! Let's connect 🙂`, { to: 'Rachel Green', skip: ['invite.empty'], hard: h }),
  I('de', ['invite.generic'], `Hallo Stefanie, ich erweitere gerade mein Netzwerk im Bereich Marketing und würde mich freuen, Sie darin zu haben.`, { to: 'Stefanie Graf' }),

  // --- invite.duplicate ---
  I('en', ['invite.duplicate'], fintechNote('Elena'), { to: 'Elena Rossi', history: [{ to: 'Marco Bernasconi', text: fintechNote('Marco') }], hard: h }),
  I('de', ['invite.duplicate'], healthNote('Andrea'), { to: 'Andrea Caduff', from: 'Nicole Zaugg', history: [{ to: 'Sandra Imhof', text: healthNote('Sandra') }], hard: h }),
  I('de', ['invite.duplicate', 'invite.generic'], formalNote('Herr Koller'), { to: 'Walter Koller', from: 'Daniel Frei', history: [{ to: 'Peter Gasser', text: formalNote('Herr Gasser') }] }),
  I('en', ['invite.duplicate', 'invite.sales-pitch'], demoNote('Hannah'), { to: 'Hannah Schulz', history: [{ to: 'Oliver Schmid', text: demoNote('Oliver') }] }),
  I('de', ['invite.duplicate'], apprenticeNote('Luca'), { to: 'Luca Steiner', history: [{ to: 'Luca Steiner', text: apprenticeNote('Luca') }, { to: 'Mia Rossi', text: apprenticeNote('Mia') }], hard: h }),
  I('en', ['invite.duplicate'], pythonNote('Hey Oliver'), { to: 'Oliver Schmid', history: [{ to: 'Jonas Lindqvist', text: pythonNote('Hi Jonas') }], hard: h }),

  // --- invite.sales-pitch ---
  I('en', ['invite.sales-pitch'], `Hi Anna, we're a Zurich agency helping banks double their lead conversion with AI-driven content. Would you be open to a quick call so I can show you what we did for Valiant?`, { to: 'Anna Müller', headline: 'Head of Marketing, Migros Bank' }),
  I('de', ['invite.sales-pitch'], `Guten Tag Herr Gasser, wir unterstützen Finanzabteilungen von KMU dabei, den Monatsabschluss um 50% zu beschleunigen. Hätten Sie nächste Woche 20 Minuten Zeit für eine kurze Präsentation?`, { to: 'Peter Gasser' }),
  I('de', ['invite.sales-pitch'], `Hoi Lea, dein Profil hat mich echt beeindruckt – du bist genau die Art Leaderin, mit der wir gern arbeiten. Wir haben ein Coaching-Programm für Frauen in Führung entwickelt, das schon über 200 Teilnehmerinnen weitergebracht hat. Darf ich es dir mal in 15 Minuten zeigen?`, { to: 'Lea Wyss', skip: ['invite.generic'], hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Matthias, just curious – how are you currently handling on-call scheduling at Swisscom? We've built a tool that 40+ Swiss engineering teams use to cut alert fatigue in half. Happy to show you how it works.`, { to: 'Matthias Frei', hard: h }),
  I('de', ['invite.sales-pitch'], `Guten Tag Frau Frei, als Treuhänderin kennen Sie sicher den Aufwand mit Spesenbelegen. Unsere App wird bereits von über 300 Schweizer Treuhandbüros genutzt – gerne zeige ich Ihnen in einer kurzen Demo, wie das funktioniert. Beste Grüsse, Tobias Meier`, { to: 'Regula Frei', from: 'Tobias Meier', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Robert, we're offering LinkedIn ghostwriting for CTOs at CHF 990/month, with 20% off the first 3 months if you sign up before Friday.`, { to: 'Robert Jenkins', skip: ['invite.generic'] }),
  I('de', ['invite.sales-pitch'], `Grüß Gott Herr Gruber, für Pflegeheime bieten wir derzeit unsere Dienstplan-Software zum Einführungspreis von 1.200 € pro Jahr an. Darf ich Ihnen ein Angebot schicken?`, { to: 'Johann Gruber' }),
  I('en', ['invite.sales-pitch'], `Hi Liz, I'd love your advice: we've just launched an ESG reporting platform that saves sustainability teams 200 hours a year, and I'm looking for leaders like you to try it. Could we book 20 minutes so I can walk you through it?`, { to: 'Elizabeth Carter', hard: h }),
  I('de', ['invite.sales-pitch'], `Hoi Küde, mir händ e neui Software für Schreinereie, wo d Offerte i 5 Minute macht. Hesch am Zischtig churz Ziit, denn zeig i der's?`, { to: 'Kurt Zbinden', hard: h }),
  I('en', ['invite.sales-pitch'], `Hi Samuel, congrats on the seed round! We place senior engineers with Swiss startups on a success fee of 15% instead of the usual 25%. Shall we set up a quick call about your hiring plans?`, { to: 'Samuel Okafor', hard: h }),
  I('de', ['invite.sales-pitch'], `Liebe Nadia, ich bin Finanzberaterin und helfe jungen Familien, ihre 3. Säule optimal aufzustellen – viele meiner Kundinnen sparen so über 2'000 Franken Steuern im Jahr. Wollen wir uns auf einen Kaffee treffen, damit ich dir das Konzept vorstellen kann?`, { to: 'Nadia Rüegg', hard: h }),
  I('en', ['invite.sales-pitch'], `Hey Mia! Love your vibe 😍 I'm building a team of ambitious women who want financial freedom working from their phone. Want me to send you the details?`, { to: 'Mia Rossi', skip: ['invite.generic'], hard: h }),
]);
