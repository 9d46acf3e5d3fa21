import { C, named } from './types';

const h = true;

const nursePost = `I'm happy to share that I'm starting as Head of Nursing at St Thomas' next month. Thank you to the A&E team who taught me everything.`;
const schoolPost = `We moved parents' evenings online this year. Attendance went up, but some teachers miss the face-to-face talks. What's your experience?`;
const lettersPost = `We rewrote our outpatient letters in plain language. Missed appointments in our clinic fell from 18% to 11%. Have you tested your letters on patients?`;
const onboardingPost = `Onboarding is where most new hires decide whether they stay. We now pair every new joiner with a buddy for the first 90 days. How do you do it?`;
const payPost = `We're considering publishing salary bands in every job ad. More transparency, but maybe unrest in the team. How did you handle it?`;
const afterHoursPost = `Our sales team stopped answering client emails after 7pm. Nobody lost a deal. How does your team handle after-hours messages?`;
const founderPost = `Our startup failed after three years. We built a product nobody needed urgently. What's the most useful failure story you've heard?`;
const inboxPost = `After three weeks offline I had 900 emails. I answered 11. Now our rule: what doesn't become urgent in 48 hours never was. How do you filter your inbox?`;
const careerPost = `I moved from teaching maths to data science after nine years. Happy to answer questions from anyone thinking about the switch.`;
const promoPost = `Thrilled to share that I've been promoted to Director of Marketing at Finlo!`;
const urgencyPost = `Sales trainers love urgency. In my experience, invented deadlines lose the customer at renewal. Which pressure tactic do you see most?`;
const releasePost = `Version 2.0 of our open-source validation library is out: checks now run in streaming mode on 50 GB files. What should we build next?`;
const foodbankPost = `Our food bank handed out 41,000 parcels this year thanks to 220 volunteers and three supermarkets donating their surplus.`;
const quietPost = `Our council team introduced quiet mornings without meetings on Tuesdays and Thursdays. Overtime dropped noticeably.`;
const coverPost = `Cover letters are not dead. The best one I ever got was four sentences long and named a bug in our app. Recruiters, do you still read them?`;
const physioPost = `Back at work as a physiotherapist after long Covid. I now give patients three exercises instead of ten.`;

const forecastPost = `Frage an die Controller: Wie geht ihr mit Forecasts um, wenn das Management nur gute Nachrichten hören will? Wir zeigen jetzt auch ein pessimistisches Szenario.`;
const appPost = `Heute geht unsere App für pflegende Angehörige in Sachsen live – entwickelt mit 40 Familien. Was fehlt noch in solchen Angeboten?`;
const dienstPost = `Auf unserer Intensivstation fehlen seit Monaten Pflegekräfte. Die Dienstpläne sind kaum noch zu halten. Wie geht ihr damit um?`;
const viertagePost = `Heute auf der Zukunft Personal über die Vier-Tage-Woche diskutiert. Habt ihr damit schon Erfahrungen gemacht?`;
const mathePost = `Ein Schüler hat mich gefragt, warum wir noch Kopfrechnen üben, wenn doch jedes Handy rechnen kann. Wie erklärt ihr Jugendlichen, wozu Grundlagen gut sind?`;
const elternzeitPost = `Seit zwei Wochen bin ich nach der Elternzeit zurück im Produktmanagement, 30 Stunden pro Woche. Wie habt ihr den Wiedereinstieg organisiert?`;
const kochPost = `Heute für 14 Leute gekocht – unser Team-Kochtag statt Weihnachtsfeier. Unsere stillste Werkstudentin hat die Küche organisiert wie eine Projektleiterin.`;
const lokalPost = `Seit 20 Jahren bin ich Lokaljournalist in Oberfranken. Die Redaktion ist von zwölf auf vier Leute geschrumpft.`;
const hrAwardPost = `Ich freue mich sehr, dass ich zur HR-Managerin des Jahres gewählt wurde!`;
const lehrstellenPost = `Wir haben in Winterthur eine Lehrstellenbörse für kleine Betriebe aufgebaut. Im ersten Jahr haben 45 Jugendliche eine Lehrstelle gefunden.`;
const bachelorPost = `Heute mein Bachelorzeugnis in Pflegewissenschaft abgeholt. Ohne meine Praxisanleiterin Sabine hätte ich das nicht geschafft.`;
const zielPost = `Unsere Führungskräfte tun sich schwer mit Zielvereinbarungsgesprächen. Habt ihr gute Vorlagen?`;
const gehaltPost = `Wir überlegen, in unseren Stellenanzeigen künftig immer das Gehaltsband zu nennen. Wie habt ihr das gelöst?`;
const professorPost = `Ich freue mich, ab dem Herbstsemester die Professur für Arbeitsrecht an der Universität Basel zu übernehmen.`;
const wiederPost = `Nach einem Jahr Karenz bin ich zurück als Teamleiterin im Einkauf. Führung in Teilzeit ist anders, aber es geht.`;
const fokusPost = `In unserer Stadtverwaltung gibt es jetzt feste Fokuszeiten ohne Besprechungen. Die offenen Bürgeranfragen sind um ein Drittel gesunken.`;

/**
 * heldout14 (blind): comments under posts by nurses, teachers, founders, recruiters, controllers,
 * public servants and others. English and German (Swiss, Germany, Austria). Labelled from docs/rules.md only.
 */
export default named('comment-heldout14', [
  // --- English: good comments (expect nothing) ---
  C('en', [], `Congrats Maya! The way you rebuilt triage in A&E last year was remarkable — St Thomas' is lucky to have you as Head of Nursing.`, { post: nursePost, hard: h }),
  C('en', [], `Great post, Tom. We saw the same at our school: once parents' evenings moved online, attendance from working parents went from 40% to almost 80%. Did you notice a drop in the quality of the conversations?`, { post: schoolPost, hard: h }),
  C('en', [], `How did you measure the 18% — per appointment or per patient? We're trying something similar in our dermatology clinic.`, { post: lettersPost }),
  C('en', [], `For anyone interested, the NHS guidance on writing to patients has a good readability checklist, free on their website. It helped us a lot when we redid our discharge letters.`, { post: lettersPost, hard: h }),
  C('en', [], `I see it differently. As a recruiter I found that salary bands in ads attract fewer but better-matched applicants — the unrest in the team was short-lived for us and led to a fairer pay review.`, { post: payPost }),
  C('en', [], `We tried exactly this at my company (a small accounting firm in Leeds) and it backfired at first — clients kept calling after 7pm. What fixed it was an auto-reply with an emergency number. How did you tell your clients about the change?`, { post: afterHoursPost, hard: h }),
  C('en', [], `This is the part nobody tells you about founding a company. We burned 18 months on a feature our first customer asked for and the next ten didn't need. Thanks for being so open about it.`, { post: founderPost, hard: h }),
  C('en', [], `The 48-hour rule is brilliant. I'd add: anything that needs replies from three people belongs in a short call, not in email.`, { post: inboxPost, hard: h }),
  C('en', [], `As a student about to start my placement year, this is really reassuring. Which skills from your teaching days turned out to matter most in data science?`, { post: careerPost, hard: h }),
  C('en', [], `👏 The bit about three exercises instead of ten is gold. My mum's physio did exactly that after her hip surgery, and for once she actually did them.`, { post: physioPost, hard: h }),
  C('en', [], `Congrats on the release! Does streaming mode also work with Parquet files, or only CSV for now?`, { post: releasePost, hard: h }),
  C('en', [], `Partly agree. Urgency can be honest when the deadline is real, like a grant call that closes on Friday. The problem is invented deadlines.`, { post: urgencyPost, hard: h }),
  C('en', [], `Same experience in the civil service: our quiet-mornings pilot cut overtime in the benefits team by a third. The hard part was getting senior managers to stop booking 9am meetings.`, { post: quietPost, hard: h }),
  C('en', [], `Thank you for sharing this, Amara — we run a similar surplus scheme with two bakeries in Cardiff, and the hardest part was the evening pickup rota. Happy to compare notes if it helps.`, { post: foodbankPost, hard: h }),
  C('en', [], `Brilliant! Which tool did you use to set the salary bands — spreadsheets or something like Figures?`, { post: payPost, hard: h }),
  C('en', [], `Agreed — and I'd add one thing from my years in payroll: publish the bands internally first, give people a month to ask questions, then put them in the ads.`, { post: payPost, hard: h }),
  C('en', [], `If you want numbers, the OECD "Education at a Glance" report has a chapter on how schools communicate with parents across countries.`, { post: schoolPost, hard: h }),

  // --- English: generic ---
  C('en', ['comment.generic'], `Great post! 👏`, { post: schoolPost }),
  C('en', ['comment.generic'], `Congrats, well deserved!`, { post: nursePost }),
  C('en', ['comment.generic'], `Thanks for sharing.`, { post: lettersPost }),
  C('en', ['comment.generic'], `🔥🔥🔥`, { post: releasePost }),
  C('en', ['comment.generic'], `Agreed 💯`, { post: urgencyPost }),
  C('en', ['comment.generic'], `Interesting perspective, thanks!`, { post: coverPost, hard: h }),
  C('en', ['comment.generic'], `Well said!`, { post: quietPost }),
  C('en', ['comment.generic'], `Congratulations Priya! 🎉`, { post: promoPost, hard: h }),
  C('en', ['comment.generic'], `Totally agree with this!`, { post: inboxPost }),
  C('en', ['comment.generic'], `Inspiring! 🙌`, { post: physioPost }),
  C('en', ['comment.generic'], `This! 👆 So much this.`, { post: founderPost, hard: h }),
  C('en', ['comment.generic'], `Thanks for sharing, Ben — really valuable insights as always. 🙏`, { post: urgencyPost, hard: h }),

  // --- English: pitches ---
  C('en', ['comment.sales-pitch'], `Great insights! At CloudNine we help companies with exactly this — our platform automates 80% of onboarding. DM me and I'll set you up with a free trial.`, { post: onboardingPost, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `If anyone here needs help with their LinkedIn profile, I offer a full makeover for $99 this week. Just send me a message!`, { post: promoPost }),
  C('en', ['comment.sales-pitch'], `Really resonates. We've helped 50+ clinics cut no-shows by 30% with automated SMS reminders — happy to show you how it works if you're interested.`, { post: lettersPost, hard: h }),
  C('en', ['comment.sales-pitch'], `Nice post! I'm currently hiring senior data engineers for a fully remote role, up to €110k. Interested? Drop me a DM 📩`, { post: careerPost, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Cover letters are a pain — that's why we built CoverAI. Generate a tailored letter in 10 seconds, first month free with code LINKEDIN20 🚀`, { post: coverPost, hard: h }),
  C('en', ['comment.sales-pitch'], `Have you considered outsourcing your payroll? We run it for 200+ small firms in the UK from £5 per employee — happy to send you a quote.`, { post: afterHoursPost, hard: h }),
  C('en', ['comment.sales-pitch'], `Love this, Jenny. Quick tip from someone who's been there: we run a 4-week return-to-work programme for parents, and our next cohort starts in January. Happy to send you the brochure!`, { post: physioPost, hard: h }),

  // --- German: gute Kommentare (nichts erwartet) ---
  C('de', [], `Herzliche Gratulation, Reto! Dass du die Lehrstellenbörse in Winterthur so schnell zum Laufen gebracht hast, hat sich bis zu uns nach St. Gallen herumgesprochen. Habt ihr auch Betriebe aus dem Gastgewerbe dabei?`, { post: lehrstellenPost, hard: h }),
  C('de', [], `Toller Beitrag, Anna! Bei uns im Controlling hat genau das geholfen: Wir zeigen seit letztem Jahr immer drei Szenarien. Die Diskussionen sind länger, aber die Entscheidungen halten besser. Wie reagiert euer Vorstand auf das pessimistische Szenario?`, { post: forecastPost, hard: h }),
  C('de', [], `Wie habt ihr die Familien in die Entwicklung eingebunden – über Workshops oder eher über Interviews? Wir planen etwas Ähnliches im Landkreis Görlitz.`, { post: appPost }),
  C('de', [], `Zum Thema passt die Auswertung des Pilotprojekts zur Vier-Tage-Woche, die die Universität Münster 2024 veröffentlicht hat – frei als PDF verfügbar. Die Ergebnisse zur Gesundheit fand ich besonders interessant.`, { post: viertagePost, hard: h }),
  C('de', [], `Da bin ich anderer Meinung: Kopfrechnen ist wichtig, aber mit 14 braucht man vor allem ein Gefühl für Grössenordnungen. Das üben wir bei uns mit Schätzaufgaben statt mit Drill.`, { post: mathePost }),
  C('de', [], `Kenne ich aus der Pflege genau so. Als ich nach der Elternzeit mit 60 % zurückkam, habe ich plötzlich viel klarer priorisiert. Danke, dass du das so offen beschreibst.`, { post: elternzeitPost, hard: h }),
  C('de', [], `Servus Kathi, super Idee mit dem Kochtag! Wir machen in Innsbruck jedes Jahr einen Wandertag, und da zeigt sich auch, wer im Team anpackt. Habt ihr die Menüs vorher gemeinsam geplant?`, { post: kochPost, hard: h }),
  C('de', [], `Der Satz mit dem leeren Kalender am Vormittag hängt ab morgen an meinem Monitor. 😄`, { post: fokusPost, hard: h }),
  C('de', [], `Als Lokalredakteurin in Ostwestfalen kann ich das nur bestätigen. Bei uns gibt es Gemeinden, über deren Rat seit zwei Jahren niemand mehr berichtet hat. Gibt es bei euch Kooperationen mit Bürgerradios oder Hochschulen?`, { post: lokalPost }),
  C('de', [], `Wir haben unsere Vorlage für Zielvereinbarungsgespräche vor einem Jahr unter CC-Lizenz veröffentlicht, sie liegt frei auf der Website der IHK Bodensee. Vielleicht hilft sie jemandem als Startpunkt.`, { post: zielPost, hard: h }),
  C('de', [], `Merci für den ehrlichen Einblick, Corinne. Bei uns in Köniz hat erst ein Anruf bei den Eltern die Lehrstellenbörse ins Rollen gebracht. Wie habt ihr die Betriebe gewonnen?`, { post: lehrstellenPost, hard: h }),
  C('de', [], `Wie viele Stunden pro Woche habt ihr für die Betreuung der Lernenden eingeplant? Das ist bei uns immer der Knackpunkt.`, { post: lehrstellenPost }),
  C('de', [], `Glückwunsch zum Bachelor! Als Praxisanleiterin freut mich so ein Dank an Sabine sehr – die Anleitung im Schichtdienst wird oft unterschätzt.`, { post: bachelorPost, hard: h }),
  C('de', [], `Bei uns hat das Gehaltsband in der Anzeige die Zahl der Bewerbungen halbiert, aber die Passung deutlich verbessert. Die Unruhe im Team war nach zwei Monaten vorbei.`, { post: gehaltPost }),
  C('de', [], `Danke fürs Teilen! Eine Frage dazu: Gelten die Fokuszeiten auch für das Bürgerbüro am Schalter oder nur für die Sachbearbeitung?`, { post: fokusPost, hard: h }),
  C('de', [], `Gratuliere, Frau Prof. Keller! Ihre Vorlesung zum Arbeitsrecht in Bern war der Grund, warum ich mich für dieses Fach entschieden habe. Basel kann sich freuen.`, { post: professorPost, hard: h }),
  C('de', [], `😂🙈 Genau so war es bei uns im Spital auch, nur mit Fondue statt Pasta. Wer hat bei euch am Ende abgewaschen?`, { post: kochPost, hard: h }),
  C('de', [], `Super Beitrag. Eine Ergänzung aus der Schulsozialarbeit: Bei uns helfen Schätzaufgaben aus dem Alltag – wie viele Liter Wasser braucht die Schule pro Tag?`, { post: mathePost, hard: h }),

  // --- German: generisch ---
  C('de', ['comment.generic'], `Toller Beitrag! 👍`, { post: forecastPost }),
  C('de', ['comment.generic'], `Gratuliere! 🎉`, { post: professorPost }),
  C('de', ['comment.generic'], `Danke fürs Teilen!`, { post: appPost }),
  C('de', ['comment.generic'], `Super, weiter so!`, { post: wiederPost }),
  C('de', ['comment.generic'], `Sehr spannend.`, { post: viertagePost }),
  C('de', ['comment.generic'], `Herzlichen Glückwunsch, liebe Sabine! 🥳`, { post: hrAwardPost, hard: h }),
  C('de', ['comment.generic'], `Stark! 💪🔥`, { post: bachelorPost, hard: h }),
  C('de', ['comment.generic'], `Interessant!`, { post: lokalPost }),
  C('de', ['comment.generic'], `👏👏👏`, { post: kochPost }),
  C('de', ['comment.generic'], `Wow, danke dir! 🙏`, { post: mathePost, hard: h }),
  C('de', ['comment.generic'], `Vielen Dank für diesen wertvollen Beitrag, liebe Frau Huber. Sehr inspirierend und absolut lesenswert!`, { post: appPost, hard: h }),

  // --- German: Verkauf ---
  C('de', ['comment.sales-pitch'], `Spannendes Thema! Mit unserer Software für Dienstplanung sparen Kliniken bis zu 20 % Überstunden. Schreiben Sie mir gern eine PN für eine kostenlose Demo.`, { post: dienstPost, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Falls jemand einen Treuhänder sucht: Wir übernehmen Buchhaltung und Steuern für KMU ab CHF 150 pro Monat. Meldet euch per DM!`, { post: forecastPost }),
  C('de', ['comment.sales-pitch'], `Genau deshalb haben wir unser Bewerbermanagement-Tool entwickelt – über 300 Unternehmen im DACH-Raum antworten damit innert 48 Stunden. Ich zeige Ihnen gern in 15 Minuten, wie das funktioniert.`, { post: gehaltPost, hard: h }),
  C('de', ['comment.sales-pitch'], `Liebe Grüße aus Wien! Ich biete genau dafür ein Coaching für Führungskräfte nach der Karenz an – aktuell mit 25 % Rabatt. Bei Interesse einfach eine Nachricht schicken. 😊`, { post: wiederPost, hard: h }),
  C('de', ['comment.sales-pitch'], `Starker Beitrag! Übrigens suchen wir aktuell Pflegefachkräfte (m/w/d) mit 500 € Wechselprämie – einfach per DM bewerben!`, { post: dienstPost, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr guter Punkt! Ich habe dazu ein E-Book geschrieben, das ihr euch hier für 29 € sichern könnt – nur diese Woche zum Einführungspreis.`, { post: zielPost, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Wer beim Wiedereinstieg Unterstützung braucht: Mein Online-Kurs "Comeback nach der Elternzeit" startet Montag, nur noch 5 Plätze frei! Link im Profil.`, { post: elternzeitPost }),
]);
