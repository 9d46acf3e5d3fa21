import { C, named } from './types';

// Twelfth held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's code or phrase lists, its results or earlier splits' texts.
// Comments from Mittelstand engineers, Austrian hoteliers and civil servants, startup founders, coaches, estate agents,
// bankers, energy people, retailers, recruiters, agencies, nurses and doctors, tax advisers, academics, trainees,
// returners and expats. Stock praise with a name or a nickname, praise that goes on to add a thought, short real
// questions, disagreement, resources shared without selling, and pitches dressed up as agreement or curiosity.
const h = true;

const PROMO = `Seit heute bin ich Teamleiterin in der Kreditorenbuchhaltung bei einem Automobilzulieferer in Schweinfurt. 🎉 Danke an Petra und mein Team!`;
const FOURDAY = `We tried a 4-day week in our 120-person logistics company for six months. Sick days fell by a third, output stayed flat. Would you try it?`;
const NURSES = `Unsere Station hat diesen Monat zum ersten Mal seit drei Jahren alle Dienste ohne Leasingkräfte besetzt – mit festen Dienstplänen vier Wochen im Voraus. Wie plant ihr Dienste?`;
const HANDOVER = `Two years ago I took over our family's packaging machine company. The hardest part was not digitalisation but clarifying who is responsible for what. How do you handle it?`;
const SEASON = `Die Wintersaison in Saalbach hat begonnen, und uns fehlen immer noch zwölf Saisonkräfte in Küche und Service. Wie findet ihr Personal für die Saison?`;
const FUNDING = `We just closed our seed round: €3.5m to help Mittelstand firms digitise their spare-parts business. Huge thanks to our first customers for trusting us early.`;
const GRUNDSTEUER = `Viele Eigentümerinnen und Eigentümer haben ihren neuen Grundsteuerbescheid bekommen und verstehen ihn nicht. Was sind eure häufigsten Fragen dazu?`;
const RETURNER = `After two years of caring for my mum I'm back in marketing. Career breaks are not gaps. What helped you most when you returned to work?`;

export default named('comment-heldout12', [
  // --- comment.generic
  C('en', ['comment.generic'], `Great post! 👏`, { post: FOURDAY }),
  C('de', ['comment.generic'], `Toller Beitrag, danke fürs Teilen!`, { post: NURSES }),
  C('en', ['comment.generic'], `Congrats Flo! 🎉`, { post: FUNDING, hard: h }),
  C('de', ['comment.generic'], `Herzlichen Glückwunsch, Resi! 🍾`, { post: PROMO, hard: h }),
  C('en', ['comment.generic'], `👏👏👏`, { post: FUNDING }),
  C('de', ['comment.generic'], `Sehr spannend!`, { post: SEASON }),
  C('en', ['comment.generic'], `So true. Couldn't agree more.`, { post: HANDOVER, hard: h }),
  C('de', ['comment.generic'], `Starke Worte, Basti. 💪`, { post: HANDOVER, hard: h }),
  C('en', ['comment.generic'], `Love this! Thanks for sharing, Priya.`, { post: RETURNER, hard: h }),
  C('de', ['comment.generic'], `Super, gratuliere! 👍`, { post: PROMO, hard: h }),
  C('en', ['comment.generic'], `Insightful as always.`, { post: FOURDAY, hard: h }),
  C('de', ['comment.generic'], `Wow, sehr inspirierend! Weiter so! 🙌`, { post: RETURNER, hard: h }),
  C('de', ['comment.generic'], `Dem ist nichts hinzuzufügen.`, { post: GRUNDSTEUER, hard: h }),
  C('en', ['comment.generic'], `Well said, Lenny!`, { post: HANDOVER, hard: h }),

  C('de', ['comment.generic'], `Gratuliere, Kathi! 🥳👏`, { post: PROMO, hard: h }),
  C('en', ['comment.generic'], `Brilliant, thanks for posting this.`, { post: RETURNER, hard: h }),
  C('en', ['comment.generic'], `Needed to read this today 🙏`, { post: RETURNER, hard: h }),

  // clean: stock openers that go on to add something, real questions, disagreement
  C('en', [], `Great post — and the point about fixed rosters is the one most hospitals miss. We did the same in 2023 on our surgical ward and agency costs halved within a year.`, { post: NURSES, hard: h }),
  C('de', [], `Glückwunsch, Lenny! Ich erinnere mich noch an deinen Pitch beim Gründerwettbewerb in Graz – damals war das Produkt ein Excel-Sheet. Wie groß ist das Team inzwischen?`, { post: FUNDING, hard: h }),
  C('en', [], `Thanks for sharing. One question: did the 4-day week apply to the warehouse staff too, or only to office roles?`, { post: FOURDAY, hard: h }),
  C('de', [], `Danke für den Beitrag! Bei uns im Klinikum hat das Gegenteil funktioniert: Wir haben die Übergaben verlängert statt verkürzt, und die Fehlerquote ist gesunken.`, { post: NURSES, hard: h }),
  C('en', [], `Agreed on sick days, not on output: in our Austrian sites the collective agreement made the shorter week much harder to staff.`, { post: FOURDAY, hard: h }),
  C('de', [], `Interessant – wie habt ihr den Betriebsrat mit ins Boot geholt?`, { post: FOURDAY, hard: h }),
  C('de', [], `Gratuliere, Petra hat wirklich ein gutes Auge für Leute. Und du hast dir das mit den Monatsabschlüssen im letzten Winter mehr als verdient, Steffi!`, { post: PROMO, hard: h }),
  C('en', [], `Congrats! Curious which spare-parts processes you digitise first — ordering, or identifying the part from a photo?`, { post: FUNDING, hard: h }),
  C('de', [], `Wir haben es in unserem Hotel in Zell am See mit einer Kooperation mit der Tourismusschule Bad Hofgastein probiert: Praktikum im Sommer, Fixanstellung im Winter. Hat zwei Stellen gefüllt.`, { post: SEASON, hard: h }),
  C('en', [], `Same here with my dad's tool shop. What helped us: a written list of decisions he keeps for two more years, and everything else is mine. Fewer arguments at dinner.`, { post: HANDOVER, hard: h }),
  C('de', [], `Die häufigste Frage bei unseren Mandanten: Warum der Messbetrag höher ist, obwohl sich am Haus nichts geändert hat. Ein kurzer Erklärtext dazu würde vielen helfen.`, { post: GRUNDSTEUER, hard: h }),
  C('en', [], `What helped me most was a returnship at an insurer in Cologne: 12 weeks, paid, with a buddy. Happy to tell you more about how I applied if it's useful.`, { post: RETURNER, hard: h }),
  C('de', [], `Ich sehe das ein bisschen anders: Feste Dienstpläne sind gut, aber ohne Tauschbörse fühlen sich junge Kolleginnen mit Kindern schnell ausgebremst.`, { post: NURSES, hard: h }),
  C('en', [], `Interesting numbers. Did you measure output per person or per hour? That makes a big difference for the comparison.`, { post: FOURDAY, hard: h }),
  C('de', [], `Danke, Theresa, für die ehrlichen Zahlen. Bei uns in Kaprun fehlen ähnlich viele – wir versuchen es gerade mit Wohnungen im Ort statt Personalzimmern.`, { post: SEASON, hard: h }),
  C('en', [], `Welcome back! The first month is the hardest; keep a list of small wins.`, { post: RETURNER }),
  C('de', [], `Glückwunsch zur neuen Rolle! Kreditoren in der Autozulieferung sind gerade kein leichtes Pflaster – die Zahlungsziele werden überall länger.`, { post: PROMO }),
  C('en', [], `Congratulations to the whole team! We were one of those early customers and the photo-based part search already saved our service techs hours each week.`, { post: FUNDING, hard: h }),

  // --- comment.sales-pitch
  C('en', ['comment.sales-pitch'], `Great insights! We solve exactly this with our AI rostering tool — DM me for a free trial.`, { post: NURSES, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Spannendes Thema! Genau dafür haben wir eine Lösung entwickelt. Schreiben Sie mir gern eine PN, dann schicke ich Ihnen unser Angebot.`, { post: SEASON, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], `Couldn't agree more, Jana. This is why 300+ agencies already use our reporting dashboard. Happy to show you in a 15-minute call.`, { post: HANDOVER, hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr wahr! Falls jemand Hilfe bei der Grundsteuer braucht: Unsere Kanzlei erledigt den Einspruch für 99 € pro Objekt. Einfach melden. 😉`, { post: GRUNDSTEUER, hard: h }),
  C('en', ['comment.sales-pitch'], `This! 🙌 If anyone here wants to get back into the job market faster, I offer profile audits at 50% off this week. Just send me a message.`, { post: RETURNER, hard: h }),
  C('de', ['comment.sales-pitch'], `Guter Punkt! Wir bieten genau solche Workshops für KMU an – bei Interesse einfach eine Nachricht schicken, ich sende Ihnen gerne die Offerte.`, { post: HANDOVER, hard: h }),
  C('en', ['comment.sales-pitch'], `Curious — have you tried automating this? Our platform cut scheduling time by 60% for teams like yours. Want me to send you a quick demo video?`, { post: FOURDAY, hard: h }),
  C('de', ['comment.sales-pitch'], `Liebe Frau Brandl, danke für die offenen Worte. Falls Sie noch Personal suchen: Wir vermitteln geprüfte Saisonkräfte aus Kroatien, aktuell ohne Vermittlungsgebühr. Ich melde mich gern per Nachricht bei Ihnen.`, { post: SEASON, hard: h }),
  C('en', ['comment.sales-pitch'], `Nice one! My course on leading through change covers exactly this — launch price €49 until Friday, link in my profile.`, { post: HANDOVER, hard: h }),
  C('de', ['comment.sales-pitch'], `Gratuliere! Für frisch finanzierte Startups haben wir gerade ein Buchhaltungs-Startpaket zum Sonderpreis – PN an mich!`, { post: FUNDING, hard: h }),
  C('de', ['comment.sales-pitch'], `Kenn ich gut! Unsere Pflege-App übernimmt die Dienstplanung automatisch, schon über 40 Kliniken in Bayern arbeiten damit. Gerne zeige ich Ihnen in einer kurzen Demo, wie das bei Ihnen aussehen könnte.`, { post: NURSES, hard: h }),
  C('en', ['comment.sales-pitch'], `Totally relate to this, my dad ran a family firm too. We at Nachfolge Partners have guided 70+ handovers like yours; I'll send you our free succession checklist and a few dates for a call.`, { post: HANDOVER, hard: h }),

  C('en', ['comment.sales-pitch'], `Good read. Shameless plug: our seasonal staffing marketplace has 2,000 vetted chefs ready for winter, and the first placement is free. Link below.`, { post: SEASON, hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr gut geschrieben, Herr Wagner! Wir haben übrigens ein Tool, das genau diese Zuständigkeiten abbildet – 30 Tage kostenlos testen über den Link in meinem Profil.`, { post: HANDOVER, hard: h }),
  C('de', ['comment.sales-pitch'], `Genau deshalb biete ich ab Januar ein Mentoring-Programm für Rückkehrerinnen an, sechs Termine für 490 €. Bei Interesse gern per Direktnachricht melden!`, { post: RETURNER, hard: h }),

  // clean: resources without selling, own job mentioned only as context
  C('en', [], `Related: the Federal Employment Agency published a free guide on recognising foreign nursing degrees last month. It answered most of my questions.`, { post: NURSES, hard: h }),
  C('de', [], `Passend dazu: Die IHK München hat eine kostenlose Checkliste zur Unternehmensnachfolge veröffentlicht, die uns sehr geholfen hat. Kein Affiliate, einfach gut.`, { post: HANDOVER, hard: h }),
  C('en', [], `I work for a heat pump manufacturer, so I'm biased, but the independent Fraunhofer field study is the best source on this. Their numbers match what our installers see.`, { hard: h }),
  C('de', [], `Ich bin selbst Steuerberaterin, hier aber ohne Werbung: Der wichtigste Tipp ist, den Bescheid mit dem Bescheid über den Grundsteuerwert zu vergleichen. Da stecken die meisten Fehler.`, { post: GRUNDSTEUER, hard: h }),
  C('en', [], `If it helps anyone: the Austrian public employment service runs a free programme for women returning to work, with childcare support during the courses.`, { post: RETURNER, hard: h }),
  C('de', [], `Für alle, die das Thema vertiefen wollen: Die Hans-Böckler-Stiftung hat eine Studie zur Vier-Tage-Woche in Deutschland veröffentlicht, frei als PDF verfügbar.`, { post: FOURDAY, hard: h }),
  C('en', [], `We run a small staffing agency ourselves and still agree with you: better rosters beat more agency staff every time. Our best clients need us less each year.`, { post: NURSES, hard: h }),
  C('de', [], `Als Recruiterin in der Hotellerie sehe ich das täglich. Was wirklich hilft, ist eine Unterkunft, die nicht nach Personalzimmer aussieht – das ist wichtiger als jede Prämie.`, { post: SEASON, hard: h }),
  C('de', [], `Servus Flo, ich hab deinen Beitrag an unsere Geschäftsführerin weitergeleitet – genau diese Diskussion führen wir gerade bei uns im Werk in Steyr.`, { post: HANDOVER, hard: h }),
  C('en', [], `Do you have the survey you used with employees? I'd love to run the same questions at our bank branch to compare.`, { post: FOURDAY }),
  C('de', [], `Darf ich fragen, wie lange ihr für die Umstellung gebraucht habt? Wir stehen in der Ambulanz gerade ganz am Anfang.`, { post: NURSES }),
  C('en', [], `Love that you named Petra. Good managers who hire career changers rarely get credit publicly.`, { post: PROMO, hard: h }),
  C('de', [], `Hoi zäme, bei uns im Engadin hat es geholfen, die Saisonstellen gemeinsam mit zwei anderen Hotels auszuschreiben. Die Leute wollen Sicherheit für mehr als eine Saison.`, { post: SEASON, hard: h }),
  C('en', [], `Gratulation from Vienna! Which customers signed first — machine builders or their dealers?`, { post: FUNDING, hard: h }),
  C('de', [], `Danke für den Beitrag, Frau Kofler. In unserer Gemeinde haben wir deshalb eine Sprechstunde im Bürgerbüro eingerichtet, jeden Donnerstag von 14 bis 17 Uhr, kostenlos.`, { post: GRUNDSTEUER, hard: h }),
  C('en', [], `Welcome back, Kate. Two years of caring is two years of project management under pressure, and anyone hiring you should see that.`, { post: RETURNER, hard: h }),
]);
