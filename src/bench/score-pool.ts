import { availableParallelism } from 'node:os';
import { configSchema } from '../config/index.js';
import { openScorer, type Scorer } from '../moderation/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { FlatDocument } from '../ricos/types.js';
import { log, percentile, round, timed, WARM_MS } from './figures.js';

/** What issue 16 asks of the pool: its throughput over one thread's, on this 2-core machine. */
const GOAL_SPEEDUP = 1.8;

/** Timed windows a pool, the two pools in turn, once steady; each window this long. */
const WINDOWS = 6;
const WINDOW_MS = 1000;

/**
 * The scoring pool (docs/scoring-pool.md): documents per wall-clock second through the pool with one
 * thread and with one per core, rules plus model, kept busy as the scan keeps it (as many calls in
 * flight as the pool asks for, `keepBusy`). Wall-clock, because the pool's point is to use more than one core; on
 * a machine shared with other work that speedup is capped by the CPU left to us, so the cores the pool
 * kept busy and its documents per CPU-second (its overhead: threads, copies) are printed beside it.
 * Measured in the first seconds of fresh threads (`cold`: each new thread compiles the scorer's hot
 * functions, and two threads' compiling fills the cores the scoring needs), and once steady (after
 * figures.ts WARM_MS): short windows of the two pools in turn, so the load of the shared machine falls on
 * both alike, each figure the median of its windows and the speedup the median of adjacent windows' ratios,
 * with their range beside it.
 */
export async function benchScorePool(docs: readonly FlatDocument[], ms = 3000): Promise<Record<string, number>> {
  const cores = availableParallelism();
  const pools: Pool[] = [];
  try {
    // Untimed first, every document once, a pool at a time: its threads start (seconds on a loaded machine)
    // and warm up without the other's compiling beside them, and no call waits behind more than a scan keeps
    // in flight (a call has scorer.local.deadlineMs).
    for (const threads of [1, cores]) {
      pools.push(await openPool(threads));
      await drive(pools.at(-1)!, docs, Infinity, docs.length);
    }
    const [single, perCore] = pools as [Pool, Pool];
    const warmStart = Date.now();
    const [oneCold, allCold] = [await timed(() => drive(single, docs, ms)), await timed(() => drive(perCore, docs, ms))];
    while (Date.now() - warmStart < WARM_MS) for (const pool of pools) await drive(pool, docs, WINDOW_MS);
    const windows: [Timing, Timing][] = [];
    for (let w = 0; w < WINDOWS; w++) windows.push([await timed(() => drive(single, docs, WINDOW_MS)), await timed(() => drive(perCore, docs, WINDOW_MS))]);

    const ratios = windows.map(([one, all]) => all.perSecond / one.perSecond);
    const median = (pick: (w: [Timing, Timing]) => number) => percentile(windows.map(pick), 0.5);
    const figures = {
      'score.pool.oneThread.docsPerSec': median(([one]) => one.perSecond),
      'score.pool.allCores.docsPerSec': median(([, all]) => all.perSecond),
      'score.pool.speedup': round(percentile(ratios, 0.5), 2),
      'score.pool.speedupLow': round(Math.min(...ratios), 2),
      'score.pool.speedupHigh': round(Math.max(...ratios), 2),
      'score.pool.allCores.coresBusy': median(([, all]) => all.coresBusy),
      'score.pool.oneThread.docsPerCpuSec': median(([one]) => one.perCpuSecond),
      'score.pool.allCores.docsPerCpuSec': median(([, all]) => all.perCpuSecond),
      'score.pool.cold.speedup': round(allCold.perSecond / oneCold.perSecond, 2),
    };
    log(`score pool, rules + model, documents per second (wall clock), steady (after ${WARM_MS / 1000} s, median of ${WINDOWS} windows of ${WINDOW_MS / 1000} s a pool in turn):`
      + ` 1 thread ${figures['score.pool.oneThread.docsPerSec']}, ${cores} threads ${figures['score.pool.allCores.docsPerSec']}`
      + ` = ${figures['score.pool.speedup']}x (${figures['score.pool.speedupLow']}-${figures['score.pool.speedupHigh']}x; goal >= ${GOAL_SPEEDUP}x on 2 cores); ${figures['score.pool.allCores.coresBusy']} cores busy;`
      + ` per CPU-second ${figures['score.pool.oneThread.docsPerCpuSec']} and ${figures['score.pool.allCores.docsPerCpuSec']}; in fresh threads' first ${ms / 1000} s: ${figures['score.pool.cold.speedup']}x`);
    return figures;
  } finally {
    for (const { scorer } of pools) await scorer.close?.();
  }
}

type Timing = Awaited<ReturnType<typeof timed>>;

interface Pool {
  scorer: Scorer;
  /** How many calls the scan keeps in flight. */
  lanes: number;
}

async function openPool(threads: number): Promise<Pool> {
  const scorer = await openScorer(configSchema.parse({ scorer: { local: { threads } } }), { configDir: PACKAGE_ROOT });
  return { scorer, lanes: scorer.keepBusy ?? threads * 4 };
}

/** `lanes` callers, each scoring the next document as soon as its last one is back, for `ms` or `most` documents; how many were scored. */
async function drive({ scorer, lanes }: Pool, docs: readonly FlatDocument[], ms: number, most = Infinity): Promise<number> {
  const start = Date.now();
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (Date.now() - start < ms && next < most) {
      await scorer.score(docs[next++ % docs.length]!);
      done++;
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return done;
}
