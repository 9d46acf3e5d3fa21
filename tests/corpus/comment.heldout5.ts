import { C, named } from './types';

// Fifth held-out split (issue #3): a fresh blind split to measure how the coach generalises.
// Written from docs/rules.md and public descriptions of competing tools only, without reading the engine's phrase lists,
// and scored blind once (results-heldout5-blind.txt). Labels were not changed after scoring.
const h = true;
const phd = 'Please join me in congratulating Dr. Amara Nwosu, who just defended her PhD on antibiotic stewardship in Swiss nursing homes! Her protocol has already cut unnecessary prescriptions by a third in the pilot homes.';
const lehrbetrieb = 'Unser Lehrbetrieb hat den Berufsbildungspreis des Kantons St. Gallen gewonnen! Der Preis gehört unseren Berufsbildnern und den Lernenden, die unser Mentoring-System mitentwickelt haben.';
const postgres = 'We run Postgres 16 on a 3-node Patroni cluster. After every failover our logical replication slots vanish and we resync 2 TB. Is there a clean way to keep slots across failovers?';
const fourDay = 'Wir haben in unserer Schreinerei vor einem Jahr die 4-Tage-Woche eingeführt. Meine Bilanz nach 12 Monaten: weniger Krankheitstage, aber die Kundenkommunikation am Freitag ist eine Baustelle.';
const fourDayEn = 'We moved our 30-person agency to a 4-day week a year ago. Output stayed flat, sick days halved, and two clients left because we are not reachable on Fridays.';
const canton = 'Which Swiss canton has the best tax deal for freelancers? Moving next year and honestly lost in the comparisons.';
const principal = 'After 30 years as a school principal in Schaffhausen, I retire on Friday. Thank you to every teacher who stayed late to help a kid without being asked.';
const qrbill = 'Today we are releasing version 2.0 of our open-source library for Swiss QR-bills, with IBAN validation and the structured address format. Thanks to Nicolas, who rewrote the parser. Which edge cases should we cover next?';
const aiDe = 'Die meisten «KI-Strategien», die ich dieses Jahr gesehen habe, sind Tool-Listen. Eine Strategie sagt, was man nicht mehr macht. Hat jemand ein Gegenbeispiel aus einem Schweizer KMU?';
const aiEn = 'Unpopular opinion: most AI strategy decks are just a list of tools. A strategy says what you will stop doing. Has anyone seen a counterexample at a Swiss SME?';
const bakery = 'My father ran a small bakery in Fribourg for 38 years. At his funeral, his former apprentices all said the same thing: "He never yelled. He showed." I am trying to show more and tell less.';
const praxis = 'Wir sind eine Hausarztpraxis in Langenthal und suchen eine neue Praxissoftware mit EPD-Anbindung, guter Agenda und Support auf Deutsch. Mit welchen Anbietern haben Sie Erfahrungen gemacht?';
const warehouse = 'We ran a 6-week pilot letting our warehouse team choose their own shift patterns. Sick days dropped by 22%. What is stopping more logistics companies from trying this?';
const jobsearch = 'Ich suche eine neue Stelle als Pflegefachfrau HF im Raum Winterthur, 60–80 %, am liebsten in der Langzeitpflege oder bei der Spitex. Kennt ihr Betriebe, die ich mir anschauen sollte? Nicole';
const coverLetters = 'Quick question for recruiters in Switzerland: do you still read cover letters? I am coaching a group of refugee engineers on their applications next week.';
const lohn = 'Tipp aus der Lohnbuchhaltung: Wer im Stundenlohn beschäftigt, muss die Ferienentschädigung separat auf der Lohnabrechnung ausweisen. Ein pauschaler Vermerk «inbegriffen» reicht meistens nicht.';
const safety = 'Our night-shift team at the Zurich parcel hub just hit 365 days without a lost-time accident. What is the simplest safety habit that worked in your operation?';
const onboarding = 'Wir haben das Onboarding neu aufgesetzt: Buddy-System, Milestones für 30/60/90 Tage und ein Lunch mit der Führungsperson in der ersten Woche. Die Time-to-Productivity ist von 4 auf 2.5 Monate gesunken.';
const ebanking = 'Unsere Lösung für ältere Kundinnen und Kunden mit der neuen E-Banking-Bestätigung: ein laminiertes A5-Blatt mit Screenshots in grosser Schrift. Seither kommen deutlich weniger Rückfragen.';
const feedback = 'My daughter\'s swimming coach never says "good job". She says "your left arm came out of the water earlier this time". I tried giving feedback like that to my team for a month.';
const gmueslade = 'Seit heute ist unsere App «Gmüeslade» in Bern live: Bauernhöfe können ihre Hofläden mit Öffnungszeiten und aktuellem Angebot eintragen, kostenlos.';
const sales = 'What I learned selling industrial sensors for 12 years: buyers want the engineer, not the salesperson; a pilot beats a slide deck; nobody buys in December.';
const promotion = 'Ab Januar übernimmt Hans-Peter Gut die Leitung unseres Werks in Sursee. Hans-Peter hat vor 22 Jahren bei uns als Lernender angefangen.';
const treuhand = '5 Dinge, die ich als Treuhänderin über KMU-Buchhaltung gelernt habe: Belege sofort scannen, Privat und Geschäft trennen, MWST quartalsweise prüfen, Rückstellungen bilden, einmal im Jahr reden.';
const nursingIt = 'New chapter: I am joining Kantonsspital Baden as Head of Nursing Informatics next month. Thank you to my team on 5 East, who tested every bad prototype I built.';

const nights = 'Die Nachtdienste sind in unserem Pflegeheim am schwierigsten zu besetzen. Wir testen ab Januar 10-Stunden-Nächte mit mehr freien Tagen. Wie macht ihr das?';

export default named('comment-heldout5', [
  // --- clean: a thought, an experience, a question, a resource (some start with a stock word) ---
  C('en', [], 'Congrats Amara! A one-third drop in prescriptions is huge – did the pilot homes keep the protocol after the study ended?', { post: phd, hard: h }),
  C('de', [], 'Gratuliere! Die Idee, dass die Lernenden das Mentoring selbst mitentwickeln, nehme ich gerne in unseren Betrieb in Wil mit.', { post: lehrbetrieb, hard: h }),
  C('en', [], 'Patroni supports permanent slots in the DCS config – we list ours under "slots" in the dynamic configuration and they survive every failover since 3.0.', { post: postgres }),
  C('de', [], 'Bei uns in der Zimmerei hat die 4-Tage-Woche vor allem bei den Lernenden funktioniert. Bei den Monteuren auf der Baustelle war es schwieriger, weil die Kunden am Freitag trotzdem anrufen.', { post: fourDay }),
  C('en', [], 'Zug, obviously 😄 But check Obwalden too if you need cheaper rent.', { post: canton, hard: h }),
  C('de', [], 'Danke für alles, Herr Gasser. Ihr Mathe-Nachhilfe-Freitag hat mich durch die Sek gebracht.', { post: principal, hard: h }),
  C('en', [], 'The SIX implementation guidelines list the combined address edge cases in section 4.2 – might be worth adding tests for those before the November switch.', { post: qrbill, hard: h }),
  C('de', [], 'Ich sehe das etwas anders: Bei uns war die Tool-Liste der erste Schritt, um überhaupt ins Gespräch zu kommen. Die harten Entscheide kamen später, aber ohne Experimente hätten wir sie nicht treffen können.', { post: aiDe }),
  C('en', [], 'I\'m so sorry for your loss. "He never yelled. He showed." – that\'s going on a post-it on my desk tomorrow.', { post: bakery, hard: h }),
  C('de', [], 'Wir arbeiten seit drei Jahren mit einer Lösung aus Bern und sind vor allem mit dem Support zufrieden. Schreiben Sie mir gerne, dann erzähle ich Ihnen mehr über unsere Erfahrungen bei der Umstellung.', { post: praxis, hard: h }),
  C('en', [], 'Did you see any difference between full-time and part-time staff in who picked which shifts?', { post: warehouse }),
  C('de', [], 'Lueg mal bi de Spitex Winterthur – die suechet grad vill Lüt im Langzeitbereich!', { post: jobsearch, hard: h }),
  C('en', [], 'Recruiter at a Basel pharma here: I skim them, but only after the CV. Two lines on why this role beats a full page every time.', { post: coverLetters, hard: h }),
  C('de', [], 'Danke, genau diese Frage hatten wir letzte Woche mit einer Aushilfe. Gilt das auch für Mitarbeitende mit weniger als 8 Stunden pro Woche?', { post: lohn, hard: h }),
  C('en', [], 'Our simplest one: anyone can stop a forklift by raising a red glove, no questions asked. It took a year before people actually used it.', { post: safety }),
  C('de', [], 'Super Insights! Den Lunch mit der Führungsperson in Woche 1 machen wir auch – underrated, aber der grösste Impact auf die Retention.', { post: onboarding, hard: h }),
  C('en', [], '🙌 Nicolas rewriting the parser over three weekends deserves a beer. We dropped our own parser last month and the structured address support saved us a sprint.', { post: qrbill, hard: h }),
  C('de', [], 'Genau so! Meine Mutter (81) hat das Blatt am Kühlschrank hängen. Könnt ihr das PDF teilen?', { post: ebanking, hard: h }),

  C('de', [], 'hab genau das gleiche erlebt bei uns im altersheim, die nachtschicht ist am schwirigsten zu besetzen. 10h nächte haben bei uns leider zu mehr krankheitsausfällen gefürt', { post: nights, hard: h }),

  // --- comment.generic ---
  C('en', ['comment.generic'], 'Great post!', { post: aiEn }),
  C('de', ['comment.generic'], 'Toller Beitrag, danke fürs Teilen! 👍', { post: lohn }),
  C('en', ['comment.generic'], 'Congratulations! 🎉', { post: nursingIt }),
  C('de', ['comment.generic'], 'Herzliche Gratulation!', { post: lehrbetrieb }),
  C('en', ['comment.generic'], '👏👏👏', { post: safety }),
  C('de', ['comment.generic'], 'Gratuliere, Hans-Peter! Wohlverdient. 🍾', { post: promotion, hard: h }),
  C('en', ['comment.generic'], 'So true. This is something every leader needs to hear right now. Thanks for sharing, Sarah!', { post: feedback, hard: h }),
  C('de', ['comment.generic'], 'Sehr spannend, vielen Dank für diese wertvollen Insights! 🙏', { post: onboarding, hard: h }),
  C('en', ['comment.generic'], 'Interesting perspective.', { post: fourDayEn }),
  C('de', ['comment.generic'], 'Wow, mega! 😍', { post: gmueslade }),
  C('en', ['comment.generic'], 'Love this! 💯 Couldn\'t agree more.', { post: sales, hard: h }),
  C('de', ['comment.generic'], 'Absolut einverstanden. Starker Beitrag!', { post: ebanking, hard: h }),
  C('en', ['comment.generic'], 'Well deserved, Dr. Nwosu! Onwards and upwards 🚀', { post: phd, hard: h }),
  C('de', ['comment.generic'], 'Merci fürs Teilen 😊', { post: treuhand }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], 'We solve exactly this with our managed Postgres platform – zero-downtime failover, slots included. DM me for a free 30-day trial!', { post: postgres }),
  C('de', ['comment.sales-pitch'], 'Wir von der MediSoft AG bieten genau das: EPD-Anbindung, Agenda und Support auf Deutsch – jetzt mit 3 Monaten gratis. Schreiben Sie mir eine PN für eine Demo!', { post: praxis }),
  C('en', ['comment.sales-pitch'], 'Great post! If you\'re looking to land your next role faster, my CV rewrite service has helped 200+ professionals in Switzerland. Link in my bio 😉', { post: coverLetters, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], 'Spannend! Genau für solche Onboarding-Prozesse haben wir bei Onboardly eine Software entwickelt, die das Buddy-System automatisiert. Gerne zeige ich Ihnen in 15 Minuten, wie das funktioniert.', { post: onboarding, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], 'Our clients in logistics saw a 40% drop in incidents with our wearable sensors. Happy to set up a call with my colleague Jonas if you\'d like to see the numbers.', { post: safety, hard: h }),
  C('de', ['comment.sales-pitch'], 'Liebe Nicole, als Karriere-Coach für Pflegefachpersonen begleite ich genau solche Wechsel. Mein Paket «Neustart Pflege» gibt es diesen Monat zum Sonderpreis von CHF 290 – melde dich bei mir!', { post: jobsearch, hard: h }),
  C('en', ['comment.sales-pitch'], 'We run AI strategy workshops for SMEs that force exactly those hard choices. Next cohort starts in January, 2 seats left – DM me "AI" for details.', { post: aiEn }),
  C('de', ['comment.sales-pitch'], 'Oder man lagert die Buchhaltung gleich ganz aus 😉 Wir übernehmen das für KMU ab CHF 150 im Monat, Anfragen gerne per Direktnachricht.', { post: treuhand, hard: h }),
]);
