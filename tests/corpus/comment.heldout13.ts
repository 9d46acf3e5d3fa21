import { C, named } from './types';

const h = true;

const firePost = 'Our volunteer fire brigade in Davos moved into the new station today. 20 years of planning, 3 votes in the village assembly, and finally a place where the night shift can actually sleep.';
const feuerPost = 'Heute durften wir mit der Freiwilligen Feuerwehr Feldkirch das neue Gerätehaus beziehen. Danke an alle, die jahrelang dafür gekämpft haben!';
const apprenticePost = 'Wie haltet ihr Lernende im dritten Lehrjahr motiviert? Bei uns in der Schreinerei in Ilanz planen sie seit diesem Jahr einen Kundenauftrag komplett selbst.';
const carePost = 'Nachtdienst im Pflegeheim: Wir sind zu zweit für 60 Bewohner. Was würdet ihr an unserer Stelle als Erstes ändern?';
const farmPost = 'We switched our 40-cow farm in the Allgäu to hay milk last year. Less volume, better price, and the cows are calmer. Happy to answer questions.';
const promoPost = 'Nach 12 Jahren im Vertrieb starte ich ab Montag als Geschäftsführerin der Bergbahnen Savognin. Danke an alle, die mich auf diesem Weg begleitet haben!';
const newJobPost = "I'm starting as head of the municipal library in Bautzen next month. Twelve years after shelving books there as a student.";
const hiringPost = 'Our bakery in Chemnitz has been looking for a second baker for eight months. Nobody applies. What are we doing wrong?';
const leadPost = 'Lesson from 20 years as a police officer in Bochum: most conflicts calm down when you lower your voice, not when you raise it.';
const startupPost = 'Wir haben unsere Pre-Seed-Runde für unseren Lawinensensor abgeschlossen. 800k CHF, 14 Investorinnen und Investoren aus Graubünden.';
const realEstatePost = 'Die Preise für Ferienwohnungen im Engadin sind dieses Jahr erstmals gesunken. Was bedeutet das für Einheimische, die eine Wohnung suchen?';
const coachPost = 'Our U14 team lost every game this season and still had the best attendance at training in the whole canton. I think that matters more.';

export default named('comment-heldout13', [
  // --- good comments (expect nothing) ---
  C('en', [], 'Congrats, Maria! The bunk room looks like it was designed by people who actually do night shifts. Did you get the blackout blinds through the same budget?', { post: firePost, hard: h }),
  C('de', [], 'Gratuliere euch! Bei uns in Hohenems hat der Neubau elf Jahre gedauert. Habt ihr die Jugendfeuerwehr auch gleich mit eingeplant?', { post: feuerPost, hard: h }),
  C('de', [], 'Toller Beitrag! Wir machen etwas Ähnliches in unserer Metzgerei in Landquart: Die Lernenden im dritten Jahr übernehmen einen ganzen Apéro-Auftrag. Der Stolz danach ist unbezahlbar.', { post: apprenticePost, hard: h }),
  C('de', [], 'Zu zweit für 60 ist schlicht zu wenig. Wir haben bei uns in Thusis eine Springerin für die erste Nachthälfte eingeführt – das hat die Stürze in der Nacht deutlich reduziert.', { post: carePost, hard: h }),
  C('en', [], 'Thanks for sharing, Anton! How did your dairy react to the switch? Ours in the Bregenzerwald only takes hay milk from farms with a minimum of 60 cows.', { post: farmPost, hard: h }),
  C('de', [], 'Herzliche Gratulation, Corina! Als du bei uns im Vertrieb warst, hast du jede Sitzung mit einer Frage an die Kundschaft begonnen – das wird auch den Bergbahnen guttun.', { post: promoPost, hard: h }),
  C('en', [], 'What a full circle! Will you bring back the summer reading club for kids? It was the reason I started reading as a child in Bautzen.', { post: newJobPost, hard: h }),
  C('en', [], 'Have you tried posting the job at the vocational school in Zwickau directly? We found our last two bakers there, both trained in smaller towns and happy to move.', { post: hiringPost, hard: h }),
  C('en', [], "Agreed, and it's the same in nursing. When a patient shouts, the quietest nurse on the ward usually gets through first.", { post: leadPost, hard: h }),
  C('de', [], 'Gratuliere zur Runde! Wie habt ihr die Pistendienste davon überzeugt, den Sensor im ersten Winter zu testen? Das ist ja oft die grösste Hürde für Hardware-Startups.', { post: startupPost, hard: h }),
  C('de', [], 'Als Gemeindeschreiberin in Zuoz sehe ich eher das Gegenteil: Die Preise sinken, aber die Wohnungen stehen trotzdem leer. Es braucht Erstwohnungsanteile, nicht nur tiefere Preise.', { post: realEstatePost, hard: h }),
  C('en', [], 'Interesting point about attendance. As a coach in Mendrisio I track the same thing – kids who keep coming after losing streaks are the ones who stay in the club at 18.', { post: coachPost, hard: h }),
  C('de', [], 'Die SUVA hat dazu eine kostenlose Checkliste für Nachtarbeit in Heimen, die uns sehr geholfen hat: suva.ch, Stichwort Schichtarbeit.', { post: carePost, hard: h }),
  C('en', [], 'The Bavarian farmers\' association has a free guide on the hay-milk conversion with cost tables. I used it last spring and it saved me a lot of phone calls.', { post: farmPost, hard: h }),
  C('de', [], 'Ich bin selbst Bäckermeister in Plauen und kenne das. Bei uns kam die Wende, als wir die Nachtschicht auf 4 Uhr verschoben haben. Könnt ihr bei euch später anfangen?', { post: hiringPost, hard: h }),
  C('en', [], 'Thanks for sharing this! One question: do the kids know the attendance numbers? Showing them might be a bigger motivator than the table.', { post: coachPost, hard: h }),
  C('de', [], 'Servus Franz, danke für den Einblick. Bei uns im Pongau haben wir die gleichen Erfahrungen mit Melkrobotern gemacht – die Kühe brauchen ungefähr drei Wochen.', { post: 'Erfahrungsbericht: Ein Jahr Melkroboter auf unserem Hof im Salzburger Land. Was ich heute anders machen würde.', hard: h }),
  C('en', [], "Well said. I'd add one thing from my years as a military police officer: lowering your voice only works if your body language matches.", { post: leadPost, hard: h }),
  C('de', [], 'Spannend, Herr Brunner. Gilt das auch für Zweitwohnungen, die vor 2012 gebaut wurden? Da sind die Regeln ja anders.', { post: realEstatePost, hard: h }),
  C('en', [], 'As a translator I would push back a little: in Ticino the word "feedback" is often heard as criticism, so we use "riscontro" in internal mails. Small words matter.', { post: 'Why the English word "feedback" works badly in multilingual teams.', hard: h }),
  C('de', [], 'Liebe Jana, danke für die offenen Worte. Als Pfarrerin im Erzgebirge erlebe ich, dass gerade Trauernde in kleinen Orten lieber im Laden reden als im Pfarrhaus. Vielleicht sollten wir beide Orte öfter zusammen denken.', { post: 'Seelsorge findet heute oft zwischen Tür und Angel statt. Wo führt ihr eure wichtigsten Gespräche?', hard: h }),
  C('en', [], 'Congrats on the new role! Your posts on packaging waste at the cheese dairy were always the most practical ones in my feed – hope you keep writing them from Zurich.', { post: "I'm joining Emmi as head of sustainability in January.", hard: h }),
  C('de', [], 'Wir haben bei der Stadtpolizei Winterthur genau dafür ein Tandem-Modell: Neue Kolleginnen fahren drei Monate mit derselben erfahrenen Person. Gerne erzähle ich mehr, falls ihr das prüfen wollt.', { post: 'Wie begleitet ihr neue Polizistinnen und Polizisten in den ersten Monaten nach der Ausbildung?', hard: h }),
  C('en', [], 'I run a small photography studio in Chur and had the same problem with clients not paying on time. What helped: a 30% deposit and the contract signed at the first meeting.', { post: 'Freelancers, how do you deal with late payments?', hard: h }),
  C('de', [], 'Hoi Reto, wie viele Lernende habt ihr aktuell im Betrieb? Bei 2 oder 3 ist so ein Projekt ja einfacher zu begleiten als bei 10.', { post: apprenticePost }),
  C('en', [], 'We had the exact same debate in our church choir in Feldkirch. In the end we split rehearsals: one for those who want to perform, one for those who just want to sing.', { post: 'How do volunteer groups balance ambition and fun?' }),
  C('de', [], 'Danke fürs Teilen! Genau diese Zahl – 8 von 60 tagsüber erreichbar – sollte jeder Gemeinderat kennen, bevor er über das Feuerwehrbudget abstimmt.', { post: 'Die Feuerwehr Mels: tagsüber sind nur noch 8 von 60 Mitgliedern im Dorf erreichbar.', hard: h }),
  C('en', [], 'Respect for writing this. I was a recruiter for 10 years and never once asked a candidate about their volunteer work, which in hindsight says more than most CVs.', { post: 'My time in the volunteer ambulance service taught me more about leadership than my MBA.', hard: h }),
  C('de', [], 'Wo genau liegt der Hof? Wir suchen für unsere Schulklasse aus Rosenheim noch einen Betrieb für den Bauernhoftag im Mai.', { post: farmPost }),
  C('en', [], 'Love this. 🙌 In our scout group in Lugano we do the same with the older kids: they plan the summer camp menu and budget, and they never overspend.', { post: apprenticePost, hard: h }),
  C('de', [], 'Gratuliere! 🎉 Die Idee mit dem Dorfladen als Treffpunkt haben wir in Tschlin übernommen, und sie funktioniert auch im Winter, wenn kaum Touristen da sind.', { post: 'Unser Dorfladen in Valchava feiert das erste Jahr als Genossenschaft. 112 Mitglieder, jeden Tag offen.', hard: h }),

  C('en', [], "Interesting, but I'd question the calmer-cows part. In our valley the hay-milk premium barely covered the extra drying costs. What do you use to power the hay dryer?", { post: farmPost, hard: h }),
  C('de', [], 'Gratuliere, Corina! Eine Frage aus Tinizong: Bleibt die Sesselbahn auch im Sommer in Betrieb? Für unsere Wandergruppen wäre das entscheidend.', { post: promoPost, hard: h }),
  C('en', [], 'Thank you for this. I teach Year 9 in Gelsenkirchen and will try it in the next heated class discussion. I will report back on how it went.', { post: leadPost, hard: h }),
  // --- generic ---
  C('en', ['comment.generic'], 'Great post!', { post: leadPost }),
  C('de', ['comment.generic'], 'Gratuliere!', { post: promoPost }),
  C('en', ['comment.generic'], 'Thanks for sharing 🙏', { post: farmPost }),
  C('de', ['comment.generic'], 'Toller Beitrag 👏', { post: apprenticePost }),
  C('en', ['comment.generic'], '👏👏👏', { post: firePost }),
  C('de', ['comment.generic'], 'Herzliche Gratulation, Corina! 🎉', { post: promoPost, hard: h }),
  C('en', ['comment.generic'], 'Well said, Thomas.', { post: leadPost, hard: h }),
  C('de', ['comment.generic'], 'Spannend!', { post: realEstatePost }),
  C('en', ['comment.generic'], 'Congratulations on the new role, wishing you all the best for this exciting journey!', { post: newJobPost, hard: h }),
  C('de', ['comment.generic'], 'Sehr inspirierend, weiter so! 💪', { post: coachPost, hard: h }),
  C('en', ['comment.generic'], 'So true! 💯', { post: leadPost }),
  C('de', ['comment.generic'], 'Danke fürs Teilen, sehr wertvolle Gedanken.', { post: carePost, hard: h }),
  C('en', ['comment.generic'], 'Agreed 👍', { post: coachPost }),
  C('de', ['comment.generic'], 'Stark, Gratuliere euch allen!! 🚒🔥', { post: feuerPost, hard: h }),
  C('de', ['comment.generic'], 'Super Sache, gefällt mir sehr.', { post: startupPost, hard: h }),

  C('en', ['comment.generic'], 'Interesting perspective.', { post: realEstatePost }),
  C('en', ['comment.generic'], 'Congrats! 🎉', { post: startupPost }),
  // --- sales pitches ---
  C('en', ['comment.sales-pitch'], 'We offer exactly this – DM me for a free consultation!', { post: hiringPost, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], 'Wir haben das für über 40 Bäckereien mit unserer Dienstplan-Software gelöst. Gerne zeige ich Ihnen in 15 Minuten, wie das bei Ihnen aussehen könnte.', { post: hiringPost, hard: h }),
  C('en', ['comment.sales-pitch'], 'If you want to earn like this from home while the kids are at school, send me a message 💕 I only take 3 new partners this month.', { post: newJobPost, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], 'Bitcoin löst dieses Problem. Tritt meiner Telegram-Gruppe bei, dort gibt es täglich Signale – die ersten 100 Mitglieder zahlen nur 29 € im Monat 🚀', { post: realEstatePost, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], 'Looking for a buyer in Lugano? I sold 23 homes there last year and have clients waiting. Just DM me and I\'ll send you a free valuation.', { post: 'We are thinking about selling our parents\' house in Lugano. Where do we even start?', hard: h }),
  C('de', ['comment.sales-pitch'], 'Genau dafür bieten wir einen Workshop an – nächster Termin am 12. Mai in Chur, nur noch 3 Plätze frei. Anmeldung über den Link in meinem Profil.', { post: apprenticePost }),
  C('en', ['comment.sales-pitch'], 'As a recruiter I have 5 pre-screened bakers available right now, starting next month. Message me for their profiles and our fee sheet.', { post: hiringPost, hard: h }),
  C('de', ['comment.sales-pitch'], 'Unsere Agentur übernimmt Ihre Social-Media-Kanäle ab CHF 490 pro Monat. Schreiben Sie mir eine PN für ein unverbindliches Angebot.', { post: startupPost, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], 'Love this! By the way, if anyone needs professional headshots for their profile, I\'m running a 20% discount this month in Zurich and Chur 📸', { post: newJobPost, hard: h, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], 'Spannend! Genau dafür habe ich einen Onlinekurs entwickelt – Leserinnen und Leser dieses Beitrags bekommen 30 % Rabatt mit dem Code LINKEDIN30.', { post: carePost, hard: h, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], 'Good question. Our scheduling tool for care homes does this automatically and is already used in 80 homes across Switzerland – happy to send you a free trial licence.', { post: carePost, hard: h, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], 'Herzlichen Glückwunsch! Falls ihr für die Einweihung noch einen Fotografen braucht: Ich mache Feuerwehr-Events zum Vereinspreis von 350 €, einfach kurz anschreiben.', { post: feuerPost, hard: h, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], 'Kennen Sie schon unsere Versicherung speziell für Landwirte? Bis Ende Monat sparen Sie 15 % auf die erste Jahresprämie. Melden Sie sich bei mir für eine Offerte.', { post: 'Erfahrungsbericht: Ein Jahr Melkroboter auf unserem Hof im Salzburger Land. Was ich heute anders machen würde.', hard: h, skip: ['comment.generic'] }),
  C('en', ['comment.sales-pitch'], 'Great insights 🔥 My 6-week mindset programme helps coaches build exactly this kind of team culture. Comment or DM "TEAM" and I\'ll send you the details.', { post: coachPost, hard: h, skip: ['comment.generic'] }),
  C('de', ['comment.sales-pitch'], 'Wir vermitteln Pflegefachkräfte aus Südtirol, sofort verfügbar und zum Festpreis pro Vermittlung. Rufen Sie mich an, ich schicke Ihnen gerne passende Profile.', { post: carePost, hard: h }),
]);
