import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { Vocabulary, VOCABULARY } from '../../src/moderation/segment-words.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { changedFromGolden, goldenRowsOf } from './golden-rows.js';

/**
 * A long-running process (serve, a worker) meets more distinct words than the shared vocabulary holds
 * (segment-words.ts): then every new word reads without an id, and each reader that keeps what it
 * learned of a word by id (typo reading, phrase heads, the model's word sums, look-alike pieces) takes
 * its other path. Verdicts must not depend on which: this file's process fills the vocabulary first.
 */
describe('golden verdicts once the shared vocabulary is full', () => {
  it('our labeled Abouts and the openai-moderation dev rows get the verdicts and reasons they had', async () => {
    const filler = Array.from({ length: Vocabulary.MAX_WORDS }, (_, i) => `qx${i.toString(36)}`).join(' ');
    for (let from = 0; from < filler.length;) {
      const to = filler.indexOf(' ', from) < 0 ? filler.length : filler.indexOf(' ', from);
      VOCABULARY.idOf(filler, from, to);
      from = to + 1;
    }
    expect(VOCABULARY.idOf('idiot', 0, 5)).toBe(-1);

    const openai = loadPublicSets(join(SHARED_DIR, 'eval')).filter((s) => s.name === 'openai-moderation');
    const rows = await goldenRowsOf([...openai, loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))]);
    expect(rows.length).toBeGreaterThan(1000);
    const { count, shown } = changedFromGolden(rows);
    expect(shown, `${count} of ${rows.length} rows changed with the vocabulary full`).toEqual([]);
    // 30 s alone; 80 s beside other test files on a loaded machine.
  }, 180_000);
});
