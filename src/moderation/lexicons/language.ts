import { languageRanker } from './rank-languages.js';

/** The languages the lexicons and the eval tables know, as ISO 639-1 codes. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'ar', 'zh', 'ja', 'hi', 'tr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** franc's ISO 639-3 codes for them (Arabic as Standard Arabic, Chinese as Mandarin). */
const ISO3: Record<string, Language> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', rus: 'ru', arb: 'ar', cmn: 'zh', jpn: 'ja', hin: 'hi', tur: 'tr',
};
/** franc's ranking restricted to our languages, for texts of at least 10 characters. */
const rank = languageRanker(Object.keys(ISO3), 10);

/**
 * The most likely supported language of a text, or undefined when franc will not say (under 10
 * letters). Restricted to our languages, which keeps short Polish from reading as Croatian and
 * Arabic as Persian; it still errs on one-line Latin-script texts and on romanised Hindi, so it is
 * a hint (per-language reporting, choosing a lexicon first), not a gate: see docs/quality.md.
 */
export function detectLanguage(text: string): Language | undefined {
  return ISO3[rank(text)[0]![0]];
}

/** The supported languages of a text with franc's scores, likeliest first (what languagesWithin filters). */
export function rankLanguages(text: string): readonly (readonly [Language, number])[] {
  // A loop, not flatMap: V8's flatMap costs several times as much for these few entries.
  const ranked: (readonly [Language, number])[] = [];
  for (const [code, score] of rank(text)) {
    const lang = ISO3[code];
    if (lang !== undefined) ranked.push([lang, score]);
  }
  return ranked;
}

/**
 * Of a ranking, the languages scored at least `share` of the likeliest one's, likeliest first; empty
 * when franc will not say. One short sentence of Italian reads as Portuguese, French or Spanish nearly
 * as well, so rules written per language try every close one.
 */
export function languagesWithin(ranked: readonly (readonly [Language, number])[], share: number): Language[] {
  const top = ranked[0]?.[1] ?? 0;
  return ranked.filter(([, score]) => score >= top * share).map(([lang]) => lang);
}

/**
 * Words of a list, each read as a whole run of letters and digits in any case (as an expression's `i`
 * flag reads case: "ſ" is an "s", "K" the Kelvin sign a "k"): a run is asked of the expression only when
 * its length and its first letter allow it (the class bit `start`), which tells most runs no.
 */
interface WordList {
  readonly word: RegExp;
  readonly shortest: number;
  readonly longest: number;
  readonly start: number;
  readonly starts: RegExp;
}
const wordList = (words: readonly string[], start: number): WordList => ({
  word: new RegExp(`^(?:${words.join('|')})$`, 'iu'),
  shortest: Math.min(...words.map((w) => w.length)),
  longest: Math.max(...words.map((w) => w.length)),
  start,
  starts: new RegExp(`^[${[...new Set(words.map((w) => w[0]))].join('')}]$`, 'iu'),
});
/** Whether text.slice(from, to), a run of letters and digits (or of letters, for Polish) starting with a letter of class `kind`, is a word of the list. */
const listed = (list: WordList, text: string, from: number, to: number, kind: number) =>
  (kind & list.start) !== 0 && to - from >= list.shortest && to - from <= list.longest && list.word.test(text.slice(from, to));

/**
 * Hindi's function words as written in Latin letters (verbs "to be", pronouns, "and", "not", "what",
 * "here"): none is an English word, so two of them mark Hindi written in Latin letters, which franc
 * cannot name (it knows Hindi in Devanagari only).
 */
const HINDI_IN_LATIN = wordList(
  ['hai', 'hain', 'hoon', 'mujhe', 'tujhe', 'tumhe', 'tera', 'teri', 'tere', 'mera', 'meri', 'mere', 'nahi', 'nahin', 'kya', 'kyun', 'yahan', 'wahan', 'karo', 'karna', 'bahut', 'aur', 'bhi'],
  32,
);

/**
 * The words of the list in a text, in order, until `visit` says stop: the matches of
 * /(?<![\p{L}\p{N}])(?:words)(?![\p{L}\p{N}])/giu, read a run of letters and digits at a time.
 */
function eachListedWord(text: string, list: WordList, visit: (word: string) => boolean): void {
  for (let i = 0; i < text.length; ) {
    const code = codeAt(text, i);
    const kind = signClass(code);
    if ((kind & LETTER_OR_DIGIT) === 0) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    let end = i + (code > 0xffff ? 2 : 1);
    while (end < text.length) {
      const next = codeAt(text, end);
      if ((signClass(next) & LETTER_OR_DIGIT) === 0) break;
      end += next > 0xffff ? 2 : 1;
    }
    if (listed(list, text, i, end, kind) && visit(text.slice(i, end))) return;
    i = end;
  }
}

/**
 * Does a text hold one of those function words? Too weak alone ("bhi" and "aur" turn up in English
 * bios), it says Hindi beside other evidence: a Hindi grammar's group and its derogation both found.
 */
export function holdsHindiFunctionWord(text: string): boolean {
  let found = false;
  eachListedWord(text, HINDI_IN_LATIN, () => (found = true));
  return found;
}

/** Does a text read as Hindi written in Latin letters ("main Priya hoon, pottery aur trekking pasand hai")? */
export function looksRomanisedHindi(text: string): boolean {
  let first: string | undefined;
  let two = false;
  eachListedWord(text, HINDI_IN_LATIN, (found) => {
    const word = found.toLowerCase();
    first ??= word;
    return (two = word !== first);
  });
  return two;
}

/**
 * What only Polish writes among the supported languages: its letters (ą ć ę ł ń ś ź ż; not ó, which
 * Spanish has) and function words no other of them has ("dla", "jest", "tylko", "po prostu"). franc
 * reads one short line of Polish as English, Spanish or French ("Lesbijki są okropne." as French), so
 * two of these (two words with its letters, two of its words, or one of each) say Polish beside what franc says.
 */
const POLISH_WORDS = wordList(
  ['dla', 'jest', 'jestem', 'jestes', 'jestescie', 'czy', 'tylko', 'prostu', 'wszyscy', 'wszystkie', 'niczym', 'innym', 'kolejny', 'kolejna',
    'kolejni', 'ktory', 'ktora', 'ktore', 'takie', 'tacy', 'bardzo', 'nigdy', 'powinni', 'powinny', 'trzeba', 'zawsze',
    // Session 28: group nouns no other language writes, without a Polish letter ("Kobiety to szumowiny." reads as English).
    'kobiety', 'kobiet', 'kobietami', 'geje', 'imigranci', 'azjaci'],
  16,
);

/**
 * Per language, words English texts do not write (function words, and the commonest insults' company:
 * "espèce", "mec", "vraiment"), accents taken off. Left out: what English bios hold too (names' "de", "la",
 * "van", "del"; "per", "non", "com" of a web address, "mit", "bin", "ton"). A strict term (a lexicon word that
 * is an ordinary word elsewhere: French "con", Italian "negra", Turkish "am") counts only in a text that
 * shows its language by one of these, or for Turkish a letter of its own, beside franc naming the
 * language: franc ranks many a short English line first as French or Turkish ("I teach Con Law",
 * "I am a baker in Izmir").
 */
const OWN_WORDS: Partial<Record<Language, readonly string[]>> = {
  es: ['un', 'una', 'unos', 'unas', 'eres', 'soy', 'somos', 'estoy', 'estas', 'esta', 'este', 'esto', 'eso', 'esa', 'ese', 'que', 'por', 'muy', 'pero',
    'como', 'todo', 'todos', 'hay', 'tus', 'mis', 'sus', 'usted', 'ustedes', 'ella', 'ellos', 'ellas', 'yo', 'vete', 'tienes', 'tiene', 'hijo', 'tan',
    'asi', 'aqui', 'porque', 'cuando', 'donde', 'nada', 'siempre', 'nunca', 'tambien', 'pinche', 'te', 'les', 'nos', 'nuestro', 'nuestra', 'nuestros',
    'otro', 'otra', 'otros', 'estos', 'esos', 'esas', 'deberian', 'deben', 'ser', 'estan', 'sois', 'vosotros', 'algun', 'ningun', 'cualquier'],
  pt: ['um', 'uma', 'umas', 'uns', 'voce', 'vc', 'ele', 'ela', 'eles', 'elas', 'nao', 'que', 'dos', 'das', 'pra', 'por', 'muito', 'isso', 'essa', 'esse',
    'esta', 'este', 'tudo', 'todos', 'seu', 'sua', 'teu', 'tua', 'meu', 'minha', 'vai', 'vou', 'aqui', 'agora', 'sempre', 'nunca', 'tambem', 'porque',
    'quando', 'onde', 'nada', 'sou', 'somos', 'sao', 'foi', 'tem', 'tomar', 'os', 'aos', 'nos', 'nas', 'pelo', 'pela', 'pelos', 'pelas', 'ao', 'estao',
    'esses', 'essas', 'estes', 'estas', 'aqueles', 'aquelas', 'deles', 'delas', 'nosso', 'nossa', 'nossos', 'mais', 'como', 'muitos', 'muitas', 'todas',
    'qualquer', 'apenas', 'nenhum', 'nenhuma', 'ninguem', 'outro', 'outra', 'outros', 'deveriam', 'devem', 'ser', 'sendo', 'voces', 'te'],
  fr: ['un', 'une', 'du', 'je', 'tu', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'que', 'qui', 'cette', 'sont', 'suis', 'etes', 'avec', 'mais', 'tres',
    'quel', 'quelle', 'aux', 'toi', 'moi', 'ici', 'comme', 'tout', 'tous', 'toujours', 'jamais', 'rien', 'fais', 'espece', 'vraiment', 'celui', 'ceux',
    'mec', 'gros', 'pauvre', 'petit', 'des', 'pas', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'sur', 'chez', 'bien', 'faut', 'doivent', 'devraient',
    'peut', 'peuvent', 'autre', 'autres', 'ces', 'etre', 'sais', 'fait', 'te', 'tes'],
  de: ['ich', 'du', 'sie', 'wir', 'ihr', 'und', 'ist', 'bist', 'sind', 'nicht', 'kein', 'keine', 'ein', 'eine', 'einen', 'einem', 'einer', 'auf', 'zu',
    'auch', 'aber', 'wie', 'wer', 'sehr', 'noch', 'nur', 'schon', 'dein', 'deine', 'mein', 'meine', 'doch', 'nein', 'habe', 'hast', 'haben', 'dich',
    'mich', 'mir', 'diese', 'dieser', 'dieses', 'jetzt', 'immer', 'warum', 'echt', 'digga', 'uns', 'euch', 'ihnen', 'unsere', 'unser', 'eure', 'euer',
    'sollten', 'sollen', 'muss', 'mussen', 'werden', 'wird', 'sein', 'alle', 'andere', 'anderen', 'einfach', 'solche', 'solchen', 'oder', 'weil', 'wenn'],
  it: ['il', 'gli', 'una', 'sei', 'sono', 'che', 'del', 'della', 'delle', 'dei', 'questo', 'questa', 'quello', 'quella', 'tutto', 'tutti', 'molto',
    'anche', 'sempre', 'lui', 'noi', 'voi', 'loro', 'mio', 'tuo', 'tua', 'suo', 'sua', 'cosa', 'vai', 'fatti', 'ancora', 'perche', 'quando', 'dove',
    'niente', 'brutto', 'brutta', 'stai', 'gia', 'piu', 'un', 'te', 'altro', 'altri', 'altra', 'questi', 'queste', 'quelli', 'quelle', 'nostro',
    'nostra', 'nostri', 'vostro', 'dovrebbero', 'devono', 'essere', 'siete', 'siamo', 'nessun', 'nessuno', 'qualsiasi', 'ogni'],
  nl: ['het', 'een', 'ik', 'je', 'jij', 'jou', 'jouw', 'hij', 'zij', 'wij', 'jullie', 'niet', 'geen', 'wat', 'voor', 'naar', 'maar', 'ook', 'nog', 'echt',
    'zijn', 'hebt', 'heeft', 'mijn', 'haar', 'deze', 'alle', 'altijd', 'nooit', 'waarom', 'wie', 'gewoon', 'toch', 'ons', 'onze',
    'moeten', 'zouden', 'worden', 'wordt', 'andere', 'zulke', 'iedere', 'elke', 'omdat', 'zoals', 'te', 'zo', 'kan', 'weer', 'heb', 'gaan', 'hebben',
    'moet', 'kunnen', 'zal', 'aan', 'bij', 'uit'],
  tr: ['ve', 'bir', 'bu', 'su', 'cok', 'icin', 'ile', 'ama', 'gibi', 'degil', 'mi', 'mu', 'misin', 'musun', 'ki', 'yok', 'daha', 'sana', 'bana',
    'beni', 'seni', 'senin', 'benim', 'sen', 'neden', 'niye', 'nasil', 'kadar', 'hepsi', 'hepiniz', 'olsun', 'amk', 'aq', 'lan', 'ulan', 'siktir',
    'sikerim', 'orospu', 'amina', 'yine'],
};
/** A language's bit in ownWordLanguages' masks. */
export const languageBit = (lang: Language): number => 1 << SUPPORTED_LANGUAGES.indexOf(lang);
const OWN_WORD_LANGUAGES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const [lang, words] of Object.entries(OWN_WORDS) as [Language, readonly string[]][]) for (const w of words) map.set(w, (map.get(w) ?? 0) | languageBit(lang));
  return map;
})();

/** The languages (languageBit mask) whose own word a word is, given as normalise() reads it: lower case, accents off. */
export const ownWordLanguages = (word: string): number => OWN_WORD_LANGUAGES.get(word) ?? 0;

const TURKISH_LETTER = /[ğĞıİşŞ]/u;
/** Whether a text holds a letter only Turkish writes among the supported languages (normalising folds them). */
export const hasTurkishLetter = (text: string): boolean => TURKISH_LETTER.test(text);

/** Whether ownWordLanguages and hasTurkishLetter tell a language (else a strict term of it needs only franc). */
export const hasOwnWords = (lang: Language): boolean => OWN_WORDS[lang] !== undefined;

/**
 * A character's classes as the word lists read them, each asked of an expression once per character: a
 * letter (\p{L} in any case), a letter or digit, a Polish letter, and the first letter of a Polish or Hindi word.
 */
const KNOWN = 1;
const LETTER = 2;
const LETTER_OR_DIGIT = 4;
const POLISH_LETTER = 8;
const LIST_STARTS: readonly WordList[] = [POLISH_WORDS, HINDI_IN_LATIN];
const BMP_SIGN_CLASSES = new Uint8Array(0x10000);
function signClass(code: number): number {
  const known = code <= 0xffff ? BMP_SIGN_CLASSES[code]! : 0;
  return known !== 0 ? known : classifySign(code);
}
function classifySign(code: number): number {
  const c = String.fromCodePoint(code);
  let known = KNOWN | (/\p{L}/iu.test(c) ? LETTER : 0) | (/[\p{L}\p{N}]/iu.test(c) ? LETTER_OR_DIGIT : 0) | (/[ąćęłńśźż]/iu.test(c) ? POLISH_LETTER : 0);
  for (const list of LIST_STARTS) if (list.starts.test(c)) known |= list.start;
  if (code <= 0xffff) BMP_SIGN_CLASSES[code] = known;
  return known;
}
/** The code point at i: its unit, or a surrogate pair's code point. */
const codeAt = (text: string, i: number) => {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
};

/**
 * Does a text show `signs` different signs of Polish (two by default: one is a name, "Łukasz", in an English bio)?
 * Read in one pass, a run of letters at a time: the matches, in order, of
 * /(?<!\p{L})\p{L}*?[ąćęłńśźż]\p{L}*|(?<![\p{L}\p{N}])(?:dla|jest|...)(?![\p{L}\p{N}])/giu, which were read
 * with that expression before: a run of letters with a Polish letter in it, from a character that follows no
 * letter, or a run of letters and digits that is one of its words, from one that follows neither.
 */
export function looksPolish(text: string, signs = 2): boolean {
  const seen = new Set<string>();
  let before = 0;
  for (let i = 0; i < text.length; ) {
    const code = codeAt(text, i);
    const kind = signClass(code);
    if ((kind & LETTER) === 0 || (before & LETTER) !== 0) {
      before = kind;
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    let polish = false;
    let end = i;
    for (let k = kind, c = code; (k & LETTER) !== 0; k = end < text.length ? signClass((c = codeAt(text, end))) : 0) {
      polish ||= (k & POLISH_LETTER) !== 0;
      end += c > 0xffff ? 2 : 1;
    }
    // A word of the list is letters only, so the run of letters and digits it must be is this run of letters,
    // unless a digit follows.
    const word = !polish && (before & LETTER_OR_DIGIT) === 0 && (end === text.length || (signClass(codeAt(text, end)) & LETTER_OR_DIGIT) === 0) && listed(POLISH_WORDS, text, i, end, kind);
    if ((polish || word) && seen.add(text.slice(i, end).toLowerCase()).size >= signs) return true;
    // Inside the run every character follows a letter, and at its end stands none: no sign starts before its end.
    before = LETTER | LETTER_OR_DIGIT;
    i = end;
  }
  return false;
}
