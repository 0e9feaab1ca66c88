import { collapseDuplicatesTransformer, englishDataset, englishRecommendedTransformers, RegExpMatcher, skipNonAlphabeticTransformer, type TransformerContainer } from 'obscenity';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { obscenityMatcher } from '../../src/moderation/obscenity-matcher.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { randomTexts } from './random-texts.js';

const { blacklistedTerms, whitelistedTerms } = englishDataset.build();

/** Ours must find exactly what obscenity's matcher finds: the same terms at the same places, in its order. */
function agreeWithObscenity(transformers: TransformerContainer[], texts: readonly string[]): void {
  const options = { blacklistedTerms, whitelistedTerms, blacklistMatcherTransformers: transformers, whitelistMatcherTransformers: englishRecommendedTransformers.whitelistMatcherTransformers };
  const ours = obscenityMatcher(options);
  const obscenity = new RegExpMatcher(options);
  for (const text of texts) {
    const expected = obscenity.getAllMatches(text, true).map(({ termId, startIndex, endIndex }) => ({ termId, startIndex, endIndex }));
    expect([text, ours(text)]).toEqual([text, expected]);
  }
}

/** The random texts' pieces: letters of the terms, obscenity's leetspeak and look-alikes, case, runs and astral characters. */
const ALPHABET = [...'abcdefghiklnorstuwFUCKSHIT ..-_@4$5!1|(/0376 ', 'ß', 'ſ', 'ａ', '𝐟', '🅰', 'ⓤ', 'Ꭵ', '\u200b', '\ud83d', 'é', 'ck', 'ss', 'gg'];

const TRICKY = [
  '', 'I live in Scunthorpe and love classic cars', 'fuuuuck', 'F U C K', 'sh1t', '$h!t', '5hit', 'b!tch', 'n1gg@',
  'fück', 'ƒuck', '🅰ss', 'assume', 'ass', 'a$$', 'a55', 'class act', 'fu', 'f*ck', 'c0ck', '(0ck', 'ni99er',
  'pu55y', 'twat', 'tw@t', 'wh0re', 'whooore', 'bitchhhh', 'cuuunt', 'sluuut', 'b00nga', 'abbbeed', 'kike', 'chinkk',
  '𝐟uck', 'ＦＵＣＫ', 'f\u200buck', 'shi\ud83dt', 'the pen is mightier', 'an al', 'tetanus shot', 'a\u0301ss',
  `${'x'.repeat(20_000)} fuuuck`, 'ok '.repeat(10_000),
  // Whitelisted words around and over a match, spaces the whitelist collapses, astral characters before and after one.
  'assassin', 'a bass player', 'classic  assignment', 'cocktail hour, cock', 'Scunthorpe  assassin shit', 'pass  ass',
  '🙂ass🙂', 'ass🅰', 'shit\ud83d\ude00', '\ud83d\ude00\ud83d\ude00 twat', 'hello\ud83d',
  // Whitelisted words far from a match, and matches inside whitelisted words far into a long text.
  `tetanus ${'ok '.repeat(300)}shit ${'ok '.repeat(300)}assess`, `${'ok '.repeat(300)}assassin, ${'ok '.repeat(300)}an al cock pass ass`,
  `cocktail ${'x'.repeat(5000)} ass ${'x'.repeat(5000)} assassinassassin`,
  // Whitelisted words that overlap themselves ("assa", "magna cum"), over a match, beside one, and far from one.
  `assassassa ${'ok '.repeat(300)}magna cum laude and magna cumagna cum ${'ok '.repeat(300)}shit assassa`, 'rapperapper shit', 'ass assa assassa',
];

describe('obscenityMatcher', () => {
  it("finds what obscenity's matcher finds under the English preset's transformers", () => {
    agreeWithObscenity(englishRecommendedTransformers.blacklistMatcherTransformers!, [...TRICKY, ...randomTexts(3000, ALPHABET, 16)]);
  });

  it('follows a transformer chain that drops characters, as obscenity reads it', () => {
    const chain = [...englishRecommendedTransformers.blacklistMatcherTransformers!];
    chain.splice(3, 0, skipNonAlphabeticTransformer());
    agreeWithObscenity(chain, [...TRICKY, ...randomTexts(1000, ALPHABET, 16)]);
  });

  it('collapses runs as obscenity does with other thresholds: none, unlimited, dropped letters, astral ones', () => {
    const chain = [...englishRecommendedTransformers.blacklistMatcherTransformers!];
    chain[chain.length - 1] = collapseDuplicatesTransformer({ defaultThreshold: 2, customThresholds: new Map([['u', 0], ['s', Infinity], ['c', 1], ['𝐟', 3]]) });
    agreeWithObscenity(chain, [...TRICKY, 'ffuuucckk', 'shhhiiittt', 'sssss', '𝐟𝐟𝐟𝐟uck', ...randomTexts(2000, ALPHABET, 16)]);
  });

  it('runs a chain of two stateful transformers in their order', () => {
    const chain = [...englishRecommendedTransformers.blacklistMatcherTransformers!, collapseDuplicatesTransformer({ defaultThreshold: 1 })];
    agreeWithObscenity(chain, [...TRICKY, ...randomTexts(1000, ALPHABET, 16)]);
  });

  it('finds what obscenity finds in every eval row and labeled About', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    agreeWithObscenity(englishRecommendedTransformers.blacklistMatcherTransformers!, sets.flatMap((set) => set.cases.map((c) => c.doc.text)));
  });

  it('finds nothing in ordinary prose, and a swear word where it is', () => {
    const find = obscenityMatcher({ blacklistedTerms, whitelistedTerms, ...englishRecommendedTransformers });
    expect(find('We bake sourdough every morning and deliver across the county.')).toEqual([]);
    expect(new Set(find('We bake sourdough and deliver shit.').map((m) => `${m.startIndex}-${m.endIndex}`))).toEqual(new Set(['30-33']));
  });
});
