import { describe, expect, it } from 'vitest';
import { detectThreatsMultilingual, findThreats } from '../../src/moderation/detect-threats-multilingual.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { doc, text } from './docs.js';
import { randomTexts } from './random-texts.js';

/**
 * The threat detector skips a segment when no word of its shared reading can hold a pattern's literals
 * and its language's anchor (the word gate): it must find every threat the full grammar finds, with
 * literals that span words ("i'll", "quelqu'un", "t'es"), stand as whole words ("ill", not "will"), sit inside words ("stech" in "abstechen") or begin one.
 */
const policy = { multilingual: true } as Parameters<typeof detectThreatsMultilingual>[1];
/**
 * Whether the detector (gate first, on the segment's reading of its normalised text) reports a threat, and whether
 * findThreats does on the text alone (the gate on the folded text's own words; every eval text's threats were
 * checked equal to every pattern's, tried ungated, when the literal automaton that gated it before was dropped).
 */
const found = (value: string) => detectThreatsMultilingual(prepareSegments(doc(text(value))), policy).length > 0;
const byGrammar = (value: string) => findThreats(value).threats.length > 0;
/** The same where the member's text reads none: on the text the spelling readers leave, as the detector then reads. */
const byGrammarRead = (value: string) => {
  if (byGrammar(value)) return true;
  const [segment] = prepareSegments(doc(text(value)));
  return segment!.norm.text !== segment!.folded.text && findThreats(segment!.norm.text).threats.length > 0;
};

describe('the threat word gate', () => {
  it.each([
    "I'll kill you if you come back",
    'I’ll kill you if you come back',
    'Ich werde euch alle umbringen',
    'ich bring dich um',
    'ich werde dich abstechen',
    'te voy a matar',
    "quelqu'un doit le tuer",
    'main tujhe jaan se maar dunga',
    'seni oldurecegim',
    'You won\'t see me coming',
  ])('finds "%s" as the full grammar does', (value) => {
    expect(found(value)).toBe(true);
    expect(byGrammar(value)).toBe(true);
  });

  it.each(['Break a leg tonight!', 'She killed that solo', 'I love baking bread and hiking', 'Matter of fact, the party was great'])(
    'leaves "%s" alone',
    (value) => expect(found(value)).toBe(false),
  );

  // The Arabizi anchor is asked of each word alone (its matches are letters and digits only): a word beside a sign, a
  // digit inside it or a quote mark around it is still the word.
  it.each(['wallahi ha2tlak!', '"ya 7mar"', 'enta mayet...', '(ya ibn el kalb)', 'ro7 mot, ya zbala'])('finds the Arabizi "%s"', (value) => {
    expect(found(value)).toBe(true);
    expect(byGrammar(value)).toBe(true);
  });

  it.each(['ya know what I mean', 'I think I\'ll head back, like, soon', 'my kosmetik shop in Berlin', 'a 2-3 day hike'])('leaves "%s" alone', (value) =>
    expect(found(value)).toBe(false),
  );

  it('agrees with the full grammar on texts built of the patterns\' own words', () => {
    const alphabet = ["i'll", 'ill', 'will', 'still', 'kill', 'you', 'u', ' ', ' ', ', ', 'ich', 'bring', 'dich', 'um', 'werde', 'euch', 'umbringen', 'abstechen', 'sie', 'te', 'voy', 'a', 'matar', "quelqu'un", 'doit', 'le', 'tuer', 'je', 'vais', 'seni', 'oldurecegim', 'won\'t', 'see', 'me', 'coming', 'never', 'not', 'x', '-', "'", "t'es", 'tu', 'es', 'nul', "don't", 'espece', 'de', 'seu', 'idiota', 'especially'];
    const texts = randomTexts(6000, alphabet, 7);
    for (const value of texts) expect(found(value), value).toBe(byGrammarRead(value));
    // Not vacuous: some of them are threats.
    expect(texts.filter(byGrammar).length).toBeGreaterThan(20);
  });
});
