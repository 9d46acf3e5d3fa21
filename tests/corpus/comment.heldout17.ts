import { C, named } from './types';

const h = true;

/**
 * heldout17 (blind): comments under posts from an ordinary LinkedIn week: real additions that open
 * with "Great post" or "Congrats", disagreements, questions, tags with a reason, disclosed vendors
 * sharing a resource, one-liners that fit under any post, and pitches (open, disguised as
 * experience, as a question, with discount codes). English and German (Swiss "ss", Germany,
 * Austria; Sie and du). Labelled from docs/rules.md only, without looking at the engine.
 */

const safety = 'Our depot team in Frauenfeld just won the Swiss Logistics Safety Award. Zero lost-time accidents in 900 days, thanks to Ana, Marco and every driver who reported a near miss. What was the one habit that changed safety in your team?';
const phishing = 'We ran monthly phishing simulations at our hospital for a year. Click rates went from 19% to 6%. The secret was not the tests, it was the 5-minute debrief afterwards. How do you train staff without making them feel stupid?';
const fourDay = 'Question for nurses and ward managers: our hospital is discussing a pilot with 4-day weeks at 90% pay for night staff. Has anyone tried this? What happened to sick days and overtime?';
const cloud = 'How we cut our cloud bill by 38% without a new tool: turned off staging at night, moved old logs to cold storage, right-sized 40 databases. Which boring fix saved you the most money?';
const promo = "Excited to share that I've been promoted to Head of Operations at our Zurich plant after six years on the shop floor and in planning.";
const scheduling = 'Rota planning in our care home still takes our ward managers a full day every month. We have tried three tools and went back to Excel every time. What actually works?';
const bakery = 'Our bakery switched from printed order lists to a shared tablet in the kitchen. Week three, waste of unsold bread was down by a fifth. Fellow food producers: which small digital step paid off for you?';
const romansh = 'Our reading app for primary schools is now available in Romansh. It stays free for public schools. Teachers in Graubünden: which books should we add first?';
const baitEssay = "Every second post in my feed ends with 'Comment YES and I'll send you the PDF'. I would rather put the PDF in the post. Am I the only one who scrolls past these?";
const apprentices = 'We are hiring two apprentices as automation technicians for August 2027 in Schaffhausen. Know a teenager who likes taking things apart? Send them my way.';
const lateLearner = 'I passed the exam as a driving instructor at 52, after 25 years in insurance. What did you learn later in life than you expected?';
const leadership = 'Since my father\'s stroke we write down who decides what before a project starts. Have you had a moment that changed how you lead?';

const luecken = 'Wir fragen im Bewerbungsgespräch nicht mehr „Warum die Lücke?“, sondern „Was haben Sie in dieser Zeit gelernt?“. Wie geht ihr mit Lücken im Lebenslauf um?';
const preis = 'Unser Team hat den Innovationspreis gewonnen. Der Preis gehört Leandra, die die Idee hatte, und Pascal, der nächtelang am Prototyp gelötet hat. Wer hatte in eurem Team die Idee, an die niemand geglaubt hat?';
const evoting = 'Kurze Frage an alle Gemeindeschreiberinnen und Gemeindeschreiber: Wie habt ihr die elektronische Stimmabgabe für Auslandschweizer organisiert?';
const teilzeit = 'Als mein Sohn krank wurde, habe ich zum ersten Mal Teilzeit gearbeitet und gelernt, Aufgaben abzugeben. Habt ihr auch erlebt, dass weniger Präsenz mehr Führung war?';
const spitex = 'Heute ist unsere Spitex-App live: Angehörige sehen neu, wann die Pflegefachperson kommt und was gemacht wurde. Was würdet ihr als Nächstes verbessern?';
const gastro = 'Fünf Dinge aus 15 Jahren Gastronomie in Wien: Die Küche macht die Stimmung, Stammgäste vor Bewertungen, Trinkgeld fair teilen, Lieferanten sind Partner, Ruhetage sind heilig. Was würdet ihr ergänzen?';
const druck = 'Wie wir in unserer Druckerei den Papierabfall um ein Viertel reduziert haben: Makulatur gewogen, Einrichtebögen aus Restpapier, Standardformate. Welche kleine Massnahme hat bei euch am meisten gebracht?';
const uebergabe = 'Als Quereinsteigerin von der Pflege in die Informatik habe ich gelernt: Übergaben sind alles. Wir machen jetzt vor jeder Abwesenheit eine 10-Minuten-Übergabe. Wie macht ihr das?';
const stelle = 'Ich freue mich, ab Januar die Leitung der Pflege im Kantonsspital Baden zu übernehmen. Danke an mein Team in Aarau!';
const checkliste = 'Statt „Kommentiere JA“ hier unsere Checkliste für die Lehrlingsselektion direkt im Post: Schnupperlehre vor dem Test, Eltern zum Infoabend einladen, Absagen persönlich begründen. Was steht auf eurer Liste?';
const lehrstellen = 'Wir suchen ab August 2027 zwei Lernende als Elektroinstallateur/in EFZ in Chur. Kennst du jemanden, der gerne anpackt?';
const schicht = 'Die Schichtplanung in unserem Pflegeheim dauert jeden Monat einen ganzen Tag. Drei Tools haben wir getestet, immer zurück zu Excel. Was funktioniert bei euch wirklich?';
const energie = 'Unser Hotel in Zell am See hat die Energiekosten in zwei Jahren um ein Drittel gesenkt – vor allem durch Wärmerückgewinnung in der Küche. Welche Massnahmen haben bei euch gewirkt?';

export default named('comment-heldout17', [
  // ---- English: clean ----
  C('en', [], 'Congrats to the whole depot! The near-miss log is the part I would love to copy – do drivers fill it in on paper or in an app?', { post: safety, hard: h }),
  C('en', [], 'Great post, Priya. We ran the same drill and click rates only dropped once we stopped naming and shaming people in the monthly report.', { post: phishing, hard: h }),
  C('en', [], 'Thanks for sharing! From the nursing side: night staff in our unit prefer fewer, longer shifts, so the 4-day model might land better with them than with day staff.', { post: fourDay, hard: h }),
  C('en', [], 'Agreed. In our pharmacy the cheapest fix was also the most effective one: a red tray for every high-risk drug. It took one afternoon to set up.', { post: safety, hard: h }),
  C('en', [], "If it helps: the Federal Office of Public Health published a free guide on shift models in hospitals last year, with data from six Swiss pilots. It's on their website under workforce.", { post: fourDay, hard: h }),
  C('en', [], 'Disclosure: I work for a cloud monitoring vendor, so take this with a grain of salt – but in our customer data, switching off staging at night is the single biggest saving, regardless of tool.', { post: cloud, hard: h }),
  C('en', [], 'Careful with the cold storage part: we got burned in an audit that needed 60-day-old logs within 24 hours. Worth checking retention rules first.', { post: cloud, hard: h }),
  C('en', [], 'I see it differently: in our small bakery the tablet became one more thing to clean and charge. A paper list on the wall still wins for us.', { post: bakery }),
  C('en', [], 'Romansh! My grandmother would have loved this. Sending it to the school in Scuol right now.', { post: romansh, hard: h }),
  C('en', [], "Funny how 'comment YES' posts get 2,000 comments and zero conversations. Your PDF-in-the-post approach is the one I actually saved.", { post: baitEssay, hard: h }),
  C('en', [], '@Lea Baumann this could be something for your brother, he spent the whole summer rebuilding that old moped.', { post: apprentices, hard: h }),
  C('en', [], 'Happened to me at 50 when I switched from banking to teaching. The hardest part was not the content but asking 23-year-olds for help.', { post: lateLearner }),
  C('en', [], "👏 The 'who decides what' list is gold. We do a RACI at kickoff and never look at it again – how do you keep yours alive?", { post: leadership, hard: h }),
  C('en', [], 'Congratulations, Tobias – six years from the shop floor to running the plant says a lot about the place and about you. What is the first thing you want to change?', { post: promo, hard: h }),
  C('en', [], 'Do you know, Marc, whether the Basel hospitals saw the same effect on sick days? Our HR team keeps quoting a study from Sweden that points the other way.', { post: fourDay, hard: h }),
  C('en', [], 'We went back to Excel too, until we let the nurses build the template themselves. Took two evenings and nobody has asked for a tool since.', { post: scheduling, hard: h }),
  // ---- English: generic ----
  C('en', ['comment.generic'], 'Great post!', { post: cloud }),
  C('en', ['comment.generic'], 'Congrats! 🎉', { post: promo }),
  C('en', ['comment.generic'], 'Thanks for sharing 🙏', { post: phishing }),
  C('en', ['comment.generic'], 'Interesting.', { post: bakery }),
  C('en', ['comment.generic'], '👏👏👏', { post: safety }),
  C('en', ['comment.generic'], 'So true! Love this.', { post: leadership, hard: h }),
  C('en', ['comment.generic'], 'Well said, Daniel. This is so important.', { post: leadership, hard: h }),
  C('en', ['comment.generic'], 'Congratulations on this well-deserved achievement, wishing you all the best for the next chapter of your journey!', { post: promo, hard: h }),
  C('en', ['comment.generic'], 'Insightful as always. Keep it up! 💯', { post: cloud, hard: h }),
  // ---- English: sales ----
  C('en', ['comment.sales-pitch'], 'Great post! We help care homes solve exactly this with our AI rota tool – DM me for a free 30-day trial.', { post: scheduling, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], 'Happy to help here – our agency offers LinkedIn ghostwriting for executives from CHF 800/month. Send me a DM.', { post: baitEssay }),
  C('en', ['comment.sales-pitch'], 'If anyone here needs a new website for their bakery, I build them at a flat price of 990. Message me!', { post: bakery }),
  C('en', ['comment.sales-pitch'], 'Have you considered a purpose-built tool? Ours does rota planning for care homes out of the box – happy to show you in a quick demo.', { post: scheduling, hard: h }),
  C('en', ['comment.sales-pitch'], 'We had the same problem until we switched to ShiftPilot. I recommend it to everyone now – use my code SHIFT20 for 20% off the first year.', { post: scheduling, hard: h }),
  C('en', ['comment.sales-pitch'], 'Anyone who wants to make the same jump: I have 2 coaching slots left this month. DM me "READY".', { post: lateLearner }),
  C('en', ['comment.sales-pitch'], 'Agree 100%. That is exactly why I built my online course on safety culture – link in my profile, early-bird price ends Friday.', { post: safety, hard: h }),
  C('en', ['comment.sales-pitch'], 'Love this! Our cleaning company covers the whole Zurich region, and new clients get their first cleaning at 50% off. Drop me a message 🙂', { post: bakery, hard: h }),

  // ---- German: clean ----
  C('de', [], 'Toller Beitrag! Bei uns fragen wir inzwischen auch nach dem Gelernten statt nach der Lücke – die Gespräche sind viel ehrlicher geworden.', { post: luecken, hard: h }),
  C('de', [], 'Gratuliere, Leandra und Pascal! Wie lange hat es vom ersten Prototyp bis zur ersten Kundin gedauert?', { post: preis, hard: h }),
  C('de', [], 'Danke fürs Teilen. Bei uns in Stäfa hat die Einführung fast zwei Jahre gedauert, weil zuerst das Stimmregister bereinigt werden musste. Plant dafür genug Zeit ein.', { post: evoting, hard: h }),
  C('de', [], 'Falls es hilft: Das SECO hat eine kostenlose Broschüre zu Teilzeit in Führungspositionen herausgegeben, sehr praxisnah und mit Beispielen aus KMU.', { post: teilzeit, hard: h }),
  C('de', [], 'Transparenzhinweis: Ich arbeite bei einem Softwareanbieter für Spitex-Organisationen. Trotzdem ehrlich: Die Idee mit den Angehörigen finde ich stark. Gab es Rückmeldungen zum Datenschutz?', { post: spitex, hard: h }),
  C('de', [], 'Sehe ich anders: In touristischen Orten wie Hallstatt sind Bewertungen leider oft wichtiger als Stammgäste, weil kaum jemand zweimal kommt.', { post: gastro }),
  C('de', [], 'Wie habt ihr die Makulatur gewogen – bei jedem Auftrag einzeln oder pro Schicht?', { post: druck }),
  C('de', [], 'Das kenne ich aus der Pflege genau so. Unsere Übergabe folgt dem ISBAR-Schema, vielleicht wäre das auch für die IT etwas?', { post: uebergabe }),
  C('de', [], 'Rätoromanisch! Meine Grossmutter hätte sich riesig gefreut. Leite es gleich an die Schule in Scuol weiter.', { post: romansh, hard: h }),
  C('de', [], '@Nina Brunner, wäre das nicht etwas für deinen Neffen, der immer an den Velos herumschraubt?', { post: lehrstellen, hard: h }),
  C('de', [], 'Stimmt. Ergänzung aus der Praxis: Bei uns hat die Berufsschule die Lerngruppen übernommen, und die Durchfallquote im ganzen Jahrgang ist gesunken.', { post: checkliste, hard: h }),
  C('de', [], 'Gratuliere herzlich zur neuen Stelle, Frau Meier! Baden hat mit der neuen Notfallstation gerade viel vor – worauf freuen Sie sich am meisten?', { post: stelle, hard: h }),
  C('de', [], '👍 Der Punkt mit den Ruhetagen ist so wahr. Seit wir sonntags und montags geschlossen haben, hat niemand mehr gekündigt.', { post: gastro, hard: h }),
  C('de', [], 'Danke, dass du die Checkliste einfach in den Post stellst. Den Infoabend für Eltern haben wir letztes Jahr eingeführt – seither gibt es fast keine Lehrabbrüche im ersten Semester mehr.', { post: checkliste, hard: h }),
  C('de', [], 'Servus Michi, ehrliche Frage: Wie teilt ihr das Trinkgeld zwischen Küche und Service auf? Bei uns gibt es da jedes Jahr Streit.', { post: gastro, hard: h }),
  C('de', [], 'Ging mir mit 47 genauso, als ich von der Bank in die Pflege gewechselt habe. Das Schwierigste war, mich von Jüngeren anleiten zu lassen – und genau das hat mich am meisten weitergebracht.', { post: teilzeit }),
  C('de', [], 'Wir sind ebenfalls zurück zu Excel – bis die Pflegefachleute die Vorlage selbst gebaut haben. Zwei Abende Arbeit, seither fragt niemand mehr nach einem Tool.', { post: schicht, hard: h }),
  // ---- German: generic ----
  C('de', ['comment.generic'], 'Toller Beitrag!', { post: luecken }),
  C('de', ['comment.generic'], 'Gratuliere! 🎉', { post: stelle }),
  C('de', ['comment.generic'], 'Danke fürs Teilen 🙏', { post: druck }),
  C('de', ['comment.generic'], 'Spannend.', { post: uebergabe }),
  C('de', ['comment.generic'], 'Sehr interessant, danke!', { post: spitex }),
  C('de', ['comment.generic'], '👍👍', { post: preis }),
  C('de', ['comment.generic'], 'Herzlichen Glückwunsch zu diesem wohlverdienten Erfolg und alles Gute für die Zukunft!', { post: stelle, hard: h }),
  C('de', ['comment.generic'], 'Wow, super! Weiter so 💪', { post: preis, hard: h }),
  C('de', ['comment.generic'], 'Sehr guter Punkt, Thomas. Das unterschreibe ich sofort.', { post: teilzeit, hard: h }),
  C('de', ['comment.generic'], 'Genau so ist es!', { post: luecken, hard: h }),
  // ---- German: sales ----
  C('de', ['comment.sales-pitch'], 'Toller Beitrag! Genau dafür haben wir unsere Dienstplan-Software entwickelt – schreiben Sie mir für eine kostenlose Testphase.', { post: schicht, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], 'Wer Unterstützung bei der Buchhaltung braucht: Wir machen das ab CHF 79 pro Monat. Einfach per PN melden!', { post: druck }),
  C('de', ['comment.sales-pitch'], 'Kennen Sie schon unsere Lösung? Damit sparen Pflegeheime 30 % Zeit bei der Schichtplanung. Gerne zeige ich sie Ihnen in einer kurzen Demo.', { post: schicht, hard: h }),
  C('de', ['comment.sales-pitch'], 'Hatten wir auch, bis wir auf ZeitFix umgestiegen sind. Mit meinem Code ZEIT20 bekommst du 20 % Rabatt 😉', { post: schicht, hard: h }),
  C('de', ['comment.sales-pitch'], 'Falls jemand einen Coach für den Wiedereinstieg sucht: Ich habe im Dezember noch zwei Plätze frei. Schreib mir einfach „START“ per DM.', { post: teilzeit }),
  C('de', ['comment.sales-pitch'], 'Sehr wahr! Deshalb biete ich genau dazu ein Online-Seminar an – Frühbucherpreis nur bis Freitag, Link in meinem Profil.', { post: uebergabe, hard: h }),
  C('de', ['comment.sales-pitch'], 'Unser Reinigungsunternehmen ist in der ganzen Region Bern tätig – Neukunden erhalten die erste Reinigung zum halben Preis. Melden Sie sich!', { post: druck }),
  C('de', ['comment.sales-pitch'], 'Spannendes Thema! Wir bieten Energieberatungen für Hotels an, die im Schnitt 20 % Kosten sparen. Darf ich Ihnen ein unverbindliches Angebot schicken?', { post: energie, skip: ['comment.generic'], hard: h }),
]);
