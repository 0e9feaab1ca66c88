import { describe, expect, it } from 'vitest';
import { correctTypos } from '../../src/moderation/correct-typos.js';
import { normalise } from '../../src/moderation/normalise.js';
import { keeps } from './docs.js';

/**
 * No word list guards Turkish, so the typo readers once read its words as other languages' targets ("yine",
 * "again", as Hindi "jine"). A text that shows itself Turkish (two of its own words, or a letter of its own)
 * keeps its words unless one reads as an English target: bios of every language mix English in (correct-typos.ts,
 * isUnlistedWordHere). Our own sentences, none from an eval set.
 */
const read = (value: string) => correctTypos(normalise(value)).text;

describe('a Turkish text\'s own words are not read as another language\'s', () => {
  it.each([
    'Bugün yine çok güzel bir gün.',
    'Yine geldim, merhaba arkadaşlar!',
    'Yine de seni seviyorum.',
    'Göçmenler yine bize yardım etti.',
  ])('keeps "yine" in %s', (value) => expect(read(value).split(/\W+/)).toContain('yine'));

  it('still reads an English target misspelt in a Turkish text', () => {
    expect(read('Bu muslimz yine burada, çok pislik.')).toContain('muslims');
  });
});

describe('Turkish bios with "yine" stay up', () => {
  keeps([
    'Yine geldim, merhaba arkadaşlar!',
    'Kadınlar yine harika bir iş çıkardı.',
    'Yine eşcinsel arkadaşlarımla buluştum.',
    'Yine İstanbul\'dayım, kahve içiyorum.',
  ]);
});
