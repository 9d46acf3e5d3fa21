import { C, named } from './types';

// Eleventh held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's code or phrase lists, its results or earlier splits' texts.
// Comments under posts from dairies, hotels, hospitals, schools, municipalities, notaries, cyber teams and NGOs:
// one-word and emoji reactions (also with the author's name or nickname), congratulations that add a real question,
// "thanks for sharing" followed by an experience, disagreement, free resources without selling, people who mention
// their own job without pitching, and pitches disguised as questions, sympathy or social proof; Swiss German dialect,
// Austrian and German-German, non-native English and Gen-Z voices.
const h = true;

const promo = `Excited to share that I'm starting as Head of Operations at a medtech company in Zug next month! Grateful for everyone who supported me along the way.`;
const cheese = `After 40 years in the same cellar, I'm handing over the cheese dairy in Schangnau to my apprentice of old, Martin. Thank you to every farmer who delivered milk at 6 am.`;
const handover = `Handovers between shifts are where most information gets lost in home care. What has worked for your teams?`;
const checklist = `Quick question for the anaesthesiologists here: do you still use paper checklists in the OR, or has your hospital moved fully to digital?`;
const layoffs = `Yesterday I had to tell 23 colleagues at our logistics company that their jobs are ending in June. If you're hiring in Central Switzerland, please look at their profiles.`;
const noshow = `No-shows are killing small hotels in the Alps. We lost 11% of our room nights to them last winter. How do you deal with it?`;
const fourday = `Wir haben in unserem Hotel im Zillertal die Vier-Tage-Woche für alle Saisonniers eingeführt. Die Bewerbungen haben sich verdoppelt. Wie sind eure Erfahrungen?`;
const phishing = `A phishing email almost got our finance team last Friday. What stopped it was a colleague who called the supplier on a known number. How does your company handle changed payment details?`;
const erb = `Fünf Dinge, die ich in 20 Jahren als Notarin über Erbverträge gelernt habe. Was hat euch bewogen, euch um eure Nachlassplanung zu kümmern?`;
const schedule = `Wir planen die Dienste auf unserer Station jetzt vier Wochen im Voraus. Die Krankheitsausfälle sind um ein Drittel gesunken.`;

export default named('comment-heldout11', [
  // --- comment.generic: could stand under any post ---
  C('en', ['comment.generic'], `Great post!`),
  C('de', ['comment.generic'], `Toller Beitrag, danke fürs Teilen! 👏`),
  C('en', ['comment.generic'], `Congrats Mike!! 🎉🎉`, { post: promo, hard: h }),
  C('de', ['comment.generic'], `Herzliche Gratulation, liebe Vreni! Wohlverdient.`, { post: promo, hard: h }),
  C('de', ['comment.generic'], `Gratuliere!`, { post: promo }),
  C('en', ['comment.generic'], `👏👏👏`),
  C('en', ['comment.generic'], `So true. This is exactly what more leaders need to hear.`, { post: handover, hard: h }),
  C('de', ['comment.generic'], `Sehr spannend, danke!`),
  C('en', ['comment.generic'], `Thanks for sharing, Anna — really insightful and inspiring as always!`, { post: phishing, hard: h }),
  C('de', ['comment.generic'], `Mega guet gschribe! 👍`),
  C('en', ['comment.generic'], `Agreed 💯`),
  C('de', ['comment.generic'], `Gratuliere herzlich zum neuen Job, Sepp! Alles Gute für die neue Herausforderung!`, { post: promo, hard: h }),
  C('en', ['comment.generic'], `Love this! Couldn't agree more. 🙌`, { hard: h }),
  C('de', ['comment.generic'], `Interessant.`),
  C('en', ['comment.generic'], `Well said, Dr. Meier. Very valuable insights for all of us in the industry.`, { post: checklist, hard: h }),
  C('de', ['comment.generic'], `Starker Post! Genau so ist es. 💪`, { hard: h }),
  C('en', ['comment.generic'], `Wow, congratulations to the whole team, well deserved!`, { hard: h }),
  C('de', ['comment.generic'], `Danke für deine wertvollen Gedanken, liebe Katrin. Immer wieder inspirierend!`, { post: schedule, hard: h }),

  // --- comment.sales-pitch: pitches an offer or asks people to DM for one ---
  C('en', ['comment.sales-pitch'], `Great insights! At CloudNest we help companies with exactly this — DM me for a free 30-day trial.`, { post: phishing, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Spannendes Thema! Wir bieten genau dafür Workshops an – schreiben Sie mir eine PN für unser Angebot.`, { post: handover, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], `Curious — have you tried automated deposit requests? Our booking tool cut no-shows by 38% for 60+ hotels in the Alps. Happy to show you in a 15-min call.`, { post: noshow, hard: h }),
  C('de', ['comment.sales-pitch'], `Mir händ genau für das es Tool entwicklet, wo d Dienstplän automatisch macht. Schriib mer es PN, denn chani dir en Testzuegang gä 😉`, { post: schedule, hard: h }),
  C('en', ['comment.sales-pitch'], `So sorry to hear this. If your colleagues need help landing their next role, my career coaching package gets clients hired in 60 days on average — first session is 50% off this month.`, { post: layoffs, hard: h }),
  C('de', ['comment.sales-pitch'], `Genau deshalb sollten Sie auf unsere Cyber-Versicherung für KMU setzen – ab CHF 29 pro Monat. Melden Sie sich für eine Offerte!`, { post: phishing }),
  C('en', ['comment.sales-pitch'], `We solved this for a cantonal hospital in Aarau last year — saved them 1,200 nursing hours. Drop me a message and I'll show you how our scheduling platform works.`, { post: handover, hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr wichtiger Punkt, Frau Magister! Als Vermögensberater unterstütze ich Ärztinnen genau bei dieser Frage – gerne stelle ich Ihnen unser Vorsorgekonzept in einem kostenlosen Erstgespräch vor.`, { post: erb, hard: h }),
  C('en', ['comment.sales-pitch'], `DM me for the full template pack, only $29 today! 🔥`),
  C('de', ['comment.sales-pitch'], `Wer Hilfe bei der Umsetzung braucht: Unsere Agentur hat im Dezember noch zwei freie Plätze. Einfach PN!`),
  C('en', ['comment.sales-pitch'], `this is so real 😭 btw if anyone needs a resume glow-up i do CV reviews for 19 bucks, link in bio 💅`, { post: layoffs, hard: h }),
  C('de', ['comment.sales-pitch'], `Danke für den Beitrag! Wir haben dazu eine Software entwickelt, die genau diese Lücke schliesst – 14 Tage kostenlos testen, Link in meinem Profil.`, { post: fourday, hard: h }),
  C('en', ['comment.sales-pitch'], `If anyone wants a shortcut: our online course "Cheese Affinage Masterclass" covers all of this in 12 videos. Early-bird price ends Friday.`, { post: cheese, hard: h }),
  C('de', ['comment.sales-pitch'], `Gratuliere! Übrigens: Für neue Führungskräfte biete ich ein exklusives Coaching zum Sonderpreis an. Interesse? Schreib mir!`, { post: promo, skip: ['comment.generic'] }),

  // --- clean: adds a thought, an experience, a question or a free resource ---
  C('en', [], `Congrats, Priya! Which market will you launch the new insulin pen in first — Germany or the Nordics?`, { post: promo, hard: h }),
  C('de', [], `Gratuliere, Küde! 40 Jahre im gleichen Käsekeller ist eine Ansage. Wer übernimmt jetzt die Rotschmiere?`, { post: cheese, hard: h }),
  C('en', [], `Thanks for sharing — we had exactly the same problem in our Spitex team. What helped was a shared handover sheet that the night shift fills in before 6 am.`, { post: handover, hard: h }),
  C('de', [], `Toller Beitrag! Bei uns in der Schreinerei haben wir es umgekehrt gemacht: zuerst die Lernenden gefragt, dann die Maschinen gekauft. Hat sich gelohnt.`, { hard: h }),
  C('en', [], `I'd push back a little: in our hospital, paper checklists survived precisely because the Wi-Fi in the OR is unreliable. Digital only works if the infrastructure does.`, { post: checklist, hard: h }),
  C('de', [], `Danke für die Einschätzung. Gilt das auch für Teilzeitangestellte mit weniger als 8 Stunden pro Woche? Da bin ich mir bei unseren Aushilfen nicht sicher.`, { hard: h }),
  C('en', [], `The federal SME portal published a free guide on exactly this last year (no sign-up needed). It saved me hours when I updated our privacy notice.`, { hard: h }),
  C('de', [], `Mega spannend! Bi üs im Hotel z Zermatt händ mir d Vier-Tage-Wuche au probiert – d Lüt sind blibe, aber d Planig isch e Herusforderig. Wie löset ihr das mit de Ferie?`, { post: fourday, hard: h }),
  C('en', [], `Congratulations on the new role! Your talk on vaccine cold chains at the Logistics Day is still the one I quote most often.`, { post: promo, hard: h }),
  C('de', [], `Als Lehrerin kenne ich das gut. Mein Trick: Elterngespräche nur noch bis 19 Uhr, und das steht schon im ersten Elternbrief.`, { hard: h }),
  C('en', [], `Full disclosure, I work for a company that sells scheduling software — but honestly the biggest win for us was the rule you mention: plans four weeks ahead. No tool needed for that.`, { post: schedule, hard: h }),
  C('de', [], `Herzliche Gratulation zur Pensionierung, Ruedi! Dein Rat mit dem Telefon vor der Verfügung hängt bei uns im Büro an der Wand.`, { hard: h }),
  C('en', [], `Interesting — but how did you measure "quieter people speaking more"? I'd love to try this with my team in Geneva and need something to show my manager.`, { hard: h }),
  C('de', [], `Sehr gut auf den Punkt gebracht. Ergänzen würde ich: Auch die Hausärztin sollte wissen, wo das Testament liegt – das hat uns bei meiner Mutter viel Ärger erspart.`, { post: erb, hard: h }),
  C('en', [], `Agreed on the callback rule. We added one more step: the person who calls can't be the person who approves the payment. Caught two fraud attempts so far.`, { post: phishing, hard: h }),
  C('de', [], `Wir haben letztes Jahr an der Kantonsschule Baden genau das getestet. Die Schülerinnen haben zuerst protestiert und nach drei Wochen darum gebeten, es beizubehalten.`, { hard: h }),
  C('en', [], `I am from Brazil too and working in Basel. For me the biggest surprise was that people here never answer emails on weekend, and it is normal! Took me time to understand.`, { hard: h }),
  C('de', [], `Servus Michi, bei uns im Pinzgau hat's mit der Vier-Tage-Woche gut funktioniert, aber nur weil wir die Unterkunft im Ort haben. Wo sind eure Mitarbeiter untergebracht?`, { post: fourday, hard: h }),
  C('en', [], `Sorry to hear about the layoffs, Tom. I run warehouse operations at a distributor in Rotkreuz and we're hiring two shift leads — happy to pass your colleagues' profiles to our HR.`, { post: layoffs, hard: h }),
  C('de', [], `Danke fürs Teilen, Sabine. Weisst du, ob die Zahlen auch für Bergbetriebe gelten? Bei uns auf 1'200 Metern sieht die Rechnung mit dem Futter ganz anders aus.`, { hard: h }),
  C('en', [], `What a lovely story. My grandmother played the organ in a prison chapel for 20 years and said the same thing about the audience. Did you play any encores?`, { hard: h }),
  C('de', [], `Spannend, aber ich sehe es anders: Gerade in kleinen Gemeinden fehlt nicht die IT, sondern das Personal, das sie bedient.`, { hard: h }),
  C('en', [], `Gen-Z intern here 🙋‍♀️ number 3 is so real. I asked what a "Handelsregisterauszug" was on day one and my supervisor printed one out and explained it line by line.`, { hard: h }),
  C('de', [], `Liebe Katrin, dein Punkt mit dem Feedback hat mich zum Nachdenken gebracht. Ich werde in den nächsten Gesprächen mal ein konkretes Beispiel pro Person aufschreiben.`, { hard: h }),
  C('en', [], `We wrote up our experience with reuse vs. demolition for a school in Winterthur — it's a free PDF on the SIA website, no registration. Happy to answer questions about the costs.`, { hard: h }),
  C('de', [], `Wer das Thema vertiefen will: Pro Senectute hat eine kostenlose Broschüre zum Vorsorgeauftrag herausgegeben, sehr verständlich geschrieben.`, { post: erb, hard: h }),
  C('en', [], `Congrats! 🎉 Did the new shift model come from the team itself or from management? That usually decides whether it sticks.`, { post: schedule, hard: h }),
  C('de', [], `Danke, spannend! Habt ihr die Wartezeiten vor und nach der Umstellung selbst gemessen oder stammen die Zahlen aus dem Ticketsystem?`, { hard: h }),
]);
