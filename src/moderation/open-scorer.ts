import type { Config } from '../config/index.js';
import type { ScorerOptions } from './create-scorer.js';
import { configuredTextModel } from './model/load-text-model.js';
import { createScorePool, scoringThreads } from './score-pool.js';
import { localScorerId } from './scorer-id.js';
import type { Scorer } from './types.js';

/**
 * The scorer for a command that scores as it runs (scan, serve, score): the local scorer on a pool of
 * worker threads (scorer.local.threads, scorer.local.deadlineMs; docs/scoring-pool.md), so no document
 * can stall the process; on this thread with threads 0. OpenAI's scorer waits on the network, not
 * the CPU: it keeps its own request concurrency. Call close() when done (it lets scoring finish first).
 *
 * With a pool, this thread loads neither the rules nor the model's weights (the threads do): it only
 * names the scorer, which also refuses a bad thread count or model file before any thread starts.
 * Loading the rules here cost a scan's main thread about 25 MB and 0.4 s of start-up for nothing.
 */
export async function openScorer(config: Config, options: Omit<ScorerOptions, 'textModel'>): Promise<Scorer> {
  const threads = scoringThreads(config);
  if (config.scorer.provider === 'local' && threads > 0) {
    const { thresholds, deadlineMs } = config.scorer.local;
    const id = localScorerId(config.policy, thresholds, configuredTextModel(config));
    return createScorePool({ config, id, threads, deadlineMs });
  }
  if (config.scorer.provider === 'local') {
    const { configuredLocalScorer } = await import('./score-local.js');
    return configuredLocalScorer(config);
  }
  const { createScorer } = await import('./create-scorer.js');
  return createScorer(config, options);
}
