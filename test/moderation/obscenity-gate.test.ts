import { englishDataset, englishRecommendedTransformers, RegExpMatcher, skipNonAlphabeticTransformer, type TransformerContainer } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { obscenityGate } from '../../src/moderation/obscenity-gate.js';

const { blacklistedTerms } = englishDataset.build();

/** The gate must say "may match" exactly when obscenity, whitelist aside, finds a term. */
function agreeWithObscenity(transformers: TransformerContainer[], texts: readonly string[]): void {
  const gate = obscenityGate({ blacklistedTerms, blacklistMatcherTransformers: transformers });
  const obscenity = new RegExpMatcher({ blacklistedTerms, blacklistMatcherTransformers: transformers });
  for (const text of texts) expect([text, gate(text)]).toEqual([text, obscenity.hasMatch(text)]);
}

/** Texts drawn from letters of the terms, obscenity's leetspeak and look-alikes, case, runs and astral characters. */
function randomTexts(count: number): string[] {
  const alphabet = [...'abcdefghiklnorstuwFUCKSHIT ..-_@4$5!1|(/0376 ', 'ß', 'ſ', 'ａ', '𝐟', '🅰', 'ⓤ', 'Ꭵ', '\u200b', '\ud83d', 'é', 'ck', 'ss', 'gg'];
  let seed = 16;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(next() * 14);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)]!.repeat(next() < 0.15 ? 3 : 1);
    return text;
  });
}

const TRICKY = [
  '', 'I live in Scunthorpe and love classic cars', 'fuuuuck', 'F U C K', 'sh1t', '$h!t', '5hit', 'b!tch', 'n1gg@',
  'fück', 'ƒuck', '🅰ss', 'assume', 'ass', 'a$$', 'a55', 'class act', 'fu', 'f*ck', 'c0ck', '(0ck', 'ni99er',
  'pu55y', 'twat', 'tw@t', 'wh0re', 'whooore', 'bitchhhh', 'cuuunt', 'sluuut', 'b00nga', 'abbbeed', 'kike', 'chinkk',
  '𝐟uck', 'ＦＵＣＫ', 'f\u200buck', 'shi\ud83dt', 'the pen is mightier', 'an al', 'tetanus shot', 'a\u0301ss',
  `${'x'.repeat(20_000)} fuuuck`, 'ok '.repeat(10_000),
];

describe('obscenityGate', () => {
  it("answers as obscenity's matcher does under the English preset's transformers", () => {
    agreeWithObscenity(englishRecommendedTransformers.blacklistMatcherTransformers!, [...TRICKY, ...randomTexts(3000)]);
  });

  it('follows a transformer chain that drops characters, as obscenity reads it', () => {
    const chain = [...englishRecommendedTransformers.blacklistMatcherTransformers!];
    chain.splice(3, 0, skipNonAlphabeticTransformer());
    agreeWithObscenity(chain, [...TRICKY, ...randomTexts(1000)]);
  });

  it('lets most ordinary prose skip the matcher', () => {
    const gate = obscenityGate({ blacklistedTerms, ...englishRecommendedTransformers });
    expect(gate('We bake sourdough every morning and deliver across the county.')).toBe(false);
    expect(gate('We bake sourdough and deliver shit.')).toBe(true);
  });
});
