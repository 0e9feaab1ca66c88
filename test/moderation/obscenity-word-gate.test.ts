import { collapseDuplicatesTransformer, englishDataset, englishRecommendedTransformers, skipNonAlphabeticTransformer, type TransformerContainer } from 'obscenity';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { detectProfanity } from '../../src/moderation/detect-profanity.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { obscenityMatcher } from '../../src/moderation/obscenity-matcher.js';
import { obscenityWordGate } from '../../src/moderation/obscenity-word-gate.js';
import { readWords } from '../../src/moderation/segment-words.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { config, doc, text } from './docs.js';

const { blacklistedTerms, whitelistedTerms } = englishDataset.build();
const options = { blacklistedTerms, whitelistedTerms, ...englishRecommendedTransformers };

/** The gate may say "maybe" to a text without a term, never "no" to one with a term. */
function neverMisses(gate: ReturnType<typeof obscenityWordGate>, texts: readonly string[], transformers = englishRecommendedTransformers.blacklistMatcherTransformers!): number {
  const find = obscenityMatcher({ ...options, blacklistMatcherTransformers: transformers, whitelistedTerms: [] });
  let skipped = 0;
  for (const text of texts) {
    if (gate!(readWords(text))) continue;
    skipped++;
    expect([text, find(text)]).toEqual([text, []]);
  }
  return skipped;
}

/** Texts from letters of the terms, leetspeak, look-alikes, spacing and astral characters, and wildcard term parts on either side of a gap. */
function randomTexts(count: number): string[] {
  const alphabet = [...'abcdefhiklnorstuFUCKSHIT  ..,-_@4$5!1|(/0*', 'ß', 'ſ', 'ａ', '𝐟', '🅰', '🙂', 'é', '\ud83d', 'ck', 'ss', ' f ', ' ck', 'of ', '日本'];
  let seed = 10;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(next() * 14);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)]!.repeat(next() < 0.15 ? 3 : 1);
    return text;
  });
}

describe('obscenityWordGate', () => {
  const gate = obscenityWordGate(options);

  it('lets through every text a term matches in, and skips ordinary prose', () => {
    expect(gate).toBeDefined();
    const skipped = neverMisses(gate, randomTexts(6000));
    expect(skipped).toBeGreaterThan(1000);
    expect(gate!(readWords('We bake sourdough every morning and deliver across the county.'))).toBe(false);
  });

  it("reads a wildcard term across a gap: \"f ck\" (its wildcard on the space) but not \"of course\"", () => {
    for (const text of ['f ck', 'of ck off', 'what the f.ck', 'f🙂ck', 'ff  ck']) expect([text, gate!(readWords(text))]).toEqual([text, true]);
    for (const text of ['of course', 'half a cake', 'of chocolate']) expect([text, gate!(readWords(text))]).toEqual([text, false]);
  });

  it('reads characters between words that leetspeak turns into letters as part of them', () => {
    for (const text of ['sh!t', 'a$$', '(ock', '@ss', 'b!tch']) expect([text, gate!(readWords(text))]).toEqual([text, true]);
    expect(gate!(readWords('hi! (ok)'))).toBe(false);
  });

  it('leaves detectProfanity finding a swear word split by a gap or spelled with symbols, and nothing in prose beside it', () => {
    const { policy } = config();
    const found = (value: string) => detectProfanity(prepareSegments(doc(text(value))), policy).map((r) => r.evidence.map((e) => e.value)).flat();
    expect(found('What the f ck is this')).toEqual(['f ck']);
    expect(found('Oh sh!t, late again')).toEqual(['sh!t']);
    expect(found('Worth every penny, of course, and a fine clock too.')).toEqual([]);
  });

  it('never misses in the eval rows and labeled Abouts', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    neverMisses(gate, sets.flatMap((set) => set.cases.map((c) => c.doc.text.toLowerCase())));
  });

  it('stays exact under other collapse thresholds and a chain that drops characters, or declines', () => {
    const chain: TransformerContainer[] = [...englishRecommendedTransformers.blacklistMatcherTransformers!];
    chain[chain.length - 1] = collapseDuplicatesTransformer({ defaultThreshold: 2, customThresholds: new Map([['u', 0], ['s', Infinity]]) });
    neverMisses(obscenityWordGate({ ...options, blacklistMatcherTransformers: chain }), randomTexts(2000), chain);
    const dropping = [...englishRecommendedTransformers.blacklistMatcherTransformers!];
    dropping.splice(3, 0, skipNonAlphabeticTransformer());
    neverMisses(obscenityWordGate({ ...options, blacklistMatcherTransformers: dropping }), randomTexts(2000), dropping);
    expect(obscenityWordGate({ ...options, blacklistMatcherTransformers: [...chain, collapseDuplicatesTransformer({ defaultThreshold: 1 })] })).toBeUndefined();
  });
});
