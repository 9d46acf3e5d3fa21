import { P, named } from './types';

// Fourth held-out split (issue #3): hard cases written from docs/rules.md only, scored blind once
// (results-heldout4-blind.txt) before anyone tunes on them.
const h = true;

export default named('post-heldout4', [
  // --- personal stories with a professional point (clean) ---
  P('en', [], `My grandmother ran the village shop in Trubschachen for 31 years. She never had a CRM.

She had a school exercise book: who was ill, whose son was doing his Matura, who paid late and why.

I now lead customer success for a software company with 4,000 accounts. We have every dashboard you can imagine, and I still catch myself asking: do we actually know why they pay late?

What's your version of grandma's exercise book?`, { hard: h }),
  P('de', [], `Vor zwei Jahren bin ich nach einem Burnout vier Monate ausgefallen.

Ich schreibe das nicht, um Mitleid zu bekommen. Ich führe heute ein Team von neun Leuten und merke, wie leicht man die ersten Warnzeichen bei anderen übersieht: die Mails um Mitternacht, das ewige «passt schon», die verschobenen Ferien.

Darum beginnt bei uns jedes Einzelgespräch mit derselben Frage: Wie viel Energie hast du gerade, von 1 bis 10?

Wie sprecht ihr in euren Teams über Belastung?`, { hard: h }),
  P('en', [], `My sister got married on Saturday and I was in charge of the seating plan for 140 guests.

Three exes, two uncles who haven't spoken since 2009, one vegan table. It was the hardest stakeholder map I've ever drawn, and I've run two reorganisations.

What I'm taking back to the office: ask people who they don't want to sit next to before you ask who they do. It works for project teams too.

Where's the strangest place you learned a management skill?`, { hard: h }),
  P('de', [], `Mein Sohn (7) hat gestern beim Znacht gefragt, warum ich jeden Abend noch aufs Handy schaue.

Ich hatte keine gute Antwort. Ich leite ein Team von zwölf Leuten, und offenbar habe ich ihnen vorgelebt, dass man abends erreichbar sein muss, obwohl ich das nie verlangt habe.

Ab Montag gilt bei uns: Nach 19 Uhr verschickt niemand mehr Mails, ich auch nicht.

Wie geht ihr als Führungspersonen mit eurer eigenen Erreichbarkeit um?`, { hard: h }),
  P('en', [], `I failed my driving test three times before I passed.

The examiner who finally passed me said something I still think about: "You don't drive worse than last time. You just stopped trying to impress me."

Twenty years later I coach junior consultants before their first client workshop, and it's the same thing every time. The ones who try to look senior lose the room. The ones who simply explain what they found win it.

What helped you stop performing and start talking?`, { hard: h }),
  P('de', [], `Heute war mein erster Arbeitstag nach 16 Wochen Mutterschaftsurlaub.

Ich hatte Angst, dass ich alles verpasst habe. Stattdessen lag auf meinem Pult eine Seite von meiner Stellvertreterin Nadine: Was entschieden wurde, was offen ist, wer was wissen muss. Eine Seite, nicht mehr.

Diese Übergabe war besser als jedes Onboarding, das ich je erlebt habe. Ich werde sie als Vorlage für unser ganzes Team übernehmen.

Wie gestaltet ihr Übergaben, wenn jemand länger weg ist?`, { hard: h }),
  P('en', [], `Last winter our old dog stopped being able to climb the stairs, so I carried him up every night for four months.

It made me think about our oldest customers. They don't complain when the product gets harder to use; they quietly stop coming upstairs.

We've started calling every customer who has been with us for more than ten years and hasn't logged in for a month. Half of them had a problem nobody knew about.

Do you track silence as a warning sign?`, { hard: h }),
  P('de', [], `Ich bin in einer Bauernfamilie im Toggenburg aufgewachsen. Um 5 Uhr im Stall, bei jedem Wetter.

Lange habe ich das im Lebenslauf weggelassen, weil ich dachte, es passe nicht zu einer Stelle in der Finanzbranche. Heute bin ich Risikomanagerin bei einer Kantonalbank und merke: Niemand versteht Klumpenrisiken so gut wie jemand, dessen Familie von einer einzigen Heuernte abhing.

Welche Erfahrung ausserhalb des Büros hat euch beruflich am meisten geprägt?`, { hard: h }),

  // --- real questions that are not bait (clean) ---
  P('en', [], `Genuine question for people who hire engineers in Switzerland:

Do you still ask for a cover letter? We dropped it two years ago and I honestly can't tell whether the quality of our applicants changed at all.

If you kept it, what do you actually learn from it?`, { hard: h }),
  P('de', [], `Ich brauche euren Rat: Ab Januar übernehme ich ein Team, in dem zwei Personen älter und deutlich erfahrener sind als ich.

Wie habt ihr in einer ähnlichen Situation Vertrauen aufgebaut, ohne die eigene Rolle kleinzumachen? Ich freue mich über eure Erfahrungen in den Kommentaren.`, { hard: h }),
  P('en', [], `Question for controllers and CFOs: how do you close the books in under five working days without burning out your team?

We're at eight days. I'd love to hear what actually worked for you, not what the consultants promised.`, { hard: h }),
  P('de', [], `Kurze Umfrage unter Schreinerinnen und Schreinern: Wie viel verrechnet ihr inzwischen für die Entsorgung einer alten Küche?

Wir haben die Pauschale seit 2019 nicht angepasst und ich habe keine Ahnung, ob wir damit noch im Rahmen liegen. Auch Zahlen aus der Romandie sind willkommen.`, { hard: h }),
  P('en', [], `Does anyone have experience with four-day weeks in a hospital setting?

Our ward is considering a pilot for nurses (32 hours, same pay) and the biggest open question is how to cover weekends without overtime. Happy for pointers to studies or people I could call.`, { hard: h }),
  P('de', [], `Grüezi mitenand

Wir führen nächstes Jahr in unserer Gemeindeverwaltung eine neue Geschäftsverwaltung ein. Hat jemand von euch Erfahrung mit der Migration von Akten aus den 1990er-Jahren? Was würdet ihr heute anders machen?`, { hard: h }),
  P('en', [], `Ever wondered why your best people leave right after their annual review?

We looked at exit interviews from the last three years. The pattern wasn't money. It was the review itself: people who got vague praise and no development plan were twice as likely to resign within six months.

We've since replaced the yearly review with short quarterly conversations that end with one concrete next step. Attrition in the first year of the change: down from 14% to 9%.`, { hard: h, skip: ['post.no-conversation'] }),

  // --- launches and news, not ads (clean) ---
  P('en', [], `Today we're releasing version 2.0 of Tramline, the open-source timetable library we maintain for Swiss transport companies.

What's new: real-time delay data, support for Romansh station names, and a bundle 40% smaller than before.

Huge thanks to the 23 contributors, especially the team at a regional bus company in Graubünden who tested it on mountain routes with no signal.

Which should we tackle next: accessibility data or platform changes?`, { hard: h }),
  P('de', [], `Seit heute ist unsere App bei drei Spitex-Organisationen im Einsatz. Pflegefachpersonen können damit Wunden direkt beim Patienten dokumentieren, auch ohne Netz hinten im Tal.

Entstanden ist sie in 18 Monaten zusammen mit 40 Pflegenden aus Graubünden, die jede Version getestet und uns mehr als einmal zurück an den Start geschickt haben.

Was braucht es aus eurer Sicht, damit neue Software im Pflegealltag wirklich genutzt wird?`, { hard: h }),
  P('de', [], `Nach zwei Jahren Entwicklung ist es so weit: Unser Velo-Abo für Pendlerinnen und Pendler startet am 1. März in Winterthur.

Für 39 Franken im Monat gibt es ein E-Bike inklusive Service und Versicherung.

Wir sind selbst gespannt, ob das Modell funktioniert. Was würde euch dazu bringen, für den Arbeitsweg aufs Velo umzusteigen?`, { hard: h, skip: ['post.sales-pitch'] }),
  P('de', [], `Unser Bericht zur Lehrstellensituation im Kanton Luzern ist erschienen. Die wichtigste Zahl: 312 Lehrstellen blieben unbesetzt, die meisten im Gastgewerbe und in der Pflege.

Den ganzen Bericht gibt es gratis auf unserer Website. Was müsste sich ändern, damit junge Leute diese Berufe wieder wählen?`, { hard: h }),
  P('en', [], `We've open-sourced the interview rubric we use for hiring junior developers. It's one page: the exact questions and what a good answer looks like.

Link in the first comment, no sign-up. If you use something similar, I'd love to compare notes. What do you score that we don't?`, { hard: h }),
  P('en', [], `After four years of research, our lab's paper on early detection of sepsis in newborns is out in The Lancet today.

The short version: a combination of three routine blood values flags sepsis on average 11 hours earlier than current practice, in a cohort of 2,600 babies across four Swiss hospitals.

This was Dr. Léa Rochat's project from start to finish, with incredible support from the neonatal nurses in Lausanne and Geneva. Clinicians: how would an earlier flag change your decisions on the ward?`, { hard: h }),
  P('de', [], `Wir haben heute unsere Bäckerei in Uster wiedereröffnet, nach acht Monaten Umbau.

Neu backen wir mit Strom aus der eigenen Photovoltaikanlage, und hinter der Theke gibt es ein Fenster, durch das man in die Backstube sieht. Die Idee kam von unserem Lernenden Luca.

Danke an alle Stammkundinnen und Stammkunden, die uns im Provisorium die Treue gehalten haben. Was wünscht ihr euch von einer Quartierbäckerei?`, { hard: h }),

  // --- thanking the team: not self-promotion (clean) ---
  P('de', [], `Heute haben wir die Sanierung des Schulhauses in Baar abgeschlossen, zwei Wochen vor Schulbeginn.

Das ist nicht mein Erfolg, sondern der von Polier Mario und seinem Team, die im Juli bei 34 Grad auf dem Dach standen, und von Frau Keller von der Gemeinde, die jede Entscheidung innert 24 Stunden getroffen hat.

Danke euch allen. Welche Baustelle hat euch dieses Jahr am meisten gefordert?`, { hard: h }),
  P('en', [], `Proud moment: our night-shift team at the Basel distribution centre just went 365 days without a lost-time accident.

It didn't happen by luck. Tamara introduced five-minute safety huddles at every shift change, and the forklift drivers redesigned the loading bays themselves.

What's the one safety habit that made the biggest difference in your operation?`, { hard: h }),
  P('en', [], `I passed my federal diploma in accounting this week, after three years of evening classes next to a full-time job.

This one belongs to my study group, Petra, Yannick and Dario, who kept me going every Tuesday night, and to my manager, who never once put a meeting on an exam day.

If you're thinking about a diploma next to work, ask me anything about the planning. Happy to help.`, { hard: h }),
  P('de', [], `Neuer Job, neues Kapitel: Seit 1. November leite ich den Einkauf bei einer Genossenschaft für regionale Lebensmittel.

Danke an mein altes Team, das mir acht Jahre lang beigebracht hat, dass man mit Bäuerinnen und Bauern anders verhandelt als mit Konzernen.

Falls ihr im Lebensmitteleinkauf arbeitet und euch austauschen möchtet: Meldet euch, ich freue mich über jeden Kaffee.`, { hard: h }),
  P('en', [], `Congratulations to my colleague Aisha Mensah, who just became the first woman to lead our structural engineering team in its 60-year history.

I've watched her turn a struggling bridge project into one of our best-reviewed jobs, mostly by listening to the people on site before anyone else did.

Who's a colleague you'd like to see recognised this year?`, { hard: h }),
  P('de', [], `Ich bin stolz auf unser Team im Kundendienst. 🙌

Im Sommer sind drei Kolleginnen gleichzeitig ausgefallen, und die anderen haben nicht einfach Überstunden gemacht, sondern gemeinsam die zehn häufigsten Anfragen analysiert und dafür kurze Anleitungen geschrieben. Seitdem kommen 30 Prozent weniger Anrufe.

Danke, Jasmin, Ivo, Selin und Marco. Habt ihr ähnliche Erfahrungen, wo ein Engpass zu einer besseren Lösung geführt hat?`, { hard: h }),

  // --- hooks that work: short first line, longer body (clean) ---
  P('en', [], `I fired our best salesperson.

He closed more deals than anyone. He also promised features we didn't have, skipped handovers, and left support to clean up after him.

It took me a year to see that the revenue he brought in was smaller than what we lost in the customers who left because of him. Churn dropped by a quarter in the six months after he went.

Have you ever had to choose between a top performer and your team?`, { hard: h }),
  P('de', [], `Wir haben aufgehört, Lebensläufe zu lesen.

Seit einem Jahr bekommen alle Bewerbenden für unsere Lehrstellen als Informatiker/in dieselbe kleine Aufgabe: ein Problem aus unserem Alltag, in eigenen Worten erklärt, ohne Computer.

Das Ergebnis: Unter den neuen Lernenden sind zwei, die wir mit ihren Schulnoten nie eingeladen hätten. Beide gehören heute zu den Besten ihres Jahrgangs.

Welche Erfahrungen habt ihr mit Auswahlverfahren ohne Dossier?`, { hard: h }),
  P('en', [], `Nobody reads your onboarding wiki.

We checked: 87% of the pages in ours had not been opened in a year. New hires asked the person next to them instead.

So we deleted two thirds of it and gave every new hire a buddy for their first six weeks, with one hour a week blocked in both calendars.

What's the one onboarding document that's actually worth keeping?`, { hard: h }),

  // --- bait phrased politely (engagement-bait) ---
  P('en', ['post.engagement-bait'], `Burnout doesn't announce itself. It shows up as cynicism, as forgetting small things, as dreading Sunday evenings.

If this could help even one person, I'd be so grateful if you gave it a like and reposted it so it reaches more people. 🙏`, { hard: h, skip: ['post.no-conversation'] }),
  P('de', ['post.engagement-bait'], `Ihr Lieben, ich habe eine grosse Bitte. 🙏

Dieser Beitrag über faire Löhne in der Pflege braucht Reichweite. Bitte gebt ihm ein Like und teilt ihn, damit der Algorithmus ihn möglichst vielen zeigt. Von Herzen danke!`, { hard: h, skip: ['post.no-conversation'] }),
  P('en', ['post.engagement-bait'], `I spent three years building our remote onboarding playbook: 42 pages, every template we use, every mistake we made.

I don't want it to gather dust. Just comment "ONBOARDING" below and I'll message it to you personally, no strings attached.`, { hard: h, skip: ['post.no-conversation'] }),
  P('de', ['post.engagement-bait'], `Welche Zahl siehst du zuerst? 👀

Schreib sie in die Kommentare! Angeblich schaffen es nur 3 von 100 Leuten beim ersten Versuch.`, { hard: h }),
  P('en', ['post.engagement-bait'], `Good leaders don't have all the answers. They ask better questions.

Agree? ♻️ Repost to help someone in your network, and follow me for a leadership tip every morning.`, { hard: h }),
  P('de', ['post.engagement-bait'], `Homeoffice sollte ein Recht sein, kein Privileg.

Seht ihr das auch so? Dann lasst ein 👍 da und markiert zwei Kolleginnen oder Kollegen, die das lesen sollten!`, { hard: h }),
  P('en', ['post.engagement-bait'], `We're so close to 10,000 followers on our company page! 🎉

Would you do us a small favour and tag one person who'd enjoy our content about sustainable packaging? Every tag helps us grow. Thank you!`, { hard: h }),

  // --- ads phrased as stories (sales-pitch) ---
  P('en', ['post.sales-pitch', 'post.no-conversation'], `Three years ago I was drowning in spreadsheets, working until midnight and missing my daughter's football matches.

Then I found a system that changed everything. Today I run my consultancy in 25 hours a week.

I've put that system into my course, The Calm Consultant. Enrolment closes on Friday, and the first 20 people get 40% off. Link in the comments 👇`, { hard: h, skip: ['post.self-promotion'] }),
  P('de', ['post.sales-pitch', 'post.no-conversation'], `Als meine Mutter letztes Jahr ins Pflegeheim kam, habe ich gemerkt, wie schwierig es ist, den Überblick über Rechnungen, Krankenkasse und Ergänzungsleistungen zu behalten.

Darum haben wir FamilienOrdner entwickelt: alle Dokumente, Fristen und Zahlungen der Eltern an einem Ort, gemeinsam mit den Geschwistern nutzbar.

Nur diese Woche: das Jahresabo für 49 statt 99 Franken. Jetzt herunterladen und sofort loslegen!`, { hard: h }),
  P('en', ['post.sales-pitch'], `A client called me in tears last month. Her profile had been invisible to recruiters for a year.

We rewrote her headline and About section together. Within three weeks she had four interview invitations.

I have two spots left for my 1:1 profile makeover in December. DM me "PROFILE" to grab one before they're gone.`, { hard: h, skip: ['post.engagement-bait', 'post.no-conversation'] }),
  P('en', ['post.sales-pitch'], `When a family bakery in Thun switched to our ordering system, their morning queue disappeared. Customers pre-order on their phones, and the team bakes what actually sells.

Want the same for your shop? Book a free 20-minute demo through the link in my profile. We're onboarding ten bakeries this month at the launch price.`, { hard: h, skip: ['post.no-conversation'] }),
  P('de', ['post.sales-pitch'], `Letzte Woche sass eine Kundin bei mir, völlig verzweifelt: Die Steuererklärung war seit drei Monaten überfällig, und die Mahnung lag schon auf dem Tisch.

Zwei Stunden später war alles erledigt, und sie ist mit einem Lächeln nach Hause gegangen.

Das willst du auch? Bis Ende Februar mache ich deine Steuererklärung für pauschal 180 Franken statt 250. Schreib mir eine Nachricht und sichere dir einen Termin, solange es noch freie Plätze hat.`, { hard: h, skip: ['post.no-conversation'] }),
  P('de', ['post.sales-pitch'], `Mein Opa hat mir beigebracht: Gute Schuhe halten ein Leben lang. 👞

Genau deshalb fertigen wir in unserer Werkstatt in Brugg jedes Paar von Hand. Zum Black Friday gibt es 25 % Rabatt auf die ganze Kollektion – nur bis Montag, solange Vorrat!`, { hard: h, skip: ['post.no-conversation'] }),

  // --- brags phrased humbly (self-promotion) ---
  P('en', ['post.self-promotion', 'post.no-conversation'], `Humbled and honoured to be named one of Switzerland's Top 40 under 40.

Looking back, I never imagined that a kid from a small village in Valais would one day lead a 200-person company and be recognised alongside such incredible names. I guess hard work and never giving up really do pay off.`, { hard: h }),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich weiss gar nicht, was ich sagen soll. 🙈

Gestern wurde ich an der Marketing-Gala in Zürich zur Marketerin des Jahres gewählt. Ich habe nie damit gerechnet, schon gar nicht in meinem ersten Jahr als CMO. Manchmal zahlt es sich eben aus, wenn man immer ein bisschen mehr gibt als alle anderen.`, { hard: h }),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Grateful. That's the only word I have today.

After 14 years, I've been made partner at the firm, the youngest in its history. Not bad for someone who almost failed first-year law school. I've always believed that if you outwork everyone in the room, the results follow, and today proves it.`, { hard: h }),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Was ich gelernt habe, nachdem ich mit 31 meine dritte Firma verkauft habe:

1. Ich habe immer an mich geglaubt, auch wenn es sonst niemand tat.
2. Ich habe mehr gearbeitet als alle anderen in meinem Umfeld.
3. Ich habe nie aufgegeben, nicht einmal nach meinem ersten Konkurs.

Mein Weg zeigt: Alles ist möglich, wenn man es wirklich will.`, { hard: h }),
  P('en', ['post.self-promotion'], `Still pinching myself. 🥹

My keynote at the HR Summit in Geneva got a standing ovation from 1,200 people, and three conference organisers have already asked me to speak next year. Small-town girl, big stage!`, { hard: h, skip: ['post.no-conversation'] }),

  // --- too-personal in disguise (no professional angle) ---
  P('en', ['post.too-personal', 'post.no-conversation'], `Best decision of the year: switching off my phone for our two weeks in Sardinia. 🌊

Long lunches, the kids building sandcastles from morning to evening, my wife finally finishing her novel, and me learning to make proper pasta from our landlady, who refused to speak a single word of English with me.

Already counting the days until next summer. ☀️🍝`, { hard: h }),
  P('de', ['post.too-personal'], `Work-Life-Balance, wie sie sein sollte 😎 Heute mit der ganzen Familie auf dem Stoos, Fondue in der Hütte und am Abend noch eine Runde Schlitteln. Morgen geht es weiter auf die Piste! ⛷️`, { hard: h }),
  P('de', ['post.too-personal', 'post.no-conversation'], `Am Wochenende haben wir den 80. Geburtstag meines Grossvaters gefeiert: 45 Personen im Garten in Sarnen, Raclette, ein Alphorntrio und Cousins, die extra aus Kanada angereist sind. 🎂

Er hat eine Rede gehalten, die niemand so schnell vergisst, und um Mitternacht noch mit meiner Tochter getanzt.

Was für ein Fest. Ich bin so dankbar für diese Familie. ❤️`, { hard: h }),
  P('en', ['post.too-personal'], `After ten years of grinding, I finally picked up my dream car today 🚗💚 A 911 in racing green. Sunday drive over the Furka Pass, here we come!`, { skip: ['post.self-promotion'] }),

  // --- good posts that still lack something (single mechanical rule) ---
  P('en', ['post.no-conversation'], `Five years ago I sent our board a 40-page strategy document. Nobody read past page three.

Last month I presented our new strategy on a single slide with three numbers. The discussion lasted two hours, and it was the best board meeting we've had in years.

Length is not rigour. Clarity is.`, { hard: h }),
  P('de', ['post.no-conversation'], `Den besten Rat meiner Laufbahn hat mir ein Polier gegeben:

«Versprich nie einen Termin, bevor du mit den Leuten geredet hast, die ihn halten müssen.»

Zwanzig Jahre später gebe ich ihn jeder neuen Projektleiterin und jedem neuen Projektleiter in unserem Ingenieurbüro weiter. Er hat mir mehr Ärger erspart als jedes Planungstool, und er kostet nichts.`, { hard: h }),
  P('de', ['post.hook'], `Letzte Woche hat mich ein Kunde angerufen, weil die Heizung in seinem Mehrfamilienhaus in Olten ausgefallen war, und vor Ort habe ich gemerkt, dass das eigentliche Problem nicht der Brenner war, sondern dass niemand im Haus wusste, wer überhaupt für die Wartung zuständig ist.

Seitdem schreibe ich bei jedem Auftrag eine Karte mit allen Zuständigkeiten und hänge sie gut sichtbar in den Heizungsraum.

Wie regelt ihr das in euren Liegenschaften?`, { hard: h }),
  P('en', ['post.hook'], `When I joined the municipal water utility as its first data analyst, the engineers had forty years of handwritten pump logs in the basement and a strong suspicion that a spreadsheet could not tell them anything they didn't already know from walking the network every week.

Six months later, the logs helped us find two leaks that had been running since the 1990s.

What's the most valuable dataset hiding in your organisation's basement?`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook'], `I've been a school principal for eleven years and the thing that changed our school most was not a new curriculum or a new building but a rule that every teacher visits one colleague's lesson per month, with no form to fill in and no evaluation, just a short coffee afterwards where the visitor says one thing they want to steal and asks one question, and at first people hated it because they felt watched, but after a term the staff room conversations changed from complaints about pupils to ideas swapped between subjects, and our newest teachers told us it was the first time they felt they could ask for help without looking weak. Has anyone tried something similar at their school or in their company?`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Seit acht Jahren führe ich ein kleines Treuhandbüro im Thurgau und das Wichtigste, was ich in dieser Zeit gelernt habe, ist, dass Kundinnen und Kunden nicht wegen unserer Preise oder unserer Software bleiben, sondern weil sie bei jedem Anruf dieselbe Person erreichen, die ihre Geschichte kennt, weshalb wir vor drei Jahren beschlossen haben, jedem Mandat eine feste Ansprechperson zuzuteilen, auch wenn das bei Ferien und Krankheit manchmal kompliziert ist, und seitdem haben wir kein einziges Mandat mehr an die Konkurrenz verloren, obwohl wir nicht die Günstigsten sind. Wie organisiert ihr die Betreuung eurer Kundschaft, wenn das Team wächst?`, { hard: h }),
  P('en', ['post.hashtags'], `Our #datascience team just open-sourced a small tool that predicts delays on #Swiss #publictransport from weather data.

Feedback very welcome: what would you add? #Python #OpenData #Zurich`, { hard: h }),
  P('de', [], `Wir suchen eine Lernende oder einen Lernenden Informatik EFZ für August in Bern. Die Bewerbung geht ohne Motivationsschreiben, dafür mit einem kurzen Gespräch bei uns in der Werkstatt.

Kennt ihr jemanden, für den das passen könnte?

#Lehrstelle #Informatik #Bern #Berufsbildung #Zukunft`, { hard: h }),
  P('en', [], `We're hiring a senior backend engineer for our team in Lausanne (CHF 125–145k, 4 days a week possible, no recruiters please).

You'd work on the routing engine that plans deliveries for 300 small shops. We care more about how you debug than which frameworks you know.

Know someone who'd enjoy this? I'm happy to answer questions here or by message.`, { hard: h }),
]);
