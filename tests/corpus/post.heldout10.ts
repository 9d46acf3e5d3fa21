import { P, named } from './types';

// Tenth held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's phrase lists, its results or earlier splits' texts.
// Lessons from failures, apprentices and trades, hospitals, banks, pharma, public sector, NGOs, academia,
// founders, freelancers, Gen-Z, executives; Swiss German dialect and Austrian posts; personal stories that
// lead to a lesson next to private posts without one; engagement bait without the classic words; pitches
// dressed up as stories; factual launches; many hashtags; long first lines and walls of text.
const h = true;

export default named('post-heldout10', [
  // --- clean: a lesson, news or a real question, with a way into the conversation ---
  P('en', [], `We shut down our pilot with three Swiss hospitals last month.

Not because the tech failed. Because we never asked the night-shift nurses what they actually needed. We designed for the head of nursing, who works eight to five.

Lesson: the person who signs the contract is rarely the person who lives with the product.

Who do you talk to first when you start a project in a hospital?`, { hard: h }),
  P('de', [], `Vor 25 Jahren habe ich meine Lehre als Maurer in Visp begonnen.

Mein Lehrmeister sagte am ersten Tag: «Eine Mauer ist nur so gerade wie die erste Reihe.» Ich dachte, er redet von Backsteinen.

Heute führe ich ein Bauunternehmen mit 60 Leuten und merke: Er hat von Onboarding geredet. Die ersten zwei Wochen entscheiden, ob jemand bleibt.

Wie sehen die ersten zwei Wochen bei euch aus?`, { hard: h }),
  P('en', [], `My dad ran a bakery in Olten for 31 years. He never had a marketing budget.

What he had: he knew the name of every kid who came in for a Weggli on the way to school, and he remembered their parents' orders.

I now run customer success for a SaaS company with 4,000 accounts, and I still think his approach scales better than most playbooks. Know the people, remember the details.

What's the smallest habit that made your customers stay?`, { hard: h }),
  P('de', [], `Letzte Woche hat meine Tochter (7) ihren ersten Kuchen gebacken. Ohne Rezept. Er war … speziell.

Was mich beeindruckt hat: Sie hat nach dem ersten Bissen nicht geweint, sondern gefragt, was sie beim nächsten Mal anders machen soll.

Genau diese Haltung wünsche ich mir in unseren Retrospektiven im Team. Wie schafft ihr eine Fehlerkultur, in der man ehrlich fragen kann?`, { hard: h }),
  P('en', [], `Our new study on heat stress among construction workers in Ticino is out today, open access. Link in the first comment.`),
  P('de', [], `Heute geht Version 4.0 unserer Open-Source-Bibliothek für Swiss QR-Rechnungen live.

Neu: strukturierte Adressen (Pflicht ab November), verständlichere Fehlermeldungen und ein Validator für Banken.

Danke an die 14 Contributors aus der Community, besonders an Corinne für die Tests mit PostFinance.

Was fehlt euch noch? Issues sind jederzeit willkommen.`, { hard: h }),
  P('en', [], `After 9 years at UBS, Friday was my last day.

I owe a lot to Maria, who hired a junior analyst with a strange CV, and to the ops team in Schaffhausen who taught me how payments actually work.

Next month I join a small fintech in Lausanne. If you have moved from a big bank to a startup: what surprised you most?`, { hard: h }),
  P('de', [], `Frage an alle HR-Leute in der Schweiz: Wie geht ihr mit Bewerbungen um, die offensichtlich mit ChatGPT geschrieben sind?

Aussortieren, ignorieren oder ist das für euch gar kein Thema?`),
  P('de', [], `Hüt isch min letschte Tag als Lernendi bi de Migros Aare gsi.

Drü Jahr, wo mir mega vill gä händ. Merci a mis Team in Schönbühl, vor allem a d Jasmin, wo immer Geduld gha het mit mir.

Jetzt gaht's wiiter mit de BMS. Was händ ihr nach de Lehr gmacht?`, { hard: h }),
  P('en', [], `Three things I learned from moving our public library's catalogue to open source software:

1. Librarians are better testers than any QA team I've worked with.
2. Migration is 20% data and 80% habits.
3. Nobody reads the manual, so the first screen matters most.

What would you add from your own migrations?

#OpenSource #Libraries #PublicSector #Migration #DigitalTransformation`, { hard: h }),
  P('de', [], `Unsere Gemeinde hat diesen Sommer die Bauabnahmen komplett digitalisiert. Das Ergebnis nach drei Monaten: 40 Prozent weniger Papier, aber nicht weniger Arbeit.

Der Grund: Die Baumeister schicken uns die Pläne jetzt zwar digital, aber in zwölf verschiedenen Formaten.

Wie habt ihr das in euren Gemeinden gelöst?

#Verwaltung #Digitalisierung #Gemeinde #Bauwesen #eGovernment`, { hard: h }),
  P('en', [], `I've been a hospital pharmacist in Geneva for 14 years. Here is what changed the most in that time.

In 2012 we spent most of our day checking prescriptions by hand. Every morning started with a stack of paper orders from the wards, and we would call doctors about doses that looked wrong, often waiting twenty minutes for a call back.

Today the electronic system catches most of the obvious errors before we even see them. That sounds like less work, but it isn't. The errors that reach us now are the subtle ones: interactions between five or six drugs in elderly patients, doses that are technically within range but wrong for this kidney function.

So the job moved from checking to thinking. I think that is a good thing, but our training hasn't caught up.

Pharmacists and doctors here: how do you train young colleagues for the subtle cases?`, { hard: h }),
  P('de', [], `Seit einem Jahr arbeiten wir in unserer Schreinerei mit einer Vier-Tage-Woche.

Die Idee kam nicht von mir, sondern von unserem Lernenden im dritten Jahr. Er hat mir vorgerechnet, wie viel Zeit wir freitags mit Aufräumen und halbfertigen Aufträgen verlieren. Ich habe ihn ausgelacht und dann nachgerechnet.

Heute arbeiten wir Montag bis Donnerstag je neun Stunden. Die Kundschaft hat sich nach zwei Wochen daran gewöhnt, Notfälle decken wir mit einem Pikettdienst ab, der im Team rotiert.

Was sich verändert hat: weniger Krankheitstage, zwei Bewerbungen auf jede offene Stelle statt null, und ein Team, das am Montag ausgeruht ist.

Was nicht funktioniert hat: die Montage bei Kunden, die nur freitags Zeit haben. Da sind wir noch nicht weiter.

Hat jemand aus dem Handwerk Erfahrung damit? Ich bin froh um jeden Tipp.`, { hard: h }),
  P('en', [], `What's one tool you couldn't run your small business without? For me (bike repair shop in Winterthur) it's our online booking calendar. Curious what others rely on.`, { hard: h }),
  P('de', [], `Wir haben in der Personalabteilung der Stadt St. Gallen die Probezeitgespräche umgestellt.

Nicht mehr die Vorgesetzten fragen, wie es läuft, sondern die Neuen erzählen zuerst, was sie irritiert hat.

Das Ergebnis ist ehrlicher als jede Umfrage. Wie handhabt ihr das? Schreibt es gern in die Kommentare.`, { hard: h }),
  P('en', [], `This weekend 42 volunteers from Caritas Zurich repaired 180 bikes for refugee families.

Huge thanks to Velo Oerlikon for the spare parts and to Mariam and Kofi for organising everything.

If your company wants to join the next repair day in March, how should we reach you best?`),
  P('de', [], `In der Pflege reden wir viel über Fachkräftemangel und wenig über Dienstpläne.

Bei uns im Pflegeheim in Linz haben wir die Pflegekräfte ihre Dienste selbst tauschen lassen, per App, ohne Genehmigung der Stationsleitung. Die Zahl der kurzfristigen Krankmeldungen ist in einem halben Jahr um ein Drittel gesunken.

Habt ihr in euren Häusern ähnliche Erfahrungen gemacht?`, { hard: h }),
  P('en', [], `Our paper on microplastics in Lake Geneva sediments is finally out in Environmental Science & Technology.

It took four years, three boats and a lot of patience from the team at EPFL and the Université de Genève. Special thanks to Aurélie, who counted particles for eight months straight.

The surprising part: concentrations were highest near sailing harbours, not near wastewater plants. Anyone working on harbour sediments elsewhere? I'd love to compare notes.`, { hard: h }),
  P('de', [], `Eine Kundin hat gestern in unserer Filiale in Frauenfeld 20 Minuten auf eine Auskunft zur Hypothek gewartet.

Sie war nicht verärgert, weil es lange ging, sondern weil niemand ihr gesagt hat, wie lange.

Seither sage ich meinem Team: Eine ehrliche Zeitangabe ist Kundenservice.

Was sind eure kleinen Regeln, die einen grossen Unterschied machen?`, { hard: h }),
  P('en', [], `first job lessons after 6 months (I'm 22, junior dev in Bern):

- asking "dumb" questions in week one is free, in month six it's expensive
- nobody remembers your mistakes as much as you do
- the senior who reviews your PRs slowly is usually the one who cares most

what would you tell your 22 year old self?`, { hard: h }),
  P('en', [], `Today we told 60 colleagues that their roles will end in March.

There is no good way to write this post. What I can say: every person affected gets six months of outplacement support, and our HR team will personally introduce them to the companies in our network who are hiring.

If your company is hiring in logistics or customer service in the Basel area, would you let me know in the comments or by message?`, { hard: h }),
  P('de', [], `Wir suchen eine Polymechanikerin oder einen Polymechaniker für unsere Werkstatt in Burgdorf, 80–100 %.

Was uns wichtig ist: Freude an kleinen Serien, an der Arbeit mit Lernenden und an gutem Kaffee.

Kennt ihr jemanden, der passen könnte?`, { hard: h }),
  P('en', [], `Next Thursday we host a free evening on cyber security for SMEs at Impact Hub Bern. Three short talks, no sales pitches, lots of apéro. Registration link in the comments.

Which topic should we definitely cover?`, { hard: h }),
  P('de', [], `Heute vor 10 Jahren habe ich meine Physiotherapie-Praxis in Chur eröffnet. Danke an mein Team und an alle Patientinnen und Patienten, die uns seither vertrauen!`, { hard: h }),
  P('en', [], `A year ago I was diagnosed with breast cancer. Last Monday I went back to work full-time.

I'm not sharing this for sympathy. I'm sharing it because of my manager, who did one thing right: she asked me what I wanted colleagues to know, and then she told them exactly that, no more.

Managers reading this: have you had to handle a long illness in your team? What helped?`, { hard: h }),
  P('de', [], `Ich widerspreche dem Hype um die Vier-Tage-Woche.

Nicht weil sie schlecht ist, sondern weil sie in einem Spital mit Schichtbetrieb schlicht nicht dasselbe bedeutet wie in einer Agentur.

Wer in der Pflege arbeitet: Was würde euch mehr helfen als ein freier Freitag?`, { hard: h }),
  P('en', [], `I raised my day rate from CHF 900 to CHF 1,200 this year and lost exactly one client.

The lesson wasn't about pricing. It was that I had been afraid of a conversation for three years, and the conversation took ten minutes.

Fellow freelancers: when did you last raise your rates, and how did you tell your clients?`, { hard: h }),
  P('de', [], `Rabattschlachten im Detailhandel: Was bringen die ständigen 20-Prozent-Aktionen eigentlich?

Unsere Auswertung von 3'000 Kassenbons aus der Region Bern zeigt: Die Leute kaufen in der Aktionswoche mehr und in den zwei Wochen danach entsprechend weniger.

Sieht das jemand aus dem Handel anders?`, { hard: h }),
  P('en', [], `We removed the "Book a demo" button from our website for three months.

Inbound leads dropped by 10%. Qualified leads went up by 35%, because people read the pricing page and the case studies first.

Has anyone else tested something similar? I'm curious whether it holds for bigger companies.`, { hard: h }),
  P('de', [], `Mich nerven Posts mit «Kommentiere JA, dann schicke ich dir das PDF». Warum funktionieren die trotzdem so gut? Ehrliche Frage an die Marketing-Leute hier.`, { hard: h }),
  P('en', [], `Unpopular opinion: "tag 3 people who need to hear this" posts are ruining LinkedIn for me. Does anyone still engage with those?`, { hard: h }),
  P('en', [], `Quick poll without the poll feature: office, hybrid or fully remote for your next job? And why?`),
  P('de', [], `Für meine Bachelorarbeit an der ZHAW suche ich Interviewpartnerinnen und -partner aus der Logistik, die Erfahrungen mit Elektro-Lastwagen haben.

Wer hätte im Januar 30 Minuten Zeit?`),
  P('de', [], `Zulassung erhalten – nach sieben Jahren Entwicklung.

Was ich aus diesem Projekt mitnehme: Die wichtigsten Gespräche mit Swissmedic fanden nicht am Ende statt, sondern ganz am Anfang, als wir noch gar nichts einzureichen hatten. Danke an das Regulatory-Team in Basel und an unsere Partner im Inselspital.

Wann sucht ihr bei Zulassungen das erste Gespräch mit der Behörde?`, { hard: h }),
  P('en', [], `Congratulations to our apprentices Lara, Yusuf and Noah on passing their final exams! Proud to have trained you.`),
  P('de', [], `Morgen ab 9 Uhr ist unser Bürgerbüro wegen einer Systemumstellung bis Mittag geschlossen. Dringende Anliegen bitte telefonisch.`),
  P('en', [], `Advice for anyone applying for jobs in Switzerland from abroad, from a recruiter who reads 200 CVs a week:

Put your permit status on the first page. Not because it decides everything, but because it's the first question every hiring manager asks and you save them an email.

Anything else you wish candidates knew? Add it below.`, { hard: h }),
  P('en', [], `Spent my first week as a nurse on a night shift in the ER of the Kantonsspital Baden. Thoughts welcome from anyone who remembers their first nights: what kept you going at 4am?`),
  P('de', [], `Gestern hat mich ein Lernender gefragt, warum wir in der Buchhaltung immer noch mit Excel arbeiten, obwohl wir ein ERP haben.

Ich hatte keine gute Antwort. Also haben wir uns zu zweit hingesetzt und drei Excel-Listen gefunden, die niemand mehr braucht.

Wer mag, darf gerne erzählen, welche Altlasten bei euch noch herumliegen.`, { hard: h }),
  P('en', [], `We released version 2 of our hospital bed-planning tool today.

What's new: forecasts per ward, an export for the cantonal reporting, and a much faster start page. The team at Kantonsspital Luzern tested it for six weeks and found 40 bugs, thank you!

Release notes are on our website. Which feature should we work on next?`, { hard: h }),
  P('de', [], `Mein Vater war Lastwagenchauffeur, meine Mutter Putzfrau.

Ich bin die Erste in der Familie mit einem Uni-Abschluss, und heute habe ich meine erste Vorlesung als Dozentin an der Uni Freiburg gehalten.

Danke an meine Eltern und an meine Doktormutter Prof. Brigitte Aebischer, die mir mehr zugetraut hat als ich mir selbst.

Wer war für euch diese Person?`, { hard: h }),

  P('en', [], `As CEO of a 400-person medtech company I get asked a lot what the hardest part of scaling from 50 to 400 people was.

My honest answer is always the same, even though it disappoints people who expect something about fundraising, regulatory approval or international expansion.

It was learning to stop being the person who knows everything.

Leaders who went through the same: when did you notice it?`, { hard: h }),
  P('de', [], `In unserem Verein für Menschen mit Beeinträchtigung im Kanton Aargau suchten wir neue Freiwillige.

Zwei Jahre lang haben wir es über Social Media, Plakate, Flyer und Inserate in der Lokalzeitung versucht, und am Ende kamen die meisten über eine ganz andere Tür.

Über die Pensionierungsapéros der grossen Arbeitgeber in der Region.

Wo findet ihr eure Freiwilligen?`, { hard: h }),
  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `I've put together my 47-page guide to salary negotiation in Switzerland.

Want it for free? Comment "SALARY" below and I'll send it to you.

♻️ Repost to help your network.`),
  P('de', ['post.engagement-bait'], `Ich habe eine Checkliste für die Steuererklärung als Selbständige erstellt. Schreib «CHECK» in die Kommentare und ich schicke sie dir per Nachricht. 👇`),
  P('en', ['post.engagement-bait'], `Drop a 🔥 below if you've ever had a manager who made you better. Let's see how many of us were lucky.`, { hard: h }),
  P('de', ['post.engagement-bait'], `Daumen hoch, wenn du auch findest, dass Sitzungen nach 16 Uhr verboten gehören! 👍`, { hard: h }),
  P('en', ['post.engagement-bait'], `Who's the best mentor you ever had? Tag them below so they know 👇`, { hard: h }),
  P('de', ['post.engagement-bait'], `Kennsch öpper, wo das unbedingt mal muess läse? Markier ne grad i de Kommentär! 😅`, { hard: h }),
  P('en', ['post.engagement-bait'], `Our little bakery in Thun needs your help: please share this post so the algorithm shows us to more people! Every repost counts 🙏`, { hard: h }),
  P('de', ['post.engagement-bait'], `Gefällt dir dieser Beitrag? Dann lass ein Like da und folge mir für mehr Tipps rund um die Lohnverhandlung! 🔔`),
  P('de', ['post.engagement-bait'], `1 Reaktion = 1 Baum 🌳 Unser Team pflanzt für jede Reaktion auf diesen Beitrag einen Baum im Emmental.`, { hard: h }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `🚀 Only 5 spots left in my LinkedIn Growth Masterclass! Early bird price CHF 290 instead of CHF 490 – offer ends Sunday. DM me "GROW" to get your spot.`, { skip: ['post.engagement-bait'] }),
  P('de', ['post.sales-pitch'], `Nur noch heute: 30 % Rabatt auf alle Firmenfitness-Abos für KMU im Kanton Zürich. Jetzt Termin buchen über den Link im Kommentar!`),
  P('en', ['post.sales-pitch'], `Most Swiss SMEs overpay for IT support by 30%.

We've helped 120+ companies in Zug and Lucerne fix that, usually within 60 days.

Let me show you how in a free 20-minute audit. Just send me a message and I'll book you in.`, { hard: h, skip: ['post.no-conversation', 'post.self-promotion'] }),
  P('de', ['post.sales-pitch'], `Letzte Woche rief mich ein verzweifelter Bäckermeister aus Olten an. Seine Energiekosten hatten sich verdoppelt.

Nach unserer Analyse spart er jetzt 18'000 Franken im Jahr.

Sie wollen wissen, wie viel Ihr Betrieb sparen kann? Buchen Sie jetzt Ihren kostenlosen Energie-Check – im Dezember sind nur noch 10 Termine frei.`, { hard: h }),
  P('en', ['post.sales-pitch'], `Black Friday deal for HR teams: our onboarding software at 40% off, this week only. Book a demo now and lock in the price for 2 years. 👉 Link in the comments.`),
  P('de', ['post.sales-pitch'], `Jetzt zugreifen: Unser Seminar «Führen ohne Hierarchie» in Wien um nur 390 € statt 590 €. Anmeldung bis Freitag!`),
  P('en', ['post.sales-pitch'], `3 things I learned coaching 200 founders:

1. Your pitch deck is too long.
2. Your numbers are too optimistic.
3. You talk to investors too late.

Want my help fixing all three? My 1:1 founder coaching package (CHF 1,500 for 4 sessions) opens again in January. DM me to get the early-access link.`, { hard: h }),
  P('de', ['post.sales-pitch'], `Mir händ no 3 Plätz frei im Grundkurs Buechhaltig für Handwerker im Januar – für 450 Stutz inkl. Zmittag. Meld di jetzt a, bevor's z spat isch!`, { hard: h }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion'], `I'm thrilled to announce that I have been named one of the Top 50 Women in Swiss Tech 2026.

This recognition is the result of years of hard work, and I'm incredibly proud of what I've achieved.`, { skip: ['post.no-conversation'] }),
  P('de', ['post.self-promotion'], `Ich freue mich sehr, mitteilen zu dürfen, dass ich ab sofort als Chief Strategy Officer tätig bin. Ein weiterer Meilenstein in meiner Karriere, auf den ich sehr stolz bin. 🚀`),
  P('en', ['post.self-promotion'], `Humbled to have been invited to speak at Davos again this year. My third WEF panel. I still remember when I was the one taking notes in the back row. Grateful for this journey.`, { hard: h, skip: ['post.no-conversation'] }),
  P('de', ['post.self-promotion'], `Wieder einmal: Mein Buch «Führung neu denken» steht auf Platz 1 der Schweizer Bestsellerliste.

Ich bin selbst überrascht, wie viele Menschen meine Gedanken inspirieren. Ich, die ehemalige Verkäuferin aus Sargans, heute Bestsellerautorin.`, { hard: h, skip: ['post.no-conversation'] }),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Proud to share that I passed my CFA Level III exam on the first attempt.

Four years, more than 900 hours of study and countless weekends at my desk.

I set myself a goal in 2022 and I achieved it, all while working full-time at Julius Bär. I don't say this often, but I'm proud of myself.`),
  P('de', ['post.self-promotion'], `Geschafft! Ich habe meine Berufsprüfung als Elektroinstallateurin mit der besten Note meines Jahrgangs abgeschlossen.

Als einzige Frau in der Klasse. Das habe ich mir selbst bewiesen. 💪`, { hard: h }),
  P('de', ['post.self-promotion'], `Ich darf verkünden: Ich wurde zum «Berater des Jahres 2026» in Oberösterreich gekürt! Meine Arbeit wird gesehen, und das macht mich unglaublich stolz. #Auszeichnung #Stolz #Erfolg`),

  // --- post.too-personal ---
  P('en', ['post.too-personal'], `Sunset dinner in Positano with my amazing wife 🌅🍝 20 years married today and still laughing at the same jokes. Best holiday ever!`),
  P('de', ['post.too-personal'], `Endlich Ferien! Zwei Wochen Sardinien mit der ganzen Familie, Strand, Glace und kein Laptop. 🏖️`),
  P('en', ['post.too-personal', 'post.no-conversation'], `Picked up my new Tesla Model Y today! 🚗⚡

Midnight silver, 20-inch wheels, and the kids already fought over who gets to sit in front. We drove straight up to the Uetliberg to celebrate with ice cream and then took the long way home along the lake. Life is good!`, { hard: h }),
  P('de', ['post.too-personal'], `Hüt hämmer de 80. Geburi vo mim Grossvatter gfiiret, im Rössli in Appezell. Di ganz Familie isch cho, sogar min Cousin us Kanada. Schöö isch's gsi! ❤️`, { hard: h }),
  P('en', ['post.too-personal'], `Saturday mood: hiking the Lauberhorn trail, fondue at the top, zero emails. 🏔️🧀`),
  P('de', ['post.too-personal'], `Unser Sohn hat heute seine ersten Schritte gemacht! 👶 Wir sind so stolz. Das Wochenende war einfach perfekt.`, { hard: h }),
  P('en', ['post.too-personal', 'post.no-conversation'], `We got married on Saturday! 💍

After eleven years together, two apartments, one very stubborn cat and a proposal on the Rigi that went completely wrong because of the fog, Luca and I finally said yes in a tiny chapel above Lake Lucerne. My sister gave the speech of the century, my dad cried before the ceremony even started, and we danced until three in the morning.

Still on cloud nine.`, { hard: h }),
  P('de', ['post.too-personal'], `Wochenende am Wörthersee mit den Mädels 🥂☀️ Aperol, Sonne und ganz viel Lachen. So muss das sein!`),

  // --- post.no-conversation ---
  P('en', ['post.no-conversation'], `The biggest mistake I see in SME cyber security is not a missing firewall.

It's a shared admin password that three former employees still know. We audited 40 companies in Central Switzerland this year and found this in more than half of them.

Change your passwords when people leave.`, { hard: h }),
  P('de', ['post.no-conversation'], `In unserer Gemeindeverwaltung haben wir gelernt, dass ein neues Online-Formular nur dann genutzt wird, wenn es kürzer ist als der Gang an den Schalter.

Unser erstes Formular für die Hundeanmeldung hatte 23 Felder. Das neue hat sieben, und inzwischen kommen drei von vier Anmeldungen online.`, { hard: h }),
  P('en', ['post.no-conversation'], `Thank you to everyone who came to the Swiss Nursing Research Day in Lausanne.

Over 300 participants, 42 posters and a keynote by Prof. Anne-Marie Dubois that I will think about for a long time. Special thanks to the student volunteers who made it run so smoothly. See you next year.`),
  P('de', ['post.no-conversation'], `Nach zwölf Jahren bei der Zürcher Kantonalbank beginnt für mich im Januar ein neues Kapitel bei der Glarner Kantonalbank.

Ich danke meinem Team im Firmenkundengeschäft für die gemeinsame Zeit, das Vertrauen und die vielen Lachanfälle in der Kaffeeküche. Ihr werdet mir fehlen.`, { hard: h }),
  P('de', ['post.no-conversation'], `Mir händ i de letschte drü Mönet bi eus i de Chäsi z Gstaad ali Abläuf überarbeitet.

Jetzt wüssed mir zum erschte Mal, wie vill Milch pro Tag würkli verarbeitet wird und wie vill Chäs am Schluss im Chäller lit. Das het eus meh brocht als jedi nöi Maschine.`, { hard: h }),
  // --- post.hashtags ---
  P('en', ['post.hashtags'], `We just finished our first year as a B Corp in Geneva. The hardest part was not the paperwork but measuring our suppliers. What was the hardest part for you?

#BCorp #Sustainability #Geneva #SwissBusiness #ESG #Impact #Leadership #Purpose`),
  P('de', ['post.hashtags'], `Heute war Zukunftstag bei uns in der Werkstatt: 14 Kinder haben Vogelhäuschen gebaut und niemand hat sich verletzt. Welche Berufe habt ihr am Zukunftstag kennengelernt?

#Zukunftstag #Handwerk #Schreinerei #Lehrstellen #Berufswahl #Ausbildung #Nachwuchs #KMU #Schweiz #Bern #Kinder #Zukunft`, { hard: h }),
  P('en', ['post.hashtags'], `Working on #AI for #radiology at #USZ taught me that #trust matters more than #accuracy.

Our #doctors only use tools they understand. How do you build trust in your #MedTech products?`, { hard: h }),
  P('de', ['post.hashtags'], `Was ist euer bester Tipp für die erste Woche in einer neuen Stelle?

#Karriere #Jobwechsel #Onboarding #Arbeitswelt #NewWork #Tipps`, { hard: h }),
  P('en', ['post.hashtags'], `ok so i finally got my first internship offer 😭

thank u to everyone at the HSG career center who looked at my cv 5 times.

anyone else starting in jan?? #internship #firstjob #genz #student #stgallen #career #blessed #grateful #newbeginnings #hsg`, { hard: h }),
  P('de', ['post.hashtags'], `Wie händ ihr s Thema Nachfolg i eurem Familiebetrieb glöst?

#Nachfolge #Familienunternehmen #KMU #Schweiz #Unternehmertum #Landwirtschaft #Zukunft`, { hard: h }),

  // --- post.wall-of-text (no break at all, so the first line is long too) ---
  P('en', ['post.wall-of-text', 'post.hook'], `When I started as a project lead in a cantonal IT department I thought the biggest challenge would be the technology, but it turned out to be something completely different, namely the fact that every decision needed the agreement of at least four offices that did not talk to each other, each with its own budget cycle, its own priorities and its own idea of what a successful project looks like, and so the first six months of my job were spent in meetings where we discussed who should be invited to the next meeting, which sounds like a joke but is exactly what happened, until one of the older colleagues from the finance office suggested that we simply write down on one page what each office needed from the project and pin it to the wall, and that single page did more for the project than all the steering committees together. What helped you to align many stakeholders?`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Als ich vor drei Jahren die Leitung der Notfallstation in unserem Regionalspital übernommen habe, dachte ich, das grösste Problem seien die Wartezeiten, weil sich darüber alle beschweren, die Patientinnen, die Angehörigen, die Hausärzte und natürlich auch die Zeitung, aber nach ein paar Wochen habe ich gemerkt, dass die Wartezeiten nur ein Symptom sind und das eigentliche Problem die Übergaben zwischen den Schichten sind, bei denen jedes Mal Informationen verloren gehen, weil jede Pflegefachperson und jeder Assistenzarzt eine eigene Art hat, die Fälle zu beschreiben, und deshalb haben wir eine ganz einfache Übergabe mit fünf festen Punkten eingeführt, die auf eine Karte passt, und seither sind die Wartezeiten um fast zwanzig Minuten kürzer geworden, ohne dass wir eine einzige zusätzliche Stelle geschaffen hätten. Wie organisiert ihr die Übergaben bei euch?`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Last week our team finally completed the migration of the core banking system for our private bank clients, a project that started back in 2023 and went through two vendors, three project managers and more steering committee meetings than anyone wants to count, and I want to use this moment to reflect on what actually made the difference in the last twelve months, because it was not a new methodology or a new tool but simply the decision to put the people who answer the phones in the client service centre into the same room as the developers for two days every sprint, which meant that every feature was tested by somebody who knew exactly what clients complain about, and that changed the whole tone of the project from defending deadlines to solving real problems for real people in a way that I have never experienced before in twenty years of banking IT.`),
  P('de', ['post.wall-of-text', 'post.hook', 'post.self-promotion', 'post.no-conversation'], `Ich blicke auf ein unglaubliches Jahr zurück, in dem ich meinen Umsatz als selbständige Beraterin verdoppelt habe, zum ersten Mal an einer internationalen Konferenz in Berlin als Keynote-Speakerin auf der Bühne stand, mein zweites Buch veröffentlicht habe, das sich in den ersten drei Monaten über fünftausend Mal verkauft hat, und zudem vom Magazin Bilanz unter die hundert einflussreichsten Köpfe der Schweizer Wirtschaft gewählt wurde, was mich ehrlich gesagt selbst überrascht hat, weil ich vor fünf Jahren noch als Sachbearbeiterin in einer Versicherung gearbeitet habe und niemand, nicht einmal ich selbst, mir diesen Weg zugetraut hätte, aber ich habe an mich geglaubt, jeden Morgen um fünf Uhr an meinen Zielen gearbeitet und nie aufgegeben, und genau das hat mich an diesen Punkt gebracht, auf den ich heute sehr stolz bin.`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Servus miteinander, nach zwanzig Jahren als Tischlermeister in der Steiermark möchte ich heute etwas ansprechen, das mich schon lange beschäftigt, nämlich die Frage, warum so wenige junge Leute eine Lehre im Handwerk beginnen, obwohl die Verdienstmöglichkeiten nach der Meisterprüfung oft besser sind als nach einem Studium, und ich glaube, es liegt nicht an den Jugendlichen, sondern an uns Betrieben, weil wir uns in den Schulen kaum zeigen, weil unsere Websites aussehen wie vor fünfzehn Jahren und weil wir bei Schnuppertagen die Jugendlichen oft nur zusehen lassen, statt ihnen ein Werkstück in die Hand zu geben, das sie am Abend stolz nach Hause tragen können, und deshalb haben wir heuer jeden Schnuppertag so gestaltet, dass am Ende ein kleines Schneidbrett aus Nussholz entsteht, mit dem Ergebnis, dass wir drei neue Lehrlinge haben. Wie macht ihr das in euren Betrieben?`, { hard: h }),

  // --- post.hook (long first line, paragraphs below) ---
  P('en', ['post.hook'], `After fifteen years in pharmaceutical quality assurance, working across sites in Basel, Visp and Singapore, auditing suppliers on three continents and writing more deviation reports than I could ever count, I have come to believe that most quality problems are not technical problems at all.

They are communication problems between shifts, sites and departments.

What's the most common root cause you see in your audits?`, { hard: h }),
  P('de', ['post.hook'], `Heute vor genau einem Jahr habe ich meine Stelle als Primarlehrerin in Winterthur gekündigt, um mich als Lerncoach für Kinder mit Legasthenie selbständig zu machen, und ich habe in diesen zwölf Monaten mehr über Unterricht gelernt als in den zehn Jahren davor im Schulzimmer.

Das Wichtigste: Kinder lernen nicht schneller, wenn man mehr erklärt, sondern wenn man länger zuhört.

Welche Erfahrungen habt ihr mit Lerncoaching gemacht?`, { hard: h }),
  P('en', ['post.hook'], `I was sitting in a steering committee meeting last Tuesday when our CFO, who had been silent for forty minutes while we argued about the colour of the dashboard, suddenly asked the one question nobody in the room could answer, and it completely changed how I think about project reporting…

His question: "Which decision will this dashboard help me make?"

How do you make sure your reports lead to decisions?`, { hard: h }),
  P('de', ['post.hook'], `I ha lang überleit, öb ich das do söll schriibe, aber nach zwänzg Johr i de Spitex im Oberaargau und unzählige Gspröch mit Angehörige, wo am Limit sind, mues ich eifach mal säge, dass mir viel z wenig über d Betreuig vo de Betreuende redet.

Es git so vill Angebot, aber niemer weiss devo.

Wie informiered ihr Angehörigi i eurer Region?`, { hard: h }),
]);
