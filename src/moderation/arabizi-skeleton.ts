import type { Category } from './types.js';
import { ARABIZI, SCRIPT_GRAMMARS } from './hate-grammars.js';

/**
 * Arabizi (Arabic in Latin letters) read by its consonants. It has no fixed spelling: vowels are dropped
 * or written several ways ("7ayawanat", "7aywanat", "hayawanaat"), ع is 3, a, e or nothing, ح is 7 or h,
 * ق is 2, q or k, خ is 5 or kh, and letters are doubled at will. What stays is the consonant skeleton,
 * which Arabic script writes too (its short vowels unwritten): "zbala", "zebalah" and زبالة all read
 * "zbl". So the Arabic grammar's words, in either script, are compared with a text's words by skeleton,
 * one letter class per consonant sound.
 *
 * Short skeletons are shared by many unrelated words, so a lone word needs three consonants and a
 * phrase four; and the reading is asked only where the Arabizi grammar has found a group.
 */

/** Arabic letters as Arabizi writes their sound; the weak letters (alef, hamza, ع) and ة are vowels. */
const ARABIC: Readonly<Record<string, string>> = {
  ب: 'b', ت: 't', ث: 't', ج: 'g', ح: 'h', خ: 'x', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'S', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  غ: 'g', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y',
};

/** Arabizi's two-letter consonants, then its digits and the letters Arabic lacks, as one class each. */
const DIGRAPHS: readonly [RegExp, string][] = [[/kh/g, 'x'], [/[sc]h/g, 'S'], [/gh/g, 'g'], [/th/g, 't'], [/dh/g, 'd']];
const LATIN: Readonly<Record<string, string>> = {
  '7': 'h', '5': 'x', '8': 'g', '9': 's', '6': 't', '2': 'q', q: 'q', c: 'k', j: 'g', v: 'f', p: 'b',
  b: 'b', t: 't', d: 'd', r: 'r', z: 'z', s: 's', S: 'S', g: 'g', f: 'f', k: 'k', l: 'l', m: 'm', n: 'n', h: 'h', x: 'x', w: 'w', y: 'y',
};

/**
 * The consonants, runs of one read as one; w and y only where they open the word (inside it they are
 * mostly the long vowels و and ي, "oo" and "ee"); a closing h after a vowel is the feminine ending.
 */
function consonants(letters: readonly string[], endsInVowelH: boolean): string {
  let out = '';
  letters.forEach((c, i) => {
    if ((c === 'w' || c === 'y') && i > 0) return;
    if (c && c !== out[out.length - 1]) out += c;
  });
  return endsInVowelH && out.endsWith('h') ? out.slice(0, -1) : out;
}

/**
 * "Them" or "you" (plural) joined to a word: "bihom" (with them, بهم), "3alehom", "lakom". Joined to a preposition of one
 * consonant it makes a function word, whose three letters would read as a noun's root (بهائم, beasts, is "bhm" too).
 */
const JOINED_PRONOUN = /^(.*?)(?:hom|hum|hm|hon|hun|kom|kum|kon|kun)$/;

/**
 * An Arabizi word's skeleton: "7ayawanat" and "hayawanaat" both "hnt". The 2 and the q write ق (or the hamza),
 * never ك, so they read "q", and only k and c read "k" (the grammar's words are read both ways, eitherK).
 */
export function arabiziSkeleton(word: string): string {
  const w = word.toLowerCase().replace(/['`’]/g, '');
  const joined = JOINED_PRONOUN.exec(w);
  const skeleton = joined && latinConsonants(joined[1]!).length <= 1 ? '' : latinConsonants(w);
  return skeleton.length > 1 ? skeleton : short(w.replace(/e/g, 'i').replace(/o/g, 'u').replace(/[^a-z]/g, ''));
}

function latinConsonants(word: string): string {
  let w = word;
  for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
  const letters = [...w].map((c) => (c in LATIN ? LATIN[c]! : ''));
  // The first letter is kept as written when it is w or y ("yahood"); a vowel before it is no consonant.
  const first = [...w].findIndex((c) => c in LATIN);
  return consonants(first < 0 ? [] : letters.slice(first), /[aeiou]h$/.test(w));
}

/**
 * A skeleton of the grammar's own Arabizi words, every way a member may write its k and q: a grammar written
 * "2atl" or "katl" is read in "qatl", "2atl" and "katl" alike (arabiziSkeleton reads the member's 2 and q as ق only).
 */
function eitherK(skeleton: string): string[] {
  return spellings(skeleton, (c) => (c === 'k' || c === 'q' ? ['k', 'q'] : [c])).map((parts) => parts.join(''));
}

/** An Arabic-script word's skeleton, read as Arabizi writes it: زبالة "zbl", حيوانات "hnt". */
export function arabicSkeleton(word: string): string {
  const letters = [...word].map((c) => ARABIC[c] ?? '');
  const first = letters.findIndex((c) => c !== '');
  // ه and ة at the end are mostly the feminine ending or the pronoun, which Arabizi writes "a" or "ah".
  const skeleton = consonants(first < 0 ? [] : letters.slice(first), /[هة]$/.test(word));
  return skeleton.length > 1 ? skeleton : short([...word].map((c) => LONG_VOWELS[c] ?? ARABIC[c] ?? '').join(''));
}
const LONG_VOWELS: Readonly<Record<string, string>> = { ا: 'a', أ: 'a', إ: 'a', آ: 'a', ى: 'i', ي: 'i', و: 'u' };

/**
 * The letters the dialects say otherwise than the standard, and so write in Arabizi: ث as s or t ("7usala",
 * "7othala" for حثالة), ذ as z, d or th ("2azreen", "qathreen" for قذرين), ظ as z, d or th, and ق as k too ("katl").
 */
const SPOKEN: Readonly<Record<string, readonly string[]>> = { ث: ['ث', 'س'], ذ: ['ذ', 'ز', 'ت'], ظ: ['ظ', 'ز', 'د', 'ت'], ق: ['ق', 'ك'] };
/** Spelt differently at most this many ways: a word with three such letters is rare, its spellings many. */
const MOST_SPOKEN = 12;
/** Every way to write parts in order, each as one of its choices, the first MOST_SPOKEN of them. */
function spellings<T>(parts: Iterable<T>, choices: (part: T) => readonly string[]): string[][] {
  let all: string[][] = [[]];
  for (const part of parts) {
    const options = choices(part);
    all = all.flatMap((written) => options.map((option) => [...written, option])).slice(0, MOST_SPOKEN);
  }
  return all;
}

/** arabicSkeleton of a word as each dialect says it (SPOKEN), the standard's first: حثالة "htl" and "hsl". */
export function arabicSkeletons(word: string): string[] {
  return [...new Set(spellings(word, (c) => SPOKEN[c] ?? [c]).map((letters) => arabicSkeleton(letters.join(''))))];
}

/**
 * A word of one consonant or none ("la", "ma", "fe", "el", "allah") is read by its first two sounds,
 * vowels too, marked so that it equals no skeleton: لا "la" (no) is not the article "el".
 */
const short = (letters: string) => `~${letters.replace(/y/g, 'i').replace(/w/g, 'u').replace(/(.)\1+/g, '$1').slice(0, 2)}`;

export interface SkeletonEntry {
  /** One skeleton per word of the phrase. */
  words: readonly string[];
  category: Category | 'worth';
  weight: number;
}

/** Entries by their first word's skeleton. */
export type SkeletonLexicon = ReadonlyMap<string, readonly SkeletonEntry[]>;

/** A lone word needs this many consonants, a phrase this many in all: shorter skeletons are too common. */
const WORD_LETTERS = 3;
const PHRASE_LETTERS = 4;

/**
 * A lexicon of phrases (each a list of words' skeletons). Those too short to tell apart, and those whose
 * skeleton is one of `common` (words of the language that say nothing of anyone), are left out.
 */
export function compileSkeletons(entries: readonly SkeletonEntry[], common: ReadonlySet<string>): SkeletonLexicon {
  const lexicon = new Map<string, SkeletonEntry[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const words = entry.words.filter((w) => w !== '');
    const letters = words.join('').replace(/~/g, '').length;
    if (words.length === 0 || letters < (words.length === 1 ? WORD_LETTERS : PHRASE_LETTERS)) continue;
    if (words.length === 1 && common.has(words[0]!)) continue;
    const key = `${entry.category} ${words.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = lexicon.get(words[0]!) ?? [];
    lexicon.set(words[0]!, [...list, { ...entry, words }]);
  }
  return lexicon;
}

interface Token {
  from: number;
  to: number;
  /** The word's skeleton, and the one without a leading article (el-, al-, il-, l-) where it has one. */
  readings: readonly string[];
  /** The word is an article alone ("el", "al"). */
  article: boolean;
}

const ARTICLE = /^(?:el|al|il|l)(?=[^aeiou])/;
const WORD = /[a-z0-9'’]+/gi;
const isArticle = (word: string) => /^(?:el|al|il|l|ll|lel|lil)$/i.test(word);

/** Every word's token (a skeleton is never empty: a short one is marked "~"). */
function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ from: m.index, to: m.index + m[0].length, readings: readingsOf(m[0]), article: isArticle(m[0]) }));
}

/** A word's skeleton, and the one without a leading article where it has one (Token's readings). */
function readingsOf(word: string): readonly string[] {
  const whole = arabiziSkeleton(word);
  const bare = ARTICLE.test(word.toLowerCase()) ? arabiziSkeleton(word.toLowerCase().replace(ARTICLE, '')) : undefined;
  return bare !== undefined && bare !== whole && bare !== '' ? [whole, bare] : [whole];
}

/**
 * Where the rest of a phrase ends when it follows the word at i, or undefined: a lone article between its
 * words is passed over ("makanhom el matba5" is مكانهم المطبخ), as the Arabic words are read without theirs.
 */
function phraseEnd(words: readonly Token[], i: number, rest: readonly string[]): number | undefined {
  let at = i;
  for (const w of rest) {
    at++;
    if (words[at]?.article && !words[at]!.readings.includes(w)) at++;
    if (!words[at]?.readings.includes(w)) return undefined;
  }
  return at;
}

/** Every phrase of the lexicon in the text, read word by word by skeleton, with where it is in the text. */
export function findSkeletons(text: string, lexicon: SkeletonLexicon): { from: number; to: number; entry: SkeletonEntry }[] {
  const words = tokens(text);
  const found: { from: number; to: number; entry: SkeletonEntry }[] = [];
  words.forEach((token, i) => {
    for (const reading of token.readings) {
      for (const entry of lexicon.get(reading) ?? []) {
        const end = phraseEnd(words, i, entry.words.slice(1));
        if (end !== undefined) found.push({ from: token.from, to: words[end]!.to, entry });
      }
    }
  });
  return found;
}

/** Arabizi's function words; their skeletons say nothing of anyone. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'homa', 'hma', 'ely', 'elly', 'illi', 'elli', 'dol', 'dool', 'kol', 'koll', 'kolohom', 'kollohom', 'mesh', 'msh', 'mish', 'e7na', 'ehna', 'bas',
  'khales', 'awi', 'keda', 'kda', 'kedah', 'zay', 'zayy', 'leh', 'haga', 'dah', 'deh', 'menhom', 'lehom', 'alehom', 'mafeesh', 'mafish', 'lazem',
  'lazm', 'ento', 'entom', 'enta', 'ana', 'betoo3', 'bto3', 'fehom', 'feehom', 'dayman', 'walla', 'yalla',
]);

/**
 * The phrases a pattern of phrase-pattern.ts's syntax spells out, each as its words: "(mesh|msh) tay2"
 * is "mesh tay2" and "msh tay2". Alternatives holding a wildcard or a gap ("..", "_", "word*") spell no
 * fixed phrase and are left out. At most `limit` phrases a pattern.
 */
export function phrasesOf(pattern: string, limit = 5000): string[][] {
  let at = 0;
  const DROPPED: string[][] = [];
  const alternatives = (): string[][] => {
    const all: string[][] = [];
    for (;;) {
      all.push(...sequence());
      if (pattern[at] !== '|') return all;
      at++;
    }
  };
  const sequence = (): string[][] => {
    let phrases: string[][] = [[]];
    let dropped = false;
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')' && pattern[at] !== ']') {
      const c = pattern[at]!;
      let options: string[][];
      if (c === ' ') { at++; continue; }
      if (c === '(' || c === '[') {
        at++;
        options = alternatives();
        at++; // the closing bracket
        if (c === '[') options = [[], ...options];
      } else {
        const word = /^[^\s()[\]|]+/.exec(pattern.slice(at))![0];
        at += word.length;
        if (/[^a-z0-9\u0600-\u06ff]/i.test(word)) dropped = true;
        options = [[word]];
      }
      phrases = phrases.flatMap((p) => options.map((o) => [...p, ...o])).slice(0, limit);
    }
    return dropped ? DROPPED : phrases;
  };
  return alternatives().filter((p) => p.length > 0);
}

let compiled: SkeletonLexicon | undefined;

/**
 * What the Arabic grammars say of a group, by skeleton: the Arabizi grammar's phrases (hate-grammars.ts
 * ARABIZI) and the Arabic-script grammar's words (SCRIPT_GRAMMARS.ar), so that a word either lists is
 * read in any Latin spelling. Function words and group names say nothing of anyone and are left out.
 */
export function arabiziLexicon(): SkeletonLexicon {
  if (compiled) return compiled;
  const script = SCRIPT_GRAMMARS.ar;
  const fromScript = (words: readonly string[], category: SkeletonEntry['category'], weight: number) =>
    words.flatMap((w) => spokenPhrases(w).map((skeletons) => ({ words: skeletons, category, weight })));
  const fromLatin = (patterns: readonly string[], category: SkeletonEntry['category'], weight: number) =>
    patterns.flatMap((p) => phrasesOf(p).flatMap(latinPhrases).map((words) => ({ words, category, weight })));
  const common = new Set([...FUNCTION_WORDS].flatMap(arabiziGrammarSkeletons));
  for (const phrase of ARABIZI.group.flatMap((p) => phrasesOf(p))) if (phrase.length === 1) for (const s of arabiziGrammarSkeletons(phrase[0]!)) common.add(s);
  for (const word of script.group) for (const skeleton of arabicSkeletons(word.trim())) common.add(skeleton);
  return (compiled = compileSkeletons(
    [
      ...ARABIZI.derogation.flatMap(([weight, p]) => fromLatin([p], 'hate', weight)),
      ...ARABIZI.violence.flatMap(([weight, p]) => fromLatin([p], 'hate/threatening', weight)),
      ...fromLatin(ARABIZI.worth, 'worth', 1),
      ...fromScript(script.derogation, 'hate', 0.75),
      ...fromScript(script.violence, 'hate/threatening', 0.8),
      ...fromScript(script.worth, 'worth', 1),
    ],
    common,
  ));
}

/** A word of the grammar's Arabizi as the skeletons a member may write it in (eitherK). */
export const arabiziGrammarSkeletons = (word: string) => eitherK(arabiziSkeleton(word));
/** A phrase of the grammar's Arabizi as its words' skeletons, every way its k and q may be written. */
function latinPhrases(words: readonly string[]): string[][] {
  return spellings(words, arabiziGrammarSkeletons);
}

/** An Arabic-script phrase of the grammar as its words' skeletons, every way the dialects say it (arabicSkeletons). */
function spokenPhrases(phrase: string): string[][] {
  return spellings(phrase.trim().split(/\s+/), (word) => arabicSkeletons(word.replace(/^ال(?=...)/, '')));
}

let groupSkeletons: readonly string[] | undefined;
/** The article, alone or opening a word ("el muhajreen", "elyahood"), as tokens() reads it. */
const HAS_ARTICLE = /(?<![a-z0-9])(?:el|al|il|l)(?:\s|[b-df-hj-np-tv-z])/i;
/** A word written in Arabizi: one of the digits it writes sounds with inside it or opening it ("mo3akeen", "7ayawanat"). */
const ARABIZI_WORD = /[a-z][235679][a-z]|(?<![a-z0-9])[235679][a-z]{2}/i;

/**
 * Words only Arabizi writes, which say a text without digits is Arabic (Standard "yajib", "laysu", "hatha"; the dialects'
 * "kolohom", "hadol", "mish"): "al muslimoon hasharat" has none, "ana akrah al muslimoon" one. Not those that are also
 * words or names of the languages whose articles look like Arabic's ("Ana", Spanish "ya", French "bas").
 */
const SAYS_ARABIZI = /(?<![a-z0-9])(?:inna|anna|innahum|yajib|yajibu|lazem|lazim|kull|kullu|kulluhum|kol|kolohom|kollohom|homa|hadol|hadool|hadoul|dol|mish|mesh|msh|laysu|laysa|laysat|mithl|mithla|hatha|hadha|hathihi|hadhihi|haza|hazihi|meen|leh|lesh|leish|3ashan|ashan|kaman|wallah|walla|ya3ni|yaani|akrah|bakrah|ahtaqir|keda|kda|awi|khales|mafeesh|mafish|zay|zayy)(?![a-z0-9])/i;

/**
 * A word in an Arabic plural, masculine (-een, -in, -un, -oon) or feminine (-at), right after the article: "al mithliyun
 * marda" says nothing else of its language. Spanish and Italian words after "el", "al", "il" seldom end so ("el musulmán").
 * The word is read as corrected, its stretched "oo" once ("muslimon"), so -on as well.
 */
const PLURAL = /(?:een|iin|yin|yeen|yun|oon|on|un|aat|iyat)$/i;
const PLURAL_AFTER_ARTICLE = /(?<![a-z0-9])(?:el|al|il)\s?[a-z]{2,}(?:een|iin|yin|yeen|yun|oon|un|aat|iyat)(?![a-z0-9])/i;

/**
 * The groups the Arabic grammars name, found by skeleton in a text `read` (normalised, its digits kept) when
 * the member `written` it in Arabizi (a word of it with a digit for a letter, or one only Arabizi writes): "muhajreen" and "moslemin" as the grammar's "mohajreen" and "moslemeen", and as the
 * Arabic-script stems مهاجر and مسلم, which take any ending. A skeleton of three consonants or more opens
 * the word (its article aside); shorter ones name too many words.
 */
export function arabiziGroupsIn(written: string, read: () => string): { from: number; to: number }[] {
  // Both asked of the member's text first: most texts with a digit among letters ("b2b", "mp3s") have no article.
  const saysArabizi = ARABIZI_WORD.test(written) || SAYS_ARABIZI.test(written);
  if (!(saysArabizi || PLURAL_AFTER_ARTICLE.test(written)) || !HAS_ARTICLE.test(written)) return [];
  groupSkeletons ??= [
    ...ARABIZI.group.flatMap((p) => phrasesOf(p)).filter((phrase) => phrase.length === 1).flatMap(([word]) => arabiziGrammarSkeletons(word!)),
    ...SCRIPT_GRAMMARS.ar.group.flatMap((word) => arabicSkeletons(word.trim().replace(/^ال(?=...)/, ''))),
  ].filter((skeleton, i, all) => skeleton.length >= WORD_LETTERS && !skeleton.startsWith('~') && all.indexOf(skeleton) === i);
  // After the article, alone or joined ("el muhajreen", "elmuhajreen"): without it, English words open with
  // the same consonants. Only such words are read by skeleton: a text that passes the gates above is mostly English.
  const found: { from: number; to: number }[] = [];
  let afterArticle = false;
  for (const m of read().matchAll(WORD)) {
    const word = m[0];
    if (afterArticle || ARTICLE.test(word.toLowerCase())) {
      const readings = readingsOf(word);
      const last = readings.at(-1)!;
      if ((afterArticle || readings.length > 1) && (saysArabizi || PLURAL.test(word)) && last.length >= WORD_LETTERS && groupSkeletons.some((group) => last.startsWith(group))) {
        found.push({ from: m.index, to: m.index + word.length });
      }
    }
    afterArticle = isArticle(word);
  }
  return found;
}

