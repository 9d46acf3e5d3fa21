import { P, named } from './types';

// Sixth held-out split (issue #3), posts. Written from docs/rules.md only (see invite.heldout6.ts).
const h = true;

export default named('post-heldout6', [
  // --- clean: lessons, real questions, announcements that thank others, stories with a point ---
  P('de', [], `Letzte Woche hat mir eine Patientin auf der Geriatrie gesagt: «Sie sind die Erste, die heute nicht auf die Uhr schaut.»

Das hat gesessen. Wir haben auf unserer Station danach eine einfache Regel eingeführt: Beim Eintreten ins Zimmer zuerst hinsetzen, dann reden. Es kostet im Schnitt 40 Sekunden mehr pro Besuch.

Die Zahl der Klingelrufe pro Schicht ist seither um fast einen Viertel gesunken.

Wie macht ihr das in euren Teams – gibt es kleine Regeln, die bei euch viel bewirkt haben?`, { hard: h }),
  P('en', [], `After 9 years at Zurich Insurance, Friday was my last day.

I want to thank Marianne Keller, who hired me as a claims trainee when my German was still terrible, and the property team in Winterthur, who taught me that a good claims handler listens first and calculates second.

Next month I start at a small insurtech in Zug, building the claims process from scratch. If you've done that before: what do you wish you had known in month one?`, { hard: h }),
  P('de', [], `Frage an alle Landwirtinnen und Landwirte hier: Wie organisiert ihr die Stellvertretung, wenn ihr krank seid?

Bei uns im Emmental hat der Betriebshelferdienst diesen Winter zweimal abgesagt. Mit 38 Kühen im Stall geht das nicht lange gut.

Ich bin froh um jeden Erfahrungsbericht.`, { hard: h }),
  P('en', [], `Today we're opening our booking tool for Swiss physiotherapy practices to everyone.

What it does: patients book and move their own appointments, the practice sees a waiting list, and cancellations under 24 hours are offered to the next person automatically.

What it doesn't do yet: invoicing under Tarif 312. That's next on the list.

Big thanks to the 14 practices in Bern and Fribourg who tested the beta and sent us 300+ bug reports.

Physios reading this: what's the one thing your current booking system gets wrong?`, { hard: h }),
  P('de', [], `Heute vor 25 Jahren habe ich meine Lehre als Polymechaniker bei Georg Fischer in Schaffhausen begonnen.

Danke an meinen Lehrmeister Walter Bolli, der mir beigebracht hat, dass man einen Fehler zuerst selber sucht.`, { hard: h }),
  P('en', [], `3 things I learned from hiring 40 apprentices in 6 years:

• Grades say little. A trial day in the workshop says a lot.
• Parents matter. Invite them to the first day.
• The best apprentice coaches are not always the best craftsmen.

We still get number 2 wrong sometimes.

Fellow trainers: what would be on your list?`, { hard: h }),
  P('de', [], `Unsere 3. Sek hat diese Woche Bewerbungsgespräche mit echten Personalverantwortlichen aus dem Dorf geübt.

Die grösste Überraschung für die Jugendlichen: Niemand hat nach den Noten gefragt, alle wollten wissen, was sie in der Freizeit machen.

Merci an die Raiffeisenbank, die Garage Widmer und das Altersheim Sonnmatt fürs Mitmachen!

Wie bereitet ihr eure Schülerinnen und Schüler auf die Lehrstellensuche vor?

#Berufswahl #Schule #Lehrstelle #Bildung #Sekundarschule`, { hard: h }),
  P('en', [], `Small win: our team in Lugano closed the FINMA audit with zero findings. Credit goes to Giulia and Marco, who rebuilt every KYC file over the summer.`, { hard: h }),
  P('de', [], `Seit drei Monaten bin ich pensioniert. Nach 38 Jahren bei der Gemeindeverwaltung Köniz dachte ich, ich würde die Arbeit nicht vermissen.

Falsch gedacht. Was mir fehlt, ist nicht die Arbeit, sondern das Gefühl, gebraucht zu werden.

Deshalb begleite ich jetzt zweimal pro Woche Jugendliche beim Bewerbungsschreiben, ehrenamtlich über das Projekt «Job Caddie».

An alle, die kurz vor der Pensionierung stehen: Plant nicht nur die Finanzen, plant auch, wo ihr gebraucht werdet. Wie habt ihr das gemacht?`, { hard: h }),
  P('en', [], `Hello network, I am searching a position as data analyst in Basel region since 4 months.
I have a Master from University of Porto and 2 years experience with Python and SQL in a logistics company.

I noticed many job ads require fluent German. I am at B1 now and learning every evening.

My question to recruiters and hiring managers: is B1 German a real blocker for analyst roles in Basel pharma, or can English be enough in some teams?

Thank you for any honest advice.`, { hard: h }),
  P('de', [], `Kurze Umfrage unter HR-Leuten in der Schweiz: Gebt ihr Absagen an Lernende telefonisch oder schriftlich?

Wir diskutieren das im Team seit Wochen. Telefonisch ist persönlicher, schriftlich ist für 15-Jährige manchmal leichter zu verdauen.

Ich freue mich auf eure Erfahrungen in den Kommentaren.`, { hard: h }),
  P('en', [], `Proud of this team. 🎉

Our watch restoration workshop in La Chaux-de-Fonds just won the Prix Artisanat 2026. The prize has my name on it, but the work is theirs: Aurélie redid the enamel dial, Samuel rebuilt the movement from a 1940s drawing, and Mehdi spent 60 hours on the case.

If you're in the area on 14 June, come to our open workshop day and ask them how they did it.`, { skip: ['post.no-conversation'], hard: h }),
  P('de', [], `Neu: Unsere Apotheke in Olten bietet ab Montag Impfberatung ohne Termin an, jeweils von 8 bis 10 Uhr.

Hintergrund: Viele ältere Kundinnen und Kunden haben uns erzählt, dass sie mit der Online-Buchung nicht zurechtkommen.

Was sind eure Erfahrungen mit Angeboten ohne Termin – werden sie gestürmt oder eher ignoriert?`, { hard: h }),
  P('en', [], `Two years ago I was a primary school teacher in Aarau. Today I shipped my first feature as a junior developer.

What carried over more than I expected:
- explaining the same thing five ways until it clicks
- planning a day around people who don't want to be planned
- staying calm when 24 things happen at once

What didn't: I still can't read a stack trace as fast as I read a room.

Other career changers – which of your old skills surprised you most?`, { hard: h }),
  P('de', [], `Heute habe ich das Zürcher Anwaltspatent erhalten. 🎓

Danke an Dr. Martina Steiner und das ganze Team der Kanzlei am Bellevue für zwei lehrreiche Jahre Praktikum – und an meine Familie fürs Aushalten.`, { hard: h }),
  P('en', [], `I've been in B2B sales for 12 years and I still hate cold calling.

Last quarter I tried something different: no calls at all, only a short handwritten card to each customer after delivery. Renewals went from 71% to 83%.

Could be luck, could be the new product. I honestly don't know yet.

Has anyone tested something like this long enough to know if it sticks?`, { hard: h }),
  P('de', [], `Was ich in 10 Jahren Steuerverwaltung gelernt habe: Die meisten Fehler in Steuererklärungen passieren nicht aus Absicht, sondern weil das Formular unverständlich ist.

Wir haben im Kanton Luzern letztes Jahr die Wegleitung in einfache Sprache übersetzt. Die Rückfragen am Telefon sind um 30 % zurückgegangen.

Welche Behördenformulare treiben euch am meisten in den Wahnsinn?`),
  P('en', [], `We're hiring two apprentices (Informatiker/in EFZ) for August 2027 in our Bern office.

You'll work on real customer projects from week one, with a mentor who was an apprentice here herself.

Know a curious 15-year-old? Send them our way, or ask me anything below.`, { hard: h }),
  P('de', [], `Hagel auf dem Auto? Drei Dinge, die viele vergessen:

1. Fotos machen, bevor ihr das Auto wegfahrt.
2. Nicht zur nächstbesten Garage – viele Versicherungen haben Drive-in-Schadenzentren.
3. Die Frist für die Meldung steht in euren AVB, oft sind es nur wenige Tage.

Ich arbeite seit 15 Jahren in der Schadenregulierung und sehe diese Fehler jeden Sommer.

Welche Erfahrungen habt ihr mit Hagelschäden gemacht?

#Versicherung #Hagel #Auto #Tipps`, { hard: h }),
  P('en', [], `My 6-year-old asked what I do at work. I said "I help banks not lose money." She said "So you're a bank babysitter." Honestly? Best description of risk management I've heard.`, { hard: h }),
  P('de', [], `Wir führen seit 20 Jahren ein kleines Hotel in Grindelwald. Diesen Sommer kamen zum ersten Mal mehr Gäste aus Indien als aus Deutschland.

Wir lernen gerade viel: vegetarisches Frühstück ernst nehmen, Familienzimmer für sechs Personen, und dass «Jungfraujoch um 7 Uhr» für manche Gäste kein Scherz ist.

Kolleginnen und Kollegen aus der Hotellerie: Wie habt ihr euer Angebot angepasst?`),
  P('en', [], `I turned down a CHF 18,000 project last week.

The client wanted a full brand identity in three weeks, with "unlimited revisions". Five years ago I would have said yes and burned out by week two.

What I've learned as a freelancer: the projects you say no to shape your business as much as the ones you say yes to.

Freelancers – where do you draw your line?`, { hard: h }),
  P('de', [], `Die häufigste Frage in meinen Coachings mit Quereinsteigenden: «Wie erkläre ich die Lücke im Lebenslauf?»

Meine Antwort: gar nicht verstecken. Ein Satz reicht – was war, was ihr daraus mitnehmt, was ihr jetzt wollt.

Beispiel: «2023 habe ich meine Mutter gepflegt. Dabei habe ich gelernt, unter Druck zu organisieren. Jetzt suche ich eine Stelle in der Disposition.»

Wie geht ihr als Recruiterinnen und Recruiter mit solchen Lücken um?`, { hard: h }),
  P('en', [], `Unpopular opinion from a Swiss private banker: most clients don't want a "digital experience". They want their advisor to pick up the phone.

We cut our app features by half last year and client satisfaction went up.

Agree or disagree? I'm genuinely curious how it looks in other banks.`, { hard: h }),
  P('de', [], `Erster Arbeitstag als Lernende bei Emmi in Ostermundigen! 🧀 Mega nettes Team, und ich durfte schon beim Joghurt-Degustieren helfen. Ich freue mich auf die nächsten drei Jahre.`, { skip: ['post.self-promotion'], hard: h }),
  P('en', [], `What a failed batch taught me about quality culture.

In 2019 I was QA lead at a mid-sized contract manufacturer near Basel. One Friday afternoon, an operator on the night shift called me because a pressure reading on a filling line "looked a bit strange". It was within specification. Barely. Nobody would have blamed her for ignoring it.

She didn't. We stopped the line, investigated over the weekend and found a worn seal that would have contaminated the next three batches. The cost of stopping: one lost shift. The cost of not stopping: a recall in six countries, and possibly patients harmed.

On Monday, I did something I'm still glad about. Instead of a quick "thank you" email, I asked our site head to come to the night shift briefing and thank her in front of the whole team. He did, and he stayed an hour to listen to what else the operators had noticed but never reported.

Over the next six months, deviation reports from the shop floor went up by 60%. At first that looked terrible in our KPI dashboard. Management asked whether quality was getting worse. It wasn't. People had simply started to speak up, and most of the reports were small things caught early.

Three things I took from this:

1. A quality system is only as good as the willingness of the least senior person to say "this looks strange".
2. How leaders react to the first uncomfortable report decides whether there will be a second one.
3. A rising number of reported deviations can be the best sign you will ever get, if you read it correctly.

I've since moved to a regulatory role, but I still think about that phone call whenever I review an inspection report. The operators who call on a Friday afternoon are worth more than any software we buy.

For those of you working in GMP environments: how do you make sure people on the night shift feel safe to stop a line? And how do you explain a rising deviation count to management without sounding like you're making excuses?`, { hard: h }),
  P('de', [], `Seit einem Jahr digitalisieren wir in unserer Gemeinde die Baugesuche. Ein Zwischenbericht aus der Verwaltung, ehrlich und ohne Hochglanz.

Was gut lief: Die Architekturbüros waren schneller an Bord, als wir dachten. Nach drei Monaten kamen bereits 70 Prozent der Gesuche digital. Die Rückfragen wegen fehlender Unterlagen haben sich halbiert, weil das Portal Pflichtfelder kennt.

Was schwierig war: Die Nachbarn. Die öffentliche Auflage ist gesetzlich geregelt, und viele ältere Einwohnerinnen und Einwohner wollten die Pläne weiterhin auf Papier im Gemeindehaus sehen. Das dürfen sie auch. Wir hatten diesen Teil schlicht unterschätzt und mussten kurzfristig einen zweiten Bildschirm und eine Person am Schalter organisieren.

Was wir unterschätzt haben: Die interne Umstellung. Unsere Bauverwalterin arbeitet seit 27 Jahren mit Papierdossiers, und ihr Wissen steckt in Randnotizen, Post-its und Erfahrung. Ohne sie hätten wir die Prozesse nie richtig abgebildet. Mit ihr hat es zwei Monate länger gedauert, aber das Resultat ist besser.

Was ich anders machen würde: Früher mit dem Kanton reden. Die Schnittstelle zum kantonalen Amt für Raumentwicklung kam erst im letzten Moment, und das hat uns viel Nerven gekostet.

Mein Fazit für andere Gemeinden: Die Technik ist nicht das Problem. Die Menschen sind die Lösung, wenn man sie früh genug einbezieht.

Welche Gemeinden stehen gerade vor dem gleichen Schritt? Und wer hat die öffentliche Auflage schon ganz digital gelöst?`, { hard: h }),
  P('de', [], `Gestern Abend beim Znacht hat mein Sohn (12) gefragt, was eigentlich eine Treuhänderin macht. Ich habe fünf Minuten erklärt. Er hat nichts verstanden.

Dann habe ich es nochmals versucht: «Ich helfe Leuten, dass sie dem Staat nicht zu viel und nicht zu wenig bezahlen.» Das hat er sofort begriffen.

Seither frage ich mich, warum ich das meinen Kundinnen und Kunden nicht auch so einfach erkläre. Wie erklärt ihr euren Job in einem Satz?`, { hard: h }),
  P('en', [], `[Update: the role is filled – thank you all!]

We were looking for a part-time bookkeeper for our family bakery in Frauenfeld. Thanks to everyone who passed the post on, we had 31 applications in four days.`, { skip: ['post.no-conversation'], hard: h }),
  P('de', [], `Legal Tech ist kein Gamechanger, solange die Mandantinnen und Mandanten die Rechnung nach Stunden bezahlen.

In unserer Kanzlei in St. Gallen haben wir ein Tool eingeführt, das Standardverträge in Minuten prüft. Effizienter? Ja. Aber bei Stundenhonoraren verdienen wir damit weniger. Der Business Case funktioniert nur mit Pauschalen.

Wie löst ihr das in euren Kanzleien – habt ihr das Honorarmodell angepasst?`, { hard: h }),
  P('en', [], `Thank you to everyone who came to our Apéro for Women in Watchmaking in Biel last night – 80 people, 3 panels, and way too little cheese.

Special thanks to Nathalie Rochat from Swatch Group and Léa Monnier from the Haute Ecole Arc for the honest talk on part-time roles in ateliers.

What topic should we pick for the next one?

#watchmaking #womenintech #biel`, { hard: h }),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `Which Swiss city has the best work-life balance? 🇨🇭

❤️ Zurich
👍 Bern
👏 Lausanne
💡 Basel

React below and share with your network!`),
  P('de', ['post.engagement-bait'], `Ich verschenke 10 Exemplare meines Leitfadens «Bewerben in der Schweiz». Kommentiere einfach «LEITFADEN» und ich schicke ihn dir per DM. 📩

Und vergiss nicht, den Beitrag zu liken, damit ihn mehr Leute sehen!`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.engagement-bait'], `Tag 3 colleagues who deserve a coffee today ☕️ Nurses, this one's for you. 💙`),
  P('de', ['post.engagement-bait'], `Wer kennt das? 😅 Montagmorgen, Kaffeemaschine kaputt und das erste Meeting um 7:30.

Like, wenn es dir auch so geht! 👇`, { hard: h }),
  P('en', ['post.engagement-bait'], `5 things I wish I'd known before my first salary negotiation in Switzerland:

1. Ask for the salary band early. It's normal here.
2. Always talk about the gross annual salary, including the 13th month.
3. Pension fund contributions differ a lot between employers.
4. Extra holidays can be worth more than CHF 2,000.
5. Silence is your friend.

♻️ Repost this to help someone in your network, and follow me for more career tips.`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.engagement-bait'], `Wir suchen ab August zwei Lernende Fachfrau/Fachmann Gesundheit EFZ für unser Alterszentrum in Frauenfeld.

Teilt diesen Beitrag, damit ihn möglichst viele Jugendliche sehen! 🙏 Jedes Teilen hilft.`, { hard: h }),
  P('en', ['post.engagement-bait'], `Comment "GUIDE" below and I'll DM you my 12-page salary negotiation playbook for Swiss tech jobs. 📘`, { skip: ['post.sales-pitch'], hard: h }),
  P('de', ['post.engagement-bait'], `Wie viele Ferientage habt ihr pro Jahr? Schreibt eure Zahl in die Kommentare! 👇 Und markiert eine Person, die dringend Ferien braucht 😂`, { hard: h }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `🚨 LAST CHANCE 🚨

Our LinkedIn Ghostwriting Masterclass starts Monday. Early-bird price CHF 490 instead of CHF 890, only until midnight!

DM me "MASTER" to get your spot.`, { skip: ['post.engagement-bait'] }),
  P('de', ['post.sales-pitch'], `Frühlingsaktion bei Weinbau Rüfenacht 🍇: 15 % Rabatt auf alle Chasselas-Kisten, nur noch bis Sonntag.

Jetzt bestellen unter www.ruefenacht-wein.ch – Lieferung in der ganzen Schweiz gratis ab CHF 150.`),
  P('en', ['post.sales-pitch', 'post.no-conversation'], `Most Swiss SMEs lose weeks every year to manual invoicing.

Here's how to fix it:
→ Send invoices the day the work is done, not at month end.
→ Use QR-bills so payments match automatically.
→ Automate reminders after 10 days.

Or skip all of that: our tool does it for you. Book your free 15-minute demo this week – link in the comments. Only 5 slots left!`, { hard: h }),
  P('de', ['post.sales-pitch'], `Viele Führungskräfte merken erst nach der Beförderung, dass niemand ihnen das Führen beigebracht hat.

Genau dafür gibt es mein 8-Wochen-Programm «Klar führen». Start am 3. März, noch 3 Plätze frei, Preis CHF 1'850.

Schreib mir eine Nachricht mit «KLAR» und ich schicke dir alle Infos.`, { skip: ['post.no-conversation', 'post.engagement-bait'], hard: h }),
  P('en', ['post.sales-pitch'], `Did you know that 1 in 3 self-employed people in Switzerland has no disability cover? 😱

One accident and your income is gone. Your family pays the price.

Get your personal offer in 2 minutes via the link in my profile. This month only: your first premium is on us!`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.sales-pitch'], `Nur noch heute: Unsere limitierte Edition «Aletsch» (99 Stück) für CHF 1'290 statt 1'590. Jetzt kaufen, solange Vorrat. ⌚`),
  P('en', ['post.sales-pitch', 'post.no-conversation'], `A friend asked me how I passed CFA Level II on the first try.

Honest answer: structure. No magic, just a plan I actually followed for 10 weeks.

That's why I turned my notes into a 10-week study plan with weekly checklists and 400 practice questions. The price goes up from CHF 199 to CHF 299 on Friday.

DM me "PLAN" to get it before then.`, { skip: ['post.engagement-bait'], hard: h }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion'], `I'm thrilled to announce that I have been promoted to Vice President at Julius Baer! 🚀 Hard work pays off. Onwards and upwards!`),
  P('de', ['post.self-promotion'], `Ich freue mich riesig, euch mitzuteilen, dass ich zu den «Top 50 Women in Swiss Fintech» gewählt wurde! 🏆

Eine grosse Ehre und eine Bestätigung für meine harte Arbeit. Ich bin sehr stolz auf mich.`, { hard: h }),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Humbled to share that my keynote at the Swiss Economic Forum received a standing ovation from 1,300 people. 🙏

Speaking on the main stage right after a Nobel laureate was surreal. My calendar is now fully booked until March, and I'm honoured by all the requests that keep coming in.

Blessed.`, { hard: h }),
  P('de', ['post.self-promotion'], `Dankbar. 🙏

Vor fünf Jahren habe ich meine Firma gegründet. Heute: 40 Mitarbeitende, 12 Millionen Umsatz, drei Auszeichnungen. Ich habe nie aufgegeben, auch wenn alle an mir gezweifelt haben.

Mein Weg zeigt: Wer an sich glaubt, erreicht alles. Ich bin erst am Anfang.`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.self-promotion', 'post.hashtags'], `New certification unlocked! ✅ I am now a Certified Scrum Professional, SAFe Agilist, PMP and PRINCE2 Practitioner. That makes 11 certifications in 3 years.

#agile #scrum #certified #projectmanagement #PMP #SAFe #careergrowth`),
  P('de', ['post.self-promotion'], `Mein Jahr 2026 in Zahlen: 🚀 127 Vorträge, 2,3 Millionen Impressionen, 14'000 neue Follower und mein Buch in den Top 10.

Ich bin stolz auf das, was ich erreicht habe – 2027 wird noch grösser.`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.self-promotion'], `Proud to share that I was named one of Switzerland's "Top 100 Lawyers under 40" by Bilanz.

I have worked incredibly hard for this recognition, and it feels amazing to see it pay off. Here's to the next chapter!`, { skip: ['post.no-conversation'] }),
  P('de', ['post.self-promotion'], `Neuer Meilenstein: Ich bin ab sofort offiziell zertifizierter Executive Coach (ICF PCC) – als einer von nur 40 in der ganzen Deutschschweiz. 💪

Die Ausbildung war intensiv, aber ich habe es geschafft.`, { hard: h }),

  // --- post.too-personal ---
  P('en', ['post.too-personal'], `Sunset in Ascona tonight 🌅 Nothing beats a risotto by the lake with my wife after a long week. #weekendvibes #ticino`),
  P('de', ['post.too-personal'], `Endlich Ferien! 🏖️ Zwei Wochen Sardinien mit der ganzen Familie, das Handy bleibt im Hotelzimmer. Bis bald, ihr Lieben!`),
  P('en', ['post.too-personal'], `Picked up the new car today! 🚗 Finally a Model Y in midnight silver. The kids already named it "Blitz". Sunday drive to Lucerne tomorrow!`, { skip: ['post.self-promotion'] }),
  P('de', ['post.too-personal', 'post.no-conversation'], `Was für ein Wochenende! Am Samstag hat unsere Tochter Lena ihren Jonas geheiratet.

Trauung in der kleinen Kapelle oberhalb von Sils, danach Apéro auf der Wiese, Fondue chinoise für 90 Gäste und getanzt wurde bis um drei Uhr morgens. Der Grossvater hat mit 88 Jahren noch eine Rede gehalten, die niemand vergessen wird.

Wir sind so glücklich und müde.`, { hard: h }),
  P('en', ['post.too-personal'], `Happy 40th birthday to my amazing husband Marc! ❤️ 15 years, 2 kids, 1 dog and countless ski weekends in Verbier. Love you to the moon and back.`),
  P('de', ['post.too-personal'], `Grillabend mit den Nachbarn 🍖🍻 Cervelat, ein kühles Bier und Sonnenuntergang über dem Zürichsee. So muss ein Freitag sein!`),
  P('en', ['post.too-personal'], `Powder day in Zermatt with the family ⛷️ First run at 8:30, hot chocolate at the Findlerhof, kids asleep in the train home.

#leadership #worklifebalance #family`, { hard: h }),

  // --- post.no-conversation (long, informative, no question) ---
  P('de', ['post.no-conversation'], `Ab 1. Januar gilt im Kanton Zürich die neue Regelung zur Arbeitszeiterfassung für Gemeindeangestellte.

Das bedeutet konkret: Wer mehr als 120 Stunden Überzeit ansammelt, muss mit der vorgesetzten Person einen Abbauplan vereinbaren. Gleitzeitsaldi werden neu monatlich und nicht mehr jährlich kontrolliert.

Die Details stehen im Merkblatt des Personalamts, das alle Gemeinden letzte Woche erhalten haben.`),
  P('en', ['post.no-conversation'], `Our bank published its 2026 sustainability report today.

Key figures: financed emissions down 18% against 2022, 42% women in senior management, and all Swiss branches now run on renewable electricity.

The full report, including the methodology and the areas where we missed our targets, is available on our website.`, { skip: ['post.self-promotion'] }),
  P('en', ['post.no-conversation'], `The best advice I got as a young nurse came from a night-shift colleague in Chur: "Write down what you did, not what you felt."

It sounded cold at the time. It wasn't. Clear notes protected my patients, my team and me, more than once.

Twenty years later I still teach it to every new colleague on our ward. Keep going.`, { hard: h }),

  // --- post.hashtags ---
  P('de', ['post.hashtags'], `Wie messt ihr den Erfolg eures Onboardings in der Pflege? Wir testen gerade ein Gespräch nach 30, 60 und 90 Tagen.

#Pflege #Onboarding #HR #Spital #Gesundheitswesen #Fachkräftemangel #Schweiz #Personal`, { hard: h }),
  P('en', ['post.hashtags'], `Which tools do you use to track time in small agencies? We've outgrown our spreadsheet.

#agency #timetracking #freelance #smallbusiness #tools #productivity`, { hard: h }),
  P('en', ['post.hashtags'], `Great discussion today on #AI in #pharma quality control with colleagues from #Roche and #Novartis – is #GMP ready for #MachineLearning at the batch release step?

Curious about your #compliance view.`, { hard: h }),

  // --- post.wall-of-text and post.hook ---
  P('en', ['post.wall-of-text', 'post.hook'], `When I started as a recruiter in Zurich eight years ago I believed the best candidates were the ones with the most impressive CVs, and it took me an embarrassingly long time to understand that a CV mostly tells you how good someone is at writing CVs, so last year we changed our process for junior roles in banking operations: no CV in the first round, only three short questions about how the person solved a real problem, and then a 20-minute call with the team lead, and the result after twelve months is that our new hires stay longer, they are more diverse, and the team leads say the first calls are more interesting, but we also lost some candidates who did not want to answer questions before seeing the full job description, which I understand. Has anyone else tried a CV-free first round, and what did you learn?`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Heute möchte ich etwas über meine ersten Monate als Quereinsteigerin in der Primarschule erzählen, weil mich so viele Leute fragen, wie es mir geht, seit ich die Bank verlassen habe, und die ehrliche Antwort ist: anstrengender als erwartet und schöner als erwartet, denn in der Bank hatte ich klare Prozesse, Meetings mit Agenda und eine Kaffeepause um zehn, während im Schulzimmer jede Minute etwas anderes passiert, ein Kind weint, eines hat sein Znüni vergessen, zwei streiten um einen Leimstift, und dazwischen soll ich noch Mathematik unterrichten, und trotzdem gehe ich jeden Abend mit dem Gefühl nach Hause, etwas Sinnvolles gemacht zu haben, was ich in zwölf Jahren Compliance selten hatte, wobei ich viel aus der Bank mitnehmen konnte, vor allem die Fähigkeit, Dinge zu strukturieren und mit Eltern so zu reden wie früher mit anspruchsvollen Kunden, ruhig, klar und freundlich.`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook'], `We moved our whole warehouse from Dietikon to Rothenburg in one weekend. 42 people, 3,000 pallets, two broken forklifts and one very patient neighbour who let us park trucks on his field. Planning took four months. The thing that saved us was not the software but the paper map on the wall where every team marked what was done. Everyone could see the progress at a glance, including the drivers who never opened the app. We also learned that the night before a move is the wrong time to discover that half the pallets have no labels, so the last two weeks before the move were mostly about labels, more labels, and coffee for the people printing them. If you are planning a move like that: what is your version of the paper map?`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Nach 31 Jahren als Bauer im Zürcher Oberland haben wir den Hof diesen Frühling an unseren Sohn übergeben, und weil mich viele Berufskollegen gefragt haben, wie das gelaufen ist, schreibe ich hier ein paar Gedanken auf: Wir haben fünf Jahre vorher angefangen zu planen, mit dem Treuhänder, mit der Bank und mit der Familie, und das Schwierigste war nicht das Geld, sondern die Frage, wer was entscheidet, wenn der Vater noch auf dem Hof wohnt, und da hat uns eine Hofübergabe-Beraterin vom Bauernverband sehr geholfen, weil sie mit uns klare Regeln aufgeschrieben hat, zum Beispiel dass ich mich bei den Kühen nur einmische, wenn mein Sohn mich fragt, was am Anfang schwer war, aber heute funktioniert, und die Schwiegertochter hat einen Hofladen aufgebaut, der besser läuft als alles, was ich mir je vorstellen konnte. Wie habt ihr die Übergabe in euren Familien geregelt, und was hättet ihr anders gemacht?`, { hard: h }),
  P('en', ['post.hook'], `I spent the last six months interviewing 35 founders of Swiss deep-tech spin-offs from ETH and EPFL about one question: what almost killed the company in the first two years, and what would they tell their younger selves if they could go back to day one?

The answers surprised me.

Not money. Not technology. Almost all of them named co-founder conflict, usually about roles, rarely about vision.

I'll share the full findings next week. Founders here: what was your near-death moment?`, { hard: h }),
  P('de', ['post.hook'], `Als ich vor fünfzehn Jahren als junge Pflegefachfrau auf der Notfallstation im Kantonsspital St. Gallen angefangen habe, hätte ich nie gedacht, dass ich eines Tages die Pflegedirektion eines Spitals leiten würde, und noch weniger, dass mir dabei ausgerechnet meine Zeit als Kellnerin in Arosa am meisten helfen würde.

Im Service lernt man nämlich drei Dinge, die in keinem Führungskurs vorkommen: Prioritäten im Sekundentakt setzen, mit unzufriedenen Menschen freundlich bleiben und das Team nie im Stich lassen.

Welche «fachfremde» Erfahrung hat euch im Beruf am meisten geholfen?`, { hard: h }),
  P('en', ['post.hook', 'post.self-promotion', 'post.no-conversation'], `I'm incredibly proud to announce that after years of hard work, late nights and countless sacrifices, I have been appointed Chief Commercial Officer at one of the fastest-growing fintechs in Switzerland, becoming the youngest C-level executive in the company's history.

This is just the beginning of my journey.

Stay tuned for what I'll achieve next. 🚀`, { hard: h }),
]);
