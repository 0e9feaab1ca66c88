import { fold } from './lexicons/index.js';
import { compiledNow } from './lazy-regexp.js';

/**
 * An insult denied, not given: "you're not an idiot", "no eres un inútil", "você não é burro", "tu n'es pas
 * nul", "du bist kein Idiot", "non sei un fallito", "je bent geen sukkel", "nie jesteś głupi", "aptal
 * değilsin". The negated "to be" stands right before the word, with at most an article or "so" between (in
 * Turkish the negation follows the word). What else may stand between is not listed, so "not just an idiot",
 * "no eres más que un idiota", "tu n'es qu'un idiot" and "du bist nicht nur dumm" stay insults.
 * A swear word is no insult to deny ("you're not shit" says worthless), nor one said to be worth nothing
 * ("zijn geen kut waard"). Read on folded text (lower case, no accents, as fold() gives).
 */
const BE_NOT = [
  // en
  "(?:you|u|we|they|i|he|she)\\s*(?:'re|'m|'s|\\s+are|\\s+am|\\s+is|\\s+r)\\s+(?:not|never)",
  "(?:youre|ur|im|hes|shes|theyre)\\s+not",
  // Not "ain't": in the speech that says it, it denies nothing of the kind ("you ain't shit", "i ain't fuckin with you").
  "(?:you|u|we|they|he|she)\\s+(?:aren't|arent|isn't|isnt|wasn't|wasnt|weren't|werent)",
  // es, pt, it
  'no\\s+(?:eres|es|soy|sois|son|somos|estas|esta|estoy)',
  'nao\\s+(?:e|es|eh|sou|sao|somos|esta|estas|estou)',
  'non\\s+(?:sei|sono|e|siete|siamo)',
  // fr: with or without "ne"
  "(?:n'|ne\\s+)?(?:es|est|etes|suis|sont|sommes)\\s+pas",
  "t'es\\s+pas",
  // de, nl
  '(?:bist|bin|ist|seid|sind)\\s+(?:(?:doch|ja|echt|wirklich|gar)\\s+)?(?:kein|keine|keiner|keinen|nicht)',
  '(?:bent|ben|is|zijn)\\s+(?:(?:echt|helemaal)\\s+)?(?:geen|niet)',
  // pl
  'nie\\s+(?:jestes|jestem|jest|jestescie|jestesmy|sa)',
].join('|');
/** What may stand between the negation and the word: an article, the plural indefinite too ("ne sont pas des connards"). */
const BETWEEN = "a|an|the|so|that|such\\s+an?|un|una|uno|um|uma|une|des|uns|umas|unos|unas|dei|degli|delle|tan|tao|si|aussi|cosi|so\\s+ein|so\\s+eine|ein|eine|een|zo|zo'n|taki|taka|takim";
const DENIED_BEFORE = compiledNow(new RegExp(`(?<![\\p{L}\\p{N}'])(?:${BE_NOT})\\s+(?:(?:${BETWEEN})\\s+)?$`, 'u'));
const SWEAR = /^(?:shit|crap|fuck\p{L}*|squat|kut|merda|mierda|merde|scheisse|cazzo|gowno|bok|bullshit)$/u;
const WORTH_AFTER = /^\s+(?:worth|waard|wert|vale|vaut|vaux|wart|warta|degno)(?![\p{L}\p{N}])/u;
const DENIED_AFTER = /^\s*degil(?:sin|siniz|im|iz|dir)?(?![\p{L}\p{N}])/u;
/** A denied word, for the model: the negation, what may stand between, and the word. */
const NEGATED_WORD = `(?<![\\p{L}\\p{N}'])(?:${BE_NOT})\\s+(?:(?:${BETWEEN})\\s+)?(\\p{L}+)`;
const DENIED_WORD = new RegExp(`${NEGATED_WORD}|(\\p{L}+)\\s+degil(?:sin|siniz|im|iz|dir)?(?![\\p{L}\\p{N}])`, 'gu');
/**
 * DENIED_WORD for a text without "degil": its Turkish branch can match nothing there, and it tries every letter of the
 * text as a word's start, reading on to the word's end each time (70-120 us over an 800-character text, against under 1 without it).
 */
const NEGATED_WORD_ONLY = compiledNow(new RegExp(NEGATED_WORD, 'gu'));
/** How far before a word its negation is looked for, in characters. */
const REACH = 40;
/**
 * What every negation above holds, asked of the text as written before anything is folded: most insults
 * have none near them, and folding a slice for each of a long text's insults cost more than reading it.
 */
const MAY_DENY = /no|n['’]t|pas|kein|nicht|geen|niet|nie|n[ãa]o|never|de[gğ]il/i;

/** Whether the word at text[from, to) is denied ("you're not a loser"). */
export function deniedInsult(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - REACH), from);
  const after = text.slice(to, to + 16);
  if (!MAY_DENY.test(before) && !MAY_DENY.test(after)) return false;
  const foldedAfter = fold(after);
  if (SWEAR.test(fold(text.slice(from, to))) || WORTH_AFTER.test(foldedAfter)) return false;
  return DENIED_BEFORE.test(fold(before)) || DENIED_AFTER.test(foldedAfter);
}

/** The text with every denied word and its negation blanked, or undefined when it denies nothing. */
export function withoutDenied(text: string): string | undefined {
  if (!MAY_DENY.test(text)) return undefined;
  const folded = fold(text);
  let without = folded;
  // exec on the expression itself, not matchAll, which searches with a copy that V8 compiles anew when first used.
  const denied = folded.includes('degil') ? DENIED_WORD : NEGATED_WORD_ONLY;
  denied.lastIndex = 0;
  for (let m = denied.exec(folded); m !== null; m = denied.exec(folded)) {
    const word = m[1] ?? m[2]!;
    const end = m.index + m[0].length;
    if (SWEAR.test(word) || WORTH_AFTER.test(folded.slice(end, end + 16))) continue;
    without = without.slice(0, m.index) + ' '.repeat(m[0].length) + without.slice(end);
  }
  return without === folded ? undefined : without;
}
