/**
 * Table-driven tests per rule: texts that must fire (with the exact UTF-16 range the finding points
 * at) and texts that must not. Ranges are written as the substring they cover (`at`), located with
 * indexOf (or lastIndexOf with `last`), so a wrong offset fails; '' means start = end = 0.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput, type RuleId, type Surface } from '../../../src/engine/index';

interface Fire {
  text: string;
  at: string;
  last?: boolean;
  opts?: Partial<AnalyzeInput>;
}
interface Quiet {
  text: string;
  opts?: Partial<AnalyzeInput>;
}
interface Table {
  rule: RuleId;
  fire: Fire[];
  quiet: Quiet[];
}

const anna = { recipient: { name: 'Anna Müller' }, sender: { name: 'Marco Rossi' } };

const TABLES: Table[] = [
  {
    rule: 'invite.empty',
    fire: [
      { text: '', at: '' },
      { text: '   \n\t', at: '' },
      { text: '👋🙂', at: '' },
      { text: 'Hi Anna,', at: 'Hi Anna', opts: anna },
      { text: 'Hallo Herr Keller 😊', at: 'Hallo Herr Keller', opts: { recipient: { name: 'Peter Keller' } } },
      { text: 'Grüezi Frau Brunner', at: 'Grüezi Frau Brunner' },
      { text: '\u200b\u200b', at: '' },
      { text: 'Dear Amelia,\n\nBest,\nLiam', at: 'Dear Amelia,\n\nBest,\nLiam', opts: { recipient: { name: 'Amelia Hart' }, sender: { name: 'Liam Ford' } } },
      { text: "Hello ma'am ", at: "Hello ma'am" },
      { text: 'Hi amelia hart Good day ', at: 'Hi amelia hart Good day', opts: { recipient: { name: 'Amelia Hart' } } },
    ],
    quiet: [
      { text: 'Hi Anna, great to meet you at the meetup yesterday.', opts: anna },
      { text: 'Hallo Peter, danke für das Gespräch!' },
      { text: 'Thanks for the coffee!' },
    ],
  },
  {
    rule: 'invite.placeholder',
    fire: [
      { text: 'Hi {{ contact.firstname }}, quick question about your team.', at: '{{ contact.firstname }}' },

      { text: 'Hi Jonas, loved your talk at [meetup name] on Tuesday.', at: '[meetup name]' },
      { text: 'Hallo Nina, spannend, was ihr bei [Kunde Firma] macht.', at: '[Kunde Firma]' },

      { text: 'Hi [Name], great talk at the meetup.', at: '[Name]' },
      { text: '{first_name}, great to see your post on hiring.', at: '{first_name}' },
      { text: 'I enjoyed our chat about data at {{company}}', at: '{{company}}' },
      { text: '👋 Hallo <Vorname>, schön dich kennenzulernen.', at: '<Vorname>' },
      { text: 'Sehr geehrte Frau %NACHNAME%, danke für Ihren Vortrag.', at: '%NACHNAME%' },
      { text: 'Hi Olivia, I enjoyed your talk at XXX last week.', at: 'XXX' },
      { text: 'Hallo ___, schön dich zu sehen!', at: '___' },
      { text: 'Wir haben uns bei der Firma XY getroffen.', at: 'XY' },
      { text: 'Hi NAME, loved your keynote.', at: 'NAME' },
      { text: 'Hallo Marc, ich sehe, Sie sind bei [Firma] im Einkauf.', at: '[Firma]' },
    ],
    quiet: [
      { text: 'Hi Tim, your post on the {{ item.id }} bug in Jinja saved my evening.' },

      { text: 'Hi Lea, your talk on Map<K, V> performance in Kotlin was great.' },
      { text: 'Hallo Jonas, dein Beitrag zu List<String> in Java hat mir geholfen.' },

      { text: 'Hi Ines, your paper [Nature, 2023] is one I keep recommending.' },
      { text: 'Hi Grace, I enjoyed your talk "<Design> is a team sport".' },
      { text: 'Hallo Herr Xaver, danke für die Führung.' },
      { text: 'Hi Tom, wait... I think we met in Bern....' },
      { text: 'Hi Tom, the config was {ping, openUrls, fetchText} – fixed now, thanks!' },
    ],
  },
  {
    rule: 'invite.wrong-name',
    fire: [
      { text: 'Hi Ian, great to meet you at the fintech breakfast.', at: 'Ian', opts: { recipient: { name: 'Christian Meier' } } },

      { text: 'Hi John, thanks for the discussion at the AWS Summit.', at: 'John', opts: anna },
      { text: 'Hallo Frau Schmid, danke für Ihren Vortrag in Bern.', at: 'Schmid', opts: { recipient: { name: 'Karin Baumgartner' } } },
      { text: '🙂\nHallo Peter, schön dich gesehen zu haben!', at: 'Peter', opts: anna },
      { text: 'Dear Ms. Thompson, thank you for your presentation.', at: 'Thompson', opts: { recipient: { name: 'Rachel Evans' } } },
      { text: 'Sehr geehrter Herr Dr. Meier, danke für das Gespräch.', at: 'Meier', opts: { recipient: { name: 'Patrick Baumann' } } },
      // a name addressed between commas, not after a greeting
      { text: 'Thanks, Laura, for the workshop on design sprints. Happy to connect!', at: 'Laura', opts: { recipient: { name: 'Lena Vogt' } } },
      { text: 'Super Abend! Ehrlich gesagt, Nadine, dein Tipp zur AHV hat uns gerettet.', at: 'Nadine', opts: { recipient: { name: 'Sandra Keller' } } },
      { text: 'Thanks for the tour of the dairy, Thomas — I still think about that cellar.', at: 'Thomas', opts: { recipient: { name: 'Stefan Brunner' } } },
      { text: 'Thanks again, Jonas, for the tour of the Ingolstadt plant last Thursday.', at: 'Jonas', opts: { recipient: { name: 'Florian Weber' } } },
      { text: 'Guten Tag, ich wollte Sie, liebe Frau Keller, nach Ihrem Vortrag an der OST noch etwas fragen.', at: 'Keller', opts: { recipient: { name: 'Franziska Huber' } } },
      { text: 'Es war super, dich an der Jobmesse kennenzulernen, Sandra! Ich melde mich wegen des Praktikums.', at: 'Sandra', opts: { recipient: { name: 'Sabrina Wenger' } } },
      // an empty note can still greet the wrong person
      { text: 'Hello Kevin,', at: 'Kevin', opts: { recipient: { name: 'Karin Baumann' } } },
      // a surname one letter off is another family
      { text: 'Dear Mr. Schneider, thanks for the panel at the HR Festival!', at: 'Schneider', opts: { recipient: { name: 'Markus Schnyder' } } },
    ],
    quiet: [
      { text: 'Hello Nice to meet you here. I read your post on payroll audits.', opts: { recipient: { name: 'Dan Whitaker' } } },
      { text: 'Hi Mark, great panel at the HR Festival!', opts: { recipient: { name: 'Marcus Lee' } } },
      // display names carry nicknames in brackets or quotes, flags and credentials
      { text: 'Hi Leo, great panel at the HR Festival!', opts: { recipient: { name: 'Yuhang (Leo) Chen 🇨🇭' } } },
      { text: 'Hello Mr. Chen, great panel at the HR Festival!', opts: { recipient: { name: 'Yuhang (Leo) Chen, PhD' } } },
      { text: 'Hi KB, great panel at the HR Festival!', opts: { recipient: { name: 'Karen "KB" Bolton' } } },
      // one letter off in a first name is a misspelling, not another person; the full form of a short display name
      { text: 'Hi Jon, great panel at the HR Festival!', opts: { recipient: { name: 'John Meyer' } } },
      { text: 'Hi Ameet, great panel at the HR Festival!', opts: { recipient: { name: 'Amit Verma' } } },
      { text: 'Hi Oluwaseun, thought I would connect', opts: { recipient: { name: 'Seun Adeyemi' } } },
      // a common noun as a form of address greets no name
      { text: 'Hi Trailblazer! Great panel at the HR Festival!', opts: { recipient: { name: 'John Meyer' } } },
      { text: 'Hi Bro, I am an incoming student at RIT.', opts: { recipient: { name: 'John Meyer' } } },
      { text: 'Thanks, Annie, for the workshop at the Bern meetup.', opts: { recipient: { name: 'Anna Meier' } } },
      { text: 'Thanks, everyone, for the workshop. Danke, Marco, für den Input! Marco', opts: { recipient: { name: 'Beat Huber' }, sender: { name: 'Marco Rossi' } } },
      { text: 'Thanks, Laura, for the workshop.' },
      { text: 'Thanks for the tour of the dairy, Steff — I still think about that cellar.', opts: { recipient: { name: 'Stefan Brunner' } } },
      { text: 'Thanks for the intro to Sarah, Tom and I will meet next week.', opts: { recipient: { name: 'Tom Berg' } } },

      { text: 'Sehr geehrter Herr Regierungsrat, danke für Ihre Rede am Gewerbeapéro in Liestal.', opts: { recipient: { name: 'Thomas Weber' } } },
      { text: 'Liebe Frau Professorin Yıldız, Ihr Seminar hat mir sehr geholfen.', opts: { recipient: { name: 'Aylin Yildiz' } } },

      { text: 'Hoi Rüedu, schön di z gseh am Schwingfest!', opts: { recipient: { name: 'Rudolf Gerber' } } },
      { text: 'Hoi Rüedi, merci für de Tipp mit em Schreiner!', opts: { recipient: { name: 'Ruedi Gerber' } } },
      { text: 'Grüezi Herr Rüegg, danke für die Führung durch die Schreinerei.', opts: { recipient: { name: 'Bruno Rüegg' } } },

      { text: 'Hi Lexi, great to meet you at the fintech breakfast.', opts: { recipient: { name: 'Alexandra Weber' } } },
      { text: 'Hallo Basti, danke für den Tipp mit dem Kurs!', opts: { recipient: { name: 'Sebastian Huber' } } },
      { text: 'Hi Peggy, thanks for the intro to your team.', opts: { recipient: { name: 'Margaret Olsen' } } },

      { text: 'Hi Alex, great to meet you in Bern.', opts: { recipient: { name: 'Alexandra Frei' } } },
      { text: 'Hoi Sepp, danke für die Tipps!', opts: { recipient: { name: 'Josef Amrein' } } },
      { text: 'Hi Chris, loved your talk.', opts: { recipient: { name: 'Christina Vogel' } } },
      { text: 'Hallo Frau Mueller, danke für den Vortrag.', opts: { recipient: { name: 'Anna Müller' } } },
      { text: 'Hi Anna, great talk. Best, John', opts: { recipient: { name: 'Anna Müller' }, sender: { name: 'John Parker' } } },
      { text: 'Hi, John Smith recommended I reach out to you.', opts: anna },
      { text: 'Hi Anna, John Smith recommended I reach out to you.', opts: anna },
      { text: 'Hi John, thanks for the talk.' },
      { text: 'Hi there, we met at the fair.', opts: anna },
      { text: 'Hallo zusammen, danke für den Anlass.', opts: anna },
      { text: 'Hi (.*)+$ thanks', opts: { recipient: { name: '(.*)+$ [x]{2} \\d' } } },
    ],
  },
  {
    rule: 'invite.generic',
    fire: [
      { text: 'Hallo Frau Kaya, gerne würde ich Sie in mein berufliches Netzwerk aufnehmen.', at: 'in mein berufliches Netzwerk aufnehmen', opts: { recipient: { name: 'Elif Kaya' } } },

      { text: 'Hallo Sven, ich bin auf dein Profil gestossen und würde mich freuen, dich in meinem Netzwerk zu haben. LG Tanja', at: 'bin auf dein Profil gestossen', opts: { recipient: { name: 'Sven Hartmann' }, sender: { name: 'Tanja Wirz' } } },

      { text: 'Hi Nils, as a fellow professional I would love to connect.', at: 'I would love to connect', opts: { recipient: { name: 'Nils Berg' } } },

      { text: 'Hi Tom, I hope this message finds you well. Your impressive career speaks for itself.', at: 'I hope this message finds you well' , opts: { recipient: { name: 'Tom Berg' } } },
      { text: 'Guten Tag Frau Roth, Ihr spannender Werdegang hat mich angesprochen. Gerne vernetze ich mich.', at: 'Ihr spannender Werdegang', opts: { recipient: { name: 'Sara Roth' } } },

      { text: 'I came across your profile and would like to add you to my network.', at: 'I came across your profile' },
      { text: 'Hallo Frau Meier, ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.', at: 'ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen' },
      { text: 'Hi Maria 👋 I\'m always looking to expand my network. Let\'s connect!', at: 'expand my network' },
      { text: 'Hoi Lara, lass uns vernetzen!', at: 'lass uns vernetzen' },
      { text: 'Hi Sandra, connecting with professionals like you is always a pleasure!', at: 'connecting' },
      { text: 'Hi Maria, let\'s connect!', at: 'let\'s connect', opts: { recipient: { name: 'Maria Lopez', headline: 'HR at Nestlé' } } },
      { text: 'Hi Anna, happy to be connected! 🙂', at: 'connected', opts: anna },
      { text: 'Hallo Nico, über eine Vernetzung würde ich mich freuen.', at: 'Vernetzung' },
      // a reference that a template slot completes is part of the template
      { text: 'Hi [Name], I saw your work in [industry] and would love to connect.', at: 'would love to connect' },
      { text: 'Hallo {first_name}, ich habe gesehen, dass Sie bei {{company}} arbeiten. Gerne würde ich mich mit Ihnen vernetzen.', at: 'würde ich mich mit Ihnen vernetzen' },
      // NAME inside %NAME% is the template, not a proper noun
      { text: 'Dear %NAME%, I\'m always looking to connect with inspiring leaders in your industry. Let\'s connect!', at: 'Let\'s connect' },
      { text: 'Guten Tag Frau Schmid, da wir in derselben Branche tätig sind, würde ich mich freuen, Sie in meinem Netzwerk begrüßen zu dürfen.', at: 'in derselben Branche tätig', opts: { recipient: { name: 'Renate Schmid' } } },
    ],
    quiet: [
      { text: 'Liebe Nora, herzlichen Glückwunsch zur neuen Stelle bei der Post! Bleiben wir in Kontakt.', opts: { recipient: { name: 'Nora Keller' } } },
      { text: 'Hallo Sandra, danke für deinen Input am Energietag in Thun. Lass uns in Kontakt bleiben!', opts: { recipient: { name: 'Sandra Frei' } } },

      { text: 'Hi Nils, I would love to exchange ideas on cold-chain logistics with you.', opts: { recipient: { name: 'Nils Berg' } } },

      { text: 'Hi Tom, we share a love for old Saab cars, your restoration thread was brilliant.', opts: { recipient: { name: 'Tom Berg' } } },
      // a conversation that happened is a concrete reference, also in Swiss German
      { text: 'Liebe Andrea, danke für das Gespräch beim Zunftmahl! Wie versprochen melde ich mich wegen ___ – lass uns im Kontakt bleiben.' },
      { text: 'Hallo Küde, schön hesch mer geschter bim Rotary-Zmittag vo dim Projekt verzellt. Gärn bliibe mer in Kontakt!', opts: { recipient: { name: 'Kurt Zbinden' } } },
      // the sentence goes on with a real topic after the slot
      { text: 'Hi Oliver, enjoyed your talk at [EVENT] about cloud cost control. Would love to connect.', opts: { recipient: { name: 'Oliver Stone' } } },
      // the slot only holds the greeting; the reference stands on its own
      { text: 'Grüezi Herr <Nachname>, wir haben uns an der Swissbau über Holzfassaden unterhalten. Gerne bleibe ich mit Ihnen in Kontakt.' },
      // German compounds: "Ihr Gastkommentar" is a reference like "Ihr Kommentar"
      { text: 'Sehr geehrter Herr Gruber, Ihr Gastkommentar zur Pflegereform hat mich angesprochen. Ich würde mich über eine Vernetzung freuen.', opts: { recipient: { name: 'Franz Gruber' } } },

      { text: 'Hi Nora, I\'d like to add you to my network – we were on the same panel at the HR Tech Forum in Zurich.' },
      { text: 'Hallo Herr Frei, ich möchte Sie gerne zu meinem Netzwerk hinzufügen, da wir beide im Vorstand des Gewerbevereins sitzen.' },
      { text: 'Hi Maria, let\'s connect – your Nestlé onboarding post was great.', opts: { recipient: { name: 'Maria Lopez', headline: 'HR at Nestlé' } } },
      { text: 'Hi Sam, thanks for the coffee chat about product ops yesterday.' },
      { text: 'Hi Anna, great to connect after the panel in Bern!', opts: anna },
      { text: 'Hallo Nico, schön, dass wir uns am Apéro kennengelernt haben – gerne bleiben wir in Kontakt.' },
      { text: 'Hallo Sandra, wir haben letzten Dienstag im Zug über Kita-Plätze diskutiert. Hier wie versprochen meine Vernetzung 🙂' },
    ],
  },
  {
    rule: 'invite.sales-pitch',
    fire: [
      { text: 'Hoi Luca, wir haben ein Winterspecial: 3 Nächte zum Preis von 2. Meld dich!', at: 'Winterspecial' },

      { text: 'Hi Emma, I help teachers plan their retirement. Happy to offer you a free, no-obligation pension check.', at: 'free, no-obligation pension check' },
      { text: 'Hey Lara, I found an amazing opportunity to earn from home with a brand I love!', at: 'opportunity to earn' },
      { text: 'Hallo Herr Frei, gerne erstelle ich Ihnen eine kostenlose Immobilienbewertung.', at: 'kostenlose Immobilienbewertung' },
      { text: 'Hi Andrea, just curious: are you happy with your current IT provider? Most of the companies we work with were overpaying by 20-30%.', at: 'happy with your current IT provider' },
      { text: 'Hi Lenny, cooler Post über eure Expansion nach Wien! Wir vermitteln Gewerbeflächen, aktuell sogar mit 3 Monaten mietfrei.', at: '3 Monaten mietfrei', opts: { recipient: { name: 'Leonard Bauer' } } },
      { text: 'Liebe Frau Krenn, ich bin Business-Coach. Das Erstgespräch ist kostenlos – wann passt es Ihnen?', at: 'Erstgespräch ist kostenlos', opts: { recipient: { name: 'Martina Krenn' } } },
      { text: 'Hallo Andrea, kurze Frage: Wie gewinnt ihr aktuell neue Kunden? Wir haben da ein System, das bei über 50 Treuhändern funktioniert.', at: 'Wie gewinnt ihr aktuell neue Kunden' },

      { text: 'Hallo Marta, ich begleite Handwerksbetriebe bei der Digitalisierung der Offerten.', at: 'ich begleite Handwerksbetriebe' },

      { text: 'We help SaaS companies like yours cut churn by 25%.', at: 'We help SaaS companies' },
      { text: 'Hi Mark, book a demo with us this week!', at: 'book a demo' },
      { text: 'Hallo Melanie, Fotoshootings ab CHF 290.– für dein Profil.', at: 'CHF 290.–' },
      { text: 'Guten Tag, unsere Agentur generiert Leads. Darf ich Ihnen unser Angebot vorstellen?', at: 'unsere Agentur' },
      { text: 'Hi Anna, do you have time for a quick call so I can present our new tool?', at: 'present our new tool' },
    ],
    quiet: [
      { text: 'Hi Nora, congratulations on raising CHF 3 million for the clinic app! Your pitch at Venture Lab was the best of the evening.', opts: { recipient: { name: 'Nora Keller' } } },
      { text: 'Hallo Jan, gratuliere zum Preisgeld von CHF 5000 am Hackathon in Basel!', opts: { recipient: { name: 'Jan Frei' } } },

      { text: 'Hi Helen, I\'m a sales engineer at a robotics startup. Your post on cobots was great – how did your team decide where to start?' },
      { text: 'Hallo Herr Koch, ich arbeite im Vertrieb und bin neu in der Branche. Hätten Sie einen Tipp für Fachveranstaltungen?' },
      { text: 'Hi Mei, would you have advice on pricing for a small bakery?' },
      { text: 'Hi Sandra, connecting with professionals like you is always a pleasure!' },
      { text: 'Hi Jo, your post on how your team raised retention by 14% was great. Could I ask how you measured it?' },
      { text: 'Hallo Jo, dein Beitrag, wie ihr den Umsatz um 20 % gesteigert habt, war spannend. Wie habt ihr angefangen?' },
    ],
  },
  {
    rule: 'post.engagement-bait',
    fire: [
      { text: 'Remote or office? 👍 for remote, ❤️ for office.', at: '👍 for remote, ❤️ for office' },

      { text: 'Ich verlose 5 Bücher!\n\n1. Beitrag liken\n2. Mir folgen\n\nDie Gewinner ziehe ich am Montag.', at: 'Beitrag liken' },

      { text: 'Kommentiere einfach «CHECKLISTE» und ich schicke sie dir.', at: 'Kommentiere einfach «CHECKLISTE» und ich' },
      { text: 'Best coffee in Bern?\n\n❤️ Café A\n👍 Café B\n\nReact below!', at: 'React below' },

      { text: 'Bitte teilt diesen Beitrag, um möglichst viele zu erreichen. Jeder Share hilft!', at: 'teilt diesen Beitrag, um' },

      { text: 'New study on commuting is out.\n\nPlease give this post a like so more people see it.', at: 'give this post a like' },
      { text: 'It would mean a lot if you reposted this today.', at: 'would mean a lot if you reposted this' },
      { text: 'Bitte gebt dem Beitrag ein Like!', at: 'gebt dem Beitrag ein Like' },
      { text: 'Kommentiert fleissig, damit der Algorithmus den Beitrag zeigt.', at: 'damit der Algorithmus' },
      { text: 'Only 2% of people can solve this riddle on the first try.', at: 'Only 2% of people can' },

      { text: 'Like if you agree!', at: 'Like if you agree' },
      { text: 'Leadership is a decision.\n\nShare this with someone who needs it ♻️', at: 'Share this with' },
      { text: 'Ich habe ein PDF gemacht. Kommentiere "EXCEL" und ich schicke es dir!', at: 'Kommentiere "EXCEL" und ich' },
      { text: '🎉 Markiere 3 Personen, die dich unterstützt haben!', at: 'Markiere 3' },
      { text: 'Free template. Comment YES and I\'ll send it', at: 'Comment YES and I\'ll' },
    ],
    quiet: [
      { text: 'My colleagues never treated me like glass.\nIf you are a manager with someone on sick leave: reach out, without pressure.' },

      { text: 'If this resonates with you, I would love to hear how your team handles it.' },

      { text: 'It would be great if you shared your own experience with remote onboarding: what worked?' },
      { text: 'How the LinkedIn algorithm ranks posts changed this year. Here is what we measured.' },

      { text: 'What\'s your experience with four-day weeks? Curious to hear.' },
      { text: 'Wie holt ihr die Ideen eurer Lernenden ab?' },
      { text: 'I want to share what I learned this year with you.' },
      // a quoted phrase is talked about, not used
      { text: 'Unpopular opinion: "tag 3 people who need to hear this" posts are ruining LinkedIn for me. Does anyone still engage?' },
      { text: 'Mich nerven Posts mit «Kommentiere JA, dann schicke ich dir das PDF». Warum funktionieren die so gut?' },
      { text: "Every second post in my feed ended with 'Comment YES and I'll send you the PDF'. Am I the only one who scrolls past these?" },
      { text: '5 things I wish I had known as a site manager:\n\n1. The foreman knows more than the plan.\n2. Say no to the client in writing.\n\nWhat would you add?' },
      // nominalised verbs are talked about, not asked for
      { text: 'Ich sehe jeden Tag Beiträge, die mit einem Aufruf zum Liken, Teilen oder Markieren enden. Ein guter Gedanke braucht das nicht.' },
    ],
  },
  {
    rule: 'post.sales-pitch',
    fire: [
      { text: 'Our customers close their books in 3 days. Book a 20-minute demo and see it with your data.', at: 'Book a 20-minute demo' },

      { text: 'My course opens today. 30 days of lessons for $99, and the price doubles next week.', at: 'price doubles' },

      { text: 'Only 5 spots left! DM me to get yours.', at: 'Only 5 spots' },
      { text: 'Alle Stühle mit 30 % Rabatt – nur noch bis Sonntag.', at: '30 % Rabatt' },
      { text: 'Tired of reports? Book a free demo today.', at: 'Book a free demo' },
      { text: '🛒 Jetzt kaufen!', at: 'Jetzt kaufen' },
      { text: 'Nur no 48 Stund für 199.– statt 499.–!', at: '199.– statt' },
      { text: 'Der Winter kommt! Winterreifen-Wechsel inklusive Einlagerung jetzt für nur CHF 89 in allen unseren Garagen.', at: 'für nur CHF 89' },
      { text: 'Sie suchen Fachkräfte? Wir liefern in 14 Tagen geprüfte Kandidaten. Jetzt kostenloses Beratungsgespräch buchen!', at: 'Jetzt kostenloses Beratungsgespräch buchen' },
    ],
    quiet: [
      { text: 'We are hiring a nurse for our night team in Basel. Apply now via the link!' },
      { text: 'Last year the ticket was CHF 80; this year the meetup is free thanks to our sponsors.' },

      { text: 'Today we launched Ledgerly, an open-source bookkeeping tool for clubs. It is free and on GitHub. What did we miss?' },
      { text: 'Wir haben heute unsere neue Produktionslinie in Aarau eröffnet. Danke an das Team!' },
      { text: 'We removed the "Book a demo" button for three months. Qualified leads went up. Has anyone tested this?' },
      { text: 'Heute geht unsere Terminbuchung für Physio-Praxen live: Patientinnen können online einen Termin buchen. Welche Funktion fehlt euch noch?' },
      { text: 'Limited offer? No. Limited time, yes: the consultation on the new cycling strategy closes on Friday. Which junction would you fix first?' },
      { text: 'Sales folks: do discount deadlines still work on B2B buyers, or do they hurt trust? Curious about your numbers.' },
      { text: 'Meine unbeliebteste Meinung: Rabatt ist die bequemste Art, einen Abschluss zu machen – und die schlechteste. Wie seht ihr das?' },
      { text: 'Wir haben im Laden ein Jahr lang auf Rabattaktionen verzichtet. Kein Black Friday, keine Aktionen. Wie macht ihr das?' },
      { text: 'Eine Kollegin fragte, warum ich nie Beiträge schreibe, in denen man ein Stichwort in die Kommentare tippen soll. Wie seht ihr das?' },
      // phrases listed after "the phrases:" are talked about, not used
      { text: 'Every sales rep knows the phrases: limited offer, only today, last chance. What actually closed deals was different. Which habit did you unlearn?' },
      { text: 'Tagsüber sind nur noch 8 von 60 Mitgliedern im Dorf erreichbar. Wie lösen andere Gemeinden das?' },
      // an emoji that ends a line is no vote: "📉\n\nIf you …"
      { text: 'Our clients cut their month-end close from 10 days to 4. 📉\n\nIf you are a CFO, what slows your close down?' },
    ],
  },
  {
    rule: 'post.self-promotion',
    fire: [
      // a hashtag (#learning) teaches nobody
      { text: 'Proud to share that I passed the AWS Solutions Architect exam on the first try! 🎉\n\n#aws #cloud #certification #proud #learning', at: 'Proud to share that I' },
      { text: 'Just passed my CFA Level III exam on the first try. Three years of 5am mornings paid off. 🎓', at: 'Just passed my CFA Level III exam' },
      { text: 'Another record quarter. I closed more deals than anyone in EMEA, for the third time in a row.', at: 'I closed more deals than anyone' },
      { text: 'Honoured to have been appointed Chair of the Board of Alpine Trust. My 30 years in banking made it possible.', at: 'Honoured to have been appointed' },

      { text: 'Ich freue mich sehr, euch mitteilen zu dürfen, dass ich zur Leiterin Finanzen ernannt wurde.', at: 'freue mich sehr, euch mitteilen zu dürfen' },

      { text: 'I\'m thrilled to announce that I have been promoted to Senior Vice President!', at: 'I\'m thrilled to announce' },
      { text: 'Ich bin stolz, euch mitteilen zu dürfen, dass ich gewählt wurde! 🏆', at: 'Ich bin stolz, euch mitteilen' },
    ],
    quiet: [
      { text: 'Nur noch heute: 15 % Rabatt auf unsere Kochkurse! Die Termine im März sind fast ausgebucht.' },

      { text: 'Excited to share that I\'ve joined Climeworks! Thank you Sandra and Noah for your help.' },
      { text: 'I\'m thrilled to announce our team\'s new handbook. What would you add?' },
      { text: 'I got promoted last week – here is what I learned about writing design docs.' },
    ],
  },
  {
    rule: 'post.too-personal',
    fire: [
      { text: 'Best weekend ever with my family at the lake! My husband finally learned to make risotto.', at: 'Best weekend' },

      { text: 'Welcome to the world, little Mia! 3.2 kg, 49 cm and already louder than the cat.', at: 'Welcome to the world' },

      { text: 'Ski day with the family in Arosa, fondue at noon and the kids asleep on the train home.\n\n#leadership #worklifebalance', at: 'Ski day' },

      { text: 'Out of office for two weeks! Greetings from the beach, with the family and surfing lessons every morning.', at: 'Greetings from' },

      { text: 'Just got married to the love of my life! Best day ever.', at: 'got married' },

      { text: 'Best weekend ever at the beach with my kids! ☀️', at: 'Best weekend' },
      { text: 'Endlich Ferien! Zwei Wochen Strand auf Kreta 🌴', at: 'Ferien' },
      // private life told in emoji and everyday words
      { text: 'Sunday vibes ☀️🍷 Nothing beats the lake and a good book.', at: 'Sunday vibes' },
      { text: 'Zwei Wochen Sardinien, Handy aus, Füsse im Sand. Bis bald! 🏝️', at: 'Handy aus' },
    ],
    quiet: [
      { text: 'How many vacation days do you get? We moved to 30 for everyone and sick leave went down. Greetings from a very relaxed HR team!' },

      { text: 'Spent the weekend teaching my son to ride a bike. It taught me a lesson about delegating at work.' },
      { text: 'Gestern beim Grillieren mit der Familie habe ich etwas über Meetings im Team gelernt.' },
    ],
  },
  {
    rule: 'post.no-conversation',
    fire: [
      { text: 'Three things I learned as a data analyst: nobody reads the dashboard, cleaning data takes longer than modelling, and asking "what decision will this support?" saves weeks of work. The tools change, but those three lessons probably will not change for a long time.', at: 'Three things I learned as a data analyst: nobody reads the dashboard, cleaning data takes longer than modelling, and asking "what decision will this support?" saves weeks of work. The tools change, but those three lessons probably will not change for a long time.' },
      { text: 'We rebuilt our onboarding from scratch this spring and the results surprised the whole team. New hires now ship code in their first week, mentors spend less time on setup questions, and our documentation finally reflects how we work today. Full write-up with templates: link in the comments 👇', at: 'We rebuilt our onboarding from scratch this spring and the results surprised the whole team. New hires now ship code in their first week, mentors spend less time on setup questions, and our documentation finally reflects how we work today. Full write-up with templates: link in the comments 👇' },

      {
        text: 'We reduced build times from 14 to 6 minutes by moving to remote caching and splitting the test suite by ownership.\n\nThe biggest lesson was that flaky tests, not slow ones, were costing us the most time, because every flaky failure triggered a full rerun of everything.',
        at: 'The biggest lesson was that flaky tests, not slow ones, were costing us the most time, because every flaky failure triggered a full rerun of everything.',
      },
    ],
    quiet: [
      { text: 'I was laid off yesterday, together with 30 colleagues. I learned a lot in five years and I am proud of what we built. I am looking for a data engineering role in Basel or remote. If you know of something, or someone I should talk to, I would be grateful for a pointer.' },

      { text: 'We reduced build times from 14 to 6 minutes by moving to remote caching and splitting the test suite by ownership. The biggest lesson was that flaky tests, not slow ones, were costing us the most time. How do you handle flaky tests?' },
      { text: 'Short post without a question.' },
      { text: 'Wir haben unsere Checkliste überarbeitet und stellen sie gratis zur Verfügung, als PDF auf der Website, ohne Anmeldung und ohne Newsletter. Schreibt mir gerne in die Kommentare, was bei euch im Onboarding nicht fehlen darf, ich ergänze die Liste laufend.' },
    ],
  },
  {
    rule: 'post.hashtags',
    fire: [
      { text: 'News! #a1 #b #c #d #e #f', at: '#a1 #b #c #d #e #f' },
      { text: '#eins #zwei #drei #vier #fünf #sechs', at: '#eins #zwei #drei #vier #fünf #sechs' },
      { text: '🎉 #one #two #three #four #five #six #seven', at: '#one #two #three #four #five #six #seven' },
    ],
    quiet: [{ text: 'Five is fine #a #b #c #d #e' }, { text: 'We are #1 in Zurich and issue #42 is fixed: https://x.ch/#a #b' }],
  },
  {
    rule: 'post.wall-of-text',
    fire: [{ text: 'Intro.\n' + 'word '.repeat(130).trim() + '\nWhat do you think?', at: 'word '.repeat(130).trim() }],
    quiet: [{ text: ('Sentence one is here. '.repeat(12) + '\n\n').repeat(4) + 'What do you think?' }],
  },
  {
    rule: 'post.hook',
    fire: [{ text: 'x'.repeat(120) + ' ' + 'y'.repeat(120) + '\n\nWhat do you think?', at: 'x'.repeat(120) + ' ' + 'y'.repeat(120) }],
    quiet: [{ text: 'Short first line.\n' + 'z '.repeat(200) }, { text: 'a\nb\nc\nd' }],
  },
  {
    rule: 'comment.generic',
    fire: [
      { text: 'Dem kann ich nur zustimmen.', at: 'Dem kann ich nur zustimmen.' },

      { text: 'Interesting perspective.', at: 'Interesting perspective.' },

      { text: 'Could not agree more!', at: 'Could not agree more!' },
      { text: 'Kann ich nur unterschreiben.', at: 'Kann ich nur unterschreiben.' },

      { text: 'Such a powerful and inspiring piece, thank you so much for sharing this with all of us!', at: 'Such a powerful and inspiring piece, thank you so much for sharing this with all of us!' },
      { text: 'Herzliche Gratulation zu diesem Schritt!', at: 'Herzliche Gratulation zu diesem Schritt!' },

      { text: 'Great post!', at: 'Great post!' },
      { text: '  🔥🔥🔥  ', at: '🔥🔥🔥' },
      { text: 'Gratuliere, Sophie! 🎉', at: 'Gratuliere, Sophie! 🎉' },
      { text: 'Danke fürs Teilen 🙏', at: 'Danke fürs Teilen 🙏' },
      { text: 'Love it ❤️', at: 'Love it ❤️' },
    ],
    quiet: [
      { text: 'Could not disagree more: in our plant the night shift runs better with fewer rules.' },

      { text: 'Great post! We tried this with 12 people and the quieter folks disappeared.' },
      { text: 'Congrats! What will you change first?' },
      { text: '' },
    ],
  },
  {
    rule: 'comment.sales-pitch',
    fire: [
      { text: 'So true. I now coach founders on burnout recovery, and my next cohort starts in March.', at: 'I now coach founders' },

      { text: 'Sie brauchen eine neue Website? Ich mache das günstig und schnell.', at: 'günstig und schnell' },
      { text: 'Running a workshop on this next week, 8 spots left, comment "ME" for the link.', at: '8 spots left' },
      { text: 'Spannend! Falls jemand Unterstützung bei der Umsetzung braucht: Wir haben das bei 30 KMU eingeführt, schreibt mir gern.', at: 'Falls jemand Unterstützung bei der Umsetzung braucht' },

      { text: 'So true! Wir von der Malerei Huber machen das auch – jetzt Offerte anfragen auf unserer Website.', at: 'jetzt Offerte anfragen' },

      { text: 'Congrats! If you ever need help with bookkeeping, we offer 2 months free for new clients.', at: '2 months free' },

      { text: 'Nice results. Clinics that want the same can book a free intake audit with us.', at: 'book a free intake audit' },
      { text: 'Spannend! Wir produzieren Erklärvideos für KMU, melde dich per PN für ein Angebot.', at: 'für ein Angebot' },

      { text: 'Great insights! DM me for a free trial of our tool.', at: 'DM me' },
      { text: 'Super Beitrag 👍 Unser Tool gibt es mit 20 % Rabatt.', at: '20 % Rabatt' },
    ],
    quiet: [
      { text: 'Danke! Gilt das auch für Einzelfirmen mit weniger als CHF 100000 Umsatz?' },

      { text: 'Happy to share the study, DM me and I will send you the link.' },
      { text: 'We had a free trial of that tool last year and dropped it: the export was broken.' },
      { text: 'A budget of CHF 1.2 billion for this is small compared to Austria.' },
{ text: 'We wrote up our migration in a blog post, no signup: example.ch/post' }, { text: 'Genau so haben wir es auch gemacht.' }],
  },
];

function run(rule: RuleId, text: string, opts?: Partial<AnalyzeInput>) {
  const surface = rule.slice(0, rule.indexOf('.')) as Surface;
  return analyze({ text, surface, ...opts }).findings.filter((f) => f.rule === rule);
}

describe.each(TABLES)('$rule', ({ rule, fire, quiet }) => {
  it.each(fire)('fires on %j', ({ text, at, last, opts }) => {
    const found = run(rule, text, opts);
    expect(found).toHaveLength(1);
    const start = at === '' ? 0 : last ? text.lastIndexOf(at) : text.indexOf(at);
    expect(start).toBeGreaterThanOrEqual(0);
    expect({ start: found[0]!.start, end: found[0]!.end }).toEqual({ start, end: start + at.length });
    expect(found[0]!.messageId).toBe(rule);
  });
  it.each(quiet)('stays quiet on %j', ({ text, opts }) => {
    expect(run(rule, text, opts)).toEqual([]);
  });
});

describe('invite.duplicate', () => {
  const base = 'Hi Ines, I noticed we both work in medical device quality assurance. I am always keen to exchange ideas with peers. Would be great to connect!';
  const mine = 'Hi Sven, I noticed we both work in medical device quality assurance. I am always keen to exchange ideas with peers. Would be great to connect!';
  it('fires over the whole note when the same text went to someone else', () => {
    const f = run('invite.duplicate', '  ' + mine + '\n', { recipient: { name: 'Sven Larsen' }, history: [{ to: 'Ines Kuster', text: base }] });
    expect(f).toHaveLength(1);
    expect([f[0]!.start, f[0]!.end]).toEqual([2, 2 + mine.length]);
    expect(Number(f[0]!.params?.percent)).toBeGreaterThanOrEqual(80);
  });
  it('works from fingerprints and recipient keys (the extension stores no text)', async () => {
    const { fingerprint } = await import('../../../src/engine/index');
    const fp = fingerprint(base, { recipientName: 'Ines Kuster' });
    expect(fp.every((n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32)).toBe(true);
    expect(run('invite.duplicate', mine, { recipient: { name: 'Sven Larsen' }, recipientKey: 'k-sven', history: [{ recipient: 'k-ines', fingerprint: fp }] })).toHaveLength(1);
    expect(run('invite.duplicate', mine, { recipient: { name: 'Sven Larsen' }, recipientKey: 'k-sven', history: [{ recipient: 'k-sven', fingerprint: fp }] })).toEqual([]);
  });
  it('never counts the same recipient, and a different note is no duplicate', () => {
    expect(run('invite.duplicate', mine, { recipient: { name: 'Sven Larsen' }, history: [{ to: 'Sven Larsen', text: mine }] })).toEqual([]);
    expect(run('invite.duplicate', mine, { recipient: { name: 'Sven Larsen' }, history: [{ to: 'Ines', text: 'Hi Ines, great to meet you at the Basel meetup on quality audits, your talk was great.' }] })).toEqual([]);
  });
  it('ignores names, greetings and case in the comparison', async () => {
    const { fingerprint } = await import('../../../src/engine/index');
    expect(fingerprint(mine.toUpperCase().replace('HI SVEN', 'Hallo Sven'), { recipientName: 'Sven Larsen' })).toEqual(fingerprint(base, { recipientName: 'Ines Kuster' }));
  });
});

describe('disabled rules and surfaces', () => {
  it('honours input.disabled', () => {
    expect(analyze({ text: '', surface: 'invite', disabled: ['invite.empty'] }).findings).toEqual([]);
  });
  it('runs only the rules of the given surface', () => {
    const r = analyze({ text: 'Hi [Name], like if you agree! Great post! #a #b #c #d #e #f', surface: 'post' });
    expect(r.findings.every((f) => f.rule.startsWith('post.'))).toBe(true);
  });
  it('findings are sorted and carry the severity of RULES', async () => {
    const { RULES } = await import('../../../src/engine/index');
    const r = analyze({ text: 'Hi John, I came across your profile at {{company}}.', surface: 'invite', recipient: { name: 'Anna Müller' } });
    expect(r.findings.map((f) => f.rule)).toEqual(['invite.wrong-name', 'invite.generic', 'invite.placeholder']);
    for (const f of r.findings) expect(f.severity).toBe(RULES[f.rule].severity);
  });
});

/** Judgement by structure: wordings that no phrase list holds, judged by what the text does. */
describe('judged by structure', () => {
  const rules = (text: string, surface: Surface, opts: Partial<AnalyzeInput> = {}) => analyze({ text, surface, ...opts }).findings.map((f) => f.rule);
  it.each([
    'Hi Anna, we are a small Lisbon-based studio that turns clinic paperwork into booking apps. Let me know if you would like to learn more.',
    'Hello Anna, I help founders in fintech cut their cloud bill in half. Worth a chat?',
    "Hi Anna, I'm Priya from Brightlane and we are building a scheduling assistant for field teams. Happy to send a two-minute video.",
    'Hi Anna, I work with architects, planners and property developers on their 3D renderings (more than 300 projects so far).',
    'Hallo Anna, wir analysieren in 48 Stunden, wo Ihr Webshop Kunden verliert. Darf ich Ihnen ein Beispiel schicken?',
  ])('a note whose subject is the writer\'s offer, with a next step or a promise, pitches: %s', (text) => {
    expect(rules(text, 'invite', anna)).toContain('invite.sales-pitch');
  });
  it.each([
    'Hi Anna, we both work on heat pumps in Graubünden, would be glad to compare notes on installer training.',
    'Hi Anna, I am looking for my next role in product and would love to learn more about how your team at Yokoy works.',
    "Hi Anna, I think I might be a fit for the data role you posted; could we connect for a few minutes to learn more?",
    'Hello Anna, I run a small bakery in Olten and loved your talk on energy prices at the Gewerbeverband evening.',
  ])('asking for advice, a job or an exchange is no pitch: %s', (text) => {
    expect(rules(text, 'invite', anna)).not.toContain('invite.sales-pitch');
  });
  it.each([
    // stock phrases that no list holds: nothing in them is about this person
    'Hi Anna, I came upon your page in my feed and thought of connecting with you.',
    'Hello Anna, I am Tobias Brandt, a logistics student at ETH Zurich, working as an intern at Kuehne+Nagel. I would like to add you as a connection.',
    'Hi Anna, hoping to connect. Looks like we work in a similar field. Cheers, Tobias TB',
    "Hi Anna, you came up as a suggested connection and I'm growing my network in Basel. Best, Tobias Brandt, Roche",
  ])('a note with no concrete reference to the person is generic, whatever the wording: %s', (text) => {
    expect(rules(text, 'invite', { recipient: { name: 'Anna Müller', headline: 'Supply chain lead at Migros' }, sender: { name: 'Tobias Brandt' } })).toContain('invite.generic');
  });
  it.each([
    'Hi Anna, I saw you moved from Coop to Migros last spring. I am about to make the same switch and would love to connect.',
    "Hi Anna, I see that you're hiring for a planner role and I think I might fit. Could we connect?",
    'Hi Anna, we are in the same ETH alumni group. Would be glad to connect.',
  ])('a note that refers to the person stays clean: %s', (text) => {
    expect(rules(text, 'invite', { recipient: { name: 'Anna Müller', headline: 'Supply chain lead' }, sender: { name: 'Tobias Brandt' } })).toEqual([]);
  });
  it('a note that pitches is told it pitches, whether or not the pitch rule is on; generic never speaks for it', () => {
    const text = 'Hi Anna, we help retailers cut stock-outs by 30%. Happy to connect and show you a quick demo.';
    expect(rules(text, 'invite', anna)).toEqual(['invite.sales-pitch']);
    expect(rules(text, 'invite', { ...anna, disabled: ['invite.sales-pitch'] })).toEqual([]);
  });
  it.each([
    ['Superb milestone! Congrats', 'Ten years at Ricola today.'],
    ['All the best in the new role', 'Starting as head of design at Swissquote on Monday.'],
    ['Wonderful gathering.!!', 'Photos from our data meetup in Lausanne.'],
    ['Commenting for visibility', 'My friend is looking for a junior QA role in Bern.'],
  ])('a short comment that takes nothing up from the post is generic: %s', (text, post) => {
    expect(rules(text, 'comment', { post })).toEqual(['comment.generic']);
  });
  it.each([
    ['Buying wins for small teams.', 'Build or buy your analytics stack?'],
    ['I tried it last week, works.', 'Our new offline mode is live.'],
    ['Does it work offline', 'Our new app is live.'],
  ])('a short comment that takes up the post, tells an experience or asks is not: %s', (text, post) => {
    expect(rules(text, 'comment', { post })).toEqual([]);
  });
  it.each([
    "I'm happy to share that I'm starting a new position as Controller at Emmi!",
    '3 years at Helvetia today!',
    'Another certification done: got my Azure Data Engineer badge.',
    'Neue Stelle als Teamleiterin Pflege im Kantonsspital Baden.',
    'Ab 1. März arbeite ich als Leiter Einkauf bei Stadler.',
  ])('a status post with nothing for the reader is self-promotion: %s', (text) => {
    expect(rules(text, 'post')).toContain('post.self-promotion');
  });
  it.each([
    "I'm starting a new position as Controller at Emmi. Huge thanks to the team at Lindt for six great years.",
    '3 years at Helvetia today. The biggest lesson: write the decision down before the meeting. What would you add?',
  ])('a status post that thanks, teaches or asks is not: %s', (text) => {
    expect(rules(text, 'post')).not.toContain('post.self-promotion');
  });
  it.each([
    'New tutorial on window functions is up: https://example.com/v1 please like, share and subscribe my channel',
    'Kindly subscribe to my channel for more SQL videos.',
  ])('asking readers to subscribe to or spread the writer\'s channel is engagement bait: %s', (text) => {
    expect(rules(text, 'post')).toContain('post.engagement-bait');
  });
  it('asking readers to share their experience is no bait', () => {
    expect(rules('Please share your experience with dbt in production.', 'post')).not.toContain('post.engagement-bait');
  });
  it('a comment sharing what a price did for the writer is no pitch; an offer with a next step is', () => {
    expect(rules('I run a small print shop and had the same issue; a 20% deposit up front solved it for us.', 'comment')).toEqual([]);
    expect(rules('We build exactly this kind of reminder bot for agencies. Drop me a line at hello@example.com for more info.', 'comment')).toContain('comment.sales-pitch');
  });
});
