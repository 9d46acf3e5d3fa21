import { P, named } from './types';

const h = true;

/**
 * heldout18 (blind): posts from an ordinary LinkedIn week in Switzerland/DACH and beyond: lessons,
 * launches, job news with thanks, questions to the network, posts that discuss bait or sales
 * tactics, private life with and without a professional point, hard selling, bait without the
 * classic words, bragging, hashtag clouds, long openings and walls of text.
 * English and German (Swiss "ss", Germany, Austria; Sie and du). Labelled from docs/rules.md only.
 */
export default named('post-heldout18', [
  // --- clean ---
  P('en', [], `My daughter asked me last night why I "type into the computer all day".

I tried to explain what a data engineer does and failed three times. Then I said: "I make sure the numbers people look at are true." She nodded.

It made me realise how rarely I explain my work without jargon. If you can't explain it to a seven-year-old, your stakeholders probably struggle too.

How do you describe your job to kids?`, { hard: h }),
  P('de', [], `Warum ich keine «Kommentiere JA»-Posts mehr schreibe.

Vor einem Jahr habe ich es ausprobiert: «Schreib JA in die Kommentare und ich schicke dir meine Vorlage.» 400 Kommentare, null echte Gespräche. Und LinkedIn hat die Reichweite meiner nächsten Beiträge spürbar gedrosselt.

Seither stelle ich lieber eine echte Frage am Ende. Weniger Kommentare, aber bessere.

Wie haltet ihr es mit solchen Mechaniken?`, { hard: h }),
  P('en', [], `Today we're releasing version 2.0 of our open-source Swiss address validator.

What's new: support for the 2025 postcode changes, a 4x faster lookup, and Romansh street names. Huge thanks to the three contributors from the Canton of Graubünden who sent us the street data.

Release notes are on GitHub. What would you want to see in 3.0?`, { hard: h }),
  P('de', [], `Nach sieben Jahren bei der SBB beginne ich im Januar als Leiterin Instandhaltung bei der Rhätischen Bahn.

Ohne mein Team in Olten wäre ich nie so weit gekommen: Danke Marco, Aylin und Ruedi für die vielen Nachtschichten, die Geduld mit mir als junge Chefin und die ehrlichen Rückmeldungen.

Was würdet ihr jemandem raten, der in den ersten 100 Tagen ein neues Team kennenlernt?`, { hard: h }),
  P('en', [], `Reminder to myself and maybe to you: the meeting that could have been an email usually could have been a decision.`, { hard: h }),
  P('de', [], `Heute zum ersten Mal eine Lernende an ihre Lehrabschlussprüfung begleitet. Bestanden mit 5.3. Stolz auf dich, Jana!`, { hard: h }),
  P('en', [], `Three things I learned from running 40 user interviews for a B2B payroll tool:

1. People describe their workaround, not their problem. Ask what they did last Tuesday.
2. Finance teams love spreadsheets because they trust them. Don't fight that, import from them.
3. The best insights came after I stopped the recording.

What's your best interview question?`),
  P('de', [], `Drei Dinge, die ich in zehn Jahren als Bauleiter in Wien gelernt habe:

Erstens: Der Polier weiß mehr als der Plan. Zweitens: Ein Kaffee auf der Baustelle löst mehr Konflikte als ein E-Mail. Drittens: Wer um sieben nicht da ist, hat um neun nichts mehr zu sagen.

Was würdet ihr ergänzen?`),
  P('en', [], `"Book a demo" is the most expensive button on most SaaS websites.

We A/B tested replacing it with "See it in 2 minutes" (a recorded walkthrough). Demo requests dropped 30%, but closed deals went up, because the people who still booked had already qualified themselves.

Not saying it works everywhere. Has anyone tried something similar in enterprise sales?`, { hard: h }),
  P('de', [], `Wir haben im Laden in Bern ein Jahr lang auf Rabattaktionen verzichtet. Kein Black Friday, kein «nur noch heute».

Das Ergebnis: Etwas weniger Umsatz im November, dafür mehr Stammkundschaft und weniger Retouren. Unsere Mitarbeitenden waren im Dezember deutlich entspannter.

Habt ihr ähnliche Erfahrungen gemacht, oder ist das im Detailhandel unrealistisch?`, { hard: h }),
  P('en', [], `Last spring I spent six weeks at home with burnout.

What helped me return was not a productivity system. It was my manager, who called once a week just to ask how I was, never about deadlines.

If you lead people: those calls matter more than you think. What did your best manager do when you were struggling?`, { hard: h }),
  P('de', [], `Am Wochenende habe ich mit meinem Vater die Werkstatt seiner alten Schreinerei ausgeräumt.

Zwischen Hobelspänen fand ich sein Auftragsbuch von 1987: Jede Offerte von Hand, jede mit einer Notiz zum Kunden. «Frau Gisler, Küche, will helles Holz, Hund beisst nicht.»

Das ist CRM, lange bevor es CRM gab. Vielleicht brauchen wir in unseren Tools weniger Felder und mehr solche Notizen. Wie dokumentiert ihr eure Kundenbeziehungen?`, { hard: h }),
  P('en', [], `Hiring managers in Switzerland: do you still ask for a photo on CVs? We removed it from our process this year and I'm curious how others handled the pushback.`),
  P('de', [], `Kurze Frage an alle Physiotherapeutinnen und Physiotherapeuten: Welche App nutzt ihr für die Heimübungsprogramme eurer Patientinnen und Patienten?

Wir suchen etwas, das auch auf Französisch und Italienisch funktioniert.`),
  P('en', [], `We just published our guide to accessible PDF forms for Swiss cantonal administrations. It's free and contains no tracking, promise.

Which forms are the worst offenders in your experience?

#accessibility #a11y #egovernment #switzerland`, { hard: h }),
  P('de', [], `Unsere Gemeinde testet ab Januar die digitale Abfallkalender-App. Welche Funktionen wären euch als Einwohnerinnen und Einwohner am wichtigsten?

#Gemeinde #Digitalisierung #Abfall #Schweiz #Verwaltung`, { hard: h }),
  P('en', [], `Please welcome Amara Okafor to our Lausanne team! Amara joins as our first clinical data scientist after four years at CHUV. If you work on hospital data in Romandie, say hello to her.`, { hard: h }),
  P('de', [], `Gestern fand der erste Zürcher Pflege-Hackathon statt: 60 Pflegefachpersonen, Entwicklerinnen und Studierende, 24 Stunden, 9 Prototypen.

Gewonnen hat ein Team, das Übergaberapporte per Sprachnotiz strukturiert. Danke an das USZ, die ZHAW und alle Freiwilligen, die das möglich gemacht haben.

Wer war dabei und was nehmt ihr mit?`, { hard: h }),
  P('en', [], `Unpopular opinion: most "thought leadership" would be better as a question.

Instead of "Here are 5 rules for remote work", try "Here's what broke when we went remote - what broke for you?". You'll learn more and so will your readers.

Tell me where you disagree.`, { hard: h }),
  P('de', [], `Ab heute ist unsere Wärmepumpen-Planungssoftware auch für Mehrfamilienhäuser verfügbar.

Die Entwicklung hat 14 Monate gedauert, und ohne das Feedback von 30 Installationsbetrieben aus Bayern und Baden-Württemberg wäre sie nicht halb so gut.

Welche Funktionen fehlen euch bei der Planung von Bestandsgebäuden noch?`, { hard: h }),
  P('en', [], `Back at work after 8 weeks of paternity leave, thanks to our company policy (Swiss law gives fathers 2).

The biggest surprise: my team didn't collapse. Two colleagues stepped up, and one of them now leads the weekly planning and does it better than I did.

Leaders: extended leave is also a development opportunity for your team. What's your experience?`, { hard: h }),
  P('de', [], `Der beste Tipp, den ich als junge Anwältin bekommen habe: «Lies den Vertrag so, als würdest du die Gegenseite vertreten.» Gilt erstaunlich oft auch ausserhalb der Kanzlei.`, { hard: h }),
  P('en', [], `I failed the CFA Level II exam twice. Here's what changed the third time:

- I stopped re-reading and did only practice questions.
- I studied with two colleagues every Sunday.
- I told my manager, who gave me Fridays off in May.

If you're studying right now: what's your hardest topic? Happy to share notes.`, { hard: h }),
  P('de', [], `Liebe Schreinerinnen und Schreiner: Wie findet ihr heute noch Lernende?

Wir haben dieses Jahr auf zwei Lehrstellen genau eine Bewerbung erhalten. Schnupperlehre, Instagram, Berufsmesse – was funktioniert bei euch?`),
  P('en', [], `We replaced our internal FAQ bot after six months. Here's an honest look at why.

The bot was accurate about 85% of the time. Sounds good, until you realise that the 15% were exactly the tricky cases: payroll exceptions, visa questions, parental leave in cross-border setups. Those are the questions where a wrong answer hurts people.

What we do now: the bot answers only from a curated set of 120 articles, shows the source for every answer, and hands over to a human as soon as the question touches money, health or legal status. Usage dropped by a third. Satisfaction went up.

The lesson for us: precision beats coverage when trust is at stake.

Have you seen the same trade-off in your teams?`, { hard: h }),
  P('de', [], `Was ich nach 20 Jahren in der Treuhand über Kundenbeziehungen weiss.

Die meisten Mandate verlieren wir nicht wegen Fehlern. Fehler passieren, und wer sie offen anspricht, gewinnt sogar Vertrauen. Wir verlieren Mandate, weil sich jemand nicht gesehen fühlt: Die Steuererklärung kommt pünktlich, aber niemand hat gefragt, wie das erste Jahr mit der neuen Firma war.

Seit drei Jahren rufen wir jede Kundin und jeden Kunden einmal im Jahr ohne Anlass an. Zehn Minuten, keine Rechnung, kein Verkauf. Die Kündigungsrate hat sich halbiert.

Wie pflegt ihr Beziehungen, wenn es gerade nichts zu tun gibt?`, { hard: h }),
  P('en', [], `What would you do if your best engineer asked to work four days a week?

We said yes last year. Output stayed the same, and two more people asked. We're now rethinking how we plan sprints around it.`, { hard: h }),
  P('de', [], `Die neue Lohntransparenz-Richtlinie der EU betrifft auch viele Schweizer Firmen mit Tochtergesellschaften in Deutschland oder Österreich. Seid ihr schon vorbereitet, oder wartet ihr ab?`),
  P('en', [], `Started today as Head of Nursing at Spital Männedorf. Thank you to the team at Kantonsspital Winterthur for eleven wonderful years. I'll miss our Thursday rounds.`, { hard: h }),
  P('de', [], `Diese Woche war ich zum ersten Mal mit meinem Sohn an einem Schnuppertag.

Was mir auffiel: Die Betriebe, die ihm echte Arbeit gegeben haben, hat er sich gemerkt. Die mit der Powerpoint-Präsentation nicht.

An alle Berufsbildnerinnen und Berufsbildner: Lasst die Jugendlichen anpacken! Wie gestaltet ihr eure Schnuppertage?`, { hard: h }),
  P('en', [], `Humbled to receive the Swiss Nurse Award, but let's be clear: it belongs to the night shift on ward 4B.

Lina, Marc, Deniz, Sophie, this one is yours. Which colleague deserves a shout-out from you this week?`, { hard: h }),
  P('de', [], `Wir haben heute das Baugesuch für das neue Schulhaus in Dübendorf eingereicht. Danke an die Projektgruppe der Gemeinde und an alle Eltern, die an den Workshops mitgedacht haben.`, { hard: h }),
  P('en', [], `Is "Comment 'guide' and I'll DM it to you" ever okay? I get why creators do it, but as a reader it feels like a toll booth. Where do you draw the line?`, { hard: h }),
  P('de', [], `Heute vor zehn Jahren habe ich meine erste Zeile Code geschrieben. Danke an Frau Imhof, meine Informatiklehrerin, die mir damals ihren alten Laptop ausgeliehen hat.`, { hard: h }),
  P('en', [], `We're hosting a free evening on pension planning for freelancers in Zurich on 12 December, with two speakers from the AHV office. No sales, just Q&A. Anything you'd like us to cover?`, { hard: h }),
  P('de', [], `Frage in die Runde: Wer hat Erfahrung mit der 4-Tage-Woche in der Pflege? Wir überlegen, sie auf einer Station zu testen, und ich möchte aus euren Fehlern lernen, nicht nur aus unseren.`),
  P('en', [], `We're hiring two apprentices (EFZ application development) for August 2027 in Bern. Know a curious 15-year-old? Send them our way, or ask me anything about the apprenticeship.`),
  P('de', [], `Seit gestern ist unser Wiener Büro offiziell klimaneutral zertifiziert.

Ehrlicherweise war das vor allem die Arbeit von Teresa und Lukas aus dem Facility-Team. Welche Maßnahmen haben bei euch am meisten gebracht?`, { hard: h }),
  P('en', [], `What's the most useful feedback you've ever received?

Mine came from a client in Geneva who told me my reports were "perfect and unreadable". I cut them from 30 pages to 6. Nobody has complained since.`, { hard: h }),
  P('de', [], `Ich habe diese Woche meine erste Rede auf Französisch gehalten, vor 200 Leuten in Lausanne.

Mein Tipp an alle, die in der Zweitsprache präsentieren müssen: Übt die ersten zwei Minuten auswendig, der Rest kommt. Wie geht es euch damit?`, { hard: h }),
  P('en', [], `Our team's book club just finished "The Mom Test". Biggest takeaway: stop asking customers if they'd buy, ask what they did. Which business book changed how you work?`),
  P('de', [], `Gratuliere, Sandro! Nach drei Jahren berufsbegleitendem Studium hast du heute dein Diplom als Techniker HF erhalten. Das ganze Team der Elektro Fässler AG ist stolz auf dich.`, { hard: h }),
  P('en', [], `Quick LinkedIn tip I wish I'd known earlier: posts with 20 hashtags don't reach more people, they just look desperate. Three relevant ones are plenty. What other myths should we bust?`, { hard: h }),
  P('de', [], `Heute vor einem Jahr habe ich mich selbstständig gemacht. Die wichtigste Lektion: Kunden kaufen Vertrauen, nicht Stundensätze. Was war eure wichtigste Lektion im ersten Jahr?`, { hard: h }),
  P('en', [], `Thank you to everyone who came to the Basel Data Science meetup last night.

Slides from Rahel's talk on causal inference are in the comments. Next meetup: January, topic still open. Suggestions welcome!`),

  // --- post.engagement-bait ---
  P('en', ['post.engagement-bait'], `Like if you agree: the best leaders listen more than they talk. 👇`),
  P('de', ['post.engagement-bait'], `Kommentiere «CHECKLISTE» und ich schicke dir meine Onboarding-Vorlage für neue Mitarbeitende. 📩`),
  P('en', ['post.engagement-bait'], `Tag 3 colleagues who need to hear this today. Monday motivation: done is better than perfect.`),
  P('de', ['post.engagement-bait'], `Teilt diesen Beitrag, damit ihn möglichst viele Eltern sehen! Die Kita-Plätze in Winterthur reichen nicht, und die Stadt muss das endlich merken.`, { hard: h }),
  P('en', ['post.engagement-bait'], `Which one are you? 🍕 React with ❤️ if you're team pineapple, 👍 if you're team no-pineapple. Let's see what my network thinks!`, { hard: h }),
  P('de', ['post.engagement-bait'], `Wer stimmt mir zu? Daumen hoch, wenn ihr auch findet, dass Meetings vor 9 Uhr verboten gehören! 👍`, { hard: h }),
  P('en', ['post.engagement-bait'], `I'm giving away 30 free copies of my hiring scorecard template.

To get one:
1. Like this post
2. Comment "SCORECARD"
3. Connect with me so I can message you

First come, first served!`, { hard: h }),
  P('de', ['post.engagement-bait'], `Schreib «JA» in die Kommentare, wenn du auch findest, dass Homeoffice ein Recht sein sollte!`),
  P('en', ['post.engagement-bait'], `Drop a 🔥 below and I'll send you the full prompt library I use every day.`, { hard: h }),
  P('de', ['post.engagement-bait'], `Bitte liken und teilen, damit der Algorithmus mitspielt! 🙏 Unser Verein sucht noch Freiwillige für den Adventmarkt in Graz.`, { hard: h }),
  P('en', ['post.engagement-bait'], `If you read this far, comment "done" so I know the algorithm isn't hiding me.`, { hard: h }),

  // --- post.sales-pitch ---
  P('en', ['post.sales-pitch'], `Black Friday deal: our LinkedIn ghostwriting package is 40% off, this week only. 12 posts a month for CHF 790 instead of CHF 1,290. DM me to get your spot!`),
  P('de', ['post.sales-pitch'], `Nur noch heute: 30 % Rabatt auf alle Excel-Kurse für Treuhänder! Jetzt buchen über den Link im ersten Kommentar.`),
  P('en', ['post.sales-pitch'], `Most SMEs lose margin on bad pricing. I learned that the hard way.

That's why I built PriceCraft. For the next 10 sign-ups only: lifetime access for $199. Book a demo via the link in my bio before Friday!`, { skip: ['post.no-conversation'], hard: h }),
  P('de', ['post.sales-pitch'], `Du willst endlich mehr Kunden? Mein 8-Wochen-Coaching bringt dir garantiert 10 neue Anfragen pro Monat. Nur 5 Plätze frei, Preis: 1'490 CHF. Schreib mir eine DM!`, { hard: h }),
  P('en', ['post.sales-pitch'], `Still doing payroll by hand? Book a demo of PayFlow today and get the first 3 months free. Offer ends Sunday. 👉 link in comments`, { hard: h }),
  P('de', ['post.sales-pitch'], `Jetzt kaufen: Unser neues E-Book «LinkedIn für Handwerksbetriebe» für nur 19,90 €. Die ersten 100 Käufer erhalten ein kostenloses Profil-Review dazu!`),
  P('en', ['post.sales-pitch'], `Five years ago I was broke, sleeping on a friend's couch in Zurich.

Today I run a 7-figure consultancy. The difference? A system.

I've packed that system into my Founder Accelerator. Early-bird price CHF 2,500 (instead of 4,000) until Friday. Only 8 seats left. DM me "ACCELERATE" to get the enrollment link.`, { skip: ['post.engagement-bait', 'post.self-promotion', 'post.no-conversation'], hard: h }),
  P('de', ['post.sales-pitch'], `Limitiertes Angebot für Gemeinden: Unsere Bürger-App jetzt für CHF 99 pro Monat statt CHF 199. Nur bis 31. Dezember. Jetzt Demo buchen!`),
  P('en', ['post.sales-pitch'], `Need a new website before Christmas? We build it in 10 days for a fixed $1,999. DM me to get started!`, { hard: h }),
  P('de', ['post.sales-pitch'], `Weihnachtsaktion in unserer Weinhandlung in Baden: 25 % Rabatt auf alle Firmengeschenke bei Bestellung bis Freitag. Jetzt bestellen und Ihren Kunden eine Freude machen!`),

  // --- post.self-promotion ---
  P('en', ['post.self-promotion'], `Thrilled to announce that I've been named one of the Top 50 Women in Swiss Fintech! Hard work pays off. 🚀`),
  P('de', ['post.self-promotion'], `Ich freue mich sehr, mitteilen zu dürfen, dass ich zum «Young Entrepreneur of the Year» des Kantons Aargau gewählt wurde. Ein Meilenstein in meiner Karriere!`),
  P('en', ['post.self-promotion'], `Another milestone: my 10th keynote this year, my second book in the top 10 on Amazon, and my podcast just passed 100k downloads. 2026 was my year.`, { hard: h }),
  P('de', ['post.self-promotion'], `Stolz darauf, heute meine Zertifizierung als Scrum Master (PSM II) erhalten zu haben. Mein drittes Zertifikat in diesem Jahr!`),
  P('en', ['post.self-promotion'], `Humbled and honored to share that I've been promoted to Senior Vice President. I've worked incredibly hard for this and I'm excited for what's next in my journey.`),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich bin unglaublich stolz: Mein Start-up wurde heute in die Liste der 100 innovativsten Unternehmen Österreichs aufgenommen.

Seit der Gründung habe ich jeden Tag alles gegeben, und ich habe bewiesen, dass man mit Ausdauer alles erreichen kann. Ich habe schon die nächsten Ziele im Blick und werde weiter Gas geben.`, { hard: h }),
  P('en', ['post.self-promotion'], `Proud to share that I was invited to speak at three conferences this quarter: Zurich, Berlin and Vienna. My calendar is full, my energy is high, and I'm just getting started.`),
  P('de', ['post.self-promotion'], `Ich habe es geschafft! 🎉 Mein Profil hat heute die 10'000 Follower geknackt. Wer hätte das gedacht, als ich vor zwei Jahren angefangen habe.`, { hard: h }),
  P('en', ['post.self-promotion'], `Excited to announce that I've officially joined the Forbes Coaches Council. Membership is by invitation only, and I'm honored to be recognized among such a select group of leaders.`),
  P('de', ['post.self-promotion'], `Heute durfte ich den Award für den besten Verkaufsabschluss des Jahres entgegennehmen. Er bestätigt, was ich schon lange weiss: Ich bin der Beste in dem, was ich tue.`, { hard: h }),

  // --- post.too-personal ---
  P('en', ['post.too-personal'], `Sunset in Santorini with my favourite people. 🌅🍷 Life is good.`),
  P('de', ['post.too-personal'], `Wochenende! 🍖 Grillieren mit der ganzen Familie am Zugersee. So muss das sein.`),
  P('en', ['post.too-personal'], `Finally picked up my new Tesla today! Midnight silver, and the kids already love it. 🚗⚡`),
  P('de', ['post.too-personal'], `Unser Jüngster ist heute drei geworden! 🎂 Torte, Luftballone und viel zu viel Zucker. Danke an Omi und Opi für die Hilfe.`, { hard: h }),
  P('en', ['post.too-personal'], `Family brunch at my parents' place this morning - mum's rösti is still undefeated. 😋 What's your Sunday tradition?`, { hard: h }),
  P('de', ['post.too-personal'], `Skiurlaub in Kitzbühel mit den besten Freunden. Drei Tage Pulverschnee, Kaiserschmarrn und Hüttenabende. Kann man sich etwas Schöneres vorstellen?`, { hard: h }),
  P('en', ['post.too-personal'], `Date night with my wife at our favourite Italian place in Lugano. 12 years married today! ❤️`),
  P('de', ['post.too-personal', 'post.no-conversation'], `Was für ein Wochenende!

Am Samstag die Hochzeit meiner Schwester im Emmental, mit Alphornbläsern, Zopf und einem Apéro, der bis Mitternacht dauerte. Am Sonntag dann ausschlafen, Brunch mit den Cousins und ein langer Spaziergang mit dem Hund an der Emme. Ich bin einfach dankbar für diese Familie.`, { hard: h }),
  P('en', ['post.too-personal'], `New puppy alert! 🐶 Meet Biscuit, 9 weeks old, already chewing my shoes.`),
  P('de', ['post.too-personal'], `Endlich Ferien! Die nächsten zwei Wochen gibt es nur Strand, Buch und Glace auf Sardinien. 🏖️`),

  // --- post.hashtags ---
  P('en', ['post.hashtags'], `Our team just wrapped the first pilot of predictive maintenance on Line 3. What metric would you track first?

#industry40 #manufacturing #predictivemaintenance #AI #IoT #engineering #innovation`, { hard: h }),
  P('de', ['post.hashtags'], `Danke an alle, die am Tag der offenen Tür unserer Gärtnerei vorbeigekommen sind!

Welche Pflanzen sollen wir nächstes Jahr zeigen? #Gärtnerei #Zürich #Pflanzen #Nachhaltigkeit #Garten #Frühling #Familie #Natur`),
  P('en', ['post.hashtags', 'post.self-promotion'], `Thrilled to share I passed my AWS Solutions Architect Professional exam! #AWS #cloud #certification #career #proud #goals #success`),
  P('de', ['post.hashtags'], `Was ist eure beste Strategie gegen den Fachkräftemangel im Handwerk? #Handwerk #Fachkräfte #Ausbildung #Azubi #Mittelstand #Karriere`, { hard: h }),
  P('en', ['post.hashtags'], `Loved the #UXdesign panel at #WebSummit today. Big themes: #accessibility, #AI, #ethics and #privacy by default. Which of these is top of your roadmap? #design`, { hard: h }),
  P('de', ['post.hashtags'], `Neues Projekt gestartet! 🚀 #Bau #Architektur #Holzbau #Schweiz #Nachhaltigkeit #Innovation #Team #Zukunft #Bern`),

  // --- post.wall-of-text (one long paragraph, so the first line is long too) ---
  P('en', ['post.wall-of-text', 'post.hook'], `When we started our bakery in Winterthur eight years ago we thought the hard part would be the baking, but it turned out the hard part was everything else: the rota, the suppliers who deliver flour at 4 am or not at all, the landlord who wanted to renovate the shop in December, the apprentice who cried on her first day because the ovens were so loud, the customers who loved the sourdough but not the price, and the accountant who told us in year two that we were basically paying to work. What saved us was not a better recipe. It was sitting down every Monday with the whole team for thirty minutes, no phones, and asking what had annoyed everyone the week before, then fixing one thing. One thing per week adds up to fifty a year. Which small weekly habit has changed your business the most?`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Als ich vor fünfzehn Jahren als Lehrerin an einer Sekundarschule im Kanton Luzern angefangen habe, dachte ich, mein wichtigstes Werkzeug sei der Lehrplan, aber nach ein paar Monaten war klar, dass es eigentlich das Gespräch mit den Eltern ist, und zwar nicht das formelle Elterngespräch zweimal im Jahr, sondern der kurze Anruf, wenn etwas gut gelaufen ist, denn die meisten Eltern bekommen nur dann einen Anruf von der Schule, wenn es Probleme gibt, und genau deshalb gehen viele mit verschränkten Armen in jedes Gespräch, und seit ich pro Woche drei solche positiven Anrufe mache, hat sich die Stimmung in meinen Klassen spürbar verändert, die Jugendlichen wissen, dass ich auch das Gute sehe, und die Eltern rufen zurück, wenn ich sie brauche. Welche kleinen Gewohnheiten haben bei euch im Schulalltag am meisten bewirkt?`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Some notes from this year's Swiss Medtech Day in Bern, written on the train home so forgive the format: the regulatory track was packed, everyone is still wrestling with MDR transition deadlines and the shortage of notified bodies, and several speakers made the point that smaller companies are quietly dropping products from their portfolio rather than recertifying them, which means some niche devices that clinicians rely on may simply disappear from the European market over the next two years; the investment panel was more optimistic than last year, with a clear shift towards digital therapeutics and diagnostics that can show reimbursement pathways early; and the best conversation of the day happened at the coffee station with a nurse from Inselspital who explained how many of our beautifully designed interfaces get used with gloves on, in bad light, at 3 am, by people who have had no training at all.`),
  P('de', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Kurzer Rückblick auf unser Geschäftsjahr in der Zimmerei: Wir haben in diesem Jahr elf Einfamilienhäuser in Holzbauweise erstellt, zwei Mehrfamilienhäuser aufgestockt und zum ersten Mal eine Turnhalle komplett aus Schweizer Holz gebaut, wobei die Turnhalle in Sursee sicher das anspruchsvollste Projekt war, weil die Spannweite der Träger uns und den Ingenieur mehrmals an die Grenzen gebracht hat, und gleichzeitig haben wir drei neue Lernende aufgenommen, zwei Zimmerleute zu Vorarbeitern weitergebildet und unsere Abbundanlage ersetzt, was uns im Frühling einige schlaflose Nächte beschert hat, weil die Lieferung sich um sieben Wochen verzögert hat und wir die Aufträge in dieser Zeit teilweise von Hand abbinden mussten, und trotzdem haben wir alle Termine gehalten, was vor allem dem Einsatz des ganzen Teams zu verdanken ist, das in dieser Zeit oft auch am Samstag auf dem Platz stand.`, { hard: h }),

  // --- post.hook (long first line, paragraphs below) ---
  P('en', ['post.hook'], `After twelve years in hospital procurement I have seen hundreds of vendor pitches, and the ones that actually worked never started with the product, they started with a question about how our wards run at night, who signs off on what, and where things break.

The best rep I ever worked with spent a full shift shadowing our nurses before proposing anything.

What's the best discovery question a vendor has ever asked you?`, { hard: h }),
  P('de', ['post.hook'], `Nach zwanzig Jahren in der Personalberatung in Frankfurt, Zürich und Wien bin ich überzeugt, dass die meisten Fehlbesetzungen nicht an fehlender Qualifikation scheitern, sondern daran, dass im Interview niemand ehrlich über die Kultur des Teams spricht, in das jemand kommen soll.

Deshalb lassen wir Kandidatinnen und Kandidaten heute immer einen halben Tag mit dem künftigen Team verbringen.

Wie macht ihr das bei euch?`, { hard: h }),
  P('de', ['post.hook'], `Wer bei uns im Gemeindehaus eine Baubewilligung beantragt, musste bis vor kurzem sieben verschiedene Formulare ausfüllen, drei davon auf Papier, und hat im Schnitt elf Wochen auf einen Entscheid gewartet, obwohl die eigentliche Prüfung meist nur zwei Tage dauert.

Seit Oktober läuft alles über ein einziges Online-Formular, und die Wartezeit liegt bei vier Wochen. Was würdet ihr als Nächstes vereinfachen?`, { hard: h }),

  // --- post.no-conversation (otherwise fine) ---
  P('en', ['post.no-conversation'], `Three lessons from moving our warehouse from Dietikon to Spreitenbach over one weekend.

First, label everything twice. Second, the forklift drivers know the new layout problems before the planners do, so ask them early. Third, order pizza for the Sunday shift; it costs little and people remember it for years.

Huge thanks to the team who made it happen.`, { hard: h }),
  P('de', ['post.no-conversation'], `Heute haben wir in Chur unsere neue Lernwerkstatt für Automatiker eröffnet.

Zwölf Arbeitsplätze, eine echte Fertigungslinie zum Üben und viel Platz für Fehler. Danke an die Stiftung für Berufsbildung Graubünden, die das Projekt mitfinanziert hat, und an unsere Ausbildner, die seit Monaten Abende und Wochenenden investiert haben.`, { hard: h }),
  P('en', ['post.no-conversation'], `A client once told me the best consultants leave a room quieter than they found it.

I didn't understand it then. After fifteen years I think she meant that good advice removes noise: fewer priorities, fewer meetings, fewer dashboards. If your recommendations add work, you probably haven't finished thinking yet. That's the standard I try to hold myself to every week.`, { hard: h }),
  P('de', ['post.no-conversation'], `Seit drei Monaten arbeiten wir in der Kanzlei mit festen Fokuszeiten: Von 8 bis 10 Uhr keine Telefonate, keine E-Mails, keine Besprechungen.

Am Anfang war die Skepsis groß, vor allem bei den Partnern. Inzwischen sind die Schriftsätze früher fertig und die Überstunden im Team sind um ein Viertel gesunken. Wir bleiben dabei.`, { hard: h }),
  P('en', ['post.no-conversation'], `Our volunteer team at the Zurich food bank sorted 14 tonnes of donations in November, the most in a single month since we started.

Special thanks to the apprentices from ABB and Swiss Life who came on Saturdays, and to the drivers who did extra rounds in the snow. Every kilo went to families in the region.`, { hard: h }),
  P('de', ['post.no-conversation'], `Heute vor 25 Jahren hat mein Vater unsere Sanitärfirma in Wil gegründet, mit einem Lieferwagen und einem Lehrling.

Heute sind wir 38 Mitarbeitende. Was sich nicht verändert hat: Wer bei uns anruft, spricht mit einem Menschen, und wer einen Fehler macht, steht dazu. Danke an alle Kundinnen und Kunden für ihr Vertrauen.`, { hard: h }),
]);
