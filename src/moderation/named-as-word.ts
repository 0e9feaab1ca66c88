import { compiledNow } from './lazy-regexp.js';

/**
 * A slur named as a word, not said of anyone: what a linguist, a historian, a trainer or a moderator writes about the
 * words they study or teach ("the word "faggot"", "slurs like "kike" and "chink"", "das Wort Kanake", "le mot pédé").
 * Read from what stands right before it: a noun that names words (the word, the term, the slur), then "like", "such as" or
 * "including" after a plural one (or a colon, or quotes: "words "kike" and "chink"", never "words" bare before a word),
 * then the other words of its list. A slur in quotes with nothing naming it as a word
 * is still aimed ("you "faggot"", "Hey "tranny""), and so is one after a verb of being ("the word for you is "faggot"").
 */
const ENGLISH_NOUNS = ['word', 'term', 'slur', 'insult', 'epithet', 'expression'];
const NAMING_NOUNS = [
  'palabra', 'término', 'termino', 'insulto', 'expresión', 'expresion', 'palavra', 'termo', 'xingamento', 'mot', 'terme', 'insulte', 'injure',
  'wort', 'begriff', 'schimpfwort', 'ausdruck', 'parola', 'termine', 'woord', 'scheldwoord', 'słowo', 'slowo', 'określenie', 'okreslenie',
  'wyzwisko', 'obelga', 'слово', 'beleidigung', 'beleidiging', 'offesa', 'ofensa',
];
/** Plurals, which name a list and may take "like" before it. */
const NAMING_PLURALS = [
  'words', 'terms', 'slurs', 'insults', 'epithets', 'expressions', 'palabras', 'términos', 'terminos', 'insultos', 'expresiones', 'palavras',
  'termos', 'xingamentos', 'mots', 'termes', 'insultes', 'injures', 'wörter', 'worter', 'begriffe', 'schimpfwörter', 'schimpfworter',
  'ausdrücke', 'ausdrucke', 'termini', 'insulti', 'woorden', 'termen', 'scheldwoorden', 'słowa', 'slowa', 'słów',
  'określenia', 'okreslenia', 'wyzwiska', 'слова', 'beleidigungen', 'beleidigingen', 'offese', 'ofensas',
];
/**
 * What must stand before a singular naming noun: "the word", "das Wort", "la palabra", "a palavra". English takes only
 * "the", "this" or "that": "say a word n****" and bare "word" (slang for "true") are said to someone.
 */
const ENGLISH_DETERMINERS = ['the', 'this', 'that'];
/** Polish has no articles: its singular naming nouns stand bare ("słowo czarnuch jest rasistowskie"). */
const BARE_NAMING_NOUNS = ['słowo', 'slowo', 'określenie', 'okreslenie', 'wyzwisko'];
const DETERMINERS = [
  'la', 'el', 'del', 'esta', 'este', 'esa', 'ese', 'una', 'un', 'le', 'du', 'au', 'ce', 'cette', 'une', "l'", 'das', 'dieses', 'ein', 'vom', 'zum',
  'il', 'lo', 'della', 'sulla', 'nella', 'alla', 'dalla', 'dello', 'sullo', 'questa', 'questo', 'quella', 'quel', 'o', 'a', 'do', 'da', 'na', 'um',
  'uma', 'essa', 'esse', 'het', 'dit', 'dat', 'een',
];
const LIKE = ['like', 'such as', 'including', 'e.g.', 'namely', 'from', 'como', 'tales como', 'comme', 'tels que', 'wie', 'come', 'zoals', 'jak', 'takie jak', 'как'];
const LIST_JOIN = ['and', 'or', 'to', 'y', 'o', 'e', 'ou', 'et', 'und', 'oder', 'ed', 'en', 'of', 'i', 'lub', 'и', 'или'];

const words = (forms: readonly string[]) => forms.map((form) => form.replace(/\./g, '\\.').replace(/ /g, '[^\\S\\n]+')).join('|');
const QUOTE_MARK = `["'«„“‘‚]`;
const QUOTE_OPEN = `${QUOTE_MARK}?`;
/** One word of the list before the slur, quoted or not, and the comma or conjunction that joins it to the next: `"chink", `. */
const LIST_ITEM = `${QUOTE_OPEN}\\p{L}[\\p{L}-]*["'»“”’]?(?:[^\\S\\n]*,[^\\S\\n]*(?:(?:${words(LIST_JOIN)})[^\\S\\n]+)?|[^\\S\\n]+(?:${words(LIST_JOIN)})[^\\S\\n]+)`;
const NAMED_BEFORE = new RegExp(
  `(?<![\\p{L}'])(?:(?:${words(ENGLISH_DETERMINERS)})[^\\S\\n]+(?:${words(ENGLISH_NOUNS)})[^\\S\\n]+|(?:${words(BARE_NAMING_NOUNS)})[^\\S\\n]+|(?:${words(DETERMINERS)})[^\\S\\n]*(?<=['\\s])(?:${words(NAMING_NOUNS)})[^\\S\\n]+|(?:${words(NAMING_PLURALS)})(?:[^\\S\\n]*,?[^\\S\\n]*(?:${words(LIKE)})[^\\S\\n]+|[^\\S\\n]*:[^\\S\\n]*|[^\\S\\n]+(?=${QUOTE_MARK})))(?:${LIST_ITEM}){0,6}${QUOTE_OPEN}$`,
  'u',
);
/** How far before the slur its naming is looked for: a noun and a short list (linear cost in a long text). */
const REACH = 90;

/**
 * After the slur, the sentence calls it a word ("faggot is a slur", "Schwuchtel ist ein Schimpfwort", "pedał to obelga",
 * "pédé c'est une insulte"): the copula, an article and one word at most ("a homophobic slur"), then a naming noun.
 */
const QUOTE_CLOSE = `["'»“”’]?`;
const COPULAS = ['is', 'was', 'ist', 'war', 'es', 'era', 'est', "c'est", 'è', 'é', 'foi', 'to', 'jest', 'это'];
const ARTICLES = ['a', 'an', 'ein', 'eine', 'un', 'una', 'une', 'um', 'uma', 'een'];
const NAMED_AFTER = new RegExp(
  `^${QUOTE_CLOSE}[^\\S\\n]*,?[^\\S\\n]+(?:${words(COPULAS)})[^\\S\\n]+(?:(?:${words(ARTICLES)})[^\\S\\n]+)?(?:\\p{L}+[^\\S\\n]+)?(?:${words([...ENGLISH_NOUNS, ...NAMING_NOUNS])})(?!\\p{L})`,
  'u',
);
/**
 * Or a verb of calling, as an infinitive or a gerund, has someone unnamed for its object ("calling people faggots",
 * "chamar alguém de viado", "traiter quelqu'un de pédé", "jemanden Schwuchtel nennen", "iemand een flikker noemen",
 * "nazywać kogoś pedałem", and after the slur "llamar maricón a alguien", "dire frocio a qualcuno"): the act of calling
 * is judged, no one is called. A finite verb is someone calling ("I call people faggots").
 */
const ANYONE_CALLED_BEFORE = new RegExp(
  `(?<!\\p{L})(?:(?:calling|to call) (?:someone|somebody|anyone|people|others|a person|each other)(?: an?)?|(?:llamar|llamarle|llamando|decir|decirle|decirles) (?:a alguien|a la gente|a nadie|a otros|a una persona)(?: una?)?|(?:chamar|chamando) (?:alguém|alguem|as pessoas|ninguém|ninguem|os outros|uma pessoa) de|(?:traiter|traitant) (?:quelqu'un|quelqu’un|qqn|qn|les gens|personne|les autres) de|(?:chiamare|chiamando|dare|dando) (?:qualcuno|la gente|gli altri)(?: di| del| della)?|jemanden(?: einen| eine| als)?|iemand(?: uitschelden voor| een| voor)?|(?:nazywać|nazywac|nazywanie|nazwać|nazwac|wyzywać|wyzywac|wyzywanie) (?:kogoś|kogos|ludzi|innych)(?: od)?) $`,
  'u',
);
const ANYONE_CALLED_AFTER = /^\s+(?:a alguien|a nadie|a la gente|a qualcuno|a nessuno|alla gente|à quelqu'un|à quelqu’un|a alguém|a alguem|to someone|to anyone|to people)(?!\p{L})/u;
/**
 * Or that verb has a group for its object, and the sentence then judges the calling: "calling Muslims towelheads is
 * racist", "chiamare i meridionali terroni è razzismo", "traiter les juifs de youpins, c'est de l'antisémitisme",
 * "chamar negros de macacos é racismo", "nazywanie Żydów żydkami to antysemityzm". Without the judgement "to call
 * them X" may be the writer's own wish.
 */
const GROUP_CALLED_BEFORE = /(?<!\p{L})(?:calling|to call|llamar|llamando|chamar|chamando|traiter|traitant|chiamare|chiamando|nazywać|nazywac|nazywanie|wyzywanie|wyzywać|wyzywac)(?: \p{L}+){1,3}(?: (?:de|di|od|d'|d’))? $/u;
/**
 * Or the one addressed called a group so, and the writer tells them ("você chamou os X de macacos", "quand tu as traité les
 * X de ...", "llamaste a los X ...", "you called X ..."): another's calling reported back to them, the writer's reproach ("nazwałeś X pedałami?").
 */
const GROUP_CALLED_BY_YOU = /(?<!\p{L})(?:(?:você|voce|vc|tu)(?: (?:quando|que|já|ja))? (?:chamou|chamava|chamaste|xingou|xingava)|(?:tu as|t'as|t’as|vous avez) (?:traité|traite|appelé|appele)|llamaste|has llamado|hai chiamato|you called|nazwałeś|nazwales|nazwałaś|nazwalas|nazwaliście|nazwaliscie|wyzywałeś|wyzywales|wyzywałaś|wyzywalas|wyzwałeś|wyzwales)(?: \p{L}+){1,3}(?: (?:de|di|d'|d’|od))? $/u;
/**
 * Or the calling is refused before the group it would call so: no one should, the reader is told not to or to stop, or
 * whoever does it is the subject ("ninguém devia chamar os X de", "não chame os X de", "parem de chamar", "quem chama
 * os X de … não sabe o que diz", "personne ne devrait traiter les X de", "arrêtez de traiter", "ceux qui traitent",
 * "nadie debería llamar", "quien llama", "nessuno dovrebbe chiamare", "chi chiama", "nikt nie powinien nazywać"). English
 * is left to its own detector, unprobed here. The writer's own calling ("eu chamo os X de") stays a slur said.
 */
const CALLING_REFUSER = [
  'ninguém', 'ninguem', 'ninguém mais', 'parem de', 'pare de', 'para de', 'chega de', 'personne ne', 'arrêtez de', 'arretez de', 'arrête de',
  'arrete de', 'nadie', 'deja de', 'dejen de', 'dejad de', 'nessuno', 'smettila di', 'smettetela di', 'nikt nie', 'przestań', 'przestan',
  'przestańcie', 'przestancie',
].join('|');
/** The modal between a refuser and its verb ("ninguém devia chamar", "personne ne devrait traiter"). */
const REFUSER_MODAL = 'devia|deveria|deve|pode|devrait|doit|peut|debería|deberia|debe|puede|dovrebbe|può|puo|powinien|powinna|może|moze';
const CALLING_VERB = 'chamar|xingar|traiter|llamar|chiamare|nazywać|nazywac';
/** A calling told not to be done, or whoever does it made the subject: the verb is its own refusal. */
const CALLING_REFUSED_VERB = [
  '(?:não|nao|nunca|jamais) (?:chame|chamem|chamar|xingue|xinguem)', 'quem (?:chama|xinga)', "(?:ne|n'|n’) ?(?:traitez|traite|traitons) (?:jamais|pas|plus)",
  '(?:ceux|celles|celui|celle) qui (?:traitent|traite)', '(?:no|nunca) (?:llames|llamen|llaméis)', 'quien(?:es)? (?:llama|llaman)',
  '(?:non|mai) (?:chiamate|chiamare)', 'chi (?:chiama|chiamano)', 'nie (?:nazywaj|nazywajcie)',
].join('|');
const GROUP_CALLING_REFUSED = new RegExp(
  `(?<!\\p{L})(?:(?:${CALLING_REFUSER})(?: (?:${REFUSER_MODAL}))? (?:${CALLING_VERB})|${CALLING_REFUSED_VERB})(?: \\p{L}+){0,3}(?: (?:de|di|od|d'|d’))? $`,
  'u',
);
/**
 * Or a slur is denied of a group in the third person plural ("os gays não são viados", "les gays ne sont pas des pédés",
 * "los gays no son maricones", "i gay non sono froci", "geje nie są pedałami", "المثليون ليسوا شواذ", and the dialects' "مش" after a definite noun: "المثليين مش خولات"): the group is
 * defended. Denied of "you" or "me" it is still a slur used, and whatever may stand between is not listed, so "não são
 * nada além de viados" stays a slur said.
 */
const GROUP_DENIED_SLUR = /(?<![\p{L}'’])(?:não são|nao sao|nunca foram|(?:ne|n'|n’)? ?sont (?:pas|jamais) (?:des|de)|no son|non sono|sind keine|zijn geen|nie są|nie sa|ليسوا|لسن|(?<=ال\p{L}+ )(?:مش|مو|مب)) $/u;
const CALLING_JUDGED = [
  'racis', 'razzis', 'rasis', 'rassis', 'antisemit', 'antisémit', 'antysemit', 'homophob', 'homofob', 'omofob', 'transphob', 'transfob', 'xenophob',
  'xenofob', 'ksenofob', 'discrimin', 'dyskrymin', 'sexis', 'seksis', 'offensiv', 'ofensiv', 'obraźliw', 'obrazliw',
];
/** The naming judged right after the named word ("… is racist", "c'est de l'antisémitisme"), unanchored so both judged readings can share it. */
const JUDGEMENT = `${QUOTE_CLOSE}[^\\S\\n]*,?[^\\S\\n]+(?:is|was|es|est|c'est|c’est|è|e|é|to|jest)[^\\S\\n]+(?:(?:pure|just|simply|de|du|una?|an?|puro|pura|l'|l’)(?:[^\\S\\n]+|(?<=['’])))*(?:(?:${CALLING_JUDGED.join('|')})\\p{L}*|hate|odio|haine|wrong|errado|errada|sbagliato|not ok|unacceptable|inaceptable|inaccettabile|inaceitável|inacceptable)(?!\\p{L})`;
const JUDGEMENT_AFTER = new RegExp(`^${JUDGEMENT}`, 'u');
/** Romanised Hindi puts the naming noun before its copula: "katua ek gaali hai". */
const HINDI_NAMED_AFTER = /^[^\S\n]+(?:ek[^\S\n]+)?(?:gaali|gali|galee)[^\S\n]+(?:hai|he)(?!\p{L})/u;
/** Mandarin calls someone ("叫人", "骂别人") a word that the sentence then calls discrimination or an insult ("叫人阿三是歧视"). */
const MANDARIN_CALLED_BEFORE = /(?:叫|骂|称|称呼)(?:别人|人家|他人|人)$/u;
const MANDARIN_JUDGED_AFTER = /^(?:是|就是|属于)(?:一种)?(?:种族)?(?:歧视|侮辱|仇恨)/u;
const CALLING_VERB_BEFORE = /(?<!\p{L})(?:llamar|llamarle|decir|decirle|decirles|dire|dare del|dare della|dare dei|dare delle|chamar|traiter de|to call|calling|to say|saying|mówić|mowic|mówienie|mowienie) $/u;
/**
 * After a slur said by that verb (an infinitive or a gerund: no one says it), the saying judged, with whom it is said to
 * between in Polish ("mówienie pedał na geja to homofobia"): "decir sudaca es racismo", "saying faggot is homophobic".
 */
const SAYING_JUDGED_AFTER = new RegExp(`^(?:[^\\S\\n]+na[^\\S\\n]+\\p{L}+)?${JUDGEMENT}`, 'u');

/**
 * Is the slur at text[from...to] named as a word? Any case; accents as written or folded away. `to`, where the slur ends,
 * lets the words after it say so too.
 */
export function namedAsWord(text: string, from: number, to?: number): boolean {
  const before = text.slice(Math.max(0, from - REACH), from).toLowerCase();
  const spaced = before.replace(/[^\S\n]+/g, ' ');
  if (NAMED_BEFORE.test(before) || ANYONE_CALLED_BEFORE.test(spaced) || GROUP_CALLED_BY_YOU.test(spaced) || GROUP_CALLING_REFUSED.test(spaced) || GROUP_DENIED_SLUR.test(spaced)) return true;
  if (to === undefined) return false;
  const after = text.slice(to, to + REACH).toLowerCase();
  return NAMED_AFTER.test(after) || HINDI_NAMED_AFTER.test(after) || (CALLING_VERB_BEFORE.test(spaced) && (ANYONE_CALLED_AFTER.test(after) || SAYING_JUDGED_AFTER.test(after)))
    || (GROUP_CALLED_BEFORE.test(spaced) && JUDGEMENT_AFTER.test(after)) || (MANDARIN_CALLED_BEFORE.test(before) && MANDARIN_JUDGED_AFTER.test(after));
}

/** Every word of a sentence may be read; only one after a naming noun can be named (a gate: most sentences have none). */
const NAMING = compiledNow(new RegExp(`(?<!\\p{L})(?:${words(ENGLISH_NOUNS)}|${words(NAMING_NOUNS)}|${words(NAMING_PLURALS)})(?!\\p{L})`, 'iu'));
const WORD = /\p{L}[\p{L}-]*/gu;
/**
 * A sentence with the words it names as words blanked, for the text model, which reads "the word "faggot"" as if it were
 * said; undefined when it names none.
 */
export function withoutNamedWords(sentence: string): string | undefined {
  if (!NAMING.test(sentence)) return undefined;
  const without = sentence.replace(WORD, (word, at: number) => (namedAsWord(sentence, at, at + word.length) ? ' '.repeat(word.length) : word));
  return without === sentence ? undefined : without;
}
