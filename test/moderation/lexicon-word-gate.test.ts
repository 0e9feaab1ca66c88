import { describe, expect, it } from 'vitest';
import { matcherWords } from '../../src/moderation/detect-lexicon.js';
import { lexiconsMayHit, matchLexicons } from '../../src/moderation/lexicons/index.js';
import { prepareSegments } from '../../src/moderation/prepare-segments.js';
import { END, START, STRIDE } from '../../src/moderation/segment-words.js';
import { doc, rules, text } from './docs.js';

/**
 * The multilingual lexicons' word gate (detect-lexicon.ts matcherWords) where normalising changed more than case:
 * a social handle, whose "@" it reads as an "a" ("@giulia" is "agiulia") where the lexicons' matcher opens no word at
 * it and reads "giulia"; an ellipsis, three dots in the reading. The gate asks the matcher's words, so a swear word
 * right after the "@" or before the "…" is still read, and a name or a kind word in the same frame is not. A digit
 * inside a word, which normalising reads as a letter ("giulia93" is "giuliage") and the matcher keys by its own leet
 * table ("giulia9e"), is read as written: a swear word spelled with digits ("str0nz0") is still read, a name or a
 * year beside a word is turned away.
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

// The same, a sentence trailing off with an ellipsis.
const ELLIPSES: ReadonlyArray<readonly [string, string, string]> = [
  ['it', 'Sei proprio uno stronzo\u2026 non scrivermi piu', 'Sei proprio un tesoro\u2026 scrivimi presto'],
  ['pt', 'Voce e um merda\u2026 nunca mais volte aqui', 'Voce e um amor\u2026 volte sempre aqui'],
  ['pl', 'Jestes zwykly chuj\u2026 nie pisz do mnie', 'Jestes zwykly czlowiek\u2026 napisz do mnie'],
];

// The same, a swear word spelled with digits beside the same frame with a name and a number in a word.
const DIGITS: ReadonlyArray<readonly [string, string, string]> = [
  ['it', 'Sei proprio uno str0nz0, non scrivermi piu', 'Sono Giulia93, scrivimi per le ricette'],
  ['pt', 'Voce e um c4r4lho, nunca mais volte aqui', 'Sou a Ana2000, volte sempre aqui'],
  ['pl', 'Jestes zwykly chuj3k, nie pisz do mnie', 'Jestem Kasia88, napisz do mnie'],
  ['es', 'Eres un pend3jo, no me escribas mas', 'Soy Pedro1985, escribeme cuando quieras'],
  ['de', 'Du bist ein Arschl0ch, schreib mir nie wieder', 'Ich bin Lena93 vom Studio54, schreib mir gern'],
];

describe("the lexicons' word gate reads a handle and an ellipsis as the matcher does", () => {
  it("reads the word after a handle's @, and each @ a space", () => {
    expect(wordsOf('seguimi su @giulia.cucina')).toEqual(['seguimi', 'su', 'giulia', 'cucina']);
    expect(wordsOf('@ana e @pedro')).toEqual(['ana', 'e', 'pedro']);
    expect(wordsOf('ma dai\u2026 seguimi @giulia')).toEqual(['ma', 'dai', 'seguimi', 'giulia']);
    // Without a handle the reading is the segment's own, an ellipsis or not.
    for (const value of ['seguimi su instagram', 'ma dai\u2026 seguimi\u2026']) {
      const plain = segmentOf(value);
      expect(matcherWords(plain, plain.value)).toBe(plain.words);
    }
  });

  it('leaves to the matcher an @ the matcher reads inside a word: an address, a masked word, a run of signs', () => {
    expect(wordsOf('scrivimi a giulia@cucina.it')).toBeUndefined();
    expect(wordsOf('che str@nzo')).toBeUndefined();
    expect(wordsOf('seguimi #@giulia')).toBeUndefined();
    expect(wordsOf('seguimi @@giulia')).toBeUndefined();
  });

  it('reads a digit in a word as written, where normalising reads a letter', () => {
    expect(segmentOf('Sono Giulia93').words.text).toBe('sono giuliage');
    expect(wordsOf('Sono Giulia93 @giulia93')).toEqual(['sono', 'giulia93', 'giulia93']);
    expect(wordsOf('studio54 dal 1998')).toEqual(['studio54', 'dal', '1998']);
    // A masking sign inside a word is the matcher's to read, digits or not.
    expect(wordsOf('che str0nz!o')).toBeUndefined();
  });

  it.each([...HANDLES, ...ELLIPSES, ...DIGITS])('%s: the gate lets the swear word in "%s" through, and the matcher finds it', (_, harmful) => {
    const words = matcherWords(segmentOf(harmful), harmful)!;
    expect(words).toBeDefined();
    expect(matchLexicons(harmful, { language: () => true, except: 'en' }).length).toBeGreaterThan(0);
    expect(lexiconsMayHit(words, 'en')).toBe(true);
  });

  it.each([...HANDLES, ...ELLIPSES, ...DIGITS])('%s: "%s" is still swearing, "%s" is not', async (_, harmful, innocent) => {
    expect(await lexiconReason(harmful)).toBe(true);
    expect(await lexiconReason(innocent)).toBe(false);
    expect(matcherWords(segmentOf(innocent), innocent)).toBeDefined();
  });

  it.each([...HANDLES, ...DIGITS])('%s: the gate turns away the name in "%3$s" without the matcher', (_, __, innocent) => {
    expect(lexiconsMayHit(matcherWords(segmentOf(innocent), innocent)!, 'en')).toBe(false);
  });
});
