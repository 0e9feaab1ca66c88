import { describe, expect, it } from 'vitest';
import { matcherWords } from '../../src/moderation/detect-lexicon.js';
import { lexiconsMayHit, matchLexicons } from '../../src/moderation/lexicons/index.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { END, START, STRIDE } from '../../src/moderation/segment-words.js';
import { doc, rules, text } from './docs.js';

/**
 * The multilingual lexicons' word gate (detect-lexicon.ts matcherWords) on social handles: normalising reads a
 * handle's "@" as an "a" ("@giulia" is "agiulia"), the lexicons' matcher opens no word at it and reads "giulia".
 * The gate asks the matcher's words, so a swear word right after the "@" is still read, and a name is not.
 */
const ON = { policy: { multilingual: true } };
const segmentOf = (value: string) => prepareSegments(doc(text(value)))[0]!;
const wordsOf = (value: string) => {
  const words = matcherWords(segmentOf(value), value);
  if (words === undefined) return undefined;
  return Array.from({ length: words.count }, (_, k) => words.text.slice(words.words[k * STRIDE + START]!, words.words[k * STRIDE + END]!));
};
const lexiconReason = async (value: string) => (await rules(value, ON)).reasons.some((r) => r.source === 'local:lexicon');

// Each harmful line beside its innocent twin, the same frame with a name in the handle (ASCII, as the gate needs).
const HANDLES: ReadonlyArray<readonly [string, string, string]> = [
  ['it', 'Seguimi su @stronzo_official per le mie ricette della nonna', 'Seguimi su @giulia.cucina per le mie ricette della nonna'],
  ['pt', 'Me siga no @caralho.oficial para mais receitas', 'Me siga no @ana.receitas para mais receitas'],
  ['pl', 'Obserwuj mnie na @kurwa_mac, codziennie nowe zdjecia', 'Obserwuj mnie na @ania_foto, codziennie nowe zdjecia'],
  ['es', 'Siganme en @pendejo_total para mas fotos y recetas', 'Siganme en @pedro_fotos para mas fotos y recetas'],
];

describe("the lexicons' word gate reads a handle as the matcher does", () => {
  it("reads the word after a handle's @, and each @ a space", () => {
    expect(wordsOf('seguimi su @giulia.cucina')).toEqual(['seguimi', 'su', 'giulia', 'cucina']);
    expect(wordsOf('@ana e @pedro')).toEqual(['ana', 'e', 'pedro']);
    // Without a handle the reading is the segment's own.
    const plain = segmentOf('seguimi su instagram');
    expect(matcherWords(plain, plain.value)).toBe(plain.words);
  });

  it('leaves to the matcher an @ the matcher reads inside a word: an address, a masked word, a run of signs', () => {
    expect(wordsOf('scrivimi a giulia@cucina.it')).toBeUndefined();
    expect(wordsOf('che str@nzo')).toBeUndefined();
    expect(wordsOf('seguimi #@giulia')).toBeUndefined();
    expect(wordsOf('seguimi @@giulia')).toBeUndefined();
  });

  it.each(HANDLES)('%s: the gate lets a swear word after the @ through, and the matcher finds it', (_, harmful) => {
    const words = matcherWords(segmentOf(harmful), harmful)!;
    expect(words).toBeDefined();
    expect(matchLexicons(harmful, { language: () => true, except: 'en' }).length).toBeGreaterThan(0);
    expect(lexiconsMayHit(words, 'en')).toBe(true);
  });

  it.each(HANDLES)('%s: a swear word in a handle is still swearing, a name in one is not', async (_, harmful, innocent) => {
    expect(await lexiconReason(harmful)).toBe(true);
    expect(await lexiconReason(innocent)).toBe(false);
    const words = matcherWords(segmentOf(innocent), innocent);
    expect(words).toBeDefined();
    expect(lexiconsMayHit(words!, 'en')).toBe(false);
  });
});
