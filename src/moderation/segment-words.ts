/**
 * One word-level reading of a segment's normalised text, made once per segment (prepareSegments) and
 * shared by the readers that work word by word: each word's offsets and a small integer id from one
 * interned vocabulary, so a reader keys its per-word tables by id (typed arrays) instead of cutting the
 * word out and looking it up in a Map of strings of its own.
 *
 * A word is a run of letters and digits, code point by code point (as /[\p{L}\p{N}]+/u reads it: an
 * astral letter is one, a lone surrogate is neither): the text model's words, and what the rules call
 * "the whole word" around a match.
 */

/**
 * The words of one text, in order: word k is text.slice(words[k * STRIDE + START], words[k * STRIDE + END]),
 * its id words[k * STRIDE + ID] (-1: not interned). One array, not three: each typed array a segment
 * is a backing store the collector finalises.
 */
export interface WordReading {
  readonly text: string;
  readonly count: number;
  readonly words: Int32Array;
}
export const START = 0;
export const END = 1;
export const ID = 2;
export const STRIDE = 3;

/** Words first..last-1 of a reading: the words of some part of its text. */
export interface WordRun {
  readonly reading: WordReading;
  readonly first: number;
  readonly last: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP unit: 0 not yet known, 1 letter or digit, 2 not; astral code points are asked once each. */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, boolean>();

/** The UTF-16 length of the letter or digit at text[i], or 0 when text[i] starts none. */
export function wordUnitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return 1;
  if (code < 0x80 && !(code >= 65 && code <= 90)) return 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    const cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    let known = astralClass.get(cp);
    if (known === undefined) {
      known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (astralClass.size < 10_000) astralClass.set(cp, known);
    }
    return known ? 2 : 0;
  }
  let known = bmpClass[code]!;
  if (known === 0) bmpClass[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * Words interned once, for every reader: id n is the n-th distinct word met (the readers' own words,
 * added when their tables are built, and the words of the texts read). Held in typed arrays (one table
 * of units, open addressing by an FNV hash of the units), so finding a word's id cuts no string out.
 * It stops growing at MAX_WORDS words or MAX_UNITS units; a word met after that reads as id -1, which
 * every reader handles as "no table entry" (a worker reading millions of Abouts keeps a bounded table).
 */
export class Vocabulary {
  static readonly MAX_WORDS = 1 << 16;
  static readonly MAX_UNITS = 1 << 20;
  /**
   * The open-addressing table, SLOT ints a slot: the word's id + 1 (0: empty), its hash, where its
   * units start, its length; kept at most half full, grown as words come. A look-up reads one slot,
   * then the word's units: the hash, place and length in arrays by id cost a cache miss each, and this
   * runs for every word of every text.
   */
  private slots = new Int32Array(1024 * SLOT);
  /** Where each word's units start, by id (its end is where the next one's starts). */
  private readonly from = new Int32Array(Vocabulary.MAX_WORDS + 1);
  private units = new Uint16Array(1 << 14);
  size = 0;

  /** The id of text.slice(from, to), interned when new and there is room; -1 when absent and full. */
  idOf(text: string, from: number, to: number): number {
    let h = FNV_OFFSET;
    for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
    return this.find(text, from, to, h);
  }

  /** idOf with the word's hash (hashOf) already at hand. */
  find(text: string, from: number, to: number, h: number): number {
    const { slots, units } = this;
    const mask = slots.length / SLOT - 1;
    const length = to - from;
    const inline = inlineForm(text, from, to);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const id = slots[at]! - 1;
      if (id < 0) return this.add(text, from, to, h, at, inline);
      if (slots[at + 1] !== h || slots[at + 3] !== length) continue;
      const start = slots[at + 2]!;
      // The same word has the same inline form; a start is never one (INLINE's bit is past MAX_UNITS).
      if (inline !== NOT_INLINE || start >= INLINE) {
        if (start === inline) return id;
        continue;
      }
      let same = true;
      for (let k = 0; same && k < length; k++) same = units[start + k] === text.charCodeAt(from + k);
      if (same) return id;
    }
  }

  /** The word with this id. */
  word(id: number): string {
    return String.fromCharCode(...this.units.subarray(this.from[id]!, this.from[id + 1]!));
  }

  private add(text: string, from: number, to: number, h: number, at: number, inline: number): number {
    const id = this.size;
    const start = this.from[id]!;
    const length = to - from;
    if (id === Vocabulary.MAX_WORDS || start + length > Vocabulary.MAX_UNITS) return -1;
    if (start + length > this.units.length) {
      const units = new Uint16Array(Math.min(Vocabulary.MAX_UNITS, Math.max(this.units.length * 2, start + length)));
      units.set(this.units);
      this.units = units;
    }
    for (let k = 0; k < length; k++) this.units[start + k] = text.charCodeAt(from + k);
    this.from[id + 1] = start + length;
    this.slots.set([id + 1, h, inline === NOT_INLINE ? start : inline, length], at);
    if (++this.size * 2 * SLOT > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = slots.length / SLOT - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at] === 0) continue;
      let slot = old[at + 1]! & mask;
      while (slots[slot * SLOT] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
  }
}

/** Ints a slot of Vocabulary's table. */
const SLOT = 4;

/**
 * A word of up to four ASCII units is kept in its slot (seven bits a unit, under INLINE's bit) where a
 * longer one keeps where its units start: most words of a text are that short, and a look-up of one
 * then reads no units (the vocabulary's units are another cache miss a word).
 */
const INLINE = 1 << 30;
const NOT_INLINE = -1;
function inlineForm(text: string, from: number, to: number): number {
  if (to - from > 4) return NOT_INLINE;
  let form = INLINE;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x80) return NOT_INLINE;
    form |= code << (7 * (k - from));
  }
  return form;
}
/** FNV-1a's start and multiplier: the vocabulary's hash, and the lexicon gate's (lexicons/match.ts). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** murmur3's 32-bit finaliser: every bit of a hash reaches every bit (FNV alone leaves the low bits poorly mixed). */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The vocabulary every reader shares. */
export const VOCABULARY = new Vocabulary();

/**
 * A number per word of VOCABULARY, worked out the first time the word is met and read by its id after
 * (one typed-array read): for answers that depend only on the word, so a word that recurs ("the",
 * "and") is worked out once. A word without an id (the vocabulary full) is worked out each time.
 */
export class MemoByWordId {
  /** By id, MEMO_ROW ints a word, this memo's value at `column`, its sign bit flipped, so 0 (no value is -2^31) is "not yet worked out". */
  private readonly values: Int32Array;
  private readonly column: number;

  /** `compute` works out the value (an int32 above -2^31) of text.slice(from, to), whose id is `id` (-1: none, not kept). */
  constructor(private readonly compute: (text: string, from: number, to: number, id: number) => number) {
    if (memoColumnsUsed === MEMO_ROW) {
      memoRows = new Int32Array(Vocabulary.MAX_WORDS * MEMO_ROW);
      memoColumnsUsed = 0;
    }
    this.values = memoRows;
    this.column = memoColumnsUsed++;
  }

  /** The value of the word text.slice(from, to), whose id is `id`. */
  of(id: number, text: string, from: number, to: number): number {
    if (id < 0) return this.compute(text, from, to, id);
    const at = id * MEMO_ROW + this.column;
    const known = this.values[at]!;
    if (known !== 0) return known ^ SIGN;
    const value = this.compute(text, from, to, id);
    this.values[at] = value ^ SIGN;
    return value;
  }

  /** The value of the word with id `id` >= 0, which of() has worked out. */
  kept(id: number): number {
    return this.values[id * MEMO_ROW + this.column]! ^ SIGN;
  }

  /** Forgets every value: for when what compute reads has changed. */
  forget(): void {
    for (let at = this.column; at < this.values.length; at += MEMO_ROW) this.values[at] = 0;
  }
}

/**
 * The memos' values by word in rows, a column a memo: the dozen memos a document's readers ask of each of its words
 * (typos, the phrase index, the threat gate, look-alikes, the model's swearing...) find a word's answers in one 64-byte
 * cache line, where a table of their own each was a cache miss a memo a word. Sixteen memos share a table; the next
 * one opens another (a table lives while a memo of it does).
 */
const MEMO_ROW = 16;
let memoRows = new Int32Array(0);
let memoColumnsUsed = MEMO_ROW;

const SIGN = 0x80000000 | 0;

/** wordUnitAt of each ASCII character: 1 for a letter or digit, else 0. */
const ASCII_WORD_UNIT = Uint8Array.from({ length: 0x80 }, (_, code) => wordUnitAt(String.fromCharCode(code), 0));

/** Scratch for a reading under way, copied out at its end. */
let scratch = new Int32Array(256 * STRIDE);

/** The words of a text, each interned in VOCABULARY (hashed as it is read). */
export function readWords(text: string): WordReading {
  let count = 0;
  const length = text.length;
  for (let i = 0; i < length;) {
    let code = text.charCodeAt(i);
    // ASCII by a table read: most units are, and wordUnitAt's tests are on every unit's path.
    let width = code < 0x80 ? ASCII_WORD_UNIT[code]! : wordUnitAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const from = i;
    let h = FNV_OFFSET;
    for (;;) {
      h = Math.imul(h ^ code, FNV_PRIME);
      if (width === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += width;
      if (i >= length) break;
      code = text.charCodeAt(i);
      width = code < 0x80 ? ASCII_WORD_UNIT[code]! : wordUnitAt(text, i);
      if (width === 0) break;
    }
    if ((count + 1) * STRIDE > scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    const at = count++ * STRIDE;
    scratch[at + START] = from;
    scratch[at + END] = i;
    scratch[at + ID] = VOCABULARY.find(text, from, i, h);
  }
  return { text, count, words: keep(count * STRIDE) };
}

/**
 * Readings are cut from slabs: a typed array of its own (slice) is a backing store allocated, zeroed
 * and later finalised by the collector for each segment. A slab lives while any reading cut from it does.
 */
const SLAB_INTS = 1 << 14;
let slab = new Int32Array(SLAB_INTS);
let slabUsed = 0;

/** A copy of scratch's first n ints, in a slab's free part (or an array of its own when longer than a slab). */
function keep(n: number): Int32Array {
  if (n > SLAB_INTS >> 2) return scratch.slice(0, n);
  if (slabUsed + n > SLAB_INTS) {
    slab = new Int32Array(SLAB_INTS);
    slabUsed = 0;
  }
  const words = slab.subarray(slabUsed, slabUsed + n);
  words.set(scratch.subarray(0, n));
  slabUsed += n;
  return words;
}

/**
 * The words of reading.text.slice(from, to), as a run of the reading's words; undefined when a word of
 * the reading crosses either end (then the part's own words are not the reading's).
 */
export function wordsWithin(reading: WordReading, from: number, to: number): WordRun | undefined {
  const { text, words, count } = reading;
  if (from > 0 && from < text.length && wordUnitAt(text, from) !== 0 && endsWord(text, from)) return undefined;
  if (to > 0 && to < text.length && wordUnitAt(text, to) !== 0 && endsWord(text, to)) return undefined;
  // A lone low surrogate at either end is read differently alone than after its high half.
  if (isLowSurrogate(text.charCodeAt(from)) || isLowSurrogate(text.charCodeAt(to))) return undefined;
  // No word crosses either end: the part's words are those starting within it.
  return { reading, first: firstStartingAt(words, count, from), last: firstStartingAt(words, count, to) };
}

/** Whether a letter or digit ends right before text[i] (a surrogate pair's two halves counted as one). */
function endsWord(text: string, i: number): boolean {
  if (i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && wordUnitAt(text, i - 2) === 2) return true;
  return wordUnitAt(text, i - 1) === 1;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The first word k in [0, count) that starts at `at` or later (count when none). */
function firstStartingAt(words: Int32Array, count: number, at: number): number {
  let lo = 0;
  for (let hi = count; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (words[mid * STRIDE + START]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
