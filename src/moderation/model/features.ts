import { normalise } from '../normalise.js';

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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD = 1;
const BIGRAM = 2;
const CHARS = 3;
const SPACE = 0x20;
/** Longer "words" (URLs, keyboard mashing) add only their first characters' n-grams. */
const MAX_WORD_FOR_CHARS = 30;
const TOKEN = /[\p{L}\p{N}]+/gu;

const step = (h: number, c: number) => Math.imul(h ^ c, FNV_PRIME);

/** murmur3's finaliser: FNV alone leaves the low bits (the bucket) poorly mixed. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Hashed word unigrams, word bigrams and character n-grams of the normalised text (so "f.u.c.k",
 * "sh1t" and Cyrillic look-alikes read as the words they spell). Each feature lands in a bucket with
 * a sign from its hash (collisions cancel rather than add up); counts are then scaled to unit length.
 * One hasher reuses its scratch arrays: not for concurrent use, which JavaScript never does here.
 */
export class FeatureHasher {
  private readonly acc: Float32Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;
  private readonly value: Float32Array;
  private count = 0;

  constructor(readonly spec: FeatureSpec) {
    if (spec.buckets & (spec.buckets - 1)) throw new Error('feature buckets must be a power of two');
    this.acc = new Float32Array(spec.buckets);
    this.seen = new Uint8Array(spec.buckets);
    this.touched = new Int32Array(spec.buckets);
    this.value = new Float32Array(spec.buckets);
  }

  /** `normalised`, when given, is normalise(text).text, already at hand: used when no cap applies. */
  extract(text: string, normalised?: string): Features {
    const { spec } = this;
    const norm = normalised !== undefined && text.length <= spec.maxChars
      ? normalised
      : normalise(text.length > spec.maxChars ? text.slice(0, spec.maxChars) : text).text;
    this.count = 0;
    let prev = 0;
    for (const match of norm.matchAll(TOKEN)) {
      const word = match[0];
      let h = step(FNV_OFFSET, WORD);
      for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
      this.add(mix(h));
      if (prev !== 0) this.add(mix(step(step(prev, SPACE), BIGRAM) ^ h));
      prev = h;
      this.addCharGrams(word);
    }
    return this.finish();
  }

  private addCharGrams(word: string): void {
    const { charMin, charMax } = this.spec;
    const n = Math.min(word.length, MAX_WORD_FOR_CHARS) + 2;
    const at = (i: number) => (i === 0 || i === n - 1 ? SPACE : word.charCodeAt(i - 1));
    for (let start = 0; start + charMin <= n; start++) {
      let h = step(FNV_OFFSET, CHARS);
      for (let len = 1; len <= charMax && start + len <= n; len++) {
        h = step(h, at(start + len - 1));
        if (len >= charMin) this.add(mix(h));
      }
    }
  }

  private add(hash: number): void {
    const bucket = hash & (this.spec.buckets - 1);
    if (!this.seen[bucket]) {
      this.seen[bucket] = 1;
      this.touched[this.count++] = bucket;
    }
    this.acc[bucket]! += hash & 0x80000000 ? -1 : 1;
  }

  private finish(): Features {
    let norm = 0;
    let size = 0;
    for (let k = 0; k < this.count; k++) {
      const bucket = this.touched[k]!;
      const v = this.acc[bucket]!;
      this.acc[bucket] = 0;
      this.seen[bucket] = 0;
      if (v === 0) continue;
      this.touched[size] = bucket;
      this.value[size++] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < size; k++) this.value[k]! *= scale;
    return { size, index: this.touched.subarray(0, size), value: this.value.subarray(0, size) };
  }
}
