import { HAN, INITIALISMS, looksLikePinyin, pinyinWord, ZH_INITIALS_NAME_NOTHING } from './chinese-spellings.js';
import { applyFixes, type Fix } from './correct-typos.js';
import { firstCharacters } from './first-characters.js';
import type { Normalised } from './normalise.js';
import { escapeRegExp } from './regex-literals.js';
import { END, ID, MemoByWordId, START, STRIDE, type WordReading } from './segment-words.js';

/**
 * Mandarin swearing and names for a person written in pinyin, with or without tones and spaces ("sha bi",
 * "shǎbī", "caonima", "wang ba dan"), read back as their characters, so that every rule and lexicon that
 * knows the characters reads them (the member who writes 傻逼 and the one who writes "shabi" say the same).
 * A word of three syllables or more is read anywhere: no name or English word is three of its syllables.
 * One of two, and the initials members write for them ("sb", not "sb公司", a company), only in a Mandarin text (characters, or
 * pinyin throughout: looksLikePinyin): beside English they are names ("Sha Li", "Rachel Shabi", "SB Dunks").
 */
const ABUSE = [
  '傻逼', '王八蛋', '操你妈', '你妈的', '他妈的', '你妈逼', '你妈死了', '去死', '混蛋', '白痴', '脑残', '贱人', '废物', '婊子', '畜生', '杂种',
  // The slurs for a group whose pinyin is no other common word (not 人妖 "ren yao", people want; 残废 "can fei", a meal fee;
  // 支那 "zhi na", only take; 穆狗 "mu gou", a female dog; 黑奴 "hei nu", history's slaves; 基佬 "ji lao", in "Ji laoshi").
  '黑鬼', '死基佬', '娘炮', '犹太猪', '白皮猪', '黑皮猪',
];

/** Each word's pinyin (pinyinWord) as a capture group, the longest first; the initials after them. */
const WORDS = ABUSE.filter((word) => pinyinWord(word) !== undefined).sort((a, b) => b.length - a.length);
const INITIALS = [...INITIALISMS].flatMap(([initials, syllables]) => {
  const word = WORDS.find((w) => [...w].length === syllables.split(' ').length && new RegExp(`^(?:${pinyinWord(w)})$`).test(syllables));
  return word === undefined ? [] : [[initials, word] as const];
});
const READ_PARTS = [...WORDS.map((word) => `(${pinyinWord(word)!})`), `(?<![a-z0-9])(${INITIALS.map(([initials]) => initials).join('|')})${ZH_INITIALS_NAME_NOTHING}`];
const READ = new RegExp(READ_PARTS.join('|'), 'g');

/**
 * A word where a match of READ may start, tried on the word alone: a superset. A match starts at a letter a-z, so
 * inside a word (a run of letters and digits), and goes past the word's end only where a `\s?` between syllables
 * takes the space after it (nothing else in READ matches what parts two words); so each `\s?` may also end the word
 * here. The look-arounds read the word alone as they read the text, or see less.
 */
const MAY_START = new RegExp(READ_PARTS.map((part) => {
  const syllables = part.split('\\s?');
  return syllables.join('(?:$|') + ')'.repeat(syllables.length - 1);
}).join('|'));
/** Per word id, whether MAY_START finds something in the word: 1 yes, 0 no. */
const MAY_START_IN = new MemoByWordId((text, from, to) => (MAY_START.test(text.slice(from, to)) ? 1 : 0));
/** READ tried at one place only: at the places of the words MAY_START lets by, which are all a match may start at. */
const READ_AT = new RegExp(READ.source, 'y');

/**
 * The same words, and slurs whose pinyin alone is another word's, with one character in pinyin among the others ("hei鬼",
 * "傻bi", "基lao"): the characters beside the syllable say it is that word (not 人妖, whose "人yao" is 人要, people want;
 * 穆狗, whose "mu狗" is 母狗, a female dog; nor 阿三, whose "a三" is a list's). One expression, led by a look-ahead for the
 * characters its words begin with (firstCharacters), so that a long text is read in one linear pass.
 */
const HALF_WRITTEN_WORDS = [...WORDS, '基佬', '残废', '支那', '黑奴', '二椅子', '小日本'];
const HALF_WRITTEN_SOURCES = HALF_WRITTEN_WORDS.map((word) => {
  const chars = [...word];
  const spellings = chars.flatMap((c, i) => {
    const syllable = pinyinWord(c);
    return syllable === undefined ? [] : [escapeRegExp(chars.slice(0, i).join('')) + syllable + escapeRegExp(chars.slice(i + 1).join(''))];
  });
  return `(${spellings.join('|')})`;
});
const HALF_WRITTEN = (() => {
  const source = HALF_WRITTEN_SOURCES.join('|');
  const first = firstCharacters(source);
  return new RegExp(first === undefined ? source : `(?=[${first}])(?:${source})`, 'gu');
})();
/** A Han character beside a Latin letter: where a word half in pinyin may be. */
const HAN_BESIDE_LATIN = /\p{Script=Han}[a-z]|[a-z]\p{Script=Han}/u;

/**
 * n with the pinyin of Mandarin abuse read as its characters (see above); n itself when there is none. `words`, when
 * given, is a reading (segment-words.ts): when it is of n's text and no word of it may start a match, READ does not
 * search the text (4-5 µs an openai row), each word asked once by id.
 */
export function readPinyinAbuse(n: Normalised, words?: WordReading): Normalised {
  const reading = words !== undefined && words.text === n.text ? words : undefined;
  if (reading !== undefined && !mayStartIn(reading) && !HAN_BESIDE_LATIN.test(n.text)) return n;
  const fixes = pinyinAbuseIn(n, reading);
  return fixes.length === 0 ? n : applyFixes(n, fixes);
}

function mayStartIn({ text, words, count }: WordReading): boolean {
  for (let k = 0; k < count * STRIDE; k += STRIDE) if (MAY_START_IN.of(words[k + ID]!, text, words[k + START]!, words[k + END]!) === 1) return true;
  return false;
}

/**
 * The member's own text with the pinyin of Mandarin abuse written as its characters, for the lexicons, which
 * read that text rather than the rules' reading; undefined when there is none.
 */
export function originalWithPinyinAbuse(n: Normalised): string | undefined {
  const fixes = pinyinAbuseIn(n);
  if (fixes.length === 0) return undefined;
  let text = '';
  let at = 0;
  for (const { from, to, word } of fixes) {
    text += n.original.slice(at, n.start[from]) + word;
    at = n.end[to - 1]!;
  }
  return text + n.original.slice(at);
}

/**
 * READ's matches in text, in order. Given a reading of text, READ is tried only at each place of a word that MAY_START
 * lets by, from the end of the last match on: the places a match may start (4-5 µs an openai row searched whole, where
 * the gate's words are nearly all "you").
 */
function matchesOfRead(text: string, reading: WordReading | undefined): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (reading === undefined) {
    READ.lastIndex = 0;
    for (let m = READ.exec(text); m; m = READ.exec(text)) found.push(m);
    return found;
  }
  const { words, count } = reading;
  let after = 0;
  for (let k = 0; k < count * STRIDE; k += STRIDE) {
    const to = words[k + END]!;
    if (to <= after || MAY_START_IN.of(words[k + ID]!, text, words[k + START]!, to) === 0) continue;
    for (let at = Math.max(words[k + START]!, after); at < to; at++) {
      READ_AT.lastIndex = at;
      const m = READ_AT.exec(text);
      if (m === null) continue;
      found.push(m);
      after = READ_AT.lastIndex;
      at = after - 1;
    }
  }
  return found;
}

/** Where n.text spells Mandarin abuse in pinyin, in order, each with its characters; `reading`, when given, is n.text's. */
function pinyinAbuseIn(n: Normalised, reading?: WordReading): Fix[] {
  let mandarin: boolean | undefined;
  const fixes: Fix[] = [];
  for (const m of matchesOfRead(n.text, reading)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const initials = group > WORDS.length;
    const word = initials ? INITIALS.find(([written]) => written === m[0])![1] : WORDS[group - 1]!;
    if (initials || [...word].length < 3) {
      // Tone marks are folded in n.text, tone digits kept in the original ("shǎbī", "sha3bi1").
      mandarin ??= HAN.test(n.text) || looksLikePinyin(n.original) || looksLikePinyin(n.text);
      if (!mandarin) continue;
    }
    fixes.push({ from: m.index, to: m.index + m[0].length, word });
  }
  return HAN_BESIDE_LATIN.test(n.text) ? withHalfWritten(n.text, fixes) : fixes;
}

/** fixes with the words half in pinyin (HALF_WRITTEN) that none of them overlaps, in order. */
function withHalfWritten(text: string, fixes: readonly Fix[]): Fix[] {
  const half: Fix[] = [];
  HALF_WRITTEN.lastIndex = 0;
  for (let m = HALF_WRITTEN.exec(text); m; m = HALF_WRITTEN.exec(text)) {
    const [from, to] = [m.index, m.index + m[0].length];
    // Wholly in characters is no spelling: the lexicons read it as it is.
    if (!/[a-z]/.test(m[0]) || fixes.some((f) => f.from < to && from < f.to)) continue;
    half.push({ from, to, word: HALF_WRITTEN_WORDS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]! });
  }
  return half.length === 0 ? [...fixes] : [...fixes, ...half].sort((a, b) => a.from - b.from);
}
