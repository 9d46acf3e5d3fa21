import { P, named } from './types';

// Seventh held-out split (issue #3), posts. Written from docs/rules.md only (see invite.heldout7.ts).
const h = true;

export default named('post-heldout7', [
  // --- clean: lessons, credits, real questions, announcements with something for the reader ---
  P('en', [], `Yesterday I was one of 1,100 people let go at Northvolt.

Six years in battery cell quality, two plants ramped from zero, and a team I'd follow anywhere. No bitterness – the market turned and the decision was made far above us.

I'm looking for quality engineering or process roles in Germany, Sweden or remote. If you know of a team that needs someone who has lived through a gigafactory ramp-up, would you point me their way?`, { hard: h }),
  P('de', [], `Nach 23 Jahren schliesst unser Werk in Emden Ende März.

Ich war Schichtleiter in der Lackiererei und habe in dieser Zeit gut 60 Azubis begleitet. Viele von ihnen stehen jetzt genau wie ich vor der Frage, wie es weitergeht.

Kennt jemand von euch Betriebe in Ostfriesland, die erfahrene Leute aus der Oberflächentechnik suchen? Ich gebe jeden Hinweis an meine Kolleginnen und Kollegen weiter.`, { hard: h }),
  P('en', [], `Our Hamburg night-shift team just won the DVZ Logistics Award for safety.

Not me – them. 412 days without a lost-time incident, mostly because Birgit and Okan rewrote the forklift handover checklist on their own time and then trained every new starter personally.

What's the one small process change that made the biggest safety difference in your warehouse?`, { hard: h }),
  P('de', [], `Heute wird unsere Bäckerei 100 Jahre alt. 🥨

Mein Urgrossvater hat 1925 mit einem Holzofen in der Hintergasse angefangen. Heute backen 34 Menschen bei uns – und ohne sie, ohne unsere Stammkundschaft und ohne die Müllerei Ruckstuhl, die uns seit 70 Jahren beliefert, gäbe es uns nicht mehr.

Was ist Ihre früheste Erinnerung an eine Dorfbäckerei?`, { hard: h }),
  P('en', [], `We lost our colleague Margaret Hughes this weekend. She trained half of the nurses on Ward 7 and never once raised her voice. Rest well, Maggie.`, { hard: h }),
  P('de', [], `In stiller Trauer nehmen wir Abschied von unserem langjährigen Vorarbeiter Karl-Heinz Brückner.

Über 40 Jahre hat er in unserem Betrieb Dächer gedeckt, Lehrlinge ausgebildet und jeden Neuen am ersten Tag auf einen Kaffee eingeladen. Viele von uns haben das Handwerk von ihm gelernt.

Unsere Gedanken sind bei seiner Frau Renate und seinen Kindern.`, { skip: ['post.no-conversation'], hard: h }),
  P('en', [], `Last spring I burned out. Not dramatically – I just stopped being able to read emails without my heart racing.

What helped me come back was boring: a fixed end to my workday, one meeting-free afternoon a week, and a manager who asked "what can I take off your plate?" instead of "how are you holding up?".

That last question changed how I lead my own team now.

Managers: what's the most useful thing someone said to you when you were struggling?`, { hard: h }),
  P('de', [], `Drei Wochen Norwegen, kein Handy, kein Laptop. 🏔️

Das Spannendste daran war nicht die Landschaft, sondern was im Büro passiert ist: nichts Schlimmes. Meine Stellvertreterin hat zwei Entscheidungen getroffen, die ich anders getroffen hätte – und beide waren besser.

Ich werde ab jetzt mehr delegieren. Wie bereitet ihr euer Team auf eure Ferien vor?`, { hard: h }),
  P('en', [], `Quick poll for hotel GMs 🏨

When a guest complains at check-out, who should handle it?

🅰️ Front desk, with authority to refund up to a limit
🅱️ Duty manager, always
🅲 Depends on the amount

I'm rewriting our service standards for 11 properties and genuinely torn. Vote in the poll and tell me why in the comments – I'll share the final version.`, { skip: ['post.engagement-bait'], hard: h }),
  P('de', [], `5 Fehler, die ich als Zimmermeister bei Angeboten für Dachsanierungen gemacht habe. 👉 Swipe ➡️

1. Gerüstkosten pauschal geschätzt
2. Entsorgung vergessen
3. Die Wartezeit auf Dachfenster nicht eingeplant
4. Keine Reserve für morsche Sparren
5. Den Bauherrn nicht gefragt, ob er bewohnt bleibt

Welcher davon hat euch schon am meisten Geld gekostet?`, { hard: h }),
  P('en', [], `The best warehouse software is the one your night shift actually uses. Agree?`, { hard: h }),
  P('de', [], `Ab morgen bin ich sechs Monate in Elternzeit. 👶

Die Übergabe hat mich mehr gelehrt als jede Führungsschulung: Wer zwei Wochen lang aufschreiben muss, was nur im eigenen Kopf ist, merkt, wie viel Wissen das Team nicht hatte. Wir haben daraus ein Wiki mit 40 Seiten gemacht, das bleibt.

Wie habt ihr eure Elternzeit oder lange Abwesenheiten übergeben?`, { hard: h }),
  P('en', [], `Today we're releasing version 3 of our route-planning app for small bakeries.

What changed: offline mode for drivers in rural areas, and a delivery window that learns from the last four weeks. Both came straight from customer calls – thank you to the 19 bakeries who tested the beta and told us where it hurt.

What should a tool like this never do, in your experience?`, { hard: h }),
  P('de', [], `Liebe Einwohnerinnen und Einwohner,

ab dem 1. Februar können Sie die Hundesteuer, die Anmeldung eines Wohnsitzes und die Bestellung einer Wahlkarte online bei der Gemeinde Kriens erledigen.

Wir haben das System mit 30 Seniorinnen und Senioren getestet, weil es auch für sie funktionieren muss.

Was fehlt Ihnen noch im digitalen Angebot der Gemeinde?`, { hard: h }),
  P('en', [], `We ran 40 refugee job-readiness workshops in Athens this year. The biggest lesson: the CV workshop mattered far less than the session where employers came to us.

Next year we'll flip the ratio.

NGO folks: how do you get employers to show up?`, { hard: h }),
  P('de', [], `Unser Lehrling Timo hat diese Woche seine Gesellenprüfung als Tischler mit der Note 1,3 bestanden. 🪚

Sein Gesellenstück – ein Schreibtisch aus Rüster mit verdeckten Schwalbenschwänzen – steht jetzt in unserer Werkstatt. Ich bin stolz auf ihn und dankbar für unsere Gesellen, die ihn drei Jahre lang begleitet haben.

Wie haltet ihr gute Gesellen nach der Prüfung im Betrieb?`, { hard: h }),
  P('en', [], `A guest left us a 2-star review last month: "Lovely room, but nobody told us breakfast ended at 10."

She was right. We had the time on a sign nobody reads.

Now every check-in ends with one sentence about breakfast, and our reviews mentioning breakfast went from mostly negative to mostly positive.

What's the one sentence your front desk should say more often?`, { hard: h }),
  P('en', [], `Rents in Leipzig rose 9% this year, but what surprised me more as an agent: 6 out of 10 viewings now come from people over 60 moving out of houses that are too big.

The market for accessible 2-room flats near tram lines is tiny.

Planners and developers – are you seeing this too, and is anyone building for it?`, { hard: h }),
  P('de', [], `Ein Tipp aus 15 Jahren als Versicherungsberaterin, ganz ohne Verkauf: Fotografieren Sie einmal im Jahr jedes Zimmer Ihrer Wohnung.

Im Schadenfall nach einem Brand oder Einbruch wissen die wenigsten, was sie besassen. Die Fotos sparen Ihnen Wochen an Diskussion.

Wer hat das schon einmal gebraucht?`, { hard: h }),
  P('en', [], `PSA from someone who works in crypto compliance: nobody legitimate will ever DM you first with a "guaranteed 20% monthly" offer.

This month alone we traced three pig-butchering scams that started with a LinkedIn connection request.

Have you been approached like this? What tipped you off?`, { hard: h }),
  P('en', [], `first week as a marketing intern done ✅ things nobody told me:

1. "quick sync" is never quick 😭
2. ur manager actually wants u to ask questions
3. the coffee machine is where the real onboarding happens ☕

other interns – what surprised u most?? 👀`, { hard: h }),
  P('de', [], `Hoi zäme! 👋

Mir händ i üsere Garage dä Summer zum erschte Mal zwei Lernendi us de Ukraine agstellt. Sprach isch am Afang es Thema gsi, aber mit Bilder-Checkliste für jede Arbeitsschritt hätt's super funktioniert.

Wär hät ähnlichi Erfahrige gmacht und hät no Tipps?`, { hard: h }),
  P('en', [], `After 38 years at Lufthansa Technik, today is my last day.

I joined as an apprentice mechanic and leave as head of engine overhaul. None of it happened alone: Hans Meyer taught me torque sequences on my first day, and my team in Hamburg carried me through the A380 years.

To the young engineers starting now: what do you wish someone experienced would tell you? Ask me anything before I go fishing.`, { hard: h }),
  P('de', [], `Wir haben im Labor ein Jahr lang jede Probe doppelt erfasst, einmal auf Papier und einmal im neuen LIMS.

Ergebnis: 4 % Übertragungsfehler auf Papier, 0,3 % digital. Danke an Dr. Aydın und das ganze MTA-Team für die Geduld.

Welche Erfahrungen habt ihr mit der Umstellung gemacht?

#Labor #LIMS #Digitalisierung #Qualitätssicherung #Medizin`, { hard: h }),
  P('en', [], `Shipped our 10,000th wheelchair-accessible van conversion today. Thank you to the 43 people in our Leeds workshop who build every one of them by hand.`, { hard: h }),
  P('de', [], `Drei Gründe, warum ich als Recruiterin Bewerbungen aussortiere, bevor ich sie ganz gelesen habe:

1. Das Anschreiben nennt die falsche Firma.
2. Der Lebenslauf hat keine Jahreszahlen.
3. Die Telefonnummer fehlt.

Klingt banal, passiert aber bei jeder fünften Bewerbung. Was würdet ihr ergänzen?`, { hard: h }),
  P('en', [], `Most first-time managers try to be liked. The ones who last try to be clear.

Clarity means saying what "done" looks like before the work starts, not after. It means saying no to the fourth priority.

I teach this in my leadership course, but you don't need a course to start: write down what "done" means for your team's top task tomorrow and see who disagrees.

What's the hardest thing to be clear about in your team?`, { skip: ['post.sales-pitch'], hard: h }),
  P('de', [], `Über psychische Gesundheit im Handwerk redet kaum jemand.

Letztes Jahr hat einer meiner Gesellen still gekündigt, weil er nach einem Unfall auf der Baustelle nicht mehr schlafen konnte. Ich habe es nicht gemerkt. Heute haben wir eine feste Ansprechperson ausserhalb der Chefetage und einmal im Quartal ein Gespräch ohne Tagesordnung.

Wie geht ihr in euren Betrieben damit um?`, { hard: h }),
  P('en', [], `I got promoted to Head of Claims this week – and the honest story is that I almost didn't apply.

My manager Priya put my name forward twice before I believed her. If you lead people: say it out loud when you think someone is ready. They may not know.

Who was the person who pushed you into your last big step?`, { hard: h }),
  P('de', [], `Wir verlosen 3 Tickets für den Logistik-Tag in Dortmund am 12. März. 🎟️

Schreibt uns bis Freitag in die Kommentare, welche Frage ihr dem Panel zur Letzten Meile stellen würdet – die drei spannendsten Fragen gewinnen, und wir stellen sie auf der Bühne.`, { skip: ['post.engagement-bait'], hard: h }),
  P('en', [], `We're hiring a night-shift dispatcher for our Duisburg hub. 🚚

No degree needed, full training, 4-on-4-off rota, €3,100 a month plus night premium. Apply via the link in the comments or message Aylin directly.

Know someone who'd be great? Feel free to share with them.`, { skip: ['post.engagement-bait', 'post.sales-pitch'], hard: h }),
  P('de', [], `Unser Team im Asylheim in Traiskirchen wurde mit dem Integrationspreis des Landes Niederösterreich ausgezeichnet.

Der Preis gehört den 26 Freiwilligen, die seit 2015 jeden Abend Deutsch unterrichten – und Frau Hadžić, die das alles koordiniert.

Welche Initiativen in eurer Region verdienen mehr Aufmerksamkeit?`, { hard: h }),
  P('en', [], `Seeing this more and more in sales hiring: candidates who ask us about our churn rate in the first interview.

Good. That's exactly the right question. Do you ask it?`, { hard: h }),


  // --- post.no-conversation: a good post of more than 40 words that ends without a question ---
  P('en', ['post.no-conversation'], `Proud of our Rotterdam crew this quarter.

They cut container dwell time from 4.1 to 2.6 days by moving customs pre-checks to the evening shift, an idea from Sanne in documentation that nobody had tried because "we always did it in the morning".

Thank you, Sanne, and everyone who made it work.`, { hard: h }),
  P('de', ['post.no-conversation'], `Heute vor zehn Jahren haben wir unsere Hausverwaltung in Graz mit zwei Schreibtischen und einem Faxgerät gegründet.

Heute betreuen 18 Kolleginnen und Kollegen über 2.000 Wohnungen. Danke an alle Eigentümergemeinschaften, die uns damals vertraut haben, und an unser Team, das auch um Mitternacht beim Wasserrohrbruch ans Telefon geht.`, { hard: h }),
  P('de', ['post.no-conversation'], `Was ich in 20 Jahren Krankenhausmanagement gelernt habe:

Die teuerste Entscheidung ist fast immer die, die man vertagt. Ein fehlender Pflegeschlüssel kostet im Winter mehr als jede Beraterstudie. Und die besten Ideen für Abläufe kommen von denen, die nachts arbeiten – man muss nur nachts vorbeigehen und zuhören.`, { hard: h }),
  P('en', ['post.no-conversation'], `Our annual report is out.

In 2025 our mobile clinics in northern Uganda saw 48,000 patients, trained 120 community health workers and cut the average walk to the nearest care point from 14 km to 5 km.

None of it would have happened without our local partners in Gulu and Kitgum, and the donors who stayed with us through a difficult funding year.`, { hard: h }),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `I analysed 300 cold emails that booked meetings for our SDR team. 📊

The patterns are not what you'd expect – shorter isn't always better, and the subject line matters less than the first seven words.

I put everything into a 40-page playbook.

Comment "PLAYBOOK" below and I'll DM it to you. 👇`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.engagement-bait'], `Gute Führung beginnt beim Zuhören, nicht beim Reden. Like, wenn du zustimmst 👍`, { hard: h }),
  P('en', ['post.engagement-bait'], `🎁 GIVEAWAY 🎁

To celebrate 5,000 followers I'm giving away 3 copies of "The Logistics Leader" by Dr. Amara Obi!

To enter:
1️⃣ Like this post
2️⃣ Repost it
3️⃣ Tag 2 friends who work in supply chain

Winners announced Friday. Good luck! 🍀`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.engagement-bait'], `Ich suche nach 14 Jahren im Einzelhandel eine neue Stelle als Filialleiterin im Raum Köln/Bonn.

Meine Filiale wurde im Oktober geschlossen, mein Team habe ich bis zum letzten Tag begleitet. Kennt jemand von euch Unternehmen, die gerade suchen?

Bitte teilt diesen Beitrag, damit er möglichst viele Menschen erreicht – jede Reichweite hilft mir! 🙏`, { hard: h }),
  P('en', ['post.engagement-bait'], `Settle this for our office 👇

❤️ if you prefer 4 days in the office with Fridays off
👍 if you prefer fully remote with core hours

Let's see who wins!`, { hard: h }),
  P('de', ['post.engagement-bait'], `Ich habe eine Checkliste mit 27 Punkten für die Wohnungsübergabe erstellt, die mir als Maklerin schon unzählige Streitigkeiten erspart hat.

Schreib «JA» in die Kommentare und ich schicke sie dir kostenlos per Nachricht. ✅`, { hard: h }),
  P('en', ['post.engagement-bait'], `when ur manager says "we're a family" and then schedules a 7am meeting on a friday 💀💀

drop a 🔥 if u relate lmaooo`, { hard: h }),
  P('en', ['post.engagement-bait'], `The most underrated skill in project management: writing the decision down the same day.

Not the meeting notes. The decision, who made it, and what would change it. Three lines. It has saved my team from more re-discussions than any tool.

What do you do to make decisions stick?

♻️ Repost this to help someone in your network who runs too many meetings.`, { hard: h }),
  P('de', ['post.engagement-bait'], `Wer im Büro arbeitet, unterschätzt, wie viel Planung in einer einzigen Paketzustellung steckt. Unsere Fahrerinnen und Fahrer haben pro Tour bis zu 180 Stopps.

Markiere eine Kollegin oder einen Kollegen, der das lesen muss! 👇`, { hard: h }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `I went from burned-out nurse to a $20k/month coaching business in 9 months.

My 6-week "Escape the Shift" program shows you exactly how. Normally $997 – this week only $497.

Only 7 spots left. DM me "READY" and I'll send you the checkout link. 💸`, { skip: ['post.no-conversation', 'post.self-promotion'], hard: h }),
  P('de', ['post.sales-pitch'], `Ich suche 3 motivierte Menschen, die sich neben dem Job ein zweites Einkommen mit Naturkosmetik aufbauen wollen. 🌿

Keine Vorkenntnisse nötig, freie Zeiteinteilung, ein tolles Team. Das Starterpaket gibt es nur noch bis Sonntag 50 % günstiger!

Schreib mir eine PN und ich erkläre dir alles. 💕`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.sales-pitch'], `📈 My VIP signals group called 11 of the last 12 altcoin pumps.

Members made 4x in October alone. 30-day access only $49 – price doubles on Monday.

Join now, link in bio. 🚀 Not financial advice.`, { skip: ['post.self-promotion'], hard: h }),
  P('de', ['post.sales-pitch'], `🏡 EXKLUSIV: Sonnige 3-Zimmer-Wohnung mit Südbalkon in München-Haidhausen, 84 m², frisch saniert.

Kaufpreis 689.000 € – nur noch diese Woche provisionsfrei für Käufer!

Jetzt Besichtigungstermin buchen: Link in den Kommentaren.`, { hard: h }),
  P('en', ['post.sales-pitch'], `Open enrolment closes Friday. ⏰

Business owners: if you haven't reviewed your group health plan in two years, you are almost certainly overpaying. Book your free consultation now and save up to 30% on premiums – guaranteed or we waive our fee.`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.sales-pitch'], `Nur noch 4 Plätze frei in meiner Masterclass «Souverän präsentieren» am 18. Januar in Zürich!

Ein Tag, 8 Teilnehmende, Videofeedback. Frühbucherpreis 390 CHF statt 590 CHF bis Sonntag. Jetzt anmelden über den Link in meinem Profil.`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.sales-pitch'], `Still planning delivery routes in Excel? 😩

RouteWise plans 200 stops in 30 seconds. Book a demo today and get your first 3 months free – offer ends December 31.`, { hard: h }),
  P('de', ['post.sales-pitch'], `Nur noch heute: 20 % Rabatt auf unser Weihnachtsmenü für Firmenfeiern! 🎄

Vier Gänge, Weinbegleitung, ab 20 Personen. Jetzt reservieren unter 0711 123456 – die Termine im Dezember sind fast ausgebucht.`, { hard: h }),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion', 'post.no-conversation'], `Thrilled to announce that I've been named to the Forbes 30 Under 30 Europe list in Finance! 🎉

It's been an incredible journey, from my first internship to leading my own fund at 28. I've always believed in myself and pushed harder than anyone around me.

Onwards and upwards! 🚀`, { hard: h }),
  P('de', ['post.self-promotion'], `Geschafft: Mein drittes Buch steht auf Platz 1 der Spiegel-Bestsellerliste Sachbuch. 📚 Ich bin unglaublich stolz auf mich.`, { hard: h }),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Honoured to have been appointed Non-Executive Director of the Board of Harwell Capital plc.

This appointment builds on my thirty-five years in banking, including my tenure as Chief Risk Officer at two FTSE 100 institutions, my chairmanship of the audit committee at Brixton Holdings and my recent knighthood for services to finance.`, { hard: h }),
  P('de', ['post.self-promotion'], `Mein Paper wurde in Nature angenommen. Erstautorin. Mein drittes Nature-Paper in diesem Jahr. 🔬`, { hard: h }),
  P('en', ['post.self-promotion'], `just hit 100k followers at 22 🤯 no agency, no ads, no team. just me and my phone. told u all i'd do it 💅`, { hard: h }),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich freue mich sehr, mitteilen zu können, dass ich von LinkedIn zur Top Voice für Immobilien ausgezeichnet wurde. 🏆

Seit Jahren teile ich hier mein Wissen, und diese Auszeichnung bestätigt, dass ich zu den führenden Stimmen der Branche gehöre. Ein grossartiger Moment für mich, auf den ich lange hingearbeitet habe, und ein verdienter Lohn für meinen unermüdlichen Einsatz.`, { hard: h }),
  P('en', ['post.self-promotion'], `Humbled to be ranked the #1 agent in Surrey for the fifth year in a row. 🏅`, { hard: h }),

  // --- post.too-personal ---
  P('de', ['post.too-personal'], `Zwei Wochen Kreta 🌊☀️ Kein Laptop, keine Mails. Nur Meer, Gyros und die Kinder im Pool.`, { hard: h }),
  P('en', ['post.too-personal'], `Welcome to the world, Noah James! 💙 3.4 kg, 52 cm, and already louder than our dog.`, { hard: h }),
  P('de', ['post.too-personal'], `Hoi zäme! Hüt han ich endlich min neue Töff abgholt 🏍️ Am Sunntig gahts über de Klausepass!`, { hard: h }),
  P('en', ['post.too-personal'], `25 years married today to the love of my life. ❤️ Dinner at the same little Italian place where I proposed.`, {}),
  P('de', ['post.too-personal'], `Sonntagsbraten bei Oma, danach ein langer Spaziergang am Rhein. 🍂 So muss ein Wochenende sein.`, {}),
  P('en', ['post.too-personal', 'post.no-conversation'], `Finally finished our kitchen renovation after four months of dust, delays and takeaway pizza.

Oak countertops, a proper island, and the coffee machine of my dreams. My wife picked the tiles and I have to admit she was right about the green. Sunday brunch for the whole family this weekend!`, { hard: h }),

  // --- post.hashtags ---
  P('en', ['post.hashtags'], `We opened our second cold-storage hub in Antwerp today – 12,000 pallet spaces, fully solar-powered. Thank you to the Vandenberghe team for building it in 11 months.

What's your biggest challenge in cold chain right now?

#logistics #coldchain #supplychain #sustainability #warehousing #Antwerp #solar`, { hard: h }),
  P('de', ['post.hashtags'], `Neue Lernende in der Küche! 👩‍🍳 Willkommen, Selin und Mattia.

#Gastronomie #Lehre #Ausbildung #Koch #Hotellerie #Schweiz #Nachwuchs #Team`, {}),
  P('en', ['post.hashtags', 'post.engagement-bait'], `Good leaders listen more than they talk. 💯

Like and share if you agree!

#leadership #management #motivation #success #mindset #growth #inspiration #ceo #business`, {}),

  // --- post.wall-of-text / post.hook ---
  P('de', ['post.wall-of-text', 'post.hook'], `Letzte Woche hatte ich ein Gespräch mit einer jungen Mitarbeiterin aus unserer Disposition, die mich gefragt hat, warum wir eigentlich immer noch jede Tour am Vorabend manuell prüfen, obwohl die Software doch alles berechnet, und ich musste zugeben, dass ich das selbst nicht mehr genau wusste, also haben wir uns zwei Wochen lang jede manuelle Änderung angeschaut und festgestellt, dass ungefähr jede achte Tour wegen Dingen geändert wird, die die Software gar nicht kennen kann, zum Beispiel weil ein Kunde seine Rampe nur bis 14 Uhr offen hat oder weil ein Fahrer aus gesundheitlichen Gründen keine schweren Kisten tragen darf, und genau diese Informationen stehen in keinem System, sondern nur in den Köpfen der Disponentinnen, weshalb wir jetzt ein einfaches Formular eingeführt haben, mit dem solche Ausnahmen dauerhaft erfasst werden. Habt ihr ähnliche Erfahrungen gemacht?`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `When I started as a junior associate at a mid-sized law firm in Manchester twenty years ago, I was told that the key to success was billing as many hours as possible and never saying no to a partner, and for the first eight years I followed that advice religiously, working most weekends and missing more family events than I care to count, until one day a client I had worked with for years told me that she had chosen our firm not because of the hours we put in but because I was the only lawyer who had ever explained her options to her in plain English, and that single conversation changed how I think about value in professional services, because it made me realise that clients rarely remember how long something took but always remember whether they understood it, which is why I now spend the first meeting with every new client on nothing but questions and plain explanations.`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook', 'post.self-promotion', 'post.no-conversation'], `Ich blicke auf ein unglaublich erfolgreiches Jahr zurück, in dem ich als Geschäftsführer unseren Umsatz um 42 Prozent gesteigert, drei neue Standorte in Stuttgart, Ulm und Reutlingen eröffnet, den Preis als Unternehmer des Jahres der IHK erhalten, mein zweites Buch veröffentlicht, auf vierzehn Konferenzen als Keynote-Speaker aufgetreten bin und zusätzlich noch einen Lehrauftrag an der Hochschule übernommen habe, und das alles, während ich nebenbei für meinen ersten Ironman trainiert habe, den ich im September in unter elf Stunden beendet habe, was mir gezeigt hat, dass mit genug Disziplin und Willenskraft wirklich alles möglich ist, wenn man nur konsequent an sich glaubt und sich nicht von Zweiflern aufhalten lässt, denn genau diese Haltung hat mich dahin gebracht, wo ich heute stehe.`, { hard: h }),
  P('en', ['post.hook'], `After eleven years of running a family-owned removals company in Bristol, three things I've learned about hiring movers that nobody tells you in business school, most of which cost us real money before we worked them out the hard way:

1. Strength matters less than patience.
2. References from other trades are worth more than CVs.
3. Pay for the first day's trial.

What would you add?`, { hard: h }),
  P('de', ['post.hook'], `Als ich vor fünf Jahren die Leitung des Sozialamts in unserer Kreisstadt übernommen habe, dachte ich, unser grösstes Problem seien die langen Wartezeiten auf einen Termin, aber nach vielen Gesprächen mit Antragstellenden zeigte sich, dass es eigentlich die Formulare waren.

Wir haben jedes Formular mit zehn Betroffenen getestet und neu geschrieben. Die Zahl der Rückfragen ist um die Hälfte gesunken.

Wie geht ihr in eurer Verwaltung mit verständlicher Sprache um?`, { hard: h }),
  P('de', ['post.hook'], `Wenn mir vor zwanzig Jahren jemand gesagt hätte, dass ich als gelernter Metzger einmal die Einkaufsabteilung einer Lebensmittelkette mit 400 Filialen in drei Ländern leiten würde, hätte ich gelacht und weiter Würste abgefüllt – aber genau das ist passiert, und es lag an einer einzigen Frage.

Meine damalige Chefin fragte mich: «Was würdest du anders einkaufen?» Niemand hatte mich das vorher gefragt.

Welche Frage hat eure Laufbahn verändert?`, { hard: h }),
])
