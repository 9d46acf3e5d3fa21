import { C, named } from './types';

// Sixth held-out split (issue #3), comments. Written from docs/rules.md only (see invite.heldout6.ts).
const h = true;

const NURSE = `Letzte Woche hat mir eine Patientin gesagt: «Sie sind die Erste, die heute nicht auf die Uhr schaut.» Seither setzen wir uns beim Eintreten zuerst hin. Die Klingelrufe sind um einen Viertel gesunken.`;
const APPRENTICES = `3 things I learned from hiring 40 apprentices in 6 years: grades say little, parents matter, and the best coaches are not always the best craftsmen.`;
const PROMO = `Ich freue mich, euch mitzuteilen, dass ich ab 1. März die Leitung Private Banking der Berner Kantonalbank in Thun übernehme.`;
const JOBSWITCH = `After 9 years at Zurich Insurance, Friday was my last day. Next month I start at a small insurtech in Zug, building the claims process from scratch.`;
const INVOICING = `Most Swiss SMEs lose weeks every year to manual invoicing. How do you handle reminders in your company?`;
const FARM = `Frage an alle Landwirtinnen und Landwirte: Wie organisiert ihr die Stellvertretung, wenn ihr krank seid? Der Betriebshelferdienst hat bei uns zweimal abgesagt.`;
const CAREER = `Two years ago I was a primary school teacher. Today I shipped my first feature as a junior developer. Career changers, which old skills surprised you most?`;
const HOTEL = `Diesen Sommer kamen in unser Hotel in Grindelwald zum ersten Mal mehr Gäste aus Indien als aus Deutschland. Wie habt ihr euer Angebot angepasst?`;
const LAW = `Legal Tech rechnet sich nur mit Pauschalen, nicht mit Stundenhonoraren. Wie löst ihr das in euren Kanzleien?`;
const AWARD = `Our watch restoration workshop in La Chaux-de-Fonds just won the Prix Artisanat 2026 – thanks to Aurélie, Samuel and Mehdi.`;
const HIRING = `We're hiring two apprentices (Informatiker/in EFZ) for August 2027 in our Bern office.`;
const RETIRE = `Seit drei Monaten bin ich pensioniert und begleite jetzt Jugendliche beim Bewerbungsschreiben. Plant nicht nur die Finanzen, plant auch, wo ihr gebraucht werdet.`;
const B1 = `Is B1 German a real blocker for analyst roles in Basel pharma, or can English be enough in some teams?`;

export default named('comment-heldout6', [
  // --- clean: short but specific, questions, experiences, resources without selling ---
  C('de', [], `Das mit dem Hinsetzen nehme ich morgen mit auf unsere Station im Triemli.`, { post: NURSE, hard: h }),
  C('en', [], `Number 2 is underrated. We started inviting parents to the first day at our workshop in Uzwil and the dropout rate in year one halved.`, { post: APPRENTICES, hard: h }),
  C('de', [], `Gratuliere, Sandra! Thun bekommt damit eine Chefin, die zuhört – das habe ich bei der Nachfolgeregelung unseres Familienbetriebs erlebt.`, { post: PROMO, hard: h }),
  C('en', [], `Congrats Kevin – building claims from scratch is the dream. Talk to Eva Lanz at Simpego before you pick a core system, she went through exactly this in 2024.`, { post: JOBSWITCH, hard: h }),
  C('de', [], `Welche Versicherung?`, { post: FARM, hard: h }),
  C('en', [], `Which tool?`, { post: INVOICING, hard: h }),
  C('de', [], `Bei uns im Toggenburg haben sich vier Höfe zusammengetan und teilen sich eine Aushilfe, die jeweils 20 % bei jedem Betrieb arbeitet. Im Notfall springt sie dort ein, wo es brennt. Klappt seit zwei Jahren.`, { post: FARM }),
  C('en', [], `Classroom management → stakeholder management. I switched from nursing to product and the triage instinct is what I use most.`, { post: CAREER, hard: h }),
  C('de', [], `Spannend! Habt ihr auch die Zimmerpreise für Familien angepasst oder nur die Ausstattung?`, { post: HOTEL, hard: h }),
  C('de', [], `Wir haben bei Standardverträgen auf Pauschalen umgestellt und bei allem anderen die Stundenabrechnung behalten. Die Mandanten schätzen die Planbarkeit mehr, als wir dachten.`, { post: LAW }),
  C('en', [], `Well deserved – I saw Samuel's movement at the Musée international d'horlogerie last year and couldn't believe it was rebuilt from a drawing.`, { post: AWARD, hard: h }),
  C('de', [], `Danke, Ruth! Dein Tipp mit den Projekten statt Jahreszahlen im CV hat bei mir auch funktioniert – zwei Einladungen in einer Woche.`, { post: RETIRE, hard: h }),
  C('en', [], `The Federal Statistical Office has a good study on exactly this ("Transitions after vocational training", 2023) – worth a read before you set the requirements.`, { post: HIRING, hard: h }),
  C('en', [], `Depends on the team. In our QC lab at Roche in Kaiseraugst English is enough, but on the production floor you'll struggle without German. Keep going with the evening classes!`, { post: B1, hard: h }),
  C('de', [], `Ich würde dir widersprechen: Bei uns hat die Pauschale dazu geführt, dass wir Randfälle schlechter prüfen. Wie verhindert ihr das?`, { post: LAW, hard: h }),
  C('en', [], `🙌 Finally someone says it: the reminders are the real pain, not the invoices.`, { post: INVOICING, hard: h }),
  C('de', [], `Merci für den Beitrag! Wir machen in der Pflege in Liestal etwas Ähnliches mit «erst zuhören, dann messen» – ich schicke dir gern unser Merkblatt, falls es dich interessiert.`, { post: NURSE, hard: h }),
  C('en', [], `We wrote up what worked for us in a free checklist, no sign-up needed: admin.ch has the QR-bill specs, and our notes are on GitHub under "swiss-qr-reminders".`, { post: INVOICING, hard: h }),
  C('de', [], `Sehr gut auf den Punkt gebracht. Genau das fehlt mir in der Pensionierungsplanung unserer Pensionskasse: Da geht es nur um Kapital oder Rente, nie um Aufgaben.`, { post: RETIRE, hard: h }),
  C('en', [], `Happy for you, Lea! The Zug office is lucky – your KYC clean-up was the reason we passed our last audit.`, { post: JOBSWITCH, hard: h }),
  C('de', [], `Hoi Reto, wann ist der nächste Schnuppertag? Mein Göttibub interessiert sich für Informatik.`, { post: HIRING, hard: h }),
  C('de', [], `Bei uns in der Spitex Sarnen haben wir dafür extra 5 Minuten pro Einsatz eingeplant – die Krankenkasse hat es akzeptiert.`, { post: NURSE, hard: h }),
  C('en', [], `Interesting – did the Indian guests book through agencies or directly? We see a big shift to direct bookings in Lauterbrunnen.`, { post: HOTEL, hard: h }),

  // --- comment.generic: stock comments that could stand under any post ---
  C('en', ['comment.generic'], `Great post!`, { post: NURSE }),
  C('de', ['comment.generic'], `Toller Beitrag! 👏`, { post: APPRENTICES }),
  C('de', ['comment.generic'], `Herzliche Gratulation zu diesem tollen Erfolg! Alles Gute für die Zukunft und viel Freude in der neuen Funktion.`, { post: PROMO, hard: h }),
  C('en', ['comment.generic'], `Congratulations on this well-deserved achievement! Wishing you all the best in your new role and continued success.`, { post: JOBSWITCH, hard: h }),
  C('en', ['comment.generic'], `Thanks for sharing`, { post: INVOICING }),
  C('de', ['comment.generic'], `Gratuliere!`, { post: AWARD }),
  C('en', ['comment.generic'], `👏👏👏`, { post: AWARD }),
  C('de', ['comment.generic'], `Spannend, danke fürs Teilen!`, { post: HOTEL, hard: h }),
  C('en', ['comment.generic'], `Very insightful, thanks for sharing this valuable content! 🙏`, { post: CAREER, hard: h }),
  C('de', ['comment.generic'], `Super Sache, weiter so! 💪`, { post: HIRING }),
  C('en', ['comment.generic'], `Well said, Anna! 💯`, { post: APPRENTICES, hard: h }),
  C('de', ['comment.generic'], `Sehr wertvoller Input, merci vielmal!`, { post: LAW, hard: h }),
  C('en', ['comment.generic'], `Couldn't agree more.`, { post: RETIRE, hard: h }),
  C('de', ['comment.generic'], `Wow, mega! 😍`, { post: AWARD }),
  C('en', ['comment.generic'], `So true! This is so important. 🙌`, { post: NURSE, hard: h }),
  C('de', ['comment.generic'], `Gratuliere, Reto! 🎉 Wohlverdient!`, { post: PROMO, hard: h }),
  C('en', ['comment.generic'], `Interesting perspective.`, { post: B1, hard: h }),
  C('de', ['comment.generic'], `Danke für diesen inspirierenden Beitrag, liebe Monika. Das regt zum Nachdenken an!`, { post: RETIRE, hard: h }),
  C('en', ['comment.generic'], `Amazing, congrats to the whole team!`, { post: AWARD, hard: h }),

  // --- comment.sales-pitch ---
  C('de', ['comment.sales-pitch'], `Interessant! Genau dafür haben wir eine Lösung entwickelt. Schreiben Sie mir eine PN für eine kostenlose Demo.`, { post: INVOICING, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], `Congrats on the new role! If you ever need help with payroll outsourcing, we offer 3 months free for new clients 😉`, { post: JOBSWITCH, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Had the same problem until we switched to InvoiceFlow. Happy to give you a 30% discount code – just DM me.`, { post: INVOICING, hard: h }),
  C('de', ['comment.sales-pitch'], `Als Laufbahncoach sehe ich das täglich. Mein nächstes Gruppenprogramm für Pensionierte startet im Mai, Infos und Anmeldung über den Link in meinem Profil.`, { post: RETIRE, hard: h }),
  C('de', ['comment.sales-pitch'], `Liebe Bauernfamilien, unsere Taggeldversicherung für Landwirte deckt genau diesen Fall ab – ab CHF 39 im Monat. Melden Sie sich für eine unverbindliche Offerte!`, { post: FARM, hard: h }),
  C('en', ['comment.sales-pitch'], `Great insights! 🔥 We help hotels like yours attract more Indian travellers with targeted campaigns. Let's hop on a quick call this week?`, { post: HOTEL, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr wahr. Übrigens: Mit unserem Deutschkurs «Business Deutsch B2 in 12 Wochen» schaffen das viele. Jetzt 20% Rabatt mit dem Code LINKEDIN20.`, { post: B1, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Love this! If any of your apprentices need a laptop, we have refurbished ThinkPads from CHF 249 – send me a message and I'll reserve some.`, { post: HIRING, skip: ['comment.generic'], hard: h }),
]);
