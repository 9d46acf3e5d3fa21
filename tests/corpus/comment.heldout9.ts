import { C, named } from './types';

// Ninth held-out split (issue #3): the final blind measurement of the text coach.
// Written fresh from docs/rules.md only, without reading the engine's phrase lists or earlier splits' texts.
// Comments of an ordinary week: congratulations (empty and specific), agreement, questions, disagreement,
// experiences, shared resources, Swiss German dialect, non-native English, and plugs (blatant and subtle).
// Scored blind once (results-heldout9-blind.txt); labels were not changed after scoring.
const h = true;

const promo = `Thrilled to share that I've been promoted to Head of Network Planning at BVB. Thank you to my amazing team!`;
const promoDe = `Ab Januar übernehme ich die Leitung Bau bei der SBB Infrastruktur. Danke allen, die mich auf diesem Weg begleitet haben!`;
const standups = `5 things we changed in our engineering team this year:\n1. No more daily standups\n2. Async updates in Slack\n3. Weekly demos instead of status meetings\n4. On-call rotation with paid time off\n5. Quarterly hack days\nWhat would you add?`;
const lehre = `In unserer Schreinerei haben wir wöchentliche 10-Minuten-Feedbackgespräche mit den Lernenden eingeführt. Die Lehrabbrüche sind von drei auf null gesunken. Was sind eure Erfahrungen?`;
const activation = `We rebuilt our onboarding flow and activation went from 31% to 52% in two months. Here is what we changed.`;
const schalter = `Unsere Gemeinde hat den Schalter am Freitag geschlossen. Mehr Zeit für Dossiers, weniger Überstunden. Würdet ihr das auch ausprobieren?`;
const firstHire = `If you're hiring your first employee in Switzerland, don't forget AHV, BVG and UVG. What surprised you most when you hired your first person?`;
const fourDay = `We tried a four-day week for six months at our agency in Bern. Output stayed flat, sick days dropped by a third. Has anyone found a good setup for client-facing roles?`;
const onboarding = `We now give every new colleague a "who to ask" map on day one. What does your onboarding look like?`;
const board = `5 things I wish I'd known before my first board meeting: send the deck early, lead with the decision, pre-wire the sceptic, bring one number you'd bet your job on, silence is not agreement.`;
const bands = `Today we published our salary bands for every role on our careers page. What would it take for your company to do the same?`;
const anniversary = `10 years at Victorinox today. Thank you to everyone in Ibach who made this place feel like home.`;
const layoff = `I was laid off yesterday. I'm looking for a product management role in fintech or insurance in Zurich. If you know of something, I'd be grateful for a pointer.`;
const rto = `Unpopular opinion: return-to-office mandates are a trust problem, not a productivity problem. Am I wrong?`;
const coop = `Unsere Genossenschaft hat die Finanzierung für 48 bezahlbare Wohnungen in Winterthur gesichert! Was braucht es für mehr solche Projekte?`;
const shifts = `Welches Tool nutzt ihr für Schichtplanung in der Gastronomie? Excel stösst bei uns an seine Grenzen.`;
const rabatt = `Warum wir seit einem Jahr keine Rabatte mehr geben: Kunden haben gelernt, dass unser erster Preis nicht ernst gemeint ist. Wie geht ihr mit Rabattforderungen um?`;
const release = `Today we're releasing version 2.0 of our open-source PDF redaction library. It's free and MIT-licensed. What should we build next?`;
const farewell = `Heute mein letzter Arbeitstag beim Tiefbauamt der Stadt Zürich. Danke für 12 tolle Jahre! Ab Februar bin ich beim Kanton Graubünden in Chur.`;
const apprenticeships = `Apprenticeships are Switzerland's most underrated export. Three takeaways from the Swiss Economic Forum.`;
const meetup = `Thank you to everyone who came to our Product Management Night in Zurich! Slides from Leila Haddad, Jonas Fischer and Mei Chen are on our Meetup page.`;
const burnout = `Last year I burned out. What brought me back was a simple daily system of sleep, movement and boundaries. How do you protect your energy?`;
const closeMonth = `Most finance teams still spend ten days closing the month. Where does your team lose the most time?`;
const newJob = `Ich freue mich, ab 1. März als CTO bei einem Zürcher Fintech-Start-up anzufangen. Danke an alle, die mich unterstützt haben!`;
const heating = `Der Kanton Zürich verschärft ab 2027 die Vorgaben für den Heizungsersatz. Was bedeutet das für Hauseigentümer?`;
const mentorship = `Heute vor einem Jahr habe ich unser Mentoring-Programm für Quereinsteigerinnen in die IT gestartet. 42 Mentees, 30 Mentorinnen, 11 neue Jobs. Danke an alle!`;
const mba = `Ich habe es geschafft: Executive MBA an der HSG abgeschlossen! 🎓`;
const talk = `Meine Gedanken zur Zukunft der Hausarztmedizin in der Schweiz: Wir brauchen mehr Gruppenpraxen und weniger Bürokratie. Wie sehen Sie das?`;

export default named('comment-heldout9', [
  // --- clean: adds a thought, an experience, a question or a resource ---
  C('en', [], `Congrats Anna! Your work on the new tram timetable shaved ten minutes off my commute – well deserved.`, { post: promo, hard: h }),
  C('de', [], `Gratuliere, Reto! Die Zusammenarbeit beim Projekt Limmattalbahn war für mich die lehrreichste meiner Karriere. Die SBB kann sich freuen.`, { post: promoDe, hard: h }),
  C('en', [], `I'd push back on point 2. In our team at Migros Online, async updates actually hid blockers – people wrote "all good" and moved on. We went back to a 10-minute call twice a week.`, { post: standups, hard: h }),
  C('de', [], `Spannend! Wie habt ihr die Lernenden in die Einführung der Gespräche einbezogen – kam die Idee von euch oder von ihnen?`, { post: lehre, hard: h }),
  C('en', [], `Thanks for sharing! Did you also measure the effect on churn, or only on activation?`, { post: activation, hard: h }),
  C('de', [], `Bei uns in der Gemeinde Wettingen hatten wir das gleiche Problem. Was geholfen hat: eine Sprechstunde ohne Termin am Donnerstagabend für alle, die tagsüber arbeiten.`, { post: schalter }),
  C('en', [], `For anyone who wants to go deeper: the SECO guide on hiring your first employee is free and surprisingly readable. It covers AHV, BVG and UVG in about 12 pages.`, { post: firstHire, hard: h }),
  C('de', [], `Wir haben unsere Erfahrungen mit der Vier-Tage-Woche in einem kurzen Bericht zusammengefasst, inklusive der Zahlen zu Krankheitstagen. Findest du auf unserer Website unter „Blog“, ohne Anmeldung.`, { post: fourDay, hard: h }),
  C('en', [], `Agree with this, and I'd add one thing: tell new hires who NOT to ask as well. We lost weeks because people kept going to the CTO for every access request.`, { post: onboarding, hard: h }),
  C('de', [], `Super Beitrag, Sandra. Den Punkt mit dem Skeptiker unterschreibe ich sofort – das hat mir in meiner ersten VR-Sitzung den Kopf gerettet.`, { post: board, hard: h }),
  C('en', [], `How did you handle existing employees whose salary was below the new band?`, { post: bands }),
  C('de', [], `Merci für dä Biitrag! Mir händ bi üs im Betrieb genau s gliiche erläbt mit de Lehrabbrüch – sit mir jedi Wuche Feedback gänd, isch es vill besser worde.`, { post: lehre, hard: h }),
  C('en', [], `Congratulations on 10 years, Marco! I still remember your onboarding session in 2017 – you made the Ibach plant tour the highlight of my first week.`, { post: anniversary, hard: h }),
  C('de', [], `Tut mir leid zu hören, Jana. Ich kenne bei der Mobiliar ein Team, das gerade PMs im Bereich Schadenprozesse sucht – ich schicke dir den Kontakt per Nachricht.`, { post: layoff, hard: h }),
  C('en', [], `Interesting take. What about regulated industries, though? In banking some work simply can't leave the building, whatever the trust level.`, { post: rto, hard: h }),
  C('de', [], `Danke fürs Teilen! Gilt das bei euch auch für Lernende im ersten Lehrjahr, oder erst ab dem zweiten?`, { post: lehre, hard: h }),
  C('en', [], `We tried this at our agency and it failed for exactly the reason you mention: clients. What finally worked for us was a rotating Friday duty with one person per team.`, { post: fourDay }),
  C('de', [], `Herzlichen Glückwunsch zur Finanzierung! Als Mitglied der Genossenschaft Kalkbreite weiss ich, wie viel Arbeit in so einem Projekt steckt. Habt ihr schon einen Zeitplan für den Baustart?`, { post: coop, hard: h }),
  C('en', [], `Respectfully, I think the data tells a different story. Our pilot in Lausanne showed output dropping by about 8% in month five, once the novelty wore off.`, { post: fourDay, hard: h }),
  C('de', [], `Wir setzen seit zwei Jahren auf Planday für unsere drei Restaurants – die App für die Mitarbeitenden ist top, die Lohnexport-Schnittstelle zu Abacus eher mühsam.`, { post: shifts, hard: h }),
  C('en', [], `🔥 Exactly what I needed before my board meeting tomorrow – point 2 especially, I was about to open with 15 slides of history. Thank you, Sandra!`, { post: board, hard: h }),
  C('de', [], `Ich sehe das anders: In unserer Branche (Eventtechnik) sind Rabatte beim ersten Auftrag oft der einzige Weg, überhaupt in die Offertrunde zu kommen. Wie macht ihr das bei Neukunden?`, { post: rabatt, hard: h }),
  C('en', [], `Congrats on the launch! Quick question: does v2.0 handle redaction in form fields, or only in the page content?`, { post: release, hard: h }),
  C('de', [], `Liebe Franziska, du wirst uns im Tiefbauamt fehlen – vor allem deine legendären Gipfeli am Freitag 🥐 Alles Gute in Chur!`, { post: farewell, hard: h }),
  C('en', [], `Very true what you write. In India we have the same issue, companies don't want to invest in young people. Maybe the Swiss model can help us?`, { post: apprenticeships, hard: h }),
  C('de', [], `Falls es jemanden interessiert: Am 20. März gibt es an der ZHAW eine öffentliche Tagung genau zu diesem Thema, Eintritt frei.`, { post: schalter, hard: h }),
  C('en', [], `Genuine question, not a gotcha: how do people who work 8 to 5 reach the counter if it's closed on Friday too?`, { post: schalter, hard: h }),
  C('de', [], `Danke, Jonas. Ich habe die Folien gleich an unser Produktteam weitergeleitet – vor allem der Talk von Mei Chen zu Pricing-Experimenten passt perfekt zu unserer Roadmap.`, { post: meetup, hard: h }),
  C('de', [], `Wie seid ihr mit dem Widerstand der Anwohner umgegangen? Bei uns in Zug ist ein ähnliches Projekt genau daran gescheitert.`, { post: coop }),
  C('en', [], `Sharing this with our apprentices. "Bring one number you'd bet your job on" is the best advice I've read this month.`, { post: board, hard: h }),

  // --- comment.generic ---
  C('en', ['comment.generic'], `Great post!`, { post: standups }),
  C('de', ['comment.generic'], `Toller Beitrag! 👏`, { post: lehre }),
  C('en', ['comment.generic'], `Congrats!! 🎉🎉`, { post: promo }),
  C('de', ['comment.generic'], `Herzliche Gratulation!`, { post: promoDe }),
  C('en', ['comment.generic'], `Thanks for sharing.`, { post: firstHire }),
  C('de', ['comment.generic'], `Spannend!`, { post: schalter }),
  C('en', ['comment.generic'], `Agreed 💯`, { post: rto }),
  C('de', ['comment.generic'], `👏👏👏`, { post: mentorship }),
  C('en', ['comment.generic'], `Congratulations Anna, well deserved! Wishing you all the best in this new chapter 🎉`, { post: promo, hard: h }),
  C('de', ['comment.generic'], `Herzlichen Glückwunsch zur neuen Herausforderung, lieber Stefan! Alles Gute und viel Erfolg!`, { post: newJob, hard: h }),
  C('en', ['comment.generic'], `So true! Couldn't agree more. 🙌`, { post: rto }),
  C('de', ['comment.generic'], `Sehr inspirierend, danke dir fürs Teilen! 🙏`, { post: mentorship, hard: h }),
  C('en', ['comment.generic'], `Insightful as always, Kevin. Keep it up!`, { post: activation, hard: h }),
  C('de', ['comment.generic'], `Wow, mega! Weiter so 💪`, { post: coop }),
  C('en', ['comment.generic'], `Love this!`, { post: onboarding }),
  C('de', ['comment.generic'], `Gratuliere, Sabine! Hast du dir verdient 👏`, { post: mba, hard: h }),
  C('en', ['comment.generic'], `Interesting perspective, thanks for sharing!`, { post: rto, hard: h }),
  C('de', ['comment.generic'], `Guter Punkt.`, { post: rabatt, hard: h }),
  C('en', ['comment.generic'], `This. 👆`, { post: bands }),
  C('de', ['comment.generic'], `Sehr wertvolle Gedanken, sehr geehrter Herr Dr. Weber. Vielen Dank!`, { post: talk, hard: h }),
  C('en', ['comment.generic'], `Well said 👏`, { post: apprenticeships }),
  C('de', ['comment.generic'], `Top! 👍`, { post: release }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], `Great insights! At Leadsy we help B2B companies solve exactly this – DM me and I'll show you how. 🚀`, { post: activation, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Genau deshalb haben wir unser Tool entwickelt! Jetzt 30 Tage gratis testen, Link in meinem Profil 😉`, { post: shifts, hard: h }),
  C('en', ['comment.sales-pitch'], `If anyone here needs help with their month-end close, we're offering a free audit this month. Just send me a DM!`, { post: closeMonth }),
  C('de', ['comment.sales-pitch'], `Spannendes Thema! Wir bieten dazu Inhouse-Workshops an, ab CHF 1'900 pro Tag. Melden Sie sich gerne bei mir.`, { post: talk, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], `Totally agree about burnout. I went through the same in 2022 – that's why I now coach executives on resilience. My next cohort starts in January, happy to share details with anyone interested.`, { post: burnout, hard: h }),
  C('de', ['comment.sales-pitch'], `Congrats zur neuen Stelle! Falls du fürs neue Team Hilfe beim Recruiting brauchst: Wir besetzen IT-Stellen in der Schweiz innert 3 Wochen, erfolgsbasiert. Schreib mir!`, { post: newJob, hard: h, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], `Nice post! Check out my profile for 50% off my LinkedIn growth course this week 🔥`, { post: onboarding, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Wer eine Wärmepumpe braucht: Wir haben noch Montagetermine im Januar frei und offerieren kostenlos. PN an mich!`, { post: heating, hard: h }),
]);
