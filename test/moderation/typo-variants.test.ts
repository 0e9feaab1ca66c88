import { describe, expect, it } from 'vitest';
import { misspeltReading, variantTarget } from '../../src/moderation/correct-typos.js';
import { KNOWN, TARGETS } from '../../src/moderation/spelling-vocabulary.js';
import { TYPO_TARGETS } from '../../src/moderation/word-lists.js';
import { seededRandom } from '../../src/train/logistic.js';

/**
 * The swap and drop variants of the targets, tabled as correct-typos.ts tabled them before it worked
 * them back from the variant: every variant, first target in TARGETS' order, none that is a known word.
 */
function variantTable(): Map<string, string> {
  const english = new Set(TYPO_TARGETS);
  const variants = new Map<string, string>();
  const add = (variant: string, word: string) => {
    if (!KNOWN.has(variant) && !variants.has(variant)) variants.set(variant, word);
  };
  for (const word of TARGETS) {
    const droppableVowel = word.length === 5 || english.has(word);
    for (let i = 0; i < word.length - 1; i++) if (word[i] !== word[i + 1]) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    for (let i = 1; i < word.length - 1; i++) if (word.length >= 6 || (droppableVowel && 'aeiou'.includes(word[i]!))) add(word.slice(0, i) + word.slice(i + 1), word);
    if (word.length >= 5) add(word.slice(0, -1), word);
    if (word.length >= 4 && word[0] === 'h') add(word.slice(1), word);
  }
  return variants;
}

describe('variantTarget: a misspelt target read back without a table of variants', () => {
  const table = variantTable();

  it('reads every variant as the table does, and misspeltReading reads it so (its gates let every variant through)', () => {
    expect(table.size).toBeGreaterThan(100_000);
    for (const [variant, target] of table) {
      expect(variantTarget(variant)).toBe(target);
      if (/^[a-z]{2,24}$/.test(variant)) expect(misspeltReading(variant)).toBe(target);
    }
  });

  it('reads no known word and no target as a variant unless the table does', () => {
    for (const word of [...KNOWN, ...TARGETS]) expect(variantTarget(word)).toBe(table.get(word));
  });

  it('agrees with the table on seeded random edits of the targets and random words', () => {
    const next = seededRandom(16);
    const targets = [...TARGETS];
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const letter = () => letters[Math.floor(next() * letters.length)]!;
    for (let n = 0; n < 50_000; n++) {
      const word = targets[Math.floor(next() * targets.length)]!;
      const at = Math.floor(next() * (word.length + 1));
      const edits = [
        word.slice(0, at) + letter() + word.slice(at),
        word.slice(0, at) + word.slice(at + 1),
        word.slice(0, at) + letter() + word.slice(at + 1),
        Array.from({ length: 2 + Math.floor(next() * 8) }, letter).join(''),
      ];
      for (const edit of edits) expect(variantTarget(edit)).toBe(table.get(edit));
    }
  });
});
