import { availableParallelism } from 'node:os';
import { configSchema } from '../config/index.js';
import { openScorer, type Scorer } from '../moderation/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { FlatDocument } from '../ricos/types.js';
import { log, round } from './figures.js';

/** What issue 16 asks of the pool: its throughput over one thread's, on this 2-core machine. */
const GOAL_SPEEDUP = 1.8;

/**
 * The scoring pool (docs/scoring-pool.md): documents per wall-clock second through the pool with one
 * thread and with one per core, rules plus model, kept busy as the scan keeps it (as many calls in
 * flight as the pool asks for, `keepBusy`). Wall-clock, because the pool's point is to use more than one core; on
 * a machine shared with other work that speedup is capped by the CPU left to us, so the cores the pool
 * kept busy and its documents per CPU-second (its overhead: threads, copies) are printed beside it.
 */
export async function benchScorePool(docs: readonly FlatDocument[], ms = 3000): Promise<Record<string, number>> {
  const cores = availableParallelism();
  const one = await throughput(1, docs, ms);
  const all = await throughput(cores, docs, ms);
  const figures = {
    'score.pool.oneThread.docsPerSec': one.perSecond,
    'score.pool.allCores.docsPerSec': all.perSecond,
    'score.pool.speedup': round(all.perSecond / one.perSecond, 2),
    'score.pool.allCores.coresBusy': all.coresBusy,
    'score.pool.oneThread.docsPerCpuSec': one.perCpuSecond,
    'score.pool.allCores.docsPerCpuSec': all.perCpuSecond,
  };
  log(`score pool, rules + model, documents per second (wall clock): 1 thread ${one.perSecond}, ${cores} threads ${all.perSecond}`
    + ` = ${figures['score.pool.speedup']}x (goal >= ${GOAL_SPEEDUP}x on 2 cores); ${all.coresBusy} cores busy;`
    + ` per CPU-second ${one.perCpuSecond} and ${all.perCpuSecond}`);
  return figures;
}

async function throughput(threads: number, docs: readonly FlatDocument[], ms: number) {
  const scorer = await openScorer(configSchema.parse({ scorer: { local: { threads } } }), { configDir: PACKAGE_ROOT });
  try {
    // Untimed first, every document once: the threads start (seconds on a loaded machine) and warm up.
    await Promise.all(docs.map((doc) => scorer.score(doc)));
    // The process's CPU time counts every thread of it, the pool's included.
    const cpu = process.cpuUsage();
    const start = Date.now();
    const done = await drive(scorer, docs, scorer.keepBusy ?? threads * 4, ms);
    const seconds = (Date.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    return { perSecond: Math.round(done / seconds), perCpuSecond: Math.round(done / cpuSeconds), coresBusy: round(cpuSeconds / seconds, 2) };
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
