import { parentPort, workerData } from 'node:worker_threads';
import { createScorer } from './create-scorer.js';
import type { ScoreRequest, WorkerMessage, WorkerSetup } from './score-pool.js';

/**
 * One scoring thread of the pool (score-pool.ts): builds the scorer from the config once (the text
 * model is read here, once per thread), then scores each document it is sent, in order.
 */
const { config, configDir } = workerData as WorkerSetup;
const port = parentPort!;
const scorer = createScorer(config, { configDir });
const answer = (message: WorkerMessage) => port.postMessage(message);

/**
 * Patterns and the model's weights are compiled on first use: a document that wakes them all is scored
 * before the thread says it is ready, so that cost never counts against a member's document deadline.
 */
const WARM_UP = 'You idiot, fuck off. Mail me at a.b@example.com or call +1 415 555 0100, see http://example.com';
await scorer.score({ text: WARM_UP, links: [], segments: [{ kind: 'text', path: 'warm-up', value: WARM_UP, place: 'warm-up' }] });

port.on('message', async ({ seq, doc }: ScoreRequest) => {
  try {
    answer({ seq, verdict: await scorer.score(doc) });
  } catch (err) {
    const { name, message } = err instanceof Error ? err : new Error(String(err));
    answer({ seq, error: { name, message } });
  }
});
answer({ ready: true });
