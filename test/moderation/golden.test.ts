import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbouts, loadPublicSets } from '../../src/eval/datasets.js';
import { createScorer, detectLocal, type Reason } from '../../src/moderation/index.js';
import { loadTextModel } from '../../src/moderation/model/load-text-model.js';
import { PACKAGE_ROOT, SHARED_DIR } from '../../src/paths.js';
import { config } from './docs.js';

/**
 * Verdicts and reasons of the local scorer (rules + model, default config) on every dev row `npm run
 * eval` reads and on our labeled Abouts, against the committed golden file: work meant to change only
 * speed must leave every one as it was. A change that means to alter verdicts regenerates the file
 * with UPDATE_GOLDEN=1 and says so in its commit.
 */
const GOLDEN = join(PACKAGE_ROOT, 'test/moderation/golden/local-scorer.jsonl');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** One row's line: the verdict readable at a glance, every reason's details in a hash. */
interface GoldenRow {
  id: string;
  /** Flagged categories with their scores, strongest first ("hate 0.9"). */
  flagged: string[];
  /** Of every raw reason below threshold too: category, source, score, evidence values and paths. */
  hash: string;
}

function fingerprint(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => [r.category, r.source, r.score.toFixed(3), ...r.evidence.flatMap((e) => [e.value, e.path])].join('\u0000'));
}

describe('golden verdicts of the local scorer', () => {
  it('every eval dev row and labeled About gets the verdict and reasons it had', async () => {
    const cfg = config();
    const textModel = loadTextModel();
    const scorer = createScorer(cfg, { configDir: process.cwd(), textModel });
    const sets = [...loadPublicSets(join(SHARED_DIR, 'eval')), loadAbouts(join(PACKAGE_ROOT, 'src/eval/abouts.jsonl'))];
    const rows: GoldenRow[] = [];
    for (const set of sets) {
      for (const c of set.cases) {
        const verdict = await scorer.score(c.doc);
        const raw = detectLocal(c.doc, cfg.policy, { textModel });
        const hash = createHash('sha256').update(JSON.stringify([fingerprint(verdict.reasons), fingerprint(raw)])).digest('base64url').slice(0, 16);
        rows.push({ id: `${set.name}:${c.id}`, flagged: verdict.reasons.map((r) => `${r.category} ${r.score}`), hash });
      }
    }
    expect(rows.length).toBeGreaterThan(9000);
    if (UPDATE) writeFileSync(GOLDEN, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

    const golden = new Map(readFileSync(GOLDEN, 'utf8').split('\n').filter(Boolean).map((l) => {
      const row = JSON.parse(l) as GoldenRow;
      return [row.id, row] as const;
    }));
    const changed = rows.filter((r) => {
      const g = golden.get(r.id);
      return !g || g.hash !== r.hash || g.flagged.join('|') !== r.flagged.join('|');
    });
    const shown = changed.slice(0, 10).map((r) => `${r.id}: ${JSON.stringify(golden.get(r.id)?.flagged ?? 'new row')} -> ${JSON.stringify(r.flagged)}`);
    expect(shown, `${changed.length} of ${rows.length} rows changed (UPDATE_GOLDEN=1 regenerates on purpose)`).toEqual([]);
    expect(golden.size).toBe(rows.length);
  });
});
