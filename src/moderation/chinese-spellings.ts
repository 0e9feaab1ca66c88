import { COMPONENTS, READ_ALIKE, READING, SYLLABLES } from './chinese-readings.js';
import type { Normalised } from './normalise.js';
import { escapeRegExp } from './regex-literals.js';

/**
 * The ways Mandarin hate hides one character of a word from filters, read back for every word of the
 * grammar rather than for the few a list would spell out:
 * - the character in pinyin ("肮zang", "hei人");
 * - a homophone ("鹅心" for 恶心, "拉鸡" for 垃圾): any common character read the same, tones aside;
 * - the character split into its components, side by side ("忄生" for 性, "歹戋" for 残).
 * One character per word: two changed make another word; but a whole word may be written in pinyin
 * ("la ji", searched near a group word: chineseSoundsFirst). Homophones are not read in words that hold
 * a function character (不是人 → 不是认, as in 不是认真), where a sound-alike is an ordinary phrase.
 * The readings and splits are a dictionary's, for every character of the grammar (chinese-readings.ts).
 */

/**
 * Splits members write that the dictionary's decomposition (COMPONENTS) does not give: 黑 as its top and
 * its fire dots, 蠢 with its two insects apart, 跨 with the foot written whole.
 */
const MORE_COMPONENTS: Readonly<Record<string, readonly string[]>> = { 黑: ['里灬', '㓐灬'], 蠢: ['春虫虫'], 跨: ['足夸', '𧾷夸'], 物: ['牜勿'] };

/** Words with these have ordinary phrases for sound-alikes: negations, "is", "have", particles, pronouns ("我恨", 我很). */
const FUNCTION = /[不没无别非未莫勿是有的了很太都也就还比更最在对把被给让我你他她它们]/u;
/**
 * The most used characters are never read as a homophone: "一类" is "one kind", not 异类; a member who
 * hides a word picks a rarer sound-alike ("鹅心").
 */
const EVERYDAY = new Set('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很老最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化');

export const HAN = /\p{Script=Han}/u;

/**
 * A syllable of pinyin as members type it: any reading of the character, its tone as a digit or not
 * (normalise reads a digit inside a word as a letter: 1 as i, 3 as e, 4 as a, 5 as s; the typo reader
 * may read a 1 as l, "la1" as "lal"), spaced or not.
 */
function syllable(c: string): string | undefined {
  const readings = READING[c];
  return readings && `(?:${readings.map(escapeRegExp).join('|')})${TONE}`;
}
const TONE = '(?:[1-5]|[ieasl])?';
/**
 * syllable() of a character's usual reading (the first), ü typed either way, and the reading members say and type
 * instead where the dictionary lists it second (SAID): not every reading, or 邪恶 "xie e" would also be "xu e", which
 * "tongxue" (classmate) holds.
 */
function mainSyllable(c: string): string | undefined {
  const [main, ...others] = READING[c] ?? [];
  if (!main) return undefined;
  const said = others.filter((r) => r === main.replace(/u/g, 'v') || r === SAID[c]);
  return `(?:${[main, ...said].map(escapeRegExp).join('|')})${TONE}`;
}
/** 谁 is said "shei" far more than the dictionary's "shui". */
const SAID: Readonly<Record<string, string>> = { 谁: 'shei' };

/** A regular expression source for a grammar word and the spellings of it with one character hidden. */
export function chineseSpellings(word: string): string {
  const chars = [...word];
  const alike = !FUNCTION.test(word) && chars.length >= 2;
  const spellings = chars.flatMap((c, i) => {
    if (!HAN.test(c)) return [];
    const sound = chars.length >= 2 ? syllable(c) : undefined;
    const split = [...(COMPONENTS[c] ?? []), ...(MORE_COMPONENTS[c] ?? [])].map(escapeRegExp);
    // A space may set the syllable apart from the characters beside it ("肮 zang"), not from the text around.
    const spaced = sound && `${i > 0 ? '\\s?' : ''}${sound}${i < chars.length - 1 ? '\\s?' : ''}`;
    const others = [...(spaced ? [spaced] : []), ...split];
    const sounds = alike ? soundAlikes(c) : '';
    const [before, after] = [escapeRegExp(chars.slice(0, i).join('')), escapeRegExp(chars.slice(i + 1).join(''))];
    // A homophone first is left to chineseSoundsFirst: an alternative that opens with a class of
    // characters is tried at every position of the text.
    const homophone = sounds && i > 0 ? [`${before}[${sounds}]${after}`] : [];
    return [...(others.length === 0 ? [] : [`${before}(?:${others.join('|')})${after}`]), ...homophone];
  });
  return [escapeRegExp(word), ...spellings].join('|');
}

/**
 * The spellings of a word searched only near a group word, or undefined: its first character a homophone
 * ("鹅心"), and the whole word in pinyin ("la ji", "e4xin1"), since an alternative opening with a class of
 * characters or a Latin letter is tried at every position (over a whole segment they made Mandarin
 * segments that name a group three times as slow to read).
 */
export function chineseSoundsFirst(word: string): string | undefined {
  const [first, ...rest] = [...word];
  if (!first || rest.length === 0) return undefined;
  const sounds = FUNCTION.test(word) ? '' : soundAlikes(first);
  const pinyin = chinesePinyin(word);
  const spellings = [...(sounds ? [`[${sounds}]${escapeRegExp(rest.join(''))}`] : []), ...(pinyin ? [pinyin] : [])];
  return spellings.length > 0 ? spellings.join('|') : undefined;
}

/**
 * A word of two characters or more written wholly in pinyin ("tongxinglian", "la ji"), or undefined: a run
 * of letters of its own, since its syllables are often inside another word's ("xu e" of 邪恶 in "tongxue").
 */
export function chinesePinyin(word: string): string | undefined {
  return [...word].length < 2 ? undefined : pinyinWord(word);
}

/**
 * Any word of the grammar in pinyin, one character too ("bu" for 不), for a text written wholly in pinyin
 * (looksLikePinyin), where a syllable stands for the character it reads; undefined when a character has
 * no reading. Each character by its usual reading only: with every reading, 邪恶 "xie e" is also "yu e",
 * which "yin yue" (music) holds.
 */
export function pinyinWord(word: string): string | undefined {
  const syllables = [...word].map(mainSyllable);
  if (syllables.length === 0 || syllables.some((s) => s === undefined)) return undefined;
  return `(?<![a-z])${syllables.join('\\s?')}(?![a-z])`;
}

/**
 * Pinyin with its tone marks ("nǚrén dōu shì lājī") as the syllables read it, ü kept: a member copying from
 * an input method writes them, and the text model's words and the grammar read the folded text already.
 */
const TONE_MARK = /[\u0300\u0301\u0304\u030c]/g;
const TONED_VOWEL = /[\u00e0-\u01dc]/;
const withoutTones = (lower: string) => (TONED_VOWEL.test(lower) ? lower.normalize('NFD').replace(TONE_MARK, '').normalize('NFC') : lower);

const LONGEST_SYLLABLE = 6;
/** Words a text is judged by: a text of fewer is not told apart from a few English words ("he ran long"). */
const PINYIN_WORDS = 3;
/** Or syllables, in a text of fewer words: pinyin run together ("heirenshilaji"); English words of five are rare ("banana" has three). */
const PINYIN_SYLLABLES = 5;

/**
 * Initials that name something else: a company, a bank or a trade right after them ("sb公司", "NMB银行", "CNM助产士"), or
 * the word asked about ("nmsl是什么意思").
 */
export const ZH_INITIALS_NAME_NOTHING = '(?![a-z0-9]|\\s*(?:公司|集团|银行|医院|大学|学院|协会|组织|助产士|护士|证书|认证|的|是什么意思|什么意思|是啥意思|啥意思|的意思))';
/**
 * The initials members write for the commonest abuse (傻逼 "sb", 垃圾 "lj", 你妈死了 "nmsl"...), read as its syllables
 * only in Mandarin: among characters or in a text of pinyin (inSyllables). Beside English they are other words ("ask
 * sb", "LJ Smith", a CNM is a nurse-midwife, TMD a jaw disorder, NMB a bank).
 */
export const INITIALISMS: ReadonlyMap<string, string> = new Map([
  ['sb', 'sha bi'], ['lj', 'la ji'], ['nmsl', 'ni ma si le'], ['cnm', 'cao ni ma'], ['tmd', 'ta ma de'], ['nmb', 'ni ma bi'], ['rnm', 'ri ni ma'],
]);

/**
 * Whether a text with no Han character is Mandarin written in pinyin ("ni men dou shi la ji", "tamen4
 * shi laji"): three words or more, each made of syllables (a tone digit after any), judged by its first
 * four words and then by all (a fifth may be a name or an English word). Most texts fail on a first word.
 */
export function looksLikePinyin(text: string): boolean {
  // The hate detector asks of each segment two or three times (the role it reads with, the grammars read among Latin letters).
  if (text !== lastAsked) {
    lastAsked = text;
    lastAnswer = readsAsPinyin(text);
  }
  return lastAnswer;
}
let lastAsked: string | undefined;
let lastAnswer = false;

const WORD = /[\p{L}\p{N}]+/gu;
function readsAsPinyin(text: string): boolean {
  const byAscii = asciiVerdict(text);
  if (byAscii !== undefined) return byAscii;
  TALLY.reset();
  const lower = withoutTones(text.toLowerCase());
  // exec on one expression: matchAll copies its expression first, which cost more than reading the one or
  // two words an English text is told by.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) if (!TALLY.counts(m[0])) return false;
  return TALLY.verdict();
}

/**
 * readsAsPinyin's verdict read from the text's ASCII alone: by its words up to the first that fails it, or by every
 * word of a text all ASCII; undefined where a character beyond ASCII comes first. Lower case and tone folding change
 * no ASCII letter, and a word ending at an ASCII sign ends there in the folded text too (no tone mark composes with a
 * sign into a letter): so most texts, told by a first English word, are not lower-cased and folded whole.
 */
function asciiVerdict(text: string): boolean | undefined {
  TALLY.reset();
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) >= 0x80) return undefined;
    if (!isAsciiLetterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < text.length && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
    if (i < text.length && text.charCodeAt(i) >= 0x80) return undefined;
    if (!TALLY.counts(text.slice(from, i).toLowerCase())) return false;
  }
  return TALLY.verdict();
}
const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** A text's words counted toward readsAsPinyin's verdict, one lower-cased word at a time. */
class PinyinTally {
  private words = 0;
  private syllables = 0;
  private others = 0;

  reset(): void {
    this.words = this.syllables = this.others = 0;
  }

  /** Counts a word (numbers are not counted); false once the text cannot read as pinyin, whatever follows. */
  counts(word: string): boolean {
    if (/^[0-9]+$/.test(word)) return true;
    this.words++;
    const count = syllablesIn(word) || (INITIALISMS.has(word) ? 1 : 0);
    this.syllables += count;
    if (count > 0) return true;
    this.others++;
    return this.words > 4 && this.others * 5 <= this.words;
  }

  verdict(): boolean {
    return (this.words >= PINYIN_WORDS || this.syllables >= PINYIN_SYLLABLES) && this.others * 5 <= this.words;
  }
}
const TALLY = new PinyinTally();

/**
 * The syllables as a trie over the letters a to z (492 nodes, 26 KB): next[node * 26 + letter] is the
 * node after it (0 for none; node 0 is the root), syllable[node] whether a syllable ends there. A word's
 * syllables are walked letter by letter, no piece of it cut out to look up.
 */
const SYLLABLE_TRIE = (() => {
  const next: number[] = new Array<number>(26).fill(0);
  const syllable: number[] = [0];
  for (const s of SYLLABLES) {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const at = node * 26 + s.charCodeAt(i) - 97;
      if (next[at] === 0) {
        next[at] = syllable.push(0) - 1;
        next.push(...new Array<number>(26).fill(0));
      }
      node = next[at]!;
    }
    syllable[node] = 1;
  }
  return { next: Int16Array.from(next), syllable: Uint8Array.from(syllable) };
})();
/** A letter's number in the trie (ü typed as v), or -1 for a character no syllable has. */
const letterOf = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c === 0xfc ? 21 : -1);
/**
 * fewest[i]: one more than the fewest syllables a word's first i characters are made of, 0 where they are made of none;
 * after[i]: where the last of those syllables starts (both reused: one word is read at a time).
 */
let fewest = new Uint8Array(64);
let after = new Int32Array(64);
/** The longest word read for its syllables (fewest counts in a byte). */
const LONGEST_RUN = 200;

/**
 * How many pinyin syllables a word is run together of, each with or without its tone digit ("tongxinglian" 3,
 * "la1ji1" 2), the fewest it can be read as ("xian" one, not xi an); 0 for a word that is none.
 */
function syllablesIn(word: string): number {
  const { next, syllable } = SYLLABLE_TRIE;
  const n = word.length;
  if (n > LONGEST_RUN) return 0;
  if (fewest.length < n + 2) [fewest, after] = [new Uint8Array(2 * n + 2), new Int32Array(2 * n + 2)];
  fewest.fill(0, 0, n + 2);
  fewest[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!fewest[i]) continue;
    for (let j = i, node = 0; j < n && j < i + LONGEST_SYLLABLE; j++) {
      const letter = letterOf(word.charCodeAt(j));
      if (letter < 0 || (node = next[node * 26 + letter]!) === 0) break;
      if (!syllable[node]) continue;
      // The syllable ends here, or after its tone digit.
      reachFrom(i, j + 1);
      if (j + 1 < n && word.charCodeAt(j + 1) >= 49 && word.charCodeAt(j + 1) <= 53) reachFrom(i, j + 2);
    }
  }
  return fewest[n] === 0 ? 0 : fewest[n]! - 1;
}
/** A syllable from start to end: the fewest to end counted through it where that is fewer. */
function reachFrom(start: number, end: number): void {
  if (fewest[end] !== 0 && fewest[start]! + 1 >= fewest[end]!) return;
  fewest[end] = fewest[start]! + 1;
  after[end] = start;
}
/** Whether a word is pinyin syllables run together ("tongxinglian", "la1ji1"). */
const spellsSyllables = (word: string) => syllablesIn(word) > 0;

/** Where a word's syllables start after its first (syllablesIn), in order; empty for a word of one or none. */
function syllableStarts(word: string): number[] {
  const starts: number[] = [];
  if (syllablesIn(word) < 2) return starts;
  for (let at = after[word.length]!; at > 0; at = after[at]!) starts.unshift(at);
  return starts;
}

/** The characters a member may write for `c`: rarer ones read as it is read first, none of them a function word. */
function soundAlikes(c: string): string {
  const reading = READING[c]?.[0];
  return [...((reading && READ_ALIKE[reading]) ?? '')].filter((s) => s !== c && !EVERYDAY.has(s) && !FUNCTION.test(s)).join('');
}

/** Whether a text holds a Latin word of two letters or more made of pinyin syllables ("黑人是la ji"), or initials ("黑人都是lj"). */
const LATIN_WORD = /[a-z][a-z0-9]+/g;
export function holdsPinyin(text: string): boolean {
  const lower = withoutTones(text.toLowerCase());
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(lower); m; m = LATIN_WORD.exec(lower)) if (spellsSyllables(m[0]) || INITIALISMS.has(m[0])) return true;
  return false;
}

/** A run of Latin letters and digits, read where it starts (sticky). */
const LATIN_RUN = /[a-z0-9]+/y;

/**
 * Mandarin written partly in characters and partly in pinyin, read all in pinyin: each character of the
 * grammar's words as its usual syllable, set apart by spaces ("跨xing4 bie2者" reads "kua xing4 bie2 zhe"),
 * so that a word the grammar knows is found however many of its characters are spelt out
 * (pinyinWord). Pinyin run together is set apart into its syllables too ("heirenshilaji" reads "hei ren shi
 * la ji"), and initials are read as what they stand for ("lj" as "la ji"). Other characters stay as they are.
 * Each new letter keeps the span of the character it reads, for evidence; one pass, a table lookup a character.
 */
export function inSyllables(n: Normalised): Normalised {
  let text = '';
  // The last character put, kept apart: reading text[text.length - 1] would flatten the string being built, every
  // character (quadratic: 1 MB of "我 yao " took 90 s).
  let last = '';
  const start: number[] = [];
  const end: number[] = [];
  const put = (c: string, k: number) => {
    text += c;
    last = c;
    start.push(n.start[k]!);
    end.push(n.end[k]!);
  };
  for (let k = 0; k < n.text.length; k++) {
    // A run is taken whole where it starts, so k never lands inside one.
    LATIN_RUN.lastIndex = k;
    const run = LATIN_RUN.exec(n.text)?.[0];
    if (run !== undefined) {
      // A Latin word, whole: its initials' syllables on its span, or its syllables apart.
      const initials = INITIALISMS.get(run);
      if (initials !== undefined) for (const c of initials) put(c, k);
      else {
        // Split as the member wrote it: normalise reads a tone digit as a letter ("xing4" as "xinga", xin ga).
        const written = n.original.slice(n.start[k], n.end[k + run.length - 1]).toLowerCase();
        const starts = new Set(written.length === run.length ? syllableStarts(written) : []);
        for (let i = 0; i < run.length; i++) {
          if (starts.has(i)) put(' ', k + i);
          put(run[i]!, k + i);
        }
      }
      k += run.length - 1;
      continue;
    }
    const reading = READING[n.text[k]!]?.[0];
    if (reading === undefined) {
      put(n.text[k]!, k);
      continue;
    }
    if (text.length > 0 && last !== ' ') put(' ', k);
    for (const c of reading) put(c, k);
    put(' ', k);
  }
  return { text, original: n.original, start: Int32Array.from(start), end: Int32Array.from(end) };
}
