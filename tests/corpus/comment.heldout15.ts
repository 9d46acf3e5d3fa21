import { C, named } from './types';

const h = true;

// The posts being answered.
const fourDayWeek = `We switched to a four-day week for our whole agency six months ago. Productivity held up, sick days went down. The hardest part? Not us, our clients. What would make you try it?`;
const newRoleSarah = `Happy to share that I'm starting as Head of Procurement at Geberit next month. Thanks to everyone at Sika for seven great years!`;
const writtenUpdates = `We replaced our weekly status meeting with a written update every Friday. Six months later: fewer meetings, better decisions. Would you try it?`;
const onboarding = `Onboarding is where most companies lose their new hires. In our survey, 30% of people who left in year one had decided to go within the first month. How do you onboard?`;
const workingTime = `Since January, every company in our canton has to record working time, with some exemptions for senior staff. Many SMEs still don't know how to handle it.`;
const cfa = `I failed my CFA Level II exam. Twice. What I changed for the third attempt: fewer hours, more practice exams, and I stopped hiding it. I passed in August.`;
const nurseTalk = `After 20 years as an ICU nurse, the most important skill isn't technical: it's telling a family the truth kindly. How do you prepare young nurses for this?`;
const expatPermit = `How I got a B permit as a freelancer in Switzerland: a thread on documents, timelines and what the migration office actually asked me.`;
const jonasMove = `After six years at Swiss Post, I'm moving to Chur to lead the IT team of the Rhaetian Railway. Thank you to everyone who made the last years so special.`;
const accessibility = `We just finished an accessibility audit of our cantonal website: 240 issues, most of them in PDF forms. Here is what we fixed first.`;
const apprentices = `Why do so many apprentices quit in their first year? I think companies don't give them real responsibility early enough. Am I wrong?`;
const quietMeetings = `Three years in Zurich, and I finally understood why my Swiss colleagues go quiet in meetings: the decision is usually made before the meeting.`;
const eveningClinic = `In our GP practice we have been testing an evening phone consultation for three months. Surprise: it's mostly used by working people aged 40 to 60.`;
const viertage = `Wir haben in unserer Schreinerei vor einem Jahr die Vier-Tage-Woche eingeführt. Produktivität gleich, Krankheitstage runter. Wer hat Erfahrungen damit?`;
const retoWechsel = `Nach acht Jahren bei der Post wechsle ich nach Chur zur Rhätischen Bahn und übernehme dort die IT-Leitung. Danke an alle, die mich begleitet haben!`;
const uebergabe = `Wie macht ihr die Schichtübergabe in der Pflege? Bei uns dauert sie oft 45 Minuten, und trotzdem gehen Informationen verloren.`;
const lehrplan = `Der Druck im Übertrittsjahr ist enorm. Als Schulleiterin sehe ich, wie Kinder mit zwölf schon Nachhilfe in drei Fächern bekommen. Wie erlebt ihr das?`;
const petraAward = `Ich freue mich sehr: Unser Kita-Team in Graz wurde mit dem Preis für Elternarbeit des Landes Steiermark ausgezeichnet!`;
const zeiterfassung = `Seit Jänner gilt bei uns die Pflicht zur Arbeitszeitaufzeichnung auch für Teilzeitkräfte. Viele kleine Betriebe wissen noch nicht, wie sie das umsetzen sollen.`;
const verwaltung = `Die Verwaltung gilt als langsam. Gestern haben wir unsere Förderplattform freigeschaltet, 400 Anträge wurden an einem Tag bearbeitet. Was wünscht ihr euch als Nächstes?`;
const quereinstieg = `Was ich als Quereinsteiger in der IT nach einem Jahr gelernt habe: Niemand weiß alles, und Fragen kostet weniger Zeit als falsch machen. Was würdet ihr ergänzen?`;
const pension = `Nach 42 Jahren bei der Georg Fischer AG geht unser Ausbildungsleiter Hansruedi Meier in Pension. Danke für alles, was du für unsere Lernenden getan hast!`;
const foerderung = `Hier findet ihr unseren neuen Leitfaden zu den Förderkriterien für Energiesanierungen im Kanton Bern (PDF, 24 Seiten).`;
const buchhaltung = `Viele Gründerinnen unterschätzen die Buchhaltung im ersten Jahr. Meine drei grössten Fehler als Gründerin eines Cafés in Luzern.`;
const schichtplanung = `Unser Pflegeheim hat die Schichtplanung auf eine App umgestellt. Seitdem tauschen die Mitarbeitenden Dienste selbst, und die Leitung spart vier Stunden pro Woche.`;

/**
 * heldout15 (blind): comments under everyday posts: quick congratulations and applause, comments
 * that start with a stock phrase and then add a real thought, questions and disagreement, public
 * resources shared without selling, and pitches dressed as compliments or help. English and German
 * (Swiss "ss", Germany, Austria; Sie and du). Labelled from docs/rules.md only.
 */
export default named('comment-heldout15', [
  // --- English ---
  C('en', [], `Great post! We tried a four-day week in our 12-person agency last year, and the hardest part wasn't productivity, it was client expectations on Fridays. How did you handle that?`, { post: fourDayWeek, hard: h }),
  C('en', ['comment.generic'], `Great post! 👏`, { post: fourDayWeek }),
  C('en', ['comment.generic'], `Congrats!`, { post: newRoleSarah }),
  C('en', ['comment.generic'], `Congratulations on the new role, Sarah! Well deserved. 🎉`, { post: newRoleSarah, hard: h }),
  C('en', ['comment.generic'], `Thanks for sharing.`, { post: writtenUpdates }),
  C('en', ['comment.generic'], `So true. This is exactly what the industry needs to hear right now. 💯`, { post: onboarding, hard: h }),
  C('en', [], `Thanks for sharing, Marco. The point about writing the decision down before the meeting is gold. We started doing this in our procurement team and meetings got 20 minutes shorter.`, { post: writtenUpdates, hard: h }),
  C('en', ['comment.sales-pitch'], `Great insights! We at DataNest help companies with exactly this. DM me for a free consultation 😉`, { post: onboarding, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Interesting point about onboarding. That's actually why we built Onboardly: it automates the paperwork so HR can focus on people. Happy to give you a free trial if you want to see it in action.`, { post: onboarding, hard: h }),
  C('en', [], `For anyone looking into this: SECO has a free guide on working time recording for SMEs, and it covers exactly the exemptions you mention. You'll find it on seco.admin.ch.`, { post: workingTime, hard: h }),
  C('en', [], `How did you convince the works council? That's usually where it stalls in Germany.`, { post: fourDayWeek, hard: h }),
  C('en', [], `I'd push back a little: in regulated industries like pharma, "just write it down on Friday" doesn't replace a documented decision. Curious whether you've seen this work in GxP environments.`, { post: writtenUpdates }),
  C('en', ['comment.sales-pitch'], `If anyone needs help with this, I offer LinkedIn profile audits for CHF 150. Send me a message!`, { post: expatPermit }),
  C('en', ['comment.sales-pitch'], `Love this! Recruiters reading this: we place vetted senior developers from Portugal within 2 weeks, no fee until 3 months in. DM me.`, { post: onboarding, hard: h }),
  C('en', ['comment.generic'], `🔥🔥🔥`, { post: cfa }),
  C('en', ['comment.generic'], `Interesting perspective.`, { post: quietMeetings }),
  C('en', [], `Congrats, Jonas! Your talk at the Bern DevOps meetup on blue/green deployments convinced our team to try it. The Rhaetian Railway is lucky to have you.`, { post: jonasMove, hard: h }),
  C('en', [], `Same experience as an ICU nurse in Geneva. Families remember how you told them much longer than what you told them.`, { post: nurseTalk }),
  C('en', [], `I wrote up a similar experiment with written updates in our school last year. Happy to share the summary if it's useful to anyone.`, { post: writtenUpdates, hard: h }),
  C('en', ['comment.generic'], `Agreed 100%.`, { post: apprentices, hard: h }),
  C('en', ['comment.sales-pitch'], `Great question! Have you considered outsourcing your payroll? We handle it for 200+ Swiss SMEs from CHF 9 per employee. Happy to send you an offer.`, { post: workingTime, hard: h }),
  C('en', [], `The "only today, 30% off" tactic worked on me once, and I've never bought from that company again. Trust takes years, discounts take seconds.`, { post: onboarding, hard: h }),
  C('en', ['comment.generic'], `Amazing! Keep it up 🙌`, { post: cfa, hard: h }),
  C('en', [], `Thank you for being so open about this. I failed Level I once and nobody at work knew. Your tip about practice exams is what finally worked for me too.`, { post: cfa, hard: h }),
  C('en', [], `@Anna Keller this is what we discussed on Monday, worth a read before our planning session.`, { post: writtenUpdates, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Need a reliable cleaning service for your office in Zurich? 10% off your first month with the code LINKEDIN10.`, { post: fourDayWeek }),
  C('en', [], `What tools did you use for the audit? We're about to start one for our municipal website.`, { post: accessibility, hard: h }),
  C('en', ['comment.generic'], `Well said!`, { post: quietMeetings }),
  C('en', [], `Respectfully, I don't think the problem is the apprentices. Many companies simply don't give them real responsibility in the first year, and then they're surprised.`, { post: apprentices, hard: h }),
  C('en', ['comment.sales-pitch'], `This is exactly why I started my coaching practice. If you're a manager who feels this way, my 6-week programme might be for you. Link in my profile.`, { post: apprentices, hard: h }),
  C('en', [], `Great post. One nuance from my side: the rules for freelancers differ a lot by canton. Vaud was much stricter with me than Zurich.`, { post: expatPermit, hard: h }),
  C('en', ['comment.generic'], `Thank you for this valuable post!`, { post: nurseTalk }),
  C('en', [], `We measured the same at our clinic in Lausanne: evening slots are mostly used by people aged 40 to 60. Did you see fewer emergency visits as a result?`, { post: eveningClinic }),

  // --- German ---
  C('de', ['comment.generic'], `Toller Beitrag!`, { post: viertage }),
  C('de', ['comment.generic'], `Gratuliere! 🎉`, { post: retoWechsel }),
  C('de', ['comment.generic'], `Herzlichen Glückwunsch, liebe Petra! Sehr verdient! 👏`, { post: petraAward, hard: h }),
  C('de', ['comment.generic'], `Danke fürs Teilen!`, { post: quereinstieg }),
  C('de', ['comment.generic'], `Sehr spannend, danke!`, { post: verwaltung, hard: h }),
  C('de', ['comment.generic'], `Genau so ist es. 👍`, { post: lehrplan, hard: h }),
  C('de', ['comment.generic'], `Starke Worte, die zum Nachdenken anregen.`, { post: lehrplan, hard: h }),
  C('de', ['comment.generic'], `👏👏`, { post: pension }),
  C('de', [], `Toller Beitrag! Bei uns in der Schreinerei haben wir die Vier-Tage-Woche letztes Jahr eingeführt. Am schwierigsten war es, die Kundschaft daran zu gewöhnen, dass freitags niemand ans Telefon geht. Wie habt ihr das gelöst?`, { post: viertage, hard: h }),
  C('de', [], `Gratuliere, Reto! Ich erinnere mich noch an deinen ersten Tag bei uns in der IT der Post, da hast du schon die besten Fragen gestellt. Viel Erfolg in Chur!`, { post: retoWechsel, hard: h }),
  C('de', [], `Danke fürs Teilen. Eine Ergänzung aus der Pflege: Bei uns hat geholfen, dass die Übergabe am Bett stattfindet und nicht im Stationszimmer. Die Patientinnen hören mit und korrigieren manchmal sogar.`, { post: uebergabe, hard: h }),
  C('de', [], `Wie habt ihr das datenschutzrechtlich mit dem Kanton geklärt? Wir stehen gerade vor derselben Frage.`, { post: verwaltung, hard: h }),
  C('de', ['comment.sales-pitch'], `Spannendes Thema! Genau dafür haben wir bei HR-Pilot eine Lösung entwickelt. Schreiben Sie mir gerne eine DM, dann schicke ich Ihnen ein unverbindliches Angebot.`, { post: zeiterfassung, hard: h }),
  C('de', ['comment.sales-pitch'], `Wer Unterstützung bei der Buchhaltung braucht: Ich biete als Treuhänderin Pakete ab CHF 99 im Monat an. Einfach melden!`, { post: buchhaltung }),
  C('de', ['comment.sales-pitch'], `Super Beitrag 👍 Übrigens: Unsere Zeiterfassungs-App ist gerade 30 % günstiger, nur noch bis Freitag. Link in meinem Profil.`, { post: zeiterfassung, hard: h }),
  C('de', ['comment.sales-pitch'], `Kenne ich! Deshalb biete ich Führungskräften ein kostenloses Erstgespräch an, vielleicht kann ich helfen. Schreib mir einfach eine PN.`, { post: lehrplan, hard: h }),
  C('de', [], `Für alle, die sich dafür interessieren: Die Wirtschaftskammer hat dazu einen kostenlosen Leitfaden veröffentlicht, sehr praxisnah. Einfach auf wko.at nach "Arbeitszeitaufzeichnung" suchen.`, { post: zeiterfassung, hard: h }),
  C('de', [], `Da bin ich anderer Meinung. Gerade in kleinen Gemeinden ist die persönliche Beratung am Schalter für ältere Menschen wichtiger als jede Plattform.`, { post: verwaltung }),
  C('de', [], `Danke, Frau Keller, für die klaren Worte. Als Lehrerin sehe ich jeden Tag, wie viel Druck die Eltern im Übertrittsjahr auf die Kinder machen.`, { post: lehrplan, hard: h }),
  C('de', ['comment.sales-pitch'], `Ihnen fehlen Pflegekräfte? Wir vermitteln geprüfte Pflegefachkräfte aus Osteuropa innerhalb von sechs Wochen. Rufen Sie mich an, ich mache Ihnen gern ein Angebot!`, { post: uebergabe, hard: h }),
  C('de', [], `Spannend! Hattest du im ersten Jahr einen festen Mentor, oder hast du dir das alles selbst erarbeitet?`, { post: quereinstieg }),
  C('de', ['comment.generic'], `Sehr inspirierend! Weiter so! 💪`, { post: petraAward, hard: h }),
  C('de', [], `Ich kommentiere selten, aber hier muss ich: Genau das habe ich als Quereinsteigerin bei einer Bank erlebt. Die Seniors waren froh, wenn jemand die "dummen" Fragen stellte.`, { post: quereinstieg, hard: h }),
  C('de', ['comment.sales-pitch'], `Passend dazu unser Webinar nächste Woche: Teilnahme nur 49 €, für Frühbucher 39 €. Jetzt anmelden, die Plätze sind begrenzt!`, { post: zeiterfassung, hard: h }),
  C('de', [], `Grossartig, dass ihr das so offen teilt. Wir haben im Spital Wil dieselbe Erfahrung gemacht: Die Abendsprechstunde nutzen vor allem Berufstätige. Abgerechnet haben wir über die normale Tarifposition für telefonische Konsultationen.`, { post: eveningClinic, hard: h }),
  C('de', ['comment.generic'], `Interessant.`, { post: schichtplanung }),
  C('de', [], `Danke für den Hinweis! Das PDF hat mir gerade bei meiner Bachelorarbeit weitergeholfen, besonders das Kapitel zu den Förderkriterien.`, { post: foerderung, hard: h }),
  C('de', [], `Bei uns im Landratsamt läuft das ähnlich. Die größte Hürde waren nicht die Mitarbeitenden, sondern die alten Fachverfahren ohne Schnittstellen.`, { post: verwaltung }),
  C('de', [], `Herzliche Gratulation zur Pensionierung, Hansruedi! Ohne deine Geduld hätte ich meine Lehre als Polymechaniker nie abgeschlossen. Geniess die Zeit in den Bergen!`, { post: pension, hard: h }),
  C('de', ['comment.sales-pitch'], `Genau deshalb lohnt sich eine professionelle Lohnbuchhaltung. Wir übernehmen das für KMU im Raum Graz zum Fixpreis. Melden Sie sich gerne bei mir für ein Angebot.`, { post: zeiterfassung, hard: h }),
  C('de', ['comment.generic'], `Wow, einfach nur wow. 😍`, { post: petraAward, hard: h }),
  C('de', [], `Welche App nutzt ihr dafür? Wir suchen gerade etwas für unser Heim mit 60 Mitarbeitenden und haben schlechte Erfahrungen mit Excel gemacht.`, { post: schichtplanung, hard: h }),
  C('de', [], `Eine Ergänzung aus meiner Erfahrung: Viele Quereinsteiger unterschätzen, wie wichtig ein Mentor im ersten Jahr ist. Bei mir war es ein Kollege aus dem Netzwerk der SBB.`, { post: quereinstieg }),
]);
