import { COMPONENTS, READ_ALIKE, READING } from '../../src/moderation/chinese-readings.js';

/**
 * Seeded disguises of a line, the ways members spell hate past a filter (issue 17): digits and signs for
 * letters in any word, a letter dropped or two swapped in any word, spaces taken out between words; Mandarin
 * with a character in pinyin (with its tone marks or not), split into its components or swapped for a
 * homophone; Arabic in Arabizi. Each takes the line and a random source, so a probe is the same on every run.
 */
export type Disguise = (line: string, random: () => number) => string;

/** mulberry32: a small seeded generator, the same numbers for the same seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** The line with `count` of its words of four letters or more (chosen at random) changed by `change`. */
function inWords(line: string, random: () => number, count: number, change: (word: string) => string): string {
  const words = line.split(' ');
  const long = words.flatMap((w, i) => ([...w].filter(isLetter).length >= 4 ? [i] : []));
  const chosen = new Set<number>();
  for (let k = 0; k < count && long.length > 0; k++) chosen.add(pick(random, long));
  return words.map((w, i) => (chosen.has(i) ? change(w) : w)).join(' ');
}

/** The signs leetspeak writes for a letter, each letter's commonest first. */
const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'], b: ['8'], e: ['3', '€'], g: ['9'], i: ['1', '!'], l: ['1', '|'], o: ['0'], s: ['5', '$'], t: ['7', '+'],
};
/** A word with its letters written as signs: every one a sign stands for, or each at random. */
const leetWord = (word: string, random: () => number, every: boolean) =>
  [...word].map((c) => { const signs = LEET[c.toLowerCase()]; return signs && (every || random() < 0.6) ? pick(random, signs) : c; }).join('');

/** A word with one letter inside it dropped, or two neighbouring letters inside it swapped. */
function dropOne(word: string, random: () => number): string {
  const cs = [...word];
  const at = cs.flatMap((c, i) => (i > 0 && isLetter(c) ? [i] : []));
  if (at.length > 0) cs.splice(pick(random, at), 1);
  return cs.join('');
}
function swapTwo(word: string, random: () => number): string {
  const cs = [...word];
  const at = cs.flatMap((c, i) => (i > 0 && isLetter(c) && isLetter(cs[i + 1]) && c !== cs[i + 1] ? [i] : []));
  if (at.length === 0) return word;
  const i = pick(random, at);
  [cs[i], cs[i + 1]] = [cs[i + 1]!, cs[i]!];
  return cs.join('');
}
/** The line with `count` + 1 neighbouring words run together at a random place (all of them when there are fewer). */
function runTogether(line: string, random: () => number, count: number): string {
  const words = line.split(' ');
  if (words.length <= count + 1) return words.join('');
  const at = Math.floor(random() * (words.length - count));
  return [...words.slice(0, at), words.slice(at, at + count + 1).join(''), ...words.slice(at + count + 1)].join(' ');
}

/** The disguises of words in Latin letters (and, those that need no Latin, of Devanagari). */
export const LETTER_DISGUISES: Readonly<Record<string, Disguise>> = {
  'leet, one word': (line, r) => inWords(line, r, 1, (w) => leetWord(w, r, true)),
  'leet, two words': (line, r) => inWords(line, r, 2, (w) => leetWord(w, r, false)),
  'leet, every word': (line, r) => line.split(' ').map((w) => leetWord(w, r, false)).join(' '),
  'a letter dropped': (line, r) => inWords(line, r, 1, (w) => dropOne(w, r)),
  'a letter dropped in two words': (line, r) => inWords(line, r, 2, (w) => dropOne(w, r)),
  'two letters swapped': (line, r) => inWords(line, r, 1, (w) => swapTwo(w, r)),
  'two words run together': (line, r) => runTogether(line, r, 1),
  'three words run together': (line, r) => runTogether(line, r, 2),
  'no spaces': (line) => line.replace(/ /g, ''),
};

const readAt = (cs: readonly string[]) => cs.flatMap((c, i) => (READING[c] ? [i] : []));
/** A pinyin syllable with its tone mark, on the vowel that takes it (a, e, the o of "ou", else the last vowel). */
function toned(syllable: string, tone: number): string {
  const marks = ['\u0304', '\u0301', '\u030c', '\u0300'];
  const at = /a|e|ou/.exec(syllable)?.index ?? Math.max(...[...'iouv'].map((v) => syllable.lastIndexOf(v)));
  const written = syllable.replace('v', 'ü');
  return at < 0 ? written : (written.slice(0, at + 1) + marks[tone] + written.slice(at + 1)).normalize('NFC');
}
/** The disguises of Mandarin. */
export const MANDARIN_DISGUISES: Readonly<Record<string, Disguise>> = {
  'a character in pinyin': (line, r) => { const cs = [...line]; const at = readAt(cs); if (at.length) { const i = pick(r, at); cs[i] = READING[cs[i]!]![0]!; } return cs.join(''); },
  'two characters in pinyin': (line, r) => { const cs = [...line]; const at = readAt(cs).filter((i) => READING[cs[i + 1]!]); if (at.length) { const i = pick(r, at); cs[i] = READING[cs[i]!]![0]!; cs[i + 1] = READING[cs[i + 1]!]![0]!; } return cs.join(''); },
  'all in pinyin': (line) => [...line].map((c) => (READING[c] ? `${READING[c]![0]} ` : c)).join('').trim(),
  'all in pinyin, tone marks': (line, r) => [...line].map((c) => (READING[c] ? `${toned(READING[c]![0]!, Math.floor(r() * 4))} ` : c)).join('').trim(),
  'a character in its components': (line, r) => { const cs = [...line]; const at = cs.flatMap((c, i) => (COMPONENTS[c] ? [i] : [])); if (at.length) { const i = pick(r, at); cs[i] = COMPONENTS[cs[i]!]![0]!; } return cs.join(''); },
  'a homophone': (line, r) => {
    const cs = [...line];
    const alikes = (c: string) => [...(READ_ALIKE[READING[c]?.[0] ?? ''] ?? '')].filter((h) => h !== c);
    const at = cs.flatMap((c, i) => (alikes(c).length ? [i] : []));
    if (at.length) { const i = pick(r, at); cs[i] = pick(r, alikes(cs[i]!)); }
    return cs.join('');
  },
};

/** Arabic letters as Arabizi writes them, Egyptian and Levantine (7 for ح, 3 for ع, 2 for ق and ء) and Gulf (5 for خ, q, th). */
const ARABIZI: readonly Readonly<Record<string, string>>[] = [
  { ا: 'a', أ: 'a', إ: 'e', آ: 'a', ء: '2', ؤ: '2', ئ: '2', ب: 'b', ت: 't', ث: 's', ج: 'g', ح: '7', خ: 'kh', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '3', غ: 'gh', ف: 'f', ق: '2', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a' },
  { ا: 'a', أ: 'a', إ: 'e', آ: 'a', ء: '2', ؤ: '2', ئ: '2', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: '7', خ: '5', د: 'd', ذ: 'th', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: '6', ظ: 'th', ع: '3', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a' },
];
const LONG_VOWEL: Readonly<Record<string, string>> = { ا: 'a', و: 'oo', ي: 'ee', ى: 'a' };
/** A word in Arabizi: the article as "el", a short vowel now and then between two consonants, long vowels as Arabizi doubles them. */
function arabiziWord(word: string, letters: Readonly<Record<string, string>>, random: () => number): string {
  const cs = [...word.replace(/^ال/, '')];
  const body = cs.map((c, i) => {
    const inside = i > 0 && i < cs.length - 1;
    if (inside && LONG_VOWEL[c]) return LONG_VOWEL[c];
    const next = cs[i + 1];
    const vowel = next !== undefined && !LONG_VOWEL[next] && !LONG_VOWEL[c] && next !== 'ة' && random() < 0.5 ? pick(random, ['a', 'e', 'i', 'o']) : '';
    return (letters[c] ?? c) + vowel;
  }).join('');
  return word.startsWith('ال') ? `el ${body}` : body;
}
/** The disguises of Arabic. */
export const ARABIC_DISGUISES: Readonly<Record<string, Disguise>> = {
  'Arabizi, Egyptian': (line, r) => line.split(' ').map((w) => arabiziWord(w, ARABIZI[0]!, r)).join(' '),
  'Arabizi, Gulf': (line, r) => line.split(' ').map((w) => arabiziWord(w, ARABIZI[1]!, r)).join(' '),
  'a letter dropped': LETTER_DISGUISES['a letter dropped']!,
  'two letters swapped': LETTER_DISGUISES['two letters swapped']!,
  'two words run together': LETTER_DISGUISES['two words run together']!,
};

/** A line with its words marked in braces ("Ich hasse {Muslime}"), the `which`th changed by `change` (every one without `which`), the braces taken out. */
function inMarked(line: string, change: (word: string) => string, which?: number): string {
  let k = 0;
  return line.replace(/\{([^}]+)\}/g, (_, word: string) => (which === undefined || k++ === which ? change(word) : word));
}
/** The letters of a word other than the first and last, by place. */
const insideLetters = (cs: readonly string[]) => cs.flatMap((c, i) => (i > 0 && i < cs.length - 1 && isLetter(c) ? [i] : []));
/** The word with its letter dropped at `share` of the way through its inside letters. */
function droppedAt(word: string, share: number): string {
  const cs = [...word];
  const at = insideLetters(cs);
  if (at.length > 0) cs.splice(at[Math.floor(share * at.length)]!, 1);
  return cs.join('');
}
/** The word with its two inside letters swapped at `share` of the way through (never two alike). */
function swappedAt(word: string, share: number): string {
  const cs = [...word];
  const at = insideLetters(cs).filter((i) => isLetter(cs[i + 1]) && i + 1 < cs.length - 1 && cs[i] !== cs[i + 1]);
  if (at.length === 0) return word;
  const i = at[Math.floor(share * at.length)]!;
  [cs[i], cs[i + 1]] = [cs[i + 1]!, cs[i]!];
  return cs.join('');
}
/** Leetspeak of the vowels ("n3gr0s") or of the consonants signs stand for ("mu5lim5", "f|üchtlinge"). */
const VOWEL_SIGNS: Readonly<Record<string, string>> = { a: '4', e: '3', i: '1', o: '0' };
const CONSONANT_SIGNS: Readonly<Record<string, string>> = { s: '5', l: '1', t: '7', a: '@', b: '8' };
const signsFor = (signs: Readonly<Record<string, string>>) => (word: string) => [...word].map((c) => signs[c.toLowerCase()] ?? c).join('');

/** A disguise of one marked word of a line (the `which`th), as members hide the word a filter looks for. */
export type WordDisguise = (line: string, which: number) => string;
/** The disguises of a line whose group name and hate word are marked in braces, one marked word at a time. */
export const MARKED_DISGUISES: Readonly<Record<string, WordDisguise>> = {
  'leet, vowels': (line, which) => inMarked(line, signsFor(VOWEL_SIGNS), which),
  'leet, consonants': (line, which) => inMarked(line, signsFor(CONSONANT_SIGNS), which),
  'a letter dropped, early': (line, which) => inMarked(line, (w) => droppedAt(w, 0.25), which),
  'a letter dropped, late': (line, which) => inMarked(line, (w) => droppedAt(w, 0.75), which),
  'two letters swapped, early': (line, which) => inMarked(line, (w) => swappedAt(w, 0.25), which),
  'two letters swapped, late': (line, which) => inMarked(line, (w) => swappedAt(w, 0.75), which),
};

/** A marked line as it is written, undisguised. */
export const unmarked = (line: string) => inMarked(line, (w) => w);
/** How many words of a line are marked. */
export const markedCount = (line: string) => line.match(/\{[^}]+\}/g)?.length ?? 0;
/** A line run together, as members write one without spaces ("ihatemuslims"): lower case or as written. */
export const RUN_TOGETHER: Readonly<Record<string, (line: string) => string>> = {
  'spaces deleted': (line) => line.replace(/ /g, ''),
  'spaces deleted, lower case': (line) => line.replace(/ /g, '').toLowerCase(),
};
