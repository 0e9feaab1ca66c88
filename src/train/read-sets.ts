import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_CATEGORIES, SET_MAPPINGS, type Labels, type SetMapping, type TrainRow } from './label-map.js';

export interface LabeledRow {
  id: string;
  set: string;
  text: string;
  /** Per head of MODEL_CATEGORIES: 1, 0, or -1 for unknown. */
  labels: Int8Array;
  weight: number;
  /** Kept out of the fit, for calibration and the held-out figures. */
  heldOut: boolean;
}

/**
 * Reads the named sets in `dir` (../shared/train), in the given order, the first `slice` rows of
 * each when given. A stable hash of the row id puts `heldOutPercent` % of rows aside, the same rows
 * every run.
 */
export function readSets(
  dir: string,
  options: { sets: readonly string[]; slice?: number; heldOutPercent: number },
): { rows: LabeledRow[]; perSet: Record<string, number> } {
  const rows: LabeledRow[] = [];
  const perSet: Record<string, number> = {};
  const add = (set: string, mapping: SetMapping, row: TrainRow) => {
    const labels = toLabels(mapping.map(row));
    if (!row.text?.trim() || labels.every((l) => l < 0)) return;
    rows.push({ id: row.id, set, text: row.text, labels, weight: typeof mapping.weight === 'function' ? mapping.weight(row) : mapping.weight, heldOut: bucketOf(row.id) < options.heldOutPercent });
    perSet[set] = (perSet[set] ?? 0) + 1;
  };
  for (const set of options.sets) {
    const mapping = SET_MAPPINGS[set];
    if (!mapping) throw new Error(`no label mapping for the training set "${set}"`);
    const lines = readFileSync(join(dir, `${set}.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
    for (const line of options.slice === undefined ? lines : lines.slice(0, options.slice)) add(set, mapping, JSON.parse(line) as TrainRow);
  }
  return { rows, perSet };
}

const toLabels = (mapped: Labels) => Int8Array.from(MODEL_CATEGORIES, (c) => mapped[c] ?? -1);

function bucketOf(id: string): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) % 100;
}
