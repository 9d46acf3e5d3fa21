import { P, named } from './types';

// Eleventh held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's code or phrase lists, its results or earlier splits' texts.
// Farms and dairies, watchmakers, hotels, truck drivers and dispatchers, architects and carpenters, notaries and
// lawyers, municipalities, teachers and PhD students, nurses and pharmacists, medtech, cyber, sports clubs,
// musicians, churches and NGOs, layoffs, returners, interns, retirees, expats writing non-native English, Gen-Z,
// CEOs; Swiss German dialect, Austrian and German-German posts. Posts that discuss bait or sales phrases without
// using them, stories that lead to a lesson next to private posts without one, engagement bait without the classic
// words, pitches dressed up as stories, factual launches, many hashtags, long first lines and walls of text.
const h = true;

export default named('post-heldout11', [
  // --- clean: a lesson, news or a real question, with a way into the conversation ---
  P('de', [], `Letzte Woche ist uns auf dem Hof in Escholzmatt die Melkmaschine um 5 Uhr morgens ausgestiegen.

Mein Vater hat nicht geflucht. Er hat den Nachbarn angerufen, und eine Stunde später standen unsere 40 Kühe in dessen Stall.

Was ich daraus für meine Arbeit als Agronomin mitnehme: Ein Notfallplan ist gut. Ein Nachbar, der ans Telefon geht, ist besser. Beziehungen pflegt man, bevor man sie braucht.

Wen würdet ihr um 5 Uhr morgens anrufen?`, { hard: h }),
  P('en', [], `Confession from a social media manager at a ski resort: for two years our posts ended with "Tag a friend you'd take to Verbier!"

The numbers looked great. The bookings didn't move.

This winter we switched to one honest question per post — about snow conditions, kids' lessons, or where to park. Fewer reactions, but three times as many comments from people actually planning a trip.

What's one metric you stopped tracking because it flattered you?`, { hard: h }),
  P('de', [], `Unsere Station für Akutgeriatrie im Spital Bülach sucht ab Mai eine diplomierte Pflegefachperson (60–100 %).

Was uns ausmacht: fixe Dienstpläne vier Wochen im Voraus, ein Team, das füreinander einspringt, und eine Stationsleitung, die selbst noch Nachtdienste macht.

Kennt ihr jemanden, der zu uns passen könnte? Schreibt mir gerne eine Nachricht oder einen Kommentar.`, { hard: h }),
  P('en', [], `Today our team released the second generation of our autoinjector for patients with rheumatoid arthritis.

The biggest change came from patients themselves: in 40 interviews, people with stiff fingers told us the cap was the hardest part. So we redesigned the cap first and the electronics second.

For anyone designing devices for older users: how do you bring patient feedback in early enough to change the design?`, { hard: h }),
  P('de', [], `Heute vor 25 Jahren habe ich meine Lehre als Köchin in einem Wiener Hotel begonnen. Ich denke an alle, die mir damals Geduld geschenkt haben. Danke, Chef Gruber.`, { hard: h }),
  P('en', [], `Small observation after 6 months working in Zurich as a developer from Brazil.

In my old company, when the meeting ended without a decision, everybody was frustrated. Here, the team often says "let's sleep on it" and decides next day by mail. First I thought it is slow. Now I think it gives quieter people a chance to speak.

Other expats here: what surprised you most in Swiss meeting culture?`, { hard: h }),
  P('de', [], `Seit diesem Semester dürfen meine Lernenden an der Berufsschule KI-Tools bei Projektarbeiten verwenden – aber sie müssen jeden Prompt dokumentieren.

Überraschung: Die schwächeren Lernenden profitieren am meisten. Nicht weil die KI für sie schreibt, sondern weil sie endlich sehen, wie man eine Frage präzise stellt.

Wie geht ihr an euren Schulen mit dem Thema um?`, { hard: h }),
  P('en', [], `Yesterday I had to tell 23 colleagues at our logistics company that their jobs are ending in June.

I won't write about how hard it was for me. It was harder for them.

What I will write: these are excellent dispatchers, warehouse leads and drivers with C/E licences. Their profiles are in the comments, with their permission.

If you're hiring in logistics in Central Switzerland, would you take a look?`, { hard: h }),
  P('de', [], `Hüt isch min letschte Arbetstag uf de Gmeind Horw gsi – nach 31 Johr uf de Bauverwaltig.

Was ich de Junge mitgib: Redet mit de Lüt, bevor ihr e Verfüegig schickt. Es Telefon spart drü Iisprache.

Und ihr, was isch de bescht Rat, wo ihr i eurem Bruef übercho händ?`, { hard: h }),
  P('en', [], `3 things nobody told me before my first internship at a law firm:

1. "Can you have a quick look?" means 4 hours.
2. The printer is a senior partner's problem too.
3. Asking a "dumb" question on day 2 is cheaper than on day 60.

Lawyers of LinkedIn, what would you add for the next batch of interns?`, { hard: h }),
  P('de', [], `Ab 1. Januar ändern sich bei vielen Krankenkassen die Franchisen-Rabatte.

Ich arbeite seit 12 Jahren in der Kundenberatung einer Versicherung und sehe jedes Jahr dasselbe: Die meisten Leute vergleichen die Prämie, aber nicht, wie oft sie im letzten Jahr beim Arzt waren.

Eine einfache Faustregel hilft: Wer selten Leistungen bezieht, fährt mit einer hohen Franchise meist günstiger – wer chronisch krank ist, selten.

Wie entscheidet ihr jeweils?`, { hard: h }),
  P('en', [], `My PhD experiment failed for the third time this week.

The cell cultures in our lab at Uni Bern kept getting contaminated, and I was sure it was my technique. It turned out the incubator's door seal was cracked — a 12-franc part.

Lesson I'm taking into every project now: check the boring equipment before you doubt yourself.

Fellow researchers: what's the silliest root cause you've ever found?`, { hard: h }),
  P('de', [], `Ich bekomme pro Woche etwa zehn Nachrichten von Leuten, die mir nach dem ersten Hallo sofort etwas verkaufen wollen.

Ich bin selbst im Vertrieb, bei einem Maschinenbauer in Stuttgart. Und ich verstehe den Druck. Aber ich habe noch nie bei jemandem gekauft, der mich nicht vorher einmal gefragt hat, was mein Problem eigentlich ist.

Wie haltet ihr es: Antwortet ihr auf solche Nachrichten überhaupt noch?`, { hard: h }),
  P('en', [], `Big news for families in Geneva: from March, entry to the permanent collection of our museum will be free for everyone under 25.

We tested it for one year. Visits by teenagers tripled, and school classes came back on weekends with their parents.

Museum people: have you tried something similar, and what happened to your membership numbers?`, { hard: h }),
  P('de', [], `Unser Mittagstisch in der Kirchgemeinde Oerlikon hat letztes Jahr 6'400 Mahlzeiten ausgegeben – gekocht von 35 Freiwilligen, die meisten über 70.

Die grösste Herausforderung ist nicht das Geld, sondern die Nachfolge in der Küche.

Hat jemand Erfahrung damit, jüngere Freiwillige für regelmässige Einsätze zu gewinnen?`, { hard: h }),
  P('en', [], `After two years at home with our twins, I'm returning to pharma regulatory affairs in April.

I've been reading up on the new EU MDR guidance and honestly, a lot has changed. Some of it is better, some of it is a lot more paperwork.

If you came back after a long break: what helped you catch up fastest?`, { hard: h }),
  P('de', [], `Heute Morgen 4 Grad im Emmental und die ersten Laibe der neuen Saison im Keller.

Was denkt ihr: Wird Rohmilchkäse in zehn Jahren noch ein Nischenprodukt sein oder wieder Alltag?

#Käse #Landwirtschaft #Emmental #Rohmilch #Schweiz`, { hard: h }),
  P('en', [], `Today marks 10 years since our hospice in Lucerne opened its doors. Thank you to every nurse, volunteer and family who trusted us with the last weeks of someone they loved.`, { hard: h }),
  P('de', [], `In unserem Atelier in Le Sentier haben wir letzten Monat eine Taschenuhr von 1891 restauriert.

Der Uhrmacher, der sie damals gebaut hat, hat auf der Innenseite des Deckels seine Initialen und ein Datum eingraviert. 130 Jahre später ist das immer noch die beste Dokumentation, die wir haben.

Ich frage mich seither: Was hinterlassen wir in unseren Projekten für die, die nach uns kommen?`, { hard: h }),
  P('en', [], `A phishing email almost got our finance team last Friday.

What stopped it wasn't our filter. It was Marlies in accounting, who noticed the IBAN had changed and called the supplier on the number from last year's invoice — not the one in the email.

Three things we're changing:
- a callback rule for every changed bank detail
- a "no blame" channel for suspicious mail
- one real example per month in our team meeting

How does your company handle changed payment details?`, { hard: h }),
  P('de', [], `Die Wintersaison im Zillertal startet in zwei Wochen und uns fehlen noch sechs Mitarbeitende im Service.

Wir haben heuer etwas Neues probiert: Unterkunft, Skipass und eine Vier-Tage-Woche für alle. Die Bewerbungen haben sich verdoppelt, aber viele springen nach der Zusage wieder ab.

Liebe Kolleginnen und Kollegen aus der Hotellerie: Was hält eure Saisonniers bis zum Start bei der Stange?`, { hard: h }),
  P('en', [], `We demolished a perfectly good building this month. I'm the architect, and I signed the plans.

The owner wanted more floors, the statics of the 1970s frame said no, and reuse would have cost 40% more. Every argument made sense on paper. Standing next to the rubble, none of them felt right.

For those in construction: how do you make the case for reuse when the numbers don't support it yet?`, { hard: h }),
  P('de', [], `Am 14. März treffen sich in Olten wieder Gemeindeschreiberinnen und Gemeindeschreiber aus der ganzen Schweiz.

Thema dieses Jahr: Wie bringen wir digitale Baugesuche in kleine Gemeinden, die keine eigene IT haben?

Wer von euch ist dabei? Und welche Frage sollen wir unbedingt auf die Bühne bringen?`, { hard: h }),
  P('en', [], `So proud of our U15 girls — they won the regional cup on Sunday after losing the first two games of the season 0:6.

The credit goes to coach Nadine and the parents who drove to every away game. I just brought the oranges.

Coaches out there: how do you keep a young team motivated after a bad start?`, { hard: h }),
  P('de', [], `Zwei Wochen Ferien in Sardinien, kein Laptop, keine Mails auf dem Handy.

Am ersten Arbeitstag danach hatte ich 412 ungelesene Mails. Erledigt werden mussten genau 9. Der Rest hatte sich selbst gelöst oder war nur zur Info.

Seither lese ich Mails nur noch zweimal am Tag. Wie organisiert ihr euch nach längeren Abwesenheiten?`, { hard: h }),
  P('en', [], `Our string quartet played in a prison in Lenzburg last week.

Nobody clapped between movements, nobody checked a phone, and afterwards one man asked us how long it takes to learn the cello. I've never had a more attentive audience.

Musicians: where was the most unexpected place you've ever performed?`, { hard: h }),
  P('de', [], `Nach 9 Jahren als Projektleiterin bei einer Versicherung in Winterthur wurde meine Stelle im Rahmen einer Reorganisation gestrichen.

Ich suche eine neue Aufgabe im Bereich Schadenprozesse oder Digitalisierung, gerne 80 %, im Raum Zürich/Winterthur.

Falls ihr von einer offenen Stelle hört oder jemanden kennt, mit dem ich mich austauschen sollte: Ich freue mich über jeden Hinweis in den Kommentaren.`, { hard: h }),
  P('en', [], `Reminder for Swiss SMEs: the new data protection act has been in force for a while now. If you still haven't updated your privacy notice, this quarter is a good moment.`, { hard: h }),
  P('de', [], `Fünf Dinge, die ich in 20 Jahren als Notarin in Zug über Erbverträge gelernt habe:

1. Die meisten Streitigkeiten entstehen nicht wegen Geld, sondern wegen Möbeln.
2. Wer früh redet, braucht später weniger Anwälte.
3. Patchwork-Familien brauchen klare Worte, keine Andeutungen.
4. Ein Testament ist kein Tabu, sondern ein Geschenk an die Hinterbliebenen.
5. Auch 30-Jährige sollten ihre Vorsorge regeln.

Was hat euch bewogen, euch um eure Nachlassplanung zu kümmern?

#Erbrecht #Notariat #Zug #Nachlass`, { hard: h }),
  P('en', [], `I've been driving trucks across the Gotthard for 22 years. This morning the tunnel was closed again and we waited 4 hours at Amsteg.

Everyone talks about the driver shortage. Nobody talks about the hours we lose waiting, unpaid, in a cab.

Dispatchers and fleet managers: how do you plan around these closures without burning out your drivers?`, { hard: h }),
  P('de', [], `POV: Du bist 23, im ersten Job, und alle im Team reden von "Synergien heben".

Ich hab mich drei Wochen nicht getraut zu fragen, was das heisst. Dann hab ich's getan – und meine Chefin hat gelacht und gesagt, sie wisse es auch nicht so genau.

Welches Büro-Wort versteht ihr bis heute nicht?`, { hard: h }),
  P('en', [], `Our Zurich office just moved into a building from 1912 that used to be a chocolate factory.

Thanks to the facilities team, who spent three weekends making sure the old freight elevator actually passes inspection.

Anyone else working in a converted industrial building? What's the quirk you'd never give up?`, { hard: h }),
  P('de', [], `Eine Kollegin hat mich gefragt, warum ich nie Beiträge schreibe, in denen man ein Stichwort in die Kommentare tippen soll, um eine Vorlage zu bekommen.

Meine Antwort: Weil ich die Kommentare lesen will. Wenn 200 Leute nur ein Wort schreiben, lerne ich nichts über sie.

Wie seht ihr das – habt ihr solche Aktionen schon ausprobiert?`, { hard: h }),
  P('en', [], `Quick question for the anaesthesiologists here: do you still use paper checklists in the OR, or has your hospital moved fully to digital? We're debating it at our clinic in Chur.`),
  P('de', [], `Meine Tochter (7) hat gestern ihr erstes Zeugnis nach Hause gebracht. Unter "Zusammenarbeit" stand: "Hilft anderen, auch wenn sie selbst noch nicht fertig ist."

Ich habe mich gefragt, wann ich das letzte Mal in einem Mitarbeitergespräch etwas so Konkretes geschrieben habe. Ehrlich gesagt: noch nie.

Wie formuliert ihr Feedback, damit es nicht nach Textbaustein klingt?`, { hard: h }),
  P('en', [], `Does anyone know a good course on Swiss payroll for someone coming from the UK? Moving to Basel in June and my new employer expects me to run it from month two.`),
  P('de', [], `Seit einem Jahr können Bürgerinnen und Bürger in unserer Bezirkshauptmannschaft Termine online buchen.

Die Wartezeit am Schalter ist von 45 auf 8 Minuten gesunken. Überrascht hat uns: Gerade ältere Menschen nutzen das Angebot besonders gern – mit Hilfe ihrer Enkel.

Welche Verwaltungsleistung sollte als Nächstes digital werden?`, { hard: h }),
  P('en', [], `Thank you to the 140 volunteers who helped us sort 11 tonnes of winter clothing in Vienna this weekend.

The most requested item this year? Men's shoes in size 43 and above. We never have enough.

If your company has a donation drive planned, which items do your colleagues usually bring?

#Volunteering #Vienna #NGO`, { hard: h }),
  P('de', [], `Hüt han i mini Lehrabschlussprüefig als Landwirtin bestande. Danke a min Lehrmeister Sepp und a mini Eltere, wo mi immer unterstützt händ. Jetzt chunnt de Alpsommer!`, { hard: h }),
  P('en', [], `Proud to share what our apprentices built this year: a solar-powered charging station for e-bikes at the train station in Thun.

They planned it, welded it and argued with the municipality about the permit — and won.

If you train apprentices: what's the best project you've seen them take on?`, { hard: h }),

  // --- post.engagement-bait: reactions, comments, shares or tags as a mechanic ---
  P('en', ['post.engagement-bait'], `I've put together my checklist for passing the Swiss driving theory test in English 🚗

Comment "CHECKLIST" below and I'll send it to you!`),
  P('de', ['post.engagement-bait'], `Wer findet auch, dass die Vier-Tage-Woche in der Pflege längst überfällig ist?

Like, wenn du zustimmst 👍 Teilen, damit es die Spitaldirektionen sehen!`),
  P('en', ['post.engagement-bait'], `Tiny experiment 🧪

Drop a 🐄 in the comments if you grew up on a farm, a 🏙️ if you grew up in a city.

Let's see who's really running Swiss agriculture LinkedIn!`, { hard: h }),
  P('de', ['post.engagement-bait'], `Mi Chef meint, niemer liest KMU-Posts über Buechhaltig. Zeiged mer ihm s Gägeteil! 😄

Schriibed eifach "Bilanz" i d Kommentär und markiered drei Lüt, wo au Excel liebed.`, { hard: h }),
  P('en', ['post.engagement-bait'], `We analysed 1,200 hotel reviews from Lake Geneva properties and found that the word "breakfast" appears in 61% of five-star reviews — more often than "view" or "location".

Breakfast is the cheapest place to win loyalty.

I've written a 10-page guide on how small hotels can upgrade breakfast without raising costs. Want it? Repost this and comment "BREAKFAST" — I'll DM it to everyone who does.`, { skip: ['post.no-conversation', 'post.sales-pitch'], hard: h }),
  P('de', ['post.engagement-bait'], `Kurze Umfrage unter Lehrkräften: Was nervt euch mehr?

❤️ = Elterngespräche am Abend
👍 = Korrekturen am Wochenende
😮 = Konferenzen, die eine Mail hätten sein können

Reagiert mit dem passenden Emoji!`, { hard: h }),
  P('en', ['post.engagement-bait'], `Unpopular opinion: remote work made junior developers worse, not better. Nobody learns by watching a Jira board.

Like if you agree, share if you're brave enough 👇`),

  // --- post.sales-pitch: hard selling ---
  P('de', ['post.sales-pitch', 'post.no-conversation'], `🔥 Nur noch bis Sonntag: 30 % Rabatt auf alle Erste-Hilfe-Kurse für Betriebe!

Ihre Mitarbeitenden lernen in 4 Stunden, was im Notfall zählt – direkt bei Ihnen vor Ort im Kanton Aargau. Mehr als 300 Firmen vertrauen uns bereits.

Jetzt buchen unter dem Link in den Kommentaren. Die Plätze sind begrenzt!`),
  P('en', ['post.sales-pitch'], `Still doing your team's timesheets in Excel? 😩

Our app does it automatically. Book a demo this week and get the first 3 months free — DM me "DEMO" to get the link.`, { skip: ['post.engagement-bait'] }),
  P('de', ['post.sales-pitch'], `Viele Arztpraxen in Wien verlieren jeden Monat Tausende Euro durch Patientinnen und Patienten, die nicht erscheinen.

Wir haben dafür eine Lösung entwickelt: automatische SMS-Erinnerungen, die die Ausfälle um bis zu 40 % senken. Einführungspreis für Ordinationen: 49 € im Monat, nur bis Ende Jänner.

Schreiben Sie mir eine Nachricht, und ich richte es Ihnen noch diese Woche ein.`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.sales-pitch'], `Three years ago I was a burnt-out nurse working double shifts.

Today I work 20 hours a week from home and earn more than I did at the hospital.

The difference? A mentor who showed me the system. I'm opening 5 spots in my coaching program this month — €997 instead of €1,997 for the first five.

DM me "FREEDOM" to get the details before they're gone.`, { skip: ['post.no-conversation', 'post.self-promotion'], hard: h }),
  P('de', ['post.sales-pitch'], `Jetzt zuschlagen: Unsere Bergkäse-Pakete (3 kg, direkt ab Alp) gibt es nur noch heute mit Gratis-Versand.

Bestellen Sie jetzt im Online-Shop – solange Vorrat! 🧀`),
  P('en', ['post.sales-pitch'], `Ransomware hit 3 Swiss municipalities this year. Is yours next?

We're offering a penetration test package for public administrations at a special price of CHF 4,900 (normally CHF 8,500) — valid for contracts signed before 31 December.

Book your slot now via the link in my profile.`, { hard: h }),
  P('de', ['post.sales-pitch'], `Du wotsch endlich din eigete Chef sii? 💸

I mim Online-Kurs "Freiheit in 90 Täg" lernsch, wie du mit Social Media 5'000 Stutz im Monet verdiensch. Nur no 48 Stund für 199.– statt 499.–!

Schriib mer "JA" per PN und ich schick dir de Link.`, { skip: ['post.engagement-bait'], hard: h }),

  // --- post.self-promotion: own achievements with nothing for the reader ---
  P('en', ['post.self-promotion'], `I'm thrilled to announce that I have been promoted to Senior Vice President at my firm.

I have worked incredibly hard for this and I'm proud of everything I have achieved. My journey is only beginning!`, { skip: ['post.no-conversation'] }),
  P('de', ['post.self-promotion', 'post.no-conversation'], `Ich freue mich sehr, euch mitzuteilen, dass ich unter die "Top 40 unter 40" der Schweizer Immobilienbranche gewählt wurde.

Diese Auszeichnung bestätigt meine jahrelange harte Arbeit und meinen Anspruch, immer die Beste zu sein. Ich bin stolz auf das, was ich in meiner Karriere erreicht habe, und freue mich auf meine nächsten Ziele.`),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Humbled to be named one of the 100 most influential voices in Swiss fintech for the third year in a row.

When I started, nobody believed in me. I kept going, built my personal brand, spoke at 40 conferences and grew my audience to 50,000 followers. Awards like this remind me that my hard work pays off.`, { hard: h }),
  P('de', ['post.self-promotion'], `Geschafft! Ich habe meine Dissertation an der Universität Wien mit Auszeichnung abgeschlossen. Ab sofort: Dr. Magdalena Huber. 🎓`),
  P('en', ['post.self-promotion', 'post.no-conversation'], `Another record quarter for me.

Since I took over as CEO, I have doubled revenue, opened my third office and been featured in Forbes, Bilanz and Handelszeitung. My strategy, my vision, my results.

People often ask me what my secret is. I'll be sharing my story at the Swiss Economic Forum next month.`, { hard: h }),
  P('de', ['post.self-promotion'], `Stolz: Ich bin neu zertifizierte Scrum Masterin, Product Owner und SAFe-Agilistin – alles in einem Jahr! Mein Lebenslauf wird langsam zu kurz für all meine Zertifikate. 💪`),

  // --- post.too-personal: private life with no professional angle ---
  P('en', ['post.too-personal'], `Sunday vibes ☀️ Beach, sangria and the best paella of my life with my amazing wife. Back home in Zurich tomorrow!`),
  P('de', ['post.too-personal'], `Heute 40 geworden! 🎂 Danke an meine Familie für die Überraschungsparty im Garten – der Schoggikuchen vom Mami war wie immer der beste.`),
  P('en', ['post.too-personal'], `Finally picked up my new Tesla today 🚗⚡ Took the family for a drive around Lake Zug and the kids haven't stopped smiling.

Which colour would you have chosen?`, { hard: h }),
  P('de', ['post.too-personal'], `Wuchenänd im Maiensäss 🏔️ Fondue, Jass mit de Grosseltere und null Handyempfang. So mues das sii!`),
  P('en', ['post.too-personal', 'post.no-conversation'], `Our little Leo was born on Tuesday at 3:12 am, 3.4 kg of pure happiness. 💙

Mum and baby are doing great. Big sister Mia has already decided he is "her" baby and won't let anyone else hold him. We're tired, overwhelmed and so, so grateful. Grandparents arrive from Porto tomorrow and the freezer is full of soup.`, { hard: h }),
  P('de', ['post.too-personal'], `Endlich Urlaub! Zwei Wochen Mallorca mit der ganzen Familie, Pool, Sonne und jeden Abend Tapas. Wer war auch schon in Port de Sóller?

#urlaub #mallorca #familie`, { hard: h }),

  // --- post.hashtags: more than 5 ---
  P('en', ['post.hashtags'], `What's the one safety rule on your construction site that nobody is allowed to break?

For us it's the harness above 2 metres. No exceptions, not even for the boss.

#Construction #Safety #Bau #Switzerland #Engineering #SiteManagement #Leadership`, { hard: h }),
  P('de', ['post.hashtags'], `Welche Erfahrungen habt ihr mit Teilzeit-Führung in der Pflege gemacht?

#Pflege #Führung #Teilzeit #Spital #Gesundheitswesen #NewWork #Schweiz #Frauen`),
  P('en', ['post.hashtags', 'post.self-promotion'], `Excited to share that I passed my CISSP exam on the first attempt! 🔐

#CISSP #Cybersecurity #InfoSec #Certification #Proud #Achievement #CareerGrowth #Security #Zurich`, { hard: h }),
  P('de', ['post.hashtags', 'post.too-personal'], `Sonntag auf der Skipiste mit den Kids ⛷️☀️

#Skifahren #Arosa #Familie #Wochenende #Schnee #Sonntag`),
  P('en', ['post.hashtags'], `Our #startup in #Lausanne is testing #AI for #watchmaking quality control — scanning every #gear under the microscope before assembly.

Has anyone tried #machinevision in small-batch #manufacturing? Would love to compare notes.`, { hard: h }),
  P('de', ['post.hashtags', 'post.no-conversation'], `Gestern durften wir in Graz unseren neuen Lehrlingsjahrgang begrüßen!

14 junge Menschen starten bei uns ihre Ausbildung in Logistik, Büro und Lager. Die ersten zwei Wochen verbringen sie gemeinsam in der Lehrlingswerkstatt, bevor es in die Abteilungen geht.

Ein großes Dankeschön an die Ausbilderinnen und Ausbilder, die das möglich machen.

#Lehrlinge #Ausbildung #Logistik #Graz #Steiermark #Zukunft #Team`, { hard: h }),

  // --- post.wall-of-text (and, with no line break at all, post.hook) ---
  P('de', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Als ich vor zwanzig Jahren als Lastwagenchauffeur bei einer kleinen Transportfirma im Rheintal angefangen habe, gab es weder Navigationsgeräte noch Telematik, sondern nur eine Strassenkarte, ein Natel und einen Disponenten, der jede Baustelle zwischen Buchs und Basel auswendig kannte, und heute sitze ich selbst in der Disposition und merke jeden Tag, wie viel Wissen verloren geht, wenn wir alles den Systemen überlassen, denn die Software weiss zwar, wo ein Stau ist, aber sie weiss nicht, dass man beim Kunden in Altstätten vor halb acht nicht abladen darf, weil der Nachbar sonst die Polizei ruft, und sie weiss auch nicht, welcher Fahrer nach einer langen Woche lieber die kurze Tour bekommt, deshalb schreiben wir solche Dinge jetzt in ein gemeinsames Handbuch, das jeder neue Disponent in den ersten Wochen durcharbeitet und ergänzt.`, { hard: h }),
  P('en', ['post.wall-of-text', 'post.hook'], `I have been a hospital pharmacist in Geneva for eleven years and the one thing I wish someone had told me at the start is that most medication errors do not happen because people do not know enough, they happen at handovers, when a nurse who has been on shift for twelve hours passes a patient to a colleague who just arrived, and the list of drugs is on paper, in the electronic record and in someone's head, and the three versions do not match, so last year we started a simple experiment on two wards where the pharmacist joins the morning handover for ten minutes and reads the medication list aloud with both nurses, and in six months the number of reported errors on those wards dropped by almost half, which is why I now think the best investment in safety is not another system but ten minutes of shared attention. Has anyone tried something similar in their hospital?`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Ich bi jetzt sit drü Mönet uf Jobsuech, nachdem mini Abteilig bi de Bank zuegmacht worde isch, und ich mues ehrlich säge, es isch e komischi Ziit, will mer am Morge ufstoht und kei Termin het und trotzdem de ganz Tag mit Bewerbige verbringt und mängisch nid emol e Absag überchunnt, sondern eifach gar nüt, und was mer am meischte ghulfe het, sind nid d Jobportal gsi, sondern d Kafi mit ehemalige Kollege, wo mer verzellt händ, wie's bi ihne gloffe isch, und wo mer Kontäkt vermittlet händ, und drum wott ich hüt eifach danke säge a all die, wo sich Ziit gno händ, und falls öpper vo euch grad i de gliche Situation isch: Schriibed mer gärn, mir chönd zäme es Kafi go trinke.`, { skip: ['post.no-conversation'], hard: h }),
  P('en', ['post.wall-of-text', 'post.hook', 'post.no-conversation'], `Today I want to share my experience from the last project in our IT consultancy in Vienna because I think many people have the same problem and do not speak about it, we had a client from the insurance sector who wanted a new claims portal in four months and we said yes because we needed the project, but from the first week the requirements were changing every day and nobody in the client side was able to decide anything, so our team was working in the weekends and two developers were sick for long time, and at the end the portal was ready two months late and the client was not happy and we were not happy, so the lesson for me is that saying no at the beginning is much cheaper than saying sorry at the end, and next time I will fight for a smaller first release.`, { hard: h }),
  P('de', ['post.wall-of-text', 'post.hook'], `Sehr geehrte Kolleginnen und Kollegen aus der öffentlichen Verwaltung, in unserem Landratsamt haben wir im vergangenen Jahr die elektronische Akte für alle Bauanträge eingeführt, und nachdem nun zwölf Monate vergangen sind, möchte ich eine ehrliche Zwischenbilanz ziehen: Die Bearbeitungszeit ist im Durchschnitt von elf auf sieben Wochen gesunken, die Zahl der Rückfragen an Antragsteller hat sich halbiert, aber die Belastung der Sachbearbeiterinnen ist in der Umstellungsphase deutlich gestiegen, weil Papierakten und digitale Akten monatelang parallel geführt werden mussten und die Schulungen zu spät und zu theoretisch waren, weshalb ich allen, die diesen Schritt noch vor sich haben, dringend rate, zuerst die Menschen und dann die Software einzuplanen – wie sind Ihre Erfahrungen mit der Einführung der E-Akte?`, { hard: h }),

  // --- post.hook: a first line cut behind "...see more" ---
  P('en', ['post.hook'], `After 26 years as a teacher in a small mountain school in Graubünden, where I taught all six primary grades in one classroom with one blackboard and a wood stove that I lit every morning at six, I'm retiring this summer and I keep thinking about what actually stayed with my pupils.

It wasn't the curriculum. It was the responsibility: the older kids taught the younger ones to read.

Teachers: what's the one thing from your classroom you hope your pupils remember?`, { hard: h }),
  P('de', ['post.hook'], `Wir haben in den letzten zwei Jahren in unserer Käserei im Toggenburg jeden einzelnen Arbeitsschritt vom Einliefern der Milch bis zum Verpacken mit den Mitarbeitenden zusammen neu angeschaut, um herauszufinden, wo wir Energie verschwenden, und das Resultat hat uns alle überrascht.

Der grösste Verbraucher war nicht die Kühlung, sondern das Reinigen der Kessi mit heissem Wasser.

Mit einer Wärmerückgewinnung sparen wir jetzt 30 % Strom. Wer hat ähnliche Erfahrungen in der Lebensmittelproduktion gemacht?`, { hard: h }),
  P('de', ['post.hook', 'post.no-conversation'], `Liebe Kolleginnen und Kollegen, nach reiflicher Überlegung und vielen Gesprächen mit meiner Familie, meinen Mentoren und dem Verwaltungsrat habe ich mich entschieden, die Leitung unserer Anwaltskanzlei in Luzern per Ende Jahr an meine Partnerin Dr. Lea Bachmann zu übergeben.

Lea kennt jeden Mandanten, jede Akte und jede Kaffeemaschine in diesem Haus. Sie wird die Kanzlei mit Klarheit und Wärme führen.

Ich bleibe als Konsulent an Bord und freue mich auf mehr Zeit für Mediationen und für meine Enkelkinder.`, { hard: h }),
  P('en', ['post.hook'], `Everyone in our cybersecurity team at a mid-sized Zurich bank assumed the biggest risk this year would be ransomware, but when we went through every incident from January to October, the most expensive one turned out to be something much more ordinary and much more human.

A former employee's account that nobody had switched off.

Offboarding is security. Who in your company owns it — HR or IT?`, { hard: h }),

  // --- post.no-conversation: longer posts that end without a question or invitation ---
  P('de', ['post.no-conversation'], `Vor zehn Jahren habe ich als Lernender in einer Zimmerei in Appenzell angefangen.

Heute habe ich meinen ersten eigenen Lernenden. Und ich merke: Das Schwierigste ist nicht, ihm das Handwerk zu zeigen. Das Schwierigste ist, ihn Fehler machen zu lassen, die ich in zwei Sekunden korrigieren könnte.

Mein alter Lehrmeister Sepp hat mich damals oft einfach machen lassen. Jetzt verstehe ich, wie viel Geduld ihn das gekostet hat.`, { hard: h }),
  P('en', ['post.no-conversation'], `Our dairy cooperative in the Jura signed its first export contract to Japan this week.

It took four years: two failed tastings in Tokyo, a complete change of our packaging, and a lot of patience from 38 farming families who kept delivering milk without knowing whether this would ever work.

The first pallet of Tête de Moine leaves Saignelégier on Monday.`, { hard: h }),
  P('en', ['post.no-conversation'], `Eight weeks ago my role at a Basel pharma company was eliminated along with 140 others.

I've spent the time learning Python for data analysis, volunteering at a food bank and having more coffees than ever before. Some days are hard. Most days are better than I expected.

To everyone who sent a message, an introduction or just a kind word: it mattered more than you know.`, { hard: h }),
  P('de', ['post.no-conversation'], `Heute feiert Margrit Schmid ihr 40-jähriges Dienstjubiläum in unserer Gemeindeverwaltung in Muri.

Sie hat vier Gemeindepräsidenten, drei Umzüge des Büros und die Umstellung von der Schreibmaschine auf die Cloud erlebt. Wenn jemand wissen will, warum etwas so ist, wie es ist: Margrit weiss es.

Danke für alles, liebe Margrit!`, { hard: h }),
  P('en', ['post.no-conversation'], `In my first year in Switzerland I was very shy to speak German at work, because my German was not perfect and I was afraid colleagues will laugh.

One day our team leader said in the meeting: "We have five languages in this team and nobody speaks any of them perfectly." Everybody laughed, also me.

Since then I speak more. Mistakes are part of learning.`, { hard: h }),
  P('de', ['post.no-conversation'], `Nachtdienst auf der Palliativstation in Salzburg. Ein Patient bittet mich um 3 Uhr früh, ihm aus der Zeitung vorzulesen – den Sportteil.

Ich hab keine Ahnung von Fußball. Er hat mir eine Stunde lang die Tabelle erklärt und gelacht wie lange nicht mehr.

Manchmal ist Pflege nicht das, was im Dokumentationssystem steht. Manchmal ist es einfach Zeit.`, { hard: h }),
  P('en', ['post.no-conversation'], `Today we are releasing version 3.0 of our open-source tool for checking school timetables against Swiss cantonal teaching hours.

Version 3.0 adds Ticino and Valais, supports Italian and French and runs entirely in the browser, so no pupil data leaves the school.

Thanks to the 14 teachers from six cantons who tested it over the summer and sent us more than 200 bug reports.`, { hard: h }),
  P('de', ['post.no-conversation'], `In meinem Feed sehe ich jeden Tag Beiträge, die mit einem Aufruf zum Liken, Teilen oder Markieren enden.

Ich verstehe den Reflex. Aber LinkedIn stuft solche Beiträge herunter, und vor allem: Wer nur Reaktionen sammelt, lernt nichts über seine Leserinnen und Leser.

Ich schreibe deshalb lieber eine echte Frage – oder gar keine. Ein guter Gedanke braucht keinen Klick-Befehl.`, { hard: h }),
]);
