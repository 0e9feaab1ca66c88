import { bucketOf, FeatureHasher, OWN_SPARE, signOf, type FeatureSpec, type Tally } from './features.js';

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
 *
 * A word's sums are kept in its entry in the hasher's table, in the spare ints before its features (the
 * signed sum of its own features' weights per head, then 1 once they are added up): the tally has just
 * read that entry, so the sums are in cache, where a table of their own by id was a cache miss a word.
 */
export class WordMargins {
  /** Reads the texts and their words, with room in each word's entry for its sums. */
  readonly hasher: FeatureHasher;
  /** The counts' corrections of a text. */
  private readonly corrections: Float64Array;
  /** The margins of the last text given to of(), one per head. */
  readonly margins: Float64Array;

  /** `weights`: int8, bucket-major, `heads` a bucket; `spec`: how the texts are read. */
  constructor(
    private readonly weights: Int8Array,
    private readonly heads: number,
    spec: FeatureSpec,
  ) {
    this.hasher = new FeatureHasher(spec, heads + 1);
    this.corrections = new Float64Array(heads);
    this.margins = new Float64Array(heads);
  }

  /** The margins of the text hasher.tally read. */
  of({ norm, size, index, count, entries, entryCount, loose, looseCount }: Tally): Float64Array {
    const { heads, weights, corrections, margins } = this;
    const buckets = this.hasher.spec.buckets;
    const sums = this.hasher.entryTable;
    for (let k = 0; k < entryCount; k++) if (sums[entries[k]! + OWN_SPARE + heads] !== 1) this.learn(entries[k]!);
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
      for (let k = 0; k < entryCount; k++) whole += sums[entries[k]! + OWN_SPARE + h]!;
      for (let k = 0; k < looseCount; k++) whole += signOf(loose[k]!) * weights[bucketOf(loose[k]!, buckets) * heads + h]!;
      margins[h] = unit * whole + corrections[h]!;
    }
    return margins;
  }

  /** Adds up the own features' signed weights of the word whose entry starts at `entry`, once. */
  private learn(entry: number): void {
    const { heads, weights } = this;
    const table = this.hasher.entryTable;
    const sums = entry + OWN_SPARE;
    const [first, end] = this.hasher.ownFeatures(entry);
    const buckets = this.hasher.spec.buckets;
    for (let f = first; f < end; f++) {
      const sign = signOf(table[f]!);
      for (let h = 0, at = bucketOf(table[f]!, buckets) * heads; h < heads; h++) table[sums + h]! += sign * weights[at + h]!;
    }
    table[sums + heads] = 1;
  }
}
