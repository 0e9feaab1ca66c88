import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSet } from '../../src/eval/datasets.js';
import type { Reason } from '../../src/moderation/index.js';
import { createScorer, detectLocal } from '../../src/moderation/scorers.js';
import { loadTextModel } from '../../src/moderation/model/load-text-model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { config } from './docs.js';

/** The committed verdicts of the local scorer (rules + model, default config), a row per eval dev row and labeled About. */
export const GOLDEN = join(PACKAGE_ROOT, 'test/moderation/golden/local-scorer.jsonl');

/** One row's line: the verdict readable at a glance, every reason's details in a hash. */
export interface GoldenRow {
  id: string;
  /** Flagged categories with their scores, strongest first ("hate 0.9"). */
  flagged: string[];
  /** Of every raw reason below threshold too: category, source, score, evidence values and paths. */
  hash: string;
}

function fingerprint(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => [r.category, r.source, r.score.toFixed(3), ...r.evidence.flatMap((e) => [e.value, e.path])].join('\u0000'));
}

/** Every case of the sets scored now, as golden rows. */
export async function goldenRowsOf(sets: readonly EvalSet[]): Promise<GoldenRow[]> {
  const cfg = config();
  const textModel = loadTextModel();
  const scorer = createScorer(cfg, { configDir: process.cwd(), textModel });
  const rows: GoldenRow[] = [];
  for (const set of sets) {
    for (const c of set.cases) {
      const verdict = await scorer.score(c.doc);
      const raw = detectLocal(c.doc, cfg.policy, { textModel });
      const hash = createHash('sha256').update(JSON.stringify([fingerprint(verdict.reasons), fingerprint(raw)])).digest('base64url').slice(0, 16);
      rows.push({ id: `${set.name}:${c.id}`, flagged: verdict.reasons.map((r) => `${r.category} ${r.score}`), hash });
    }
  }
  return rows;
}

export function readGolden(): Map<string, GoldenRow> {
  return new Map(readFileSync(GOLDEN, 'utf8').split('\n').filter(Boolean).map((l) => {
    const row = JSON.parse(l) as GoldenRow;
    return [row.id, row] as const;
  }));
}

/** The rows that differ from the golden file, as readable lines (at most ten), and how many there are. */
export function changedFromGolden(rows: readonly GoldenRow[]): { count: number; shown: string[] } {
  const golden = readGolden();
  const changed = rows.filter((r) => {
    const g = golden.get(r.id);
    return !g || g.hash !== r.hash || g.flagged.join('|') !== r.flagged.join('|');
  });
  const shown = changed.slice(0, 10).map((r) => `${r.id}: ${JSON.stringify(golden.get(r.id)?.flagged ?? 'new row')} -> ${JSON.stringify(r.flagged)}`);
  return { count: changed.length, shown };
}
