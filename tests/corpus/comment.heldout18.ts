import { C, named } from './types';

const h = true;

/**
 * heldout18 (blind): comments under ordinary DACH/international posts: short but substantive
 * replies, congratulations that add a thought, real questions, shared free resources, own company
 * mentioned without selling, one-liners that fit any post, and pitches dressed as help.
 * English and German (Swiss "ss", Germany, Austria; Sie and du). Labelled from docs/rules.md only.
 */

const internPost = `We just wrapped our first summer internship program: 8 interns, each paired with a mentor from a customer-facing team. Here is what we learned.`;
const handoverPost = `Unsere Station hat die Schichtübergabe auf strukturierte Sprachnotizen umgestellt. Nach drei Monaten: 20 Minuten weniger Übergabezeit pro Tag.`;
const shipFastPost = `Ship fast, fix later. Every week you wait is a week your competitor learns from real users.`;
const ceoPost = `Vor 30 Jahren habe ich meine Lehre als Polymechaniker begonnen. Heute übernehme ich als CEO die Leitung der Firma, in der alles angefangen hat.`;
const hybridPost = `Hybrid work in Bern: our office occupancy is now 45% on average, with Tuesdays and Thursdays at 80%. We're rethinking our floor plan.`;
const heatPost = `Sommer auf der Baustelle: Wie schützt ihr eure Leute bei über 30 Grad?`;
const pilotPost = `Our pilot for AI-assisted triage in the ED is live. It took 14 months to get here, mostly because of governance, not technology.`;
const apprenticePost = `Wie viele Lernende kann eine Berufsbildnerin realistisch betreuen? Ich bin gespannt auf eure Zahlen.`;
const trackingPost = `We installed telematics in all our delivery vans. Fuel costs down 12% in the first quarter. Next step: driver scoring.`;
const costPost = `Wir messen jetzt die Kosten pro Kundenanfrage im Support. Ergebnis: 14 Franken pro Ticket. Zeit zu optimieren.`;
const reportPost = `What's the most useful feedback you've ever received? Mine: "perfect and unreadable". I cut my reports from 30 pages to 6.`;
const polierPost = `Drei Dinge aus zehn Jahren als Bauleiter: Der Polier weiß mehr als der Plan. Ein Kaffee löst mehr Konflikte als ein E-Mail.`;
const fourDayPost = `Four-day week, one year in: output stable, sick days down 30%, and hiring got a lot easier.`;
const climatePost = `Unser Wiener Büro ist klimaneutral zertifiziert. Die meiste Arbeit haben Teresa und Lukas aus dem Facility-Team gemacht.`;
const botPost = `We replaced our FAQ bot: it now answers only from 120 curated articles and shows its source every time.`;
const orderBookPost = `Mein Vater hat in seiner Schreinerei jede Offerte von Hand geschrieben, mit Notizen zu jedem Kunden. CRM vor dem CRM.`;
const cfaPost = `I failed CFA Level II twice. Here's what changed the third time: only practice questions, a study group, and Fridays off.`;
const photoPost = `Do you still ask for a photo on CVs? We removed it this year.`;
const payrollPost = `Finance teams love spreadsheets because they trust them. Don't fight it: import from them.`;
const partTimePost = `Ab 2027 gilt bei uns ein Anspruch auf zwei Wochen bezahlte Weiterbildung pro Jahr.`;
const anniversaryPost = `Ten years at Zühlke today. Still learning every week.`;
const railPost = `Nach sieben Jahren bei der SBB beginne ich im Januar als Leiterin Instandhaltung bei der Rhätischen Bahn.`;
const demoPost = `We replaced "Book a demo" with a 2-minute recorded walkthrough. Fewer demo requests, more closed deals.`;
const discountPost = `Ein Jahr ohne Rabattaktionen in unserem Laden: weniger Umsatz im November, aber mehr Stammkundschaft.`;
const apprenticeCodePost = `We're hiring two software apprentices for August 2027 in Bern.`;
const foundationPost = `Die neue Meldepflicht für wirtschaftlich Berechtigte kurz erklärt: Wer ist betroffen und bis wann muss gemeldet werden?`;
const noShowPost = `No-shows cost Swiss practices more than most people think. Our numbers: 1 in 8 appointments missed last year.`;
const feedbackPost = `Feedback ist ein Geschenk – aber nur, wenn es konkret ist.`;
const backupPost = `Small business owners: how do you handle backups? We lost two days of work after a ransomware attack last month.`;
const appPost = `Unsere Gemeinde testet ab Januar eine digitale Abfallkalender-App.`;
const exitPost = `Our 3-step offboarding: 1) exit survey, 2) exit interview, 3) alumni invite. Attrition insights doubled.`;
const templatePost = `Hier meine Vorlage für Kundeninterviews – die wichtigste Frage: «Was haben Sie letzten Dienstag konkret gemacht?»`;
const meetupPost = `Thanks to everyone who came to the Basel Data Science meetup! Slides from Rahel's causal inference talk are in the comments.`;
const linkPost = `Unser Leitfaden zur Barrierefreiheit für Gemeindewebsites ist online – Link in den Kommentaren.`;
const salaryPost = `Comment YES and I'll send you my 2026 Swiss salary table for software engineers, by canton and seniority.`;
const awsPost = `Our AWS bill doubled in a year. Here's how we found out why.`;
const hrPost = `Wie digitalisiert ihr die Personaladministration in einem KMU mit 40 Mitarbeitenden?`;
const launchPost = `Today we launch Loop, our reusable packaging service for Swiss online shops.`;
const leaderPost = `Great leaders don't have all the answers. They ask better questions.`;
const workshopPost = `Ich suche Tipps, wie wir in unserem Team Konflikte früher ansprechen können.`;
const cashPost = `Cash flow killed more startups in our portfolio than bad products.`;
const promoPost = `Thrilled to share that I've been promoted to Head of Engineering at Scandit!`;
const keynotePost = `Meine Keynote am Swiss Economic Forum: «Warum KMU die besten Innovatoren sind».`;
const adsPost = `LinkedIn ads for B2B: after 6 months and CHF 40,000 spent, here is what worked and what didn't.`;
const toolPost = `Wir planen die Dienstpläne für 60 Pflegende immer noch in Excel. Geht das besser?`;
const coachingPost = `Führung ist kein Titel, sondern eine tägliche Entscheidung.`;
const coursePost = `Five mistakes I see in almost every startup pitch deck.`;
const kmuPost = `Cyberangriffe auf KMU im Kanton Zürich haben sich 2026 verdoppelt.`;

export default named('comment-heldout18', [
  // --- clean ---
  C('en', [], `Congrats, Lea! The bit about pairing every intern with a customer-facing mentor is something I'll steal for our summer program.`, { post: internPost, hard: h }),
  C('de', [], `Toller Beitrag! Bei uns im Spital haben wir die Übergabe ebenfalls auf Sprachnotizen umgestellt – die grösste Hürde war nicht die Technik, sondern der Datenschutz. Wie habt ihr das gelöst?`, { post: handoverPost, hard: h }),
  C('en', [], `Agreed, though I'd add one caveat: in regulated industries the ship-fast advice can backfire. We learned that during our FINMA audit.`, { post: shipFastPost, hard: h }),
  C('de', [], `Gratuliere, Reto! Von der Lehre als Polymechaniker bis zum CEO – deine Geschichte zeigt, wie viel die Berufsbildung in der Schweiz möglich macht.`, { post: ceoPost, hard: h }),
  C('en', [], `For anyone interested, the Swiss Federal Statistical Office published a free dataset on commuting patterns last month - it backs up your point about Tuesdays and Thursdays.`, { post: hybridPost, hard: h }),
  C('de', [], `Passend dazu: Die Suva hat eine kostenlose Checkliste zu Hitze auf Baustellen veröffentlicht. Hat uns letzten Sommer sehr geholfen.`, { post: heatPost, hard: h }),
  C('en', [], `How did you convince your board to fund the pilot? That's always where we get stuck.`, { post: pilotPost }),
  C('de', [], `Bei uns sind es vier Lernende pro Berufsbildnerin, und das ist eigentlich zu viel. Ab drei leidet die Qualität der Rückmeldungen.`, { post: apprenticePost }),
  C('en', [], `We tried the same approach at my company (a small logistics firm in Basel) and saw the opposite effect: drivers felt watched. Curious whether you involved them early?`, { post: trackingPost, hard: h }),
  C('de', [], `Interessant, dass ihr die Kosten pro Anfrage messt. Wir haben gemerkt, dass die Durchlaufzeit für unsere Kundschaft viel wichtiger ist als der Preis.`, { post: costPost, hard: h }),
  C('en', [], `"Perfect and unreadable" made me laugh - and rewrite my weekly report.`, { post: reportPost, hard: h }),
  C('de', [], `Den Satz mit dem Polier unterschreibe ich sofort. 30 Jahre Baustelle bestätigen das.`, { post: polierPost, hard: h }),
  C('en', [], `I see it differently: four-day weeks worked for our developers but not for support, where coverage matters. Did you find a fix for customer-facing roles?`, { post: fourDayPost, hard: h }),
  C('de', [], `Danke für den ehrlichen Einblick, Teresa. Wir haben in Linz ähnlich begonnen und festgestellt, dass die Heizung mehr ausmacht als die Photovoltaik. Habt ihr das auch gemessen?`, { post: climatePost, hard: h }),
  C('en', [], `Thanks for sharing this, Omar. Showing the source for every bot answer is the key part - trust jumped for us once we did that.`, { post: botPost, hard: h }),
  C('de', [], `Mega schöne Geschichte! Mein Grossvater hatte so ein Buch als Metzger – mit Notizen, wer welche Wurst mag. Kundenbeziehung pur.`, { post: orderBookPost, hard: h }),
  C('en', [], `One thing that helped me with Level II: doing the ethics section first in every study session. It's worth more points than people think.`, { post: cfaPost }),
  C('de', [], `Wir haben die Foto-Pflicht im Lebenslauf vor zwei Jahren gestrichen. Seither bekommen wir spürbar mehr Bewerbungen von Frauen über 50.`, { post: photoPost }),
  C('en', [], `Disclosure: I work at a payroll software company, so take this with a grain of salt - but the spreadsheet-import point is exactly what our users tell us too.`, { post: payrollPost, hard: h }),
  C('de', [], `Spannend! Gilt das auch für Teilzeitangestellte, oder nur für Vollzeitstellen?`, { post: partTimePost, hard: h }),
  C('en', [], `Congratulations on 10 years! What would you tell yourself in year one?`, { post: anniversaryPost, hard: h }),
  C('de', [], `Herzliche Gratulation, Aylin! Die SBB verliert eine tolle Chefin, die RhB bekommt eine. Viel Erfolg in den ersten 100 Tagen!`, { post: railPost, skip: ['comment.generic'], hard: h }),
  C('en', [], `We had the same problem with "Book a demo" - putting real prices on the pricing page did more for us than any button text.`, { post: demoPost, hard: h }),
  C('de', [], `Guter Punkt. Wir verkaufen Velos und merken: Wer wegen des Rabatts kommt, kommt beim nächsten Rabatt wieder, aber nicht dazwischen.`, { post: discountPost, hard: h }),
  C('en', [], `My two cents as a former apprentice: let them touch real code on day one. I still remember my first bug fix at 16.`, { post: apprenticeCodePost }),
  C('de', [], `Liebe Frau Kunz, vielen Dank für die klare Einordnung. Eine Frage: Gilt die Meldepflicht auch für Stiftungen?`, { post: foundationPost, hard: h }),
  C('en', [], `This matches our numbers at a Zurich clinic: no-shows dropped from 12% to 4% after we introduced SMS reminders in three languages.`, { post: noShowPost }),
  C('de', [], `Ich würde ergänzen: Der Zeitpunkt ist fast so wichtig wie der Inhalt. Am Freitagabend kommt keine Rückmeldung gut an.`, { post: feedbackPost }),
  C('en', [], `There's a good free guide on this from the National Cyber Security Centre (no affiliation). The section on offline backups covers exactly your situation.`, { post: backupPost, hard: h }),
  C('de', [], `Das sehe ich anders. In kleinen Gemeinden fehlt schlicht das Personal für solche Projekte – wer soll die App betreuen?`, { post: appPost }),
  C('en', [], `Thanks! Quick question about step 2: do you run the survey before or after the exit interview?`, { post: exitPost, hard: h }),
  C('de', [], `Danke, Jonas! Ich habe deine Vorlage gestern im Team ausprobiert – die Frage nach dem letzten Dienstag hat sofort bessere Antworten gebracht.`, { post: templatePost, hard: h }),
  C('en', [], `Is there a recording of Rahel's talk? I missed the meetup and causal inference is exactly what our team is struggling with.`, { post: meetupPost }),
  C('de', [], `Kleiner Hinweis: Der Link in den Kommentaren funktioniert bei mir nicht. Könntest du ihn nochmals posten?`, { post: linkPost, hard: h }),
  C('en', [], `Honest feedback: the "comment YES" part made me scroll past at first. The table itself is really useful though - the split by canton is something I haven't seen elsewhere.`, { post: salaryPost, hard: h }),

  // --- comment.generic ---
  C('en', ['comment.generic'], `Great post! 👏`, { post: leaderPost }),
  C('de', ['comment.generic'], `Toller Beitrag, danke fürs Teilen!`, { post: feedbackPost }),
  C('en', ['comment.generic'], `Congrats!!`, { post: promoPost }),
  C('de', ['comment.generic'], `Gratuliere! 🎉`, { post: ceoPost }),
  C('en', ['comment.generic'], `🔥🔥🔥`, { post: cashPost, hard: h }),
  C('de', ['comment.generic'], `Sehr spannend.`, { post: keynotePost }),
  C('en', ['comment.generic'], `Agreed 💯`, { post: shipFastPost }),
  C('de', ['comment.generic'], `Herzliche Gratulation, Nadia! Wohlverdient.`, { post: railPost, hard: h }),
  C('en', ['comment.generic'], `Thanks for sharing, Mark. Very insightful!`, { post: adsPost, hard: h }),
  C('de', ['comment.generic'], `Super, weiter so! 💪`, { post: climatePost }),
  C('en', ['comment.generic'], `So true. This is what leadership is all about.`, { post: leaderPost, hard: h }),
  C('de', ['comment.generic'], `Sehr interessant, danke für den Input!`, { post: hrPost }),
  C('en', ['comment.generic'], `Love this! 🙌`, { post: launchPost }),
  C('de', ['comment.generic'], `Wow, einfach nur wow. 👏👏`, { post: keynotePost, hard: h }),
  C('en', ['comment.generic'], `Well said, Priya!`, { post: coachingPost, hard: h }),
  C('de', ['comment.generic'], `Danke fürs Teilen! 🙏`, { post: foundationPost }),
  C('de', ['comment.generic'], `👍👍`, { post: workshopPost, hard: h }),
  C('en', ['comment.generic'], `Interesting perspective.`, { post: cashPost }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], `Great insights! At CloudNest we help teams like yours cut AWS costs by 40%. DM me for a free audit.`, { post: awsPost, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Spannendes Thema! Genau dafür haben wir unsere HR-Software entwickelt – schreiben Sie mir eine Nachricht, dann schicke ich Ihnen ein Angebot.`, { post: hrPost, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `We solved exactly this with our onboarding platform. First month free for anyone who messages me this week.`, { post: internPost, hard: h }),
  C('de', ['comment.sales-pitch'], `Falls du Unterstützung brauchst: Ich biete genau solche Workshops an, aktuell mit 20 % Rabatt. Schreib mir per DM!`, { post: workshopPost, hard: h }),
  C('en', ['comment.sales-pitch'], `This is why companies hire us. We've helped 200+ SMEs fix their cash flow. Book a free call via my profile.`, { post: cashPost, hard: h }),
  C('de', ['comment.sales-pitch'], `Wir von der Alpina Treuhand AG übernehmen das gerne für Sie – Pauschalpreis ab CHF 890. Melden Sie sich einfach per PN.`, { post: hrPost }),
  C('en', ['comment.sales-pitch'], `Have you considered outsourcing this? My agency runs LinkedIn ads for B2B firms at a flat monthly fee. Happy to send you our rates!`, { post: adsPost, hard: h }),
  C('de', ['comment.sales-pitch'], `Kennst du schon unser Tool? Damit geht das in 5 Minuten. Schreib mir, dann bekommst du einen Testzugang mit Rabattcode.`, { post: toolPost, hard: h }),
  C('en', ['comment.sales-pitch'], `Congrats on the launch! If you need video content for it, DM me - we're doing launch packages at 30% off this month.`, { post: launchPost, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Genau deshalb bieten wir Coaching für Führungskräfte an. Erstgespräch kostenlos, einfach eine Nachricht schicken!`, { post: coachingPost }),
  C('en', ['comment.sales-pitch'], `Love this! Shameless plug: our pitch-deck course covers exactly these mistakes, and it's 50% off until Sunday. Link in my profile 👆`, { post: coursePost, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Sehr gut geschrieben. Wenn Sie dabei Unterstützung suchen: Wir bieten eine kostenlose Erstberatung und attraktive Sicherheitspakete für KMU. Schreiben Sie mir!`, { post: kmuPost, skip: ['comment.generic'], hard: h }),
]);
