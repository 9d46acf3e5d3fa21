import { P, named } from './types';

// Second held-out split: written after the first tuning round, before looking at held-out errors.
const h = true;

export default named('post-heldout2', [
  P('en', [], `We stopped asking candidates for cover letters in January.

Applications went up 40%. Quality didn't drop. And the two people we hired both said they would never have applied otherwise.

I'm not saying cover letters are useless. I'm saying they filtered for people who enjoy writing cover letters.

What's one hiring step you removed and never missed?`),
  P('de', [], `Unsere Kita hat seit diesem Sommer flexible Abholzeiten bis 18:30. Klingt klein, hat aber für drei Mitarbeiterinnen bei uns den Unterschied gemacht zwischen Teilzeit und Kündigung.

Vereinbarkeit ist selten eine grosse Strategie, oft sind es solche Details.

Welche kleinen Massnahmen haben bei euch am meisten bewirkt?`, { hard: h }),
  P('en', [], `My grandmother ran a bakery in Lucerne for 38 years. She never had a marketing plan, but she knew every customer's usual order.

I think about her every time someone pitches me another personalisation tool. The tool is not the point. Remembering people is.

How do you keep the personal touch as your business grows?`, { hard: h }),
  P('de', [], `Heute vor einem Jahr bin ich als erste Frau in unserem Betrieb Bauleiterin geworden.

Ich bin stolz darauf, aber noch mehr auf das, was sich seither verändert hat: Wir haben jetzt zwei weitere Bauleiterinnen und eine Lernende als Zimmerin.

Danke an meinen Chef Markus, der mir die Stelle zugetraut hat, als ich selbst noch gezögert habe. Was hat euch geholfen, als Erste irgendwo anzufangen?`, { hard: h }),
  P('en', [], `Ask me anything about moving from academia to industry. I did it two years ago after a PhD in chemistry and I remember how lost I felt.

I'll answer every question in the comments this week.`, { hard: h }),

  P('en', ['post.engagement-bait'], `The best career advice I ever got fits in one sentence.

Want it? Drop a 🙋 in the comments and I'll message it to you.`),
  P('de', ['post.engagement-bait'], `Stimmt ihr zu? Dann teilt diesen Post mit eurem Netzwerk! 🔁

Gute Führung beginnt mit Zuhören.`),
  P('en', ['post.engagement-bait'], `Tag someone who taught you more than any university course ever could 👇`),
  P('de', ['post.engagement-bait'], `Nur 1 % der Menschen lesen bis zum Schluss. Wenn du es geschafft hast, kommentiere "JA"! 😉`),

  P('en', ['post.sales-pitch'], `Our spring workshop series is here! 🌷

Learn Excel, Power BI and SQL in 6 evenings. Early bird price CHF 590 (instead of CHF 790) until 15 March.

Register now – places are limited!`),
  P('de', ['post.sales-pitch'], `🎉 Jubiläumsaktion: 25 % Rabatt auf alle Coachings im Dezember!

Schreibt mir eine Nachricht mit dem Stichwort "JUBI" und sichert euch euren Termin.`, { skip: ['post.engagement-bait'] }),
  P('en', [], `We're raising our prices on 1 April, and I want to explain why before anyone reads it in an email.

Our support team grew from 3 to 7 people so that every ticket is answered by a human within four hours. That costs money, and we'd rather charge fairly than cut corners.

Existing customers keep their current price for another 12 months. Questions? Reply here or write to me directly.`, { hard: h }),

  P('en', ['post.self-promotion', 'post.no-conversation'], `Honoured to share that I have been named "Young Entrepreneur of the Year" by the Zurich Chamber of Commerce! 🏆

Building my company from zero to 40 employees in four years has been my biggest achievement so far. I always knew I could do it.`),
  P('de', ['post.self-promotion'], `Ich bin so stolz, bekannt zu geben, dass ich als beste Verkäuferin des Jahres ausgezeichnet wurde! 🥇💪`),
  P('en', [], `I passed my CFA Level III exam today. 🎉

Three years, about 1,000 hours of study, mostly between 5 and 7 a.m. before work. Thank you to my wife, who took over every weekend morning, and to my study group on Zoom.

If you're starting Level I: the mock exams matter more than the textbooks. Happy to share my schedule with anyone who asks.`, { hard: h }),

  P('en', ['post.too-personal', 'post.hook'], `Nothing beats a lazy Sunday in the mountains with my husband and our dog 🏔️🐕 Fondue at the hut, a long walk and then straight to the sauna. Perfect weekend. Back to reality tomorrow but feeling so recharged and happy!`),
  P('de', ['post.too-personal'], `Hochzeitstag! 💍 15 Jahre mit dem besten Mann der Welt. Heute Abend gibt es Raclette und Champagner 🥂`),
  P('en', [], `I spent the Easter holidays fixing my parents' old farmhouse with my brothers.

Nobody was in charge, so for two days we argued about everything. On day three my youngest brother made a list on the fridge: who owns which room. The arguing stopped.

I've now done the same with our project board at work. Clear ownership beats good intentions. Who owns what in your team?`, { hard: h }),

  P('en', ['post.no-conversation', 'post.hook'], `Five years ago we started recycling coffee grounds from our office kitchen into mushroom substrate. Today the mushrooms are served in our staff canteen and the project employs two people from a local integration programme. It started with one colleague and a bucket, and it shows that sustainability projects do not need a big budget to begin.`),
  P('de', ['post.no-conversation', 'post.hook'], `Wir haben im letzten Quartal unsere Lieferzeiten von fünf auf drei Tage reduziert. Der grösste Hebel war nicht die Logistik, sondern eine einfachere Bestellmaske für unsere Kundinnen und Kunden, weil falsche Bestellungen vorher viele Rückfragen ausgelöst haben. Manchmal liegt die Lösung dort, wo man sie nicht sucht.`),
  P('de', ['post.hook'], `Wir haben unsere Checkliste für barrierefreie PDFs veröffentlicht, frei verfügbar unter CC BY. Sie entstand zusammen mit zwei blinden Testerinnen aus unserem Team und deckt die häufigsten Fehler ab, die wir in Behörden-Dokumenten gefunden haben. Wer Ergänzungen hat, darf mir sehr gerne schreiben.`, { hard: h }),

  P('en', ['post.hashtags'], `Proud of our interns who presented their robotics projects today! Which project would you fund?

#robotics #engineering #internship #STEM #innovation #education #future #youngtalent`),
  P('de', ['post.hashtags'], `Neuer Podcast: Wie gründet man im Kanton Jura? Hört rein und sagt mir, was euch fehlt. #Startup #Gründung #Jura #Schweiz #Unternehmertum #Podcast`),
  P('en', [], `Our annual report is out – short, readable and with real numbers. What would you like companies to report on? #ESG #reporting #transparency`, { hard: h }),

  P('en', ['post.wall-of-text', 'post.hook'], `Every year around this time I sit down with the people on my team and ask them three questions, not about performance or goals but about energy, namely which part of their work gave them energy this year, which part drained it, and what they would change if they could change exactly one thing, and every year the answers surprise me, because the things I assumed were draining, like customer calls or on-call weeks, are often the things people enjoy most, while small invisible tasks like updating spreadsheets for reports nobody reads come up again and again as the biggest drain, and this year we finally did something about it by deleting four recurring reports after checking that no one had opened them in six months. What is one task you would delete from your job tomorrow if you could?`),
  P('de', ['post.wall-of-text', 'post.hook'], `Als ich vor acht Jahren meine erste Stelle als Primarlehrerin in einer kleinen Gemeinde im Emmental angetreten habe, dachte ich, das Schwierigste würde der Unterricht sein, aber schnell habe ich gemerkt, dass die eigentliche Herausforderung die Zusammenarbeit mit den Eltern ist, weil jede Familie andere Erwartungen hat und weil viele Eltern selbst schlechte Erfahrungen mit der Schule gemacht haben, und so habe ich angefangen, jeden Freitag eine kurze Nachricht an alle Eltern zu schreiben, in der ich nicht nur über Probleme berichte, sondern vor allem über kleine Fortschritte, und seitdem sind die Elterngespräche viel entspannter geworden und ich bekomme sogar ab und zu eine Rückmeldung, dass sich ein Kind auf den Montag freut. Wie pflegt ihr den Kontakt zu den Eltern?`),

  P('en', ['post.hook'], `If you had told me when I was sorting parcels on the night shift at the Härkingen distribution centre that I would one day lead the operations team of the same company, responsible for more than 600 people across three sites, I would not have believed a word.

The night shift taught me everything that matters: people remember how you treat them at 3 a.m.

What's the job that taught you the most?`),
  P('de', [], `Kurze Frage: Wer nutzt in der Buchhaltung schon KI-Tools für die Belegerfassung?

Wir testen gerade zwei Anbieter und die Resultate sind sehr unterschiedlich. Ich bin gespannt auf eure Erfahrungen.`, { hard: h }),
]);
