import { I, named } from './types';

// Fourth held-out split (issue #3): hard cases written from docs/rules.md only, scored blind once
// (results-heldout4-blind.txt) before anyone tunes on them.
const h = true;

export default named('invite-heldout4', [
  // --- polite formulas that are still specific (clean) ---
  I('en', [], 'Hi Priya, I\'d like to add you to my professional network – your talk at the Basel Data Science meetup on forecasting hospital bed demand was exactly the problem we are stuck on at Kantonsspital Olten.', { to: 'Priya Raman', hard: h }),
  I('de', [], 'Guten Tag Frau Egli, gerne möchte ich Sie zu meinem beruflichen Netzwerk hinzufügen. Ihr Artikel in der Schweizer Gemeinde über digitale Baubewilligungen hat bei uns im Bauamt Wohlen eine lange Diskussion ausgelöst.', { to: 'Barbara Egli', hard: h }),
  I('en', [], 'Dear Mr. Achermann, I came across your profile while researching timber construction in Central Switzerland, and your Holzbau award for the school in Stans stood out. I\'m studying architecture at HSLU and would value your view on my thesis topic.', { to: 'Thomas Achermann', hard: h }),
  I('de', [], 'Hallo Jana, ich würde mich freuen, mein Netzwerk mit dir zu erweitern – wir sassen am Freitag beim UX-Stammtisch in Winterthur nebeneinander und du hast von eurem Barrierefreiheits-Audit erzählt.', { to: 'Jana Meier', hard: h }),
  I('de', [], 'Sehr geehrter Herr Dr. Baumgartner, ich bin auf Ihr Profil gestossen, weil Sie als Mitautor der neuen SIA-Norm zur Gebäudeautomation genannt werden. Dürfte ich Ihnen zwei Fragen zur Umsetzung in bestehenden Schulhäusern stellen?', { to: 'Dr. Kurt Baumgartner', hard: h }),
  I('en', [], 'Hello Ms. Osei, it would be a pleasure to connect. We met briefly after your panel on refugee integration at the Bern job fair, and I\'d love to follow up on your idea of mentoring pairs in the trades.', { to: 'Abena Osei', hard: h }),

  // --- sign-off with the sender's name (clean) ---
  I('de', [], 'Liebe Frau Widmer, vielen Dank für die Führung durch Ihre Käserei in Gruyères letzte Woche. Unsere Lernenden reden immer noch davon! Herzliche Grüsse, Martin Studer', { to: 'Corinne Widmer', from: 'Martin Studer', hard: h }),
  I('en', [], 'Hi Grace, thanks for the tip about the Zurich startup visa at the Impact Hub breakfast. I\'ll let you know how the application goes.\n\nCheers,\nDaniel', { to: 'Grace Kim', from: 'Daniel Bachmann', hard: h }),
  I('de', [], 'Hoi Nadia, es war super, dich am Frauenlauf in Bern kennenzulernen! Wie besprochen schicke ich dir die Unterlagen zum Mentoringprogramm der Kantonalbank. Liebe Grüsse, Sibylle', { to: 'Nadia Rossi', from: 'Sibylle Marti', hard: h }),
  I('en', [], 'Dear Professor Hughes, your lecture on antibiotic resistance in Swiss rivers at ETH was fascinating. I\'m a lab technician at the cantonal water office and would love to hear about your sampling methods.\nKind regards,\nStefan Wyss', { to: 'Prof. Margaret Hughes', from: 'Stefan Wyss', hard: h }),
  I('de', [], 'Guten Abend Herr Keller, Ihre Antwort in der Gruppe zu Lohnabrechnungen für Teilzeitangestellte hat mir sehr geholfen. Gruss aus Frauenfeld, Thomas', { to: 'Andreas Keller', from: 'Thomas Graf', hard: h }),

  // --- nicknames and short forms of the recipient's name (clean) ---
  I('de', [], 'Hoi Sepp, danke nochmals, dass du mir am Älplerfest die Geschichte eurer Sennerei erzählt hast. Ich möchte das gerne für unseren Gemeindeblog aufschreiben.', { to: 'Josef Gisler', hard: h }),
  I('de', [], 'Servus Hansi, schön, dass wir uns nach so vielen Jahren auf der Fachmesse in Wels wiedergesehen haben! Lass uns wegen der Kooperation mit eurer Lehrwerkstatt telefonieren.', { to: 'Johannes Huber', hard: h }),
  I('en', [], 'Hi Lexi! Great to finally meet you in person at the Women in Tech dinner in Geneva. Your point about negotiating a 4-day week before signing stuck with me.', { to: 'Alexandra Fontana', hard: h }),
  I('de', [], 'Liebe Vreni, vielen Dank für deine Hilfe beim Bazar der Landfrauen. Ohne deine Kassenlisten hätten wir den Überblick nie behalten!', { to: 'Verena Zürcher', hard: h }),
  I('de', [], 'Hoi Ueli, wir haben uns am Schwingfest in Zug über Baumaschinen unterhalten. Du hast erwähnt, dass ihr bei der Kiesgrube Lernende sucht – mein Neffe wäre interessiert.', { to: 'Ulrich Schmid', hard: h }),
  I('en', [], 'Hi Peggy, your workshop on grant writing at the Swiss Foundations conference was the most practical session of the day. Thank you!', { to: 'Margaret O\'Neill', hard: h }),
  I('de', [], 'Salü Chrigu, merci für die Tipps zur Buchhaltungssoftware am Gewerbeapéro in Burgdorf. Ich melde mich, sobald wir umgestellt haben.', { to: 'Christian Läderach', hard: h }),
  I('en', [], 'Hey Bob, Mei from the product team here. Loved your demo of the warehouse robot at the Lucerne robotics day – mind if I send you a couple of questions about the gripper?', { to: 'Robert Ackermann', hard: h }),
  I('de', [], 'Hallo Fränzi, schön, dass wir am Kurs für Praxisausbildnerinnen im gleichen Team waren. Ich schicke dir gerne die Vorlage für den Ausbildungsplan.', { to: 'Franziska Aebischer', hard: h }),

  // --- umlauts written ae/oe/ue, and the reverse (clean) ---
  I('de', [], 'Sehr geehrter Herr Mueller, vielen Dank für Ihren Vortrag zur Nachfolgeregelung in Familienbetrieben am KMU-Tag in St. Gallen. Wir stehen in unserer Druckerei genau vor dieser Frage.', { to: 'Jürg Müller', hard: h }),
  I('de', [], 'Liebe Frau Schaerer, Ihr Beitrag über Pflegefachpersonen aus den Philippinen hat mich sehr berührt. Ich arbeite in der Personalabteilung eines Spitals in Thun und würde mich gerne austauschen.', { to: 'Käthi Schärer', hard: h }),
  I('en', [], 'Hi Joerg, thanks for the walkthrough of your solar carport project at the Energy Day in Aarau. Could you share the name of the structural engineer you worked with?', { to: 'Jörg Brändle', hard: h }),
  I('de', [], 'Hallo Frau Grüter, wir haben uns am Elternabend der Musikschule Sursee kennengelernt. Wie besprochen schicke ich Ihnen die Infos zum Ferienlager.', { to: 'Monika Grueter', hard: h }),

  // --- third persons mentioned (clean) ---
  I('en', [], 'Hi Kwame, Maria Bernasconi told me you built the volunteer scheduling tool for the Zurich food bank. We\'re trying something similar in Lugano and would love to learn from your experience.', { to: 'Kwame Asante', hard: h }),
  I('de', [], 'Grüezi Frau Fischer, Herr Zimmermann von der Wirtschaftsförderung hat mir empfohlen, mich bei Ihnen zu melden. Wir planen in Sursee einen Coworking-Space und er meinte, Sie hätten mit dem in Willisau viel Erfahrung.', { to: 'Brigitte Fischer', hard: h }),
  I('en', [], 'Hello Tomás, my colleague Sarah Lüthi and I enjoyed your session on supply-chain audits in Basel. Sarah asked me to say thanks for the checklist!', { to: 'Tomás Herrera', hard: h }),
  I('de', [], 'Lukas Brunner meinte, du seist die richtige Person für Fragen zur Lehrlingsausbildung im Sanitärbereich. Ich bin Berufsbildner bei einem kleinen Betrieb in Sargans und hätte gerne deinen Rat.', { to: 'Patrick Hofer', hard: h }),
  I('en', [], 'Hi Hannah, David and I were at your team\'s open day at the Bern hospital last week. He still can\'t stop talking about your triage app – would you be open to a chat about it?', { to: 'Hannah Lehmann', hard: h }),
  I('de', [], 'Guten Tag Frau Rossi, Frau Dr. Widmer vom Kantonsspital hat mir gesagt, dass Sie das Projekt zur Spitex-Digitalisierung leiten. Ich schreibe darüber meine Bachelorarbeit an der FHNW.', { to: 'Elena Rossi', hard: h }),

  // --- wrong name, disguised (fires) ---
  I('de', ['invite.wrong-name'], 'Hoi Sepp, danke für die spannende Führung durch die Sägerei in Schwarzenburg!', { to: 'Johannes Huber', hard: h }),
  I('de', ['invite.wrong-name'], 'Sehr geehrter Herr Mueller, vielen Dank für Ihre Zeit am Stand der Berner Fachhochschule.', { to: 'Andreas Moser', hard: h }),
  I('en', ['invite.wrong-name'], 'Hi Lexi, Maria told me you run the data team at the insurer in Winterthur. Would love to compare notes on claims automation.', { to: 'Sophie Brunner', hard: h }),
  I('de', ['invite.wrong-name'], 'Liebe Frau Keller, Herr Graf hat mir empfohlen, mich bei Ihnen zu melden. Danke für Ihren Vortrag über Kita-Finanzierung!', { to: 'Ursula Bühler', hard: h }),

  // --- pitches disguised as compliments (sales-pitch) ---
  I('en', ['invite.sales-pitch'], 'Hi Marco, I\'ve been following your growth at Alpina Logistics – really impressive what your team has built! We\'ve helped similar scale-ups cut their freight costs by 25%, and I\'d love to show you how in a quick 15-minute call.', { to: 'Marco Bernasconi', hard: h }),
  I('de', ['invite.sales-pitch'], 'Liebe Frau Hess, Ihr Hotel in Pontresina gefällt mir ausserordentlich gut – die Bilder auf Ihrer Seite sind wunderschön! Mit unserem Buchungstool könnten Sie Ihre Direktbuchungen um bis zu 40 % steigern. Darf ich es Ihnen nächste Woche kurz vorstellen?', { to: 'Claudia Hess', hard: h }),
  I('en', ['invite.sales-pitch'], 'Hello Dr. Patel, your research on sleep and shift work is fascinating! As it happens, our wearable tracks exactly those patterns for hospital staff. I\'d be happy to send you a free test unit and set up a short demo.', { to: 'Dr. Anjali Patel', hard: h }),
  I('de', ['invite.sales-pitch'], 'Hallo Reto, Gratulation zur Eröffnung eurer zweiten Filiale! Bei so viel Wachstum lohnt sich bestimmt ein Blick auf eure Lohnbuchhaltung – wir übernehmen das für KMU ab 29 Franken pro Mitarbeitendem und Monat. Hast du diese Woche 10 Minuten für ein kurzes Telefonat?', { to: 'Reto Kälin', hard: h }),

  // --- the writer's own job, only to say who they are (clean) ---
  I('en', [], 'Hi Olga, I work in sales at a medtech company in Zug and I\'m thinking about moving into product management. Your post about making that switch at 40 was so encouraging – could I ask you one or two questions about how you prepared?', { to: 'Olga Petrova', hard: h }),
  I('de', [], 'Grüezi Herr Stalder, ich bin Verkaufsleiterin bei einem Getränkehändler im Emmental. Ich verkaufe Ihnen nichts, versprochen 😊 – mich interessiert nur, wie Sie in Ihrem Gasthof das Mehrwegsystem eingeführt haben.', { to: 'Peter Stalder', hard: h }),

  // --- templates disguised as warm notes (generic) ---
  I('en', ['invite.generic'], 'Hi Laura, I hope this message finds you well! 😊 I\'ve been truly inspired by your impressive career and I believe we share many values. It would be an honour to connect and grow together. Warm regards', { to: 'Laura Bianchi', hard: h }),
  I('de', ['invite.generic'], 'Liebe Frau Steiner, ich hoffe, es geht Ihnen gut! Ihr beeindruckender Werdegang hat mich sehr inspiriert, und ich bin überzeugt, dass wir voneinander profitieren können. Ich freue mich auf den Austausch! Herzliche Grüsse', { to: 'Andrea Steiner', hard: h }),
  I('en', ['invite.generic'], 'Dear Mr. Nguyen, I am always keen to connect with like-minded professionals who are passionate about what they do. Looking forward to staying in touch and exchanging ideas!', { to: 'Minh Nguyen', hard: h }),
  I('de', ['invite.generic'], 'Hoi Simon, ich baue gerade mein Netzwerk aus und finde dein Profil echt spannend. Würde mich riesig freuen, wenn wir uns vernetzen! 🙌 Liebe Grüsse, Nina', { to: 'Simon Frei', from: 'Nina Baumann', hard: h }),

  // --- placeholders and empty notes in disguise, and brackets that are not a slot ---
  I('en', ['invite.placeholder'], 'Hi Sam, great to meet you at [conference name] – your point about usage-based pricing for B2B tools stuck with me. Best, Lea', { to: 'Samuel Ortiz', from: 'Lea Hartmann', hard: h }),
  I('de', ['invite.placeholder'], 'Grüezi Frau Brunner, Ihr Vortrag an der {Veranstaltung} zur Pflegeinitiative hat mich sehr beeindruckt. Ich würde gerne mehr darüber erfahren.', { to: 'Esther Brunner', hard: h }),
  I('de', [], 'Hallo Timo, danke für den Workshop zu C# an der BFH – die Übung mit den [Flags]-Enums hat mir endlich eingeleuchtet.', { to: 'Timo Lanz', hard: h }),
  I('de', ['invite.empty'], 'Guten Tag Herr Dr. Vogt 🙂\n\nFreundliche Grüsse\nSandra Frei', { to: 'Dr. Martin Vogt', from: 'Sandra Frei', hard: h }),
  I('de', [], 'Hoi Luca, merci fürs Mitnehmen nach Chur nach dem Forstkurs!', { to: 'Luca Cathomen', hard: h }),

  // --- almost the same note sent to someone else before (duplicate) ---
  I('de', ['invite.duplicate'], 'Guten Tag Frau Wyss, als Projektleiterin im Tiefbau interessiere ich mich sehr für nachhaltige Baustoffe und den Austausch mit Fachleuten aus der Region Bern. Ich würde mich freuen, wenn wir uns vernetzen. Freundliche Grüsse, Carla Rey', {
    to: 'Regula Wyss', from: 'Carla Rey', hard: h, skip: ['invite.generic'],
    history: [{ to: 'Hans Gerber', text: 'Guten Tag Herr Gerber, als Projektleiterin im Tiefbau interessiere ich mich sehr für nachhaltige Baustoffe und den Austausch mit Fachleuten aus der Region Bern. Ich würde mich sehr freuen, wenn wir uns vernetzen. Freundliche Grüsse, Carla Rey' }],
  }),
  I('en', [], 'Hi Ben, great chatting at the Zurich Python meetup about your async scraping library – would love to stay in touch!', {
    to: 'Ben Carter', hard: h,
    history: [{ to: 'Ben Carter', text: 'Hi Ben, great chatting at the Zurich Python meetup about your async scraping library – would love to stay in touch!' }],
  }),
]);
