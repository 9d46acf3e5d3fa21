import { C, named } from './types';

// Tenth held-out split (issue #3): a fresh blind measurement of the text coach.
// Written from docs/rules.md only, without reading the engine's phrase lists, its results or earlier splits' texts.
// Short comments that still add something (a detail, an experience, a question), congratulations with a
// real follow-up, disagreement, shared free resources, next to low-effort one-liners (also with names,
// emoji and in Swiss German) and pitches, blatant or wrapped in praise.
const h = true;

const layoffPost = `Today we told 60 colleagues that their roles will end in March. If your company is hiring in logistics or customer service in the Basel area, would you let me know?`;
const promotionPost = `Excited to share that I'm starting a new position as Head of Data at Helvetia Insurance!`;
const lehrePost = `Heute habe ich meine Lehrabschlussprüfung als Zimmermann bestanden! Danke an meinen Lehrmeister Sepp und an das ganze Team der Holzbau Gruber in Schwyz.`;
const burnoutPost = `Burnout in our ICU team is not a personal weakness, it's a scheduling problem. We changed to self-rostering and sick leave dropped by a third. How do you handle it?`;
const fourDayPost = `Seit einem Jahr arbeiten wir in unserer Schreinerei mit einer Vier-Tage-Woche. Weniger Krankheitstage, mehr Bewerbungen. Hat jemand aus dem Handwerk Erfahrung damit?`;
const aiPost = `Our hospital started using AI for triage notes. Doctors save 20 minutes per shift, but nurses feel left out of the decisions. What would you do?`;
const excelPost = `Warum arbeiten wir in der Buchhaltung immer noch mit Excel, obwohl wir ein ERP haben? Welche Altlasten liegen bei euch noch herum?`;
const volunteerPost = `This weekend 42 volunteers repaired 180 bikes for refugee families in Zurich. Huge thanks to everyone who helped!`;
const pensionPost = `Die Pensionskassen in der Schweiz müssen ihre Umwandlungssätze weiter senken. Was bedeutet das für Teilzeitarbeitende, meist Frauen?`;
const startupPost = `We just closed our seed round of CHF 3M for GreenRoute, last-mile logistics for pharmacies. Thank you to our investors and our first 12 pilot pharmacies!`;

export default named('comment-heldout10', [
  // --- clean: adds a thought, an experience or a question ---
  C('en', [], `We did the same in our ward at the USZ two years ago. What made it work for us was a hard rule that nobody could swap more than two shifts a month – otherwise the same three people always covered.`, { post: burnoutPost, hard: h }),
  C('de', [], `Gratuliere, Sämi! Bleibst du in Schwyz oder zieht es dich jetzt auf die Walz?`, { post: lehrePost, hard: h }),
  C('en', [], `Congrats on the move, Anna! Curious whether you'll build the data team from scratch or inherit the actuarial analysts?`, { post: promotionPost, hard: h }),
  C('de', [], `Wir haben's ausprobiert und sind nach acht Monaten zurück zur Fünf-Tage-Woche. Grund: Montagen bei Privatkunden, die nur freitags können. Hat bei euch jemand eine Lösung dafür gefunden?`, { post: fourDayPost, hard: h }),
  C('en', [], `Respectfully, I disagree. In our ER the nurses were involved from day one and still felt left out, because the tool only summarised the doctors' notes. The problem was the data, not the process.`, { post: aiPost, hard: h }),
  C('de', [], `Bei uns war's die Spesenabrechnung – ein Excel von 2009, das nur noch eine Person verstanden hat. Als sie pensioniert wurde, haben wir's endlich abgelöst.`, { post: excelPost, hard: h }),
  C('en', [], `Roche Kaiseraugst is hiring in warehouse logistics right now, about 15 open roles. Happy to forward CVs to the hiring manager directly if people send them my way.`, { post: layoffPost, hard: h }),
  C('de', [], `Das Bundesamt für Sozialversicherungen hat dazu eine gut verständliche Übersicht mit Rechenbeispielen für Teilzeit veröffentlicht, gratis als PDF auf bsv.admin.ch. Lohnt sich für alle, die mit 60 % arbeiten.`, { post: pensionPost, hard: h }),
  C('en', [], `Kofi and Mariam, you two are the reason this keeps happening every year. Count me in for March – I can bring a second stand and tools.`, { post: volunteerPost, hard: h }),
  C('de', [], `Mega schön, Mäx! Weisch no, wo mir im erschte Lehrjahr de Dachstuel vom Schuelhuus Ibach ufgrichtet händ? Jetzt bisch fertig – was chunnt als nächschts?`, { post: lehrePost, hard: h }),
  C('en', [], `Interesting numbers. Did the drop in sick leave hold after the first six months? In our case it came back once the novelty wore off.`, { post: burnoutPost, hard: h }),
  C('de', [], `Spannend! Wie habt ihr das mit dem Pikettdienst im Team gelöst? Rotiert der wöchentlich?`, { post: fourDayPost, hard: h }),
  C('en', [], `Congratulations to the whole GreenRoute team! As one of the 12 pilot pharmacies (Apotheke am Bahnhof, Aarau): the biggest win for us was same-day delivery to elderly patients who can't come in.`, { post: startupPost, hard: h }),
  C('de', [], `Ich würde ergänzen: Es betrifft nicht nur Frauen in Teilzeit, sondern alle mit mehreren kleinen Pensen. Die Koordinationsabzüge fallen dann mehrfach an.`, { post: pensionPost }),
  C('en', [], `We wrote up our self-rostering rules in a free two-page guide after a lot of people asked – no signup, just the PDF on the Swiss Nurses Association site. Hope it helps someone.`, { post: burnoutPost, hard: h }),
  C('de', [], `Ich arbeite selbst als Pflegefachfrau auf einer IPS im Kantonsspital St. Gallen. Bei uns waren nicht die Schichten das Problem, sondern die kurzfristigen Einsätze auf anderen Stationen.`, { post: burnoutPost, hard: h }),
  C('en', [], `Thanks for sharing the numbers, not just the story. Would you be willing to say how many people were in the pilot? 20 minutes per shift sounds huge.`, { post: aiPost, hard: h }),
  C('de', [], `Herzliche Gratulation, Simon! Ich erinnere mich noch gut an deinen ersten Tag bei uns in der Werkstatt – du hast mehr Fragen gestellt als alle anderen Lernenden zusammen. Weiter so!`, { post: lehrePost, hard: h }),
  C('en', [], `Honest question: how do you keep the volunteers coming back? Our repair café in Lausanne had 30 people the first time and 6 the third time.`, { post: volunteerPost }),
  C('de', [], `Danke für die Offenheit. Als Personalchefin eines Logistikunternehmens in Pratteln: Wir haben drei Stellen im Kundendienst offen, ich schicke dir die Ausschreibungen gern per Nachricht.`, { post: layoffPost, hard: h }),
  C('en', [], `Agree with the direction, but I'd be careful with the word "scheduling problem". In our hospital the root cause was understaffing, and self-rostering just made that visible.`, { post: burnoutPost, hard: h }),
  C('de', [], `Guet gmacht! Bi eus im Betrieb isch es grad umgekehrt, mir händ z vill Büez und z wenig Lüt. Wie finded ihr eui Lernende?`, { post: fourDayPost, hard: h }),
  C('en', [], `Love that you thanked the pilot pharmacies by name in the deck. Which canton was hardest to get the licences in?`, { post: startupPost, hard: h }),
  C('de', [], `Wichtiger Punkt. Die Gleichstellungsbüros von Bern und Zürich haben letztes Jahr eine Studie dazu publiziert, Titel «Vorsorgelücke Teilzeit» – frei verfügbar. Die Zahlen sind erschreckend.`, { post: pensionPost, hard: h }),
  C('en', [], `Congrats Anna! Helvetia is lucky. (And thanks for the SQL tips back at Zurich Insurance, I still use your window-function cheat sheet.)`, { post: promotionPost, hard: h }),
  C('de', [], `Spannender Beitrag – bei uns in der Gemeindeverwaltung Köniz ist es genau so. Habt ihr die Excel-Listen einfach gelöscht oder zuerst archiviert?`, { post: excelPost, hard: h }),
  C('en', [], `As an HR lead at a mid-size bank: transparency on the outplacement package is rare. Thank you. Sending you two open roles in Basel by message.`, { post: layoffPost, hard: h }),
  C('de', [], `In Österreich gibt es das freiwillige Pensionssplitting, bei dem Eltern ihre Beitragszeiten aufteilen können. Wäre so etwas in der Schweiz politisch überhaupt denkbar?`, { post: pensionPost, hard: h }),
  C('en', [], `In Portugal we have the same discussion since years. For me the key is the employer part, not the state. Do Swiss companies usually pay more than the legal minimum?`, { post: pensionPost, hard: h }),
  C('de', [], `Herzlichen Dank für eure Arbeit! Ich habe letztes Jahr als Freiwillige mitgeholfen und unser Velo-Set an eine Familie aus Afghanistan übergeben – die Tochter fährt heute damit zur Schule.`, { post: volunteerPost, hard: h }),

  // --- comment.generic ---
  C('en', ['comment.generic'], `Great post!`, { post: burnoutPost }),
  C('en', ['comment.generic'], `Congrats! 🎉`, { post: promotionPost }),
  C('en', ['comment.generic'], `Thanks for sharing 🙏`, { post: aiPost }),
  C('en', ['comment.generic'], `Agreed.`, { post: burnoutPost }),
  C('de', ['comment.generic'], `Toller Beitrag!`, { post: fourDayPost }),
  C('de', ['comment.generic'], `Gratuliere! 👏`, { post: lehrePost }),
  C('en', ['comment.generic'], `👏👏👏`, { post: volunteerPost, hard: h }),
  C('de', ['comment.generic'], `Merci vielmal fürs Teile!`, { post: pensionPost, hard: h }),
  C('de', ['comment.generic'], `Super, weiter so! 💪`, { post: startupPost }),
  C('en', ['comment.generic'], `So true 💯`, { post: aiPost, hard: h }),
  C('de', ['comment.generic'], `Herzliche Gratulation, Luki!`, { post: lehrePost, hard: h }),
  C('en', ['comment.generic'], `Congratulations on the new role, Anna! Well deserved.`, { post: promotionPost, hard: h }),
  C('de', ['comment.generic'], `Danke für deine wertvollen Gedanken, Regula! Sehr inspirierend.`, { post: pensionPost, hard: h }),
  C('en', ['comment.generic'], `Very insightful, thank you for sharing this valuable content with your network.`, { post: aiPost, hard: h }),
  C('de', ['comment.generic'], `Spannend, danke!`, { post: excelPost, hard: h }),
  C('de', ['comment.generic'], `Bravo, so isch es! 👍`, { post: fourDayPost, hard: h }),
  C('en', ['comment.generic'], `Wow, what a journey 🙌 Keep shining!`, { post: startupPost, hard: h }),
  C('de', ['comment.generic'], `Chapeau! 🎩`, { post: lehrePost, hard: h }),

  // --- comment.sales-pitch ---
  C('en', ['comment.sales-pitch'], `Great insights! At ShiftFlow we help hospitals automate exactly this. DM me for a free 30-day trial.`, { post: burnoutPost, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Genau dafür haben wir unsere App entwickelt! Schreib mir eine PN, dann bekommst du 20 % Rabatt aufs erste Jahr.`, { post: excelPost }),
  C('en', ['comment.sales-pitch'], `We solved exactly this for 30 Swiss hospitals. Happy to show you how in a quick call – just drop me a message.`, { post: aiPost, hard: h }),
  C('de', ['comment.sales-pitch'], `Interessanter Punkt. Falls jemand Unterstützung bei der Umsetzung sucht: Wir bieten dafür ein Einführungspaket ab CHF 2'900 an, Details per Nachricht.`, { post: fourDayPost, hard: h }),
  C('en', ['comment.sales-pitch'], `Congrats on the round! 🚀 If you need help with investor reporting, our CFO-as-a-service starts at CHF 800/month. Let's talk!`, { post: startupPost, hard: h, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Liebe Grüsse an alle Betroffenen. Wer sich jetzt neu orientieren will: Mein Karrierecoaching-Paket hilft dir, in 90 Tagen den Traumjob zu finden. Schreib mir «JOB» per Nachricht.`, { post: layoffPost, hard: h }),
  C('en', ['comment.sales-pitch'], `This is why I started my own business! 💰 Work from home, flexible hours, earn while you sleep. Message me if you want to know how.`, { post: layoffPost, hard: h }),
  C('de', ['comment.sales-pitch'], `Mir händ genau für das e Software für Schriinereie, wo d Iisatzplanig automatisch macht. Meld di bi mir, denn mach i der e Demo!`, { post: fourDayPost, hard: h }),
  C('en', ['comment.sales-pitch'], `Love this initiative! Our company offers bike fleet leasing for NGOs at 25% off this quarter – happy to send you an offer.`, { post: volunteerPost, hard: h, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Sehr wichtiges Thema! Als unabhängiger Vorsorgeberater zeige ich Ihnen gerne in einem kostenlosen Erstgespräch, wie Sie Ihre Vorsorgelücke schliessen. Termin über meinen Link im Profil.`, { post: pensionPost, hard: h }),
  C('en', ['comment.sales-pitch'], `Great question! We've built an AI tool that fixes this for nursing teams – 14 Swiss hospitals already use it. Book a demo on our site this week and get onboarding for free.`, { post: aiPost, hard: h, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], `Toll! Übrigens: Unser ERP-Modul löst genau solche Excel-Altlasten – bis Ende Monat 3 Monate gratis. Kurze Nachricht an mich genügt.`, { post: excelPost, hard: h, skip: ['comment.generic'] }),
]);
