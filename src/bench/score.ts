import { join } from 'node:path';
import { configSchema } from '../config/index.js';
import { loadPublicSets } from '../eval/datasets.js';
import { loadTextModel } from '../moderation/model/load-text-model.js';
import type { Scorer } from '../moderation/index.js';
import { createLocalScorer } from '../moderation/scorers.js';
import { SHARED_DIR } from '../paths.js';
import type { FlatDocument } from '../ricos/types.js';
import { CheapestTimes, collectGarbage, nsSince } from './cheapest-times.js';
import { log, round, timed, WARM_MS } from './figures.js';
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

/** Timed passes over each set, interleaved, after the warm-up (cheapest-times.ts). */
const PASSES = 8;

/**
 * Local scorer throughput on one thread (issues 6, 12 and 16), over real member-like texts: the
 * openai-moderation dev set (each row one single-paragraph About) and every text row under 200
 * characters of the public dev sets (short bios). Steady: after WARM_MS of scoring, PASSES passes over
 * each set in turn, each document's cheapest time kept (the scoring thread's own work, uninterrupted, so
 * the load of the shared machine does not move it), with the spread of the even and odd passes' figures and
 * the cheapest whole pass per CPU-second of the process (user + system: the collector and the compiler
 * threads included) beside it. The first seconds after one pass are a figure of their own (`cold`).
 */
export async function benchScore(ms = 2000): Promise<Record<string, number>> {
  const sets = loadPublicSets(join(SHARED_DIR, 'eval'));
  const openaiDev = sets.find((s) => s.name === 'openai-moderation')!.cases.map((c) => c.doc);
  const shortBios = sets.flatMap((s) => s.cases.map((c) => c.doc)).filter((d) => d.segments.every((s) => s.kind === 'text') && d.text.length < SHORT);
  const { policy, scorer } = configSchema.parse({});

  const loadStart = process.hrtime.bigint();
  const textModel = loadTextModel();
  const loadMs = nsSince(loadStart) / 1e6;
  const rulesOnly = createLocalScorer({ policy, thresholds: scorer.local.thresholds });
  const rulesAndModel = createLocalScorer({ policy, thresholds: scorer.local.thresholds, textModel });
  const runs: Run[] = [
    { scorer: rulesAndModel, docs: openaiDev },
    { scorer: rulesAndModel, docs: shortBios },
    { scorer: rulesOnly, docs: openaiDev },
  ];

  // Untimed, every set through its scorer once: every rule these documents reach is compiled before any timing.
  for (const run of runs) await pass(run);
  const warmStart = Date.now();
  const cold = { openai: await window(rulesAndModel, openaiDev, ms), bios: await window(rulesAndModel, shortBios, ms) };
  while (Date.now() - warmStart < WARM_MS) for (const run of runs) await pass(run);
  const [openai, bios, rules] = await steadyPasses(runs) as [Steady, Steady, Steady];

  const figures: Record<string, number> = {
    'score.modelLoadMs': Math.round(loadMs),
    'score.rulesOnly.docsPerCpuSec': rules.perCpuSecond,
    'score.rulesAndModel.docsPerCpuSec': openai.perCpuSecond,
    'score.shortBios.rulesAndModel.docsPerCpuSec': bios.perCpuSecond,
    'score.rulesAndModel.cold.docsPerCpuSec': cold.openai,
    'score.shortBios.rulesAndModel.cold.docsPerCpuSec': cold.bios,
    'score.rulesOnly.spreadPct': rules.spreadPct,
    'score.rulesAndModel.spreadPct': openai.spreadPct,
    'score.shortBios.rulesAndModel.spreadPct': bios.spreadPct,
    'score.rulesAndModel.wholePass.docsPerCpuSec': openai.wholePass,
    'score.shortBios.rulesAndModel.wholePass.docsPerCpuSec': bios.wholePass,
  };
  const avg = (docs: FlatDocument[]) => Math.round(docs.reduce((sum, d) => sum + d.text.length, 0) / docs.length);
  const steady = ({ perCpuSecond, spreadPct }: Steady) => `${perCpuSecond} ±${spreadPct} %`;
  log(`score, rules + model, one thread, documents per CPU-second (before -> now steady: each document's cheapest of ${PASSES} interleaved passes after ${WARM_MS / 1000} s of scoring,`
    + ` ± how far the even and odd passes' figures differ; the cheapest whole pass, the collector and compiler threads included; goal; the first ${ms / 1000} s after one pass); weights load ${figures['score.modelLoadMs']} ms`);
  log(`  openai-moderation dev (${openaiDev.length} docs, ${avg(openaiDev)} chars on average): ${BEFORE.openaiDev} -> ${steady(openai)} (whole pass ${openai.wholePass}; goal ${GOAL.openaiDev}; first ${cold.openai}); rules only ${steady(rules)}`);
  log(`  short bios (${shortBios.length} docs under ${SHORT} chars, ${avg(shortBios)} on average): ${BEFORE.shortBios} -> ${steady(bios)} (whole pass ${bios.wholePass}; goal ${GOAL.shortBios}; first ${cold.bios})`);
  const budgetUs = { openaiDev: 1e6 / GOAL.openaiDev, shortBios: 1e6 / GOAL.shortBios };
  const stages = benchScoreStages({ openaiDev, shortBios }, { policy, textModel, budgetUs });
  return { ...figures, ...stages, ...(await benchScorePool(openaiDev)) };
}

interface Run {
  scorer: Scorer;
  docs: readonly FlatDocument[];
}

interface Steady {
  /** Documents per second of the documents' cheapest times. */
  perCpuSecond: number;
  /** How far the even and odd passes' figures differ, in %. */
  spreadPct: number;
  /** Documents per CPU-second of the process in the cheapest whole pass. */
  wholePass: number;
}

/** PASSES passes over each run in turn, from a collected heap each. */
async function steadyPasses(runs: readonly Run[]): Promise<Steady[]> {
  const cheapest = runs.map(({ docs }) => new CheapestTimes(docs.length));
  const wholePass = runs.map(() => 0);
  for (let p = 0; p < PASSES; p++) {
    for (const [r, { scorer, docs }] of runs.entries()) {
      collectGarbage();
      const cpu = process.cpuUsage();
      for (const [d, doc] of docs.entries()) {
        // The local scorer does its work within the call; the answer is awaited untimed, so none is kept.
        const start = process.hrtime.bigint();
        const answer = scorer.score(doc);
        cheapest[r]!.keep(p, d, nsSince(start));
        await answer;
      }
      const used = process.cpuUsage(cpu);
      wholePass[r] = Math.max(wholePass[r]!, Math.round(docs.length / ((used.user + used.system) / 1e6)));
    }
  }
  return runs.map(({ docs }, r) => ({
    perCpuSecond: Math.round(docs.length / (cheapest[r]!.totals()[0]! / 1e9)),
    spreadPct: round(100 * cheapest[r]!.spread(), 1),
    wholePass: wholePass[r]!,
  }));
}

async function pass({ scorer, docs }: Run): Promise<void> {
  for (const doc of docs) await scorer.score(doc);
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
