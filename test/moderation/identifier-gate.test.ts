import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { mayHoldIdentifier } from '../../src/moderation/detect-text-model.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';

/** What the gate must answer: are there eight hex digits in a row? */
const EIGHT_HEX = /[0-9a-f]{8}/i;

/** Texts of hex and other characters, in runs of every length around eight. */
function hexishTexts(count: number): string[] {
  const pieces = ['a', 'F', '0', '9', 'dead', 'BEEF', '1234', 'g', 'x', ' ', '-', 'é', '٣', 'z'];
  let seed = 5;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(next() * 16);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
    return text;
  });
}

describe('the identifier gate of the text model', () => {
  it('says whether a text holds eight hex digits in a row, on every eval segment and random texts', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    const texts = [...sets.flatMap((set) => set.cases.flatMap((c) => c.doc.segments.map((s) => s.value))), ...hexishTexts(50_000)];
    let held = 0;
    for (const text of texts) {
      const holds = EIGHT_HEX.test(text);
      if (holds) held++;
      expect([text, mayHoldIdentifier(text)]).toEqual([text, holds]);
    }
    expect(held).toBeGreaterThan(1000);
  });
});
