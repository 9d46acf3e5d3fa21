import { P, named } from './types';

const h = true;

export default named('post-dev', [
  // --- good posts ---
  P('en', [], `Our support team answered 4,200 tickets last quarter.

The most common question wasn't about bugs. It was "where do I find my invoice?"

We moved the invoice link from Settings to the dashboard. Tickets about invoices dropped by 70% in three weeks.

Sometimes the best feature is a button in the right place. What's the smallest change that had the biggest effect in your product?`),
  P('de', [], `Vor einem Jahr habe ich als Quereinsteigerin in der Buchhaltung angefangen. Vorher war ich 12 Jahre Primarlehrerin.

Was ich mitgenommen habe: Erklären können ist in der Buchhaltung Gold wert. Niemand liest gerne eine Bilanz, aber alle wollen verstehen, warum das Budget nicht reicht.

Gibt es hier noch andere Lehrpersonen, die den Wechsel gewagt haben? Was hat euch am meisten geholfen?`, { hard: h }),
  P('en', [], `Hot take: most "culture problems" are actually meeting problems.

If decisions happen in meetings nobody documents, people who weren't there feel excluded. If every meeting has 12 people, nobody feels responsible.

We cut our recurring meetings by half and wrote decisions into a shared log. Engagement scores went up 9 points.

What would you cut first?`),
  P('de', [], `Gestern hatten wir unseren ersten "Fehler-Apéro" im Team: Jede Person erzählt einen Fehler aus dem letzten Quartal und was sie daraus gelernt hat.

Ich war skeptisch. Es wurde der ehrlichste Nachmittag des Jahres. Unsere Lernende hat erzählt, wie sie eine falsche Bestellung über 400 Kilo Mehl ausgelöst hat – und wie die Bäckerei nebenan uns gerettet hat.

Macht ihr so etwas auch? Wie nennt ihr es?`, { hard: h }),
  P('en', [], `I'm excited to share something I learned the hard way this year: a promotion doesn't make you a manager.

In my first three months leading the team I kept solving problems myself, because it felt faster. Two people nearly quit because I never let them own anything.

What helped: my mentor Ana told me to count how many decisions I made in a week, and to halve it.

If you're a new manager, what's the hardest habit to drop?`, { hard: h }),
  P('de', [], `Mein Vater hat 40 Jahre lang eine Metzgerei in Appenzell geführt. Letzte Woche hat er sie an seine Lernende übergeben.

Beim Abschiedsessen hat er etwas gesagt, das ich nicht vergesse: "Ich habe nie Kunden gehabt, nur Nachbarn."

Ich arbeite heute im Key Account Management eines Konzerns und frage mich seitdem, wie viele meiner Kunden mich als Nachbarn sehen würden. Wie pflegt ihr langfristige Kundenbeziehungen?`, { hard: h }),
  P('en', [], `We tried a "no-meeting Wednesday" for six months. Honest results:

✅ Deep work went up (self-reported)
✅ Fewer context switches
❌ Thursdays became meeting hell
❌ Urgent decisions waited a day

We're keeping it, but we now protect Thursday mornings too. Has anyone found a balance that works for a team across time zones?`),
  P('de', [], `Letzten Monat haben wir in unserer Schreinerei den ersten 3D-Drucker angeschafft. Nicht für Möbel, sondern für Lehren und Vorrichtungen.

Die erste Vorrichtung hat ein Lernender im zweiten Lehrjahr entworfen. Sie spart uns pro Küche eine halbe Stunde beim Bohren der Scharniere.

Handwerk und Digitalisierung sind kein Widerspruch. Welche kleinen Digitalisierungsschritte haben sich in eurem Betrieb gelohnt?`),
  P('en', [], `Proud of our team! 🎉 We just finished migrating 1,200 municipal forms to the new e-government portal for the Canton of Vaud, two weeks ahead of schedule.

The real heroes: Léa, who wrote the validation rules, and Samir, who tested every single form with a screen reader.

Biggest lesson: involving the clerks who process the forms from day one saved us months of rework. Which public-sector projects have you seen succeed thanks to the frontline staff?`, { hard: h }),
  P('de', [], `Nach 25 Jahren in der Pflege habe ich gelernt: Die wichtigste Übergabe ist nicht die am Bett, sondern die im Kopf.

Wer sich nach der Schicht nicht bewusst verabschiedet, nimmt die Station mit nach Hause. Ich mache seit Jahren ein kleines Ritual: Auf dem Weg zum Bahnhof zähle ich drei Dinge auf, die heute gut gelaufen sind.

Welche Rituale helfen euch beim Abschalten nach der Arbeit?`, { hard: h }),
  P('en', [], `Two candidates, same skills. One sent a thank-you note after the interview that mentioned something specific we discussed. The other didn't.

Guess who got the offer?

Not because of manners. Because the note showed she had listened.

Recruiters and hiring managers: does a follow-up note still make a difference for you?`, { hard: h }),
  P('de', [], `Kleine Umfrage aus Neugier: Wie viele Tage pro Woche arbeitet ihr inzwischen im Büro?

Bei uns in der Versicherung sind es offiziell zwei, in der Realität oft einer. Mich würde interessieren, wie es in anderen Branchen aussieht.`),
  P('en', ['post.no-conversation'], `Today is my last day at Logitech after 9 years.

I arrived as a junior QA tester and I'm leaving as a product lead. None of that would have happened without Marie, who took a chance on me, and the Lausanne hardware team who taught me that a prototype is a question, not an answer.

Thank you all. I'll share what's next soon – but first, two weeks of sleep.`, { hard: h, skip: ['post.self-promotion'] }),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `I'm giving away my full cold email playbook (32 templates that booked 400+ meetings).

To get it:
1. Like this post
2. Comment "PLAYBOOK"
3. Connect with me so I can DM you

Going to delete this in 48h!`, { skip: ['post.sales-pitch'] }),
  P('de', ['post.engagement-bait'], `Welcher Typ seid ihr im Meeting? 😄

👍 = Ich schreibe alles mit
❤️ = Ich stelle die Fragen, die sich keiner traut
😂 = Ich bin gedanklich schon beim Mittagessen

Reagiert mit eurem Emoji!`),
  P('en', ['post.engagement-bait'], `If you've ever been told you're "too much" at work, this is for you.

Repost ♻️ to remind someone in your network that their energy is a gift.`),
  P('de', ['post.engagement-bait'], `Ich habe meine Vorlage für Mitarbeitergespräche komplett überarbeitet.

Wer sie haben möchte: Schreibt "VORLAGE" in die Kommentare und ich schicke sie euch per Nachricht.`),
  P('en', ['post.engagement-bait'], `Tag a colleague who always saves the day when the printer breaks 🖨️😂`),
  P('de', ['post.engagement-bait'], `Wer von euch arbeitet auch am liebsten frühmorgens, wenn noch niemand im Büro ist? ☕

Like, wenn du dich wiedererkennst!`),
  P('en', ['post.engagement-bait', 'post.no-conversation'], `Your network is your net worth.

The people you surround yourself with shape the opportunities you see, the standards you hold yourself to and the ideas you dare to try. Choose them wisely, invest in them generously, and show up for them when nobody else does.

Like and share if this resonates with you 🙌`),
  P('de', ['post.engagement-bait'], `Kommentiert mit einem 🔥, wenn ihr beim nächsten Live-Webinar dabei sein wollt, dann schicke ich euch den Link!`),
  P('en', ['post.engagement-bait'], `Agree or disagree?

"The best managers are the ones you barely notice."

👍 for agree, 👎 for disagree. Let's see what LinkedIn thinks!`),
  P('en', [], `What's one piece of advice you'd give your 25-year-old self about your career?

Mine: stop waiting until you feel ready. Nobody feels ready.

I'm collecting answers for a talk I'm giving to apprentices in Solothurn next month – I'll credit everyone I quote.`, { hard: h }),
  P('de', [], `Eine ehrliche Frage an alle, die Teilzeit in einer Führungsrolle arbeiten:

Wie kommuniziert ihr eure Abwesenheitstage gegenüber Kunden? Wir diskutieren das gerade im Team und ich höre sehr unterschiedliche Meinungen.

Ich würde mich freuen, von euren Erfahrungen zu lesen.`, { hard: h }),
  P('en', [], `I asked 50 nurses in our hospital what would make them stay another five years. The top answer was not money. It was predictable schedules.

We're now piloting fixed rotation plans on two wards. If you work in healthcare: how does your hospital handle shift planning?`, { hard: h }),
  P('de', [], `Kurze Bitte an mein Netzwerk: Wir suchen für unser Inklusionsprojekt in Basel noch zwei Betriebe, die einen Schnuppertag für Jugendliche mit Beeinträchtigung anbieten. Kennt ihr jemanden, den ich fragen darf?`, { hard: h }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `Still doing your taxes in Excel? 😩

TaxMate does it in 10 minutes. Swiss-made, all cantons supported.

🎁 Use code LINKEDIN25 for 25% off your first year. Only valid until March 31!`),
  P('de', ['post.sales-pitch'], `🚀 Neues Seminar: "Verkaufen ohne zu verkaufen" am 14. Mai in Luzern!

Nur 12 Plätze, Frühbucherpreis CHF 390.– bis Ende Monat. Sichere dir jetzt deinen Platz!`),
  P('en', ['post.sales-pitch'], `I've helped 300+ coaches build a six-figure business.

Now I'm opening 3 spots in my 1:1 mentoring program for January.

If you're ready to scale, DM me "SCALE" to book your discovery call. Spots fill up fast!`, { skip: ['post.engagement-bait'] }),
  P('de', ['post.sales-pitch'], `Unsere neue Kaffeemaschine für Büros ist da! ☕

Einführungsangebot: Die ersten 50 Firmen erhalten die Maschine für CHF 49.– pro Monat statt CHF 79.–. Jetzt Probefahrt vereinbaren … äh, Probetrinken! 😄 Link in den Kommentaren.`),
  P('en', ['post.sales-pitch'], `Black Friday deal 🖤

Our complete UX research toolkit – 60 templates, 12 video lessons, lifetime updates – is now $149 instead of $299.

Offer ends Monday. Grab yours via the link in my bio.`),
  P('de', ['post.sales-pitch'], `Du willst deine Website endlich auf Vordermann bringen? Wir erstellen dir eine professionelle Website in nur 7 Tagen – ab CHF 1'490.–! Schreib mir eine Nachricht für dein persönliches Angebot. 💻`),
  P('en', [], `After two years of work, our team launched an open-source library today for validating Swiss social security numbers and IBANs in forms.

Why we built it: every bank and insurer we worked with had written their own, with slightly different bugs.

It's MIT-licensed and has no dependencies. Issues and pull requests are welcome – what other Swiss-specific validations are missing?`, { hard: h }),
  P('de', [], `Heute haben wir unseren Jahresbericht veröffentlicht. Die wichtigsten Zahlen: Umsatz +8 %, 23 neue Lernende, und zum ersten Mal mehr als 40 % Frauen in Kaderpositionen.

Der Bericht ist diesmal kürzer und, so hoffe ich, lesbarer. Was interessiert euch an Geschäftsberichten eigentlich wirklich?`, { hard: h }),
  P('en', [], `Quick update for our customers: from 1 February, our pricing for small teams changes from CHF 12 to CHF 14 per user per month.

Why: our hosting costs in Switzerland rose by 30% this year, and we want to keep all data in Swiss data centres.

Existing annual plans keep their price until renewal. If you have questions, our support team or I are happy to help.`, { hard: h, skip: ['post.no-conversation'] }),
  P('de', ['post.hook'], `Wir haben den Preis für unser Jahresabo gesenkt – nicht aus Marketinggründen, sondern weil unsere Serverkosten dank eines neuen Rechenzentrums gesunken sind. Ab sofort kostet das Abo CHF 90 statt 120 pro Jahr, bestehende Kundinnen und Kunden erhalten die Differenz automatisch gutgeschrieben.

Transparenz bei Preisen ist uns wichtig. Wie kommuniziert ihr Preisänderungen?`, { hard: h, skip: ['post.sales-pitch'] }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion', 'post.no-conversation'], `I am delighted to share that I have been recognized as one of the "Top 100 Women in Swiss Finance" for the second year in a row!

This recognition reflects my dedication, my vision and my ability to consistently deliver results in a demanding environment. I am excited to keep raising the bar.`),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich freue mich sehr, bekannt zu geben, dass ich ab sofort Partner bei der Kanzlei Meier & Co. bin!

Nach 15 Jahren harter Arbeit, unzähligen Mandaten und meinem konsequenten Fokus auf Qualität habe ich dieses Ziel erreicht. Ich bin stolz auf meinen Weg.`),
  P('en', ['post.self-promotion', 'post.no-conversation'], `New certification unlocked 🏅 I'm now a Certified Kubernetes Administrator, my 7th cloud certification in 3 years.

I passed with 94%, studying only on weekends while working full time. Next goal: all 12 AWS certifications by the end of next year. I never stop.`),
  P('de', ['post.self-promotion'], `Ich wurde von der Handelszeitung zu einem der 50 wichtigsten Köpfe der Schweizer Immobilienbranche gekürt. 🏆 Was für eine Ehre!`),
  P('en', ['post.self-promotion'], `10,000 followers! 🎉🎉🎉

When I started posting a year ago I had 300. Now my posts regularly reach 100k+ views and I've been invited to speak at three conferences. My personal brand has never been stronger.`),
  P('de', ['post.self-promotion'], `Meine Bilanz 2025: 3 Keynotes, 2 Awards, 1 Buch und über 40 Interviews in Medien. 📈

Ich habe in diesem Jahr mehr erreicht als je zuvor und meine Ziele deutlich übertroffen. Mein Kalender für 2026 ist bereits zu 80 Prozent ausgebucht.`),
  P('en', [], `Humbled and grateful: our small team in Bern just won the Swiss Design Award for the new wayfinding system at Inselspital.

This was a two-year collaboration with nurses, patients and the hospital's facilities team, who tested every sign with us at 3 a.m. on night shifts. Thank you, all of you.

The biggest lesson for me: the best signs are tested by tired people. How do you test designs in real conditions?`, { hard: h }),
  P('de', ['post.no-conversation'], `Heute habe ich meine Weiterbildung zur Fachfrau Finanz- und Rechnungswesen abgeschlossen. 🎓

Drei Jahre berufsbegleitend, mit zwei Kindern. Ohne meinen Mann, meine Mutter als Babysitterin und meinen Chef, der mir jeden Freitagnachmittag freigegeben hat, wäre das nicht gegangen. Danke!

An alle, die eine Weiterbildung neben Familie überlegen: Fragt nach flexiblen Modellen, es lohnt sich.`, { hard: h }),
  P('en', ['post.no-conversation'], `I got promoted to Staff Engineer last week, and I want to share the three things that actually mattered, because they were not what I expected:

1. Writing design docs that other teams could use
2. Mentoring two juniors until they could lead projects without me
3. Saying "I don't know" in architecture reviews

If you're aiming for staff level, focus on multiplying others, not on being the smartest person in the room.`, { hard: h }),

  // --- post.too-personal ---
  P('en', ['post.too-personal'], `Happy 10th anniversary to my amazing wife! ❤️ Ten years, two kids, one dog and countless road trips. Dinner at our favourite Italian place tonight 🍝🍷`),
  P('de', ['post.too-personal', 'post.no-conversation', 'post.hook'], `Sonntag am Zürichsee 🌞 Mit den Kindern Glace gegessen, am Ufer gepicknickt und danach noch ein Bad im See genommen. Mein Mann hat den ganzen Nachmittag im Liegestuhl geschlafen 😄 So darf jedes Wochenende sein! Jetzt noch ein Glas Wein auf dem Balkon und dann ab ins Bett.`),
  P('en', ['post.too-personal'], `Finally got the keys to our new house!!! 🏡🔑 Cannot wait to throw a huge housewarming party for all our friends and family next weekend.`),
  P('de', ['post.too-personal'], `Unser Hund Bello ist heute 5 Jahre alt geworden 🐶🎂 Zur Feier gab es eine Wurst und einen extra langen Spaziergang mit der ganzen Familie.`),
  P('en', ['post.too-personal', 'post.no-conversation', 'post.hook'], `Greetings from Bali! 🌺 Two weeks of surfing, yoga at sunrise and the best smoothie bowls of my life. Our villa has a private pool and the staff are the kindest people ever. Honestly never want to go home. Sending love to everyone stuck in the cold back in Zurich! ❄️😎`),
  P('de', ['post.too-personal'], `Endlich! Mein neues Auto ist da 🚙 Ein Oldtimer-Käfer, Baujahr 1972, in Himmelblau. Am Samstag gibt es die erste Ausfahrt über den Klausenpass. 😍`),
  P('en', [], `Last weekend I ran my first marathon in Lausanne. Four hours, eleven minutes, and one very sore left knee.

What got me through kilometre 35 wasn't fitness. It was breaking the rest into tiny pieces: just the next water station.

That's exactly how I've started approaching big projects at work since I became a team lead – stop planning the whole race, plan the next station. How do you keep big projects from feeling overwhelming?`, { hard: h }),
  P('de', [], `Letztes Wochenende habe ich meiner Tochter das Skifahren beigebracht. Nach zwei Stunden hat sie geweint und wollte aufhören.

Dann habe ich aufgehört, Anweisungen zu geben, und bin einfach hinter ihr hergefahren. Nach 20 Minuten hat sie gelacht.

Seit ich Teamleiterin bin, erlebe ich dasselbe im Job: Je mehr ich erkläre, desto unsicherer werden neue Mitarbeitende. Wie findet ihr die Balance zwischen Anleiten und Loslassen?`, { hard: h }),
  P('en', [], `Our family restaurant in Ticino turned 50 this week. My grandparents opened it with four tables and a wood-fired oven.

Growing up in that kitchen taught me more about customer service than my MBA did: remember names, fix problems before people complain, and never let the owner sit while the team is busy.

I apply those rules as a hotel operations manager today. What did your first job teach you that no course could?`, { hard: h }),
  P('de', [], `Ich war drei Monate in Elternzeit und bin heute zurück im Büro.

Das Überraschende: Ich bin effizienter als vorher. Mit Kita-Abholzeit um 17 Uhr gibt es einfach keine Meetings mehr ohne Agenda.

Ich wünsche mir, dass mehr Väter diese Erfahrung machen können. Wie unterstützen eure Arbeitgeber Elternzeit für Väter?`, { hard: h }),

  // --- post.no-conversation ---
  P('en', ['post.no-conversation'], `Three lessons from leading a merger integration at a regional bank:

1. Communicate the boring things first. People care more about their desk and their payroll date than about the vision.
2. Keep one person accountable for each system migration, not a committee.
3. Celebrate the end of the legacy system. We held a small farewell party for the old core banking software and it helped people let go.`),
  P('de', ['post.no-conversation', 'post.hook'], `Seit drei Jahren stellen wir Lernende ein, ohne Noten anzuschauen. Stattdessen gibt es einen Schnuppertag, an dem sie ein kleines Problem aus dem Alltag lösen. Unsere Abbruchquote ist seitdem von 18 auf 4 Prozent gesunken. Nicht jede Idee lässt sich auf jede Branche übertragen, aber es lohnt sich, alte Auswahlverfahren regelmässig zu hinterfragen.`),
  P('en', ['post.no-conversation'], `We published our engineering ladder today. It describes expectations for six levels, from junior to principal, with concrete examples for each skill.

We wrote it with input from every engineer on the team, and it took four months. The biggest debate was whether to separate the management and technical tracks. We decided to keep them apart above senior level.`),
  P('de', ['post.no-conversation', 'post.hook'], `Heute vor fünf Jahren habe ich mein eigenes Grafikbüro in Schaffhausen gegründet. Angefangen habe ich am Küchentisch mit einem Laptop und einem Kunden. Heute sind wir zu viert und arbeiten für Kunden in der ganzen Ostschweiz. Das Wichtigste, was ich gelernt habe: Nein sagen zu Aufträgen, die nicht passen, ist die beste Investition.`),
  P('en', [], `This year I read 30 books about leadership. The one that changed my behaviour the most was "The Coaching Habit" by Michael Bungay Stanier.

The idea that stuck: ask "And what else?" before you offer advice. It sounds trivial. In my one-on-ones it surfaces the real issue almost every time.

Curious which book changed how you work.`, { hard: h }),
  P('de', [], `Wir haben in unserem Team eine einfache Regel eingeführt: Jede Präsentation beginnt mit der Entscheidung, die wir treffen müssen, nicht mit dem Hintergrund.

Die Meetings sind seither kürzer und die Diskussionen fokussierter. Ich bin gespannt auf eure Erfahrungen mit ähnlichen Regeln.`, { hard: h }),

  // --- post.hashtags ---
  P('en', ['post.hashtags'], `Had a great time at the Swiss Cleantech Forum – how are you preparing for the new net-zero reporting rules?

#cleantech #sustainability #netzero #climate #energy #innovation #switzerland #esg #greenfinance`),
  P('de', ['post.hashtags'], `Neuer Blogartikel: 5 Fragen, die ihr im Vorstellungsgespräch stellen solltet. Welche Frage stellt ihr immer? #Bewerbung #Karriere #Jobsuche #Vorstellungsgespräch #HR #Recruiting #Tipps`),
  P('en', ['post.hashtags'], `What do you look for first in a junior developer's portfolio?

#hiring #developers #juniordeveloper #portfolio #coding #career #tech #recruiting #webdev #javascript #python #learning`),
  P('en', [], `We're hiring two apprentices in IT for August 2026 in Winterthur! What did you wish you had known before your apprenticeship?

#apprenticeship #hiring #Winterthur`, { hard: h }),
  P('de', [], `Unser Kanton hat heute die neue Energiestrategie vorgestellt. Was bedeutet das für Hausbesitzer? Hier meine drei wichtigsten Punkte im Video. Welche Fragen habt ihr dazu?

#Energiestrategie #Heizungsersatz #Solar #Förderprogramme #Thurgau`, { hard: h }),
  P('en', [], `C# or Java for a first backend job in Zurich's banking sector? Our apprentices ask me every year. My honest answer: learn one well, then the other is a week away. What would you recommend?`, { hard: h }),

  // --- post.wall-of-text ---
  P('en', ['post.wall-of-text', 'post.hook'], `Something happened in our quarterly review that I keep thinking about: a junior analyst, barely six months into the job, pointed out that the KPI we had celebrated for three quarters was calculated on a sample that excluded every customer who had cancelled in the first month, which meant our retention numbers looked roughly fifteen points better than reality, and instead of thanking her, the first reaction in the room was defensive, with people asking whether she had checked with the data team, whether she understood the methodology, whether this was really the right forum, and it took our CFO, who had said nothing so far, to ask the only question that mattered, which was whether she was right, and she was, and we spent the rest of the meeting rebuilding the numbers on a whiteboard. I have been in management for eleven years and I think this was the most useful meeting I have ever attended. How does your organisation make it safe for juniors to challenge numbers?`),
  P('de', ['post.wall-of-text', 'post.hook'], `Ich arbeite seit bald zehn Jahren als Projektleiter im Tiefbau und erlebe immer wieder, dass die grössten Verzögerungen nicht auf der Baustelle entstehen, sondern in der Kommunikation zwischen Bauherrschaft, Planungsbüro und Unternehmer, weil jeder seine eigenen Pläne, Versionen und Fristen hat und niemand genau weiss, welche Version gerade gültig ist, was dazu führt, dass am Montagmorgen auf der Baustelle plötzlich nach einem alten Plan gearbeitet wird und eine ganze Woche Arbeit wieder zurückgebaut werden muss, was nicht nur Geld kostet, sondern auch die Motivation der Leute auf dem Platz, die zu Recht fragen, warum man ihnen nicht einfach rechtzeitig Bescheid gegeben hat, und deshalb haben wir bei unserem aktuellen Projekt in Frauenfeld eine einfache Regel eingeführt: Es gibt genau einen Ordner mit gültigen Plänen, und jede Änderung wird am Freitag um 14 Uhr für alle sichtbar freigegeben. Wie organisiert ihr die Planversionen auf euren Baustellen?`),
  P('en', ['post.wall-of-text'], `Quick context before my question.

We run a small logistics company with 40 drivers in the Zurich area, and for the past year we have been trying to move our route planning from a dispatcher with a whiteboard to software, and every tool we tested was built for parcel delivery with hundreds of stops, while our drivers make eight to twelve stops a day delivering heavy building materials to construction sites where access depends on cranes, time windows from the site manager and whether the road is blocked by another delivery, so the software kept producing routes that looked efficient on the map but were impossible in practice, and our dispatcher, who has been doing this for 22 years, ended up re-planning everything by hand anyway, which doubled his work instead of halving it.

Has anyone found route planning software that works for construction logistics?`),
  P('de', [], `Drei Gedanken zum Fachkräftemangel in der Pflege.

Erstens: Wir verlieren die Leute nicht wegen des Lohns, sondern wegen der Dienstpläne.

Zweitens: Wer Teilzeit arbeiten will, soll nicht automatisch die unbeliebtesten Schichten bekommen.

Drittens: Die Einarbeitung neuer Mitarbeitender darf nicht nebenbei passieren, sondern braucht Zeit im Plan.

Was würdet ihr ergänzen?`, { hard: h }),

  // --- post.hook ---
  P('en', ['post.hook'], `When our startup ran out of money in March and I had to tell our twelve employees that we could pay only half of their salaries for two months while we closed a bridge round, I expected at least half of them to start looking for other jobs immediately.

Nobody left.

Later one of our engineers told me why: "You told us before we had to ask." Transparency bought us the two months we needed.

Founders, how do you communicate bad news to your team?`),
  P('de', ['post.hook'], `Wenn mir jemand vor fünf Jahren gesagt hätte, dass ich als gelernter Koch einmal ein Softwareteam mit acht Entwicklerinnen und Entwicklern in einem Zürcher Start-up leiten würde, hätte ich laut gelacht und wäre zurück an den Herd gegangen.

Genau das ist passiert. Und die Küche war die beste Schule: Mise en place, klare Ansagen, und niemand verlässt den Posten, bevor der letzte Teller draussen ist.

Welcher "fremde" Beruf hat euch am meisten für euren heutigen Job beigebracht?`),
  P('en', [], `I almost didn't apply.

The job ad listed 11 requirements and I met 6. A friend told me: "They wrote a wish list, not a checklist."

I got the job. Now I'm the one writing the ads, and I keep the list short. Do you apply when you meet only half the requirements?`, { hard: h }),
  P('de', [], `Unser Lehrling hat mir heute eine Frage gestellt, die ich nicht beantworten konnte.
Warum machen wir das eigentlich so?
Ich habe nachgeforscht. Die Antwort: Weil es 2009 einmal so entschieden wurde.
Wir machen es ab nächster Woche anders. Welche "Das haben wir immer so gemacht"-Regel würdet ihr gerne abschaffen?`, { hard: h }),
]);
