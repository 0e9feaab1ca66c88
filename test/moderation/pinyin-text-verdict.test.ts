import { describe, expect, it } from 'vitest';
import { looksLikePinyin } from '../../src/moderation/chinese-spellings.js';
import { detectHateMultilingual } from '../../src/moderation/detect-hate-multilingual.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { doc, text } from './docs.js';

/**
 * Whether a text is Mandarin written in pinyin is read from its ASCII words while they decide it, and from the text
 * lower-cased and tone-folded whole once a character beyond ASCII comes first: tone marks ("nǚrén"), a mark typed after
 * a letter ("sh\u0300i"), letters whose lower case is longer ("İ"). Both readings give one verdict.
 */
const policy = { multilingual: true } as Parameters<typeof detectHateMultilingual>[1];
const flagged = (value: string) => detectHateMultilingual(prepareSegments(doc(text(value))), policy).length > 0;

describe('a text read as pinyin', () => {
  it.each([
    'ni men dou shi la ji',
    'NI MEN DOU SHI LA JI',
    'tamen4 shi laji',
    'heirenshilaji',
    // A word beyond ASCII before the verdict: read whole, its tones folded.
    'Nǚrén dōu shì lājī',
    'nv ren dou shì la ji',
    // A tone mark typed inside a word, the text's other tones folding it away: one word, "shi".
    'sh\u0300i men dōu shi la ji',
  ])('reads "%s" as pinyin', (value) => expect(looksLikePinyin(value)).toBe(true));

  it.each([
    'hello there, I love hiking',
    'you are what you eat',
    'I love my dog',
    // The English word decides before the tone mark is met.
    'Welcome to my page, nǐ hǎo',
    'İstanbul da yaşıyorum',
    'ΣΑΣ ni men dou shi',
  ])('does not read "%s" as pinyin', (value) => expect(looksLikePinyin(value)).toBe(false));

  it('reads hate in pinyin with tone marks and without, and leaves English alone', () => {
    expect(flagged('hei ren dou shi la ji')).toBe(true);
    expect(flagged('hēi rén dōu shì lā jī')).toBe(true);
    expect(flagged('He ran to the shop, then we had lunch')).toBe(false);
  });
});
