import type { Language } from './language.js';
import { foldArabic } from '../fold-arabic.js';
import { END, FNV_OFFSET, FNV_PRIME, ID, MemoByWordId, START, STRIDE, type WordReading } from '../segment-words.js';

/** What a lexicon word means on its own: swearing and obscenity, or a slur against a group. */
export type LexiconCategory = 'profanity' | 'slur';

/** One lexicon: its language and the terms it lists, already curated (see curation.ts). */
export interface Lexicon {
  lang: Language;
  /** Whole words or phrases (a phrase is matched word by word). */
  terms: readonly string[];
  /** Terms that are slurs (a subset of terms). */
  slurs: readonly string[];
  /** Word beginnings that match any word they start (inflected and compound forms). */
  stems: readonly string[];
  /** Innocent words a stem or masked spelling would otherwise hit ("ficksche", "hoera"). */
  allow: readonly string[];
  /**
   * Terms that are ordinary words in another supported language (Dutch "nicht", French "con"):
   * matched only in text known to be in this lexicon's language.
   */
  strict: readonly string[];
}

export interface LexiconHit {
  lang: Language;
  /** The lexicon entry matched (a stem for stem matches). */
  term: string;
  category: LexiconCategory;
  /** Offsets of the matched words in the text given, and the text there. */
  start: number;
  end: number;
  text: string;
}

interface Token {
  /** Folded for lookup: NFKC, lower case, accents of Latin and Cyrillic letters removed. */
  key: string;
  start: number;
  end: number;
  /** Digits or symbols stood for letters ("sh1t", "f*ck"): the key is a reading, `*` for an unknown letter. */
  masked: boolean;
  /** The key with letters stretched for effect ("fuuuuck") read once. */
  unstretched: string;
}

interface Entry {
  lang: Language;
  term: string;
  category: LexiconCategory;
  /** Folded words of the term. */
  words: string[];
  strict: boolean;
}

export interface CompiledLexicons {
  /** First folded word -> entries starting with it. */
  byFirst: Map<string, Entry[]>;
  /**
   * Of a long byFirst list, its entries' places by their second word ('' for single words), made when the
   * word is first met: a frame's first word ("eres", "voor", "per") starts thousands of entries, and a word
   * is compared only with those whose second word follows it.
   */
  bySecond: Map<string, Map<string, number[]>>;
  /** Single-word entries by length, for masked words. */
  byLength: Map<number, Entry[]>;
  stems: { stem: string; entry: Entry }[];
  /**
   * Indices into `stems`, ascending, by a stem's first `stemHead` code units (the shortest stem's
   * length): a word can start only with the stems filed under its own first units, so it is compared
   * with a handful of stems, not with all of them.
   */
  stemsByHead: Map<string, number[]>;
  stemHead: number;
  /**
   * Quick noes before the look-ups above, asked for every word: shapes[shapeOf(word, word.length)] is 1
   * when some entry's first word may be this one, and shapes[shapeOf(word, stemHead)] when some stem's
   * head may begin it. Different words share a shape, so a 1 only says "look it up".
   */
  shapes: Uint8Array;
  /** Entries in scripts written without spaces (Chinese, Japanese): matched inside words. */
  unspaced: Entry[];
  allow: Map<Language, Set<string>>;
  /** Allowed phrases and unspaced words ("spotted dick", "妈妈的"): a hit inside one is no hit. */
  allowCover: Map<Language, string[]>;
  /** nextCandidate's tables, by the lexicon left out (made when first asked). */
  gates: Map<Language | undefined, Gate>;
  /** What a masked word may spell, by its first character (maskableFrom). */
  maskable: Map<string, Maskable>;
}

/** Of the single-word entries (byLength) and the stems, those a masked word may spell, in their order. */
interface Maskable {
  byLength: Map<number, Entry[]>;
  stems: { stem: string; entry: Entry }[];
}

const ASCII = /^[\x00-\x7f]*$/;
/** ASCII, and signs that NFKC, lower case, NFD and NFC each leave as they are: – — ‘ ’ “ ” « » · •. */
const ASCII_OR_SIGNS = /^[\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d\u00ab\u00bb\u00b7\u2022]*$/;
const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/;
const MARK = /\p{M}/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** UNSPACED's quick no: every character of those scripts is U+2E80 or above (an astral one is a surrogate pair). */
const MAY_BE_UNSPACED = /[\u2e80-\uffff]/;
/**
 * MASKED and LETTER on ASCII words, where \p{L} is [A-Za-z], \p{N} is [0-9] and \p{M} is nothing: the same
 * matches, without the Unicode tables (most words are ASCII, even in texts that are not).
 */
const MASKED = /[\p{N}*#@$!]/u;
const ASCII_MASKED = /[0-9*#@$!]/;
const LETTER = /\p{L}/u;
const ASCII_LETTER = /[A-Za-z]/;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '#': '*' };

/** NFKC, lower case, and accents off Latin and Cyrillic letters, so "Cabrón" and "cabron" meet. */
export function fold(text: string): string {
  // ASCII is its own NFKC, NFD and NFC form and carries no marks: lower case is all the fold does to it. So are the
  // quote marks, dashes and dots ASCII_OR_SIGNS allows, which compose with nothing (curly quotes are all that is
  // beyond ASCII in a sixth of the openai rows' texts folded so).
  if (ASCII_OR_SIGNS.test(text)) return text.toLowerCase();
  const decomposed = text.normalize('NFKC').toLowerCase().normalize('NFD');
  // Most texts beyond ASCII (curly quotes, emoji) carry no accent to take off.
  return (MARK.test(decomposed) ? decomposed.replace(/([\p{Script=Latin}\p{Script=Cyrillic}])\p{M}+/gu, '$1') : decomposed).normalize('NFC');
}

/**
 * The lexicons' keys and the words read against them: fold, and the Arabic letters foldArabic reads as one ("أنت" and
 * "انت", "قحبة" and "قحبه" meet), so no Arabic entry needs writing each way.
 */
const foldKey = (text: string) => (ASCII.test(text) ? text.toLowerCase() : foldArabic(fold(text)));

/** The keys of a text's words, as the matcher reads them, folded with `foldWord` (foldKey or a memo of it). */
function keysOf(text: string, foldWord: (text: string) => string): string[] {
  const keys: string[] = [];
  for (const w = new Words(text); w.next(); ) keys.push(tokenAt(text, w.start, w.end, w.ascii, false, foldWord).key);
  return keys;
}

/** The token of source.slice(start, end), a word Words found; `lower`: the source is lower case already. */
function tokenAt(source: string, start: number, end: number, asciiWord: boolean, lower: boolean, foldWord = foldKey): Token {
  const word = asciiWord ? (lower ? source.slice(start, end) : source.slice(start, end).toLowerCase()) : withoutTatweel(foldWord(source.slice(start, end)));
  const masked = asciiWord ? ASCII_MASKED.test(word) && ASCII_LETTER.test(word) : MASKED.test(word) && LETTER.test(word);
  const key = masked ? [...word].map((c) => LEET[c] ?? c).join('') : word;
  const unstretched = (asciiWord ? stretchedAscii(key) : stretched(key)) ? unstretch(key) : key;
  return { key, start, end, masked, unstretched };
}

/**
 * The matches of /(?:[\p{L}\p{N}]|\$(?=[a-z]))(?:[\p{L}\p{N}\p{M}*#@$!]*[\p{L}\p{N}\p{M}*])?/gu (runs of letters and digits,
 * with the symbols people put in place of letters inside them), found by hand a code point at a time:
 * from a letter or digit, the longest run of word and mask characters, less the marks a word cannot end
 * with. No match object a word, and ASCII words are told apart as they are read. A cursor, not a
 * callback: its readers keep their state in local variables.
 */
class Words {
  /** The word found by the last next(): text.slice(start, end), all ASCII or not. */
  start = 0;
  end = 0;
  ascii = false;
  /** `from`: where a word starts, or where the words looked for start (0: the whole text). */
  constructor(private readonly text: string, from = 0) {
    this.end = from;
  }

  /** Finds the next word; false when there is none. */
  next(): boolean {
    const { text } = this;
    const length = text.length;
    let i = this.end;
    while (i < length) {
      const first = codePointAt(text, i);
      const width = first > 0xffff ? 2 : 1;
      // "$" for an s opens a word too ("$chwuchtel"), where a letter follows it.
      if (classOf(first) !== STARTS && !(first === DOLLAR && /[a-z]/i.test(text[i + 1] ?? ''))) {
        i += width;
        continue;
      }
      let end = i + width;
      let ascii = first < 0x80;
      let asciiToEnd = ascii;
      for (let j = end; j < length; ) {
        const unit = text.charCodeAt(j);
        if (unit < 0x80) {
          // ASCII, most units: a table read.
          const kind = ASCII_CLASSES[unit]!;
          if (kind === OUTSIDE) break;
          j++;
          if (kind !== INSIDE) {
            end = j;
            asciiToEnd = ascii;
          }
          continue;
        }
        const code = codePointAt(text, j);
        const kind = wordClass(code);
        if (kind === OUTSIDE) break;
        j += code > 0xffff ? 2 : 1;
        ascii = false;
        if (kind !== INSIDE) {
          end = j;
          asciiToEnd = ascii;
        }
      }
      this.start = i;
      this.end = end;
      this.ascii = asciiToEnd;
      return true;
    }
    this.end = length;
    return false;
  }
}

/** text.codePointAt(i), reading a unit only unless it is a high surrogate (most are ASCII). */
function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
}

/** A character's part in a word: none; starts one (\p{L}, \p{N}); ends one but cannot start it (\p{M}, "*"); inside one only ("#@$!"). */
const OUTSIDE = 0;
const DOLLAR = 0x24;
const STARTS = 1;
const ENDS = 2;
const INSIDE = 3;
const START_CLASS = /[\p{L}\p{N}]/u;
/** Per code unit of the Basic Multilingual Plane, its class plus one once known (0: not asked yet). */
const BMP_CLASSES = new Uint8Array(0x10000);

/** wordClass of each ASCII code, read from a table: most characters are ASCII. */
const classOf = (code: number): number => (code < 0x80 ? ASCII_CLASSES[code]! : wordClass(code));

function wordClass(code: number): number {
  if (code > 0xffff) return classify(code);
  let known = BMP_CLASSES[code]!;
  if (known === 0) BMP_CLASSES[code] = known = classify(code) + 1;
  return known - 1;
}

function classify(code: number): number {
  const c = String.fromCodePoint(code);
  if (START_CLASS.test(c)) return STARTS;
  if (code === 0x2a || MARK.test(c)) return ENDS;
  return code === 0x23 || code === 0x40 || code === 0x24 || code === 0x21 ? INSIDE : OUTSIDE;
}
const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) => classify(code));

/** Arabic's tatweel stretches a word for show ("شرمـــوطة") and is never part of its spelling. */
const withoutTatweel = (word: string) => (word.includes('\u0640') ? word.replaceAll('\u0640', '') : word);

/** Letters stretched for effect ("fuuuuck"): runs of three or more read as one. */
const unstretch = (key: string) => key.replace(/(\p{L})\1{2,}/gu, '$1');

/** Whether a character occurs three times in a row (unstretch's quick no: most words have none). */
function stretched(text: string): boolean {
  let run = 0;
  let last = -1;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    run = code === last ? run + 1 : 1;
    if (run === 3) return true;
    last = code;
  }
  return false;
}

/** stretched() for ASCII text, where each code unit is a character. */
function stretchedAscii(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** Characters (code points) of a lexicon word, split once per word: the words are a fixed set. */
const wordLetters = new Map<string, readonly string[]>();
function lettersOf(word: string): readonly string[] {
  let letters = wordLetters.get(word);
  if (letters === undefined) wordLetters.set(word, (letters = [...word]));
  return letters;
}

/**
 * Whether a lexicon word is spelled, character for character, by a masked word's first characters,
 * `*` standing for any letter ("f*ck" spells "fuck"). Compared in place, not with a pattern built per masked
 * word: a fresh `\p{L}` expression took about 130 us to compile, more than reading a whole text.
 */
function spells(masked: readonly string[], word: string): boolean {
  const letters = lettersOf(word);
  if (letters.length > masked.length) return false;
  for (let k = 0; k < letters.length; k++) {
    if (masked[k] === '*' ? !LETTER.test(letters[k]!) : masked[k] !== letters[k]) return false;
  }
  return true;
}

const SHAPES = 1 << 16;

/** A hash of a word's first n code units (n at least 1, at most its length): their count, first, second and last. */
function shapeOf(word: string, n: number): number {
  return (n * 7919 + word.charCodeAt(0) * 961 + (n > 1 ? word.charCodeAt(1) * 31 : 0) + word.charCodeAt(n - 1)) & (SHAPES - 1);
}

/** Builds the lookup tables once; matching then costs a map lookup per word. */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const compiled: CompiledLexicons = { byFirst: new Map(), bySecond: new Map(), byLength: new Map(), stems: [], stemsByHead: new Map(), stemHead: 0, shapes: new Uint8Array(SHAPES), unspaced: [], allow: new Map(), allowCover: new Map(), gates: new Map(), maskable: new Map() };
  // Each string beyond ASCII folded once: most terms are slurs too, and a phrase's words recur in other
  // phrases. Unicode normalisation was most of what building the tables cost; ASCII folds for less than a look-up.
  const folds = new Map<string, string>();
  const key = (text: string) => {
    if (ASCII.test(text)) return text.toLowerCase();
    let folded = folds.get(text);
    if (folded === undefined) folds.set(text, (folded = foldKey(text)));
    return folded;
  };
  for (const lex of lexicons) {
    const slurs = new Set(lex.slurs.map(key));
    const strict = new Set(lex.strict.map(key));
    const allow = lex.allow.map(key);
    compiled.allow.set(lex.lang, new Set(allow));
    compiled.allowCover.set(lex.lang, allow.filter((a) => a.includes(' ') || UNSPACED.test(a)));
    for (const term of lex.terms) {
      const folded = key(term);
      // Most terms are words of ASCII letters, one space apart: their tokens' keys are those words.
      const plain = PLAIN_WORDS.test(folded);
      const entry: Entry = { lang: lex.lang, term, category: slurs.has(folded) ? 'slur' : 'profanity', words: plain ? folded.split(' ') : keysOf(term, key), strict: strict.has(folded) };
      if (entry.words.length === 0) continue;
      if (!plain && UNSPACED.test(term)) {
        compiled.unspaced.push({ ...entry, words: [folded] });
        continue;
      }
      const list = compiled.byFirst.get(entry.words[0]!) ?? [];
      list.push(entry);
      compiled.byFirst.set(entry.words[0]!, list);
      if (entry.words.length === 1) {
        const same = compiled.byLength.get(entry.words[0]!.length) ?? [];
        same.push(entry);
        compiled.byLength.set(entry.words[0]!.length, same);
      }
    }
    for (const stem of lex.stems) {
      const folded = key(stem);
      compiled.stems.push({ stem: folded, entry: { lang: lex.lang, term: stem, category: slurs.has(folded) ? 'slur' : 'profanity', words: [folded], strict: strict.has(folded) } });
    }
  }
  compiled.stemHead = Math.min(...compiled.stems.map((s) => s.stem.length));
  compiled.stems.forEach(({ stem }, s) => {
    const head = stem.slice(0, compiled.stemHead);
    const filed = compiled.stemsByHead.get(head);
    if (filed === undefined) compiled.stemsByHead.set(head, [s]);
    else filed.push(s);
    compiled.shapes[shapeOf(stem, compiled.stemHead)] = 1;
  });
  for (const first of compiled.byFirst.keys()) compiled.shapes[shapeOf(first, first.length)] = 1;
  return compiled;
}

export interface MatchOptions {
  /**
   * The text's language, or a test of whether the text is in a given language, asked only when a strict
   * term of that language occurs (detecting a language costs more than matching a text).
   */
  language?: Language | ((lang: Language) => boolean);
  /** A lexicon whose hits are not wanted: its terms still take their words from the others' stems. */
  except?: Language;
}

/**
 * Lexicon words in a text: whole words and phrases, word beginnings for stems, masked spellings
 * ("f*ck", "put4", "fuuuck") read back, and for Chinese and Japanese terms inside runs of text. A word
 * on the lexicon's allow-list never matches it; a strict term matches only when `language` says the
 * text is in its lexicon's language. Pure: the same text gives the same hits, in text order.
 */
export function matchCompiled(compiled: CompiledLexicons, text: string, { language, except }: MatchOptions = {}): LexiconHit[] {
  const unspaced = compiled.unspaced.length > 0 && MAY_BE_UNSPACED.test(text) && UNSPACED.test(text);
  const gate = gateOf(compiled, except);
  let candidate = nextCandidate(compiled, gate, text, 0, except);
  if (candidate < 0 && !unspaced) return [];
  const hits: LexiconHit[] = [];
  // Folded like the terms where that keeps offsets (it does unless a ligature splits in two).
  let foldedText: string | undefined;
  const folded = (): string => {
    if (foldedText === undefined) {
      const whole = foldKey(text);
      foldedText = whole.length === text.length ? whole : text;
    }
    return foldedText;
  };
  const inLanguage = typeof language === 'function' ? language : (lang: Language) => lang === language;
  const usable = (e: Entry) => !e.strict || inLanguage(e.lang);
  const allowed = (e: Entry, key: string) => compiled.allow.get(e.lang)?.has(key) ?? false;
  const hit = (e: Entry, start: number, end: number) => e.lang !== except && hits.push({ lang: e.lang, term: e.term, category: e.category, start, end, text: text.slice(start, end) });
  // Only a candidate word may start a hit (nextCandidate): the tokens are those of a candidate and of the
  // words after it that an entry or a long list's second word asks for, read once each.
  const cursor = new Words(text);
  /** words[k]: the token of the k-th word from the candidate on. */
  const words: Token[] = [];
  const word = (k: number): Token | undefined => {
    while (words.length <= k) {
      if (!cursor.next()) return undefined;
      words.push(tokenAt(text, cursor.start, cursor.end, cursor.ascii, false));
    }
    return words[k];
  };
  /** Whole entries starting at the candidate, or else a stem, read from `key` (the word or its unstretched reading). */
  const matchedAt = (key: string): boolean => {
    const w = words[0]!;
    let found = false;
    for (const e of compiled.shapes[shapeOf(key, key.length)] === 1 ? startingAt(key) : NONE) {
      if (e.words.every((entryWord, k) => word(k)?.key === entryWord) && usable(e) && !allowed(e, key)) {
        hit(e, w.start, words[e.words.length - 1]!.end);
        found = true;
      }
    }
    if (found) return true;
    // A word shorter than every stem starts with none.
    if (key.length < compiled.stemHead || compiled.shapes[shapeOf(key, compiled.stemHead)] === 0) return false;
    for (const s of compiled.stemsByHead.get(key.slice(0, compiled.stemHead)) ?? NONE) {
      const { stem, entry } = compiled.stems[s]!;
      if (key.startsWith(stem) && usable(entry) && !allowed(entry, key)) {
        hit(entry, w.start, w.end);
        return true;
      }
    }
    return false;
  };
  /** The entries that may start at the candidate read as `key`, with the word after it, in byFirst's order. */
  const startingAt = (key: string): readonly Entry[] => {
    const all = compiled.byFirst.get(key) ?? NONE;
    if (all.length <= SHORT_LIST) return all;
    const places = bySecondWord(compiled, key, all);
    const one = places.get('') ?? NO_PLACES;
    const next = word(1);
    const more = next === undefined ? NO_PLACES : (places.get(next.key) ?? NO_PLACES);
    const out: Entry[] = [];
    for (let a = 0, b = 0; a < one.length || b < more.length;) out.push(all[b >= more.length || (a < one.length && one[a]! < more[b]!) ? one[a++]! : more[b++]!]!);
    return out;
  };
  while (candidate >= 0) {
    // The words read after the last candidate hold this one, or it lies past them.
    const kept = words.findIndex((w) => w.start === candidate);
    if (kept >= 0) words.splice(0, kept);
    else {
      words.length = 0;
      cursor.end = candidate;
    }
    const w = word(0)!;
    if (!w.key.includes('*')) {
      if (!matchedAt(w.key) && w.unstretched !== w.key) matchedAt(w.unstretched);
    } else if (w.masked) {
      // A masked word with letters unknown ("f*ck", "ch*ju"): a single-word entry of that length, or a stem
      // its beginning spells, letter for letter.
      const letters = [...w.key];
      const maskable = maskableFrom(compiled, letters);
      const e = (maskable.byLength.get(letters.length) ?? []).find((c) => spells(letters, c.words[0]!) && usable(c));
      const stem = e ? undefined : maskable.stems.find((s) => spells(letters, s.stem) && usable(s.entry));
      if (e ?? stem) hit(e ?? stem!.entry, w.start, w.end);
    }
    candidate = nextCandidate(compiled, gate, text, w.end, except);
  }
  if (unspaced) {
    for (const e of compiled.unspaced) {
      const word = e.words[0]!;
      if (!folded().includes(word) || !usable(e)) continue;
      for (let at = folded().indexOf(word); at >= 0; at = folded().indexOf(word, at + 1)) hit(e, at, at + word.length);
    }
  }
  const covered = (h: LexiconHit) => {
    const phrases = compiled.allowCover.get(h.lang) ?? NONE;
    if (phrases.length === 0) return false;
    // A phrase that covers the hit holds the hit's text: those that do not (most of Hindi's 962) are not
    // looked for in the whole text.
    const hitText = folded().slice(h.start, h.end);
    return phrases.some((a) => a.includes(hitText) && coveredBy(folded(), h.start, h.end - h.start, a));
  };
  return hits.filter((h) => !covered(h)).sort((a, b) => a.start - b.start);
}

const NONE: readonly never[] = [];

/**
 * What nextCandidate asks of a word, for the hits of every lexicon but one (`except`): the first words of its
 * single-word entries, the second words its longer entries have after a first, and, for a word read in
 * place, the same as bits by hash (FNV-1a of the key's units, its low GATE_BITS bits): `look`, a word that
 * is a single-word entry or whose first stemHead units are a stem's; `firsts`, a longer entry's first
 * word; `pairs`, its first and second words. Hashes collide, so a bit only says "look it up". Bits, not
 * bytes: the tables are read for every word of every text, and 8 KB each stay in the processor's cache
 * where larger tables, read at random, cost a cache miss a word.
 */
interface Gate {
  single: Set<string>;
  seconds: Map<string, Set<string>>;
  look: Uint32Array;
  firsts: Uint32Array;
  pairs: Uint32Array;
  /** By shared vocabulary id (segment-words.ts), what a word read as itself says (mayHitInReading). */
  verdicts: MemoByWordId;
}
/** What a word says: starts no entry; may start a hit; is the first word of a longer entry only. */
const NO_HIT = 1;
const MAY_HIT = 2;
const FIRST = 3;
/** 2^16 bits a table: some 1,500 single words and stems, 900 first words (fewer pairs) set under 3 % of them. */
const GATE_BITS = 16;
const GATE_MASK = (1 << GATE_BITS) - 1;

function hashOf(key: string, n = key.length): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ key.charCodeAt(k), FNV_PRIME);
  return h;
}
const pairHash = (first: number, second: number) => Math.imul(first, 31) + second;
const hasBit = (bits: Uint32Array, h: number) => (bits[(h & GATE_MASK) >>> 5]! & (1 << (h & 31))) !== 0;
/** A byFirst list this short is compared whole. */
const SHORT_LIST = 16;
const NO_PLACES: readonly number[] = [];

/** compiled.bySecond's entry for `first`, made on first use. */
function bySecondWord(compiled: CompiledLexicons, first: string, all: readonly Entry[]): Map<string, number[]> {
  let places = compiled.bySecond.get(first);
  if (places !== undefined) return places;
  places = new Map();
  all.forEach((entry, at) => {
    const second = entry.words[1] ?? '';
    const list = places!.get(second);
    if (list === undefined) places!.set(second, [at]);
    else list.push(at);
  });
  compiled.bySecond.set(first, places);
  return places;
}

function setBit(bits: Uint32Array, h: number): void {
  bits[(h & GATE_MASK) >>> 5]! |= 1 << (h & 31);
}

/** The gate that leaves out `except`'s entries, built once per excepted lexicon (at most one per language, and none). */
function gateOf(compiled: CompiledLexicons, except: Language | undefined): Gate {
  let gate = compiled.gates.get(except);
  if (gate !== undefined) return gate;
  const built: Gate = {
    single: new Set(), seconds: new Map(), look: new Uint32Array(1 << (GATE_BITS - 5)), firsts: new Uint32Array(1 << (GATE_BITS - 5)), pairs: new Uint32Array(1 << (GATE_BITS - 5)),
    verdicts: new MemoByWordId((text, from, to) => verdictOf(compiled, built, tokenAt(text, from, to, true, true), except)),
  };
  gate = built;
  for (const [first, entries] of compiled.byFirst) {
    const firstHash = hashOf(first);
    for (const { lang, words } of entries) {
      if (lang === except) continue;
      if (words.length === 1) {
        gate.single.add(first);
        setBit(gate.look, firstHash);
      } else {
        const seconds = gate.seconds.get(first) ?? new Set<string>();
        seconds.add(words[1]!);
        gate.seconds.set(first, seconds);
        setBit(gate.firsts, firstHash);
        setBit(gate.pairs, pairHash(firstHash, hashOf(words[1]!)));
      }
    }
  }
  for (const { stem, entry } of compiled.stems) if (entry.lang !== except) setBit(gate.look, hashOf(stem, compiled.stemHead));
  compiled.gates.set(except, gate);
  return gate;
}

/**
 * Where the next word from `from` on that may start a hit of a lexicon other than `except` starts, or -1: a
 * word that starts none, by the same words matchCompiled reads, is no single-word entry of such a lexicon,
 * starts no longer one with the next word, begins with no stem of one, and is no masked word with unknown
 * letters. Most texts hold no such word, and this reads them without making a token of every word: an ASCII
 * word that is neither masked nor stretched is its own key in lower case, hashed unit by unit in place and cut
 * out of the text only when the gate's tables flag it; any other word is read as matchCompiled reads it
 * (tokenAt). `from` is 0 or the end of a word: the words from there are the whole text's.
 */
function nextCandidate(compiled: CompiledLexicons, gate: Gate, text: string, from: number, except: Language | undefined): number {
  const { stemHead } = compiled;
  /** The word before, when its key starts an entry of more than one word (by hash or for sure): where it is, its key's hash. */
  let firstStart = -1;
  let firstEnd = -1;
  let firstAscii = false;
  let firstHash = 0;
  for (const w = new Words(text, from); w.next(); ) {
    const { start, end, ascii } = w;
    let h = FNV_OFFSET;
    let head = 0;
    let plain = ascii;
    if (ascii) {
      // The key of an ASCII word with no digit or mask sign among letters, and no letter three times in a row, is the word in lower case.
      let letter = false;
      let maskOrDigit = false;
      let previous = -1;
      let beforePrevious = -1;
      for (let k = start; k < end; k++) {
        let code = text.charCodeAt(k);
        if (code >= 65 && code <= 90) code += 32;
        if (code >= 97 && code <= 122) letter = true;
        else maskOrDigit = true;
        if (code === previous && code === beforePrevious) plain = false;
        h = Math.imul(h ^ code, FNV_PRIME);
        if (k - start === stemHead - 1) head = h;
        beforePrevious = previous;
        previous = code;
      }
      if (maskOrDigit && letter) plain = false;
    }
    if (firstStart >= 0) {
      const pair = !plain || hasBit(gate.pairs, pairHash(firstHash, h));
      if (pair && secondOf(gate, tokenAt(text, firstStart, firstEnd, firstAscii, false).key, tokenAt(text, start, end, ascii, false).key)) return firstStart;
      firstStart = -1;
    }
    let key: string;
    if (plain) {
      if (!hasBit(gate.look, h) && (end - start < stemHead || !hasBit(gate.look, head))) {
        if (hasBit(gate.firsts, h)) [firstStart, firstEnd, firstAscii, firstHash] = [start, end, true, h];
        continue;
      }
      key = text.slice(start, end).toLowerCase();
      if (keyMayStart(compiled, gate, key, except)) return start;
    } else {
      const token = tokenAt(text, start, end, ascii, false);
      if (token.key.includes('*')) {
        if (token.masked && maskedMayHit(compiled, [...token.key], except)) return start;
        continue;
      }
      if (tokenMayStart(compiled, gate, token, except)) return start;
      key = token.key;
    }
    if (gate.seconds.has(key)) [firstStart, firstEnd, firstAscii, firstHash] = [start, end, ascii, hashOf(key)];
  }
  return -1;
}

/**
 * Whether nextCandidate would find a word in a text whose words are those of a shared reading
 * (segment-words.ts): the caller knows its text is in lower case and that the matcher's words of it are the
 * reading's (no sign a masked word reads as a letter touches a word). What each word says is kept by its
 * id, so a known word costs a look-up; a word without an id is read each time.
 */
export function mayHitInReading(compiled: CompiledLexicons, reading: WordReading, except: Language | undefined): boolean {
  const gate = gateOf(compiled, except);
  const { text, words, count } = reading;
  let first: string | undefined;
  for (let k = 0; k < count; k++) {
    const at = k * STRIDE;
    const from = words[at + START]!;
    const to = words[at + END]!;
    const verdict = gate.verdicts.of(words[at + ID]!, text, from, to);
    if (verdict === MAY_HIT) return true;
    // Only a word after a first word, or a first word itself, needs its key.
    const key = first !== undefined || verdict === FIRST ? tokenAt(text, from, to, true, true).key : undefined;
    if (first !== undefined && secondOf(gate, first, key!)) return true;
    first = verdict === FIRST ? key : undefined;
  }
  return false;
}

/** What a word says as itself (mayHitInReading): NO_HIT, MAY_HIT or FIRST. */
function verdictOf(compiled: CompiledLexicons, gate: Gate, token: Token, except: Language | undefined): number {
  if (tokenMayStart(compiled, gate, token, except)) return MAY_HIT;
  return gate.seconds.has(token.key) ? FIRST : NO_HIT;
}

/** Whether a word read as `token` may start a hit, as itself or unstretched ("fuuuck"). */
function tokenMayStart(compiled: CompiledLexicons, gate: Gate, token: Token, except: Language | undefined): boolean {
  return keyMayStart(compiled, gate, token.key, except) || (token.unstretched !== token.key && keyMayStart(compiled, gate, token.unstretched, except));
}

/** Whether some entry of more than one word starts with these two keys. */
const secondOf = (gate: Gate, first: string, second: string) => gate.seconds.get(first)?.has(second) ?? false;

/** Whether a masked word with unknown letters spells a single-word entry or a stem of a lexicon other than `except` (matchCompiled's last resort). */
function maskedMayHit(compiled: CompiledLexicons, letters: readonly string[], except: Language | undefined): boolean {
  const { byLength, stems } = maskableFrom(compiled, letters);
  return (byLength.get(letters.length) ?? NONE).some((e) => e.lang !== except && spells(letters, e.words[0]!)) || stems.some((s) => s.entry.lang !== except && spells(letters, s.stem));
}

/**
 * The entries and stems a masked word (its characters) may spell: those starting with its first character, unless
 * that is a mask (no word starts with one, but it would stand for any letter), and any empty one. A masked word was
 * compared with all 140 stems and every entry of its length (spells: up to 251); made once a first character.
 */
function maskableFrom(compiled: CompiledLexicons, letters: readonly string[]): Maskable {
  const first = letters[0]!;
  let maskable = compiled.maskable.get(first);
  if (maskable === undefined) {
    const may = (word: string) => first === '*' || word === '' || lettersOf(word)[0] === first;
    maskable = {
      byLength: new Map([...compiled.byLength].map(([length, entries]) => [length, entries.filter((e) => may(e.words[0]!))])),
      stems: compiled.stems.filter((s) => may(s.stem)),
    };
    compiled.maskable.set(first, maskable);
  }
  return maskable;
}

/** Whether a word read as `key` is a single-word entry of a lexicon other than `except`, or a stem of one begins it. */
function keyMayStart(compiled: CompiledLexicons, gate: Gate, key: string, except: Language | undefined): boolean {
  if (gate.single.has(key)) return true;
  if (key.length < compiled.stemHead) return false;
  for (const s of compiled.stemsByHead.get(key.slice(0, compiled.stemHead)) ?? NONE) {
    const { stem, entry } = compiled.stems[s]!;
    if (entry.lang !== except && key.startsWith(stem)) return true;
  }
  return false;
}

/** Whether the occurrence at `at` (length `length`) lies inside an occurrence of `allowed`. */
function coveredBy(text: string, at: number, length: number, allowed: string): boolean {
  for (let s = text.indexOf(allowed); s >= 0 && s <= at; s = text.indexOf(allowed, s + 1)) {
    if (s + allowed.length >= at + length) return true;
  }
  return false;
}
