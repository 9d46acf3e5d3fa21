/**
 * comment.generic: a comment anyone could leave under any post: short, no question, every word a
 * generic word, a filler or a name; or at most two words of its own that take nothing up from the
 * post it answers and tell no experience of the writer's ("Great opportunity", "Congrats madam").
 * Inputs: text, the post's text. Silenced by a pitch (interplay.ts).
 */
import { wholeRange, type Rule } from '../context';
import { w, type ByLang } from '../phrases';
import { fold, foldSource, tokenize } from '../text';
import { STOP } from '../words';

/** Words a low-effort comment is made of (folded, single words; multi-word phrases are split). */
export const COMMENT_GENERIC_WORDS: ByLang = {
  en: w(
    `commenting comment comments deserving stellar lineup wait can't cannot company people opportunity opportunities project group thriving forward watching wishes happening bigger picture mba cpa jd ba phd msc bsc cfa pmp reach reaching better cfbr boost visibility pls please subscribe channel it's its look looks pretty great post share sharing shared read insight insights article nice good love loved this it well said put so true very agreed agree totally absolutely exactly spot on interesting super thanks thank you for congrats congratulations done amazing awesome brilliant fantastic inspiring insightful informative cool wow bravo yes same luck best all the of deserved powerful valuable helpful useful really such a an and your new role job position much keep up work dear my friend point points excellent wonderful perfect indeed definitely 100 thoughts content words lovely happy glad see news again too as always wise hear hey hi omg proud of u one stuff read posting posted writing wrote written explained wishing success journey next chapter everything big huge what these with us we our me is are was to in on at how just truly incredibly simply lot lots everyone everybody today reading piece inspiration motivating motivational needed reminder must-read bookmarked saved rock rocks legend kudos step steps every word line single bit couldn't could not more gold nailed nail preach facts amen truth leader leaders need needs should perspective take view angle approach idea ideas summary overview onwards upwards dr prof mr ms mrs something right now important well-deserved achievement achievements continued future ahead endeavours endeavors milestone whole entire team teams here queen king exciting network shine shining going it up putting into story stories openness honesty vulnerability following industry field about leadership`,
  ),
  de: w(
    `toller tolle toll super guter gut starker stark spannender spannend spannende beitrag post danke fuers fuer das den die teilen vielen dank merci gratuliere herzliche herzlichen herzlich gratulation glueckwunsch bravo sehr interessant interessanter stimmt genau absolut klasse wow wahr so gesagt top alles gute viel erfolg weiter im zum neuen job in der rolle verdient wohlverdient liebe lieber und dir euch ihnen wirklich echt mega ein eine einen schoen schoener wichtiger wichtig inspirierend hilfreich wertvoll wertvoller gedanken ja ganz meiner meinung sicht punkt sache geil hammer freut mich fuers teilen gratulieren chapeau hut ab sensationell grossartig wunderbar artikel input inputs zusammenfassung ebenfalls auch von mir hey hallo stolz auf dich euch geschrieben formuliert erklaert neue aufgabe herausforderung start guten geniale genial zu diesem dieser diese dies ist war sind wie immer wieder mal nochmals weiterhin schritt schritte erfolgreich erfolgreichen beim bei mit an auf allen uns wir unsere tollen perfekt richtig grossartige wundervoll motivierend lesenswert herzlichst glueckwuensche ich es man jedes jedem wort kann nur zustimmen unterschreiben nichts hinzuzufuegen treffend besser haette nicht sagen koennen gold wert wertvollen wertvolle spannenden interessanten einverstanden perspektive ansatz sichtweise idee frau herr zukunft freude funktion stelle position vielmal diesen inspirierenden regt nachdenken denkanstoss denkanstoesse ganze ganzen hier dem geehrte geehrter kollegin kollege besten beste gruessen freundlichen ausgesprochen lesenswerten jubilaeum zur hast hat haben habt dein deine deinen deinem deiner ihre ihren ihrem eure euren netzwerk isch esch du geschichte offenheit ehrlichkeit worte guet gschribe gseit gsi vilmal branche starke starken gefaellt gefallen anregen anregend einfach dass inhalte inhalt teilst teilt wohlverdienten erfolg unterschreibe sofort dafuer`,
  ),
};

const COMMENT_WORDS = new Set([...COMMENT_GENERIC_WORDS.en, ...COMMENT_GENERIC_WORDS.de].map(foldSource));

export const rule: Rule = {
  id: 'comment.generic',
  check(ctx) {
    const { text } = ctx;
    const [s, e] = wholeRange(text);
    if (e === s) return null; // nothing written yet
    if (/\?/.test(ctx.f.s)) return null;
    const toks = ctx.toks;
    if (toks.length > 24) return null;
    const fs = ctx.f.s;
    let content = 0;
    let names = 0;
    const contentWords: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const w = t.w.replace(/\.$/, '');
      if (COMMENT_WORDS.has(w) || /^\d{1,3}$/.test(w)) continue;
      if (t.cap) {
        const before = fs.slice(Math.max(0, t.fs - 2), t.fs);
        const after = fs.slice(t.fe, t.fe + 1);
        const prev = i > 0 ? toks[i - 1]!.w : '';
        const last = i === toks.length - 1 || (i === toks.length - 2 && toks[i + 1]!.cap);
        if (last || /[,@]/.test(before) || /^[,!.]/.test(after) || prev === 'liebe' || prev === 'lieber' || prev === 'dear' || prev === 'congrats' || prev === 'congratulations' || prev === 'gratuliere') {
          names++;
          continue;
        }
      }
      content++;
      contentWords.push(w);
    }
    // a short comment with a word or two of its own ("Great opportunity", "Commenting for better reach") is
    // still generic when it takes nothing up from the post, asks nothing and tells no experience of the writer's
    // (one word of its own after the praise only names what is praised: "Great meetup", "helpful advice")
    const short = content <= 2 && toks.length <= 12 && names <= 3 && !toks.some((t) => EXPERIENCE_SUBJECT.has(t.w)) && (content <= 1 || !takesUp(contentWords, ctx.input.post)) && !/^(?:can|could|would|will|do|does|did|is|are|which|what|why|how|when|where|who|kann|kannst|koennen|wie|was|warum|wann|wo|wer|welche[rsmn]?)(?![\p{L}])/u.test(fs);
    return (content === 0 && names <= 3) || short ? { start: s, end: e } : null;
  },
};

/** Words that make the writer the subject of a comment: an experience or an opinion of their own follows. */
const EXPERIENCE_SUBJECT = new Set(['i', "i'm", "i've", "i'd", "i'll", 'ich', 'we', "we've", "we're", 'wir', 'mir', 'mich', 'bei uns', 'my', 'mein', 'meine']);
/** Does a comment take up something from the post it answers (a word of four letters or more, compared on its first five)? */
function takesUp(words: string[], post: string | undefined): boolean {
  if (!post || words.length === 0) return false;
  const stems = new Set<string>();
  const pf = fold(post.slice(0, 3000));
  for (const t of tokenize(post.slice(0, 3000), pf, 600)) if (t.w.length >= 4 && !STOP.has(t.w)) stems.add(t.w.slice(0, 5));
  return words.some((w) => w.length >= 4 && stems.has(w.slice(0, 5)));
}
