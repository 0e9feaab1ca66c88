import { normalise } from '../normalise.js';
import { END, ID, START, STRIDE, Vocabulary, mix, readWords, wordUnitAt, type WordRun } from '../segment-words.js';

/** How text becomes a feature vector; stored with the weights so training and scoring agree. */
export interface FeatureSpec {
  /** Hash buckets, a power of two. */
  buckets: number;
  /** Character n-grams of these lengths, inside each word padded with a space on both sides. */
  charMin: number;
  charMax: number;
  /** Text beyond this many characters is not read (Abouts are short; long training rows are capped). */
  maxChars: number;
}

export const DEFAULT_SPEC: FeatureSpec = { buckets: 1 << 18, charMin: 3, charMax: 5, maxChars: 2000 };

/** A sparse, L2-normalised vector; the arrays are views valid until the next extract() call. */
export interface Features {
  size: number;
  index: Int32Array;
  value: Float32Array;
}

/**
 * A text's features as extract finds them, before scaling: each bucket's signed count, and the same
 * features listed by word, so that a linear model can add up a word's own features once per word
 * (by vocabulary id) rather than once per reading. Views valid until the next tally() call.
 */
export interface Tally {
  /** The sum of the squared counts: the vector's squared length before scaling. */
  norm: number;
  /** The buckets whose count is not -1, 0 or 1, and their counts. */
  size: number;
  index: Int32Array;
  count: Int32Array;
  /**
   * Where the entry of each word read with a vocabulary id starts in the hasher's `entryTable`, in order (the first
   * entryCount): its spare ints at OWN_SPARE, its own features after them (FeatureHasher.ownFeatures).
   */
  entries: Int32Array;
  entryCount: number;
  /** The hashes of every other feature read (the first looseCount): the bigrams, and the features of words without an id. */
  loose: Int32Array;
  looseCount: number;
}

/** A feature hash's bucket among `buckets` (a power of two) and its sign (collisions cancel rather than add up). */
export const bucketOf = (hash: number, buckets: number) => hash & (buckets - 1);
export const signOf = (hash: number) => (hash >> 31) | 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD = 1;
const BIGRAM = 2;
const CHARS = 3;
const SPACE = 0x20;
/** Longer "words" (URLs, keyboard mashing) add only their first characters' n-grams. */
const MAX_WORD_FOR_CHARS = 30;
/** The fewest slots tally's table is given (useSlots). */
const MIN_SLOTS = 256;

const step = (h: number, c: number) => Math.imul(h ^ c, FNV_PRIME);

/**
 * A word's entry in the hasher's entry table: its hash before mixing (for the bigram after it), how many own
 * features it has, `spare` ints kept for a reader of the tally (word-margins.ts keeps the word's sums there, so
 * they share cache lines with the features the tally reads), then its own feature and its character n-grams.
 */
const OWN_HASH = 0;
const OWN_COUNT = 1;
export const OWN_SPARE = 2;

/** A word's hash before mixing: its unigram's, and the bigrams' part. */
function wordHash(text: string, from: number, to: number): number {
  let h = step(FNV_OFFSET, WORD);
  for (let k = from; k < to; k++) h = step(h, text.charCodeAt(k));
  return h;
}

/**
 * Hashed word unigrams, word bigrams and character n-grams of the normalised text (so "f.u.c.k",
 * "sh1t" and Cyrillic look-alikes read as the words they spell). Each feature lands in a bucket with
 * a sign from its hash (collisions cancel rather than add up); counts are then scaled to unit length.
 * extract lists features in the order their buckets are first met (training adds up its products in
 * that order); tally gives the same counts by word, for scoring (word-margins.ts). One hasher reuses
 * its scratch arrays: not for concurrent use, which JavaScript never does here.
 */
export class FeatureHasher {
  /** The slots of the table below in use, in the order their buckets were first met. */
  private touched = new Int32Array(1024);
  private count = 0;
  /** extract's output; tally's buckets with a count other than -1, 0 or 1, and those counts. */
  private index = new Int32Array(1024);
  private value = new Float32Array(1024);
  private counts = new Int32Array(1024);
  /** tally's lists by word: the entries of the words read with an id, and the loose features' hashes. */
  private entries = new Int32Array(256);
  private entryCount = 0;
  private loose = new Int32Array(256);
  private looseCount = 0;
  /**
   * The buckets this text has met and their counts: an open-addressing table, two ints a slot (the
   * bucket + 1, 0 for empty; its count), kept at most half full. A few KB that stays in the
   * processor's cache, where an array over all the buckets (1-2 MB) missed it on most features; a
   * feature met again reads and writes one slot. A view of the first slots of `buffer`, as many as
   * the text read needs (useSlots): the buffer grows with the longest text so far, and a sentence's
   * features spread over all of it met a cache miss an add.
   */
  private table = new Int32Array(2 * MIN_SLOTS);
  /** table's storage, every key 0 between texts, and its views by log2 of their slots. */
  private buffer = this.table;
  private views: Int32Array<ArrayBuffer>[] = [];
  /** The padded word whose character n-grams are hashed (a space, its first units, a space), and their hashes. */
  private readonly padded = new Int32Array(MAX_WORD_FOR_CHARS + 2);
  private readonly grams: Int32Array;

  /**
   * Per word id of the shared vocabulary (segment-words.ts), what the word adds, hashed once: where in
   * entryTable its entry starts, plus one (0: not hashed yet); the entry holds OWN_HASH, OWN_COUNT, its spare
   * ints, then its own features in the order extract adds them. A word without an id (the vocabulary is
   * full) is hashed into the free end of entryTable, not kept. A dense table of its own, 16 words a cache
   * line, not a word memo's column: the memos' first table is full (sixteen readers' columns), and a
   * column in the next one was a cache line a word that no other reader brings in.
   */
  private readonly entryById = new Int32Array(Vocabulary.MAX_WORDS);
  private wordEntries = new Int32Array(1 << 16);
  private wordEntriesUsed = 0;

  /** `spare`: ints kept in each word's entry for a reader of the tally, zero until it writes them. */
  constructor(
    readonly spec: FeatureSpec,
    readonly spare = 0,
  ) {
    if (spec.buckets & (spec.buckets - 1)) throw new Error('feature buckets must be a power of two');
    // At most one n-gram of each length from each unit of the padded word.
    this.grams = new Int32Array((MAX_WORD_FOR_CHARS + 2) * (spec.charMax - spec.charMin + 1));
  }

  /** The text's features, as training reads them. */
  extract(text: string): Features {
    const norm = normalise(this.capped(text)).text;
    this.count = 0;
    let prev = 0;
    for (let i = 0; i < norm.length;) {
      let width = wordUnitAt(norm, i);
      if (width === 0) {
        i++;
        continue;
      }
      const start = i;
      do i += width;
      while (i < norm.length && (width = wordUnitAt(norm, i)) !== 0);
      prev = this.addWord(norm, start, i, prev);
    }
    return this.finish();
  }

  /**
   * The same features as extract(text), as counts and by word (Tally). `normalised`, when given, is
   * normalise(text).text, already at hand: used when no cap applies; `words`, when given too, are its
   * words as a segment's shared reading holds them. Words are interned in the shared vocabulary, so a
   * word's own features are hashed once per process.
   */
  tally(text: string, normalised?: string, words?: WordRun): Tally {
    const given = normalised !== undefined && text.length <= this.spec.maxChars;
    if (!given || words === undefined) {
      const reading = readWords(given ? normalised : normalise(this.capped(text)).text);
      words = { reading, first: 0, last: reading.count };
    }
    this.count = 0;
    this.entryCount = 0;
    this.looseCount = 0;
    const { text: read, words: list } = words.reading;
    let most = 0;
    for (let k = words.first * STRIDE; k < words.last * STRIDE; k += STRIDE) most += this.ownFeaturesAtMost(list[k + END]! - list[k + START]!) + 1;
    this.useSlots(Math.max(MIN_SLOTS, 1 << (32 - Math.clz32(2 * most - 1))));
    let prev = 0;
    for (let k = words.first * STRIDE; k < words.last * STRIDE; k += STRIDE) {
      const word = list[k + ID]!;
      const from = list[k + START]!;
      const to = list[k + END]!;
      const entry = this.entryOf(word, read, from, to);
      const hashes = this.wordEntries;
      const own = entry + OWN_SPARE + this.spare;
      const end = own + hashes[entry + OWN_COUNT]!;
      if (word < 0) for (let f = own; f < end; f++) this.addLoose(hashes[f]!);
      else {
        this.pushEntry(entry);
        for (let f = own; f < end; f++) this.add(hashes[f]!);
      }
      const h = hashes[entry + OWN_HASH]!;
      if (prev !== 0) this.addLoose(mix(step(step(prev, SPACE), BIGRAM) ^ h));
      prev = h;
    }
    const { table, touched, index, counts } = this;
    let norm = 0;
    let size = 0;
    for (let k = 0; k < this.count; k++) {
      const at = 2 * touched[k]!;
      const c = table[at + 1]!;
      norm += c * c;
      if (c > 1 || c < -1) {
        index[size] = table[at]! - 1;
        counts[size++] = c;
      }
      table[at] = 0;
    }
    return {
      norm,
      size,
      index,
      count: counts,
      // Lists and lengths, not views: a view is an object made per call.
      entries: this.entries,
      entryCount: this.entryCount,
      loose: this.loose,
      looseCount: this.looseCount,
    };
  }

  /** Where the entry of the word text[from, to), whose vocabulary id is `word`, starts in entryTable. */
  private entryOf(word: number, text: string, from: number, to: number): number {
    if (word < 0) return this.hashInto(this.wordEntriesUsed, text, from, to);
    const known = this.entryById[word]! - 1;
    if (known >= 0) return known;
    const entry = this.hashInto(this.wordEntriesUsed, text, from, to);
    this.wordEntriesUsed = this.ownFeatures(entry)[1];
    this.entryById[word] = entry + 1;
    return entry;
  }

  /** The words' entries (Tally.entries): a reader of the tally reads and writes their spare ints here. */
  get entryTable(): Int32Array {
    return this.wordEntries;
  }

  /** Where the own features of the word whose entry starts at `entry` start in entryTable (its unigram, then its character n-grams), and end. */
  ownFeatures(entry: number): [number, number] {
    const own = entry + OWN_SPARE + this.spare;
    return [own, own + this.wordEntries[entry + OWN_COUNT]!];
  }

  /** Text beyond maxChars is not read. */
  private capped(text: string): string {
    return text.length > this.spec.maxChars ? text.slice(0, this.spec.maxChars) : text;
  }

  /** A word's unigram, its bigram with the word before (prev, its hash; 0 for none) and its character n-grams; returns its hash. */
  private addWord(text: string, from: number, to: number, prev: number): number {
    const h = wordHash(text, from, to);
    this.add(mix(h));
    if (prev !== 0) this.add(mix(step(step(prev, SPACE), BIGRAM) ^ h));
    this.addCharGrams(text, from, to);
    return h;
  }

  private addLoose(hash: number): void {
    if (this.looseCount === this.loose.length) this.loose = grown(this.loose);
    this.loose[this.looseCount++] = hash;
    this.add(hash);
  }

  private pushEntry(entry: number): void {
    if (this.entryCount === this.entries.length) this.entries = grown(this.entries);
    this.entries[this.entryCount++] = entry;
  }

  /**
   * Writes the entry of the word text[from, to) at entryTable[at] (OWN_HASH...): its spare ints zero, whatever a
   * word without an id left there.
   */
  private hashInto(at: number, text: string, from: number, to: number): number {
    const own = at + OWN_SPARE + this.spare;
    const most = own + this.ownFeaturesAtMost(to - from);
    if (most > this.wordEntries.length) {
      const grown = new Int32Array(Math.max(this.wordEntries.length * 2, most));
      grown.set(this.wordEntries);
      this.wordEntries = grown;
    }
    const hashes = this.wordEntries;
    const h = wordHash(text, from, to);
    const grams = this.charGrams(text, from, to);
    hashes[at + OWN_HASH] = h;
    hashes[at + OWN_COUNT] = grams + 1;
    hashes.fill(0, at + OWN_SPARE, own);
    hashes[own] = mix(h);
    hashes.set(this.grams.subarray(0, grams), own + 1);
    return at;
  }

  /** How many features a word of this many units adds at most: its own, and its n-grams (charGrams). */
  private ownFeaturesAtMost(units: number): number {
    return 1 + (Math.min(units, MAX_WORD_FOR_CHARS) + 2) * (this.spec.charMax - this.spec.charMin + 1);
  }

  /** Makes table the view of the buffer's first `slots` slots (a power of two), growing the buffer if it is smaller. */
  private useSlots(slots: number): void {
    if (2 * slots > this.buffer.length) {
      this.buffer = new Int32Array(2 * slots);
      this.views = [];
    }
    this.table = this.views[31 - Math.clz32(slots)] ??= this.buffer.subarray(0, 2 * slots);
  }

  /** Adds the n-grams of text[from, to) (charGrams). */
  private addCharGrams(text: string, from: number, to: number): void {
    const { grams } = this;
    for (let g = 0, count = this.charGrams(text, from, to); g < count; g++) this.add(grams[g]!);
  }

  /** The n-grams of text[from, to) padded with a space on both sides, its first 30 units only: into `grams`, their count. */
  private charGrams(text: string, from: number, to: number): number {
    const { charMin, charMax } = this.spec;
    const { padded, grams } = this;
    const units = Math.min(to - from, MAX_WORD_FOR_CHARS);
    const n = units + 2;
    padded[0] = SPACE;
    for (let k = 0; k < units; k++) padded[k + 1] = text.charCodeAt(from + k);
    padded[n - 1] = SPACE;
    let count = 0;
    for (let start = 0; start + charMin <= n; start++) {
      let h = step(FNV_OFFSET, CHARS);
      const end = Math.min(start + charMax, n);
      for (let at = start; at < end; at++) {
        h = step(h, padded[at]!);
        if (at - start + 1 >= charMin) grams[count++] = mix(h);
      }
    }
    return count;
  }

  private add(hash: number): void {
    const key = bucketOf(hash, this.spec.buckets) + 1;
    const { table } = this;
    const mask = (table.length >> 1) - 1;
    let slot = key & mask;
    for (let at = 2 * slot, found = table[at]!; found !== 0; at = 2 * slot, found = table[at]!) {
      if (found === key) {
        table[at + 1]! += signOf(hash);
        return;
      }
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = signOf(hash);
    if (this.count === this.touched.length) this.growLists();
    this.touched[this.count++] = slot;
    if (this.count * 4 > table.length) this.growTable();
  }

  private growLists(): void {
    this.touched = grown(this.touched);
    this.index = grown(this.index);
    this.counts = grown(this.counts);
    this.value = new Float32Array(this.touched.length);
  }

  /**
   * Twice the slots, the buckets met placed again (in the order met, so `touched` keeps that order). The
   * larger view may overlap the old one: the buckets are taken out first.
   */
  private growTable(): void {
    const old = this.table;
    const keys = new Int32Array(this.count);
    const counts = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) {
      const at = 2 * this.touched[k]!;
      keys[k] = old[at]!;
      counts[k] = old[at + 1]!;
      old[at] = 0;
    }
    this.useSlots(old.length);
    const { table } = this;
    const mask = (table.length >> 1) - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = keys[k]! & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = keys[k]!;
      table[2 * slot + 1] = counts[k]!;
      this.touched[k] = slot;
    }
  }

  /** extract's features: the non-zero counts in the order first met, scaled to unit length. */
  private finish(): Features {
    const { table, touched, index, value } = this;
    let norm = 0;
    let size = 0;
    for (let k = 0; k < this.count; k++) {
      const at = 2 * touched[k]!;
      const v = table[at + 1]!;
      const bucket = table[at]! - 1;
      table[at] = 0;
      if (v === 0) continue;
      index[size] = bucket;
      value[size++] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < size; k++) value[k]! *= scale;
    return { size, index: index.subarray(0, size), value: value.subarray(0, size) };
  }
}

/** A copy of the list with twice the room. */
function grown(from: Int32Array): Int32Array<ArrayBuffer> {
  const to = new Int32Array(from.length * 2);
  to.set(from);
  return to;
}
