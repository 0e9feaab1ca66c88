import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, FeatureHasher, type Features, type Tally } from '../../src/moderation/model/features.js';
import { readWords, wordsWithin } from '../../src/moderation/segment-words.js';

const copy = (f: Features) => ({ index: [...f.index], value: [...f.value] });

describe('the text model features', () => {
  it('lists each feature once, in the order first met, with its count scaled to unit length', () => {
    // "ab ab": the word, its three n-grams (" ab", " ab ", "ab ") twice each, then the bigram once,
    // met after the second word and before its n-grams, which were met already.
    const { index, value } = copy(new FeatureHasher(DEFAULT_SPEC).extract('ab ab'));
    expect(new Set(index).size).toBe(5);
    expect(value.map((v) => Math.abs(v))).toEqual([2, 2, 2, 2, 1].map((c) => Math.fround(c / Math.sqrt(17))));
    expect(value.reduce((sum, v) => sum + v * v, 0)).toBeCloseTo(1, 6);
  });

  it('gives a text the same features whatever the hasher read before (its scratch tables grow and are reused)', () => {
    const short = 'You are a worthless idiot.';
    const fresh = copy(new FeatureHasher(DEFAULT_SPEC).extract(short));
    const used = new FeatureHasher(DEFAULT_SPEC);
    // A long text of distinct words outgrows the first table and lists; the short text comes after it.
    used.extract(Array.from({ length: 900 }, (_, i) => `word${i.toString(36)}x`).join(' '));
    used.extract('ab ab');
    expect(copy(used.extract(short))).toEqual(fresh);
  });

  it('tallies and extracts a text alike whatever it read before (its table sized to each text tallied, grown while extracting)', () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i.toString(36)}x`).join(' ');
    const short = 'You are a worthless idiot, you idiot.';
    const tallied = (t: Tally) => ({ norm: t.norm, many: [...t.index.subarray(0, t.size)].map((bucket, k) => [bucket, t.count[k]!]) });
    const fresh = () => new FeatureHasher(DEFAULT_SPEC);
    const used = fresh();
    // The long text's tally grows the table; a short text's then uses its first slots, and extracting the long
    // text after it grows them again, in place, while adding.
    expect(tallied(used.tally(long, long))).toEqual(tallied(fresh().tally(long, long)));
    used.tally('ab ab', 'ab ab');
    expect(copy(used.extract(long))).toEqual(copy(fresh().extract(long)));
    used.tally('ab ab', 'ab ab');
    expect(tallied(used.tally(short, short))).toEqual(tallied(fresh().tally(short, short)));
    expect(copy(used.extract(short))).toEqual(copy(fresh().extract(short)));
  });

  it('reads words as runs of letters and digits of any script, astral ones included', () => {
    const hasher = new FeatureHasher(DEFAULT_SPEC);
    // Punctuation, spaces and emoji separate words alike; 𠀀 (U+20000, outside the BMP) is a letter.
    expect(copy(hasher.extract('héllo, wörld'))).toEqual(copy(hasher.extract('héllo 😀 wörld!')));
    expect(copy(hasher.extract('a😀b'))).toEqual(copy(hasher.extract('a b')));
    expect(copy(hasher.extract('a𠀀b'))).not.toEqual(copy(hasher.extract('a 𠀀 b')));
  });

  it("tallies the same counts from a segment's shared word reading as from the text", () => {
    const hasher = new FeatureHasher(DEFAULT_SPEC);
    const counts = (t: Tally) => ({ norm: t.norm, many: new Map([...t.index.subarray(0, t.size)].map((bucket, k) => [bucket, t.count[k]!])) });
    const long = 'x'.repeat(45);
    for (const text of ['you are a worthless idiot, you idiot', 'héllo 😀 wörld a𠀀b', `${long} ${long}y`, 'ab ab ab', '']) {
      const reading = readWords(text);
      const whole = { reading, first: 0, last: reading.count };
      const alone = counts(hasher.tally(text, text));
      // Twice: the first reading hashes the words, the second reads them back.
      expect(counts(hasher.tally(text, text, whole))).toEqual(alone);
      expect(counts(hasher.tally(text, text, whole))).toEqual(alone);
    }
    // "ab ab ab": the word and its three n-grams three times each, the bigram "ab ab" twice.
    expect(counts(hasher.tally('ab ab ab', 'ab ab ab'))).toEqual({ norm: 4 * 9 + 4, many: expect.any(Map) });
    expect([...counts(hasher.tally('ab ab ab', 'ab ab ab')).many.values()].map(Math.abs).sort()).toEqual([2, 3, 3, 3, 3]);
    const text = 'First sentence here. You are scum';
    const part = wordsWithin(readWords(text), 21, text.length)!;
    expect(counts(hasher.tally('You are scum', text.slice(21), part))).toEqual(counts(hasher.tally('You are scum', 'You are scum')));
  });
});
