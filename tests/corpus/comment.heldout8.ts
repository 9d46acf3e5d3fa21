import { C, named } from './types';

// Eighth held-out split (issue #3): the final fresh blind split to report how the coach generalises.
// Written from docs/rules.md only, without reading the engine's phrase lists or earlier splits' texts.
// Ordinary comments of a LinkedIn week: congratulations, agreement, questions, disagreement,
// experiences, resources, tags, and plugs. Scored blind once (results-heldout8-blind.txt); labels were
// not changed after scoring.
const h = true;

const jobEn = `Some personal news: after 7 years at Swisscom, I'm joining a healthtech startup in Lausanne as CTO next month. Thank you to everyone who made the Swisscom years so special!`;
const jobDe = `Neues Kapitel: Ab Januar leite ich das Controlling bei der Emmi Gruppe in Luzern. Danke allen, die mich bei Ricola begleitet haben!`;
const certDe = `Herzliche Gratulation an Fabienne Roth zum Abschluss als eidg. dipl. Expertin in Rechnungslegung und Controlling! Drei Jahre neben einem 80%-Pensum und zwei kleinen Kindern – Hut ab.`;
const crmDe = `Was ich aus meinem ersten gescheiterten Projekt gelernt habe: Wir haben ein CRM eingeführt und nur mit der Geschäftsleitung gesprochen, nie mit dem Aussendienst. Nach acht Monaten nutzte es niemand. Wie holt ihr die Nutzer ins Boot?`;
const fourDayEn = `Unpopular opinion: the four-day week won't fix burnout. We tried it for a year at our agency and Monday to Thursday got so packed that stress went up, not down. What actually helped was cutting recurring meetings by half.`;
const vatDe = `Ab 1. Januar gelten neue Regeln für die elektronische Rechnungsstellung an Bundesstellen. Für KMU heisst das: Software prüfen, Vorlagen anpassen, Verträge kontrollieren.`;
const salaryEn = `New data: median salaries for software engineers in Zurich rose 4% this year, while Geneva and Basel stayed flat. Women in the same roles still earn 9% less.`;
const laterDe = `Ich habe vor drei Jahren als Quereinsteigerin von der Gastronomie in die IT gewechselt. Heute leite ich ein Team von sechs Entwicklerinnen. Es ist nie zu spät!`;
const cfaEn = `I passed the CFA Level III exam. Honestly, this one is more about the people than about me – my wife Sofia took over everything at home for 18 months.`;
const cashEn = `The silent killer of small businesses isn't a lack of customers. It's cash flow. We had record sales last year and nearly went bankrupt because three big clients paid 120 days late.`;
const pflegeDe = `Der Fachkräftemangel in der Pflege wird sich in den nächsten fünf Jahren verschärfen. Bis 2030 fehlen in der Schweiz über 30'000 Pflegefachpersonen.`;
const launchEn = `Today we're launching version 3 of our open-source route planner for Swiss public transport, with wheelchair-accessible routing and real-time delays.`;
const aiDe = `Ich glaube, wir reden zu viel über KI und zu wenig über Daten. In drei von vier Projekten war das Problem nicht das Modell, sondern die Excel-Liste.`;
const pollEn = `Quick poll for product managers: how do you prioritise your backlog? RICE, MoSCoW, gut feeling + stakeholder pressure, or something else?`;
const excelEn = `A small Excel trick that saved our finance team two hours a week: use Power Query "From Folder" instead of VLOOKUP across 12 monthly files.`;
const lehreDe = `Stolz auf unsere Lernenden! Alle sechs haben ihre Lehrabschlussprüfung als Automatiker und Polymechaniker bestanden. Danke an die Berufsbildner Ueli und Sandro!`;
const davosEn = `Humbled and honoured to share that I have been invited to speak at the World Economic Forum in Davos this January. Hard work pays off.`;
const layoffEn = `After 9 years, my role at Credit Suisse – now UBS – was eliminated last week. I'm looking for a role in quantitative risk or model validation in Zurich or Basel.`;
const papaDe = `Mein Vater war 42 Jahre lang Lokführer bei der SBB. Heute ist sein letzter Arbeitstag. Er hat mir beigebracht, dass Zuverlässigkeit keine Nebensache ist.`;
const xmasDe = `Frohe Festtage und einen guten Rutsch! Danke an alle Kundinnen und Kunden für ein intensives Jahr – besonders beim Umbau unserer Filiale in Sursee.`;
const onboardEn = `We now let every new engineer spend their second week with our support team before touching the codebase. Our last four hires all shipped something meaningful in month one.`;
const jubiDe = `Heute vor 25 Jahren habe ich meine Lehre als Kauffrau bei der Mobiliar angefangen. Danke allen, die mich auf diesem Weg begleitet haben!`;
const abbauDe = `Schwerer Tag: Wir mussten diese Woche 40 Stellen in unserem Werk in Emmenbrücke abbauen. Wir haben für alle Betroffenen einen Sozialplan und begleiten sie bei der Stellensuche.`;
const eventDe = `Nächsten Donnerstag: der 5. Berner Data Science Apéro im Impact Hub. Eintritt frei, Anmeldung über den Link im ersten Kommentar.`;

export default named('comment-heldout8', [
  // --- clean: a thought, an experience or a question about the post ---
  C('en', [], `Congrats, Lukas! Healthtech in Lausanne needs more people who've run large networks – curious whether you'll build your own infra or go all-in on cloud?`, { post: jobEn, hard: h }),
  C('de', [], `Sehr einverstanden. Bei uns hat es geholfen, dass der Aussendienst die Testphase selbst geleitet hat – plötzlich kamen die Rückmeldungen von allein.`, { post: crmDe, hard: h }),
  C('en', [], `I see it differently. We tried the 4-day week at our 30-person agency and stress went down, because we cut meetings at the same time. Maybe the compression is the problem, not the format?`, { post: fourDayEn, hard: h }),
  C('de', [], `Danke für die Zusammenfassung! Gilt das auch für Einzelfirmen mit weniger als CHF 100'000 Umsatz?`, { post: vatDe, hard: h }),
  C('en', [], `For anyone interested: the Federal Statistical Office published the raw data behind this last week – search for "Lohnstrukturerhebung 2024". Free and surprisingly readable.`, { post: salaryEn, hard: h }),
  C('de', [], `Kann ich bestätigen. Ich habe mit 41 von der Pflege ins Projektmanagement gewechselt, und das Schwierigste war nicht das Fachliche, sondern das Selbstvertrauen.`, { post: laterDe, hard: h }),
  C('en', [], `Well deserved! I remember you studying flashcards during our lunch breaks at Vontobel – all those hours paid off 👏`, { post: cfaEn, hard: h }),
  C('de', [], `Spannend, ich habe letzte Woche etwas Ähnliches über Pilotgruppen im Aussendienst geschrieben. Unsere Erfahrung: Es braucht pro Region eine Person, die das Tool wirklich will. Wie macht ihr das?`, { post: crmDe, hard: h }),
  C('en', [], `RICE, but honestly we override it about a third of the time when a big customer is at risk. The score gets us 80% of the way.`, { post: pollEn, hard: h }),
  C('de', [], `Gibt es auch eine Aufzeichnung für die, die am Donnerstag nicht nach Bern kommen können?`, { post: eventDe }),
  C('en', [], `This matches what we saw at Manor when our developers spent a week in the stores first: half the support tickets after the next release. Did you also measure customer satisfaction before and after?`, { post: onboardEn }),
  C('de', [], `Hut ab für die Offenheit. Darf ich fragen, ob ihr die Mitarbeitenden früh über die Pläne informiert habt oder erst am Schluss?`, { post: abbauDe, hard: h }),
  C('en', [], `I'm a recruiter in this space and can confirm: model validation roles in Zurich are picking up again, especially at the cantonal banks. Happy to send you a few names privately if that helps.`, { post: layoffEn, hard: h }),
  C('de', [], `Wir haben das mit einem Fokustag ohne Meetings am Mittwoch gelöst. Seitdem sind die Stresswerte in der Mitarbeiterumfrage deutlich besser.`, { post: fourDayEn, hard: h }),
  C('en', [], `The folder trick is a lifesaver – just watch out for hidden files like desktop.ini in the folder, they break the refresh.`, { post: excelEn, hard: h }),
  C('de', [], `Gratulation! Was hat dich an Emmi am meisten gereizt? 😊`, { post: jobDe, hard: h }),
  C('en', [], `@Laura Kessler this is exactly what we discussed on Tuesday – worth a read before our planning session.`, { post: onboardEn, skip: ['comment.generic'], hard: h }),
  C('de', [], `Da bin ich nicht ganz einverstanden. KI hilft gerade kleinen Betrieben ohne Datenabteilung – auch mit unperfekten Daten kommt man weit, wenn man klein anfängt.`, { post: aiDe, hard: h }),
  C('en', [], `Sofia deserves a medal too 😄 Congrats to both of you – Level III was the one that nearly broke me.`, { post: cfaEn, hard: h }),
  C('de', [], `Schöner Text über deinen Vater. Mein Grossvater war Kondukteur auf der Gotthardstrecke – diese Generation hatte ein ganz anderes Verständnis von Pünktlichkeit.`, { post: papaDe, hard: h }),
  C('en', [], `Do you have the same numbers for Lausanne? We're benchmarking our offers there and the public data is thin.`, { post: salaryEn }),
  C('de', [], `Toller Beitrag! Besonders der Punkt mit den Berufsbildnern – das unterschätzen viele Betriebe. Bei uns kündigen die meisten Lernenden wegen der Betreuung, nicht wegen des Lohns.`, { post: lehreDe, hard: h }),
  C('en', [], `Thanks for sharing – could you post the link to the repo? I couldn't find it in the comments.`, { post: launchEn, hard: h }),
  C('de', [], `Merci, Reto! Die Bilder vom Umbau sind super. Wann ist die Eröffnung? Meine Kinder wollen unbedingt die neue Backstube sehen.`, { post: xmasDe, hard: h }),
  C('en', [], `We open-sourced our support-week checklist for new engineers here: github.com/nexus-eng/onboarding. No strings attached, use it however you like.`, { post: onboardEn, hard: h }),
  C('de', [], `Wir haben in der Gemeinde Horgen genau dieses Problem. Wärst du offen für einen kurzen Austausch? Ich würde gern verstehen, wie ihr die Berufsbildner entlastet habt.`, { post: lehreDe, hard: h }),
  C('en', [], `Respectfully, I think the "hard work pays off" narrative ignores how much luck and network matter. Plenty of people work just as hard and never get that invitation.`, { post: davosEn }),
  C('de', [], `Frohe Festtage auch euch! Danke für die unkomplizierte Zusammenarbeit beim Umbau in Sursee – die Gipser reden heute noch vom Znüni.`, { post: xmasDe, hard: h }),
  C('en', [], `Congrats on the launch! Does the wheelchair routing also cover lifts that are out of service? That's the number one issue for my mother.`, { post: launchEn, hard: h }),
  C('de', [], `Interessant! Wie geht ihr mit Lernenden um, die nach der Lehre direkt an die BMS wollen?`, { post: lehreDe, hard: h }),

  // --- comment.generic ---
  C('en', ['comment.generic'], `Congrats, Lukas! 🎉`, { post: jobEn }),
  C('de', ['comment.generic'], `Herzliche Gratulation!`, { post: jobDe }),
  C('en', ['comment.generic'], `Great post, thanks for sharing!`, { post: fourDayEn }),
  C('de', ['comment.generic'], `Toller Beitrag, danke fürs Teilen! 👏`, { post: aiDe }),
  C('en', ['comment.generic'], `👏👏👏`, { post: cfaEn }),
  C('de', ['comment.generic'], `Sehr spannend!`, { post: vatDe }),
  C('en', ['comment.generic'], `So true.`, { post: cashEn }),
  C('de', ['comment.generic'], `Genau so ist es! 💯`, { post: pflegeDe }),
  C('en', ['comment.generic'], `Well said, Markus.`, { post: fourDayEn, hard: h }),
  C('de', ['comment.generic'], `Gratuliere dir, Fabienne! Wohlverdient 💐`, { post: certDe, hard: h }),
  C('en', ['comment.generic'], `Love this! Thanks for sharing your insights 🙌`, { post: onboardEn, hard: h }),
  C('de', ['comment.generic'], `Danke für den Input, sehr wertvoll.`, { post: crmDe, hard: h }),
  C('en', ['comment.generic'], `Insightful as always, Priya!`, { post: salaryEn, hard: h }),
  C('de', ['comment.generic'], `Absolut einverstanden.`, { post: aiDe }),
  C('en', ['comment.generic'], `Congratulations on the new role! Wishing you all the best in this exciting new chapter! 🚀`, { post: jobEn, hard: h }),
  C('de', ['comment.generic'], `Wow, super! Weiter so 💪`, { post: lehreDe }),
  C('en', ['comment.generic'], `Interesting perspective. Thanks!`, { post: fourDayEn }),
  C('de', ['comment.generic'], `Merci fürs Teilen!`, { post: eventDe, hard: h }),
  C('en', ['comment.generic'], `Amazing achievement 🙌 well deserved!`, { post: davosEn }),
  C('de', ['comment.generic'], `Starker Post 🔥`, { post: papaDe }),
  C('en', ['comment.generic'], `This 👆`, { post: cashEn, hard: h }),
  C('de', ['comment.generic'], `Herzlichen Glückwunsch zum Jubiläum und weiterhin viel Erfolg!`, { post: jubiDe, hard: h }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], `Great insights! We help companies like yours automate onboarding – DM me for a free demo.`, { post: onboardEn, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Spannend! Genau dafür haben wir bei HR-Cloud eine Lösung entwickelt. Schreiben Sie mir gern eine PN, dann zeige ich sie Ihnen.`, { post: pflegeDe, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `If anyone here needs help with this, my agency builds Shopify stores starting at $499. Check the link in my bio!`, { post: cashEn }),
  C('de', ['comment.sales-pitch'], `Wir bieten genau das als Komplettpaket an – jetzt mit 20 % Neukundenrabatt. Melden Sie sich!`, { post: vatDe }),
  C('en', ['comment.sales-pitch'], `Totally agree about cash flow being the silent killer. We saw the same with our clients – that's actually why we built Cashly. Happy to give you a free 3-month trial if you want to try it.`, { post: cashEn, hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr guter Punkt. Falls jemand gerade Pflegepersonal sucht: Wir vermitteln diplomierte Pflegefachpersonen aus Deutschland und Österreich innert 4 Wochen. Einfach DM an mich.`, { post: pflegeDe, hard: h }),
  C('en', ['comment.sales-pitch'], `Nice one. Coincidentally I'm running a masterclass on exactly this next week – 10 spots left, comment "ME" and I'll send you the details.`, { post: excelEn, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Sie brauchen eine neue Website für Ihre Praxis? Ich mache das günstig und schnell. PN!`, { post: pflegeDe }),
]);
