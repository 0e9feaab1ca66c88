import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, FeatureHasher } from '../../src/moderation/model/features.js';
import { WordMargins } from '../../src/moderation/model/word-margins.js';
import { normalise } from '../../src/moderation/normalise.js';
import { readWords, Vocabulary } from '../../src/moderation/segment-words.js';

const HEADS = 3;

/** Random int8 weights, bucket-major (as a weights file holds them), from a fixed seed. */
function weights(): Int8Array {
  let seed = 12345;
  const out = new Int8Array(DEFAULT_SPEC.buckets * HEADS);
  for (let i = 0; i < out.length; i++) out[i] = ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24) - 128;
  return out;
}

describe('margins added up a word at a time', () => {
  const w = weights();
  /** What training means by a margin: weight x value over extract's features, in the order listed. */
  const byFeatures = (text: string) => {
    const { size, index, value } = new FeatureHasher(DEFAULT_SPEC).extract(text);
    return Array.from({ length: HEADS }, (_, h) => {
      let m = 0;
      for (let k = 0; k < size; k++) m += w[index[k]! * HEADS + h]! * value[k]!;
      return m;
    });
  };

  it('are the very floats the sum over the scaled feature vector gives', () => {
    const margins = new WordMargins(w, HEADS, DEFAULT_SPEC);
    const { hasher } = margins;
    const texts = [
      'You are a worthless idiot.',
      // Counts of 3, 5 and 6 (not powers of two) need the correction; 2 and 4 do not.
      'ab ab ab ab ab, abc abc abc abc abc abc and more words to make the scale odd',
      'the the the the then there their',
      'héllo 😀 wörld a𠀀b',
      // Past the 2,000 characters read, and words longer than the 30 characters n-grams are taken from.
      Array.from({ length: 400 }, (_, i) => `w${i % 37}${'q'.repeat(i % 40)}`).join(' '),
      '',
      '!!!',
    ];
    for (const text of texts) {
      const normalised = normalise(text).text;
      const reading = readWords(normalised);
      // Twice with the shared reading (words summed, then read back by id), and from the text alone.
      for (const words of [{ reading, first: 0, last: reading.count }, { reading, first: 0, last: reading.count }, undefined]) {
        const got = [...margins.of(hasher.tally(text, words && normalised, words))];
        expect(got.map((m, h) => Object.is(m, byFeatures(text)[h]))).toEqual(Array(HEADS).fill(true));
      }
    }
  });

  // Last in the file: it fills the vocabulary this process shares.
  it("are exact for a word first tallied where a word without an id (the vocabulary full) left its features", () => {
    const margins = new WordMargins(w, HEADS, DEFAULT_SPEC);
    const exact = (text: string) => {
      const got = [...margins.of(margins.hasher.tally(text, text))];
      expect(got.map((m, h) => Object.is(m, byFeatures(text)[h]))).toEqual(Array(HEADS).fill(true));
    };
    // Interned now, first tallied after the vocabulary is full.
    readWords('zebrawood quokka');
    readWords(Array.from({ length: Vocabulary.MAX_WORDS }, (_, i) => `f${i.toString(36)}`).join(' '));
    // Words without an id are hashed into the free end of the hasher's table each time, not kept: the next word
    // with an id is written over them there, its sums where their features were.
    exact('unseenwordaaaaaaaaaaaaa unseenwordbbbbbbbbbbbbbbbb');
    exact('zebrawood quokka');
    exact('zebrawood quokka');
  });
});
