import { join } from 'node:path';
import { configSchema } from '../config/index.js';
import { loadPublicSets } from '../eval/datasets.js';
import { loadTextModel } from '../moderation/model/load-text-model.js';
import type { Scorer } from '../moderation/index.js';
import { createLocalScorer } from '../moderation/scorers.js';
import { SHARED_DIR } from '../paths.js';
import type { FlatDocument } from '../ricos/types.js';
import { log, STEADY_MS, timed, WARM_MS } from './figures.js';
import { benchScorePool } from './score-pool.js';
import { benchScoreStages } from './score-stages.js';

/**
 * Rules + model, one thread, in documents per CPU-second before the one-pass scorer (issue 16): commit
 * 6e8d955 on this 2-core machine, idle, on 2026-12-02, two runs of this bench averaged (docs/history/scorer-speed-log.md, "The first day's figures").
 */
const BEFORE = { openaiDev: 1_010, shortBios: 5_750 } as const;
/** What issue 16 asks for. */
const GOAL = { openaiDev: 3_000, shortBios: 15_000 } as const;
/** A "short bio": a text row of the public dev sets under this many characters. */
const SHORT = 200;

/**
 * Local scorer throughput on one thread (issues 6, 12 and 16), over real member-like texts: the
 * openai-moderation dev set (each row one single-paragraph About) and every text row under 200
 * characters of the public dev sets (short bios). Counted per CPU-second of this process (user + system),
 * so other load on the shared machine does not lower the figure; each timed after an untimed pass and again
 * once steady (docsPerCpuSecond).
 */
export async function benchScore(ms = 2000): Promise<Record<string, number>> {
  const sets = loadPublicSets(join(SHARED_DIR, 'eval'));
  const openaiDev = sets.find((s) => s.name === 'openai-moderation')!.cases.map((c) => c.doc);
  const shortBios = sets.flatMap((s) => s.cases.map((c) => c.doc)).filter((d) => d.segments.every((s) => s.kind === 'text') && d.text.length < SHORT);
  const { policy, scorer } = configSchema.parse({});

  const loadStart = process.hrtime.bigint();
  const textModel = loadTextModel();
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const rulesOnly = createLocalScorer({ policy, thresholds: scorer.local.thresholds });
  const rulesAndModel = createLocalScorer({ policy, thresholds: scorer.local.thresholds, textModel });

  const openai = await docsPerCpuSecond(rulesAndModel, openaiDev, ms);
  const bios = await docsPerCpuSecond(rulesAndModel, shortBios, ms);
  const figures: Record<string, number> = {
    'score.modelLoadMs': Math.round(loadMs),
    'score.rulesOnly.docsPerCpuSec': (await docsPerCpuSecond(rulesOnly, openaiDev, ms)).steady,
    'score.rulesAndModel.docsPerCpuSec': openai.steady,
    'score.shortBios.rulesAndModel.docsPerCpuSec': bios.steady,
    'score.rulesAndModel.cold.docsPerCpuSec': openai.cold,
    'score.shortBios.rulesAndModel.cold.docsPerCpuSec': bios.cold,
  };
  const avg = (docs: FlatDocument[]) => Math.round(docs.reduce((sum, d) => sum + d.text.length, 0) / docs.length);
  log(`score, rules + model, one thread, documents per CPU-second (before -> now steady, over ${STEADY_MS / 1000} s after ${WARM_MS / 1000} s of scoring, goal; the first ${ms / 1000} s after one pass); weights load ${figures['score.modelLoadMs']} ms`);
  log(`  openai-moderation dev (${openaiDev.length} docs, ${avg(openaiDev)} chars on average): ${BEFORE.openaiDev} -> ${openai.steady} (goal ${GOAL.openaiDev}; first ${openai.cold}); rules only ${figures['score.rulesOnly.docsPerCpuSec']}`);
  log(`  short bios (${shortBios.length} docs under ${SHORT} chars, ${avg(shortBios)} on average): ${BEFORE.shortBios} -> ${bios.steady} (goal ${GOAL.shortBios}; first ${bios.cold})`);
  const budgetUs = { openaiDev: 1e6 / GOAL.openaiDev, shortBios: 1e6 / GOAL.shortBios };
  const stages = benchScoreStages({ openaiDev, shortBios }, { policy, textModel, budgetUs });
  return { ...figures, ...stages, ...(await benchScorePool(openaiDev)) };
}

/**
 * Documents per CPU-second in the window right after one untimed pass (`cold`: lexicon patterns compile
 * on first use, and V8's compiler threads, which the process's CPU time counts, still compile the
 * scorer's hot functions for seconds) and once steady (figures.ts WARM_MS, STEADY_MS: what a long scan pays).
 */
async function docsPerCpuSecond(local: Scorer, docs: readonly FlatDocument[], ms: number): Promise<{ cold: number; steady: number }> {
  for (const doc of docs) await local.score(doc);
  const cold = await window(local, docs, ms);
  await window(local, docs, WARM_MS - ms);
  return { cold, steady: await window(local, docs, STEADY_MS) };
}

/** Documents per CPU-second of whole passes over `docs` for `ms`. */
async function window(local: Scorer, docs: readonly FlatDocument[], ms: number): Promise<number> {
  const { perCpuSecond } = await timed(async () => {
    let done = 0;
    const start = Date.now();
    while (Date.now() - start < ms) {
      for (const doc of docs) await local.score(doc);
      done += docs.length;
    }
    return done;
  });
  return perCpuSecond;
}
