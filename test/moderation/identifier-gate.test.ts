import { describe, expect, it } from 'vitest';
import { mayHoldIdentifier } from '../../src/moderation/detect-text-model.js';
import { evalSegmentTexts, textsOfPieces } from '../helpers/gate-texts.js';

/** What the gate must answer: are there eight hex digits in a row? */
const EIGHT_HEX = /[0-9a-f]{8}/i;

/** Pieces of hex and other characters, making runs of every length around eight. */
const HEXISH = ['a', 'F', '0', '9', 'dead', 'BEEF', '1234', 'g', 'x', ' ', '-', 'é', '٣', 'z'];

describe('the identifier gate of the text model', () => {
  it('says whether a text holds eight hex digits in a row, on every eval segment and random texts', () => {
    let held = 0;
    for (const text of [...evalSegmentTexts(), ...textsOfPieces(HEXISH, 50_000, 15, 5)]) {
      const holds = EIGHT_HEX.test(text);
      if (holds) held++;
      expect([text, mayHoldIdentifier(text)]).toEqual([text, holds]);
    }
    expect(held).toBeGreaterThan(1000);
  });
});
