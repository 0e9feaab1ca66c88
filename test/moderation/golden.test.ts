import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { changedFromGolden, GOLDEN, goldenRowsOf, readGolden } from './golden-rows.js';

/**
 * Verdicts and reasons of the local scorer (rules + model, default config) on every dev row `npm run
 * eval` reads and on our labeled Abouts, against the committed golden file: work meant to change only
 * speed must leave every one as it was. A change that means to alter verdicts regenerates the file
 * with UPDATE_GOLDEN=1 and says so in its commit.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden verdicts of the local scorer', () => {
  it('every eval dev row and labeled About gets the verdict and reasons it had', async () => {
    const rows = await goldenRowsOf([...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))]);
    expect(rows.length).toBeGreaterThan(9000);
    if (UPDATE) writeFileSync(GOLDEN, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

    const { count, shown } = changedFromGolden(rows);
    expect(shown, `${count} of ${rows.length} rows changed (UPDATE_GOLDEN=1 regenerates on purpose)`).toEqual([]);
    expect(readGolden().size).toBe(rows.length);
    // Scoring ~9,000 rows takes 25 s alone, over a minute beside other test files on a loaded machine.
  }, 180_000);
});
