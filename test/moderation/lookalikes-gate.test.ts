import { describe, expect, it } from 'vitest';
import { inLookalikeCase, maskLookalikes, maskNormalised, mayMaskLookalikes, PIECE_CHARACTERS } from '../../src/moderation/innocent-lookalikes.js';
import { normalise } from '../../src/moderation/normalise.js';
import { readWords } from '../../src/moderation/segment-words.js';
import { evalSegmentTexts, textsOfPieces } from '../helpers/gate-texts.js';

/** Look-alikes' words and what normalising reads in them: cases, leetspeak, spaced letters, marks, folds. */
const LOOKALIKE_PIECES = [
  'twatt', 'TWATT', 'Spotted', 'dick', 'great', 'TITS', 'tit', 'cock', 'a', 'leekie', 'willow', 'pussy', 'booby', 'blue', 'footed',
  'fickmühle', 'fick', "'", 'sches', 'gesetz', 'szmatkę', '三八线', 'ſhit', 'ſ', 'K', 'k', 'sh', 'it', 'tw', 'att',
  ' ', ' ', '-', '.', '1', '3', '0', '$', '@', '!', '+', '*', '’', '“', 'é', '\u0301', '\u200b', 'а', 'о', '\n', 'ⓐ', 'Ⓣ',
];

describe('the look-alike gate before the text model masks a segment', () => {
  it('lets through every text, and the first half of every text, in which maskLookalikes blanks something', () => {
    const texts = [...evalSegmentTexts(), ...textsOfPieces(LOOKALIKE_PIECES, 30_000, 8, 7)];
    let found = 0;
    let skipped = 0;
    for (const text of texts) {
      const words = readWords(normalise(text).text);
      for (const prefix of [text, text.slice(0, text.length >> 1)]) {
        const gate = mayMaskLookalikes(prefix, words);
        if (!gate) skipped++;
        if (maskLookalikes(prefix) === prefix) continue;
        found++;
        expect([prefix, gate]).toEqual([prefix, true]);
      }
    }
    expect(found).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(10_000);
  });

  it('blanks a normalised text alike given its words, which stand for the search of its pieces', () => {
    const texts = [...evalSegmentTexts(), ...textsOfPieces(LOOKALIKE_PIECES, 30_000, 8, 7)];
    const unlike: string[] = [];
    let masked = 0;
    for (const text of texts) {
      const n = normalise(text);
      const read = maskNormalised(n, readWords(n.text));
      if (read.text !== maskNormalised(n).text) unlike.push(text);
      if (read !== n) masked++;
    }
    expect(unlike).toEqual([]);
    expect(masked).toBeGreaterThan(500);
  });

  it('skips an ASCII text none of whose words holds a look-alike', () => {
    // "great" and "blue" are pieces of "great tits", "blue tits": without "tit" no look-alike can be there.
    for (const text of ['You are a nice person.', 'He’s “fine” – really', 'sh1t happens', 'What a great day, blue skies all week']) {
      expect([text, mayMaskLookalikes(text, readWords(normalise(text).text))]).toEqual([text, false]);
    }
    for (const text of ['Spotted dick!', 'p0rridge time', 'café and spotted dick', 'Great tits at the feeder']) {
      expect([text, mayMaskLookalikes(text, readWords(normalise(text).text))]).toEqual([text, true]);
    }
  });

  it('finds a look-alike written in any case beside letters beyond ASCII', () => {
    // Its pieces are looked for as the search reads case ("ſ" is an "s", the Kelvin sign a "k") before it is searched.
    for (const [text, masked] of [
      ['Schöne Grüße aus TWATT!', 'Schöne Grüße aus      !'],
      ['Café, then ſpotted dick', 'Café, then             '],
      ['Ein Coc\u212aney in München', 'Ein         in München'],
      ['Die FICKMÜHLE bei Köln', 'Die           bei Köln'],
    ]) {
      expect(maskLookalikes(text!)).toBe(masked);
    }
    expect(maskLookalikes('Schöne Grüße, du Idiot')).toBe('Schöne Grüße, du Idiot');
  });

  it('reads every code point the search matches to a piece\'s character as that character', () => {
    const anyPiece = new RegExp(`[${PIECE_CHARACTERS.join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'iu');
    const each = PIECE_CHARACTERS.map((c) => [c, new RegExp(`^[${c.replace(/[\\\]^-]/g, '\\$&')}]$`, 'iu')] as const);
    let matched = 0;
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (!anyPiece.test(character)) continue;
      for (const [piece, re] of each) {
        if (!re.test(character)) continue;
        matched++;
        expect([code, inLookalikeCase(character)]).toEqual([code, piece]);
      }
    }
    expect(matched).toBeGreaterThan(PIECE_CHARACTERS.length);
  });
});
