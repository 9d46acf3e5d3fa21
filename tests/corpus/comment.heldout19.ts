import { C, named } from './types';

const h = true;

const PROMO = `Some personal news: after seven years at a regional bank I'm joining a Zurich fintech as Head of Compliance. Thank you to everyone who helped me grow. Who else has made the switch from a bank to a startup?`;
const LEAD = `How do you make expectations explicit in a new team? I now write them down for every new hire in week one and we revisit them every quarter.`;
const CLOUD = `Three things I learned from migrating 400 VMs to the cloud: tag everything on day one, budget alerts are not optional, talk to finance before, not after. What would you add?`;
const NURSE = `We are testing voice input for nursing reports on our ward. The technology is not the problem - the question is who proofreads the texts. Any experience with speech recognition in hospitals?`;
const HIRE = `Why do so many onboarding plans end after week one? The real questions come in month three. We now run a "month-three check-in" with every new hire. Do you do anything similar?`;
const LEHRE = `Letzte Woche hat mein Sohn seine Lehre als Polymechaniker abgeschlossen. Wie ernst nehmen wir die Berufslehre wirklich, wenn wir Stellen ausschreiben?`;
const FUEHRUNG = `Ich übernehme ab Januar die Pflegeleitung im Spital Uster. Danke an meine Kolleginnen auf der Medizin 3! Was hat euch beim Wechsel in die Leitung geholfen?`;
const BUCH = `Warum wir in unseren Buchhandlungen keine Rabattaktionen mehr machen: Der Januar stieg, der Dezember brach ein. Wie geht ihr im Detailhandel mit Rabatten um?`;
const ZEIT = `Heute vor einem Jahr haben wir in der Gemeindeverwaltung die Vertrauensarbeitszeit eingeführt: weniger Überstunden, weniger Krankheitstage. Wie sind eure Erfahrungen?`;
const KI = `KI im Recruiting: Viele Unternehmen haben Pilotprojekte wieder gestoppt, weil automatisierte Absagen als respektlos empfunden wurden. Wie seht ihr das?`;

/**
 * heldout19 (blind): comments under posts from an ordinary LinkedIn week: real additions that open
 * with a stock phrase, congratulations with a memory, questions, shared resources without selling,
 * pitches disguised as praise or questions, and bare one-liners. English and German (Swiss "ss",
 * Germany, Austria; Sie and du). Labelled from docs/rules.md only, without looking at the engine or its results.
 */
export default named('comment-heldout19', [
  // ---- English, clean ----
  C('en', [], `Congrats, Miriam! I still remember you explaining FINMA circulars to our whole team on a whiteboard in 2019 - they're lucky to have you. The switch is a big culture shock at first, so hold on to the rituals that keep you sane.`, { post: PROMO, hard: h }),
  C('en', [], `Great post! The quarterly revisit is the part most people skip. We do the same, but let the new hire write the first draft of the expectations - it shows immediately where we're misaligned.`, { post: LEAD, hard: h }),
  C('en', [], `I'd add a fourth: decide who owns the cloud bill before the first VM moves. We had three teams pointing at each other for half a year.`, { post: CLOUD }),
  C('en', [], `Thanks for sharing - we ran a similar pilot in Lausanne. The turning point was letting the nurses correct the text on a tablet right at the bedside instead of later at the station. Proofreading time dropped by half.`, { post: NURSE, hard: h }),
  C('en', [], `How long does the month-three check-in take, and who runs it - the manager or someone from HR?`, { post: HIRE }),
  C('en', [], `Agreed on the month-three point. In our team the new people are often too polite to ask "why do we do it this way?" until they've been around long enough to feel safe.`, { post: HIRE, hard: h }),
  C('en', [], `We wrote up our budget-alert setup in a public GitHub repo, no sign-up or anything: github.com/example/cloud-budget-alerts. Happy if it saves someone a weekend.`, { post: CLOUD, hard: h }),
  C('en', [], `Interesting - did finance push back on the tagging scheme? Ours wanted cost centres in every tag and it blew up our naming convention.`, { post: CLOUD, hard: h }),
  C('en', [], `I work for a speech recognition vendor, so take this with a grain of salt, but the best pilots I've seen let the ward define the vocabulary first. Medication names are where every system struggles.`, { post: NURSE, hard: h }),
  C('en', [], `Made the same move two years ago. Biggest surprise: at a startup, compliance is a product feature, not a gatekeeper. Enjoy it!`, { post: PROMO }),
  C('en', [], `Expectations in writing saved my first year as a manager. @Jonas Meier, this is what we talked about on Friday.`, { post: LEAD, hard: h }),
  C('en', [], `Love this. One thing that helped us: a "things nobody tells you" wiki page, written by the last three hires for the next one.`, { post: HIRE, hard: h }),
  C('en', [], `Counterpoint: in a 6-person startup, writing expectations down felt heavy. What worked for us was a 15-minute weekly walk instead. Does that scale, though?`, { post: LEAD }),
  C('en', [], `Congratulations! Which part of the job are you most nervous about?`, { post: PROMO, hard: h }),
  // ---- English, positives ----
  C('en', ['comment.generic'], `Great post!`, { post: LEAD }),
  C('en', ['comment.generic'], `Congrats! 🎉`, { post: PROMO }),
  C('en', ['comment.generic'], `Thanks for sharing.`, { post: NURSE }),
  C('en', ['comment.generic'], `So true 💯`, { post: HIRE, hard: h }),
  C('en', ['comment.generic'], `👏👏👏`, { post: CLOUD }),
  C('en', ['comment.generic'], `Well said, Anna. Couldn't agree more!`, { post: LEAD, hard: h }),
  C('en', ['comment.generic'], `This. Needed to read this today.`, { post: HIRE, hard: h }),
  C('en', ['comment.sales-pitch'], `Great insights! We solved exactly this problem with our onboarding platform - DM me for a free 30-day trial.`, { post: HIRE, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Have you considered automating the tagging? Our FinOps tool does it in one click and customers save 30% in the first month. Happy to show you a demo.`, { post: CLOUD, hard: h }),
  C('en', ['comment.sales-pitch'], `Congrats on the new role! If your team needs a RegTech partner, we offer a special onboarding package for new compliance heads. Let's set up a call.`, { post: PROMO, hard: h }),
  C('en', ['comment.sales-pitch'], `Our medical dictation app has a 95% accuracy rate on medication names. Send me a message and I'll get you a discount for your ward.`, { post: NURSE }),
  C('en', ['comment.sales-pitch'], `Anyone reading this who struggles with onboarding: I coach managers on exactly this, first session at half price this month. Link in my profile.`, { post: HIRE, hard: h }),
  C('en', ['comment.sales-pitch'], `Quick question: what would it be worth to you to never write an expectations doc by hand again? Our AI template generator does it for CHF 19/month.`, { post: LEAD, hard: h }),

  // ---- German, clean ----
  C('de', [], `Herzliche Gratulation an deinen Sohn! Bei uns im Betrieb sind die besten Projektleiter fast alle über die Lehre gekommen. Das Problem sind oft die Stelleninserate, die reflexartig einen Hochschulabschluss verlangen.`, { post: LEHRE, hard: h }),
  C('de', [], `Toller Beitrag! Wir haben in unserer HR-Abteilung letztes Jahr alle Inserate überprüft und bei 40% den Hochschulabschluss gestrichen. Die Bewerbungen sind seither vielfältiger geworden.`, { post: LEHRE, hard: h }),
  C('de', [], `Gratuliere, Sandra! Ich erinnere mich noch an deine erste Nachtwache bei uns, da hast du schon die ganze Station im Griff gehabt. Mein Tipp: Bleib am Anfang so oft wie möglich auf den Abteilungen sichtbar.`, { post: FUEHRUNG, hard: h }),
  C('de', [], `Spannend! Habt ihr die Stammkundschaft vorher informiert, dass es keine Januar-Aktion mehr gibt, oder einfach still damit aufgehört?`, { post: BUCH, hard: h }),
  C('de', [], `Wie habt ihr die Erreichbarkeit am Schalter konkret geregelt? Wir diskutieren das gerade in unserer Gemeinde und die Angst vor leeren Schaltern ist gross.`, { post: ZEIT }),
  C('de', [], `Bei uns in Vorarlberg war es ähnlich. Die Führungskräfte hatten mehr Mühe mit der Umstellung als die Mitarbeitenden, weil die Kontrolle wegfiel.`, { post: ZEIT }),
  C('de', [], `Danke fürs Teilen! Wir haben unsere Erfahrungen mit automatisierten Absagen in einem kostenlosen Leitfaden zusammengefasst, ohne Anmeldung: example.ch/leitfaden-absagen. Vielleicht hilft er jemandem.`, { post: KI, hard: h }),
  C('de', [], `Ich arbeite selbst für einen Anbieter von Recruiting-Software, deshalb vorsichtig formuliert: Das Problem war fast nie die KI, sondern dass niemand die Absagetexte gelesen hat, bevor sie rausgingen.`, { post: KI, hard: h }),
  C('de', [], `Absolut einverstanden. Im Buchhandel gilt: Wer einmal Rabatte gewohnt ist, kauft nie mehr zum vollen Preis. Wir haben das bei unseren Kalendern schmerzhaft gelernt.`, { post: BUCH, hard: h }),
  C('de', [], `Mir hat beim Wechsel vor allem eine Mentorin aus einem anderen Spital geholfen. Jemand ausserhalb der eigenen Hierarchie, mit dem man auch mal laut denken darf.`, { post: FUEHRUNG }),
  C('de', [], `Interessant! Gilt das auch für Gesundheitsberufe? Bei uns in der Pflege höre ich eher das Gegenteil, dass die Bewerbenden automatische Rückmeldungen schätzen, weil sie überhaupt eine bekommen.`, { post: KI, hard: h }),
  C('de', [], `Liebe Grüsse aus Chur und alles Gute für den Start! Welche Abteilung macht dir am meisten Sorgen?`, { post: FUEHRUNG, hard: h }),
  C('de', [], `@Reto Baumann, das ist genau die Diskussion, die wir letzte Woche im Vorstand hatten. Lies mal die Kommentare hier.`, { post: LEHRE, skip: ['comment.generic'], hard: h }),
  C('de', [], `Wir haben Vertrauensarbeitszeit nach zwei Jahren wieder abgeschafft. Die Überstunden sind nicht verschwunden, sie wurden nur nicht mehr erfasst. Habt ihr das gemessen?`, { post: ZEIT }),
  C('de', [], `Ganz ehrlich: Bei uns in Deutschland ist die Ausbildung oft noch weniger angesehen. Die Schweiz ist da in meinen Augen ein Vorbild, trotz allem.`, { post: LEHRE }),
  // ---- German, positives ----
  C('de', ['comment.generic'], `Toller Beitrag!`, { post: LEHRE }),
  C('de', ['comment.generic'], `Herzliche Gratulation! 🎉`, { post: FUEHRUNG }),
  C('de', ['comment.generic'], `Danke fürs Teilen.`, { post: ZEIT }),
  C('de', ['comment.generic'], `Spannend!`, { post: KI }),
  C('de', ['comment.generic'], `Stark 💪`, { post: BUCH, hard: h }),
  C('de', ['comment.generic'], `Gratuliere, Sandra! Alles Gute 🍀`, { post: FUEHRUNG, hard: h }),
  C('de', ['comment.generic'], `Genau so ist es. 👍`, { post: ZEIT, hard: h }),
  C('de', ['comment.generic'], `Sehr wertvolle Gedanken, vielen Dank dafür!`, { post: KI, hard: h }),
  C('de', ['comment.sales-pitch'], `Toller Beitrag! Genau dafür haben wir unsere Recruiting-Software entwickelt. Schreiben Sie mir eine Nachricht für eine kostenlose Demo.`, { post: KI, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Wer seine Arbeitszeit trotzdem sauber erfassen will: Unsere App kostet nur CHF 4 pro Mitarbeitenden im Monat, die ersten 3 Monate gratis. Meldet euch per DM!`, { post: ZEIT }),
  C('de', ['comment.sales-pitch'], `Gratuliere zur neuen Stelle! Für neue Führungskräfte in der Pflege bieten wir ein Coaching-Paket mit 20% Rabatt an. Darf ich Ihnen die Unterlagen schicken?`, { post: FUEHRUNG, hard: h }),
  C('de', ['comment.sales-pitch'], `Schon mal über einen Onlineshop nachgedacht? Wir richten Buchhandlungen einen kompletten Shop zum Fixpreis ein. Schreib mir eine PN, dann schicke ich dir ein Angebot.`, { post: BUCH, hard: h }),
  C('de', ['comment.sales-pitch'], `Lernende finden ist schwer? Unsere Plattform vermittelt Lehrstellen-Kandidaten ab 290 Franken pro Inserat. Jetzt testen unter unserem Link im Profil!`, { post: LEHRE }),
  C('de', ['comment.sales-pitch'], `Sehr spannend, danke! Wir bieten genau zu diesem Thema ein Webinar an, Tickets für 79 € - nur noch 10 Plätze frei. Schreib mir für den Rabattcode.`, { post: KI, hard: h }),
  // ---- more ----
  C('en', [], `Interesting read. I'd push back a little on "budget alerts are not optional": with spot-heavy workloads the noise made our team ignore them. We switched to a weekly anomaly report instead.`, { post: CLOUD, hard: h }),
  C('en', ['comment.generic'], `Insightful 👍`, { post: CLOUD }),
  C('en', ['comment.generic'], `Congratulations and all the best for this new chapter!`, { post: PROMO, hard: h }),
  C('en', ['comment.sales-pitch'], `Nice list! We're running a 2-for-1 on our cloud cost workshop this week - DM me for a spot.`, { post: CLOUD, hard: h }),
  C('de', [], `Grüezi Frau Keller, danke für den Einblick. Darf ich fragen, wie gross Ihre Verwaltung ist? Bei 15 Mitarbeitenden sieht das wohl anders aus als bei 150.`, { post: ZEIT, hard: h }),
  C('de', [], `Servus! Bei uns in Graz haben wir die Rabatte nicht ganz abgeschafft, sondern nur noch für Stammkunden mit Kundenkarte. Das hat den Dezember gerettet.`, { post: BUCH, hard: h }),
  C('de', ['comment.generic'], `Super, weiter so!`, { post: LEHRE }),
  C('de', ['comment.generic'], `Mega spannend, danke Lukas!`, { post: KI, hard: h }),
  C('de', ['comment.sales-pitch'], `Interessanter Ansatz. Falls jemand Unterstützung bei der Umsetzung braucht: Wir sind auf Change-Management in Verwaltungen spezialisiert und haben im ersten Quartal noch Kapazität. Einfach per DM melden.`, { post: ZEIT, hard: h }),
  C('de', [], `Danke für diese ehrliche Zwischenbilanz. Was mich interessieren würde: Wie habt ihr die Teilzeitangestellten einbezogen?`, { post: ZEIT }),
]);
