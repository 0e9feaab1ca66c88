import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Labels, TrainRow } from './label-map.js';
import { MODEL_CATEGORIES } from './label-map.js';

/**
 * The eval dev halves the model may learn from (`npm run train -- --dev`), and only half of each: the
 * other half stays unseen, and `npm run eval -- --unseen` measures on it alone. HateCheck is split by
 * template (a template's rows all fall on one side), as its held-back half was split from the dev half.
 */
export const DEV_TRAIN_PERCENT = 50;

const OPENAI_KEYS: Record<string, readonly (typeof MODEL_CATEGORIES)[number][]> = {
  S: ['sexual'], S3: ['sexual'], H: ['hate'], H2: ['hate', 'violence'], V: ['violence'], V2: ['violence'], HR: ['harassment'], SH: ['self-harm'],
};

/** Dev rows as training rows, in the model's categories (see label-map.ts for the training sets). */
export const DEV_MAPPINGS: Record<string, { weight: number; map(row: TrainRow): Labels }> = {
  // OpenAI's taxonomy: a key the source lacks stays unknown; profanity and illicit are not labelled.
  'openai-moderation': {
    weight: 3,
    map: (r) => {
      const out: Labels = {};
      for (const [key, categories] of Object.entries(OPENAI_KEYS)) {
        if (!(key in r.labels)) continue;
        for (const c of categories) out[c] = Math.max(out[c] ?? 0, r.labels[key] === 1 ? 1 : 0) as 0 | 1;
      }
      return out;
    },
  },
  // Toxic social-media comments: plain toxicity reads as harassment; swearing alone may be "Not Toxic".
  'surge-toxicity': {
    weight: 2,
    map: (r) => (r.flag ? { harassment: 1 } : { harassment: 0, hate: 0, sexual: 0, violence: 0, 'self-harm': 0, illicit: 0 }),
  },
  // Hateful or not towards protected groups; non-hateful rows include profanity and counter-speech.
  hatecheck: { weight: 1, map: (r) => (r.flag ? { hate: 1 } : { hate: 0, harassment: 0, violence: 0 }) },
};

/** Is this dev row on the side the model may train on? */
export function inDevTrainHalf(set: string, row: TrainRow): boolean {
  const key = set === 'hatecheck' ? `hatecheck/template/${String(row.labels.templ_id)}` : row.id;
  return createHash('sha1').update(key).digest().readUInt32BE(0) % 100 < DEV_TRAIN_PERCENT;
}

/** The dev rows (of DEV_MAPPINGS' sets, in `dir`) that fall on the training side. */
export function devTrainRows(dir: string): { set: string; row: TrainRow }[] {
  const out: { set: string; row: TrainRow }[] = [];
  for (const set of Object.keys(DEV_MAPPINGS)) {
    const file = join(dir, `${set}.dev.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as TrainRow;
      if (inDevTrainHalf(set, row)) out.push({ set, row });
    }
  }
  return out;
}
