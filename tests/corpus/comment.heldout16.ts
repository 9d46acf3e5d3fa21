import { C, named } from './types';

const h = true;

const pCloud = `Three lessons from moving our data warehouse to the cloud: start with the boring tables, budget for egress, and train the analysts before go-live. What would you add?`;
const pNewJob = `After 8 years at UBS, I'm starting a new role as CFO of a Zug-based medtech. Grateful to everyone who made the last years so rewarding.`;
const pFourDay = `We tested a four-day week in our office for six months. Productivity stayed the same and sick days fell by a third. Would you try it?`;
const pShifts = `Scheduling in our care home still runs on Excel and phone calls. Every Sunday evening our team lead spends three hours on next week's plan. How do others do it?`;
const pCv = `Reviewed 300 CVs this year. Put your most recent job first, keep it to two pages, explain gaps honestly. What's your top CV tip?`;
const pTram = `After six years I'm leaving the cantonal transport office. Proud of the tram tender we ran in 2023 and of the team that made it happen.`;
const pLeads = `Our B2B startup has a great product but almost no inbound leads. We've tried ads, webinars and cold email. What worked for you in the early days?`;
const pApprentice = `My first boss at the print shop made me explain every mistake to the customer myself. I hated it. Today it's the lesson I'm most grateful for.`;
const pNightStaff = `Before we changed anything on the ward, we asked the night staff what slows them down. Half of our improvement ideas came from that one hour.`;
const pPay = `Our HR team is preparing the equal pay analysis for the first time. Where do you find reliable salary benchmarks for Swiss SMEs?`;
const pTranslate = `We now publish all our policies in German, French and Italian on the same day. It took two years to get there.`;
const pCaregivers = `My father needs more care since his stroke and I'm learning how little support family caregivers get. Any resources you'd recommend?`;
const pKanban = `Our hospital pharmacy introduced visual kanban boards for restocking. Errors went down, and the team actually likes them.`;
const pLeadership = `Good leaders ask more than they tell. What's the best question a manager ever asked you?`;
const pProfile = `Updated my LinkedIn profile after five years. Writing about yourself is harder than writing about any product.`;

const dBewilligung = `In unserer Gemeinde haben wir die Baubewilligungen digitalisiert. Die Bearbeitungszeit ist von elf auf sechs Wochen gesunken. Wie weit seid ihr?`;
const dAward = `Unser Team hat den Swiss Innovation Award gewonnen! Der Preis gehört Lea, die den Prototyp gebaut hat, und allen Pflegenden, die mitgetestet haben.`;
const dNeueStelle = `Ab Januar leite ich die Kommunikation der Stadt Winterthur. Ich freue mich auf das Team und die neuen Aufgaben.`;
const dMotivation = `Motivationsschreiben sind tot. Niemand liest sie, und sie bevorzugen Menschen, die gut formulieren können. Seht ihr das auch so?`;
const dLohn = `Wir machen dieses Jahr zum ersten Mal die Lohngleichheitsanalyse. Wo findet ihr verlässliche Vergleichswerte für KMU?`;
const dFeedback = `Letzte Woche hat mir ein Lernender gesagt, ich höre nie zu. Seither stelle ich in jedem Gespräch zuerst eine Frage. Wie holt ihr euch ehrliches Feedback?`;
const dLernende = `Heute haben wir 12 neue Lernende begrüsst. Was war euer erster Tag in der Lehre für ein Gefühl?`;
const dBaeckerei = `Mein erster Chef in der Bäckerei hat mich jeden Fehler selbst dem Kunden erklären lassen. Damals peinlich, heute Gold wert.`;
const dSpesen = `Unsere Buchhaltung versinkt jeden Monat in Spesenbelegen. Wie löst ihr das in kleinen Teams?`;
const dBewerbung = `Wir bekommen immer mehr Bewerbungen, die komplett mit ChatGPT geschrieben sind. Wie geht ihr damit um?`;
const dVierTage = `Wir haben in unserer Schreinerei auf die Vier-Tage-Woche umgestellt. Die Produktivität ist gleich geblieben. Wie sind eure Erfahrungen?`;
const dPraxis = `Immer mehr Hausarztpraxen auf dem Land finden keine Nachfolge. Bei uns hat jetzt eine Genossenschaft die Praxis übernommen.`;
const dVelo = `Wir führen das Hackathon-Projekt «Velo-Daten» weiter und suchen noch Daten zu Unfällen in St. Gallen. Wer kann helfen?`;
const dStaatsmeister = `Gratulation an unsere Lehrlinge Jana und Lukas zu Gold und Bronze bei den Staatsmeisterschaften im Tischlerhandwerk!`;
const dTeilzeit = `Führung in Teilzeit funktioniert nicht. Wer ein Team leitet, muss immer erreichbar sein.`;
const dFuehrung = `Gute Führung heisst zuhören, bevor man entscheidet. Wie seht ihr das?`;
const dProfil = `Ich habe endlich mein LinkedIn-Profil überarbeitet. Über sich selbst zu schreiben ist schwieriger als gedacht.`;

/**
 * heldout16 (blind): comments under ordinary posts: congratulations, agreement, disagreement,
 * questions, shared resources, own experiences, and pitches (some blunt, some dressed up as
 * praise, questions or tips). English and German (Swiss "ss", Germany, Austria; Sie and du).
 * Labelled from docs/rules.md only, without looking at the engine.
 */
export default named('comment-heldout16', [
  // --- English: low-effort ---
  C('en', ['comment.generic'], `Great post!`, { post: pCloud }),
  C('en', ['comment.generic'], `Congrats! 🎉`, { post: pNewJob }),
  C('en', ['comment.generic'], `Thanks for sharing.`, { post: pFourDay }),
  C('en', ['comment.generic'], `Absolutely love this, so true and so well said. Thanks for always sharing such valuable content! 🙌`, { post: pLeadership, hard: h }),
  C('en', ['comment.generic'], `👏👏👏`, { post: pNightStaff }),
  C('en', ['comment.generic'], `Interesting perspective, Martin.`, { post: pFourDay, hard: h }),
  C('en', ['comment.generic'], `Well said!`, { post: pLeadership }),
  C('en', ['comment.generic'], `So inspiring!! 🔥🔥 Keep it up!`, { post: pApprentice, hard: h }),
  C('en', ['comment.generic'], `Congratulations on the new role, wishing you all the best!`, { post: pNewJob, hard: h }),
  C('en', ['comment.generic'], `Thanks for sharing, very insightful!`, { post: pCloud }),

  // --- English: good comments (expect nothing) ---
  C('en', [], `Great post! We tried the same in our Basel plant and the hard part was getting the night shift on board. Did you involve the shift leads from the start?`, { post: pFourDay, hard: h }),
  C('en', [], `Congrats, Anna! Your team's work on the tram tender was the best bid I reviewed that year. Who takes over your old role?`, { post: pTram, hard: h }),
  C('en', [], `I disagree slightly: in our experience remote onboarding worked fine for engineers but not for sales. The difference was how much tacit knowledge the job needs.`, { post: pCloud, hard: h }),
  C('en', [], `Thanks for sharing. The Federal Statistical Office published the full wage data for 2024 last month, free to download; the tables by canton answer exactly your question.`, { post: pPay, hard: h }),
  C('en', [], `I work at a scheduling software company, so take this with a grain of salt, but the biggest gain we see in care homes comes from letting staff swap shifts themselves, whatever tool they use.`, { post: pShifts, hard: h }),
  C('en', [], `How did you measure the drop in sick days? Self-reported or from HR data?`, { post: pFourDay, hard: h }),
  C('en', [], `Agreed, and I'd add: write the job ad with the team, not for it.`, { post: pCv, hard: h }),
  C('en', [], `This brought back memories of my own apprenticeship at a print shop in Olten. My boss also made me explain every mistake to the customer myself. Hated it then, grateful now.`, { post: pApprentice, hard: h }),
  C('en', [], `For anyone reading this: the Swiss Red Cross runs a free course for family caregivers, the next one in Zurich starts in January. It helped my mother a lot.`, { post: pCaregivers, hard: h }),
  C('en', [], `Which tool did you end up using for the translations? We're stuck between DeepL and in-house translators for our legal documents.`, { post: pTranslate, hard: h }),
  C('en', [], `Thank you for this, Priya. The point about asking the night staff first is something I'll take to our ward meeting tomorrow.`, { post: pNightStaff, hard: h }),
  C('en', [], `As a hiring manager I'd push back a bit: two pages is fine, but I've hired people with one-page CVs that were far better. Content beats format.`, { post: pCv, hard: h }),
  C('en', [], `Hi Tom, nice to see you here! We met at the Lean Summit in Bern. Your point about kanban is spot on: our pharmacy halved restock errors with simple visual boards too.`, { post: pKanban, hard: h }),
  C('en', [], `Interesting, because we saw the opposite in Austria: the four-day week worked in the office but failed on the construction sites. Was your trial office-only?`, { post: pFourDay, hard: h }),
  C('en', [], `Saving this for our next team retro. "What would you do if I weren't here?" is the question I'm stealing.`, { post: pLeadership, skip: ['comment.generic'], hard: h }),

  // --- English: pitches ---
  C('en', ['comment.sales-pitch'], `Great insights! We help companies like yours fix exactly this with our HR platform. DM me and I'll set you up with a free trial.`, { post: pShifts, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `This is why we built Shiftly 😉 Automatic scheduling for care homes, live in 2 days. Happy to show you, just drop me a message.`, { post: pShifts, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Have you considered outsourcing your bookkeeping? We handle it for 200+ Swiss SMEs from CHF 150/month, might save you exactly this headache.`, { post: pPay, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Struggling with leads? My agency books 20+ qualified meetings a month for B2B founders. Send me a DM for details.`, { post: pLeads, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], `Love this! If anyone here needs help with their LinkedIn profile, I'm offering 3 free audits this week, first come first served. Comment below or DM me.`, { post: pProfile, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Great points! Our consultancy specialises in exactly these cloud migrations. Let's book a call so I can show you our approach.`, { post: pCloud, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Very true. That's exactly why our clients love our 6-week leadership bootcamp. Next cohort starts in March, link in my profile.`, { post: pLeadership, skip: ['comment.generic'], hard: h }),

  // --- German: low-effort ---
  C('de', ['comment.generic'], `Toller Beitrag!`, { post: dBewilligung }),
  C('de', ['comment.generic'], `Gratuliere! 🎉`, { post: dAward }),
  C('de', ['comment.generic'], `Herzliche Gratulation zur neuen Stelle, alles Gute!`, { post: dNeueStelle, hard: h }),
  C('de', ['comment.generic'], `Wow, genau so ist es. Danke, dass du immer so wertvolle Inhalte teilst! 🙏`, { post: dFuehrung, hard: h }),
  C('de', ['comment.generic'], `Spannend!`, { post: dPraxis }),
  C('de', ['comment.generic'], `Sehr interessant, danke fürs Teilen, Herr Keller.`, { post: dBewilligung, hard: h }),
  C('de', ['comment.generic'], `Stimmt! 👍`, { post: dMotivation }),
  C('de', ['comment.generic'], `🙌🙌`, { post: dLernende }),
  C('de', ['comment.generic'], `Danke fürs Teilen!`, { post: dVierTage }),
  C('de', ['comment.generic'], `Mega! Weiter so! 💪`, { post: dAward, hard: h }),
  C('de', ['comment.generic'], `Sehr inspirierend!`, { post: dFeedback }),

  // --- German: good comments (expect nothing) ---
  C('de', [], `Toller Beitrag! Wir haben bei uns in der Gemeinde genau das Gleiche erlebt, die Bewilligungen dauern jetzt halb so lang. Wie habt ihr die Fachstellen dazu gebracht, parallel zu prüfen?`, { post: dBewilligung, hard: h }),
  C('de', [], `Gratuliere, Lea! Dein Prototyp hat uns im Pilot in Wil enorm geholfen. Wie geht es jetzt weiter, gibt es eine Version für die Spitex?`, { post: dAward, hard: h }),
  C('de', [], `Ich sehe das etwas anders: Motivationsschreiben helfen uns bei Quereinsteigern durchaus, weil sie erklären, warum jemand wechseln will.`, { post: dMotivation, hard: h }),
  C('de', [], `Danke fürs Teilen. Der Kanton Zürich hat dazu übrigens einen kostenlosen Leitfaden für KMU veröffentlicht, mit Checkliste für die Lohngleichheitsanalyse. Sehr zu empfehlen.`, { post: dLohn, hard: h }),
  C('de', [], `Ich arbeite selbst bei einem Softwareanbieter für Spitex-Organisationen, deshalb vielleicht befangen, aber: Der grösste Gewinn kam bei unseren Kunden nie von der Software, sondern davon, dass die Pflegenden die Tourenplanung mitgestalten konnten.`, { post: dAward, hard: h }),
  C('de', [], `Wie viele Lernende habt ihr pro Berufsbildnerin? Bei uns sind es vier, und das ist eigentlich schon zu viel.`, { post: dLernende, hard: h }),
  C('de', [], `Das erinnert mich an meinen ersten Chef in der Bäckerei in Luzern. Er hat mich auch jeden Fehler selbst dem Kunden erklären lassen. Damals gehasst, heute dankbar.`, { post: dBaeckerei, hard: h }),
  C('de', [], `Stimmt, und ich würde ergänzen: Das Stelleninserat mit dem Team schreiben, nicht nur für das Team.`, { post: dMotivation, hard: h }),
  C('de', [], `Interessant, bei uns in Deutschland ist es genau umgekehrt: Die Vier-Tage-Woche klappt im Büro, aber in der Produktion fehlen uns dann die Leute. Wie habt ihr das in der Schreinerei gelöst?`, { post: dVierTage, hard: h }),
  C('de', [], `Liebe Frau Brunner, vielen Dank für diesen ehrlichen Einblick. Ihre Idee mit der Genossenschaft werde ich an unserer nächsten Gemeindeversammlung einbringen.`, { post: dPraxis, hard: h }),
  C('de', [], `Für alle, die das Thema interessiert: Die Pro Senectute bietet kostenlose Kurse für pflegende Angehörige an, auch in Bern und Basel.`, { post: dPraxis, hard: h }),
  C('de', [], `Danke, Sandro! Schön, dass du das Projekt weiterführst. Ich habe die Daten zu den Velounfällen in St. Gallen noch, soll ich sie dir schicken?`, { post: dVelo, hard: h }),
  C('de', [], `Wir hatten das gleiche Problem. Wir laden jetzt alle zu einem kurzen Telefonat ein, und nach drei Fragen weiss man, wer den Text selbst geschrieben hat.`, { post: dBewerbung, hard: h }),
  C('de', [], `Gratulation an Jana und Lukas! Ich war selbst vor 20 Jahren bei der Staatsmeisterschaft und weiss, wie viel Arbeit dahintersteckt. Welches Stück haben sie gebaut?`, { post: dStaatsmeister, hard: h }),
  C('de', [], `Ehrlich gesagt finde ich das etwas einseitig. Bei uns im Spital funktioniert Teilzeit in der Führung sehr gut, wenn man die Stellvertretung klar regelt.`, { post: dTeilzeit, hard: h }),

  // --- German: pitches ---
  C('de', ['comment.sales-pitch'], `Super Beitrag! Genau dafür haben wir unsere Software entwickelt. Schreiben Sie mir eine PN, dann schicke ich Ihnen einen Testzugang.`, { post: dSpesen, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Das Problem kennen viele Betriebe. Wir bieten Lohnbuchhaltung für KMU schon ab CHF 9 pro Mitarbeitendem an – melden Sie sich gerne für eine unverbindliche Offerte.`, { post: dLohn, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Habt ihr schon mal über ein externes Bewerbermanagement nachgedacht? Unser Team übernimmt das komplett, erste Beratung gratis. Schreib mir einfach!`, { post: dBewerbung, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Falls jemand Unterstützung braucht: Ich biete Karrierecoaching an, diesen Monat 20 % Rabatt. Einfach DM an mich!`, { post: dNeueStelle, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Servus! Genau deshalb haben wir unsere Zeiterfassungs-App entwickelt. Jetzt 30 Tage gratis testen, Link im Profil. 😉`, { post: dVierTage, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr wahr. In meinem Führungsseminar «Klar führen» üben wir genau das. Es gibt noch zwei freie Plätze im Februar, meldet euch bei mir.`, { post: dFuehrung, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Top Beitrag! Übrigens: Unsere Agentur erstellt Ihnen einen professionellen LinkedIn-Auftritt zum Festpreis von EUR 399. Jetzt Termin vereinbaren!`, { post: dProfil, skip: ['comment.generic'], hard: h }),
]);
