import { P, named } from './types';

// Eighth held-out split (issue #3): the final fresh blind split to report how the coach generalises.
// Written from docs/rules.md only, without reading the engine's phrase lists or earlier splits' texts.
// An ordinary LinkedIn week in Switzerland/DACH and beyond: job changes, lessons learned, company news,
// hiring, events, opinions, personal stories, polls, holidays, launches, offers. Scored blind once
// (results-heldout8-blind.txt); labels were not changed after scoring.
const h = true;

export default named('post-heldout8', [
  // --- clean: a lesson, news or story that invites a reply, or a short post ---
  P('en', [], `New chapter 🚀

After six years at UBS, Monday was my first day as Head of Client Experience at Julius Baer in Zurich.

A big thank you to Andrea, Luca and the whole CX team – I learned more from you than from any course.

For those who have switched banks mid-career: what do you wish you had known in your first 90 days?`, { hard: h }),
  P('de', [], `Was ich aus meinem ersten gescheiterten Projekt gelernt habe.

2019 haben wir bei einem Kunden in Basel ein CRM eingeführt. Nach acht Monaten nutzte es niemand.

Der Grund: Wir haben mit der Geschäftsleitung gesprochen, aber nie mit den Leuten im Aussendienst.

Seitdem beginne ich jedes Projekt mit zwei Tagen im Feld – ohne Laptop.

Wie holt ihr die Nutzerinnen und Nutzer ins Boot, bevor es zu spät ist?`, { hard: h }),
  P('en', [], `We're hiring! 👩‍💻

Our platform team at Scandit in Zurich is looking for two Site Reliability Engineers (Kubernetes, Go, Terraform).

Hybrid, a 4-day week is possible, and yes, we sponsor work permits.

Know someone who'd fit? Tag them in the comments or send them my way – happy to answer questions about the team.`, { skip: ['post.engagement-bait'], hard: h }),
  P('de', [], `Nächsten Donnerstag ist es so weit: der 5. Berner Data Science Apéro im Impact Hub!

🗓 4. Dezember, 18:00
📍 Impact Hub Bern, Spitalgasse
🎤 Sarah Lüthi (SBB) über Prognosen im Fahrplan, Dr. Omar Khalil (Inselspital) über Bildanalyse

Eintritt frei, Anmeldung über den Link im ersten Kommentar.

Wer ist dabei?`, { hard: h }),
  P('en', [], `Unpopular opinion: the four-day week won't fix burnout.

We tried it for a year at our agency. People loved the Fridays. But Monday to Thursday got so packed that stress went up, not down.

What actually helped was cutting recurring meetings by half.

Has anyone seen a four-day week work without compressing the other days? Genuinely curious.`),
  P('de', [], `Letzte Woche sass ich mit meiner Tochter (7) am Küchentisch, sie sollte ein Plakat über Bienen machen.

Nach zehn Minuten war sie frustriert. Ich habe ihr nicht geholfen, sondern gefragt: «Was weisst du schon?»

Sie hat drei Sachen aufgezählt – und plötzlich lief es.

Im Coaching mit Teamleitenden mache ich genau das Gleiche. Die Frage «Was weisst du schon?» löst mehr Blockaden als jeder Ratschlag.

Welche Frage funktioniert bei euch am besten?`, { hard: h }),
  P('en', [], `Today we're launching version 3 of our open-source route planner for Swiss public transport.

What's new:
• real-time delays from the SBB open data API
• wheelchair-accessible routing
• a much faster offline mode

This release was built largely by our community – 41 contributors from 9 countries. Thank you all!

What should we build next? Ideas and issues are welcome on GitHub.`, { hard: h }),
  P('de', [], `Kurze Umfrage unter HR-Leuten in der Schweiz: Wie viele Ferienwochen gebt ihr Lernenden im ersten Lehrjahr?

Bei uns sind es 6 Wochen, ein Kollege aus dem Thurgau sagt, bei ihnen seien es 5.

Ich bin gespannt auf eure Zahlen und Begründungen.`),
  P('en', [], `Back from three weeks in Japan 🇯🇵 and one thing keeps coming back to me.

Every train we took was on time to the second – and every station had staff whose only job was to help confused tourists like us.

At our logistics company we measure punctuality obsessively, but we've never measured how helped a customer feels when something goes wrong.

That's changing in January. How do you measure it in your team?`, { hard: h }),
  P('de', [], `Heute vor 25 Jahren habe ich meine Lehre als Kauffrau bei der Mobiliar angefangen. Danke allen, die mich auf diesem Weg begleitet haben – ohne euch wäre ich nicht hier. 💐`, { hard: h }),
  P('en', [], `Our office in Lausanne will be closed from 24 December to 2 January. Thank you to all our clients and partners for a fantastic year – see you in 2027!`, { hard: h }),
  P('de', [], `5 Dinge, die ich in 10 Jahren als Projektleiterin im Bau gelernt habe:

1. Der Polier weiss mehr als der Plan.
2. Ein Anruf spart zehn E-Mails.
3. Reserven gehören in jeden Terminplan – sichtbar.
4. Lob auf der Baustelle wirkt länger als jede Prämie.
5. Wer die Bauherrschaft früh einbindet, hat später weniger Nachträge.

Was würdet ihr ergänzen?`, { hard: h }),
  P('en', [], `After 9 years, my role at Credit Suisse – now UBS – was eliminated last week.

I'm not bitter. I worked with wonderful people, and I'm proud of the risk models our team built together.

I'm now looking for a role in quantitative risk or model validation in Zurich or Basel. If you know of a team that needs someone who can explain VaR to a board, I'd be grateful for an introduction.

And if you've been through this yourself: what helped you most in the first weeks?`, { hard: h }),
  P('de', [], `Wir haben es geschafft: Unser Spital ist als erstes im Kanton Luzern als «Great Place to Work» zertifiziert.

Das ist nicht mein Verdienst, sondern der von 1'200 Mitarbeitenden, die auch in den schwierigen Corona-Jahren füreinander da waren. Besonders danke ich unserem Pflegeteam auf der Intensivstation.

Was macht für euch einen guten Arbeitsplatz im Gesundheitswesen aus?`, { hard: h }),
  P('en', [], `Which tool do you use for meeting notes that actually works with Swiss German? Asking for a team of 12 who are tired of transcripts full of nonsense.`),
  P('de', [], `Ich glaube, wir reden zu viel über KI und zu wenig über Daten.

In drei von vier Projekten, die ich dieses Jahr begleitet habe, war das Problem nicht das Modell, sondern die Excel-Liste, aus der es lernen sollte.

Bevor ihr das nächste KI-Pilotprojekt startet: Wisst ihr, wer eure Stammdaten pflegt?

Mich interessiert, wie das bei euch organisiert ist.`, { hard: h }),
  P('en', [], `I passed the CFA Level III exam. 🎉

Honestly, this one is more about the people than about me. My wife Sofia took over everything at home for 18 months. My manager Daniel let me shift my hours before every exam. And the study group from CFA Society Switzerland kept me going on many late evenings.

To anyone starting Level I this year: what's your study plan? Happy to share mine.`, { hard: h }),
  P('de', [], `Frohe Festtage und einen guten Rutsch ins 2027! 🎄 Danke an unser ganzes Team und alle Kundinnen und Kunden für ein intensives, schönes Jahr.`, { hard: h }),
  P('en', [], `Quick poll for product managers 📊

How do you prioritise your backlog?
🅰 RICE
🅱 MoSCoW
🅲 Gut feeling + stakeholder pressure
🅳 Something else

Vote in the poll below and tell me in the comments why – I'll share the results next week.`, { hard: h }),
  P('de', [], `Mein Vater war 42 Jahre lang Lokführer bei der SBB. Heute ist sein letzter Arbeitstag.

Er hat mir beigebracht, dass Zuverlässigkeit keine Nebensache ist. In meinem Job als IT-Leiterin denke ich oft daran, wenn wieder jemand sagt, ein Ausfall von zehn Minuten sei «nicht so schlimm».

Danke, Papi. 🚂

Wer hat euch beruflich am meisten geprägt?`, { hard: h }),
  P('en', [], `We shut down our startup last month.

Three years, 14 people, CHF 2.1M raised. Here's what I'd do differently:

– Talk to 50 customers before writing code, not after.
– Hire a salesperson earlier than feels comfortable.
– Don't let the runway decide the strategy.

Thank you to our investors and team for believing in us. Founders who've been here: how long did it take you to start again?`, { hard: h }),
  P('de', [], `Die Bäckerei Hug eröffnet am Samstag ihre neue Filiale am Bahnhof Sursee.

Acht neue Arbeitsplätze, davon zwei Lehrstellen, und ein Café mit 30 Plätzen. Wir freuen uns auf viele bekannte und neue Gesichter!

Was wünscht ihr euch von einem Bahnhofscafé – eher schnell oder eher gemütlich?`, { hard: h }),
  P('en', [], `Recruiters, I need your honest take.

We received 1,400 applications for one junior marketing role last month. At least half were clearly written by ChatGPT – same structure, same "I am passionate about".

Do you still read cover letters? Or have you dropped them entirely?`),
  P('de', [], `Herzliche Gratulation an Fabienne Roth zum Abschluss als eidg. dipl. Expertin in Rechnungslegung und Controlling! 🎓

Drei Jahre neben einem 80%-Pensum und zwei kleinen Kindern – Hut ab. Wir sind stolz, dich im Team zu haben.`, { hard: h }),
  P('en', [], `What a day at Swiss Startup Day in Bern!

Thanks to Laura Meier and the team at EPFL Innovation Park for the invite, and to everyone who came to our panel on deep-tech fundraising.

My three takeaways:
1. Swiss investors want traction earlier than US ones.
2. Grants are underused.
3. Founders don't share enough numbers with each other.

Did you attend? What was your favourite session?`, { hard: h }),
  P('de', [], `Homeoffice-Pauschale: Zahlt euer Arbeitgeber etwas an Strom, Internet und Bürostuhl? Und wenn ja, wie viel? Bei uns sind es CHF 50 im Monat.`),
  P('en', [], `A small Excel trick that saved our finance team two hours a week:

Instead of VLOOKUP across 12 monthly files, we now use Power Query to append them into one table that refreshes with one click.

Step by step:
1. Data → Get Data → From Folder
2. Combine & Transform
3. Load to a pivot table

Happy to send the template to anyone who wants it – just ask in the comments.`, { skip: ['post.engagement-bait', 'post.no-conversation'], hard: h }),
  P('de', [], `Ein gutes Onboarding beginnt nicht am ersten Arbeitstag, sondern mit dem Anruf nach der Vertragsunterschrift.`, { hard: h }),
  P('en', [], `I'm moving from Singapore to Zurich in February with my family to join the YouTube team at Google.

Zurich folks: which neighbourhoods would you recommend for a family with two young kids who want to bike to school? And is it true that finding an apartment takes months?

Any advice appreciated 🙏`, { hard: h }),
  P('de', [], `Heute habe ich meinen Kurs in Gebärdensprache abgeschlossen.

Warum? Weil in unserer Filiale in Aarau regelmässig gehörlose Kundinnen und Kunden vorbeikommen und wir bisher nur mit Zetteln kommuniziert haben.

Danke an unsere Lehrerin Monika Hasler vom Gehörlosenbund für die Geduld!

Habt ihr in euren Teams ähnliche Initiativen für Barrierefreiheit?`, { hard: h }),
  P('en', [], `10 years ago, three of us started Nexus Engineering in a garage in Winterthur.

Today we're 85 people in four countries. None of it would have happened without our first client, who trusted three 26-year-olds with a real project, and without every colleague who joined when we couldn't pay much.

To the founders reading this: who was your first believer?`, { hard: h }),
  P('de', [], `Am 15. Januar laden wir zum Neujahrsapéro der Jungunternehmer Zentralschweiz ein. 🥂

Gastreferent ist Bernhard Russi, Thema: Was Skirennen und Unternehmertum gemeinsam haben.

Die Plätze sind begrenzt – meldet euch bis am 8. Januar an. Kommt ihr?`, { hard: h }),
  P('en', [], `New paper out in Nature Energy 📄

With colleagues at PSI and ETH, we looked at 3,000 Swiss households with heat pumps. The surprise: the biggest savings came not from the pump itself, but from lowering the flow temperature by 5°C.

Full credit to our PhD student Yuki Sato, who spent two winters collecting the data.

Link in the comments. Energy advisers: does this match what you see in the field?`, { hard: h }),
  P('de', [], `Welche Bücher zum Thema Verhandlungsführung könnt ihr empfehlen? Gerne auch auf Französisch – ich bereite mich auf meine neue Stelle in Genf vor.`, { hard: h }),
  P('en', [], `Two years ago I had a burnout. Today I'm back as a team lead.

What helped me return:
– a manager who asked "what do you need?" instead of "when are you back?"
– a gradual start: 40%, then 60%, then 80%
– colleagues who didn't treat me like glass

If you're a manager with someone on sick leave right now: reach out, but without pressure. And if you've been through it yourself, I'd love to hear what helped you.`, { hard: h }),
  P('de', [], `Stolz auf unsere Lernenden! 💪

Alle sechs haben ihre Lehrabschlussprüfung als Automatiker und Polymechaniker bestanden, Jana Wüthrich sogar mit der Note 5.6.

Danke an die Berufsbildner Ueli und Sandro, die jeden Tag mit Geduld und Humor dabei waren.

Wer von euch bildet auch aus – wie haltet ihr die jungen Leute nach der Lehre im Betrieb?`, { hard: h }),
  P('en', [], `"Culture is what happens when the boss leaves the room." I heard this from a shift supervisor at a Nestlé factory 15 years ago. Still the best definition I know. What's yours?`),
  P('de', [], `Wir suchen Verstärkung! 🔧

Für unsere Werkstatt in Chur suchen wir per sofort eine/n Landmaschinenmechaniker/in EFZ (80–100%).

Was wir bieten: eine moderne Werkstatt, 5 Wochen Ferien, ein tolles Team und Znüni auf Kosten des Hauses.

Fragen? Ruf mich an oder schreib mir eine Nachricht. Teilen ist ausdrücklich erwünscht!`, { skip: ['post.engagement-bait'], hard: h }),
  P('en', [], `Three things I learned running our first hackathon for 200 students:

1. Food matters more than prizes.
2. Mentors should float, not sit.
3. Demos need a strict timer.

What would you add?

#hackathon #students #events #community #tech`, { hard: h }),
  P('en', [], `OOO until January 6th 🎄✈️ Heading to my in-laws in Manila for our first Christmas there in five years. Lechon, karaoke and way too many cousins. See you all in 2027!`, { skip: ['post.too-personal'], hard: h }),

  P('de', [], `Zwei Wochen Ferien im Engadin, und zum ersten Mal habe ich das Handy wirklich ausgeschaltet.

Das Team hat alles ohne mich gemeistert – sogar die grosse Offerte für den Kanton. Das zeigt mir: Ich habe viel zu lange geglaubt, ich sei unersetzlich.

Wie schafft ihr es, in den Ferien wirklich abzuschalten?`, { hard: h }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion', 'post.no-conversation'], `I'm thrilled to announce that I've been named one of the Top 50 Women in Swiss Fintech 2026! 🏆

This recognition is a testament to years of hard work, dedication and my passion for innovation. I've always believed in pushing boundaries, and I'm proud of everything I've achieved so far.

Onwards and upwards! #fintech #leadership #women`),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich freue mich sehr, mitteilen zu dürfen, dass ich ab sofort als Senior Partner bei der Kanzlei Meyer & Partner tätig bin.

Nach 15 Jahren Erfahrung im Wirtschaftsrecht, zahlreichen erfolgreichen Mandaten und meinem zweiten Masterabschluss ist dies der nächste logische Schritt in meiner Karriere.

Ich bin stolz auf das Erreichte und freue mich auf die kommenden Herausforderungen.`),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Humbled and honoured to share that I have been invited to speak at the World Economic Forum in Davos this January.

When I started my career as a junior analyst, I never imagined I would one day share the stage with heads of state and the CEOs of the world's largest companies. Hard work pays off.

More details soon.`),
  P('de', ['post.self-promotion'], `Wieder ein Zertifikat mehr: Seit heute darf ich mich offiziell «Certified Scrum Professional» nennen. ✅

Damit habe ich jetzt 11 Zertifizierungen in agilen Methoden, Projektmanagement und Coaching – mehr als die meisten in meinem Umfeld.

#agile #scrum #zertifiziert #weiterbildung #karriere`, { skip: ['post.no-conversation'] }),
  P('en', ['post.self-promotion'], `Excited to share that I've started a new position as Senior Product Manager at Spotify! 🎧`),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich wurde von LinkedIn zur «Top Voice 2026» in der Kategorie Finanzen ernannt. 🥇

Meine Beiträge haben dieses Jahr über 3 Millionen Impressionen erzielt, und meine Followerzahl hat sich mehr als verdoppelt. Ich bin sehr stolz auf diese Auszeichnung und auf das, was ich in so kurzer Zeit aufgebaut habe.

Mehr Inhalte folgen!`),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Just hit 50,000 followers. 🎉

Two years ago I had 300. Since then I've posted every single day, spoken at 40 events, and been featured in Forbes, Handelszeitung and Bilanz.

I don't say this to brag. I say it because I did it with discipline, consistency and a vision. You can too.`, { hard: h }),

  // --- post.no-conversation: good posts of more than 40 words that end without a question ---
  P('de', ['post.no-conversation'], `Neues Kapitel: Nach acht spannenden Jahren bei der Migros wechsle ich per 1. Januar als Leiterin Einkauf Frischprodukte zu Coop.

Ich danke meinem Team in Zürich für die tolle Zusammenarbeit, besonders Reto, Sabrina und Kemal, von denen ich unglaublich viel gelernt habe. Ihr werdet mir fehlen!

Auf ein Wiedersehen – in der Branche sieht man sich ja immer zweimal.`, { hard: h }),
  P('en', ['post.no-conversation'], `The best career advice I ever got came from a taxi driver in Lagos.

I was 24, on my way to a job interview I was sure I'd fail. He said: "Nobody in that room knows what you don't know. Only you do."

I got the job. Twenty years later, I still think of him before every big meeting.

Confidence isn't knowing everything. It's not advertising what you don't know.`, { hard: h }),
  P('de', ['post.no-conversation'], `Die Meier Tobler AG hat heute den Ausbau ihres Logistikzentrums in Oftringen abgeschlossen.

Auf 12'000 Quadratmetern lagern neu über 40'000 Artikel für Heizungs- und Lüftungsinstallateure in der ganzen Schweiz. Die Lieferzeit für Bestellungen bis 16 Uhr verkürzt sich damit auf den nächsten Morgen.

Danke an alle Beteiligten für den reibungslosen Umbau im laufenden Betrieb.`, { hard: h }),
  P('en', ['post.no-conversation'], `Leadership is not about being in charge.

It's about taking care of those in your charge.

I learned this from my first boss at Swiss Re, who stayed late every night during the 2008 crisis so the juniors could go home to their families.

Twenty years later, I try to do the same. Not always successfully, but every day.`),
  P('de', ['post.no-conversation'], `Gestern fand unser erster Tag der offenen Tür in der neuen Produktionshalle in Schaffhausen statt.

Über 600 Besucherinnen und Besucher, darunter viele Familien aus der Region, haben sich angeschaut, wie bei uns Präzisionsteile für die Medizintechnik entstehen. Die Kinder waren vor allem vom Roboterarm begeistert.

Danke an alle 45 Mitarbeitenden, die am Samstag freiwillig dabei waren!`, { hard: h }),
  P('en', ['post.no-conversation'], `5 mistakes I see in almost every pitch deck:

1. No clear problem on slide 2
2. A market size from a Gartner report nobody read
3. A team slide without roles
4. Financials that hockey-stick in year 3
5. No ask

Fix these and you're already ahead of 80% of the founders I meet.`),
  P('de', ['post.no-conversation'], `Ab 1. Januar gelten in der Schweiz neue Regeln für die elektronische Rechnungsstellung an Bundesstellen.

Für KMU bedeutet das: Buchhaltungssoftware prüfen, Offert- und Rechnungsvorlagen anpassen und Verträge mit Laufzeit über den Jahreswechsel kontrollieren. Besonders bei Abos und Vorauszahlungen lohnt sich ein genauer Blick.

Unser Merkblatt dazu findet ihr auf der Website des Gewerbeverbands.`, { hard: h }),

  // --- post.too-personal ---
  P('en', ['post.too-personal', 'post.no-conversation'], `Best weekend ever with my family at Lake Como 🌞🍝

The kids jumped off the boat twenty times, my husband finally learned to make proper risotto, and I didn't check my phone once.

We finished with gelato in Bellagio and a very sleepy drive home over the Gotthard.

Back to reality tomorrow, but what a way to end the summer! ❤️`),
  P('de', ['post.too-personal'], `Unser neues Familienmitglied ist da! 🐶 Das ist Luna, 10 Wochen alt, ein Berner Sennenhund, und sie hat heute schon zwei Schuhe und ein Ladekabel gefressen. Die Kinder sind völlig aus dem Häuschen.`),
  P('en', ['post.too-personal'], `Picked up my new Porsche Taycan today ⚡️ Dream come true after years of saving. Had to take it for a spin up the Klausenpass straight away. What a machine!`, { skip: ['post.self-promotion'] }),
  P('de', ['post.too-personal', 'post.no-conversation'], `Was für ein Fest! 🎉

Am Samstag haben wir den 80. Geburtstag meiner Mutter im Restaurant Bären in Trubschachen gefeiert. Die ganze Familie war da, sogar mein Bruder aus Kanada. Es gab Fondue, Ländlermusik und viel zu viel Kuchen. Danke, Mami, für alles! ❤️`),
  P('de', ['post.too-personal'], `Sonntagswanderung aufs Stanserhorn mit den Kindern ⛰️ Wetter perfekt, Cervelat gebraten, alle müde und glücklich. So muss ein Wochenende sein! 😊`),
  P('en', ['post.too-personal'], `Sunset in Santorini 🌅 Sometimes you just need to switch off and enjoy the moment with the people you love. #mindset #leadership #worklifebalance`, { hard: h }),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `I've put together a free 30-page guide on salary negotiation in Switzerland 📘

It covers market rates for 40 roles, how to handle the 13th-salary question, and what to say when they ask for your current salary.

Want it? Comment "SALARY" below and I'll send it to you.

♻️ Repost to help someone in your network.`, { skip: ['post.no-conversation'] }),
  P('de', ['post.engagement-bait'], `Wer von euch freut sich auch schon auf die Skisaison? ⛷️ Like, wenn du dabei bist, und markiere drei Freunde, mit denen du auf die Piste willst!`, { skip: ['post.too-personal'], hard: h }),
  P('en', ['post.engagement-bait'], `Agree or disagree? 👇

Remote work is here to stay, and companies forcing people back to the office will lose their best talent.

👍 if you agree
❤️ if you disagree

Let's see where LinkedIn stands.`, { hard: h }),
  P('de', ['post.engagement-bait'], `Ich verschenke 10 Plätze für mein Online-Training «LinkedIn für KMU» 🎁

Alles, was du tun musst:
1. Diesen Beitrag liken
2. «KMU» kommentieren
3. Mir folgen

Die Gewinner ziehe ich am Freitag.`, { skip: ['post.no-conversation', 'post.sales-pitch'], hard: h }),
  P('en', ['post.engagement-bait'], `My little brother just launched his first app after 2 years of teaching himself to code. 🥹

He doesn't have any followers yet, so please share this post to help him get some visibility. Every repost counts! 🙏`, { skip: ['post.too-personal'], hard: h }),

  // --- post.sales-pitch ---
  P('de', ['post.sales-pitch'], `🔥 BLACK FRIDAY bei ErgoDesk! 🔥

Nur noch heute: 40 % Rabatt auf alle höhenverstellbaren Schreibtische. Gratis Lieferung in der ganzen Schweiz.

Jetzt kaufen unter ergodesk.ch – solange Vorrat!`),
  P('en', ['post.sales-pitch'], `Struggling to get clients as a coach? 🤯

My 8-week "Client Magnet" program has helped 300+ coaches go from 0 to 10k/month.

✅ Proven scripts
✅ Weekly group calls
✅ Lifetime access

The price goes up from 997 to 1,497 on Monday. DM me "MAGNET" to grab your spot.`, { skip: ['post.engagement-bait', 'post.no-conversation', 'post.self-promotion'] }),
  P('de', ['post.sales-pitch'], `Viele KMU in der Ostschweiz zahlen beim Strom zu viel – ohne es zu wissen.

Letzten Monat haben wir für eine Metzgerei in Wil CHF 14'000 pro Jahr eingespart.

Wir bieten diesen Monat eine kostenlose Energieanalyse für die ersten 20 Betriebe. Jetzt Termin buchen: Link in den Kommentaren.`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.sales-pitch'], `Most finance teams still close the books in 10+ days.

Our customers close in 3.

That's the difference automation makes – and it's why 200 CFOs across DACH switched to LedgerFlow this year.

👉 Book a 20-minute demo and see it with your own data.`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.sales-pitch'], `Endlich ist es da: unser neues Pflegebett «Vita Plus» für die Spitex! 🛏️

Elektrisch verstellbar, 30 % leichter und in 10 Minuten montiert.

Zur Einführung gibt es bis 31. Dezember 15 % Rabatt. Bestellen Sie jetzt über unseren Aussendienst!`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.sales-pitch', 'post.engagement-bait'], `FREE webinar tomorrow: "How to 3x your LinkedIn leads in 30 days" 🚀

Only 50 seats. After that, the recording costs CHF 199.

Comment "LEADS" and I'll send you the link!`, { skip: ['post.no-conversation'] }),
  P('de', ['post.sales-pitch', 'post.hashtags'], `Sie suchen einen zuverlässigen Treuhänder in der Region Zug? 📊

Wir übernehmen Buchhaltung, Lohnadministration und Steuererklärungen für KMU – zum Fixpreis ab CHF 290 pro Monat.

Jetzt unverbindliche Offerte anfordern!

#treuhand #zug #kmu #buchhaltung #steuern #lohn #schweiz`, { skip: ['post.no-conversation'], hard: h }),

  // --- post.hashtags ---
  P('en', ['post.hashtags'], `Proud of our team for winning the Swiss Logistics Award 2026 for our electric last-mile fleet in Geneva! 🚚⚡

Thanks to every driver, dispatcher and mechanic who made it happen.

What's the biggest barrier to electrifying your fleet?

#logistics #sustainability #emobility #geneva #switzerland #lastmile #award #teamwork`),
  P('de', ['post.hashtags'], `Heute durfte ich an der ZHAW vor 80 Studierenden über Cybersecurity im Gesundheitswesen sprechen. Danke für die vielen Fragen!

Welche Themen sollen wir nächstes Mal vertiefen?

#cybersecurity #gesundheitswesen #zhaw #digitalisierung #datenschutz #spital`, { hard: h }),
  P('de', ['post.hashtags'], `Was für ein Abend am #SwissICT Award in #Luzern! 🏆 Gratulation an alle Nominierten, besonders an das Team von #Bexio.

Wer war auch dabei?

#digitalisierung #schweiz #innovation #award`, { hard: h }),

  // --- post.wall-of-text and post.hook ---
  P('en', ['post.wall-of-text', 'post.hook'], `I've been thinking a lot about how we onboard engineers, because last month we lost two new hires within their first ninety days and both of them said the same thing in the exit interview: they never understood how their work connected to what the customer actually sees. We had documentation, we had a buddy system, we had a checklist with forty items, and none of it answered the one question that mattered to them, which was why any of this matters. So we changed it. Now every new engineer spends their second week sitting with our support team, answering real tickets, hearing real frustration, and only then gets access to the codebase. It's slower on paper, but our last four hires all shipped something meaningful in their first month and said the support week was the most useful part. How do you connect new people to the customer in your company?`),
  P('de', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Seit Monaten lese ich hier fast täglich, dass der Fachkräftemangel das grösste Problem der Schweizer Wirtschaft sei, und ich verstehe das, denn auch wir in unserem Elektroinstallationsbetrieb im Aargau suchen seit über einem Jahr zwei Monteure, aber ich glaube, wir machen es uns zu einfach, wenn wir nur über fehlende Leute klagen, statt über unsere eigenen Arbeitsbedingungen nachzudenken, denn als wir letztes Jahr die Viertagewoche für Lernende eingeführt, die Löhne im ersten Lehrjahr erhöht und jedem Lernenden einen festen Götti zur Seite gestellt haben, hatten wir plötzlich dreimal so viele Bewerbungen wie im Jahr davor, und zwei unserer ehemaligen Lernenden sind nach der RS wieder zu uns zurückgekommen, was es früher nie gegeben hat. Es liegt also auch an uns.`),
  P('en', ['post.hook'], `After twelve years of leading product teams at three different companies in Zurich, Berlin and London, I have come to the conclusion that the single most underrated skill of a good product manager is not vision, not data, not even communication, but patience.

Patience with users who don't know what they want.

Patience with engineers who push back for good reasons.

Patience with yourself.

Which skill do you think is most underrated?`),
  P('de', ['post.hook'], `Als ich vor zwanzig Jahren meine erste Stelle als Pflegefachfrau im Kantonsspital Aarau angetreten habe, hätte ich mir nie vorstellen können, dass ich eines Tages ein Team von 120 Menschen leiten würde, die jeden Tag mit so viel Herz und Fachwissen für unsere Patientinnen und Patienten da sind.

Was ich in dieser Zeit gelernt habe: Führung heisst zuhören.

Wie erlebt ihr das in euren Teams?`, { hard: h }),
]);
