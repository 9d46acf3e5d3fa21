import { P, named } from './types';

// Ninth held-out split (issue #3): the final blind measurement of the text coach.
// Written fresh from docs/rules.md only, without reading the engine's phrase lists or earlier splits' texts.
// An ordinary LinkedIn week: job changes, lessons, company news, hiring, events, opinions, personal stories,
// polls, holidays, family news, achievements with and without thanks, launches, offers and bait.
// Scored blind once (results-heldout9-blind.txt); labels were not changed after scoring.
const h = true;

export default named('post-heldout9', [
  // --- clean: lessons, questions, thanks, factual news ---
  P('en', [], `Three years ago I shipped a feature nobody used.

We had interviewed 40 customers. We had a beautiful Figma prototype. What we didn't have was a single person who had ever paid to make the problem go away.

Since then I ask one question in every discovery call: "What have you already tried, and what did it cost you?"

What's the one question you never skip in discovery?`, { hard: h }),
  P('de', [], `Was ich in 15 Jahren als Bauleiterin gelernt habe:

1. Der Polier weiss meistens mehr als der Plan.
2. Ein Kaffee um 6:45 auf der Baustelle löst mehr Konflikte als jede Sitzung.
3. Schlechte Nachrichten sofort weitergeben – sie werden nicht besser.
4. Lernende brauchen echte Verantwortung, nicht nur Besen.

Welche Regel würdet ihr ergänzen?`, { hard: h }),
  P('en', [], `10 years at Victorinox today. Thank you to everyone in Ibach who made this place feel like home 🇨🇭`, { hard: h }),
  P('de', [], `Wir suchen ab August 2027 eine:n Lernende:n Informatiker:in EFZ Applikationsentwicklung für unser Team in Aarau.

Du tüftelst gern, bist neugierig und willst von Anfang an an echten Projekten mitarbeiten? Dann melde dich bei mir oder bewirb dich direkt über unsere Website.

Kennt ihr jemanden, der passen könnte? Weitersagen hilft sehr 🙏`, { hard: h, skip: ['post.engagement-bait'] }),
  P('en', [], `Unpopular opinion: return-to-office mandates are a trust problem, not a productivity problem.

Every team I've led that performed well had one thing in common: clear outcomes and managers who didn't need to see people to believe they were working.

Where the trust was missing, the office didn't fix it. It just made the mistrust visible.

Am I wrong? I'd genuinely like to hear from people who saw the opposite.`, { hard: h }),
  P('de', [], `Heute lancieren wir unsere neue App für die Zeiterfassung auf Baustellen.

Die Idee kam von unseren eigenen Vorarbeitern: Sie wollten Rapporte nicht mehr abends am Küchentisch ausfüllen. Zwei Jahre Entwicklung, 14 Pilotbetriebe, unzählige Rückmeldungen.

Welche Funktion würdet ihr euch als Nächstes wünschen?`, { hard: h }),
  P('en', [], `What a day at the Swiss Economic Forum in Interlaken!

Three takeaways:
→ Energy security is now a board topic, not just an ops topic.
→ Nobody has solved skills shortages with job ads alone.
→ Apprenticeships are Switzerland's most underrated export.

Thanks to Nadine Keller and the whole SEF team for the flawless organisation. Who else was there – what stuck with you?`),
  P('de', [], `Mein Vater war Bäcker. Er stand jeden Tag um drei Uhr auf, 40 Jahre lang.

Als Kind fand ich das verrückt. Heute verstehe ich es: Er hat nie auf Motivation gewartet. Er hatte ein System.

Genau das versuche ich meinem Team im Vertrieb mitzugeben. Nicht jeder Tag fühlt sich gut an, aber die Routine trägt uns durch.

Wie baut ihr Routinen in eurem Team auf?`, { hard: h }),
  P('en', [], `Quick poll for the engineering managers here: how many 1:1s do you run per week, and do you ever cancel them when things get busy?

I'm at 9 and I cancel too often.`),
  P('de', [], `Zwei Wochen ohne Laptop in den Bündner Bergen.

Die wichtigste Erkenntnis kam nicht auf dem Gipfel, sondern beim Zurückkommen: Mein Team hat alles souverän gemeistert. Kein einziger Notfall. Offenbar braucht es mich weniger, als ich dachte – und das ist ein Kompliment an sie.

Wie handhabt ihr die Erreichbarkeit in den Ferien?`, { hard: h }),
  P('en', [], `New chapter: I've joined Kantonsspital Aarau as Head of Nursing Informatics. Huge thanks to Dr. Meier and my former team at Inselspital for six wonderful years.`, { hard: h }),
  P('de', [], `Unser Team hat gestern den Swiss Logistics Award gewonnen! 🏆 Danke an Fabio, Derya und Marc, die das Projekt nächtelang getragen haben, und an unsere Kunden, die mutig mitgemacht haben.`, { hard: h, skip: ['post.hook'] }),
  P('en', [], `5 things I wish I'd known before my first board meeting:

1. Send the deck 5 days ahead, not 2.
2. Lead with the decision you need, not the history.
3. Pre-wire the sceptic.
4. Bring one number you'd bet your job on.
5. Silence is not agreement.

Which one would you add?`, { hard: h }),
  P('de', [], `Brauchen Lernende heute mehr Feedback als früher – oder einfach besseres?

In unserer Schreinerei haben wir letztes Jahr wöchentliche 10-Minuten-Gespräche eingeführt. Die Lehrabbrüche sind von drei auf null gesunken.

Was sind eure Erfahrungen in anderen Branchen?`, { hard: h }),
  P('en', [], `Today we published our salary bands for every role, openly, on our careers page.

It took 8 months, two very awkward all-hands and one spreadsheet I never want to see again. Candidates now ask better questions, and negotiation is no longer a test of confidence.

What would it take for your company to do the same?`, { hard: h }),
  P('de', [], `Frage an die HR-Community: Wie geht ihr mit Bewerbungen um, die offensichtlich komplett mit KI geschrieben wurden? Aussortieren oder trotzdem anschauen?`),
  P('en', [], `I was laid off yesterday, together with 40 colleagues from the Zurich office.

I'm not bitter. I learned a lot in four years, and I'm proud of the payments platform we built.

I'm looking for a product management role in fintech or insurance, in Zurich or remote. If you know of something, or know someone I should talk to, I'd be grateful for a pointer.`, { hard: h }),
  P('de', [], `Zurück aus dem Vaterschaftsurlaub. 👶

Zwei Wochen sind zu kurz, aber sie haben gereicht, um eine Sache zu lernen: Prioritäten setzen geht erstaunlich schnell, wenn jemand um 4 Uhr morgens Hunger hat. Meine Meetings sind seit Montag 20 Minuten kürzer.

Wie habt ihr den Wiedereinstieg nach der Geburt eines Kindes erlebt?`, { hard: h }),
  P('en', [], `I like to think of onboarding as a product with a customer: the new hire.

So we ran user interviews with everyone who joined in the last year. The biggest pain wasn't tooling. It was not knowing who to ask.

Now every new colleague gets a "who to ask" map on day one. What does your onboarding look like?`, { hard: h }),
  P('de', [], `Mich interessiert eure Erfahrung: Wie viele Runden Vorstellungsgespräche sind für eine Sachbearbeiter-Stelle angemessen?

Bei uns sind es zwei, ein Bekannter hat kürzlich fünf Runden bei einem Versicherer durchlaufen. Schreibt gern in die Kommentare, wie es bei euch läuft.`, { hard: h }),
  P('en', [], `Our open-source accessibility checker for Swiss government websites now covers eCH-0059. Contributions from three cantons made this possible.

What should we test next?

#accessibility #opensource #govtech #switzerland #a11y`, { hard: h }),
  P('de', [], `Letzte Woche hatte ich ein Gespräch, das mich nicht loslässt.

Eine Kundin, seit 22 Jahren Treuhänderin mit eigenem Büro in Frauenfeld, sagte mir: „Ich weiss nicht, wem ich die Firma übergeben soll. Meine Leute wollen keine Verantwortung, meine Kinder studieren Medizin, und verkaufen fühlt sich an wie Verrat.“

Ich höre diesen Satz in letzter Zeit oft. Laut Studien steht in den nächsten fünf Jahren bei rund 90'000 Schweizer KMU eine Nachfolge an. Viele Inhaberinnen und Inhaber beginnen viel zu spät mit der Planung, weil das Thema emotional ist.

Was ich ihr geraten habe: Erstens eine ehrliche Bewertung, bevor man mit irgendjemandem spricht. Zweitens die eigenen Mitarbeitenden nicht unterschätzen – Verantwortung wächst oft erst, wenn man sie gibt. Drittens sich Zeit lassen, aber nicht zu viel.

Wer von euch hat eine Nachfolge schon erlebt – als Übergebende oder als Übernehmende? Was hat geholfen?`, { hard: h }),
  P('en', [], `We tried a four-day week for six months at our 30-person agency in Bern.

Output stayed flat, sick days dropped by a third, and two people who had been quietly job-hunting stopped.

It didn't work for account management, though: clients don't care that it's Friday.

Has anyone found a good setup for client-facing roles? Share your experience below.`, { hard: h }),
  P('de', [], `Am 12. März findet in Luzern wieder der Tourismus-Stammtisch statt, diesmal zum Thema Overtourism und Lenkung der Gästeströme. Eintritt frei, Anmeldung über die Website des Vereins.

Wer ist auch dabei?`, { skip: ['post.hook'] }),
  P('en', [], `Today we're releasing version 2.0 of our open-source PDF redaction library. It's free, MIT-licensed, and now handles scanned documents too.

Thank you to the 23 contributors from 9 countries who made this release happen.

What should we build next?`, { hard: h }),
  P('de', [], `Warum wir seit einem Jahr keine Rabatte mehr geben.

Früher haben wir bei jeder zweiten Offerte 10 % nachgelassen. Das Resultat: Kunden haben gelernt, dass unser erster Preis nicht ernst gemeint ist.

Heute erklären wir den Preis, statt ihn zu senken. Wir haben zwei Kunden verloren und zwölf gewonnen, die uns ernster nehmen.

Wie geht ihr mit Rabattforderungen um?`, { hard: h }),
  P('en', [], `I ran my first marathon on Sunday in Lausanne. 4:12, nothing spectacular.

But training for it taught me more about project planning than any PMP course: you can't cram 16 weeks of preparation into the last two, and the plan only works if you adjust it every week.

Do you have a hobby that changed the way you work?`, { hard: h }),
  P('de', [], `Seit zehn Jahren bin ich bei der Freiwilligen Feuerwehr in Wil.

Dort habe ich mehr über Führung gelernt als in jedem Seminar: Bei einem Einsatz gibt es keine Zeit für lange Diskussionen, aber danach gibt es immer eine ehrliche Nachbesprechung. Niemand wird blossgestellt, alle lernen.

Dieses Prinzip habe ich in mein IT-Team übernommen. Habt ihr feste Rituale für Nachbesprechungen nach Projekten?`, { hard: h }),
  P('en', [], `Huge congratulations to my colleague Aiko Tanaka on passing CFA Level III – while running our Asia desk and raising twins. Aiko, you're an inspiration! 👏`, { hard: h }),
  P('de', [], `Gibt es gute Beispiele von Gemeinden, die ihre Baubewilligungen komplett digital abwickeln? Wir starten im Frühling ein Pilotprojekt. Markiert gern Leute, die dazu etwas wissen!`, { hard: h, skip: ['post.engagement-bait'] }),
  P('en', [], `Why do so few women in Swiss tech make it past senior engineer?

In our team of 60, we have 14 women engineers but only one woman among the 8 staff engineers. When we asked, the answers were about sponsorship, not skill: nobody had put their names forward.

We've started a sponsorship circle. How do you make sure promotions don't depend on who is loudest?`, { hard: h }),
  P('de', [], `Heute mein letzter Arbeitstag bei der Stadt Zürich. Danke für 12 tolle Jahre, liebes Team Tiefbau! 🧡`, { hard: h }),
  P('en', [], `If you're hiring your first employee in Switzerland, don't forget the social insurance basics:

• AHV/IV/EO contributions from the first franc of salary
• BVG pension once they earn above the entry threshold
• Accident insurance (UVG) from day one

It's less scary than it looks. What surprised you most when you hired your first person?`, { hard: h }),
  P('de', [], `Wir haben es geschafft: Unsere Genossenschaft hat die Finanzierung für 48 bezahlbare Wohnungen in Winterthur gesichert. 🏡

Danke an die Stiftung Edith Maryon, die Alternative Bank Schweiz und die über 300 Mitglieder, die Anteilscheine gezeichnet haben.

Was braucht es, damit mehr solche Projekte entstehen?`, { hard: h }),
  P('en', [], `Poll: for a 20-person company, what's the right first security hire?

A) A security engineer
B) A part-time CISO
C) An external MSSP
D) Nobody yet

Vote in the poll and tell me why in the comments – I'm making this decision next month.`, { hard: h, skip: ['post.engagement-bait'] }),
  P('en', [], `Our office in Basel is closed from 24 December to 2 January. Thank you to all our clients and partners for a great year – see you in 2027! 🎄`),
  P('de', [], `Kurze Frage in die Runde: Welches Tool nutzt ihr für Schichtplanung in der Gastronomie? Excel stösst bei uns definitiv an seine Grenzen.`),
  P('en', [], `Reading list for anyone moving into a first people-lead role:

"The Making of a Manager" – Julie Zhuo
"Radical Candor" – Kim Scott
"An Elegant Puzzle" – Will Larson

What's missing from this list?`),
  P('de', [], `Vor einem Jahr habe ich meinen sicheren Job bei einer Grossbank gekündigt, um eine Bäckerei in Appenzell zu übernehmen.

Lektion Nummer eins: Ein Businessplan überlebt die erste Woche mit einem kaputten Ofen nicht. Lektion zwei: Die Stammkundschaft verzeiht viel, wenn man ehrlich ist.

Würdet ihr den Schritt auch wagen?`, { hard: h }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion'], `I'm thrilled to announce that I've been named one of Forbes DACH's 30 under 30. 🚀`),
  P('de', ['post.self-promotion'], `Stolz, bekanntzugeben: Ich wurde zum jüngsten Partner in der Geschichte unserer Kanzlei ernannt. Ein Meilenstein für mich.`),
  P('en', ['post.self-promotion'], `Humbled to share that I've been invited to speak at Web Summit again – third year in a row. 🎤`, { hard: h }),
  P('de', ['post.self-promotion', 'post.no-conversation', 'post.hook'], `Ich habe es geschafft! Nach 18 Monaten berufsbegleitendem Studium halte ich nun offiziell meinen Executive MBA der Universität St. Gallen in den Händen. Meine Masterarbeit wurde mit der Bestnote bewertet und ich wurde als Jahrgangsbester ausgezeichnet. Ein Meilenstein in meiner Karriere, auf den ich sehr stolz bin. 🎓`),
  P('en', ['post.self-promotion'], `New certification unlocked: AWS Solutions Architect Professional ✅ That's my 7th AWS cert this year. 💪`, { hard: h }),
  P('de', ['post.self-promotion'], `Ich freue mich, euch mitzuteilen, dass ich ab sofort als Head of Digital bei der Helvetia tätig bin. 🚀`, { hard: h }),
  P('en', ['post.self-promotion'], `10,000 followers! 🎉 Never thought I'd get here. Onwards and upwards.`, { hard: h }),
  P('de', ['post.self-promotion'], `Meine Keynote-Agenda für 2027 ist bereits zu 80 % ausgebucht. Wer hätte gedacht, dass ich einmal vor 2'000 Leuten in Wien sprechen würde? 🎤`, { hard: h }),
  P('en', ['post.self-promotion', 'post.hashtags'], `Proud to share that I was named Top Voice in Marketing for the second time! 🏅

#marketing #topvoice #leadership #branding #growth #linkedin #proud`),
  P('de', ['post.self-promotion', 'post.no-conversation', 'post.hook'], `Mein Buch „Führen ohne Titel“ ist auf Platz 3 der Schweizer Sachbuch-Bestsellerliste eingestiegen! Ich habe zwei Jahre jeden Sonntagmorgen daran geschrieben und bin unglaublich stolz, dass ich es wirklich durchgezogen habe. Die erste Auflage ist bereits fast vergriffen, die zweite ist im Druck, und die Lesung im Kaufleuten war restlos ausverkauft.`, { hard: h }),

  // --- post.too-personal ---
  P('en', ['post.too-personal'], `Sunset in Santorini 🌅 Two weeks of doing absolutely nothing. Back on Monday!`),
  P('de', ['post.too-personal'], `Familienfest am Wochenende bei Oma im Toggenburg – 34 Leute, drei Torten und ein Schwingfest im Garten 😂`),
  P('en', ['post.too-personal'], `Our new Tesla Model Y arrived today! 🚗⚡ The kids absolutely love it.`),
  P('de', ['post.too-personal'], `Unsere kleine Lina ist am Dienstag um 03:12 Uhr auf die Welt gekommen. 3240 g pures Glück. Mama und Baby geht es gut ❤️`, { hard: h, skip: ['post.self-promotion'] }),
  P('en', ['post.too-personal', 'post.no-conversation', 'post.hook'], `What a weekend! Fired up the new grill on Saturday, had the whole family over, the kids ran around in the garden until ten and my brother-in-law finally admitted my ribs are better than his. Sunday was a long lazy breakfast and a walk along the Aare with the dog. Exactly what I needed.`, { hard: h }),
  P('de', ['post.too-personal'], `Risotto mit Steinpilzen aus dem eigenen Wald 🍄 Rezept von der Nonna. Buon appetito!`),
  P('en', ['post.too-personal'], `15 years married to my best friend today ❤️ Love you, Sarah.`),
  P('de', ['post.too-personal', 'post.hashtags'], `Drei Wochen Thailand 🌴 Inselhüpfen, Streetfood und endlich mal wieder ein Buch fertig gelesen.

#ferien #thailand #travel #beachlife #reisen #auszeit #happy`),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `Like if you agree: Fridays should be meeting-free. 👍`),
  P('de', ['post.engagement-bait'], `Kommentiere „GUIDE“ und ich schicke dir meine Vorlage für Bewerbungsschreiben kostenlos per DM! 📩`, { skip: ['post.sales-pitch'] }),
  P('en', ['post.engagement-bait'], `"Your network is your net worth."

Tag 3 colleagues who need to hear this today 👇`),
  P('de', ['post.engagement-bait'], `Teilen erwünscht! Je mehr Leute diesen Beitrag sehen, desto besser für meine Reichweite 🙏`, { hard: h }),
  P('en', ['post.engagement-bait'], `Should salaries be in every job ad? Agree or disagree? 👍 for agree, ❤️ for disagree.`, { hard: h }),
  P('de', ['post.engagement-bait'], `Wer auch findet, dass Homeoffice ein Recht sein sollte: Daumen hoch! 👍`, { hard: h }),
  P('en', ['post.engagement-bait'], `🎁 GIVEAWAY: I'm giving away 3 signed copies of my book on negotiation.

To enter:
1. Like this post
2. Comment "BOOK"
3. Follow me

Winners drawn Friday!`, { hard: h, skip: ['post.self-promotion', 'post.sales-pitch'] }),
  P('de', ['post.engagement-bait'], `Repost ♻️ wenn du auch schon mal nach einem Vorstellungsgespräch geghostet wurdest.`, { hard: h }),
  P('en', ['post.engagement-bait', 'post.hook'], `Most people will scroll past this. But if you've ever been told you're "too much" in a meeting, you need to hear it: your energy is not the problem, the room is. Stop shrinking yourself to fit teams that don't want you. Type "YES" in the comments if this is you and share it with someone who needs it.`, { hard: h, skip: ['post.no-conversation'] }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `🚨 BLACK FRIDAY: 50% off all our LinkedIn ghostwriting packages! Only until Sunday. Book your slot now 👉 link in comments`),
  P('de', ['post.sales-pitch'], `Nur noch heute: 30 % Rabatt auf unseren Excel-Intensivkurs in Zürich. Jetzt anmelden und Platz sichern! 👉`),
  P('en', ['post.sales-pitch'], `Want to 3x your inbound leads in 90 days? DM me "GROWTH" and I'll show you how. Only 5 spots left this month.`, { hard: h }),
  P('de', ['post.sales-pitch', 'post.hook'], `Ihre Heizung ist älter als 15 Jahre? Dann ist jetzt der richtige Moment für eine Wärmepumpe. Bis Ende Jahr erhalten Sie bei uns CHF 2'000 Rabatt auf alle Luft-Wasser-Wärmepumpen inklusive Installation, zusätzlich zu den kantonalen Förderbeiträgen. Jetzt unverbindliche Offerte anfordern und vom Winterpreis profitieren!`, { hard: h, skip: ['post.no-conversation'] }),
  P('en', ['post.sales-pitch', 'post.no-conversation'], `Most finance teams still close the month in spreadsheets.

Our platform connects to Abacus, Bexio and SAP in minutes and cuts your month-end close from 10 days to 3. Over 400 Swiss companies already use it.

Book a demo today and get your first three months free.`, { hard: h }),
  P('de', ['post.sales-pitch'], `Mein Business-Coaching-Programm startet am 1. Februar. Early-Bird-Preis CHF 1'490 statt 1'990, nur bis Freitag. Schreib mir eine DM für die Details!`),
  P('en', ['post.sales-pitch', 'post.no-conversation'], `Last year I was completely burned out. I couldn't get out of bed for a week.

What brought me back was not a holiday but a simple daily system of sleep, movement and boundaries.

That's why I created my 8-week Resilience Program. Early-bird price: €497, only 10 seats. Link in the comments.`, { hard: h, skip: ['post.self-promotion', 'post.too-personal'] }),

  // --- post.no-conversation ---
  P('en', ['post.no-conversation', 'post.hook'], `Today Medela opened its new logistics centre in Baar. The 12,000 m² building runs entirely on solar power and heat recovery, and it will serve hospitals in 40 countries. It also brings 85 new jobs to the region, 12 of them apprenticeships. Construction took 18 months and stayed on budget.`, { hard: h }),
  P('de', ['post.no-conversation'], `Nach acht Jahren bei der Mobiliar beginnt für mich im Januar ein neues Kapitel bei der Basler Kantonalbank.

Ein grosses Merci an mein Team in Bern – ihr habt mir beigebracht, dass gute Beratung mit Zuhören beginnt. Und danke an Ruedi, der mir damals als Quereinsteigerin eine Chance gegeben hat.

Ich freue mich riesig auf alles, was kommt!`, { hard: h }),
  P('en', ['post.no-conversation'], `Thank you to everyone who came to our Product Management Night in Zurich yesterday!

120 people, three brilliant talks by Leila Haddad, Jonas Fischer and Mei Chen, and a lot of good conversations over pizza. Special thanks to Google for hosting us.

The slides are now on our Meetup page. See you in March!`, { hard: h }),
  P('de', ['post.no-conversation'], `Wir suchen eine Teamleiterin oder einen Teamleiter Kundendienst (80–100 %) für unseren Standort in St. Gallen.

Du führst ein Team von acht Personen, verbesserst unsere Prozesse und bist die erste Ansprechperson für anspruchsvolle Kundenanliegen. Wir bieten flexible Arbeitszeiten, sechs Wochen Ferien und ein tolles Team.

Bewerbungen bitte direkt über den Link im Kommentar.`, { hard: h }),
  P('en', ['post.no-conversation'], `The best feedback I ever got came from a junior developer.

After a sprint review she told me: "You ask for ideas, but you've already decided." She was right.

Since then I write my own opinion down before the meeting and only share it at the end. The quality of the discussion has changed completely.`, { hard: h }),
  P('de', ['post.no-conversation'], `Unsere Firma feiert heute ihr 100-jähriges Bestehen. 🎉

1926 gründete mein Urgrossvater in Langenthal eine kleine Weberei mit drei Angestellten. Heute sind wir 240 Mitarbeitende und liefern technische Textilien in die ganze Welt.

Danke an alle Generationen von Mitarbeitenden, Kunden und Partnern, die diese Geschichte möglich gemacht haben.`, { hard: h }),

  // --- post.hashtags ---
  P('en', ['post.hashtags'], `Great panel today on AI in healthcare. What's the biggest barrier you see in hospitals?

#AI #healthcare #digitalhealth #innovation #medtech #switzerland #future #leadership`),
  P('de', ['post.hashtags'], `Heute am Swiss Cyber Security Day in Bern. Wer ist auch vor Ort?

#cybersecurity #bern #itsecurity #schweiz #informationssicherheit #netzwerk`, { hard: h }),
  P('en', ['post.hashtags'], `Loving the #teamwork and #innovation at our #Zurich #hackathon this weekend – 14 teams, 48 hours, one #sustainability challenge and lots of #coffee. Who wants to join next year?`, { hard: h }),

  // --- post.wall-of-text / post.hook ---
  P('de', ['post.wall-of-text', 'post.hook'], `Gestern hatte ich ein spannendes Gespräch mit einer Personalleiterin aus der Maschinenindustrie, die mir erzählt hat, dass sie in den letzten zwei Jahren fast die Hälfte ihrer offenen Stellen nicht besetzen konnte, obwohl sie die Löhne erhöht und flexible Arbeitszeiten eingeführt haben. Ihr Fazit war, dass die klassische Stellenanzeige tot ist und dass sie heute vor allem über die eigenen Mitarbeitenden rekrutieren, die in ihrem Umfeld aktiv von ihrer Arbeit erzählen und dafür auch eine Prämie bekommen. Besonders spannend fand ich, dass die besten Empfehlungen nicht von den Führungskräften kamen, sondern von Lernenden und jungen Fachleuten, die in ihren Sportvereinen und Freundeskreisen über ihren Alltag berichten. Wie sind eure Erfahrungen mit Mitarbeiterempfehlungen?`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `I've been in procurement for almost twenty years now and the biggest change I've seen is not digitalisation or AI but the shift in how suppliers and buyers talk to each other, because ten years ago everything was about squeezing the last percent out of a contract and today the smartest companies I work with treat their key suppliers almost like partners, sharing forecasts, inviting them to innovation days and even co-investing in tooling. It takes longer to build that trust, and there are still plenty of people in my field who think that a supplier who is not afraid of you is a supplier who is overcharging you, but the numbers from our last three years say otherwise: fewer disruptions, faster ramp-ups and better quality.`, { hard: h }),
  P('en', ['post.hook'], `After nine years of running a small design studio in Basel with my co-founder, three office moves, one pandemic, two near-bankruptcies and more late nights than I can count, I've decided it's time to hand over the keys to our team and start something new next year.

It wasn't an easy decision. But the studio is in better hands than ever.

What helped you know when it was time to move on?`, { hard: h }),
  P('de', ['post.hook'], `In den letzten sechs Monaten haben wir in unserer Gemeindeverwaltung im Kanton Thurgau ein Experiment gemacht, über das ich lange nachgedacht habe und das viele meiner Kolleginnen und Kollegen in anderen Gemeinden für verrückt gehalten haben: Wir haben den Schalter am Freitag geschlossen.

Das Ergebnis: mehr Zeit für komplexe Dossiers, weniger Überstunden und kaum Reklamationen.

Würdet ihr das in eurer Gemeinde ausprobieren?`, { hard: h }),
  P('en', [], `I asked 50 hiring managers in Zurich what makes them skip a CV in the first ten seconds. The top answer surprised me.

It wasn't typos or gaps. It was a summary paragraph full of buzzwords that said nothing concrete.

What's the first thing you look at?`, { hard: h }),
  P('de', ['post.no-conversation', 'post.hashtags'], `Heute durfte ich am Tag der offenen Tür unserer Berufsfachschule in Sursee über meinen Weg vom Zimmermann zum Bauingenieur erzählen.

Die Fragen der Schülerinnen und Schüler waren ehrlich, direkt und manchmal ziemlich lustig. Einige wollten wissen, ob man mit einer Lehre wirklich an die Fachhochschule kann – ja, man kann, und zwar mit der Berufsmatura. Danke an Frau Felber für die Einladung!

#berufsbildung #lehre #bau #holzbau #luzern #karriere`, { hard: h }),
]);
