import { describe, expect, it } from 'vitest';
import { detectThreatsMultilingual, findThreats } from '../../src/moderation/detect-threats-multilingual.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { doc, text } from './docs.js';

/**
 * A threat pattern in words is searched without its leading word edge, the edge then asked where the search
 * matched. Its words inside a longer word ("ill kill you" in "downhill kill you") are no match, and the search must
 * go on past them: a threat said as words later in the text is found, at its own offset.
 */
const policy = { multilingual: true } as Parameters<typeof detectThreatsMultilingual>[1];
const flagged = (value: string) => detectThreatsMultilingual(prepareSegments(doc(text(value))), policy).length > 0;
const starts = (value: string) => findThreats(value).threats.map(({ lang, from }) => `${lang}@${from}`);

describe('threat patterns searched from word starts', () => {
  it.each([
    ["Downhill kill you? No: I'll kill you.", ['en@23']],
    ['Ante voy a matar, luego te voy a matar', ['es@24']],
    ['jevais te tuer, je vais te tuer', ['fr@16']],
    // An emoji is no letter: the threat starts right after it (a surrogate pair before the match).
    ['😀te voy a matar', ['es@2']],
    ['Pseni oldurecegim ama seni oldurecegim', ['tr@22', 'tr@6', 'tr@27']],
  ])('finds the threat said as words in "%s", past the same words inside another', (value, expected) => {
    expect(starts(value)).toEqual(expected);
    expect(flagged(value)).toBe(true);
  });

  it.each(['Downhill kill you', 'Ante voy a matar', 'jevais te tuer', '𝐚te voy a matar'])('finds none where the words stand inside another: "%s"', (value) => {
    expect(starts(value)).toEqual([]);
    expect(flagged(value)).toBe(false);
  });
});
