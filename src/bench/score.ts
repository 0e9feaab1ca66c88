import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../config/index.js';
import { loadTextModel } from '../moderation/model/load-text-model.js';
import { createLocalScorer } from '../moderation/index.js';
import { SHARED_DIR } from '../paths.js';
import type { FlatDocument } from '../ricos/types.js';


/**
 * Local scorer throughput on one core (issues 6 and 12: thousands of documents a second), rules only
 * and rules + the shipped text model, over real member-like texts (the openai-moderation dev set, each
 * row one single-paragraph About, timed after a warm-up pass), plus the time to load the weights.
 */
export async function benchScore(ms = 2000): Promise<Record<string, number>> {
  const lines = readFileSync(join(SHARED_DIR, 'eval', 'openai-moderation.dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  const docs: FlatDocument[] = lines.map((line) => {
    const text = (JSON.parse(line) as { text: string }).text;
    return { text, links: [], segments: [{ kind: 'text', path: 'nodes[0].nodes[0].textData.text', value: text, place: 'paragraph' }] };
  });
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  const { policy, scorer } = configSchema.parse({});

  const loadStart = process.hrtime.bigint();
  const textModel = loadTextModel();
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

  const figures: Record<string, number> = { 'score.modelLoadMs': Math.round(loadMs) };
  const variants = [
    ['rulesOnly', createLocalScorer({ policy, thresholds: scorer.local.thresholds })],
    ['rulesAndModel', createLocalScorer({ policy, thresholds: scorer.local.thresholds, textModel })],
  ] as const;
  for (const [name, local] of variants) {
    // One untimed pass first: lexicon patterns compile on first use, a one-off cost per process.
    for (const doc of docs) await local.score(doc);
    let done = 0;
    const start = Date.now();
    while (Date.now() - start < ms) {
      for (const doc of docs) await local.score(doc);
      done += docs.length;
    }
    const seconds = (Date.now() - start) / 1000;
    figures[`score.${name}.docsPerSec`] = Math.round(done / seconds);
    figures[`score.${name}.kbPerSec`] = Math.round((bytes / 1024) * (done / docs.length) / seconds);
  }
  console.log(
    `score (one core, ${docs.length} docs averaging ${Math.round(bytes / docs.length)} bytes): rules only ` +
      `${figures['score.rulesOnly.docsPerSec']} docs/s, rules + model ${figures['score.rulesAndModel.docsPerSec']} docs/s; ` +
      `weights load ${figures['score.modelLoadMs']} ms`,
  );
  return figures;
}
