/**
 * Word lists several rules share (folded, see text.ts): greetings, titles, words that are no name,
 * sign-off words, and the function words language detection counts. Pure data, plus the sets built
 * from them once.
 */
import { w, type ByLang } from './phrases';
import { foldSource } from './text';

/** Greeting words that may open a note (folded). Multi-word greetings first. */
export const GREETINGS: readonly string[] = [
  'good morning', 'good afternoon', 'good evening', 'guten tag', 'guten morgen', 'guten abend', 'sehr geehrte', 'sehr geehrter',
  'sehr geehrtes', 'grüss gott', 'grüß gott', 'grüss dich', 'grüessech', 'grüezi', 'grüessi', 'griass di', 'hoi zäme', 'moin moin',
  'hi', 'hello', 'hey', 'hiya', 'heya', 'dear', 'greetings', 'howdy', 'hallo', 'hallöchen', 'liebe', 'lieber', 'liebes', 'servus',
  'moin', 'hoi', 'sali', 'salü', 'salut', 'ciao', 'tschau', 'bonjour', 'hej', 'yo', 'good day',
];
/** Words between a greeting and a name. */
export const TITLES: readonly string[] = w(
  `mr mrs ms miss mx dr prof professor professorin herr frau hr fr mag dipl ing sir madam madame monsieur doktor doktorin konsul konsulin generalkonsul generalkonsulin botschafter botschafterin direktor direktorin praesident praesidentin stadtpraesident stadtpraesidentin gemeindepraesident gemeindepraesidentin regierungsrat regierungsraetin nationalrat nationalraetin staenderat staenderaetin bundesrat bundesraetin pfarrer pfarrerin kollege kollegin ambassador ma'am maam mam`,
);
/** Words that follow a greeting but are not a person's name: groups, and common nouns used as a form of address ("Hi Trailblazer", "Hi Bro"). */
export const NOT_NAMES: readonly string[] = w(
  `bro brother bhai sis sister dude buddy mate champ boss legend trailblazer rockstar superstar visionary leader leaders connection connections partner stranger sunshine gentlemen ladies hero expert innovator changemaker networker professional professionals there all everyone everybody team folks guys friend friends again colleague colleagues you and sir madam hiring recruiter manager network linkedin world community people both fellow zusammen miteinander alle allerseits leute kollege kollegin kollegen kolleginnen damen herren und team welt community netzwerk freunde freund freundin ihr du sie ihnen mitglied thanks thank danke merci i ich wir we`,
);
/** Sign-off words: a greeting plus these is still not a real sentence. */
export const SIGNOFF_WORDS: readonly string[] = w(
  `best regards kind warm warmly warmest cheers sincerely yours all the lg vg mfg gruss gruesse gruessli viele liebe liebi beste freundliche herzliche herzlich mit en`,
);
export const STOPWORDS: ByLang = {
  en: w(
    `the and to of is you your i my for with that this it on are we be have at would like hi hello thanks about not but me our can what how from they just were been has had do if or more when there their love great dear best i'm it's let's i'd i've into which who one all out up so very really than then these those will could should yes no congrats`,
  ),
  de: w(
    `und der die das ich nicht mit ist ein eine einen zu fuer auf wir du dich dir sich auch es den dem von bei ihnen wie aber hallo liebe lieber gerne gern mich mein meine uns unser hat habe haben sind war wurde noch schon ueber kann koennen ihr ihre euch dass wenn oder sehr nur mehr auch werden wird danke grüezi gruesse gruss freue vielen heute jetzt immer keine nach vor aus zum zur im einem einer sie sein seit diese dieser hoi servus moin sali doch`,
  ),
};

export const GREETINGS_FOLDED = GREETINGS.map(foldSource);
/** every single word of a greeting ("good", "morning", "hi") */
export const GREET_WORDS = new Set(GREETINGS_FOLDED.flatMap((g) => g.split(' ')));
export const TITLE_SET = new Set(TITLES);
export const NOT_NAME = new Set(NOT_NAMES);
export const SIGNOFF = new Set(SIGNOFF_WORDS);
/** function words of both languages */
export const STOP = new Set([...STOPWORDS.en, ...STOPWORDS.de].map(foldSource));
/** Words people capitalise for emphasis or as a field's name: no proper noun ("my LinkedIn Connect Request", "the field of Data Science"). */
export const COMMON_CAPS = new Set(['i', 'linkedin', 'linkedln', 'linked', 'connect', 'connection', 'connections', 'request', 'invitation', 'network', 'networking', 'profile', 'professional', 'professionals', 'business', 'industry', 'data', 'science', 'scientist', 'engineering', 'analytics', 'intern', 'internship', 'graduate', 'student', 'manager', 'director', 'advisor', 'financial', 'marketing', 'product', 'software', 'developer', 'recruiter', 'talent', 'acquisition', 'machine', 'learning', 'ai', 'tech', 'technology', 'good', 'morning', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'english', 'german', 'ok', 'okay', "i'm", "i'd", "i've", "i'll"]);
