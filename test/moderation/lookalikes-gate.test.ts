import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { maskLookalikes, mayMaskLookalikes } from '../../src/moderation/innocent-lookalikes.js';
import { normalise } from '../../src/moderation/normalise.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { readWords } from '../../src/moderation/segment-words.js';

/** Texts of look-alikes' words, cased and spelled every way normalising reads (leetspeak, spaced letters, marks, folds). */
function lookalikeTexts(count: number): string[] {
  const pieces = [
    'twatt', 'TWATT', 'Spotted', 'dick', 'great', 'TITS', 'tit', 'cock', 'a', 'leekie', 'willow', 'pussy', 'booby', 'blue', 'footed',
    'fickmühle', 'fick', "'", 'sches', 'gesetz', 'szmatkę', '三八线', 'ſhit', 'ſ', 'K', 'k', 'sh', 'it', 'tw', 'att',
    ' ', ' ', '-', '.', '1', '3', '0', '$', '@', '!', '+', '*', '’', '“', 'é', '\u0301', '\u200b', 'а', 'о', '\n', 'ⓐ', 'Ⓣ',
  ];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(next() * 8);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
    return text;
  });
}

describe('the look-alike gate before the text model masks a segment', () => {
  it('lets through every text, and every prefix of one, in which maskLookalikes blanks something', () => {
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    const texts = [...sets.flatMap((set) => set.cases.flatMap((c) => c.doc.segments.map((s) => s.value))), ...lookalikeTexts(30_000)];
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

  it('skips an ASCII text none of whose words holds a look-alike', () => {
    for (const text of ['You are a nice person.', 'He’s “fine” – really', 'sh1t happens']) {
      expect([text, mayMaskLookalikes(text, readWords(normalise(text).text))]).toEqual([text, false]);
    }
    for (const text of ['Spotted dick!', 'p0rridge time', 'café and spotted dick']) {
      expect([text, mayMaskLookalikes(text, readWords(normalise(text).text))]).toEqual([text, true]);
    }
  });
});
