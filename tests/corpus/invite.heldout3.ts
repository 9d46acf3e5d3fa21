import { I, named } from './types';

// Third held-out split: written after the second tuning round; scored once, at the end, never tuned on.
const h = true;

export default named('invite-heldout3', [
  I('en', [], 'Hi Amira, I\'m organising the women-in-logistics breakfast in Basel next month and your article on night-shift safety for drivers would make a great discussion starter. Would you be up for joining us?', { to: 'Amira Benali', hard: h }),
  I('de', [], 'Grüezi Herr Caduff, mein Onkel Gian hat mir erzählt, dass Sie in Chur die Lehrwerkstatt für Schreiner aufgebaut haben. Ich schreibe darüber eine Maturaarbeit und hätte ein paar Fragen.', { to: 'Reto Caduff', hard: h }),
  I('en', [], 'Hey Nic! Loved bumping into you at the Zurich Marathon expo. Good luck with the sub-3 attempt – and thanks for the tip about the running club at Google.', { to: 'Nicolas Favre', hard: h }),
  I('de', [], 'Hallo Frau Wicki, Ihr Interview im Schweizer Bauer über Hofnachfolge ausserhalb der Familie hat mich sehr berührt. Wir stehen vor derselben Frage auf unserem Betrieb im Entlebuch.', { to: 'Heidi Wicki', hard: h }),
  I('en', [], 'Hello Mr. Tanaka, thank you for hosting our delegation at the Osaka plant last week. The session on kaizen boards was the most useful part of the trip for our team in Aarau.', { to: 'Kenji Tanaka' }),
  I('de', [], 'Hi Sämi, schön, dass wir am Töggeliturnier der HSLU im gleichen Team waren! Ich bin übrigens die, die auch Wirtschaftsinformatik studiert. Bis bald im Unterricht?', { to: 'Samuel Arnold', hard: h }),
  I('en', [], 'Dear Professor Ivanova, my thesis supervisor, Dr. Meier, suggested I write to you about your work on soil microbiomes. I would be grateful for a pointer to your recent datasets.', { to: 'Prof. Elena Ivanova', hard: h }),
  I('de', [], 'Lieber Andi, merci für deinen Input am Agile Meetup Luzern zu Team-Retros – ich habe die Idee mit dem "Fehler des Monats" gleich bei uns eingeführt.', { to: 'Andreas Bucher', hard: h }),
  I('en', [], 'Hi Lou, fellow night-shift nurse here 👋 Your posts about self-care between shifts have helped me more than you know.', { to: 'Louise Martin', hard: h }),
  I('de', [], 'Guten Tag Frau Oberli, wir haben am Elternabend der Sekundarschule kurz über Berufswahl gesprochen. Sie hatten angeboten, dass meine Tochter einmal bei Ihnen in der Apotheke schnuppern darf – das Angebot nehmen wir sehr gerne an!', { to: 'Claudia Oberli', hard: h }),

  I('en', ['invite.empty'], 'Hey 👋', { to: 'Nora Lind' }),
  I('de', ['invite.empty'], 'Liebe Frau Imboden', { to: 'Silvia Imboden' }),
  I('en', ['invite.empty'], '🤝', {}),
  I('de', ['invite.empty'], 'Hallo Dominik,\nViele Grüsse\nSimon', { to: 'Dominik Frei', from: 'Simon Gisler' }),

  I('en', ['invite.placeholder'], 'Hi [first name], I loved your talk about zero-waste packaging at the trade fair.', { to: 'Emily Ross' }),
  I('de', ['invite.placeholder'], 'Sehr geehrte/r {{Anrede}} {{Nachname}}, vielen Dank für Ihren Beitrag zur Energiewende.', { to: 'Paul Graber' }),
  I('en', ['invite.placeholder'], 'Hello Chen, congrats on the new role at [COMPANY NAME]! Your post about the move was lovely.', { to: 'Chen Wei' }),
  I('de', ['invite.placeholder'], 'Hoi Lisa, danke für den tollen Abend bei XXX!', { to: 'Lisa Kuhn' }),

  I('en', ['invite.wrong-name'], 'Hi Daniel, thank you for the great conversation about biotech funding at the Basel Life conference.', { to: 'Marcus Webb' }),
  I('de', ['invite.wrong-name'], 'Hallo Frau Gerber, danke für Ihre Zeit am Stand der Hochschule Luzern.', { to: 'Nadia Rossi' }),
  I('en', ['invite.wrong-name'], 'Hey Olivia! Great meeting you at the product school demo day.', { to: 'Hannah Price' }),
  I('de', ['invite.wrong-name'], 'Lieber Martin, vielen Dank für die spannende Diskussion am Podium in Winterthur.', { to: 'Ruedi Brändli' }),
  I('en', [], 'Hi Bill, Sarah Jones from our book club suggested I say hello – she said you know everything about vintage watch repair.', { to: 'William Hart', hard: h }),
  I('de', [], 'Hallo Lenny, danke für die Hilfe beim Umzug unseres Ateliers! Grüsse, Peter', { to: 'Leonard Kessler', from: 'Peter Zoller', hard: h }),

  I('en', ['invite.generic'], 'Hi Sophie, I came across your profile and thought it would be nice to connect. Best wishes', { to: 'Sophie Turner' }),
  I('de', ['invite.generic'], 'Guten Tag Frau Huber, gerne möchte ich Sie meinem Netzwerk hinzufügen. Freundliche Grüsse', { to: 'Renate Huber' }),
  I('en', ['invite.generic'], 'Hello Arjun, I\'m keen to grow my professional network and would be glad to have you as a connection.', { to: 'Arjun Mehta' }),
  I('de', ['invite.generic'], 'Hallo Nico, ich würde mich über eine Vernetzung freuen. Gruss', { to: 'Nico Baumann' }),
  I('en', [], 'Hi Arjun, I\'d be glad to connect – your Kaggle notebook on Swiss electricity prices taught me more than my whole stats course.', { to: 'Arjun Mehta', hard: h }),
  I('de', [], 'Hallo Frau Huber, gerne möchte ich Sie meinem Netzwerk hinzufügen, da wir uns an der Generalversammlung des Hauseigentümerverbands über Solarpanels unterhalten haben.', { to: 'Renate Huber', hard: h }),

  I('en', ['invite.duplicate'], 'Hi Ravi, as a fellow data engineer in Zurich, I\'d love to exchange notes on streaming pipelines and the local tech scene. Let\'s connect!', {
    to: 'Ravi Kumar',
    history: [{ to: 'Julia Steiner', text: 'Hi Julia, as a fellow data engineer in Zurich, I\'d love to exchange notes on streaming pipelines and the local tech scene. Let\'s connect!' }],
  }),
  I('de', ['invite.duplicate'], 'Hallo Herr Roth, ich bin seit zehn Jahren in der Pflegeleitung tätig und freue mich über den Austausch mit anderen Führungspersonen im Gesundheitswesen.', {
    to: 'Marco Roth',
    history: [{ to: 'Eva Lang', text: 'Hallo Frau Lang, ich bin seit zehn Jahren in der Pflegeleitung tätig und freue mich über den Austausch mit anderen Führungspersonen im Gesundheitswesen.' }],
  }),
  I('en', [], 'Hi Ravi, thanks for your talk at the Kafka meetup in Zurich – the slide on exactly-once delivery finally made it click for me.', {
    to: 'Ravi Kumar',
    hard: h,
    history: [{ to: 'Julia Steiner', text: 'Hi Julia, thanks for your workshop at the dbt meetup in Bern – the part on testing models finally made sense to me.' }],
  }),

  I('en', ['invite.sales-pitch'], 'Hi Tom, our managed IT services start at CHF 49 per user per month, including 24/7 support. Shall I send you a quote?', { to: 'Tom Weber' }),
  I('de', ['invite.sales-pitch'], 'Guten Tag Frau Kälin, mit unserer Plattform sparen Arztpraxen bis zu 10 Stunden Administration pro Woche. Darf ich Ihnen das in einer kurzen Demo zeigen?', { to: 'Dr. Brigitte Kälin' }),
  I('en', ['invite.sales-pitch'], 'Hey Nora – congrats on the funding round! 🎉 Most startups at your stage struggle with payroll compliance across cantons. We solve that completely. Worth a 15-min call next week?', { to: 'Nora Keller', hard: h }),
  I('de', ['invite.sales-pitch'], 'Hoi Jan, ich bin Finanzcoach und helfe Selbstständigen, mehr aus ihrem Geld zu machen. Das erste Gespräch ist gratis – melde dich einfach!', { to: 'Jan Wyss', hard: h }),
  I('en', [], 'Hi Ellen, I work in sales at a medtech startup, but I\'m writing as a volunteer: our hospice in Bern is looking for someone with your fundraising experience to advise our board. Would you be open to a conversation?', { to: 'Ellen Moore', hard: h }),
  I('de', [], 'Hallo Herr Gasser, ich bin Inhaber einer kleinen Druckerei in Thun. Ihr Beitrag über die Nachfolgeregelung bei KMU hat mich angesprochen, weil ich in fünf Jahren aufhören möchte. Hätten Sie einen Rat, wo ich anfangen soll?', { to: 'Beat Gasser', hard: h }),
]);
