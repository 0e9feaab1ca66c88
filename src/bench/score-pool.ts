import { availableParallelism } from 'node:os';
import { configSchema } from '../config/index.js';
import { openScorer, type Scorer } from '../moderation/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { FlatDocument } from '../ricos/types.js';
import { log, round, STEADY_MS, timed, WARM_MS } from './figures.js';

/** What issue 16 asks of the pool: its throughput over one thread's, on this 2-core machine. */
const GOAL_SPEEDUP = 1.8;

/**
 * The scoring pool (docs/scoring-pool.md): documents per wall-clock second through the pool with one
 * thread and with one per core, rules plus model, kept busy as the scan keeps it (as many calls in
 * flight as the pool asks for, `keepBusy`). Wall-clock, because the pool's point is to use more than one core; on
 * a machine shared with other work that speedup is capped by the CPU left to us, so the cores the pool
 * kept busy and its documents per CPU-second (its overhead: threads, copies) are printed beside it.
 * Measured twice: in the first seconds of fresh threads (`cold`: each new thread compiles the scorer's hot
 * functions, and two threads' compiling fills the cores the scoring needs), and once steady (figures.ts).
 */
export async function benchScorePool(docs: readonly FlatDocument[], ms = 3000): Promise<Record<string, number>> {
  const cores = availableParallelism();
  const one = await throughput(1, docs, ms);
  const all = await throughput(cores, docs, ms);
  const figures = {
    'score.pool.oneThread.docsPerSec': one.steady.perSecond,
    'score.pool.allCores.docsPerSec': all.steady.perSecond,
    'score.pool.speedup': round(all.steady.perSecond / one.steady.perSecond, 2),
    'score.pool.allCores.coresBusy': all.steady.coresBusy,
    'score.pool.oneThread.docsPerCpuSec': one.steady.perCpuSecond,
    'score.pool.allCores.docsPerCpuSec': all.steady.perCpuSecond,
    'score.pool.cold.speedup': round(all.cold.perSecond / one.cold.perSecond, 2),
  };
  log(`score pool, rules + model, documents per second (wall clock), steady (after ${WARM_MS / 1000} s): 1 thread ${one.steady.perSecond}, ${cores} threads ${all.steady.perSecond}`
    + ` = ${figures['score.pool.speedup']}x (goal >= ${GOAL_SPEEDUP}x on 2 cores); ${all.steady.coresBusy} cores busy;`
    + ` per CPU-second ${one.steady.perCpuSecond} and ${all.steady.perCpuSecond}; in fresh threads' first ${ms / 1000} s: ${figures['score.pool.cold.speedup']}x`);
  return figures;
}

async function throughput(threads: number, docs: readonly FlatDocument[], ms: number) {
  const scorer = await openScorer(configSchema.parse({ scorer: { local: { threads } } }), { configDir: PACKAGE_ROOT });
  try {
    // Untimed first, every document once: the threads start (seconds on a loaded machine) and warm up.
    await Promise.all(docs.map((doc) => scorer.score(doc)));
    const lanes = scorer.keepBusy ?? threads * 4;
    const cold = await timed(() => drive(scorer, docs, lanes, ms));
    await drive(scorer, docs, lanes, WARM_MS - ms);
    const steady = await timed(() => drive(scorer, docs, lanes, STEADY_MS));
    return { cold, steady };
  } finally {
    await scorer.close?.();
  }
}

/** `lanes` callers, each scoring the next document as soon as its last one is back, for `ms`; how many were scored. */
async function drive(scorer: Scorer, docs: readonly FlatDocument[], lanes: number, ms: number): Promise<number> {
  const start = Date.now();
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (Date.now() - start < ms) {
      await scorer.score(docs[next++ % docs.length]!);
      done++;
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return done;
}
