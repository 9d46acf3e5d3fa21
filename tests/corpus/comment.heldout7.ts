import { C, named } from './types';

// Seventh held-out split (issue #3), comments. Written from docs/rules.md only (see invite.heldout7.ts).
const h = true;

const layoff = `Yesterday I was one of 1,100 people let go at our battery plant. Six years in cell quality. Looking for quality engineering roles in Germany or Sweden – any pointers welcome.`;
const award = `Our Hamburg night-shift team just won the DVZ Logistics Award for safety: 412 days without a lost-time incident, thanks to Birgit and Okan's new forklift handover checklist.`;
const baeckerei = `Heute wird unsere Bäckerei 100 Jahre alt. Mein Urgrossvater hat 1925 mit einem Holzofen angefangen, heute backen 34 Menschen bei uns. Was ist Ihre früheste Erinnerung an eine Dorfbäckerei?`;
const remote = `Hot take: fully remote teams onboard juniors worse than office teams. After 3 years of remote hiring, our juniors take twice as long to become independent. What's your experience?`;
const pflege = `Wir haben auf unserer Station die 4-Tage-Woche für Pflegekräfte eingeführt: 4 x 10 Stunden. Nach einem Jahr: weniger Krankheitstage, zwei Rückkehrerinnen aus der Teilzeit. Wie seht ihr das?`;
const obit = `We lost our colleague Margaret Hughes this weekend. She trained half of the nurses on Ward 7 and never once raised her voice. Rest well, Maggie.`;
const route = `We cut our delivery planning time from 3 hours to 20 minutes a day by letting drivers swap stops in a shared sheet before 7am. Low-tech, but it stuck.`;
const wohnung = `Mieten in Leipzig +9 % in einem Jahr. Was mich als Makler mehr überrascht: 6 von 10 Besichtigungen kommen von über 60-Jährigen, die aus zu grossen Häusern ausziehen wollen.`;
const promo = `Thrilled to share that I've been promoted to Head of Claims at Zurich Insurance! Grateful to my manager Priya, who pushed me to apply when I didn't believe I was ready.`;
const lehre = `Unser Lehrling Timo hat seine Gesellenprüfung als Tischler mit 1,3 bestanden. Sein Gesellenstück: ein Schreibtisch aus Rüster mit verdeckten Schwalbenschwänzen.`;
const burnout = `Last spring I burned out. What helped me come back: a fixed end to my workday, one meeting-free afternoon a week, and a manager who asked "what can I take off your plate?".`;
const hr = `Drei Gründe, warum ich als Recruiterin Bewerbungen aussortiere: falsche Firma im Anschreiben, keine Jahreszahlen im Lebenslauf, keine Telefonnummer. Was würdet ihr ergänzen?`;

export default named('comment-heldout7', [
  // --- clean: a thought, an experience, a question, congratulations with a specific detail, polite disagreement ---
  C('en', [], `Congrats to Birgit and Okan – 412 days is huge for a night shift. Did the new checklist slow down the handover at first, or was it quick once people got used to it?`, { post: award, hard: h }),
  C('de', [], `Herzlichen Glückwunsch zum Hundertsten! Meine früheste Erinnerung: die Nussschnecken am Samstag nach dem Schwimmen, noch warm in der Papiertüte.`, { post: baeckerei, hard: h }),
  C('en', [], `I'd push back a little. We went fully remote in 2021 and our juniors ramp faster than before – but only because every junior gets a named buddy for 90 days and a daily 15-minute call. Without that I'd agree with you.`, { post: remote, hard: h }),
  C('de', [], `Spannend. Wie habt ihr das mit den Übergaben gelöst? Bei 10-Stunden-Diensten würde ich befürchten, dass die letzte Stunde fehleranfälliger wird.`, { post: pflege, hard: h }),
  C('en', [], `Maggie taught me to take blood on my second day and laughed when I fainted. Ward 7 won't be the same. Thinking of all of you.`, { post: obit, hard: h }),
  C('en', [], `Love how low-tech this is. Did the drivers need any convincing, or did they start swapping on their own?`, { post: route, hard: h }),
  C('de', [], `Das sehe ich bei uns in Dresden genauso. Das Problem ist oft nicht die Wohnung, sondern der Umzug selbst – viele Ältere schaffen das organisatorisch nicht. Wir arbeiten dafür inzwischen mit einem Seniorenumzugsdienst zusammen.`, { post: wohnung, hard: h }),
  C('en', [], `Congratulations, Hannah! And a big nod to Priya for pushing – more managers should do that out loud.`, { post: promo, hard: h }),
  C('de', [], `Gratulation an Timo! Verdeckte Schwalbenschwänze in Rüster als Gesellenstück – das traut sich nicht jeder. Bleibt er bei euch im Betrieb?`, { post: lehre, hard: h }),
  C('en', [], `The "what can I take off your plate" question is so much better than "how are you". Stealing this for my 1:1s, thank you for being so open.`, { post: burnout, hard: h }),
  C('de', [], `Ich würde noch ergänzen: ein Foto, das älter als zehn Jahre ist. Klingt hart, aber es fällt auf. Ansonsten volle Zustimmung.`, { post: hr, hard: h }),
  C('en', [], `Sorry to hear this, Lars. Our sister plant in Skellefteå was hiring process engineers last month – I'll send you the contact by DM.`, { post: layoff, hard: h }),
  C('de', [], `Hoi Reto, mega cool! 🎉 Das mit de Bilder-Checkliste für d Lernende us de Ukraine nimm ich grad für üsi Schriinerei.`, { post: `Mir händ i üsere Garage zwei Lernendi us de Ukraine agstellt. Mit Bilder-Checkliste für jede Arbeitsschritt hätt's super funktioniert.`, hard: h }),
  C('en', [], `respectfully disagree 😅 as a junior who onboarded remote, the problem wasn't remote, it was nobody writing anything down. once my team started recording decisions i was fine`, { post: remote, hard: h }),
  C('de', [], `Sehr geehrter Herr Kollege, vielen Dank für diese differenzierte Darstellung. Aus unserer Klinik kann ich ergänzen, dass die Rückkehrquote aus der Elternzeit nach Einführung eines ähnlichen Modells von 40 auf 65 % gestiegen ist.`, { post: pflege, hard: h }),
  C('en', [], `We wrote up our own version of this (free, no signup) after our depot tried it: shorturl.at/routes-sheet – the tab with the driver rules is the useful bit.`, { post: route, hard: h }),
  C('de', [], `Danke fürs Teilen, Frau Yılmaz – besonders der Punkt mit der Telefonnummer. Ich hätte nie gedacht, dass das bei jeder fünften Bewerbung fehlt.`, { post: hr, hard: h }),
  C('en', [], `Congrats on 412 days! 👏 Which part of the checklist did people push back on the most?`, { post: award, hard: h }),
  C('de', [], `Wir haben das 2022 auch probiert und nach acht Monaten zurückgedreht, weil die Nachtschicht nicht mitzog. Würde mich interessieren, wie ihr das Nachtdienst-Thema gelöst habt.`, { post: pflege, hard: h }),
  C('en', [], `Lars, DM me your CV – I'm a hiring manager at Volvo Cars in Gothenburg and we have two open roles in battery quality right now.`, { post: layoff, hard: h }),
  C('de', [], `Ich verkaufe selbst Software für Makler, aber ehrlich: Für das Problem hilft keine Software. Da braucht es Umzugshelfer und Geduld.`, { post: wohnung, hard: h }),
  C('en', [], `Which bank holidays do you plan around? Our depot in Leeds had chaos on Boxing Day with this exact setup.`, { post: route }),
  C('de', [], `Gratuliere zum Jubiläum! Die Müllerei Ruckstuhl beliefert übrigens auch unsere Backstube – kleine Welt.`, { post: baeckerei }),

  // --- comment.generic ---
  C('en', ['comment.generic'], `Great post!`, { post: route }),
  C('de', ['comment.generic'], `Herzliche Gratulation!`, { post: lehre }),
  C('en', ['comment.generic'], `🔥🔥🔥`, { post: award }),
  C('de', ['comment.generic'], `Danke fürs Teilen!`, { post: hr }),
  C('en', ['comment.generic'], `So true 💯`, { post: burnout, hard: h }),
  C('de', ['comment.generic'], `Spannend!`, { post: wohnung }),
  C('en', ['comment.generic'], `What a fantastic and insightful post, thank you so much for sharing these valuable insights with all of us here!`, { post: remote, hard: h }),
  C('de', ['comment.generic'], `Sehr geehrte Frau Kollegin, herzlichen Dank für diesen ausgesprochen wertvollen und lesenswerten Beitrag. Mit den besten Grüssen`, { post: pflege, hard: h }),
  C('en', ['comment.generic'], `congrats queen 👑✨ so deserved!!`, { post: promo, hard: h }),
  C('de', ['comment.generic'], `Mega, gratuliere! 👏👏`, { post: lehre, hard: h }),
  C('en', ['comment.generic'], `Well said, Sir. Very inspiring.`, { post: burnout, hard: h }),
  C('de', ['comment.generic'], `Dem kann ich nur zustimmen. 👍`, { post: remote, hard: h }),
  C('en', ['comment.generic'], `Agreed 100%. Great insights as always!`, { post: route, hard: h }),
  C('de', ['comment.generic'], `Toll, weiter so! 💪`, { post: award, hard: h }),
  C('en', ['comment.generic'], `Very interesting perspective, thanks for sharing.`, { post: wohnung, hard: h }),
  C('de', [], `Herzliches Beileid.`, { post: obit, skip: ['comment.generic'], hard: h }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], `This is exactly why we built RouteWise – it does all of this automatically. DM me for a free 30-day trial! 🚚`, { post: route, hard: h }),
  C('de', ['comment.sales-pitch'], `Genau dafür bieten wir unseren Seniorenumzugsservice an – Komplettpaket ab 1.490 €, diesen Monat 10 % Rabatt. Schreiben Sie mir gern eine Nachricht!`, { post: wohnung, hard: h }),
  C('en', ['comment.sales-pitch'], `Great point! If anyone here wants to fix their onboarding for good, my 4-week Remote Onboarding Bootcamp starts Monday – only 5 seats left, link in my profile.`, { post: remote, skip: ['comment.generic'], hard: h }),
  C('de', ['comment.sales-pitch'], `Als Versicherungsmaklerin kann ich nur sagen: Gerade nach einer Kündigung lohnt sich ein Check der Berufsunfähigkeitsversicherung. Ich biete Ihnen gern eine kostenlose Beratung an – melden Sie sich per PN.`, { post: layoff, hard: h }),
  C('en', ['comment.sales-pitch'], `sooo relatable 😩 btw i help ppl go from burnout to $10k months working from home with an amazing wellness company 💕 DM me "FREEDOM" to find out how`, { post: burnout, hard: h }),
  C('de', ['comment.sales-pitch'], `Glückwunsch! Übrigens: Unsere Dienstplan-App «Schichtwerk» macht genau solche Modelle in fünf Minuten planbar. Buchen Sie jetzt eine kostenlose Demo über unsere Website.`, { post: pflege, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Lars, before you take another job, have you thought about crypto? My students make 5–8% a week with my trading system. Message me and I'll get you a discount on the course.`, { post: layoff, hard: h }),
  C('de', ['comment.sales-pitch'], `Toller Beitrag! Wir von der Schreinerei Gasser fertigen übrigens auch Einzelstücke in Rüster – jetzt Offerte anfragen unter www.gasser-holz.ch 🪚`, { post: lehre, skip: ['comment.generic'], hard: h }),
  C('en', ['comment.sales-pitch'], `Our company has helped 200+ hospitals like yours cut sick days by 30% with our wellbeing platform. Happy to set up a quick call to show you how it works.`, { post: burnout, hard: h }),
  C('de', [], `Wir haben dazu einen kostenlosen Leitfaden vom Verband (PDF, ohne Anmeldung) in unserer Gruppe «Pflege im Wandel» verlinkt. Abschnitt 3 zu den Nachtdiensten passt genau zu eurer Frage.`, { post: pflege, hard: h }),
  C('en', [], `We use a small tool called Sheetstops for this, nothing fancy – but honestly the bigger win was the 7am cut-off rule, not the tool.`, { post: route, skip: ['comment.sales-pitch'], hard: h }),
])
