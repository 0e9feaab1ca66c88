import { Vocabulary } from '../segment-words.js';
import { bucketOf, signOf, type FeatureHasher, type Tally } from './features.js';

/**
 * A linear model's margins (per head, the sum over a text's features of weight x value, value being a
 * bucket's count c scaled to unit length: fround(c x scale), scale = 1 / sqrt(sum of c^2)), added up a
 * word at a time, and bit for bit the floats the sum over the feature vector gives.
 *
 * Why exact: every value is a float32 at least fround(scale) in size, so a multiple of the float32
 * unit u at fround(scale); so is every product with an 8-bit weight, and every partial sum stays well
 * under 2^53 u (under 2^45 u for the 2,000 characters a text is capped at), so no addition rounds and
 * the sum is the same in any order. A count that is 0 or a power of two gives exactly
 * c x fround(scale); so the margin is fround(scale) x (the integer sum, over every feature read, of its
 * sign x its weight) plus, for the few buckets with another count, weight x (fround(c x scale) -
 * c x fround(scale)), each term exact. The integer sum is linear, so a word's own features (unigram
 * and character n-grams) are added up once per word id and kept; only bigrams are looked up per text.
 */
export class WordMargins {
  /**
   * By vocabulary id, `row` ints a word: the signed sum of its own features' weights per head, then 1 once
   * they are added up; grown as ids come. A row is a power of two of ints, so a word's row never straddles
   * a cache line and its check and its sums are one line.
   */
  private sums = new Int32Array(0);
  private readonly row: number;
  /** The counts' corrections of a text. */
  private readonly corrections: Float64Array;
  /** The margins of the last text given to of(), one per head. */
  readonly margins: Float64Array;

  /** `weights`: int8, bucket-major, `heads` a bucket; `hasher` reads the texts and their words. */
  constructor(
    private readonly weights: Int8Array,
    private readonly heads: number,
    private readonly hasher: FeatureHasher,
  ) {
    this.row = 1 << (32 - Math.clz32(heads));
    this.corrections = new Float64Array(heads);
    this.margins = new Float64Array(heads);
  }

  /** The margins of the text hasher.tally read. */
  of({ norm, size, index, count, ids, idCount, loose, looseCount }: Tally): Float64Array {
    const { heads, row, weights, corrections, margins } = this;
    const buckets = this.hasher.spec.buckets;
    for (let k = 0; k < idCount; k++) if (!(ids[k]! * row < this.sums.length && this.sums[ids[k]! * row + heads] === 1)) this.learn(ids[k]!);
    const sums = this.sums;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const unit = Math.fround(scale);
    corrections.fill(0);
    for (let k = 0; k < size; k++) {
      const c = count[k]!;
      const off = Math.fround(c * scale) - c * unit;
      if (off === 0) continue;
      for (let h = 0, at = index[k]! * heads; h < heads; h++) corrections[h]! += weights[at + h]! * off;
    }
    // A head at a time, into a local: the first head's loop reads every word's and bigram's row with no
    // store between the reads, so their cache misses overlap; the other heads then find the rows in cache.
    for (let h = 0; h < heads; h++) {
      let whole = 0;
      for (let k = 0; k < idCount; k++) whole += sums[ids[k]! * row + h]!;
      for (let k = 0; k < looseCount; k++) whole += signOf(loose[k]!) * weights[bucketOf(loose[k]!, buckets) * heads + h]!;
      margins[h] = unit * whole + corrections[h]!;
    }
    return margins;
  }

  /** Adds up the word's own features' signed weights, once. */
  private learn(id: number): void {
    const { heads, row, weights } = this;
    if ((id + 1) * row > this.sums.length) {
      const sums = new Int32Array(Math.min(Vocabulary.MAX_WORDS, Math.max(1024, 2 * (id + 1))) * row);
      sums.set(this.sums);
      this.sums = sums;
    }
    const features = this.hasher.wordFeatures(id);
    const buckets = this.hasher.spec.buckets;
    for (let f = 0; f < features.length; f++) {
      const sign = signOf(features[f]!);
      for (let h = 0, at = bucketOf(features[f]!, buckets) * heads; h < heads; h++) this.sums[id * row + h]! += sign * weights[at + h]!;
    }
    this.sums[id * row + heads] = 1;
  }
}
