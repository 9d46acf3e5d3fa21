import { P, named } from './types';

// Third held-out split: written after the second tuning round; scored once, at the end, never tuned on.
const h = true;

export default named('post-heldout3', [
  P('en', [], `We asked our customers to rate our onboarding emails. Average score: 2.9 out of 5.

The complaint wasn't length. It was timing: we sent the "advanced tips" email on day 2, before most people had logged in twice.

We now send emails based on what people have done, not on the calendar. The score is 4.3.

How do you decide when to send what?`),
  P('de', [], `Als Lehrmeister habe ich dieses Jahr zum ersten Mal zwei Lernende mit ADHS begleitet.

Ich musste mehr lernen als sie: kürzere Aufträge, klare Checklisten, und Pausen, die nicht als Belohnung gelten, sondern als Teil der Arbeit.

Beide haben die Zwischenprüfung mit einer 5 bestanden. Welche Anpassungen haben sich in euren Betrieben bewährt?`, { hard: h }),
  P('en', [], `My son started his apprenticeship as an electrician this week, and his first task was sweeping the workshop.

He came home annoyed. I told him what my first boss told me: the person who sweeps the floor sees where everything is kept.

Twenty years later, I still believe that's the best onboarding there is. What was your first task in your first job?`, { hard: h }),
  P('de', ['post.hook'], `Heute vor 20 Jahren habe ich unsere Gärtnerei von meinen Eltern übernommen. Ich möchte allen danken, die uns begleitet haben: unseren Mitarbeitenden, den Lernenden und den Kundinnen und Kunden, die jeden Frühling wiederkommen.

Was ich in 20 Jahren gelernt habe: Pflanzen verzeihen Fehler, Menschen auch – wenn man ehrlich ist.

Was hat euch eure erste Führungsaufgabe gelehrt?`, { hard: h }),

  P('en', ['post.engagement-bait'], `Unpopular opinion: Fridays should be meeting-free.

Repost if you agree 🔁`),
  P('de', ['post.engagement-bait'], `Ich verlose 3 Exemplare meines Buches! 📚

So nimmst du teil: Beitrag liken, kommentieren und eine Person markieren, die es lesen sollte.`),
  P('en', ['post.engagement-bait'], `I made a cheat sheet with 50 ChatGPT prompts for HR teams.

Like this post and comment "HR" and I'll send it to you.`),

  P('en', ['post.sales-pitch'], `📢 Last chance! Our certified Scrum Master course in Zurich starts Monday.

Only 3 seats left at CHF 1,290. Book now and get the exam voucher for free.`),
  P('de', ['post.sales-pitch'], `Frisch eingetroffen: Unsere neuen Bürostühle aus Schweizer Holz. 🪑

Jetzt 15 % günstiger mit dem Code HOLZ15 – nur bis Ende Monat!`),
  P('de', [], `Wir haben heute die neue Version unserer Lernplattform für Berufsschulen veröffentlicht. Neu gibt es Aufgaben in Gebärdensprache und eine Vorlesefunktion für alle Texte.

Entwickelt haben wir sie gemeinsam mit Lehrpersonen aus fünf Kantonen. Welche Funktion würdet ihr euch als Nächstes wünschen?`, { hard: h }),

  P('en', ['post.self-promotion'], `Thrilled to announce that I've been promoted to Managing Director! 🚀

This promotion is the result of my relentless work ethic and my ability to deliver results under pressure. I've exceeded every target I was given over the last five years.`, { skip: ['post.no-conversation'] }),
  P('de', ['post.self-promotion'], `Ich bin unglaublich stolz, euch mitzuteilen, dass ich in die Geschäftsleitung berufen wurde. 🙌

Diesen Schritt habe ich mir mit viel Einsatz und konsequenter Leistung erarbeitet. Meine Bilanz der letzten drei Jahre spricht für sich.`),
  P('en', [], `Happy to share that I've started a new position as Head of Nursing at Spital Zollikerberg.

I owe this to the nurses I worked with on the night shift for eight years – they taught me that leadership is showing up at 3 a.m. with coffee. Thank you.

If you're a nurse thinking about moving into management: ask me anything.`, { hard: h }),

  P('en', ['post.too-personal'], `Date night with my amazing girlfriend at the new sushi place in Zurich 🍣❤️ Best evening in ages!`),
  P('de', ['post.too-personal', 'post.hook'], `Was für ein Wochenende! 🎉 Samstag Hochzeit von meinem besten Freund im Tessin, Sonntag Brunch am See mit der ganzen Familie. Die Sonne, das Essen, die Menschen – einfach perfekt. Jetzt bin ich müde und glücklich und freue mich aufs Sofa.`),
  P('en', [], `I took my kids to the science museum on Saturday. My daughter spent 40 minutes at one exhibit: a simple ball track.

She kept changing one piece at a time and watching what happened. That's exactly the experimentation mindset we keep asking our product teams for, and rarely give them the time for.

How much room for experiments does your team really have?`, { hard: h }),

  P('en', ['post.no-conversation', 'post.hook'], `This year our team migrated 14 years of paper archives to a searchable system. We scanned about 2 million pages, trained three temporary staff from a local employment programme, and finished two months early. The hardest part was not the technology but deciding what to throw away.`),
  P('de', ['post.no-conversation', 'post.hook'], `Unser Verein hat in diesem Jahr 48 Velos für Geflüchtete repariert und verschenkt. Möglich war das dank 12 Freiwilligen, die jeden Samstag in der Werkstatt standen, und dank der Velohändler in der Region, die uns Ersatzteile geschenkt haben. Nächstes Jahr wollen wir doppelt so viele schaffen.`),

  P('en', ['post.hashtags'], `New blog post: what we learned from 100 customer interviews. Which question would you add?

#productmanagement #customerresearch #startups #ux #interviews #learning #saas`),
  P('de', ['post.hashtags'], `Tag der offenen Tür in unserer Lehrwerkstatt am 5. April – kommt vorbei! Habt ihr Fragen? #Lehre #Berufsbildung #Handwerk #Schreiner #Zimmermann #Bern #Ausbildung #Zukunft`),

  P('en', ['post.wall-of-text', 'post.hook'], `I have been working in customer support for twelve years now and the one thing I wish every company understood is that support is not a cost centre but the only department that talks to unhappy customers every single day, which means it holds the most honest data about your product, your pricing and your promises, and yet in most companies I have worked for, support tickets were counted and closed but never read by anyone outside the team, so the same problems came back every month and the same customers left, until at my current company we started a simple ritual where every product manager spends one hour a week reading raw tickets, and within three months two of our biggest sources of complaints were fixed by people who had simply never seen them before. Does anyone in your product team read support tickets regularly?`),
  P('de', ['post.hook'], `Nach fünfzehn Jahren im Marketing eines grossen Detailhändlers habe ich im letzten Herbst gekündigt, um mit meiner Schwester einen kleinen Hofladen mit Café im Zürcher Oberland aufzubauen, und viele haben mich gefragt, ob ich verrückt geworden sei.

Ein Jahr später kann ich sagen: Es war die beste Entscheidung meines Berufslebens.

Wer von euch hat auch einen grossen Wechsel gewagt?`),
]);
