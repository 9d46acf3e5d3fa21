import { C, named } from './types';

const h = true;
const invoice = 'We moved the invoice link from Settings to the dashboard. Tickets about invoices dropped by 70% in three weeks.';
const newJob = 'Ich freue mich, bekannt zu geben, dass ich ab Januar die Leitung der Kinderklinik am Kantonsspital St. Gallen übernehme.';
const ladder = 'We published our engineering ladder today, six levels from junior to principal, written with input from every engineer.';
const pflege = 'Wir verlieren Pflegefachleute nicht wegen des Lohns, sondern wegen der Dienstpläne.';

export default named('comment-dev', [
  // --- comment.generic ---
  C('en', ['comment.generic'], 'Love this!', { post: invoice }),
  C('de', ['comment.generic'], 'Herzlichen Glückwunsch! 🎉🎉', { post: newJob }),
  C('en', ['comment.generic'], 'Very insightful, thanks for sharing 🙏', { post: ladder }),
  C('de', ['comment.generic'], 'Toller Beitrag, danke!', { post: pflege }),
  C('en', ['comment.generic'], '👏👏👏', { post: ladder }),
  C('de', ['comment.generic'], 'Gratuliere, Claudia! Alles Gute! 🥳', { post: newJob }),
  C('en', ['comment.generic'], 'Well said, Anna.', { post: pflege }),
  C('de', ['comment.generic'], 'Stimmt absolut 💯', { post: pflege }),
  C('en', ['comment.generic'], 'Congratulations on the new role, well deserved!', { post: newJob, hard: h }),
  C('de', ['comment.generic'], 'Sehr interessant, merci fürs Teilen!', { post: ladder }),
  C('en', ['comment.generic'], 'Interesting.', { post: invoice }),
  C('de', ['comment.generic'], 'Wow, super! 👍', { post: invoice }),
  C('en', ['comment.generic'], 'So true!! 🙌', { post: pflege }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], 'Great post! We help SaaS companies reduce support tickets with AI chatbots. DM me if you want to see how.', { post: invoice }),
  C('de', ['comment.sales-pitch'], 'Gratuliere! Falls Sie für die Klinik noch eine Lösung für die Dienstplanung suchen: Unsere Software ist in über 30 Spitälern im Einsatz. Gerne stelle ich Ihnen unser Angebot in einer kostenlosen Demo vor.', { post: newJob, hard: h }),
  C('en', ['comment.sales-pitch'], 'This is exactly why we built LadderUp – career frameworks in minutes instead of months. Check out our free trial 👉 ladderup.io', { post: ladder }),
  C('de', ['comment.sales-pitch'], 'Genau deshalb bieten wir als Personalvermittlung flexible Pflegeeinsätze an. Schreiben Sie mir gerne eine Nachricht für unverbindliche Konditionen.', { post: pflege }),
  C('en', ['comment.sales-pitch'], 'Totally agree. I help tech leaders design career ladders that actually retain people – happy to offer you a free 30-minute consultation.', { post: ladder, hard: h }),
  C('de', ['comment.sales-pitch'], 'Super Idee! Mit unserem Tool geht das noch schneller, diesen Monat mit 15 % Rabatt für Neukunden.', { post: invoice }),
  C('en', ['comment.sales-pitch'], 'Nice! If anyone needs help with dashboard UX, my agency does audits starting at $499. Link in bio.', { post: invoice, hard: h }),

  // --- good comments ---
  C('en', [], 'We saw the same thing with our "download receipt" link. Moving it cut tickets, but only after we also renamed it – people searched for "receipt", not "invoice". Did you test the wording too?', { post: invoice, hard: h }),
  C('de', [], 'Herzliche Gratulation, Claudia! Ich erinnere mich gut an deine Zeit auf der Neonatologie in Zürich – die Kinderklinik bekommt eine grossartige Chefin.', { post: newJob, hard: h }),
  C('en', [], 'Thanks for sharing the ladder openly. How did you handle people who were already above their new level on paper? That was the hardest part for us.', { post: ladder, hard: h }),
  C('de', [], 'Ich kann das aus dem Altersheim nur bestätigen: Seit wir Wunschdienste eingeführt haben, haben wir kaum noch Kündigungen. Der Aufwand für die Planung ist aber deutlich höher.', { post: pflege, hard: h }),
  C('en', [], 'Great post! The part about separating the tracks above senior is exactly the debate we are having right now. We are leaning the other way because we are only 15 engineers.', { post: ladder, hard: h }),
  C('de', [], 'Danke für den Beitrag. Wir haben eine ähnliche Studie im Kanton Bern gemacht, der Bericht ist öffentlich auf der Website der BFH. Vielleicht interessant für euch.', { post: pflege, hard: h }),
  C('en', [], 'Congrats Sophie! Your team\'s work on the Bern tram app was the best public transport UX I have seen in years. Lindt is lucky.', { post: 'Excited to start as Head of Digital at Lindt.', hard: h }),
  C('de', [], 'Spannend! Darf ich fragen, wie ihr die Verschiebung gemessen habt – über die Ticket-Kategorien oder über Suchbegriffe im Help-Center?', { post: invoice, hard: h }),
  C('en', [], 'Agreed with most of this, but I would push back on one point: predictable schedules only help if the staffing baseline is realistic. Otherwise you just plan the shortage in advance.', { post: pflege, hard: h }),
  C('de', [], 'Wir nutzen dafür übrigens das Open-Source-Tool von der ZHAW, das ist gratis und ziemlich gut dokumentiert. Kein Vergleich zu unserer alten Excel-Lösung.', { post: ladder, hard: h }),
  C('en', [], 'Our clinic tried fixed rotations last year. Nurses loved it, but physicians complained about the handover times. Curious whether you saw that too.', { post: pflege }),
  C('de', [], 'Alles Gute, Claudia! Und danke für die Unterstützung bei meinem Praktikum 2019, ohne dich wäre ich heute nicht in der Pädiatrie.', { post: newJob, hard: h }),
  C('en', [], 'What tool did you use to write the ladder? A doc, a spreadsheet, something else?', { post: ladder }),
  C('de', [], 'Stimmt. Bei uns kam noch dazu, dass die Dienstpläne erst zwei Wochen im Voraus feststanden. Seit es vier Wochen sind, ist die Stimmung deutlich besser.', { post: pflege, hard: h }),
  C('en', [], 'We wrote up our own migration in a blog post with the exact numbers – no signup, just a read if it helps anyone: engineering.example.ch/invoice-ux', { post: invoice, hard: h }),
  C('de', [], 'Als Pflegefachfrau mit 60 % kann ich das nur unterschreiben. Teilzeit heisst bei uns leider oft: alle Wochenenden.', { post: pflege }),
]);
