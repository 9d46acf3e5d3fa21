import { P, named } from './types';

// Fifth held-out split (issue #3): a fresh blind split to measure how the coach generalises.
// Written from docs/rules.md and public descriptions of competing tools only, without reading the engine's phrase lists,
// and scored blind once (results-heldout5-blind.txt). Labels were not changed after scoring.
const h = true;

export default named('post-heldout5', [
  // --- clean: lessons, news that credits others, real questions, personal stories with a point ---
  P('en', [], `New chapter: I'm joining Kantonsspital Baden as Head of Nursing Informatics next month.

None of this happens without Mirela Kovač, who let a night-shift nurse sit in on her EHR project meetings in 2017, and my team on 5 East, who tested every bad prototype I built.

If you've moved from the bedside into IT: what do you wish you had known in your first 90 days?`, { hard: h }),
  P('de', [], `Unser Lehrbetrieb hat den Berufsbildungspreis des Kantons St. Gallen gewonnen! 🏆

Der Preis gehört ehrlich gesagt unseren Berufsbildnern Sandro und Melanie, die jeden Montagmorgen mit den Lernenden die Woche planen, und den Lernenden selbst, die unser Mentoring-System mitentwickelt haben.

Was hat bei euch am meisten geholfen, Lernende im ersten Lehrjahr zu halten?`, { hard: h }),
  P('en', [], `My daughter's swimming coach taught me more about feedback than any leadership course.

She never says "good job". She says "your left arm came out of the water earlier this time". Specific, immediate, about the action, not the person.

I tried this with my team for a month:
- "The second slide made the pricing clear" instead of "great deck"
- "You caught the edge case in the migration" instead of "nice work"

The difference in how people responded was striking.

What's the most useful piece of feedback you ever received?`, { hard: h }),
  P('de', [], `Drei Wochen Ferien im Engadin, ohne Laptop. Zum ersten Mal seit der Firmengründung.

Ich hatte Angst, dass alles zusammenbricht. Passiert ist: nichts. Mein Team hat zwei Kundenprojekte abgeschlossen und einen neuen Ablauf für die Offerten eingeführt, der besser ist als meiner.

Meine Lektion: Wenn die Firma nicht drei Wochen ohne dich läuft, hast du kein Unternehmen, sondern einen sehr anstrengenden Job.

Wie schafft ihr es als Gründerinnen und Gründer, wirklich abzuschalten?`, { hard: h }),
  P('en', [], `Quick question for recruiters in Switzerland: do you still read cover letters? Honest answers welcome, I'm coaching a group of refugee engineers on their applications next week.`),
  P('de', [], `Heute vor 25 Jahren habe ich meine Lehre als Polymechaniker bei der Bühler in Uzwil begonnen. Danke an alle, die mich auf diesem Weg begleitet haben, allen voran meinem Lehrmeister Ernst.`, { hard: h }),
  P('en', [], `Today we're releasing version 2.0 of our open-source library for Swiss QR-bills.

What's new:
• IBAN validation for all Swiss and Liechtenstein banks
• Support for the structured address format (mandatory from November)
• A PDF renderer that passes the SIX validation portal

Big thanks to the 14 contributors, especially Nicolas from Lausanne, who rewrote the parser over three weekends.

If you run invoicing in Switzerland: which edge cases should we cover next?`, { hard: h }),
  P('de', [], `Ich suche eine neue Stelle als Pflegefachfrau HF im Raum Winterthur, 60–80 %.

Nach acht Jahren auf der Notfallstation möchte ich in die Langzeitpflege oder zur Spitex wechseln. Mir ist ein Team wichtig, das Zeit für die Bewohnerinnen und Bewohner hat.

Kennt ihr Betriebe, die ich mir anschauen sollte? Ich freue mich über jeden Hinweis.`, { hard: h }),
  P('en', [], `Unpopular opinion: most "AI strategy" decks I've reviewed this year are just a list of tools.

A strategy says what you will stop doing. Which processes disappear, which roles change, which customers you serve differently.

I'd genuinely like to see a counterexample. Has anyone here seen an AI strategy at a Swiss SME that made real trade-offs? Tell me in the comments, I'll read every one.`, { hard: h }),
  P('de', [], `5 Dinge, die ich in 10 Jahren als Treuhänderin über KMU-Buchhaltung gelernt habe:

1. Belege sofort scannen, nicht am Jahresende.
2. Privat und Geschäft strikt trennen – auch bei der Kreditkarte.
3. Die MWST-Abrechnung quartalsweise prüfen, nicht nur einreichen.
4. Rückstellungen für AHV-Nachzahlungen bilden.
5. Einmal im Jahr mit der Treuhänderin reden, nicht nur im März.

Was würdet ihr ergänzen?`),
  P('en', [], `I'm back at work after 16 weeks of paternity leave – something our company introduced last year, well above the Swiss legal minimum of two weeks.

What I noticed: my team didn't just cope, two of them grew into roles they now want to keep. Leave isn't only a benefit for parents, it's a development opportunity for everyone who steps up.

HR folks: how do you make the business case for longer parental leave?`, { hard: h }),
  P('de', [], `Morgen spreche ich an der Swiss Cyber Storm in Bern über Phishing in Spitälern. Wer auch dort ist: Kommt nach dem Talk vorbei, ich bringe die anonymisierten Beispiele mit!`),
  P('en', [], `Please join me in congratulating Dr. Amara Nwosu, who just defended her PhD on antibiotic stewardship in Swiss nursing homes!

Amara ran 42 care homes through her study while working 60% on our ward. Her protocol has already cut unnecessary prescriptions by a third in the pilot homes.

Amara, we're so proud of you. Who else has combined clinical work and a PhD – how did you survive it?`, { hard: h }),
  P('de', [], `Unser Team hat im letzten Quarter das Onboarding komplett neu aufgesetzt – remote first, mit Buddy-System und klaren Milestones für die ersten 30/60/90 Tage.

Das Ergebnis: Die Time-to-Productivity ist von 4 auf 2.5 Monate gesunken, und im Pulse-Survey geben 92 % an, sich willkommen zu fühlen.

Der Gamechanger war nicht das Tool, sondern dass jede Führungsperson in der ersten Woche einen Lunch mit den Neuen hatte.

Welche Onboarding-Hacks funktionieren bei euch?`, { hard: h }),
  P('en', [], `Stuck on something and hoping someone here has seen it before.

We're running Postgres 16 on a 3-node Patroni cluster. After every failover, our logical replication slots to the data warehouse vanish and we have to resync 2 TB.

Is there a clean way to keep slots across failovers, or is everyone just using Debezium with snapshots?`),
  P('de', [], `Liebe Community, wir sind eine Hausarztpraxis in Langenthal mit vier Ärztinnen und suchen eine neue Praxissoftware.

Wichtig sind uns: elektronisches Patientendossier, eine vernünftige Agenda und Support auf Deutsch.

Mit welchen Anbietern haben Sie gute oder schlechte Erfahrungen gemacht? Wir sind dankbar für ehrliche Rückmeldungen.`, { hard: h }),
  P('en', [], `After 30 years as a school principal in Schaffhausen, I retire on Friday.

What I'll miss most isn't the job, it's the teachers who stayed after 6 pm to help a kid with maths without anyone asking them to. You know who you are. Thank you.

To the young teachers starting now: what support do you wish you had in your first year?`, { hard: h }),
  P('de', [], `Seit heute ist unsere App «Gmüeslade» in Bern live: Bauernhöfe aus der Region können ihre Hofläden mit Öffnungszeiten und aktuellem Angebot eintragen, kostenlos.

Entstanden ist sie als Semesterprojekt an der BFH zusammen mit dem Berner Bauernverband. 37 Höfe sind schon dabei.

Welche Funktion fehlt euch noch, wenn ihr direkt beim Hof einkauft?`, { hard: h }),
  P('en', [], `ETH master's deadline: 15 December. Upload the language certificate by then, not later – learned that the hard way with a student last year.`),
  P('de', [], `Ein Tipp aus der Lohnbuchhaltung, den viele KMU übersehen:

Wer Mitarbeitende im Stundenlohn beschäftigt, muss die Ferien- und Feiertagsentschädigung separat auf der Lohnabrechnung ausweisen. Ein pauschaler Vermerk «inbegriffen» reicht vor Gericht meistens nicht.

Wir haben das letztes Jahr bei drei Kunden korrigiert – zum Glück, bevor es Streit gab.

Wie handhabt ihr das in eurem Betrieb?`),
  P('en', [], `We ran a 6-week pilot letting our warehouse team choose their own shift patterns.

Sick days dropped by 22%. Overtime dropped too. The only thing that went up was the number of people asking to join the pilot.

What's stopping more logistics companies from trying this?

#logistics #shiftwork #wellbeing #leadership #switzerland`, { hard: h }),
  P('de', [], `Wie erklärt man einem 75-jährigen Kunden, warum seine E-Banking-App plötzlich eine zweite Bestätigung will?

Diese Frage hatten wir diese Woche 40-mal am Schalter in Sursee. Unsere Lösung: ein laminiertes A5-Blatt mit Screenshots, in grosser Schrift, zum Mitnehmen. Seither kommen deutlich weniger Rückfragen.

Manchmal ist die beste Digitalisierung ein Stück Papier.`, { hard: h }),
  P('en', [], `I've sold industrial sensors for 12 years. Here's what I've learned about buyers in Swiss manufacturing:

1. They want to talk to the engineer, not to me. So I bring the engineer.
2. A pilot on one machine beats any slide deck.
3. Nobody buys in December. Plan accordingly.

Fellow salespeople: what would you add to this list?`, { hard: h }),
  P('de', [], `Am 14. März findet in Chur das erste Treffen für Pflegefachpersonen in Führungsfunktion statt, organisiert von der HF Gesundheit und dem Kantonsspital Graubünden.

Themen: Dienstplanung mit Teilzeitteams, Umgang mit Gewalt auf der Station, Rückkehr nach der Babypause.

Die Teilnahme ist kostenlos. Welche Themen sollten wir beim nächsten Mal aufnehmen?`, { hard: h }),
  P('en', [], `🎉 Our night-shift team at the Zurich parcel hub just hit 365 days without a lost-time accident.

That's 240 people, 3 languages and a lot of forklifts. The credit goes to Goran and Fatmire, who started the daily 5-minute safety huddle that everyone laughed at two years ago.

What's the simplest safety habit that worked in your operation?`),
  P('en', [], `My father ran a small bakery in Fribourg for 38 years. He passed away in June.

At his funeral, a dozen former apprentices came up to me. Every one of them said the same thing: "He never yelled. He showed."

I've managed teams for 15 years and I still yell sometimes. Not out loud, but in how I write emails at 11 pm.

I'm trying to show more and tell less. How do you stay patient with your team when you're under pressure?`, { hard: h }),
  P('en', [], `Hot take: the best onboarding document is the one your last new hire rewrote.

We ask every new engineer to fix whatever confused them in our setup guide during week one. After two years, it's the most accurate doc we have, and every new hire starts by contributing something.

Thoughts?`, { hard: h }),

  P('en', [], `I left a stable job as a bank IT auditor at 41 to retrain as a nurse. Two years in, here's what nobody told me.

When I announced it, most people said one of two things: "That's so brave" or "Are you having a crisis?" Honestly, a bit of both. But mostly it was a slow realisation that I was spending my days checking whether other people had ticked the right boxes, and I wanted to spend them doing something where the result is visible at the end of a shift.

Here's what surprised me:

1. The physical part is harder than the studying. I was ready for pharmacology. I was not ready for 12,000 steps before lunch and lifting patients with a bad back.

2. My old skills matter more than I expected. Audit taught me to document precisely, to notice when something doesn't add up, and to ask uncomfortable questions politely. All three are daily tools on a ward.

3. Being the oldest student is an advantage. My classmates were 19 and 20. They were faster on the apps, I was calmer with angry relatives. We learned a lot from each other.

4. The money is a real sacrifice. I earn about 40% less than before. We planned for it for three years, sold the second car, and my partner took on more hours. I would not recommend this without a financial plan.

5. The hierarchy is different from what I imagined. Doctors are not the bosses of nurses. Nursing has its own leadership, its own expertise and its own standards, and the best wards I've worked on are the ones where everyone speaks up.

What I'd tell anyone thinking about a career change into care:
• Do a Schnuppertag or a short internship first. One week on a ward will tell you more than ten articles.
• Talk to people who are 5 and 15 years into the job, not only to students.
• Check the cantonal support programmes. Several cantons now pay part of the salary during retraining for adults.

I'm writing this because I get messages every week from people in their 40s asking if it's too late. It isn't. But it's a real decision, not a dream.

If you've changed careers later in life, what's the one thing you wish you had known before you started? And if you're thinking about it right now, ask me anything in the comments.

#careerchange #nursing #switzerland`, { hard: h }),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `Comment "GUIDE" and I'll send you my free 27-page playbook on landing a job in Swiss pharma 👇

Connect with me so I can DM you!`),
  P('de', ['post.engagement-bait'], `Like, wenn du auch findest, dass Homeoffice ein Recht sein sollte! 👍

Teile den Beitrag, damit ihn möglichst viele Arbeitgeber sehen. ♻️`),
  P('en', ['post.engagement-bait'], `Agree or disagree? The 4-day week will be standard in Switzerland by 2030.

👍 React with a like if you agree
❤️ React with a heart if you disagree

Let's see where this network stands!`, { hard: h }),
  P('de', ['post.engagement-bait'], `Ich habe eine Vorlage für Mitarbeitergespräche erstellt, die bei uns die Vorbereitungszeit halbiert hat.

Schreib «VORLAGE» in die Kommentare und ich schicke sie dir per DM. 📩

P.S. Vergiss nicht, mir zu folgen, damit du die nächste nicht verpasst!`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.engagement-bait'], `Tag a nurse who deserves more credit than they get. 💙

I'll start: my colleague Hannah, who stayed 3 extra hours last night with a patient who had no family.

Every nurse tagged will get a shout-out in my next post!`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.engagement-bait'], `Wir suchen für unsere Kita in Emmenbrücke dringend eine Fachfrau Betreuung Kind (80–100 %).

Bitte teilt diesen Beitrag, um unsere Reichweite zu erhöhen – jeder Share hilft! 🙏

Bewerbungen an jobs@kita-sonnenschein.ch`, { skip: ['post.no-conversation'], hard: h }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `🚨 BLACK FRIDAY 🚨

Our LinkedIn Profile Makeover package is now CHF 199 instead of CHF 399!

✅ Headline & About rewritten
✅ Banner design
✅ 30-min strategy call

Only 10 spots left – DM me "MAKEOVER" to book yours. Offer ends Sunday!`, { skip: ['post.no-conversation'] }),
  P('de', ['post.sales-pitch'], `Nur noch bis Freitag: 20 % Rabatt auf alle Excel-Kurse für KMU! 📊

Pivot-Tabellen, Power Query und Makros – in 3 Halbtagen, in Zürich oder online.

Jetzt buchen unter www.excel-profis.ch und den Gutscheincode LINKEDIN20 verwenden.`, { skip: ['post.no-conversation'] }),
  P('en', ['post.sales-pitch'], `Most clinics lose 15% of revenue to no-shows.

Our clients don't.

With AppointMate's automated SMS reminders, Praxis Dr. Huber in Thun cut no-shows from 12% to 3% in two months.

Want the same results? Book a 15-minute demo via the link in my profile. Pilot licences are 30% off until the end of the month.`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.sales-pitch'], `Viele Unternehmerinnen unterschätzen, wie viel Steuern sie mit der richtigen Säule-3a-Strategie sparen können.

Ich habe in den letzten 12 Monaten über 80 Selbständige beraten – im Schnitt sparen sie CHF 4'200 pro Jahr.

Im Dezember habe ich noch 5 Termine frei. Schreib mir eine PN mit dem Stichwort «3a» und ich reserviere dir einen Platz.`, { skip: ['post.no-conversation', 'post.self-promotion'], hard: h }),
  P('en', ['post.sales-pitch'], `Today we're launching the Alpine Trail Pack, our lightest hiking backpack yet (690 g!).

Designed with mountain guides from Zermatt and tested on 1,200 km of Swiss trails.

The first 100 orders get 25% off with code ALPINE25 – order now at alpinetrail.ch before they're gone! 🏔️`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.sales-pitch'], `Du willst 2026 endlich deinen Personal Brand auf LinkedIn aufbauen? 🚀

In meinem 6-Wochen-Programm «Brand Booster» lernst du, wie du in 15 Minuten pro Tag Content erstellst, der Leads bringt.

Early-Bird-Preis: CHF 790 statt 1'290 – nur bis Sonntag!

Link in den Kommentaren 👇`, { skip: ['post.no-conversation'], hard: h }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion', 'post.no-conversation'], `I'm thrilled to announce that I have been promoted to Senior Vice President, Global Sales at Zentara AG!

This is the result of years of hard work, dedication and always going the extra mile. I've exceeded my targets for 7 consecutive years and built the fastest-growing region in the company's history.

Excited for what's next. 🚀`),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich freue mich riesig, mitteilen zu dürfen, dass ich in die Liste «Top 40 unter 40» der Schweizer Wirtschaft gewählt wurde! 🏆

Diese Auszeichnung bestätigt meinen Weg: vom Lehrling zum jüngsten Geschäftsleitungsmitglied in der Geschichte meiner Firma. Ich habe immer an mich geglaubt, auch wenn andere gezweifelt haben.

Stolz und dankbar.`, { hard: h }),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Humbled and honored. 🙏

For the third year in a row, I've been named one of the Top 10 LinkedIn Voices in Swiss HR. My posts reached 2.3 million impressions this year, and I was invited to keynote at four conferences.

I never expected this when I started writing two years ago. Onwards and upwards!`, { hard: h }),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Neuer Job, neues Kapitel! 💼

Ab 1. Januar bin ich Head of Digital Transformation bei der Zuger Kantonalbank. Nach 12 Jahren Consulting bei den Big Four, zwei Masterabschlüssen und einem Executive-Programm in Harvard freue ich mich darauf, meine Erfahrung nun auf der Kundenseite einzubringen.

Let's go! 🚀`, { hard: h }),
  P('en', ['post.self-promotion'], `Proud to share that I was named Nurse Manager of the Year at the Swiss Healthcare Awards 2025. 🏅 Hard work pays off!`),
  P('de', [], `Ich bin stolz, euch mitzuteilen, dass ich die Prüfung zum eidg. dipl. Treuhandexperten bestanden habe – als Jahrgangsbester! 🎓

Drei Jahre lang Abende und Wochenenden am Schreibtisch haben sich gelohnt. Danke an alle, die an mich geglaubt haben.`, { skip: ['post.self-promotion', 'post.no-conversation'], hard: h }),

  // --- post.too-personal ---
  P('en', ['post.too-personal'], `Sunset dinner in Santorini with my amazing wife 🌅🍷 Ten years married and still laughing at the same bad jokes. Life is good!`),
  P('de', ['post.too-personal'], `Endlich Wochenende! 🎉 Heute mit der ganzen Familie auf dem Pilatus gewesen, danach Raclette bei den Schwiegereltern. Die Kinder sind todmüde und ich auch. 😂`),
  P('en', ['post.too-personal', 'post.no-conversation'], `My son turned 18 yesterday!

We threw a surprise party at our place in Zug with 40 of his friends, a DJ and way too much pizza. He had no idea – his face when he walked in was priceless.

Watching him grow up has been the greatest joy of my life. Can't believe my little boy is an adult now. 🎂❤️`, { hard: h }),
  P('de', ['post.too-personal'], `Heute meinen neuen Tesla Model Y abgeholt! ⚡🚗 Nach 15 Jahren mit dem alten Golf ein echter Unterschied. Die erste Fahrt über den Klausenpass war einfach nur wow.`, { hard: h }),
  P('en', ['post.too-personal'], `Out of office until the 20th! 🏝️

Two weeks in Bali with the family: surfing lessons, temple visits and the best nasi goreng of my life. Greetings from the beach to all my colleagues!`, { hard: h }),
  P('de', ['post.too-personal'], `Mir händ Ja gseit! 💍 Am Samstag haben Lukas und ich in der Kirche Oberägeri geheiratet. Danke an alle, die mit uns gefeiert haben – das Fest im Landgasthof ging bis morgens um 4. 🥂❤️`, { hard: h }),

  // --- post.hashtags ---
  P('en', ['post.hashtags'], `What's one thing you'd change about how your company runs performance reviews?

I'm collecting answers for a talk at the HR Festival Europe in Zurich.

#HR #PerformanceManagement #Leadership #FutureOfWork #PeopleOps #Feedback #Switzerland #HRFestival`),
  P('de', ['post.hashtags'], `Unsere Lernenden haben an den SwissSkills Gold in der Elektroinstallation geholt! Herzliche Gratulation, Jan und Selina – und danke an euer Ausbildungsteam.

#SwissSkills #Berufsbildung #Lehre #Elektro #Fachkräfte #Stolz #Ausbildung`),
  P('en', ['post.hashtags'], `Spent the day at #Swissbau with our #BIM team looking at #timber #construction systems and #circular #design ideas for the new school in Liestal. Which stand impressed you most?`, { hard: h }),
  P('de', ['post.hashtags'], `Was ich als Projektleiterin gelernt habe: Ein Risiko, das niemandem gehört, tritt ein.

Seit wir jedem Risiko eine verantwortliche Person zuordnen, haben wir 30 % weniger Terminverschiebungen.

Wie macht ihr das?

#Projektmanagement #Risikomanagement #Bau #Schweiz #Leadership #PMO`, { hard: h }),
  P('en', ['post.hashtags', 'post.too-personal'], `Weekend vibes ☀️⛵ #LakeZurich #sailing #weekend #summer #swisslife #family #blessed`),

  // --- post.wall-of-text (no paragraph break; the whole text is one first line, so the hook is cut too) ---
  P('en', ['post.wall-of-text', 'post.hook'], `Two years ago we launched a meal-planning app for shift workers and it flopped, and I want to share what we got wrong because I see other founders making the same mistakes. We built for six months without talking to a single nurse or bus driver, because we were sure we understood the problem from our own experience. We priced it like a lifestyle app when our users saw it as a tool their employer should pay for. We launched on the App Store and waited, instead of going to the hospital canteens and depots where our users actually were. And when the first reviews said the app assumed a 9-to-5 rhythm, we argued with them instead of listening. The second version, built together with the night staff at two hospitals in Basel, now has 4,000 weekly users. What was the most expensive lesson from your first launch?`),
  P('de', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Ich sehe in meiner Arbeit als Personalberaterin jede Woche Dutzende Bewerbungsdossiers, und die meisten scheitern nicht an der Qualifikation, sondern an Kleinigkeiten, die sich in zehn Minuten beheben liessen. Der Lebenslauf sollte nicht länger als zwei Seiten sein und mit der aktuellen Stelle beginnen, nicht mit der Primarschule. Das Foto muss nicht professionell sein, aber es sollte nicht aus den Ferien stammen. Arbeitszeugnisse gehören vollständig ins Dossier, auch die mittelmässigen, denn Lücken fallen mehr auf als eine nüchterne Formulierung. Im Motivationsschreiben interessiert niemanden, dass Sie teamfähig und belastbar sind, sondern was Sie in Ihrer letzten Stelle konkret erreicht haben. Und schliesslich: Schicken Sie ein einziges PDF und nicht sieben einzelne Anhänge mit Namen wie scan003.pdf.`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook'], `Every week I read another article about the nursing shortage in Switzerland and every week it says we need to train more nurses, which is true, but nobody talks about the fact that almost half of the nurses we train leave the profession within a few years, and that this is not because they don't love the work but because they cannot plan their lives around rosters that change three days in advance, because they are alone with twenty patients on a night shift, and because after ten years of experience they earn barely more than in their first year. Training more people into a leaking bucket does not fix the bucket. If you manage a ward or a care home, what is one thing you changed that actually made people stay?`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Seit drei Jahren begleite ich als Berufsbeiständin Jugendliche, die nach der obligatorischen Schule keine Lehrstelle gefunden haben, und immer wieder erlebe ich, dass es nicht an der Motivation fehlt, sondern an ganz banalen Dingen wie einer Mailadresse, die nicht aus dem Chat mit den Kollegen stammt, einem Lebenslauf ohne Rechtschreibfehler oder schlicht an jemandem, der beim Lehrbetrieb anruft und nachfragt. Viele dieser Jugendlichen sind die Ersten in ihrer Familie, die in der Schweiz eine Berufslehre machen, und die Eltern kennen das System nicht. Wenn ein Betrieb einer solchen Jugendlichen eine Schnupperwoche gibt, verändert das oft alles. Welche Betriebe im Kanton Solothurn wären bereit, im Frühling eine Schnupperwoche anzubieten?`, { hard: h }),

  // --- post.hook (first line past the fold, then paragraphs) ---
  P('en', ['post.hook'], `After eleven years of building data platforms for banks, insurers and one very stubborn cantonal tax office, I've come to believe that the hardest part of any data project is not the technology, the budget or the timeline but getting two departments to agree on what a customer is.

At one insurer we found 14 definitions of "active customer" across 6 systems.

We spent three months on a glossary before writing a single pipeline. It was the best investment of the project.

How do you handle conflicting definitions in your organisation?`),
  P('de', ['post.hook'], `Als ich vor zwanzig Jahren als junge Pflegefachfrau auf der Intensivstation im Kantonsspital Luzern angefangen habe, hätte ich nie gedacht, dass ich einmal eine Station mit sechzig Mitarbeitenden leiten würde, und noch weniger, dass mir die Dienstplanung mehr Kopfzerbrechen bereiten würde als jeder Notfall.

Heute planen wir mit Wunschdiensten, die das Team zwei Monate im Voraus einträgt. Die Zahl der kurzfristigen Abtausche hat sich halbiert.

Wie plant ihr eure Dienste?`, { hard: h }),
  P('en', ['post.hook', 'post.no-conversation'], `The best hiring decision I ever made was a candidate who failed our technical test, showed up the next morning with a working solution she had built overnight, and asked us politely to look at her code instead of our scorecard, which is exactly what we did.

She's now our CTO.

Since then, every candidate who fails the test gets a second chance: one week, their own approach, no scorecard. Three of our best engineers came through that door.

Tests measure how people perform under our conditions. Work measures how they perform under theirs.`, { hard: h }),

  // --- post.no-conversation only (good posts that end without a question) ---
  P('en', ['post.no-conversation'], `Three things I learned from 200 exit interviews as an HR business partner:

1. People rarely leave because of salary alone. Salary is the reason they give when the real reason is their manager.

2. The decision to leave is made months before the resignation. The signals are there: fewer ideas in meetings, no more volunteering for projects.

3. A stay interview costs 30 minutes. An exit interview costs a recruiting process.

Start asking your best people why they stay, before you have to ask them why they left.`, { hard: h }),
  P('de', ['post.no-conversation'], `Ab 1. März übernimmt die Bäckerei Hug AG die drei Filialen der Bäckerei Stocker in Burgdorf.

Alle 24 Mitarbeitenden werden übernommen, auch die vier Lernenden, die ihre Ausbildung wie geplant abschliessen können.

Die Filialen behalten ihren Namen und ihr Sortiment. Die Backstube in Burgdorf wird modernisiert und beliefert ab Herbst auch Spitäler und Heime in der Region.

Wir freuen uns auf die neuen Kolleginnen und Kollegen.`, { skip: ['post.self-promotion'], hard: h }),
  P('de', ['post.no-conversation'], `Nach 18 Monaten Projektarbeit ist es so weit: Seit Montag arbeitet das Kantonsspital Frauenfeld mit der elektronischen Pflegedokumentation.

Für alle, die so etwas noch vor sich haben, hier die wichtigsten Erkenntnisse aus unserem Projekt:

Erstens: Die Pflege muss von Anfang an am Tisch sitzen. Wir hatten in jeder Arbeitsgruppe mindestens zwei Pflegefachpersonen aus dem Nachtdienst. Das hat uns unzählige Fehlplanungen erspart, weil die Nacht ganz andere Abläufe hat als der Tag.

Zweitens: Schulung ist nicht gleich Schulung. Die Frontalschulungen im Frühling haben wenig gebracht. Was wirklich geholfen hat, waren die Super-User auf jeder Station, die in den ersten zwei Wochen im Dienst mitgelaufen sind und Fragen direkt am Patientenbett beantwortet haben.

Drittens: Weniger ist mehr. Im ersten Entwurf hatten wir 340 Pflichtfelder. Heute sind es 85. Jedes Feld, das niemand braucht, kostet jeden Tag Zeit, die bei den Patientinnen und Patienten fehlt.

Viertens: Der Go-live ist nicht das Ende. Wir haben für die ersten drei Monate ein wöchentliches Feedbackgefäss eingerichtet, in dem jede Station Probleme melden kann, und die Hälfte der gemeldeten Punkte ist bereits umgesetzt.

Ein riesiges Dankeschön an unser Projektteam um Corinne Stäheli und Mehmet Aydin, an die 60 Super-User und an alle Mitarbeitenden, die in den letzten Wochen trotz Mehrbelastung so viel Geduld gezeigt haben. Ohne euch wäre das nicht möglich gewesen.

#Digitalisierung #Pflege #Spital`, { hard: h }),
]);
