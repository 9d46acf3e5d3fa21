import { P, named } from './types';

const h = true;

export default named('post-heldout', [
  // --- good posts (expect nothing) ---
  P('en', [], `Three years ago I shipped a feature nobody used.

I had interviewed 12 customers. All of them said they wanted it. None of them opened it twice.

What I missed: I asked what they wanted, not what they did last Tuesday.

Now every discovery call starts with "walk me through the last time you…".

What's the one interview question that changed how you build products?`),
  P('de', [], `Letzte Woche hat mir eine Lernende gezeigt, wie sie unsere Lagerliste mit einer einfachen Tabelle halbiert hat.

Kein Projekt, kein Budget, keine Präsentation. Sie hat einfach gefragt, warum wir drei Spalten doppelt führen.

Mein Learning: Die besten Verbesserungen kommen oft von den Leuten, die am wenigsten Titel haben.

Wie holt ihr die Ideen eurer Lernenden ab?`, { hard: h }),
  P('en', [], `My daughter asked me at dinner why I "talk to a computer all day".

I tried to explain what a product manager does and failed completely. So I said: I help people who build things agree on what to build first.

She nodded and said "so you're the one who decides who goes first on the slide". Honestly? Not wrong.

If you had to explain your job to a seven-year-old, what would you say?`, { hard: h }),
  P('de', [], `Heute vor 10 Jahren habe ich meine Lehre als Polymechaniker abgeschlossen.

Was ich damals nicht wusste: Dass mir die Geduld an der Fräsmaschine heute als Projektleiter mehr hilft als jedes Zertifikat.

Danke an meinen Lehrmeister Ruedi, der mir beigebracht hat, zuerst zu messen und dann zu schneiden – auch bei Entscheidungen.

Welche Fähigkeit aus eurer Ausbildung nutzt ihr heute noch jeden Tag?`, { hard: h }),
  P('en', [], `We just released version 2.0 of our open-source accessibility checker.

What's new:
• checks for color contrast in dark mode
• a CLI for CI pipelines
• German and French rule explanations

Thanks to the 31 contributors who made this happen, especially the students from EPFL who wrote the contrast engine.

Release notes and source are on GitHub. Would love to hear what rules you'd want next.`, { hard: h }),
  P('de', [], `Kurze Frage an alle HR-Leute in der Schweiz:

Wie geht ihr mit Lohnbändern in Stelleninseraten um? Wir überlegen, ab nächstem Jahr in allen Inseraten eine Spanne anzugeben, und ich höre sehr unterschiedliche Erfahrungen.

Freue mich über eure Sicht, gerne auch kritisch.`),
  P('en', [], `Last month I failed my AWS Solutions Architect exam by 18 points.

I'm sharing this because I only ever see the passes on here.

What went wrong: I studied the services, not the trade-offs. Most questions asked "which is cheapest while still meeting X", and I had memorised features.

Retaking it in January with a different approach: one real architecture decision a day, written down with the reasons.

Anyone else who had to retake a cert – what changed the second time?`, { hard: h }),
  P('de', [], `Unser Team hat dieses Jahr die Vier-Tage-Woche getestet. Ein paar ehrliche Zahlen:

– Krankheitstage: minus 30 %
– Kundenzufriedenheit: unverändert
– Meetings: von 11 auf 6 Stunden pro Woche

Was nicht funktioniert hat: Der Support am Freitag. Da haben wir nach zwei Monaten auf ein Rotationsmodell umgestellt.

Hat jemand von euch Erfahrungen mit Support-Rotationen in kleinen Teams?`),
  P('en', [], `Grateful for an amazing first year at Helvetia 🙏

I joined as a career changer from nursing, and I had no idea what an actuary even does. Huge thanks to Martina and Jakob, who patiently answered my questions every single week, and to the whole pricing team for letting me make mistakes.

To anyone considering a switch into insurance from healthcare: happy to chat, just message me.`, { hard: h }),
  P('de', [], `Im Sommer war ich zwei Wochen mit dem Velo im Tessin unterwegs. Ohne Laptop, ohne Mails.

Das Spannende kam danach: Mein Team hatte in der Zeit zwei Entscheide gefällt, die ich anders getroffen hätte – und beide waren besser.

Seitdem frage ich mich bei jeder Rückfrage, ob sie mich wirklich braucht. Delegieren heisst auch: aushalten, dass es ohne mich geht.

Wie schafft ihr es, im Urlaub wirklich abzuschalten?`, { hard: h }),
  P('en', [], `A small thing that made our standups 10 minutes shorter:

We stopped going person by person and started going ticket by ticket, right to left on the board.

The question is no longer "what did you do yesterday" but "what's blocking this from being done".

Tiny change, big difference. Has anyone tried it the other way round and gone back?`),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `I've put together a 40-page guide with every prompt I use for recruiting.

Comment "PROMPTS" below and I'll send it to you personally 👇`, { skip: ['post.sales-pitch'] }),
  P('de', ['post.engagement-bait'], `Wer glaubt auch, dass Homeoffice produktiver ist als jedes Grossraumbüro?

Like, wenn du zustimmst! 👍`),
  P('en', ['post.engagement-bait', 'post.no-conversation'], `Leadership is not a title. It's a decision you make every morning.

Some of the best leaders I've worked with never managed a single person. They simply took responsibility when nobody else did, and people followed.

Share this with someone who needs to hear it today ♻️`),
  P('de', ['post.engagement-bait'], `Markiere 3 Personen, die dich in deiner Karriere am meisten unterstützt haben! 🙌

Ich fange an: meine erste Chefin, mein Mentor aus dem Studium und mein Bruder.`),
  P('en', ['post.engagement-bait'], `Free Notion template for weekly planning 🗓️

Want it? Like this post and type "YES" in the comments – I'll DM everyone the link by Friday.`, { skip: ['post.sales-pitch'] }),
  P('de', ['post.engagement-bait'], `Die 5 Excel-Shortcuts, die mir jede Woche eine Stunde sparen, habe ich in einem PDF zusammengefasst.

Kommentiere "EXCEL" und ich schicke es dir!`),
  P('en', ['post.engagement-bait'], `React with ❤️ if you've ever been ghosted after a final interview.
React with 😂 if you've done the ghosting.

Let's see who wins.`),
  P('de', ['post.engagement-bait'], `Teilt diesen Beitrag, damit möglichst viele Lehrbetriebe davon erfahren! Jede Reichweite hilft.

Am 12. März findet in Olten der erste Berufsbildungstag für Quereinsteigende statt. Eintritt frei, Anmeldung über die Website des Verbands.`, { skip: ['post.no-conversation'] }),
  P('en', [], `Genuine question for engineering managers:

How do you handle a senior engineer who is brilliant technically but keeps blocking decisions in code review?

I've tried 1:1s and clear review guidelines. It's better but not solved. What has worked for you?`, { hard: h }),
  P('de', [], `Ich bin neugierig: Was war euer bester Tipp, den ihr als Berufseinsteiger bekommen habt?

Bei mir war es: "Schreib nach jedem Meeting drei Sätze auf, was entschieden wurde." Hat mir schon oft den Kopf gerettet.`, { hard: h }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `🚨 Only 5 spots left in my LinkedIn Growth Accelerator! 🚨

In 6 weeks you'll learn how to go from 0 to 10k followers and turn them into paying clients.

Early-bird price: $497 (regular $997). Offer ends Sunday at midnight.

DM me "GROWTH" to get your spot.`, { skip: ['post.engagement-bait', 'post.no-conversation'] }),
  P('de', ['post.sales-pitch'], `Black Week bei uns im Shop! 🛒

Alle ergonomischen Bürostühle jetzt mit 30 % Rabatt – nur noch bis Sonntag. Gratis Lieferung in der ganzen Schweiz und 30 Tage Probesitzen.

Jetzt bestellen, solange der Vorrat reicht! Link in den Kommentaren.`),
  P('en', ['post.sales-pitch'], `Tired of spending hours on expense reports?

Our app scans receipts in seconds and syncs with Bexio, Abacus and SAP. Teams save on average 4 hours per employee per month.

👉 Book a free demo today and get 3 months at half price.`),
  P('de', ['post.sales-pitch'], `Du willst endlich sicher vor Publikum sprechen?

Mein Online-Kurs "Souverän präsentieren" startet am 1. Februar. 8 Module, Live-Coaching und Zertifikat.

Statt CHF 690.– nur CHF 490.– für alle, die sich diese Woche anmelden. Schreib mir eine Nachricht, dann schicke ich dir den Link.`),
  P('en', [], `Today we launched Ledgerly, an open-source bookkeeping tool for Swiss associations and clubs.

It came out of a volunteer project for our local football club, where the treasurer was still using a paper cash book. It handles member fees, QR bills and the annual report in German, French and Italian.

It's free, and the code is on GitHub. We'd love feedback from anyone who has been a club treasurer – what did we miss?`, { hard: h }),
  P('de', [], `Wir haben heute unsere neue Produktionslinie in Aarau eröffnet. 🎉

Zwei Jahre Planung, 14 neue Stellen und die erste Linie bei uns, die vollständig mit Solarstrom vom eigenen Dach läuft.

Danke an das Projektteam um Sabrina und Kevin und an alle Handwerksbetriebe aus der Region, die mitgebaut haben. Was uns am meisten überrascht hat: Der Umbau bei laufendem Betrieb war einfacher als gedacht, weil das Team die Reihenfolge selbst geplant hat.

Hat jemand Erfahrung mit Solar-Eigenverbrauch in der Industrie?`, { hard: h }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion', 'post.no-conversation'], `I'm thrilled to announce that I have been promoted to Senior Vice President at Meridian Capital!

After 12 years in the industry, countless late nights and my relentless drive, I have finally reached this milestone. My track record speaks for itself: I closed more deals last year than anyone in my division.

Onwards and upwards! 🚀`),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich bin stolz, euch mitteilen zu dürfen, dass ich zur "Top 40 unter 40" der Schweizer Finanzbranche gewählt wurde! 🏆

Diese Auszeichnung bestätigt meinen Weg: Ich habe mich in nur fünf Jahren vom Analysten zum Direktor hochgearbeitet und meine Ziele jedes Jahr übertroffen.

Ich freue mich auf alles, was noch kommt.`),
  P('en', ['post.self-promotion'], `Humbled to be named one of the most influential voices in HR Tech by HR Weekly. 🙏

I have spoken at 14 conferences this year, my newsletter crossed 25,000 subscribers and my book is now in its third print.`, { skip: ['post.no-conversation'] }),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Neuer Meilenstein: Ich habe mein drittes Zertifikat in diesem Jahr erfolgreich abgeschlossen – Scrum Master, SAFe Agilist und jetzt auch PMP. 💪

Mein Lebenslauf wird immer länger und ich bin mega stolz auf mich. Ich habe jede Prüfung im ersten Anlauf bestanden, neben Vollzeitjob und Familie.`),
  P('en', [], `Excited to share that I've joined Climeworks as Head of Field Operations!

I want to thank Sandra, who took the time to have six coffee chats with me before I applied, and Noah, who showed me that direct air capture is an engineering problem, not a slogan.

If you're thinking about moving from oil & gas into carbon removal, like I did, my DMs are open – I remember how confusing that first step was.`, { hard: h }),
  P('de', [], `Ich darf ab Januar die Leitung unseres Pflegeteams auf der Station 4B übernehmen.

Ich habe lange überlegt, ob ich das will. Den Ausschlag gab ein Gespräch mit meiner Vorgängerin Heidi, die mir gesagt hat: Führung in der Pflege heisst vor allem, dem Team den Rücken freizuhalten.

Danke Heidi, und danke an mein Team für das Vertrauen. Ihr Pflegefachleute, die den Schritt in die Führung schon gemacht habt: Was hättet ihr gerne früher gewusst?`, { hard: h }),

  // --- post.too-personal ---
  P('en', ['post.too-personal', 'post.no-conversation'], `Best weekend ever at the lake with the whole family! ☀️🏖️

The kids built a huge sandcastle, we grilled sausages and my husband finally learned to paddleboard without falling in. Then pizza and ice cream on the way home. Feeling so blessed and recharged. Already counting down to our next beach holiday in Sardinia!`),
  P('de', ['post.too-personal', 'post.no-conversation'], `Was für ein Geburtstagsfest! 🎂🎉

Meine Mama ist 70 geworden und die ganze Familie war da, sogar mein Onkel aus Kanada. Wir haben bis drei Uhr morgens getanzt, gelacht und Fondue gegessen. Ich bin so dankbar für diese Menschen in meinem Leben. Morgen gibt es die Reste zum Zmorge!`),
  P('en', ['post.too-personal'], `Picked up my new Tesla today!! 🚗⚡ Been dreaming about this car since I was a kid. Red, of course. Road trip to the Alps this weekend!`),
  P('de', ['post.too-personal', 'post.no-conversation', 'post.hook'], `Endlich Ferien! 🌴 Zwei Wochen Kreta mit meinem Schatz, jeden Tag Strand, Gyros und Sonnenuntergang. Gestern Abend gab es das beste Abendessen direkt am Meer, mit frischem Fisch und einem Glas Wein. Das Hotel ist ein Traum und der Pool auch. Bis bald, ihr Lieben!`),
  P('en', [], `Spent the weekend teaching my 9-year-old son to ride a bike.

He fell eleven times. What finally worked wasn't more instructions – it was me letting go of the saddle without telling him.

I think about this a lot with new team members. We hold on too long "to be safe", and it's exactly what stops them from finding their own balance.

When did you last let go of the saddle at work?`, { hard: h }),
  P('de', [], `Gestern war ich mit meiner Familie beim Grillieren am See – und habe dabei etwas über Meetings gelernt.

Mein Schwiegervater hat den Grill übernommen, ohne dass jemand gefragt hat. Drei Leute standen daneben und haben Ratschläge gegeben. Die Würste wurden trotzdem schwarz.

Im Job erlebe ich genau das: Eine Person arbeitet, fünf kommentieren. Seit ich das sehe, frage ich in Projekten zuerst, wer den Grill hat – und wer nur daneben steht.

Kennt ihr das aus euren Teams?`, { hard: h }),

  // --- post.no-conversation ---
  P('en', ['post.no-conversation', 'post.hook'], `Our Q3 engineering report is out. We reduced average build times from 14 to 6 minutes by moving to remote caching and splitting the monorepo test suite by ownership. The biggest lesson was that flaky tests, not slow ones, were costing us the most time, because every flaky failure triggered a full rerun. We now quarantine any test that fails twice in a week without a code change.`),
  P('de', ['post.no-conversation', 'post.hook'], `Heute vor einem Jahr haben wir in unserem Betrieb in Chur die Zeiterfassung auf eine App umgestellt. Die Lernkurve war steiler als erwartet, besonders für die älteren Mitarbeitenden auf den Baustellen. Geholfen hat am Ende nicht die Schulung, sondern dass jede Equipe eine Ansprechperson hatte, die selbst auf der Baustelle arbeitet. Heute ist die Fehlerquote bei den Rapporten um die Hälfte gesunken.`),
  P('en', ['post.no-conversation'], `Five things I learned in my first year as a freelance translator:

1. Your rate is a positioning decision, not a math problem.
2. Specialise early. Legal German-to-English pays twice what general work does.
3. Invoices go out the day you deliver.
4. CAT tools are worth every franc.
5. Other translators are colleagues, not competitors. Most of my work comes from referrals by them.`),
  P('de', [], `Wir haben unsere Onboarding-Checkliste für neue Mitarbeitende komplett überarbeitet und stellen sie gratis zur Verfügung (ohne Anmeldung, als PDF auf unserer Website).

Schreibt mir gerne in die Kommentare, was bei euch im Onboarding nicht fehlen darf – ich ergänze die Liste laufend.`, { hard: h }),
  P('en', ['post.hook'], `After 20 years in pharma logistics, the most underrated skill is writing a clear handover note at the end of a shift. Not the software, not the SOPs. A good handover tells the next person what's unusual today and what they must not forget. I'd love to hear from people in other industries how you do handovers.`, { hard: h }),

  // --- post.hashtags ---
  P('en', ['post.hashtags'], `Excited to share our new case study on predictive maintenance for Swiss railway switches. What's your biggest maintenance challenge?

#AI #MachineLearning #Railways #PredictiveMaintenance #IoT #Innovation #DigitalTransformation #Switzerland`),
  P('de', ['post.hashtags'], `Morgen starten 14 neue Lernende bei uns in Basel – herzlich willkommen! Was wünscht ihr euch von eurem ersten Tag?

#Lehrstelle #Berufsbildung #Ausbildung #Lernende #Basel #Karriere #Zukunft`),
  P('en', [], `Our team's notes from the Swiss Cyber Security Days are up – three talks on ransomware response stood out. Which session did you find most useful?

#CyberSecurity #SCSD2026 #Incident Response`, { hard: h }),
  P('de', [], `Ein Jahr Mentoring-Programm für Frauen in der Informatik: 42 Tandems, 9 Beförderungen und unzählige Kaffees. Was würdet ihr in der zweiten Runde anders machen?

#Mentoring #WomenInTech #Informatik #Zürich #Diversität`, { hard: h }),

  // --- post.wall-of-text ---
  P('en', ['post.wall-of-text', 'post.hook'], `When I started managing a remote team spread across Zurich, Lisbon and Manila, I assumed the hardest part would be time zones, but it turned out the hardest part was that nobody knew when a decision had actually been made, because we discussed things in Slack threads, then again in calls, then again in documents, and every channel had a slightly different version of the truth, so people kept reopening questions that I thought were closed, and I kept getting frustrated that "nobody reads anything", until a new engineer asked me very politely where she could find the list of decisions and I realised there wasn't one. We now keep a decision log with one line per decision, the date, who decided and the link to the discussion, and the number of reopened topics dropped to almost zero within a month. How do you track decisions in your remote team?`),
  P('de', ['post.wall-of-text', 'post.hook'], `Seit bald fünfzehn Jahren arbeite ich als Pflegefachfrau auf der Notfallstation und ich merke immer mehr, wie sehr sich unser Beruf verändert hat, denn früher hatten wir mehr Zeit für die Patientinnen und Patienten, heute verbringen wir einen grossen Teil der Schicht mit Dokumentation, die zwar wichtig ist, aber oft doppelt geführt werden muss, weil die Systeme nicht miteinander sprechen, und wenn dann noch jemand krank ist, bleibt die Pause auf der Strecke, was auf Dauer niemand aushält, deshalb haben wir auf unserer Station angefangen, einmal pro Monat eine halbe Stunde nur darüber zu reden, was uns Zeit kostet, und daraus sind schon drei kleine Änderungen entstanden, die uns zusammen fast eine Stunde pro Schicht sparen. Wie geht ihr in euren Teams mit dem Dokumentationsaufwand um?`),

  // --- post.hook ---
  P('en', ['post.hook'], `After spending nearly a decade building analytics teams at three different companies, from a 40-person startup in Zug to a global insurer with thousands of employees, I've noticed that the teams that succeed all share one surprisingly simple habit.

They write down the question before they open the data.

What's your team's version of that habit?`),
  P('de', ['post.hook'], `Als ich vor drei Jahren mit 52 noch einmal eine Weiterbildung zur Wirtschaftsinformatikerin angefangen habe, haben mich viele in meinem Umfeld gefragt, ob sich das in meinem Alter überhaupt noch lohnt und ob ich mir das wirklich antun will.

Heute leite ich das Digitalisierungsprojekt in unserer Gemeindeverwaltung.

Es lohnt sich. Wer von euch hat auch spät noch einmal etwas ganz Neues angefangen?`),
]);
