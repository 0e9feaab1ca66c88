import { ARABIZI, HATE_GRAMMARS, SCRIPT_GRAMMARS, type HateGrammar } from './hate-grammars.js';
import { languageBit, ownWordLanguages, type Language } from './lexicons/language.js';
import { foldArabic } from './fold-arabic.js';
import { INSULTS_TO_YOU } from './insults-to-you.js';
import {
  CONTEMPT, DEHUMANISING, DIRECTED_INSULTS, GROUP_MEMBER, GROUPS, INSULTS, KILL_VERBS, SLURS, TYPO_TARGETS,
} from './word-lists.js';

/**
 * The words correct-typos.ts reads through a misspelling, derived from what the detectors match, so
 * a word added to a grammar or list is read misspelt too with no second list to keep:
 * - TARGETS: the words whose misspelling hides hate, in every language the phrase patterns read
 *   (Latin script and romanised Hindi): the content words (contentWords) of the hate grammars' group,
 *   derogation and violence patterns and of the English groups, dehumanising and contempt words, kill
 *   verbs, slurs and insults, the names the threat grammars insult "you" with (INSULTS_TO_YOU), four letters or
 *   more, and the English TYPO_TARGETS ("gay" too);
 * - KNOWN: every word any grammar or English list spells out (function words included: "me", "die",
 *   "che", "los"), two letters or more: what may be run together with a target ("gaysme");
 * - ARABIC_TARGETS and ARABIC_KNOWN: the same for the Arabic grammar, its letters folded as it reads
 *   them (أ إ آ as ا, ة as ه, ى as ي).
 */

/** The literal words of phrase patterns (phrase-pattern.ts syntax): no slots, operators or suffix marks. */
function patternWords(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) => p.replace(/\{[a-z-]+\}/g, ' ').match(/[a-z]+/g) ?? []);
}

/**
 * The words of phrase patterns that stand alone as a whole pattern or alternative ("(rata|ratas)",
 * "vermin"): the content words. A word inside a longer alternative ("fuera de aqui", "mit einem")
 * is glue, which a misspelling of would hide nothing.
 */
function contentWords(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) => p.split(/[()[\]|]/).map((part) => part.trim().replace(/[*~]$/, '')).filter((part) => /^[a-z]+$/.test(part)));
}

/**
 * The words a regex source of alternatives spells ("estupid[oa]s?": estupido, estupida, estupidos, estupidas), its
 * lookarounds dropped and a stem's open ending (\p{L}*) read as the stem; an alternative of more words is glue.
 */
function regexWords(source: string): string[] {
  const plain = source.replace(/\(\?<?[=!][^()]*\)/g, '').replaceAll('\\p{L}*', '').replaceAll('(?:', '(');
  return spellings(plain, 0).words.filter((w) => /^[a-z]+$/.test(w));
}
/** Every string the alternatives from `at` to the closing parenthesis spell, and where they end. */
function spellings(source: string, at: number): { words: string[]; end: number } {
  const words: string[] = [];
  let sequence = [''];
  let i = at;
  for (; i < source.length && source[i] !== ')'; i++) {
    const c = source[i]!;
    if (c === '|') {
      words.push(...sequence);
      sequence = [''];
      continue;
    }
    let options: string[];
    if (c === '(') ({ words: options, end: i } = spellings(source, i + 1));
    else if (c === '[') {
      const close = source.indexOf(']', i);
      options = [...source.slice(i + 1, close)];
      i = close;
    } else options = [c];
    if (source[i + 1] === '?') {
      options = ['', ...options];
      i++;
    }
    sequence = sequence.flatMap((head) => options.map((o) => head + o));
  }
  return { words: [...words, ...sequence], end: i };
}
const insultsToYou = Object.entries(INSULTS_TO_YOU).map(([lang, source]) => [lang, regexWords(source)] as const);

const grammars = Object.values(HATE_GRAMMARS);
// A grammar of stems that take any ending is known (its words never rewritten) but no target.
const targetGrammars = grammars.filter((g) => !g.stemsTakeAnyEnding);
// English first: a misspelling two targets share ("imigrants") reads as the first, and English is the
// language bios of every site mix in most.
const saidOf = (g: HateGrammar) => [...g.group, ...g.derogation.map(([, p]) => p), ...g.violence.map(([, p]) => p)];
const englishPatterns = [...GROUPS, ...GROUP_MEMBER, ...DEHUMANISING, ...CONTEMPT, ...KILL_VERBS, ...SLURS, ...INSULTS, ...DIRECTED_INSULTS, ...TYPO_TARGETS];
const hatePatterns = [...englishPatterns, ...grammars.flatMap(saidOf)];
const otherWords = patternWords(grammars.flatMap((g) => [...g.worth, ...g.negation, ...g.mention, ...g.they, ...g.self]));

/** The targets of the grammars given: their content words and the insults to "you", four letters or more, and TYPO_TARGETS. */
const targetsOf = (hateGrammars: readonly HateGrammar[]): Set<string> => new Set([
  ...[...contentWords([...englishPatterns, ...hateGrammars.flatMap(saidOf)]), ...insultsToYou.flatMap(([, words]) => words)].filter((w) => w.length >= 4),
  ...TYPO_TARGETS,
]);
export const TARGETS: ReadonlySet<string> = targetsOf(targetGrammars);
/**
 * The targets only Arabizi's digits spell, as normalise() reads them ("shi3i" as "shiei"; contentWords skips a word with a
 * digit in the grammar as written): a digit is how a member spells that letter, so correct-typos.ts reads a word as one of
 * these only where the member wrote a digit. A word without one, a letter from such a reading, is as often a syllable of
 * another romanised reading (pinyin "shei", who).
 */
export const DIGIT_READ_TARGETS: ReadonlySet<string> = (() => {
  const asWritten = targetsOf(targetGrammars.map((g) => (g === HATE_GRAMMARS.ar ? ARABIZI : g)));
  return new Set([...TARGETS].filter((w) => !asWritten.has(w)));
})();
/**
 * Romanised Hindi's determiners, quantifiers, copulas and postpositions, which members run into a group
 * or contempt word ("aammahila", "saaremusalman", "gandehai"); no grammar pattern needs to spell them.
 */
export const HINDI_FUNCTION_WORDS: ReadonlySet<string> = new Set(['aam', 'saare', 'sare', 'saari', 'sari', 'sabhi', 'sab', 'bas', 'koi', 'kuch', 'hote', 'hoti', 'hota', 'hai', 'hain',
  'log', 'logon', 'logo', 'yeh', 'woh', 'jaise', 'jaisa', 'jaisi', 'wale', 'wali', 'wala', 'sabse', 'bahut', 'bohot', 'itne', 'itni', 'aise', 'aisi',
  'tum', 'tumhe', 'hum', 'unko', 'inko', 'unke', 'inke', 'unki', 'inki', 'mein', 'aur', 'bhi', 'nahi', 'har', 'ek']);

/** Shorthand no word list holds, a letter from a target: "vids" is no misspelt "vides" (French, "empty"). */
const SHORTHAND = ['vids'];

export const KNOWN: ReadonlySet<string> = new Set(
  [...patternWords(hatePatterns), ...otherWords, ...insultsToYou.flatMap(([, words]) => words), ...HINDI_FUNCTION_WORDS, ...SHORTHAND].filter((w) => w.length >= 2),
);

/** The languages a word list guards (test/moderation/spelling.test.ts): the only ones a glue word is read back in. */
export const GUARDED = (['en', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl'] as const).reduce((bits, lang) => bits | languageBit(lang), 0);
/**
 * The copulas, pronouns and auxiliaries of the English frames, whose patterns are regular expressions that
 * KNOWN does not read words from.
 */
const ENGLISH_GLUE = ['are', 'were', 'they', 'you', 'your', 'will', 'these', 'those'];
/**
 * The glue of the grammars' frames, each with its languages (guarded ones only): the function words of three
 * to six letters language.ts counts as a language's own ("sont", "bist", "eres", "zijn"), the grammars'
 * other words of three or four letters that are no target ("vais", "voy", "seid", "bent"), and English's.
 * correct-typos.ts reads one back where a member drops or swaps a letter of it beside a key word. Made on the
 * first question.
 */
export function glueWords(): ReadonlyMap<string, number> {
  if (glue === undefined) {
    const words = new Map<string, number>();
    const add = (w: string, bits: number) => {
      if (/^[a-z]{3,6}$/.test(w) && (bits & GUARDED) !== 0) words.set(w, (words.get(w) ?? 0) | (bits & GUARDED));
    };
    for (const w of KNOWN) add(w, ownWordLanguages(w) !== 0 ? ownWordLanguages(w) : w.length <= 4 && !TARGETS.has(w) ? wordLanguages(w) : 0);
    for (const w of ENGLISH_GLUE) add(w, languageBit('en'));
    glue = words;
  }
  return glue;
}
let glue: ReadonlyMap<string, number> | undefined;

const groupPatterns = [...GROUPS, ...GROUP_MEMBER, ...SLURS, ...targetGrammars.flatMap((g) => g.group)];
/** The targets that name a group or are a slur: what a member masks a letter of to slip hate past a filter ("j*den"). */
export const GROUP_TARGETS: ReadonlySet<string> = new Set(contentWords(groupPatterns).filter((w) => TARGETS.has(w)));
/** Of those, the stems that take any ending ("imigran*"): "imigr*nci" is one of them. */
export const GROUP_STEMS: ReadonlySet<string> = new Set(groupPatterns.flatMap((p) => p.match(/[a-z]{4,}(?=\*)/g) ?? []));
/** The names the threat grammars insult "you" with ("zorra", "Hure", "slet"), four letters or more. */
export const INSULT_TARGETS: ReadonlySet<string> = new Set(insultsToYou.flatMap(([, words]) => words).filter((w) => TARGETS.has(w)));

/**
 * Per word any grammar or English list spells, a bit for each language that spells it (languageBit,
 * lexicons/language.ts): which language a text's words read as, for a reading two languages' words share. Made on the
 * first question.
 */
export function wordLanguages(word: string): number {
  return (languagesByWord ??= mapLanguages()).get(word) ?? 0;
}
let languagesByWord: ReadonlyMap<string, number> | undefined;
/** Whether `lang`'s grammar is the only one, English lists included, that spells the word ("moslims" is Dutch). */
export function isOwnWord(word: string, lang: string): boolean {
  return Object.hasOwn(HATE_GRAMMARS, lang) && wordLanguages(word) === languageBit(lang as Language);
}
function mapLanguages(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  const add = (words: readonly string[], bit: number) => { for (const w of words) map.set(w, (map.get(w) ?? 0) | bit); };
  add(patternWords(englishPatterns), languageBit('en'));
  for (const [lang, g] of Object.entries(HATE_GRAMMARS)) add(patternWords([...saidOf(g), ...g.worth, ...g.negation, ...g.mention, ...g.they, ...g.self]), languageBit(lang as Language));
  for (const [lang, words] of insultsToYou) add(words, languageBit(lang as Language));
  return map;
}

const arabicWords = (lists: readonly (readonly string[])[]) => lists.flat().flatMap((p) => foldArabic(p).split(/\s+/)).filter((w) => /^[\u0621-\u064a]+$/.test(w));
const arabic = SCRIPT_GRAMMARS.ar;
/** The Arabic group, derogation and violence words of four letters or more. */
export const ARABIC_TARGETS: ReadonlySet<string> = new Set(arabicWords([arabic.group, arabic.derogation, arabic.violence]).filter((w) => w.length >= 4));
/** Every word the Arabic grammar lists, those of its lists grouped in a role (closing's questions) too. */
export const ARABIC_KNOWN: ReadonlySet<string> = new Set(arabicWords(Object.values(arabic).flatMap((v) => (Array.isArray(v) ? [v] : typeof v === 'object' ? Object.values(v).filter(Array.isArray) : []))));
