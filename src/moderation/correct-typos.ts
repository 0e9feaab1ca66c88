import { leet, type Normalised } from './normalise.js';
import { REAL_WORDS_NEAR_TARGETS } from './real-words-near-targets.js';
import { END, ID, MemoByWordId, mix, START, STRIDE, type WordReading } from './segment-words.js';
import { ARABIC_FOLD, foldArabic } from './fold-arabic.js';
import { ARABIC_KNOWN, ARABIC_TARGETS, DIGIT_READ_TARGETS, GROUP_STEMS, GUARDED, GROUP_TARGETS, glueWords, HINDI_FUNCTION_WORDS, INSULT_TARGETS, KNOWN, TARGETS, wordLanguages } from './spelling-vocabulary.js';
import { TYPO_TARGETS } from './word-lists.js';
import { hasTurkishLetter, languageBit, ownWordLanguages, type Language } from './lexicons/language.js';

/**
 * Misspellings members use to slip hate past filters, read back as the words they hide (targets and
 * known words: spelling-vocabulary.ts), in one pass over the normalised text (normalise() has already
 * joined spaced-out letters, read leetspeak and folded accents):
 * - one typo in a word: two neighbouring letters swapped (the first two too: "rfauen"), one letter
 *   dropped inside the word (never the first: "laughter" must not read as "slaughter", unless it is a
 *   silent h, "omos"; from words under six letters only a vowel, "womn" but never "back" for "black"),
 *   the last letter dropped from a target of five letters or more ("femm"), one letter added inside a
 *   target of six letters or more ("stuppid");
 * - two words run together (runTogetherAt): a target and a known word ("frauenwidern", "zuabstossend"),
 *   or two known words of four letters or more ("sindwertlos"); three, a target in the middle
 *   (threeRunTogetherAt: "sonodeiparassiti"); a whole sentence (manyRunTogetherAt); the first split whose
 *   words are of one language before one that mixes them ("deteste les", not "detest eles");
 * - a Polish group's stem that takes any ending with a letter dropped or two swapped (stemTypoAt: "muzryni");
 * - a "1" or "|" for an l where reading it as an i spells no word ("schwuchte1", digitOneReading), and a "!"
 *   for a group's name's last i ("musulman!", exclaimedReading);
 * - one or two letters inside a word masked by a star, a hash, a dot or an underscore ("mosl*ms", "j#den",
 *   "mu.eres", "vr_uwen": maskedReadings);
 * - a word spelt as a target sounds ("pheccia", "muslimz", "eynwanderer", "yuden": soundAlikeAt), read
 *   before two words run together;
 * - a glue word of a frame (a copula, pronoun or auxiliary: glueWords) with a letter swapped, dropped or
 *   doubled, beside a key word of its language ("Du bst ein Idiot", "Te vyo a matar": glueReadingsOf, glueAt);
 * - a target or known word of four letters or more split in two by a space anywhere ("ver min", "j uden",
 *   "ke in"), or spelt out letter by letter after a one-letter word ("i t r a n s", which normalise()
 *   joins to "itrans");
 * - in Arabic script, digits for the letters they stand for in Arabizi ("7ثالة") and letters stretched
 *   three times or more ("خاااالص"); a target of the Arabic grammar with two letters swapped, behind
 *   the article or a one-letter prefix or none (arabicTypoReading), or split by a space (arabicJoined).
 * Guard: a real word is never rewritten. A word that reads as misspelt but is in a word list of one of
 * the languages (the Debian lists, checked by test/moderation/spelling.test.ts, which regenerates
 * real-words-near-targets.ts) is left alone, and so is any word the vocabulary itself spells; two words
 * are left apart when one language's list has both ("a firma"). A word only other languages than the
 * text's have is read through when its reading is a word of the text's ("neros", German, is "negros"
 * in Spanish: isRealHere in correctTypos). A text's kin languages (Spanish, Portuguese, French, Italian; German,
 * Dutch) guard its words too, except beside a key word of the text's own where the reading is a word of its own
 * ("les juifs sont des parastes", Portuguese: foreignInFrame in correctTypos).
 */

/** Shape tables cover words up to this long; longer ones are never misspellings of a target. */
const LONGEST = 24;
const VARIANT = 1;
const TARGET = 2;
const KNOWN_WORD = 4;
const shapeOf = (first: number, second: number, last: number, length: number) =>
  (((first - 97) * 26 + second - 97) * 26 + last - 97) * (LONGEST + 1) + length;
const isAsciiWord = (w: string) => /^[a-z]{2,}$/.test(w) && w.length <= LONGEST;
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** The English targets, the only ones of four letters or fewer a vowel is dropped from (variantsOf). */
const ENGLISH_TARGETS: ReadonlySet<string> = new Set(TYPO_TARGETS);
/**
 * The swap and drop variants of a target (see above), into `out`, their count returned: 2i for the target
 * with its units at i and i + 1 swapped, 2i + 1 for it without its unit at i; in the order that decides
 * which target a variant reads as (variantTarget).
 */
function variantsOf(word: string, out: Int32Array): number {
  let count = 0;
  // A vowel dropped from a word of four letters or fewer leaves an abbreviation ("pls", "snd") unless
  // the word is one the English rules hinge on ("gy", "womn").
  const droppableVowel = word.length === 5 || ENGLISH_TARGETS.has(word);
  for (let i = 0; i < word.length - 1; i++) if (word[i] !== word[i + 1]) out[count++] = 2 * i;
  for (let i = 1; i < word.length - 1; i++) {
    if (word.length >= 6 || (droppableVowel && 'aeiou'.includes(word[i]!))) out[count++] = 2 * i + 1;
  }
  // The last letter dropped from a word of five letters or more ("femm", "fraue"), and a silent first h
  // ("omo", "ijra"), as it is spoken in French, Spanish, Italian, Portuguese and Hindi.
  if (word.length >= 5) out[count++] = 2 * (word.length - 1) + 1;
  if (word.length >= 4 && word[0] === 'h') out[count++] = 1;
  return count;
}

/**
 * What a variant reads as: the first target, in TARGETS' order, that variantsOf turns into it; none when
 * the variant is itself a known word. Worked back from the variant (the targets one swap or one added
 * unit away), not looked up in a table of every variant: that table (125,000 strings) cost every process
 * and scoring thread about a tenth of what it paid before its first verdict; this costs a few hundred set
 * look-ups a word that passes the shape and hash gates, once a word id.
 */
export function variantTarget(variant: string): string | undefined {
  return variantTargets(variant)[0];
}

/** Every target variantsOf turns into the variant, in TARGETS' order (correctTypos picks among them by language). */
function variantTargets(variant: string): string[] {
  if (KNOWN.has(variant)) return [];
  const order = (targetOrder ??= orderTargets());
  const found = new Map<string, number>();
  const consider = (target: string, generates: boolean) => {
    const at = order.get(target);
    if (at !== undefined && generates) found.set(target, at);
  };
  const n = variant.length;
  // The targets variantsOf turns into the variant, rule by rule.
  for (let i = 0; i < n - 1; i++) {
    if (variant[i] !== variant[i + 1]) consider(variant.slice(0, i) + variant[i + 1] + variant[i] + variant.slice(i + 2), true);
  }
  // A letter added inside or at the end (never first): the targets one letter longer with the variant's
  // first letter, each dropping one letter; trying every unit of the targets at every place spelt out
  // hundreds of strings a word.
  for (const target of (targetsByLengthAndFirst ??= byLengthAndFirst(TARGETS)).get(lengthAndFirst(variant) + 0x10000) ?? []) {
    // Dropping the unit at i leaves the variant when the units before i are the variant's and the rest follow.
    for (let i = 1; i <= n && target.charCodeAt(i - 1) === variant.charCodeAt(i - 1); i++) {
      if (!restIs(target, i, variant)) continue;
      const added = i === n ? n + 1 >= 5 : target.length >= 6 || ((target.length === 5 || ENGLISH_TARGETS.has(target)) && 'aeiou'.includes(target[i]!));
      consider(target, added);
    }
  }
  if (n + 1 >= 4) consider(`h${variant}`, true);
  return [...found].sort((a, b) => a[1] - b[1]).map(([target]) => target);
}
/** Whether `word`'s units after `at` are `shorter`'s from `at` on (`word` one unit longer). */
function restIs(word: string, at: number, shorter: string): boolean {
  for (let i = at; i < shorter.length; i++) if (shorter.charCodeAt(i) !== word.charCodeAt(i + 1)) return false;
  return true;
}
/** Made on the first variant read. */
let targetsByLengthAndFirst: ByLengthAndFirst | undefined;
/** Each target's place in TARGETS' order: made on the first variant read. */
let targetOrder: ReadonlyMap<string, number> | undefined;
function orderTargets(): ReadonlyMap<string, number> {
  const order = new Map<string, number>();
  for (const target of TARGETS) order.set(target, order.size);
  return order;
}

/**
 * Every variant's shape bit and hash bit (variantHashOf), a known word's too (variantTarget says no to
 * those): worked out from the target's sums, no variant spelt out or read again. Variants longer than
 * LONGEST are left out: readingAt reads no word that long.
 */
function markVariants(shapes: Uint8Array, bits: Uint32Array): void {
  const variants = new Int32Array(3 * (LONGEST + 2));
  const sums = new Int32Array(LONGEST + 2);
  for (const w of TARGETS) {
    const length = w.length;
    if (length - 1 > LONGEST) continue;
    // sums[k]: the sum of w's first k units, each times B to the power of its place; the units outside
    // a-z (a variant holding one has no shape).
    let odd = -1;
    let odds = 0;
    for (let k = 0; k < length; k++) {
      const unit = w.charCodeAt(k);
      sums[k + 1] = (sums[k]! + Math.imul(unit, POWERS[k]!)) | 0;
      if (!isAsciiLower(unit)) {
        odd = k;
        odds++;
      }
    }
    const whole = sums[length]!;
    for (let v = 0, count = variantsOf(w, variants); v < count; v++) {
      const at = variants[v]! >> 1;
      const drop = (variants[v]! & 1) === 1;
      // Swapped, the two units trade powers; dropped, the units after it move down a place.
      const sum = drop
        ? (sums[at]! + Math.imul(whole - sums[at + 1]!, B_INVERSE)) | 0
        : (whole + Math.imul(w.charCodeAt(at + 1) - w.charCodeAt(at), POWERS[at]! - POWERS[at + 1]!)) | 0;
      const bit = mix(sum) >>> (32 - HASH_BITS);
      bits[bit >>> 5]! |= 1 << (bit & 31);
      const n = drop ? length - 1 : length;
      if (n >= 2 && n <= LONGEST && (odds === 0 || (odds === 1 && drop && at === odd))) {
        const swapAt = drop ? -1 : at;
        const dropAt = drop ? at : -1;
        shapes[shapeOf(variantUnit(w, swapAt, dropAt, 0), variantUnit(w, swapAt, dropAt, 1), variantUnit(w, swapAt, dropAt, n - 1), n)]! |= VARIANT;
      }
    }
  }
}

/** The variant's code unit at k: the target's, with the swap or the drop variantsOf gave. */
function variantUnit(word: string, swapAt: number, dropAt: number, k: number): number {
  if (dropAt >= 0) return word.charCodeAt(k < dropAt ? k : k + 1);
  return word.charCodeAt(k === swapAt ? k + 1 : k === swapAt + 1 ? swapAt : k);
}

/**
 * The variant gate's hash: the sum of each unit times B to the power of its place (mod 2^32), mixed so
 * that every bit of the sum reaches the top bits the filter reads. A variant's follows from its target's
 * sums in a step or two (markVariants), where FNV-1a would read each of the 125,000 variants again.
 */
const B = 0x01000193;
/** B's inverse mod 2^32 (B is odd; Newton's iteration): dropping a unit moves the units after it down a place. */
const B_INVERSE = (() => {
  let x = B;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(B, x));
  return x;
})();
const POWERS = Int32Array.from({ length: LONGEST + 2 }, (_, k) => {
  let p = 1;
  for (let i = 0; i < k; i++) p = Math.imul(p, B);
  return p;
});
/** variantHashOf's hash of text.slice(from, to), at most LONGEST + 1 units. */
function variantHashOf(text: string, from: number, to: number): number {
  let sum = 0;
  for (let k = 0; k < to - from; k++) sum = (sum + Math.imul(text.charCodeAt(from + k), POWERS[k]!)) | 0;
  return mix(sum);
}

/**
 * A bit per hash (2^20 bits) set for every word of a set: a word that passes the shape gate is looked
 * up only when its bit is set too. Common words often share a variant's or known word's shape (about
 * one in four), seldom its bit.
 */
const HASH_BITS = 20;
/** Every variant's hash bit (variantHashOf), set with SHAPES (markVariants). */
const VARIANT_HASHES = new Uint32Array((1 << HASH_BITS) / 32);
/**
 * Per shape (length, first two and last letters): whether some variant, target or known word has it.
 * Most words have none of a kind, and this answer is an array read, where looking a word up first cuts
 * it out of the text and hashes it; the splits of a word are tried the same way.
 */
const SHAPES = (() => {
  const shapes = new Uint8Array(26 * 26 * 26 * (LONGEST + 1));
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) {
      if (isAsciiWord(w)) shapes[shapeOf(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(w.length - 1), w.length)]! |= bit;
    }
  };
  markVariants(shapes, VARIANT_HASHES);
  mark(TARGETS, TARGET);
  mark(KNOWN, KNOWN_WORD);
  return shapes;
})();
/** FNV-1a of text.slice(from, to) less the character at `skip` (a space two words are joined over), read by character code: no string cut out. */
function hashOf(text: string, from: number, to: number, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) if (i !== skip) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

type RangeHash = (text: string, from: number, to: number, skip?: number) => number;
/**
 * The bit set of a word set under one hash (`of`; `add` sets a range of a text's), and the test of a
 * range of a text against it (`has`).
 */
function hashFilter(hash: RangeHash) {
  const add = (bits: Uint32Array, text: string, from: number, to: number) => {
    const h = hash(text, from, to) >>> (32 - HASH_BITS);
    bits[h >>> 5]! |= 1 << (h & 31);
  };
  return {
    add,
    of(words: Iterable<string>): Uint32Array {
      const bits = new Uint32Array((1 << HASH_BITS) / 32);
      for (const w of words) add(bits, w, 0, w.length);
      return bits;
    },
    has(bits: Uint32Array, text: string, from: number, to: number, skip = -1): boolean {
      const h = hash(text, from, to, skip) >>> (32 - HASH_BITS);
      return (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
    },
  };
}
const { of: hashBits, has: hasBit, add: addBit } = hashFilter(hashOf);
const { has: hasVariantBit } = hashFilter(variantHashOf);

const KNOWN_HASHES = hashBits(KNOWN);
/** Targets and known words, what two words may join into (joinedAt): the bits of each together, the known words not hashed again. */
const JOINABLE_HASHES = hashBits(TARGETS).map((bits, i) => bits | KNOWN_HASHES[i]!);

/** Per first two letters (a-z), a bit per length some of the words that start with them has. */
function lengthsByFirstTwo(words: Iterable<string>): Uint32Array {
  const lengths = new Uint32Array(26 * 26);
  for (const w of words) if (isAsciiWord(w)) lengths[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97]! |= 1 << w.length;
  return lengths;
}
/** Those of the known words. */
const KNOWN_LENGTHS = lengthsByFirstTwo(KNOWN);
/** The same for the targets. */
const TARGET_LENGTHS = lengthsByFirstTwo(TARGETS);
/** The shape bits of text.slice(from, to), two letters or more. */
const shapeBits = (text: string, from: number, to: number) =>
  to - from > LONGEST ? 0 : SHAPES[shapeOf(text.charCodeAt(from), text.charCodeAt(from + 1), text.charCodeAt(to - 1), to - from)]!;

/**
 * The languages (languageBit's bits) whose word lists have the word near a target (the guard), 0 for
 * none: asked only of a word that has a reading, so the map of 88,000 words is made on the first such
 * word, not by every process and scoring thread before its first verdict.
 */
const listedLanguages = (word: string) => (realWords ??= mapListed()).get(word) ?? 0;
const isListedWord = (word: string) => listedLanguages(word) !== 0;
let realWords: ReadonlyMap<string, number> | undefined;
function mapListed(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const [bits, words] of Object.entries(REAL_WORDS_NEAR_TARGETS)) for (const word of words.split(',')) map.set(word, Number(bits));
  return map;
}

/**
 * The languages a text's words the grammars spell (languageVotes) are in, each with its kin: `main`, those
 * with at least half the most voted's words, and `voted`, those and any other with a word of its own, one
 * no main language spells too ("les" is Dutch as well as French, "des" German: in a French text neither
 * says Dutch, so "jufs", Dutch for teachers, is read as "juifs": session 26); undefined when fewer than two
 * words tell ("this is sh*t" may be Dutch by "is" alone). Kin share forms one list holds and its
 * neighbour's lacks: "envía" is in the Portuguese and French lists, not the Spanish one. `own` is `voted`
 * without the kin (foreignInFrame).
 */
function textLanguages(wordBits: readonly number[], votes: readonly number[]): { voted: number; main: number; own: number } | undefined {
  const most = votes.reduce((max, n) => Math.max(max, n ?? 0), 0);
  if (most < 2) return undefined;
  let main = 0;
  votes.forEach((n, bit) => {
    if (n * 2 >= most) main |= 1 << bit;
  });
  let voted = main;
  for (const bits of wordBits) if ((bits & main) === 0) voted |= bits;
  return { voted: withKin(voted), main: withKin(main), own: voted };
}
const ENGLISH = languageBit('en');
const KIN = [['es', 'pt', 'fr', 'it'], ['de', 'nl']].map((langs) => langs.reduce((bits, lang) => bits | languageBit(lang as Language), 0));
/** The languages with their kin. */
const withKin = (bits: number) => KIN.reduce((all, kin) => ((bits & kin) !== 0 ? all | kin : all), bits);

/**
 * What a word of a-z reads as when it is a misspelt target or two words run together ("frauenwidern"
 * -> "frauen widern"), whether or not it is a real word (correctTypos checks that); undefined when it is neither.
 */
export function misspeltReading(word: string): string | undefined {
  return readingAt(word, 0, word.length);
}

/** misspeltReading(text.slice(from, to)), reading shapes by character code before cutting any word out. */
function readingAt(text: string, from: number, to: number): string | undefined {
  const length = to - from;
  if (length > LONGEST) return manyRunTogetherAt(text, from, to);
  if (length < 2) return undefined;
  const first = text.charCodeAt(from);
  const last = text.charCodeAt(to - 1);
  if (SHAPES[shapeOf(first, text.charCodeAt(from + 1), last, length)]! & VARIANT && hasVariantBit(VARIANT_HASHES, text, from, to)) {
    const target = variantTarget(text.slice(from, to));
    if (target) return target;
  }
  // One letter added: the word less one inner letter is a target of six letters or more, or of four or
  // five when the letter doubles the one before ("zoorra", "Huure": a held key; any added letter in a word that
  // short reads too many real words as targets). Dropping the second letter gives one shape, dropping any later
  // inner letter another: two reads gate them all.
  if (length >= 5) {
    const dropSecond = SHAPES[shapeOf(first, text.charCodeAt(from + 2), last, length - 1)]! & TARGET;
    const dropLater = SHAPES[shapeOf(first, text.charCodeAt(from + 1), last, length - 1)]! & TARGET;
    for (let i = from + 1; (dropSecond || dropLater) && i < to - 1; i++) {
      if (!(i === from + 1 ? dropSecond : dropLater)) continue;
      if (length < 7 && text.charCodeAt(i) !== text.charCodeAt(i - 1)) continue;
      const target = text.slice(from, i) + text.slice(i + 1, to);
      if (TARGETS.has(target)) return target;
    }
  }
  // A whole target sounded out before two words run together: "woleurs" is "voleurs", not "wo leurs".
  const read = variationAt(text, from, to) ?? stemTypoAt(text, from, to) ?? soundAlikeAt(text, from, to) ?? runTogetherAt(text, from, to);
  if (read !== undefined) return read;
  // Three words of mixed languages are read only when no sentence of one language splits the run.
  const three = threeRunTogetherAt(text, from, to);
  return three?.ofOneLanguage ? three.words : manyRunTogetherAt(text, from, to) ?? three?.words;
}

/**
 * Per language, the endings members coin a variation of a group's name or an insult with (diminutive,
 * augmentative, pejorative, feminine: "musulmanettes", "gitanitos", "ciganinhas", "zingarelli", "Jüdchen",
 * "moslimpjes", "Żydziaki", "putona"; a pejorative collective, the whole group as a rabble: "negrada",
 * "gitanada", "zingaraglia"; English runs a group's name into "boys" as one word, which it does with no
 * name said kindly: "jewboys"), each with the number it says (singular, plural, either, or the one called
 * out), and the inflections the name takes in each. No list holds such a word, and a typo reader sees more
 * than one letter changed. A collective ('c') names the group in the plural.
 */
const VARIATION_ENDINGS: Readonly<Record<string, {
  singular: readonly string[];
  plural: readonly string[];
  /** The forms a name is called out with, where the language has them (Polish "suko", "pedale"). */
  vocative?: readonly string[];
  endings: Readonly<Record<string, 's' | 'p' | 'x' | 'v' | 'c'>>;
}>> = {
  en: { singular: [''], plural: ['s', 'es'], endings: { ette: 's', ettes: 'p', oid: 's', oids: 'p', ies: 'p', boys: 'p' } },
  fr: {
    singular: ['e', ''], plural: ['es', 's', 'x'],
    endings: { ette: 's', ettes: 'p', asse: 's', asses: 'p', esse: 's', esses: 'p', ard: 's', ards: 'p', aillon: 's', aillons: 'p', oide: 's', oides: 'p', eux: 'p' },
  },
  es: {
    singular: ['o', 'a', 'e', ''], plural: ['os', 'as', 'es', 's'],
    endings: {
      ito: 's', ita: 's', itos: 'p', itas: 'p', cito: 's', cita: 's', citos: 'p', citas: 'p', illo: 's', illa: 's', illos: 'p', illas: 'p',
      azo: 's', aza: 's', azos: 'p', azas: 'p', ucho: 's', ucha: 's', uchos: 'p', uchas: 'p', ote: 's', otes: 'p', ona: 's', onas: 'p', ada: 'c',
    },
  },
  pt: {
    singular: ['o', 'a', 'e', 'u', ''], plural: ['os', 'as', 'es', 's'],
    endings: { inho: 's', inha: 's', inhos: 'p', inhas: 'p', zinho: 's', zinha: 's', zinhos: 'p', zinhas: 'p', ao: 's', oes: 'p', ona: 's', onas: 'p', ada: 'c' },
  },
  it: {
    singular: ['o', 'a', 'e'], plural: ['i', 'e'],
    endings: {
      ino: 's', ina: 's', ini: 'p', ine: 'p', etto: 's', etta: 's', etti: 'p', ette: 'p', ello: 's', ella: 's', elli: 'p', elle: 'p',
      accio: 's', accia: 's', acci: 'p', acce: 'p', uccio: 's', uccia: 's', ucci: 'p', ucce: 'p', aglia: 'c',
    },
  },
  de: { singular: ['e', '', 'in'], plural: ['en', 'n', 'e', ''], endings: { chen: 'x', lein: 'x', innen: 'p' } },
  nl: { singular: ['', 'e', 'a'], plural: ['en', 's', 'n'], endings: { je: 's', jes: 'p', tje: 's', tjes: 'p', pje: 's', pjes: 'p', etje: 's', etjes: 'p', innen: 'p' } },
  pl: {
    singular: ['', 'a'], plural: ['i', 'zi', 'y', 'ie'], vocative: ['o', 'u', 'e', 'ie'],
    endings: { ek: 's', ka: 's', ki: 'p', iak: 's', iaki: 'p', ko: 'v', ku: 'v' },
  },
};
/**
 * Per language, the consonants a stem's end changes to before a coined ending, each with the one the name
 * has, as normalise() folds them: Polish softens k to cz, g to ż, ch to sz and d to dź before a diminutive
 * ("suka" → "suczka", "suczko"; "noga" → "nóżka"). Read back, the coined word's stem is the name's again.
 */
const STEM_ALTERNATIONS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  pl: [['cz', 'k'], ['z', 'g'], ['sz', 'ch'], ['dz', 'd']],
};
/** Per ending of VARIATION_ENDINGS, the languages that coin with it, and the longest ending. */
const VARIATIONS_BY_ENDING = (() => {
  const map = new Map<string, { language: number; inflections: readonly string[]; alternations: readonly (readonly [string, string])[]; collective: boolean }[]>();
  for (const [lang, { singular, plural, vocative = [], endings }] of Object.entries(VARIATION_ENDINGS)) {
    for (const [ending, number] of Object.entries(endings)) {
      // A name called out is often written in its plain form where the list has no vocative ("ty pedał").
      const inflections = number === 's' ? singular : number === 'p' || number === 'c' ? plural : number === 'v' ? [...vocative, ...singular] : [...singular, ...plural];
      const coined = { language: languageBit(lang as Language), inflections, alternations: STEM_ALTERNATIONS[lang] ?? [], collective: number === 'c' };
      map.set(ending, [...(map.get(ending) ?? []), coined]);
    }
  }
  return map;
})();
const LONGEST_VARIATION_ENDING = Math.max(...[...VARIATIONS_BY_ENDING.keys()].map((ending) => ending.length));
/**
 * text.slice(from, to) as the group's name or insult to "you" (of the ending's language) its stem spells with an
 * inflection of the ending's number (VARIATION_ENDINGS): "gitanitos" is "gitanos", "zorrita" "zorra", "Jüdchen"
 * "Jude", "joodjes" "joden" (Dutch writes an open syllable's long vowel once), "suczko" "suko" (its stem
 * softened); a collective only a group's name ("putada", a dirty trick, is no "putas"). The stem keeps three
 * letters or more, and the word is no word of the vocabulary.
 */
function variationAt(text: string, from: number, to: number): string | undefined {
  return coinedAt(text, from, to)?.name;
}

/** variationAt's reading, with the stem it was read from, whether that was softened and whether the ending is a collective's. */
function coinedAt(text: string, from: number, to: number): { name: string; stem: string; softened: boolean; collective: boolean } | undefined {
  if (to - from < 6) return undefined;
  let word: string | undefined;
  for (let length = Math.min(LONGEST_VARIATION_ENDING, to - from - 3); length >= 2; length--) {
    const coined = VARIATIONS_BY_ENDING.get(text.slice(to - length, to));
    if (coined === undefined) continue;
    word ??= text.slice(from, to);
    if (KNOWN.has(word) || TARGETS.has(word)) return undefined;
    const stem = word.slice(0, word.length - length);
    const stems = /([aeiou])\1[^aeiou]$/.test(stem) ? [stem, stem.slice(0, -2) + stem.slice(-1)] : [stem];
    for (const { language, inflections, alternations, collective } of coined) {
      const unsoftened = alternations.flatMap(([coinedEnd, nameEnd]) => (stem.endsWith(coinedEnd) ? [stem.slice(0, -coinedEnd.length) + nameEnd] : []));
      for (const s of [...stems, ...unsoftened]) {
        for (const inflection of inflections) {
          const name = s + inflection;
          if ((GROUP_TARGETS.has(name) || (!collective && INSULT_TARGETS.has(name))) && (wordLanguages(name) & language) !== 0) {
            return { name, stem: s, softened: !stems.includes(s), collective };
          }
        }
      }
    }
  }
  return undefined;
}

/** GROUP_STEMS by first letter. */
const STEMS_BY_FIRST = (() => {
  const map = new Map<number, string[]>();
  for (const stem of GROUP_STEMS) map.set(stem.charCodeAt(0), [...(map.get(stem.charCodeAt(0)) ?? []), stem]);
  return map;
})();
/**
 * The endings a group's stem that takes any ending is declined with in a run-together sentence: those stems are
 * Polish's, and these its nouns' case endings, as normalise() folds them ("murzyni", "cyganie", "uchodzcow"). Any
 * letters after the stem would eat the next word ("murzynito zwierzeta").
 */
const STEM_ENDINGS: ReadonlySet<string> = new Set([
  'a', 'e', 'i', 'o', 'u', 'y', 'ie', 'zi', 'ci', 'cy', 'zy', 'ow', 'om', 'em', 'ek', 'ka', 'ki', 'ach', 'ami', 'ych', 'ego', 'emu', 'ymi', 'kami', 'kach',
]);
/** The group's stem (GROUP_STEMS) a word is, declined with one of STEM_ENDINGS. */
function groupStemOf(word: string): string | undefined {
  return STEMS_BY_FIRST.get(word.charCodeAt(0))?.find((stem) => word.startsWith(stem) && STEM_ENDINGS.has(word.slice(stem.length)));
}
/**
 * A word that starts with a group's stem that takes any ending (GROUP_STEMS: Polish "imigran*", "muzulman*")
 * misspelt by one letter, with an ending after it: a letter inside a stem of seven letters or more dropped, any
 * ending after it ("imigrnci", "muzlmanie", "im1grnci" once its digit is read); a letter inside a stem of five or six
 * dropped, or two neighbouring letters of any such stem swapped (its last with the ending's first too), before a
 * case ending (STEM_ENDINGS: "murzni", "muzryni", "murznyi", "cygaine"). The typo readers' other rules read whole
 * targets, which such a stem is not. Shorter stems, the first letter, or the stem's last letter dropped, left too
 * short a start: "Miranda" read as "migran*".
 */
function stemTypoAt(text: string, from: number, to: number): string | undefined {
  for (const stem of STEMS_BY_FIRST.get(text.charCodeAt(from)) ?? []) {
    if (stem.length < 5) continue;
    // The first place the word leaves the stem.
    let k = 1;
    while (k < stem.length && from + k < to && text.charCodeAt(from + k) === stem.charCodeAt(k)) k++;
    if (k === stem.length || from + k + 1 >= to) continue;
    const swapped = text.charCodeAt(from + k + 1) === stem.charCodeAt(k);
    if (k < stem.length - 1) {
      const dropped = text.startsWith(stem.slice(k + 1), from + k) ? text.slice(from + stem.length - 1, to) : '';
      if (dropped !== '' && (stem.length >= 7 || STEM_ENDINGS.has(dropped))) return stem + dropped;
      const ending = text.slice(from + stem.length, to);
      if (swapped && text.charCodeAt(from + k) === stem.charCodeAt(k + 1) && text.startsWith(stem.slice(k + 2), from + k + 2) && STEM_ENDINGS.has(ending)) return stem + ending;
    } else if (swapped) {
      const ending = text[from + k] + text.slice(from + k + 2, to);
      if (STEM_ENDINGS.has(ending)) return stem + ending;
    }
  }
  return undefined;
}

/**
 * Spellings that sound alike, folded to one key: "ph" and "f", "ck", "q", "k" and a hard "c" (not the
 * "ch" of "chuni", Hindi, which is no "khuni"), a soft "c" and "s", "z" and "s", "w" and "v", "y",
 * "j" and "i" (not Dutch "ij": Hindi "hira" would be "hijra"), "ou" and "u", "ai" and "ei", the umlauts
 * spelt out ("ae") and folded ("a"). Members write "phuck", "kunt", "muslimz", "vermyn", "inmigrantez",
 * "yuden", "pouta", "pleie" in every language: the fold is the same for every word the grammars and lists
 * know. Doubled letters are kept apart, "oo" and "ee" too: folding them made "Nyger" a "nigger", a
 * stretched Dutch "keell" (throat) English "kill" and Portuguese "poode" Spanish "puede". "b" is not "v": Turkish
 * "beğen" (like) was read as "vegen", and languages without a word list here cannot guard such a swap.
 */
const SOUND_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/ph/g, 'f'], [/sch/g, 'sh'], [/ck|qu|q/g, 'k'], [/c(?=[eiy])/g, 's'], [/c(?!h)/g, 'k'], [/z/g, 's'], [/x/g, 'ks'],
  [/w/g, 'v'], [/y|j/g, 'i'], [/ou/g, 'u'], [/ai/g, 'ei'], [/([aou])e/g, '$1'],
];
function soundKey(word: string): string {
  let key = word;
  for (const [from, to] of SOUND_FOLDS) key = key.replace(from, to);
  return key;
}
/**
 * Per sound key, the targets it is the key of (in TARGETS' order: correctTypos picks among several by the
 * text's language, "negroz" is "negros" in Spanish and "negroes" in English), or undefined when a known word
 * that is no target shares it ("kant" is no "cunt" where a grammar spells "kant"). Made on the first word read.
 */
let targetsBySound: ReadonlyMap<string, string[] | undefined> | undefined;
function mapTargetsBySound(): ReadonlyMap<string, string[] | undefined> {
  const map = new Map<string, string[] | undefined>();
  for (const target of TARGETS) {
    const key = soundKey(target);
    const targets = map.get(key);
    if (targets) targets.push(target);
    else map.set(key, [target]);
  }
  for (const word of KNOWN) if (!TARGETS.has(word)) map.set(soundKey(word), undefined);
  return map;
}

/** The targets `word` sounds like (soundKey), when it has four letters or more and is no known word or target. */
function soundAlikeTargets(word: string): readonly string[] {
  if (word.length < 4 || KNOWN.has(word)) return [];
  return (targetsBySound ??= mapTargetsBySound()).get(soundKey(word))?.filter((target) => target !== word) ?? [];
}

/** text.slice(from, to) as the first target it sounds like. */
function soundAlikeAt(text: string, from: number, to: number): string | undefined {
  return to - from < 4 ? undefined : soundAlikeTargets(text.slice(from, to))[0];
}

/**
 * text.slice(from, to) as two known words run together: a target and a known word of three letters or
 * more ("frauenwidern"), a known word of two letters before a target of five or more ("zuabstossend",
 * "dediscapacitados"), or two known words of four letters or more
 * ("sindwertlos"); a group's name or slur with a word of one letter before it ("itrans", "yjudios") or
 * of two of its language after it, a clitic or a copula ("gaysme", "kobietysa"; not "finocchiona"), or a glue
 * word of three ("muslimsare", "jewsare": the English grammars' copulas are no known words), and
 * a known word after those ("femmesmedegoutent"). Shorter ones split names and words of
 * languages no word list guards too often: "vonnie", "senere" ("se nere"), "bhagya", "milega".
 */
function runTogetherAt(text: string, from: number, to: number): string | undefined {
  const length = to - from;
  if (length < 6) return undefined;
  if (ONE_LETTER_WORDS.includes(text[from]!) && shapeBits(text, from + 1, to) & TARGET && GROUP_TARGETS.has(text.slice(from + 1, to))) {
    return `${text[from]} ${text.slice(from + 1, to)}`;
  }
  if (shapeBits(text, from, to - 2) & TARGET && GROUP_TARGETS.has(text.slice(from, to - 2))) {
    const [head, tail] = [text.slice(from, to - 2), text.slice(to - 2, to)];
    if ((wordLanguages(head) & wordLanguages(tail)) !== 0) return `${head} ${tail}`;
  }
  if (shapeBits(text, from, to - 3) & TARGET && GROUP_TARGETS.has(text.slice(from, to - 3))) {
    const [head, tail] = [text.slice(from, to - 3), text.slice(to - 3, to)];
    if ((wordLanguages(head) & (glueWords().get(tail) ?? 0)) !== 0) return `${head} ${tail}`;
  }
  const headLengths = KNOWN_LENGTHS[(text.charCodeAt(from) - 97) * 26 + text.charCodeAt(from + 1) - 97]!;
  // The first two words of one language ("deteste les", not "detest eles"), else the first two words.
  let mixed: string | undefined;
  for (let i = from + 2; headLengths !== 0 && i <= to - 3; i++) {
    if (!((headLengths >>> (i - from)) & 1)) continue;
    const left = shapeBits(text, from, i);
    if (!(left & KNOWN_WORD)) continue;
    const right = shapeBits(text, i, to);
    if (!(right & KNOWN_WORD) || !(i - from === 2 ? right & TARGET && to - i >= 5 : (left | right) & TARGET || (i - from >= 4 && to - i >= 4))) continue;
    if (!hasBit(KNOWN_HASHES, text, from, i) || !hasBit(KNOWN_HASHES, text, i, to)) continue;
    const head = text.slice(from, i);
    const tail = text.slice(i, to);
    if (!KNOWN.has(head) || !KNOWN.has(tail)) continue;
    if (head.length === 2 ? TARGETS.has(tail) : TARGETS.has(head) || TARGETS.has(tail) || (head.length >= 4 && tail.length >= 4)) {
      if (shareALanguage([head, tail])) return `${head} ${tail}`;
      mixed ??= `${head} ${tail}`;
    }
  }
  if (mixed !== undefined) return mixed;
  const nameLengths = TARGET_LENGTHS[(text.charCodeAt(from) - 97) * 26 + text.charCodeAt(from + 1) - 97]!;
  // The same two words with the verb after them ("femmesmedegoutent"), the verb a known word of four
  // letters or more, when no two words part the run ("transgendersophangen" is "ophangen", not "op hangen").
  for (let i = from + 4; nameLengths !== 0 && i <= to - 6; i++) {
    if (!((nameLengths >>> (i - from)) & 1) || !(shapeBits(text, from, i) & TARGET) || !isKnownAt(text, i + 2, to)) continue;
    const [head, clitic] = [text.slice(from, i), text.slice(i, i + 2)];
    if (GROUP_TARGETS.has(head) && (wordLanguages(head) & wordLanguages(clitic)) !== 0) return `${head} ${clitic} ${text.slice(i + 2, to)}`;
  }
  return undefined;
}
/** The words of one letter of the languages the grammars read: articles, prepositions, "and", "or". */
const ONE_LETTER_WORDS = 'aeiouyzw';

/** Whether text.slice(from, to) is a known word, read by shape and hash bit before it is cut out. */
const isKnownAt = (text: string, from: number, to: number) =>
  (shapeBits(text, from, to) & KNOWN_WORD) !== 0 && hasBit(KNOWN_HASHES, text, from, to) && KNOWN.has(text.slice(from, to));
/** Per first two letters of text at `at`, the lengths of known words that start so (a bit each). */
const knownLengthsAt = (text: string, at: number) => KNOWN_LENGTHS[(text.charCodeAt(at) - 97) * 26 + text.charCodeAt(at + 1) - 97]!;

/**
 * text.slice(from, to) as three known words run together, nine letters or more, a target between two
 * known words, at most one of them of two letters ("sonodeiparassiti"): a target with a word each side
 * is how a sentence loses its spaces. A target at either end is left out: real compounds end or start
 * with one far more often (the guard listed 32,000 more words of German and Dutch with it). Pieces are
 * tried by the known words' lengths per first two letters.
 */
function threeRunTogetherAt(text: string, from: number, to: number): { words: string; ofOneLanguage: boolean } | undefined {
  if (to - from < 9) return undefined;
  const headLengths = knownLengthsAt(text, from);
  // The first three words of one language, else the first three, said to be of mixed languages.
  let mixed: { words: string; ofOneLanguage: boolean } | undefined;
  // The middle is tried where a target starts (its first two letters and length), before the head is hashed.
  for (let i = from + 2; headLengths !== 0 && i <= to - 4; i++) {
    if (!((headLengths >>> (i - from)) & 1)) continue;
    const middleLengths = TARGET_LENGTHS[(text.charCodeAt(i) - 97) * 26 + text.charCodeAt(i + 1) - 97]!;
    if (middleLengths === 0 || !isKnownAt(text, from, i)) continue;
    for (let j = i + 2; j <= to - 2; j++) {
      if (!((middleLengths >>> (j - i)) & 1) || (i - from === 2 && j - i === 2) || (to - j === 2 && (i - from === 2 || j - i === 2))) continue;
      if (!(shapeBits(text, i, j) & TARGET) || !isKnownAt(text, j, to)) continue;
      const words = [text.slice(from, i), text.slice(i, j), text.slice(j, to)];
      if (!TARGETS.has(words[1]!)) continue;
      if (shareALanguage(words)) return { words: words.join(' '), ofOneLanguage: true };
      mixed ??= { words: words.join(' '), ofOneLanguage: false };
    }
  }
  return mixed;
}

/** The longest run of letters read as a sentence that lost its spaces (manyRunTogetherAt). */
const LONGEST_SENTENCE = 64;
/**
 * manyRunTogetherAt's tables, one run read at a time: fewestWords[k] is one more than the fewest words the run's
 * first k letters split into (0: none), lastWordFrom[k] where the last of them starts.
 */
const fewestWords = new Uint8Array(LONGEST_SENTENCE + 1);
const lastWordFrom = new Int32Array(LONGEST_SENTENCE + 1);

/**
 * text.slice(from, to) as a sentence that lost its spaces: the fewest known words it splits into, three or more
 * ("mujeressonbasura", "alosmusulmanes", "aredisgustingvermin", "sabpravasichuhehain"), read when they hold a
 * group's name or a target of five letters or more and a word of a frame's glue: a copula, article or pronoun
 * (glueWords, Hindi's function words), or one word of one or two letters (two of two letters beside two long words);
 * all of one language. More short words are how a long real word falls apart ("po brud z ze"); a compound joins
 * nouns and stems, never "son", "les" or "are", which tells a sentence from a compound ("Ausländerbehörde"). When the
 * fewest words mix languages, the fewest of each of their languages are tried; a Polish group's stem is a word with
 * a case ending ("murzynitozwierzeta"). threeRunTogetherAt's target in the middle is no help where the group opens
 * the sentence or the insult closes it. Each word is found by shape and hash bit before it is cut out; the real-word
 * guard lists the words of the word lists that split so.
 */
function manyRunTogetherAt(text: string, from: number, to: number): string | undefined {
  const length = to - from;
  if (length < 9 || length > LONGEST_SENTENCE) return undefined;
  const words = fewestWordsOf(text, from, to, ~0);
  if (words === undefined) return undefined;
  if (shareALanguage(words)) return sentenceOf(words);
  // The fewest words may mix languages where one language's words split the run too ("je detest eles musulmans"):
  // the fewest of each language its words were of ("je deteste les musulmans").
  for (let bits = words.reduce((all, w) => all | wordLanguages(w), 0); bits !== 0; bits &= bits - 1) {
    const own = fewestWordsOf(text, from, to, bits & -bits);
    if (own !== undefined && shareALanguage(own)) return sentenceOf(own);
  }
  return undefined;
}
/** Whether a split's words are all of one language (a word no grammar places may be any). */
const shareALanguage = (words: readonly string[]) => words.reduce((bits, w) => bits & (wordLanguages(w) || ~0), ~0) !== 0;
/**
 * The run's words read as manyRunTogetherAt reads a sentence: a group's name or a target of five letters or more,
 * and glue or a single short word; undefined when they are not one.
 */
function sentenceOf(words: readonly string[]): string | undefined {
  const short = words.filter((w) => w.length <= 2).length;
  // Two words of two letters are a sentence's when two words of four letters or more stand with them ("vrouwen horen
  // in de keuken", "hijdon ko maar do"); with a word of one letter, or fewer long words, they are a word fallen apart.
  const shortAllowed = words.every((w) => w.length >= 2) && words.filter((w) => w.length >= 4).length >= 2 ? 2 : 1;
  if (short > shortAllowed || !words.some((w) => ((w.length >= 5 || GROUP_TARGETS.has(w)) && TARGETS.has(w)) || groupStemOf(w) !== undefined)) return undefined;
  if (short === 0 && !words.some((w) => glueWords().has(w) || HINDI_FUNCTION_WORDS.has(w))) return undefined;
  return words.join(' ');
}
/**
 * The fewest known words, targets, glue words and one-letter words text.slice(from, to) splits into, three or more,
 * each of one of `languages` or of none (any with ~0); undefined when it does not split so.
 */
function fewestWordsOf(text: string, from: number, to: number, languages: number): string[] | undefined {
  const length = to - from;
  const glue = glueWords();
  glueLengths ??= lengthsByFirstTwo(glue.keys());
  const ofLanguages = (bits: number) => languages === ~0 || bits === 0 || (bits & languages) !== 0;
  fewestWords.fill(0, 0, length + 1);
  fewestWords[0] = 1;
  for (let i = 0; i < length; i++) {
    if (fewestWords[i] === 0) continue;
    const at = from + i;
    if (ONE_LETTER_WORDS.includes(text[at]!) && ofLanguages(wordLanguages(text[at]!))) reachWord(i, i + 1);
    if (i + 2 > length) continue;
    const firstTwo = (text.charCodeAt(at) - 97) * 26 + text.charCodeAt(at + 1) - 97;
    const glueHere = glueLengths[firstTwo]!;
    const lengths = KNOWN_LENGTHS[firstTwo]! | TARGET_LENGTHS[firstTwo]! | glueHere;
    for (let j = i + 2; lengths !== 0 && j <= length && j - i <= LONGEST; j++) {
      if (!((lengths >>> (j - i)) & 1)) continue;
      const isWord = isWordAt(text, at, from + j);
      // A piece no glue word's length (glue words have three to six letters) is not cut out to be looked up.
      if (!isWord && !((glueHere >>> (j - i)) & 1 && glue.has(text.slice(at, from + j)))) continue;
      if (languages === ~0 || ofLanguages((isWord ? wordLanguages(text.slice(at, from + j)) : 0) | (glue.get(text.slice(at, from + j)) ?? 0))) reachWord(i, j);
    }
    // A group's stem that takes any ending, declined ("murzyni", "cyganie"): no word of the vocabulary spells it.
    for (const stem of STEMS_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
      if (!text.startsWith(stem, at) || !ofLanguages(wordLanguages(stem))) continue;
      for (const ending of STEM_ENDINGS) if (text.startsWith(ending, at + stem.length) && i + stem.length + ending.length <= length) reachWord(i, i + stem.length + ending.length);
    }
  }
  if (fewestWords[length]! < 4) return undefined;
  const words: string[] = [];
  for (let k = length; k > 0; k = lastWordFrom[k]!) words.unshift(text.slice(from + lastWordFrom[k]!, from + k));
  return words;
}
/** lengthsByFirstTwo of the glue words (English's copulas are no known words), made on the first run read. */
let glueLengths: Uint32Array | undefined;
/** A word from i to j of manyRunTogetherAt's run: the fewest to j counted through it where that is fewer. */
function reachWord(i: number, j: number): void {
  if (fewestWords[j] !== 0 && fewestWords[i]! + 1 >= fewestWords[j]!) return;
  fewestWords[j] = fewestWords[i]! + 1;
  lastWordFrom[j] = i;
}
/** Whether text.slice(from, to) is a known word or a target, read by shape and hash bit before it is cut out. */
const isWordAt = (text: string, from: number, to: number) =>
  isKnownAt(text, from, to) || ((shapeBits(text, from, to) & TARGET) !== 0 && TARGETS.has(text.slice(from, to)));

/** The target or known word two words of a-z spell when joined ("ver", "min"), whether or not they are real words. */
export function joinedReading(left: string, right: string): string | undefined {
  const text = `${left} ${right}`;
  return joinedAt(text, 0, left.length, text.length);
}

/**
 * joinedReading of text.slice(from, space) and text.slice(space + 1, to): a space put anywhere inside a
 * target or known word of four letters or more ("j uden", "fraue n", "ke in").
 */
function joinedAt(text: string, from: number, space: number, to: number): string | undefined {
  const length = to - from - 1;
  if (space === from || to === space + 1 || length < 4 || length > LONGEST) return undefined;
  if (!(SHAPES[shapeOf(text.charCodeAt(from), text.charCodeAt(from + 1 === space ? space + 1 : from + 1), text.charCodeAt(to - 1), length)]! & (TARGET | KNOWN_WORD))) return undefined;
  if (!hasBit(JOINABLE_HASHES, text, from, to, space)) return undefined;
  const joined = text.slice(from, space) + text.slice(space + 1, to);
  return TARGETS.has(joined) || KNOWN.has(joined) ? joined : undefined;
}

/**
 * The glue words (glueWords: copulas, pronouns, articles) `word` misspells: two neighbouring letters swapped
 * ("snot", "aer"), a letter but the first dropped from one of four letters or more ("bst", "wll"), or one
 * doubled ("seii"); none for a word the vocabulary spells, nor for one of two letters: those are a real word
 * of some language far too often ("se", "ar"). Swaps and doubles first, then drops: "rae" is "are" before
 * "race" or "rate". correctTypos reads one only beside a key word.
 */
export function glueReadingsOf(word: string): string[] {
  const n = word.length;
  const glue = glueWords();
  if (n < 3 || n > 7 || KNOWN.has(word) || TARGETS.has(word) || glue.has(word)) return [];
  const found = new Set<string>();
  for (let i = 0; i < n - 1; i++) {
    const near = word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (glue.has(near)) found.add(near);
  }
  for (const g of (glueByLengthAndFirst ??= byLengthAndFirst(glue.keys())).get(lengthAndFirst(word) + 0x10000) ?? []) {
    for (let i = 1; i <= n && g.charCodeAt(i - 1) === word.charCodeAt(i - 1); i++) {
      if (restIs(g, i, word)) {
        found.add(g);
        break;
      }
    }
  }
  return [...found];
}
/** Made on the first word read. */
let glueByLengthAndFirst: ByLengthAndFirst | undefined;
/**
 * Whether a text may read the word as a glue word: one it misspells is of a language whose list lacks the word.
 * A word real in every language of its glue words ("you" for "your", "the" for "they") never is, and is not
 * sought a key word for in every text that has it.
 */
function mayReadAsGlue(word: string): boolean {
  const readings = glueReadingsOf(word);
  if (readings.length === 0) return false;
  const listed = listedLanguages(word);
  return readings.some((g) => (glueWords().get(g)! & ~listed) !== 0);
}

const SENTENCE_END = '.!?;\n';
/**
 * The languages of the targets of four letters or more (key words: a group, an insult, a kill verb) that stand
 * within three words before or after text.slice(from, to), in its sentence: the frame that proposes a misspelt
 * glue word's reading in one of them. One walk for all of a word's glue readings.
 */
function keyLanguagesBeside(text: string, from: number, to: number): number {
  return keyLanguagesWithin(text, to, 1) | keyLanguagesWithin(text, from - 1, -1);
}
/** keyLanguagesBeside of the three words from `at` on, read forward (`step` 1) or back (-1). */
function keyLanguagesWithin(text: string, at: number, step: 1 | -1): number {
  let languages = 0;
  for (let i = at, words = 0; words < 3 && i >= 0 && i < text.length && !SENTENCE_END.includes(text[i]!);) {
    if (!isAsciiLower(text.charCodeAt(i))) {
      i += step;
      continue;
    }
    const first = i;
    while (i >= 0 && i < text.length && isAsciiLower(text.charCodeAt(i))) i += step;
    languages |= step === 1 ? keyLanguagesAt(text, first, i) : keyLanguagesAt(text, i + 1, first + 1);
    words++;
  }
  return languages;
}
/** The languages of text.slice(from, to) when it is a target of four letters or more, else 0; read by shape before it is cut out. */
function keyLanguagesAt(text: string, from: number, to: number): number {
  if (to - from < 4 || (to - from <= LONGEST && (shapeBits(text, from, to) & TARGET) === 0)) return 0;
  const word = text.slice(from, to);
  return TARGETS.has(word) ? wordLanguages(word) : 0;
}

/**
 * A run normalise() joined from spaced-out letters takes in a one-letter word before them ("per i t r a
 * n s" reads "per itrans"): when the run is no word and the run less its first letter is a target, that
 * letter was a word of its own.
 */
function spacedReading(n: Normalised, from: number, to: number): string | undefined {
  if (to - from < 5 || n.start[from + 1]! <= n.end[from]!) return undefined;
  const rest = n.text.slice(from + 1, to);
  return TARGETS.has(rest) && !KNOWN.has(n.text.slice(from, to)) ? `${n.text[from]} ${rest}` : undefined;
}

/**
 * A word where a "1" stands for an l ("schwuchte1", "1oswerden"): normalise() reads every 1 as an i, the
 * letter it more often stands for; when that reading is no word, the same word with those i as l is read
 * (a known word or target, or a misspelling of one). Only words with a 1 among letters pay for it.
 */
function digitOneReading(n: Normalised, from: number, to: number, exactOnly: boolean): string | undefined {
  const isOne = (k: number) => n.text.charCodeAt(k) === LETTER_I && isOneSign(n.original.charCodeAt(n.start[k]!));
  let k = from;
  while (k < to && !isOne(k)) k++;
  if (k === to) return undefined;
  const written = n.text.slice(from, to);
  if (KNOWN.has(written) || TARGETS.has(written)) return undefined;
  const ones: number[] = [];
  for (; k < to && ones.length < 4; k++) if (isOne(k)) ones.push(k - from);
  return onesAsL(written, ones) ?? (exactOnly || isListedWord(written) ? undefined : misspeltReading(allAsL(written, ones)));
}
/** "1" and "|": normalise() reads both as an i, and either may stand for an l. */
const isOneSign = (code: number) => code === 0x31 || code === 0x7c;
/** Where the next "1" or "|" of text is at or after `from`, or -1. */
function nextOneSign(text: string, from: number): number {
  const one = text.indexOf('1', from);
  const bar = text.indexOf('|', from);
  return one < 0 ? bar : bar < 0 ? one : Math.min(one, bar);
}
const allAsL = (word: string, ones: readonly number[]) => ones.reduce((w, at) => w.slice(0, at) + 'l' + w.slice(at + 1), word);
/**
 * The word of the vocabulary that `word` spells with some of its i at `ones` (where a "1" or "|" was) read as
 * an l, every one an l first ("1adr1" is "ladri", "k111" is "kill", "p1413" is "plaie"); at most four are read.
 */
function onesAsL(word: string, ones: readonly number[]): string | undefined {
  const read = ones.slice(0, 4);
  for (let choice = (1 << read.length) - 1; choice > 0; choice--) {
    let reading = word;
    read.forEach((at, bit) => { if (choice & (1 << bit)) reading = reading.slice(0, at) + 'l' + reading.slice(at + 1); });
    if (KNOWN.has(reading) || TARGETS.has(reading)) return reading;
  }
  return undefined;
}
const LETTER_I = 0x69;

/**
 * Arabizi digits for the Arabic letters they stand for: 3 ع, 5 خ, 6 ط, 7 ح; 2 ق as Egyptian says it
 * (a glottal stop, which is what 2 spells) or the hamza itself; 9 ص, or ق as the Gulf writes it. A
 * digit of two letters is read as the one that spells a word of the grammar, else as the first.
 */
const ARABIZI: Readonly<Record<string, string>> = { '2': 'قء', '3': 'ع', '5': 'خ', '6': 'ط', '7': 'ح', '9': 'صق' };
const isArabicLetter = (code: number) => code >= 0x0621 && code <= 0x064a;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** An Arabic word with its Arabizi digits read and stretched letters cut to one; undefined when it has neither. */
function arabicReading(word: string): string | undefined {
  if (!/[0-9]|(\p{L})\1\1/u.test(word) || !/[\u0621-\u064a]/.test(word)) return undoubledReading(word);
  const unstretched = word.replace(/(\p{L})\1{2,}/gu, '$1');
  const readings = [''];
  for (const unit of unstretched) {
    const letters = ARABIZI[unit] ?? unit;
    // At most two digits of two letters are tried both ways (four readings); later ones read as the first.
    const ways = readings.length < 4 ? letters : letters[0]!;
    readings.splice(0, readings.length, ...readings.flatMap((r) => [...ways].map((letter) => r + letter)));
  }
  const read = readings.find(isArabicWord) ?? readings[0]!;
  return read === word ? undefined : read;
}

/**
 * An Arabic word whose long ا, و or ي is written twice to stretch it ("اليهوود", "السوود", "خنازيير") read with it once, where
 * that makes a word of the grammar and the word as written is none. Not ي before the last ن, which the nisba plural doubles
 * ("المصريين").
 */
function undoubledReading(word: string): string | undefined {
  if (!DOUBLED_LONG_VOWEL.test(word) || ARABIC_KNOWN.has(foldArabic(word))) return undefined;
  const read = word.replace(DOUBLED_LONG_VOWELS, '$1');
  return isArabicWord(read) ? read : undefined;
}
const DOUBLED_LONG_VOWEL = /([او])\1|(ي)\2(?!ن$)/u;
const DOUBLED_LONG_VOWELS = /([او]|ي(?!ين$))\1+/gu;

/**
 * Whether an Arabic word, behind a prefix written onto it or none, starts with a word of the grammar of
 * three letters or more (the grammar's stems take endings: "بتقرفوني" is "بتقرف" with its object).
 */
function isArabicWord(word: string): boolean {
  const folded = foldArabic(word);
  return ARABIC_PREFIXES.some((prefix) => {
    if (!folded.startsWith(prefix)) return false;
    for (let end = folded.length; end >= prefix.length + 3; end--) {
      const stem = folded.slice(prefix.length, end);
      if (ARABIC_KNOWN.has(stem) || ARABIC_TARGETS.has(stem)) return true;
    }
    return false;
  });
}

/**
 * Swap variants of the Arabic targets' stems (the article taken off), as variantsOf's for the Latin ones:
 * two neighbouring letters swapped in a stem of five letters or more; none that is itself a word of the
 * grammar. No Arabic word list guards them, and shorter stems' swaps are real words ("قلته", you said
 * it, is قتله swapped), as are the stems less a letter ("بيدبحو", they slaughter, is بيندبحو, they are
 * slaughtered, less its ن): no letter is read as dropped.
 */
const ARABIC_VARIANTS: ReadonlyMap<string, string> = (() => {
  const variants = new Map<string, string>();
  const add = (variant: string, stem: string) => {
    if (!ARABIC_KNOWN.has(variant) && !variants.has(variant)) variants.set(variant, stem);
  };
  for (const word of ARABIC_TARGETS) {
    const stem = word.startsWith('ال') ? word.slice(2) : word;
    for (let i = 0; stem.length >= 5 && i < stem.length - 1; i++) if (stem[i] !== stem[i + 1]) add(stem.slice(0, i) + stem[i + 1] + stem[i] + stem.slice(i + 2), stem);
  }
  return variants;
})();
/**
 * hashOf with the Arabic letters folded as foldArabic folds them, so that a word of the text is gated by
 * the bits of the folded vocabulary before it is folded or cut out.
 */
function foldedHashOf(text: string, from: number, to: number, skip = -1): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    if (i === skip) continue;
    const code = text.charCodeAt(i);
    h = Math.imul(h ^ (code >= 0x0620 && code < 0x0620 + FOLDED_CODES.length ? FOLDED_CODES[code - 0x0620]! : code), 0x01000193);
  }
  return h >>> 0;
}
/** ARABIC_FOLD as character codes, every letter of the range (itself where it is not folded). */
const FOLDED_CODES = Uint16Array.from({ length: 0x2b }, (_, k) => ARABIC_FOLD[k]?.charCodeAt(0) ?? 0x0620 + k);
const { of: foldedBits, has: hasFoldedBit } = hashFilter(foldedHashOf);
const ARABIC_VARIANT_BITS = foldedBits(ARABIC_VARIANTS.keys());
const ARABIC_KNOWN_BITS = foldedBits(ARABIC_KNOWN);
const ARABIC_TARGET_BITS = foldedBits(ARABIC_TARGETS);

/** The article and the one-letter conjunctions and prepositions written onto an Arabic word, longest first. */
const ARABIC_PREFIXES = ['', 'وال', 'بال', 'فال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف'];

/**
 * An Arabic word (its letters folded) as the target it misspells, with the prefix written onto it
 * ("والحثلاه" is "والحثاله"); undefined when it is none, or when it or its stem is a word of the grammar.
 */
function arabicTypoReading(word: string): string | undefined {
  if (word.length < 4) return undefined;
  for (const prefix of ARABIC_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 4) continue;
    const from = prefix.length;
    if (hasFoldedBit(ARABIC_KNOWN_BITS, word, from, word.length) && ARABIC_KNOWN.has(foldArabic(word.slice(from)))) return undefined;
    const target = hasFoldedBit(ARABIC_VARIANT_BITS, word, from, word.length) ? ARABIC_VARIANTS.get(foldArabic(word.slice(from))) : undefined;
    if (target) return prefix + target;
  }
  return undefined;
}

/** Two Arabic words one space apart that spell a target when joined, with a prefix or none ("حثا لة"). */
function arabicJoined(text: string, from: number, space: number, to: number): string | undefined {
  const left = text.slice(from, space);
  const prefix = ARABIC_PREFIXES.find((p) => left.startsWith(p) && p.length < left.length && hasFoldedBit(ARABIC_TARGET_BITS, text, from + p.length, to, space));
  if (prefix === undefined) return undefined;
  const joined = foldArabic(left + text.slice(space + 1, to));
  const bothKnown = ARABIC_KNOWN.has(foldArabic(left)) && ARABIC_KNOWN.has(foldArabic(text.slice(space + 1, to)));
  return ARABIC_TARGETS.has(joined.slice(prefix.length)) && !bothKnown ? joined : undefined;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SPACE = 0x20;
const BANG = 0x21;

/**
 * A group's name whose last letter, an i, is written "!" ("musulman!", "żydz!"), which normalise()
 * leaves as the sentence's end: read as the name when the word less its i is no word of the name's
 * language ("musulman" is French, "musulmani" Italian) and no letter or digit follows.
 */
function exclaimedReading(text: string, from: number, to: number): string | undefined {
  if (to - from < 3 || LETTER_OR_NUMBER.test(text[to + 1] ?? '') || LETTER_OR_NUMBER.test(text[from - 1] ?? '')) return undefined;
  const written = text.slice(from, to);
  const name = `${written}i`;
  if (!GROUP_TARGETS.has(name)) return undefined;
  const languages = wordLanguages(name);
  return ((wordLanguages(written) | listedLanguages(written)) & languages) === 0 ? name : undefined;
}

/**
 * What correctTypos asks of a word of the segment's reading, by the word's id in the shared vocabulary
 * (segment-words.ts), kept from the first time the word is read: each answer is a pure function of the
 * word, and most words recur ("the", "and"), so a word met before costs one array read. 0 for a word
 * not of a-z only; else A_TO_Z | MAY_START | MAY_END | MAY_BE_SPACED | HAS_I | REAL | RIVALLED | LISTED
 * | NEAR_GLUE and (READINGS index + 1) << READING_SHIFT when readingAt gives one.
 */
const FACTS_BY_ID = new MemoByWordId(factsOf);
const READINGS: string[] = [];
/** The word is a run of a-z: read as one run, with the answers below. */
const A_TO_Z = 2;
/** The word may start a target or known word joined over a space (joinedAt): it is a prefix of one. */
const MAY_START = 4;
/** The word may end one: it is a suffix of one. */
const MAY_END = 8;
/** The word less its first letter is a target, and the word no known word: spacedReading may part it. */
const MAY_BE_SPACED = 16;
/** The word has an i, which digitOneReading may read as a 1 for an l. */
const HAS_I = 32;
/** The word as written is known or an English word (realEverywhere): its reading is never applied. */
const REAL = 64;
/** Its reading is a target another target rivals (inTextLanguage picks between them by the text's language). */
const RIVALLED = 128;
/** The word is real in some languages' lists, not in any text: the text's languages decide (correctTypos). */
const LISTED = 256;
/** The word misspells a glue word (glueReadingsOf), read back beside a key word. */
const NEAR_GLUE = 512;
const READING_SHIFT = 10;

/**
 * Hash bits of every proper prefix and suffix of the words two words may join into (joinedAt): a pair
 * whose left word is no such prefix, or whose right word no such suffix, joins into none.
 */
const { JOIN_PREFIX_HASHES, JOIN_SUFFIX_HASHES } = (() => {
  const prefixes = hashBits([]);
  const suffixes = hashBits([]);
  for (const words of [TARGETS, KNOWN]) {
    for (const w of words) {
      for (let i = 1; i < w.length; i++) {
        addBit(prefixes, w, 0, i);
        addBit(suffixes, w, i, w.length);
      }
    }
  }
  return { JOIN_PREFIX_HASHES: prefixes, JOIN_SUFFIX_HASHES: suffixes };
})();

/** A word's facts; 0 for a word without an id (READINGS would grow with each), so it is scanned unit by unit. */
function factsOf(text: string, from: number, to: number, id: number): number {
  if (id < 0) return 0;
  let facts = 0;
  let k = from;
  while (k < to && isAsciiLower(text.charCodeAt(k))) k++;
  if (k === to) {
    facts |= A_TO_Z;
    if (hasBit(JOIN_PREFIX_HASHES, text, from, to)) facts |= MAY_START;
    if (hasBit(JOIN_SUFFIX_HASHES, text, from, to)) facts |= MAY_END;
    if (to - from >= 5 && TARGETS.has(text.slice(from + 1, to)) && !KNOWN.has(text.slice(from, to))) facts |= MAY_BE_SPACED;
    if (text.slice(from, to).includes('i')) facts |= HAS_I;
    if (to - from >= 3 && to - from <= 7 && mayReadAsGlue(text.slice(from, to))) facts |= NEAR_GLUE;
    const reading = readingAt(text, from, to);
    if (reading !== undefined) {
      facts |= READINGS.push(reading) << READING_SHIFT;
      const written = text.slice(from, to);
      const listed = listedUnlessCoined(written, reading);
      if (KNOWN.has(written) || (listed & ENGLISH) !== 0) facts |= REAL;
      else if (listed !== 0) facts |= LISTED;
      if (isRivalled(reading, text.slice(from, to))) facts |= RIVALLED;
    }
  }
  return facts;
}

/**
 * listedLanguages(written), or 0 for a word coined from a name (coinedAt) whose form shows the coinage: a stem
 * softened ("suczko": the Polish list holds every diminutive and vocative), or a group's collective with four
 * letters or more before its ending ("negrada", "judiada" are in the Spanish list; "morada", a home, has three).
 * The guard would leave none read; the coined form says what the name says, and the frames around it decide.
 * A plain diminutive stays guarded: "ciotka" is an aunt, "krówka" a sweet.
 */
function listedUnlessCoined(written: string, reading: string): number {
  const listed = listedLanguages(written);
  if (listed === 0) return listed;
  const coined = coinedAt(written, 0, written.length);
  const shown = coined?.name === reading && (coined.softened || (coined.collective && coined.stem.length >= 4));
  return shown ? 0 : listed;
}

/** The languages (languageBit's bits) whose grammars spell a word of the reading. */
const readingLanguages = (reading: string) => reading.split(' ').reduce((bits, word) => bits | wordLanguages(word), 0);

/**
 * Whether a word (or pair) the guard lists in `listed` languages is real whatever the text's language:
 * when English has it (bios of every language mix English in), or a language the reading is a word of
 * ("back", "black").
 */
const realEverywhere = (listed: number, reading: string) => (listed & ENGLISH) !== 0 || (listed & readingLanguages(reading)) !== 0;

/**
 * Whether the reading of `written` is a target that other targets rival: the first of several that
 * variantsOf turns into the word. A reading that is no single target (words run together or spaced
 * apart) has no rivals.
 */
function isRivalled(reading: string, written: string): boolean {
  if (!TARGETS.has(reading)) return false;
  const rivals = rivalsOf(written);
  return rivals.length >= 2 && rivals[0] === reading;
}
/** The targets a misspelt word may be: those variantsOf turns into it, else those it sounds like. */
function rivalsOf(written: string): readonly string[] {
  const variants = variantTargets(written);
  return variants.length > 0 ? variants : soundAlikeTargets(written);
}

/** A word rewritten: source.slice(from, to) of a normalised text reads as `word`. */
export interface Fix {
  from: number;
  to: number;
  word: string;
}

/**
 * Rewrites misspelt words to what they spell, each new letter mapped to the whole original span.
 * `words`, when given, is the reading of n.text (segment-words.ts): its words of a-z are then read by
 * their ids, and only the others character by character.
 */
export function correctTypos(n: Normalised, words?: WordReading): Normalised {
  const fixes: Fix[] = [];
  const source = n.text;
  const standsAlone = (from: number, to: number) => !LETTER_OR_NUMBER.test(source[to] ?? '') && !LETTER_OR_NUMBER.test(source[from - 1] ?? '');
  // Two words joined stand apart from an apostrophe or a masking star too: "aren't even" is no "teven",
  // "ty ch*ju" no "tych".
  const joinStandsAlone = (from: number, to: number) => standsAlone(from, to) && !"'*".includes(source[from - 1] ?? ' ') && !"'*".includes(source[to] ?? ' ');
  // Where the last run of a-z started, while only a space has followed it; else -1. And its facts.
  let previous = -1;
  let previousFacts = -1;
  // The same for the last Arabic word.
  let previousArabic = -1;
  // A word (or pair) the guard lists is real unless no word of the text is in its languages and what it
  // reads as is a word of the text's: "neros" is German, and a misspelt "negros" in Spanish; "hane" Polish,
  // and "haine" misspelt in French; "negr os" two Polish words, and "negros" spaced in Portuguese. "ikke"
  // stays Norwegian wherever a Dutch word ("de", "men") is seen. Asked only of a word with a reading.
  let wordBits: number[] | undefined;
  const textWordBits = () => (wordBits ??= wordLanguagesIn(source));
  let votes: number[] | undefined;
  const textVotes = () => (votes ??= languageVotes(textWordBits()));
  // null when too few words tell (textLanguages); undefined until first asked.
  let languages: ReturnType<typeof textLanguages> | null;
  const textLangs = () => (languages === undefined ? (languages = textLanguages(textWordBits(), textVotes()) ?? null) : languages);
  const isRealInText = (listed: number, reading: string) => {
    const langs = textLangs();
    return langs === null || (listed & langs.voted) !== 0 || (readingLanguages(reading) & langs.main) === 0;
  };
  // A text in a language no word list guards (Turkish) has real words the guard cannot name: one that reads
  // as a target of neither that language nor English is its own word ("yine", Turkish "again", is no Hindi
  // "jine"). English readings stay, as bios of every language mix English in.
  let unlisted: number | undefined;
  const isUnlistedWordHere = (reading: string) => {
    unlisted ??= unlistedLanguagesOf(n);
    return unlisted !== 0 && (readingLanguages(reading) & (unlisted | ENGLISH)) === 0;
  };
  /**
   * A word only kin languages of the text's have (no English, none of the text's own) is a misspelling where the
   * frame expects its reading: the reading is a word of the text's own languages and a key word of theirs stands
   * beside it ("les juifs sont des parastes", Portuguese "you stopped"; "las mujeres son inferires"; "les femes
   * sont stupides"). Without one the kin's word stays, as kin share forms one list lacks (textLanguages).
   */
  const foreignInFrame = (listed: number, reading: string, from: number, to: number) => {
    if ((listed & ENGLISH) !== 0) return false;
    const langs = textLangs();
    if (langs === null || (listed & langs.own) !== 0) return false;
    // The reading is the own language's, the word its kin's: German "saal" is no Hindi "saale" beside Dutch words.
    const readIn = readingLanguages(reading) & langs.own;
    return (listed & ~withKin(readIn)) === 0 && (keyLanguagesBeside(source, from, to) & readIn) !== 0;
  };
  const isListedRealHere = (listed: number, reading: string, from: number, to: number) =>
    !foreignInFrame(listed, reading, from, to) && (realEverywhere(listed, reading) || isRealInText(listed, reading));
  const isRealHere = (from: number, to: number, reading: string) => {
    const written = source.slice(from, to);
    if (KNOWN.has(written)) return true;
    const listed = listedUnlessCoined(written, reading);
    return listed !== 0 ? isListedRealHere(listed, reading, from, to) : isUnlistedWordHere(reading);
  };
  // Most texts have no 1 at all, and their words need not be read for one: the next 1 of the original
  // at or after the run's start (offsets never go back: normalise() keeps the original's order).
  let nextOne = nextOneSign(n.original, 0);
  const digitOneAt = (from: number, to: number, exactOnly = false) => {
    if (nextOne < 0) return undefined;
    if (nextOne < n.start[from]!) nextOne = nextOneSign(n.original, n.start[from]!);
    return nextOne >= 0 && nextOne < n.end[to - 1]! ? digitOneReading(n, from, to, exactOnly) : undefined;
  };

  // Whether the member wrote a digit in the run (normalise() read it as a letter): what Arabizi's digit-spelt targets are read from.
  const writtenWithDigit = (from: number, to: number) => /[0-9]/.test(n.original.slice(n.start[from]!, n.end[to - 1]!));

  // Where words a letter from a glue word stand (from, to pairs), read back once the text's key words are known.
  const nearGlue: number[] = [];
  /**
   * The glue word a word misspells (glueReadingsOf) where the frame proposes it: the glue word is of the text's
   * main languages and a key word of its language stands beside it ("Du bst ein Idiot", "ils snot des rats"), and
   * the word as written is no real word of the text's languages ("Du bis", "Je vas" are German and French).
   */
  const glueAt = (from: number, to: number): string | undefined => {
    // The key words first: most texts have none beside such a word, and its readings and the text's languages
    // need not be read.
    const keyLanguages = keyLanguagesBeside(source, from, to);
    if (keyLanguages === 0) return undefined;
    const written = source.slice(from, to);
    const glue = glueWords();
    const beside = glueReadingsOf(written).filter((g) => (glue.get(g)! & keyLanguages) !== 0);
    if (beside.length === 0) return undefined;
    const langs = textLangs();
    // A short text's languages are those of the few words that tell, the key word's at least ("I wll kill you").
    const main = langs?.main ?? textVotes().reduce((bits, n, bit) => (n > 0 ? bits | (1 << bit) : bits), 0);
    if ((listedLanguages(written) & (langs?.voted ?? main)) !== 0) return undefined;
    return beside.find((g) => (glue.get(g)! & main) !== 0);
  };

  /** A maximal run of a-z, with its facts when it is a word of the reading (else -1). */
  const readRun = (from: number, to: number, facts: number) => {
    previousArabic = -1;
    // Joined with the run before when one space parts them and that run was not itself joined; a join
    // replaces the run before's own reading ("fraue n" is "frauen", not "frauen n").
    const before = previous;
    previous = from;
    const factsBefore = previousFacts;
    previousFacts = facts;
    // Not fixes[-1] when there are none: V8 looks an index out of bounds up as a property, slowly.
    const lastFix = fixes.length > 0 ? fixes[fixes.length - 1] : undefined;
    const mayJoin = (factsBefore < 0 || (factsBefore & MAY_START) !== 0) && (facts < 0 || (facts & MAY_END) !== 0);
    if (mayJoin && before >= 0 && source.charCodeAt(from - 1) === SPACE && (lastFix === undefined || lastFix.to <= before || lastFix.from === before)) {
      const joined = joinedAt(source, before, from - 1, to);
      if (joined && joinStandsAlone(before, to) && !isRealHere(before, to, joined)) {
        if (lastFix?.from === before) fixes.pop();
        fixes.push({ from: before, to, word: joined });
        previous = -1;
        return;
      }
    }
    if (source.charCodeAt(to) === BANG) {
      const exclaimed = exclaimedReading(source, from, to);
      if (exclaimed) {
        fixes.push({ from, to: to + 1, word: exclaimed });
        return;
      }
    }
    // A "1" that spells a word of the vocabulary as an l is one, whatever a typo or a word list reads in the i
    // normalise() made of it: a digit in a word is a disguise ("anima1es" is no misspelt "animais", "p1aga" no
    // Italian "piaga").
    const lForOne = facts < 0 || (facts & HAS_I) !== 0 ? digitOneAt(from, to, true) : undefined;
    // A word of the reading is a whole word (segment-words.ts: a maximal run of letters and digits), which no letter
    // or digit touches; a run the scan found may be part of one ("abc" of "abc1").
    const alone = facts >= 0 || standsAlone(from, to);
    if (lForOne && alone) {
      fixes.push({ from, to, word: lForOne });
      return;
    }
    const known = facts > 0 ? facts >>> READING_SHIFT : 0;
    const word =
      known !== 0 ? READINGS[known - 1]
      : facts < 0 ? (readingAt(source, from, to) ?? spacedReading(n, from, to) ?? digitOneAt(from, to))
      : (((facts & MAY_BE_SPACED) !== 0 ? spacedReading(n, from, to) : undefined) ?? ((facts & HAS_I) !== 0 ? digitOneAt(from, to) : undefined));
    if (!word || !alone || (DIGIT_READ_TARGETS.has(word) && !writtenWithDigit(from, to)) || (known === 0 ? isRealHere(from, to, word) : (facts & REAL) !== 0 || ((facts & LISTED) !== 0 ? isListedRealHere(listedLanguages(source.slice(from, to)), word, from, to) : isUnlistedWordHere(word)))) {
      if ((facts < 0 ? mayReadAsGlue(source.slice(from, to)) : (facts & NEAR_GLUE) !== 0) && alone) nearGlue.push(from, to);
      return;
    }
    // A word's own reading's rivals are among its facts; they are worked out here only for the others.
    const rivalled = known !== 0 ? (facts & RIVALLED) !== 0 : isRivalled(word, source.slice(from, to));
    fixes.push({ from, to, word: rivalled ? inTextLanguage(source.slice(from, to)) : word });
  };
  // A misspelling two languages' targets share ("jden": juden or joden) reads as the one in the language
  // most of the text's words are in; TARGETS' order (English first) decides a tie.
  const inTextLanguage = (written: string): string => byLanguage(rivalsOf(written), textVotes());

  /** An Arabic word (Arabizi digits among its letters). */
  const readArabic = (from: number, to: number) => {
    previous = -1;
    const before = previousArabic;
    previousArabic = from;
    const lastFix = fixes.length > 0 ? fixes[fixes.length - 1] : undefined;
    if (before >= 0 && source.charCodeAt(from - 1) === SPACE && (lastFix === undefined || lastFix.to <= before)) {
      const joined = arabicJoined(source, before, from - 1, to);
      if (joined) {
        fixes.push({ from: before, to, word: joined });
        previousArabic = -1;
        return;
      }
    }
    const read = arabicReading(source.slice(from, to));
    const word = read ?? source.slice(from, to);
    const typo = arabicTypoReading(word);
    if (read || typo) fixes.push({ from, to, word: typo ?? word });
  };

  /**
   * source.slice(from, to) read character by character: its runs of a-z, its Arabic words, and what
   * parts them. No run crosses `to` when it ends a word or the text.
   */
  const scan = (from: number, to: number) => {
    for (let i = from; i < to;) {
      const code = source.charCodeAt(i);
      if (isArabicLetter(code) || (isDigit(code) && isArabicLetter(source.charCodeAt(i + 1)))) {
        const start = i;
        while (i < to && (isArabicLetter(source.charCodeAt(i)) || isDigit(source.charCodeAt(i)))) i++;
        readArabic(start, i);
        continue;
      }
      if (!isAsciiLower(code)) {
        if (code !== SPACE || !isAsciiLower(source.charCodeAt(i - 1))) previous = -1;
        if (code !== SPACE || !isArabicLetter(source.charCodeAt(i - 1))) previousArabic = -1;
        i++;
        continue;
      }
      // Each maximal run of a-z, read by character code: no match objects.
      const start = i;
      while (i < to && isAsciiLower(source.charCodeAt(i))) i++;
      readRun(start, i, -1);
    }
  };

  if (words !== undefined && words.text === source) {
    // Word by word: what parts two words (no letter or digit) and words of other letters are scanned as
    // before, and a word of a-z is one run, read by its id.
    const w = words.words;
    let end = 0;
    for (let k = 0; k < words.count; k++) {
      const from = w[k * STRIDE + START]!;
      const to = w[k * STRIDE + END]!;
      const id = w[k * STRIDE + ID]!;
      scan(end, from);
      const facts = FACTS_BY_ID.of(id, source, from, to);
      if ((facts & A_TO_Z) !== 0) readRun(from, to, facts);
      else scan(from, to);
      end = to;
    }
  } else scan(0, source.length);
  for (let k = 0; k < nearGlue.length; k += 2) {
    const [from, to] = [nearGlue[k]!, nearGlue[k + 1]!];
    const word = fixes.some((fix) => fix.from < to && from < fix.to) ? undefined : glueAt(from, to);
    const after = fixes.findIndex((fix) => fix.from > from);
    if (word) fixes.splice(after < 0 ? fixes.length : after, 0, { from, to, word });
  }
  const masked = [...maskedReadings(source, textVotes), ...leetReadings(source)];
  if (masked.length > 0) return applyFixes(n, withMasked(fixes, masked));
  return fixes.length === 0 ? n : applyFixes(n, fixes);
}

/** A digit, "@" or "$" that normalise() reads as a letter (its leetspeak table); a "1" is an i or an l. */
const LEET_SIGN = /[0-9@$]/;
const leetLetter = (c: string): string => (leet(c.charCodeAt(0)) === 0 ? c : String.fromCharCode(leet(c.charCodeAt(0))));
const LEET_SIGNS = /[0-9@$]/g;
/**
 * Where a letter a-z and a sign (LEET_SIGN) first stand side by side at or after `from` (the first unit of the
 * pair), or -1. Found from the signs, which most texts hold few of: a search for the pair itself tried every
 * letter of the text. A pair's sign is the next sign or a later one, and the pair starts one before it or at it.
 */
function nextLeetPair(text: string, from: number): number {
  LEET_SIGNS.lastIndex = from;
  for (let sign = LEET_SIGNS.exec(text); sign; sign = LEET_SIGNS.exec(text)) {
    const at = sign.index;
    if (at > from && isAsciiLower(text.charCodeAt(at - 1))) return at - 1;
    if (isAsciiLower(text.charCodeAt(at + 1))) return at;
  }
  return -1;
}
/**
 * Words written in leetspeak with more digits than letters ("p4r451735", "m414d35", "94y5"), which
 * normalise() leaves as they are (they may be codes or numbers): read when they spell a word of the
 * vocabulary, each "1" as an i or as an l ("4n1m415"). A word of digits alone ("135") stays a number.
 */
function leetReadings(text: string): Fix[] {
  const fixes: Fix[] = [];
  const inToken = (i: number) => isAsciiLower(text.charCodeAt(i)) || (LEET_SIGN.test(text[i]!) && leet(text.charCodeAt(i)) !== 0);
  for (let at = nextLeetPair(text, 0), to = 0; at >= 0; at = nextLeetPair(text, to)) {
    let from = at;
    while (from > 0 && inToken(from - 1)) from--;
    to = at + 2;
    while (to < text.length && inToken(to)) to++;
    if (to - from > LONGEST || LETTER_OR_NUMBER.test(text[from - 1] ?? '') || LETTER_OR_NUMBER.test(text[to] ?? '')) continue;
    const written = text.slice(from, to);
    const withI = written.replace(/[0-9@$]/g, leetLetter);
    const ones = [...written.matchAll(/1/g)].map((m) => m.index);
    const word = KNOWN.has(withI) || TARGETS.has(withI) ? withI : onesAsL(withI, ones);
    if (word) fixes.push({ from, to, word });
  }
  return fixes;
}

/**
 * Signs members put for a letter they hide ("mosl*ms", "j#den", "mosl.ms", "j_den"); "!", "@" and "$"
 * normalise() has already read as letters. A dot or an underscore is read as one between two letters
 * and, as a star is, only when the word spells a target: "www.site.com" spells none.
 */
const isPunctuationMask = (code: number) => code === 0x2e || code === 0x5f;
const isMask = (code: number) => code === 0x2a || code === 0x23 || isPunctuationMask(code);

/**
 * The words of a text with one or two letters masked inside them ("mosl*ms", "fl*chtlinge", "اليه*د"),
 * read as what they spell with letters in the masks: a member masks the word they mean to hide. A sign
 * first or last is emphasis, a footnote or a hashtag ("*only*", "#tag"), and at least three letters must
 * show. Found from each sign outwards: only texts with a star or a hash pay, and only around it.
 */
function maskedReadings(text: string, votes: () => readonly number[]): Fix[] {
  const fixes: Fix[] = [];
  // Of the sign's word's script, Arabic or a-z, set at each sign: the closures are made once a text.
  let arabic = false;
  const isLetter = (i: number) => (arabic ? isArabicLetter(text.charCodeAt(i)) : isAsciiLower(text.charCodeAt(i)));
  // A dot or an underscore is a mask only between two letters: else it ends a sentence or a word.
  const inWord = (i: number) => {
    const code = text.charCodeAt(i);
    return isPunctuationMask(code) ? isLetter(i - 1) && isLetter(i + 1) : isMask(code) || isLetter(i);
  };
  for (let at = nextMask(text, 0); at >= 0; at = nextMask(text, at + 1)) {
    arabic = isArabicLetter(text.charCodeAt(at - 1));
    if (!inWord(at)) continue;
    let from = at;
    while (from > 0 && inWord(from - 1)) from--;
    let to = at + 1;
    while (to < text.length && inWord(to)) to++;
    at = to;
    const written = text.slice(from, to);
    if (to - from < 4 || to - from > LONGEST || isMask(written.charCodeAt(0)) || isMask(written.charCodeAt(written.length - 1))) continue;
    if (LETTER_OR_NUMBER.test(text[from - 1] ?? '') || LETTER_OR_NUMBER.test(text[to] ?? '') || "'’".includes(text[to] ?? ' ')) continue;
    const masks: number[] = [];
    for (let i = 0; i < written.length; i++) if (isMask(written.charCodeAt(i))) masks.push(i);
    if (masks.length > 2 || written.length - masks.length < 3 || isHostName(text, from, to, masks)) continue;
    const word = arabic ? maskedArabicWord(written, masks) : maskedWord(written, masks, votes);
    if (word) fixes.push({ from, to, word });
  }
  return fixes;
}

/**
 * Whether a run masked by dots alone is a link's host name: "//" or an e-mail's "@" before it, or a path's "/"
 * or a port after it ("http://t.co/x", "t.co/x", "me@mail.de", "site.com:8080"). The link reader reads it;
 * Twitter's "t.co" read as a masked "taco" was nearly every fill of a short-bio pass.
 */
function isHostName(text: string, from: number, to: number, masks: readonly number[]): boolean {
  if (masks.some((i) => text.charCodeAt(from + i) !== DOT)) return false;
  const before = text[from - 1];
  return before === '/' || before === '@' || text[to] === '/' || (text[to] === ':' && isDigit(text.charCodeAt(to + 1)));
}
const DOT = 0x2e;

/** The next mask sign (isMask) at or after `from`, or -1: one native search, not a loop over every unit. */
const MASK_SIGN = /[*#._]/g;
function nextMask(text: string, from: number): number {
  MASK_SIGN.lastIndex = from;
  return MASK_SIGN.exec(text)?.index ?? -1;
}

const ARABIC_LETTERS = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, k) => String.fromCharCode(0x0621 + k)).join('');

/**
 * An Arabic word with letters masked ("الل*جئين"), read as the one word of the Arabic grammar it spells,
 * its letters folded, behind a prefix written onto it or none, if that word is a target: "المت*ولين" may
 * be transgender people or beggars and is left as written.
 */
function maskedArabicWord(written: string, masks: readonly number[]): string | undefined {
  const readings = new Map<string, string>();
  for (const prefix of ARABIC_PREFIXES) {
    if (!written.startsWith(prefix) || masks[0]! < prefix.length) continue;
    const stemMasks = masks.map((i) => i - prefix.length);
    for (const w of fillings(written.slice(prefix.length), stemMasks, (w) => ARABIC_TARGETS.has(foldArabic(w)) || ARABIC_KNOWN.has(foldArabic(w)), ARABIC_LETTERS)) {
      const stem = foldArabic(w);
      // The same word with and without its article is one reading.
      readings.set(stem.replace(/^ال/, ''), prefix + stem);
    }
  }
  if (readings.size !== 1) return undefined;
  const [[stem, word]] = readings;
  return ARABIC_TARGETS.has(stem) || ARABIC_TARGETS.has(`ال${stem}`) ? word : undefined;
}

/**
 * A group's name or slur the masked word spells, the one in the language most of the text's other words
 * are in when several ("juden" in German, "joden" in Dutch), then the first in TARGETS' order. Else, of
 * the targets and known words it spells, the one in the text's language, if a target: "h*te" is "hate" in
 * English; "sh*t" (shot or shit, both English) is left to the lexicons, which read masks themselves.
 */
function maskedWord(written: string, masks: readonly number[], votes: () => readonly number[]): string | undefined {
  if (!mayFill(written, masks)) return undefined;
  const groups = groupsSpelt(written, masks);
  if (groups.length === 1) return groups[0];
  const candidates = groups.length > 0 ? groups : spelt(written, masks, (targetsAndKnown ??= byLengthAndFirst(new Set([...TARGETS, ...KNOWN]))));
  // With no group among them, one of the targets must rank first: the text's languages are read only then.
  if (groups.length === 0 && !candidates.some((word) => TARGETS.has(word))) return undefined;
  const ranked = rankByLanguage(candidates, votes());
  if (groups.length > 0) return ranked[0]![0];
  const [best, next] = ranked;
  return TARGETS.has(best![0]) && (next === undefined || next[1] < best![1]) ? best![0] : undefined;
}

/** The words with their votes (languageVotes) for the languages that spell them, most first; TARGETS' order breaks a tie. */
function rankByLanguage(words: readonly string[], votes: readonly number[]): (readonly [string, number])[] {
  const score = (w: string) => votes.reduce((sum, n, bit) => ((wordLanguages(w) >>> bit) & 1 ? sum + n : sum), 0);
  const order = (targetOrder ??= orderTargets());
  const place = (w: string) => order.get(w) ?? Infinity;
  return words.map((w) => [w, score(w)] as const).sort((a, b) => b[1] - a[1] || place(a[0]) - place(b[0]));
}
const byLanguage = (words: readonly string[], votes: readonly number[]) => rankByLanguage(words, votes)[0]![0];

/**
 * Whether a target or known word has the word's first two letters, last letter and length, or a group stem
 * its first two letters: most masked runs ("report**l", "wsb**li") spell none, and need not be filled in.
 */
function mayFill(written: string, masks: readonly number[]): boolean {
  if (masks[0]! < 2) return true;
  const shape = shapeBits(written, 0, written.length);
  return (shape & (TARGET | KNOWN_WORD)) !== 0 || STEM_HEADS.has(written.slice(0, 2));
}
const STEM_HEADS: ReadonlySet<string> = new Set([...GROUP_STEMS].map((stem) => stem.slice(0, 2)));

/**
 * The words of a set by length and first unit: a masked word's first letter always shows (maskedReadings),
 * so it is matched against the few words of its length and first letter, where trying a-z at each mask
 * made 26 or 676 strings and looked each up (a markdown table's "**" cost a text a millisecond).
 */
type ByLengthAndFirst = ReadonlyMap<number, readonly string[]>;
const lengthAndFirst = (word: string) => word.length * 0x10000 + word.charCodeAt(0);
function byLengthAndFirst(words: Iterable<string>): ByLengthAndFirst {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const key = lengthAndFirst(word);
    const list = map.get(key);
    if (list) list.push(word);
    else map.set(key, [word]);
  }
  return map;
}
/** Made on the first masked word that needs them. */
let groupTargets: ByLengthAndFirst | undefined;
let targetsAndKnown: ByLengthAndFirst | undefined;

/** Whether `word`'s first `length` units are `written`'s, with a letter a-z at each of `masks` below `length`. */
function spellsWith(word: string, written: string, masks: readonly number[], length: number): boolean {
  for (let i = 0, m = 0; i < length; i++) {
    const code = word.charCodeAt(i);
    if (m < masks.length && masks[m] === i) {
      m++;
      if (!isAsciiLower(code)) return false;
    } else if (code !== written.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The words of a set (by length and first unit) that `written` spells with a letter a-z at each of
 * `masks`, in the order trying a-z at the first mask, then at the next, finds them: the words' own
 * order, as they differ only at the masks.
 */
function spelt(written: string, masks: readonly number[], words: ByLengthAndFirst): string[] {
  return (words.get(lengthAndFirst(written)) ?? []).filter((word) => spellsWith(word, written, masks, written.length)).sort();
}

/**
 * The groups' names `written` spells with a letter a-z at each of `masks`: a group target, or a stem of
 * a group's name that takes any ending (four letters or more, holding every masked letter) followed by
 * the rest of `written`.
 */
function groupsSpelt(written: string, masks: readonly number[]): string[] {
  const found = new Set(spelt(written, masks, (groupTargets ??= byLengthAndFirst(GROUP_TARGETS))));
  const shortest = Math.max(4, masks[masks.length - 1]! + 1);
  for (const stem of GROUP_STEMS) {
    if (stem.length >= shortest && stem.length < written.length && spellsWith(stem, written, masks, stem.length)) found.add(stem + written.slice(stem.length));
  }
  return [...found].sort();
}

/** The words `written` spells with a letter of `letters` at each of `masks` that `keep` keeps. */
function fillings(written: string, masks: readonly number[], keep: (word: string) => boolean, letters: string): string[] {
  const found: string[] = [];
  const fill = (word: string, k: number): void => {
    if (k === masks.length) {
      if (keep(word)) found.push(word);
      return;
    }
    const i = masks[k]!;
    for (const letter of letters) fill(word.slice(0, i) + letter + word.slice(i + 1), k + 1);
  };
  fill(written, 0);
  return found;
}

/**
 * The languages no word list guards that a text shows itself in: two of a language's own words (ownWordLanguages),
 * or for Turkish a letter of its own. The grammars' words cannot tell them: Turkish's are stems.
 */
function unlistedLanguagesOf(n: Normalised): number {
  const counts = new Map<number, number>();
  let shown = hasTurkishLetter(n.original) ? TURKISH : 0;
  for (const [word] of n.text.matchAll(/[a-z]+/g)) {
    const bits = ownWordLanguages(word) & ~GUARDED;
    if (bits === 0) continue;
    const count = (counts.get(bits) ?? 0) + 1;
    counts.set(bits, count);
    if (count >= 2) shown |= bits;
  }
  return shown;
}
const TURKISH = languageBit('tr');

/** Per language bit (wordLanguages), how many of the text's words (wordLanguagesIn) that language spells. */
function languageVotes(wordBits: readonly number[]): number[] {
  const votes: number[] = [];
  for (const bits of wordBits) {
    for (let bit = 0; bits >>> bit !== 0; bit++) if ((bits >>> bit) & 1) votes[bit] = (votes[bit] ?? 0) + 1;
  }
  return votes;
}

/**
 * The languages (wordLanguages) of each run of a-z in the text, two letters or more, that some grammar spells, in
 * order. Every word wordLanguages knows is a known word (spelling-vocabulary.ts builds both from the same
 * patterns), so the shape and hash bits turn most runs away before one is cut out and looked up.
 */
function wordLanguagesIn(text: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length;) {
    if (!isAsciiLower(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isAsciiLower(text.charCodeAt(i))) i++;
    if (i - start < 2) continue;
    if (i - start <= LONGEST && !((shapeBits(text, start, i) & KNOWN_WORD) !== 0 && hasBit(KNOWN_HASHES, text, start, i))) continue;
    const bits = wordLanguages(text.slice(start, i));
    if (bits !== 0) found.push(bits);
  }
  return found;
}

/** The fixes of the reading with the masked words': a masked word's reading replaces any made of its parts. */
function withMasked(fixes: readonly Fix[], masked: readonly Fix[]): Fix[] {
  const kept = fixes.filter((fix) => !masked.some((m) => fix.from < m.to && m.from < fix.to));
  return [...kept, ...masked].sort((a, b) => a.from - b.from);
}

/** n with each fix's span replaced by its word, each new letter mapped to the whole original span. */
export function applyFixes(n: Normalised, fixes: readonly Fix[]): Normalised {
  let length = n.text.length;
  for (const fix of fixes) length += fix.word.length - (fix.to - fix.from);
  const start = new Int32Array(length);
  const end = new Int32Array(length);
  let text = '';
  let at = 0;
  let out = 0;
  for (const fix of fixes) {
    text += n.text.slice(at, fix.from) + fix.word;
    start.set(n.start.subarray(at, fix.from), out);
    end.set(n.end.subarray(at, fix.from), out);
    out += fix.from - at;
    start.fill(n.start[fix.from]!, out, out + fix.word.length);
    end.fill(n.end[fix.to - 1]!, out, out + fix.word.length);
    out += fix.word.length;
    at = fix.to;
  }
  text += n.text.slice(at);
  start.set(n.start.subarray(at), out);
  end.set(n.end.subarray(at), out);
  return { text, original: n.original, start, end };
}
