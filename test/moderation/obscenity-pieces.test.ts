import { collapseDuplicatesTransformer, englishDataset, englishRecommendedTransformers, skipNonAlphabeticTransformer, type TransformerContainer } from 'obscenity';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { detectProfanity } from '../../src/moderation/detect-profanity.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { obscenityMatcher } from '../../src/moderation/obscenity-matcher.js';
import { obscenityPieces } from '../../src/moderation/obscenity-pieces.js';
import { readWords } from '../../src/moderation/segment-words.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { config, doc, text } from './docs.js';
import { randomTexts } from './random-texts.js';

const { blacklistedTerms, whitelistedTerms } = englishDataset.build();
const options = { blacklistedTerms, whitelistedTerms, ...englishRecommendedTransformers };

/**
 * Reading by pieces finds exactly what reading the whole text finds (whitelist included), and says
 * "no piece" only to texts without a term; returns how many texts it found no piece in.
 */
function sameAsWholeText(chain: TransformerContainer[], texts: readonly string[]): number {
  const chained = { ...options, blacklistMatcherTransformers: chain };
  const piecesOf = obscenityPieces(chained);
  expect(piecesOf).toBeDefined();
  const whole = obscenityMatcher(chained);
  const byPieces = obscenityMatcher(chained, piecesOf);
  let none = 0;
  for (const text of texts) {
    const reading = readWords(text);
    expect([text, byPieces(text, reading)]).toEqual([text, whole(text)]);
    if (piecesOf!(reading).length === 0) none++;
  }
  return none;
}

/** Whether a term may match in the text, by its pieces. */
const mayMatch = (text: string) => {
  const pieces = obscenityPieces(options)!(readWords(text));
  return typeof pieces === 'string' || pieces.length > 0;
};

/** The random texts' pieces: letters of the terms, leetspeak, look-alikes, spacing and astral characters, and wildcard term parts on either side of a gap. */
const ALPHABET = [...'abcdefhiklnorstuFUCKSHIT  ..,-_@4$5!1|(/0*', 'ß', 'ſ', 'ａ', '𝐟', '🅰', '🙂', 'é', '\ud83d', 'ck', 'ss', ' f ', ' ck', 'of ', '日本'];

describe('obscenityPieces', () => {
  const chain = englishRecommendedTransformers.blacklistMatcherTransformers!;

  it('finds what the whole text gives, and skips ordinary prose', () => {
    expect(sameAsWholeText(chain, randomTexts(6000, ALPHABET, 10))).toBeGreaterThan(1000);
    expect(mayMatch('We bake sourdough every morning and deliver across the county.')).toBe(false);
  });

  it("reads a wildcard term across a gap: \"f ck\" (its wildcard on the space) but not \"of course\"", () => {
    for (const text of ['f ck', 'of ck off', 'what the f.ck', 'f🙂ck', 'ff  ck']) expect([text, mayMatch(text)]).toEqual([text, true]);
    for (const text of ['of course', 'half a cake', 'of chocolate']) expect([text, mayMatch(text)]).toEqual([text, false]);
  });

  it('reads characters between words that leetspeak turns into letters as part of them', () => {
    for (const text of ['sh!t', 'a$$', '(ock', '@ss', 'b!tch']) expect([text, mayMatch(text)]).toEqual([text, true]);
    expect(mayMatch('hi! (ok)')).toBe(false);
  });

  it('leaves detectProfanity finding a swear word split by a gap or spelled with symbols, and nothing in prose beside it', () => {
    const { policy } = config();
    const found = (value: string) => detectProfanity(prepareSegments(doc(text(value))), policy).map((r) => r.evidence.map((e) => e.value)).flat();
    expect(found('What the f ck is this')).toEqual(['f ck']);
    expect(found('Oh sh!t, late again')).toEqual(['sh!t']);
    expect(found('Worth every penny, of course, and a fine clock too.')).toEqual([]);
  });

  it('finds what the whole text gives in the eval rows and labeled Abouts', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    sameAsWholeText(chain, sets.flatMap((set) => set.cases.map((c) => c.doc.text)));
  });

  it('stays exact under other collapse thresholds and a chain that drops characters, or declines', () => {
    const other: TransformerContainer[] = [...chain];
    other[other.length - 1] = collapseDuplicatesTransformer({ defaultThreshold: 2, customThresholds: new Map([['u', 0], ['s', Infinity]]) });
    sameAsWholeText(other, randomTexts(2000, ALPHABET, 10));
    const dropping = [...chain];
    dropping.splice(3, 0, skipNonAlphabeticTransformer());
    sameAsWholeText(dropping, randomTexts(2000, ALPHABET, 10));
    expect(obscenityPieces({ ...options, blacklistMatcherTransformers: [...other, collapseDuplicatesTransformer({ defaultThreshold: 1 })] })).toBeUndefined();
  });
});
