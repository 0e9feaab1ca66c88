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

/** The words of one text, in order: words k is text.slice(start[k], end[k]), with id[k] (-1: not interned). */
export interface WordReading {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly id: Int32Array;
}

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
  private slots = new Int32Array(Vocabulary.MAX_WORDS * 2);
  private readonly hashes = new Int32Array(Vocabulary.MAX_WORDS);
  private readonly from = new Int32Array(Vocabulary.MAX_WORDS + 1);
  private units = new Uint16Array(1 << 14);
  size = 0;

  /** The id of text.slice(from, to), interned when new and there is room; -1 when absent and full. */
  idOf(text: string, from: number, to: number): number {
    let h = FNV_OFFSET;
    for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
    const mask = this.slots.length - 1;
    const { slots, hashes, units } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]! - 1;
      if (id < 0) return this.add(text, from, to, h, slot);
      if (hashes[id] !== h) continue;
      const start = this.from[id]!;
      if (this.from[id + 1]! - start !== to - from) continue;
      let same = true;
      for (let k = 0; same && k < to - from; k++) same = units[start + k] === text.charCodeAt(from + k);
      if (same) return id;
    }
  }

  /** The word with this id. */
  word(id: number): string {
    return String.fromCharCode(...this.units.subarray(this.from[id]!, this.from[id + 1]!));
  }

  private add(text: string, from: number, to: number, h: number, slot: number): number {
    const id = this.size;
    const at = this.from[id]!;
    if (id === Vocabulary.MAX_WORDS || at + (to - from) > Vocabulary.MAX_UNITS) return -1;
    if (at + (to - from) > this.units.length) {
      const units = new Uint16Array(Math.min(Vocabulary.MAX_UNITS, Math.max(this.units.length * 2, at + (to - from))));
      units.set(this.units);
      this.units = units;
    }
    for (let k = from; k < to; k++) this.units[at + k - from] = text.charCodeAt(k);
    this.from[id + 1] = at + (to - from);
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    this.size++;
    return id;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The vocabulary every reader shares. */
export const VOCABULARY = new Vocabulary();

/** Scratch for a reading under way, copied out at its end (one allocation per array a text). */
let scratchStart = new Int32Array(256);
let scratchEnd = new Int32Array(256);
let scratchId = new Int32Array(256);

/** The words of a text, each interned in VOCABULARY. */
export function readWords(text: string): WordReading {
  let count = 0;
  for (let i = 0; i < text.length;) {
    let width = wordUnitAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const from = i;
    do i += width;
    while (i < text.length && (width = wordUnitAt(text, i)) !== 0);
    if (count === scratchStart.length) growScratch();
    scratchStart[count] = from;
    scratchEnd[count] = i;
    scratchId[count++] = VOCABULARY.idOf(text, from, i);
  }
  return { text, count, start: scratchStart.slice(0, count), end: scratchEnd.slice(0, count), id: scratchId.slice(0, count) };
}

function growScratch(): void {
  const grow = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  scratchStart = grow(scratchStart);
  scratchEnd = grow(scratchEnd);
  scratchId = grow(scratchId);
}

/**
 * The words of reading.text.slice(from, to), as a run of the reading's words; undefined when a word of
 * the reading crosses either end (then the part's own words are not the reading's).
 */
export function wordsWithin(reading: WordReading, from: number, to: number): WordRun | undefined {
  const { text, start, count } = reading;
  if (from > 0 && from < text.length && wordUnitAt(text, from) !== 0 && endsWord(text, from)) return undefined;
  if (to > 0 && to < text.length && wordUnitAt(text, to) !== 0 && endsWord(text, to)) return undefined;
  // A lone low surrogate at either end is read differently alone than after its high half.
  if (isLowSurrogate(text.charCodeAt(from)) || isLowSurrogate(text.charCodeAt(to))) return undefined;
  // No word crosses either end: the part's words are those starting within it.
  return { reading, first: lowerBound(start, count, from), last: lowerBound(start, count, to) };
}

/** Whether a letter or digit ends right before text[i] (a surrogate pair's two halves counted as one). */
function endsWord(text: string, i: number): boolean {
  if (i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && wordUnitAt(text, i - 2) === 2) return true;
  return wordUnitAt(text, i - 1) === 1;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The first k in [0, count) with sorted[k] >= at (count when none). */
function lowerBound(sorted: Int32Array, count: number, at: number): number {
  let lo = 0;
  for (let hi = count; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
