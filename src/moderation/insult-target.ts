/**
 * Who an insult is aimed at. Members mock themselves in their bios ("I'm a total idiot at parallel
 * parking", "certified dumbass at karaoke", "professional loser"): that is banter, while "you're a
 * total idiot" or "she is a dumbass" is harassment. An insult is self-aimed when its sentence names no
 * one else up to its end, and either the writer is its subject ("I'm", "je suis", "ich bin") or it is a
 * skill qualified by "at <activity>" ("idiot at chess"; "the idiot at the desk" names a place, not a
 * skill). Read on normalised text (lower case); the languages are those the multilingual lexicons cover,
 * where the pronouns are cheap to list.
 */

/** Someone other than the writer: second and third person, pointing words, people. */
const OTHER = new RegExp(
  '(?<![\\p{L}\'])(?:' + [
    // English
    'you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'yall', "y'all", 'he', 'she', 'him', 'her', 'his', 'hers',
    'himself', 'herself', 'they', 'them', 'their', 'themselves', "he's", "she's", "they're", 'this', 'that', 'these', 'those', 'who', 'people', 'guy', 'guys',
    'man', 'woman', 'men', 'women', 'everyone', 'everybody', 'someone', 'somebody', 'whoever',
    // Spanish, Portuguese, French, Italian, German, Dutch
    // ("du", "il" and "je" are left out: they are also French "of the", Italian "the" and French "I".)
    'tu', 'tú', 'eres', 'usted', 'él', 'ella', 'ellos', 'ellas', 'você', 'vc', 'ele', 'ela', 'eles', 'és', 'toi', 'te', 'elle',
    'ils', 'elles', 'es', 'sei', 'lui', 'lei', 'loro', 'dich', 'dir', 'bist', 'er', 'sie', 'jij', 'jou', 'jullie', 'hij', 'zij', 'ze',
    // Polish and Russian (Polish "on" and "ci" are left out: English "on", Italian "ci").
    'ty', 'ciebie', 'cię', 'tobie', 'twój', 'twoja', 'oni', 'ты', 'тебя', 'тебе', 'твой', 'твоя', 'он', 'она', 'они', 'вы', 'вас', 'вам',
    // Turkish ("o", he or she, is left out: it is also Portuguese and Italian "the").
    'sen', 'seni', 'sana', 'senin', 'senden', 'siz', 'sizi', 'size', 'sizin', 'onu', 'ona', 'onun', 'onlar', 'bunlar', 'herkes',
  ].join('|') + ')(?!\\p{L})',
  'u',
);

/** The writer as the subject: "I'm", "I was", "je suis", "soy", "ich bin"... */
const WRITER = new RegExp(
  '(?<![\\p{L}\'])(?:' + [
    "i'm", 'im', 'i am', 'i was', 'am i', 'was i', "i've been", 'ive been', 'i have been', 'i feel like', 'i felt like', 'call me',
    // Italian "sono" alone is also "they are" ("le donne sono..."): only "io sono" names the writer.
    'soy', 'yo soy', 'estoy', 'sou', 'eu sou', 'je suis', "j'suis", 'moi', 'io sono', 'ich bin', 'ich war', 'ik ben', 'ik was',
    'ben', 'jestem', 'ja jestem', 'byłem', 'byłam', 'я',
  ].join('|') + ')(?![\\p{L}\'])',
  'u',
);

/** "at chess", "at parallel parking", "when it comes to cooking": a skill, not a place or a person. */
const SKILL = /^[^\S\n]+(?:at|when it comes to|en|em|in|bei)[^\S\n]+(?!(?:the|a|an|my|your|his|her|our|their|this|that|work|home|school|church|la|el|le|il|o|der|die|das|de|het)(?![\p{L}']))\p{L}/u;

const SENTENCE_END = /[.!?;\n]/;
/** The writer must be the subject of the insult's own clause: "As far as I am concerned, X can go fuck themselves" is not. */
const CLAUSE_START = /^.*[,:]/s;
/** How far either side of an insult its sentence is read: a long text stays linear. */
const REACH = 120;

/**
 * Turkish marks the subject on the verb: an insult followed only by a verb of the first person singular
 * ("aptal gibi gülerim", I laugh like a fool; "salak gibi düştüm ama...") speaks of its writer. One verb
 * only, up to "but" or "and": Turkish curses are first-person verbs too ("siktir git, amına koyayım").
 */
const TURKISH_FIRST_PERSON = /^[^\S\n]*(?:gibi[^\S\n]+|kadar[^\S\n]+)?\p{L}+(?:[ıiuü]m|y[ıiuü]m)(?:[^\p{L}]*$|,?[^\S\n]+(?:ama|ve|fakat|ancak)[^\p{L}])/u;

/** Is the insult at text[from, to) aimed at the writer (text normalised: lower case)? `lang` is the insult's language, when known. */
export function aimedAtSelf(text: string, from: number, to: number, lang?: string): boolean {
  const window = text.slice(Math.max(0, from - REACH), from);
  let start = window.length;
  while (start > 0 && !SENTENCE_END.test(window[start - 1]!)) start--;
  const before = window.slice(start);
  if (OTHER.test(before) || OTHER.test(text.slice(from, to))) return false;
  const rest = text.slice(to, to + REACH);
  const end = rest.search(SENTENCE_END);
  const after = end < 0 ? rest : rest.slice(0, end);
  if (OTHER.test(after)) return false;
  return WRITER.test(before.replace(CLAUSE_START, '')) || SKILL.test(after) || (lang === 'tr' && TURKISH_FIRST_PERSON.test(text.slice(to, to + after.length)));
}

/** A skill anywhere in a sentence: "loser at chess". */
const SKILL_IN = /\p{L}[^\S\n]+(?:at|when it comes to)[^\S\n]+(?!(?:the|a|an|my|your|his|her|our|their|this|that|work|home|school|church)(?![\p{L}']))\p{L}/u;

/**
 * Does a whole sentence (lower case) speak of its writer only: no one else named, and the writer its
 * subject or a skill its topic? For a reader, like the text model, that sees sentences, not insults.
 */
export function sentenceAboutSelf(sentence: string): boolean {
  return !OTHER.test(sentence) && (WRITER.test(sentence) || SKILL_IN.test(sentence));
}
