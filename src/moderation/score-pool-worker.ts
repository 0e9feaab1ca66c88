import { parentPort, workerData } from 'node:worker_threads';
import { flattenJson } from '../ricos/flatten.js';
import type { PoolDocument, ScoreBatch, ScoreResult, WorkerMessage, WorkerSetup } from './score-pool.js';
import { configuredLocalScorer } from './score-local.js';
import { ScoreProgress } from './score-progress.js';

/**
 * One scoring thread of the pool (score-pool.ts): builds the scorer from the config once (the text
 * model is read here, once per thread), then scores the documents of each batch it is sent, in order,
 * saying which one it is on (ScoreProgress) for the main thread's deadline.
 */
const { config, progress: shared } = workerData as WorkerSetup;
const port = parentPort!;
const scorer = configuredLocalScorer(config);
const progress = new ScoreProgress(shared);
const answer = (message: WorkerMessage) => port.postMessage(message);

/**
 * A batch's answers go back in one message when it is done, or sooner when it runs long, so a verdict
 * waits at most about this long for the rest of its batch (a slow document late in a batch).
 */
const ANSWER_WITHIN_MS = 100;

/**
 * Patterns and the model's weights are compiled on first use: a document that wakes them all is scored
 * before the thread says it is ready, so that cost never counts against a member's document deadline.
 */
const WARM_UP = 'You idiot, fuck off. Mail me at a.b@example.com or call +1 415 555 0100, see http://example.com';
await scorer.score({ text: WARM_UP, links: [], segments: [{ kind: 'text', path: 'warm-up', value: WARM_UP, place: 'warm-up' }] });

async function scoreBatch({ seq, docs }: ScoreBatch): Promise<void> {
  let first = seq;
  let results: ScoreResult[] = [];
  let since = Date.now();
  for (const [i, doc] of docs.entries()) {
    progress.start(seq + i);
    results.push(await scoreOne(doc));
    progress.finish();
    if (i === docs.length - 1 || Date.now() - since >= ANSWER_WITHIN_MS) {
      answer({ seq: first, results });
      first = seq + i + 1;
      results = [];
      since = Date.now();
    }
  }
}

async function scoreOne(doc: PoolDocument): Promise<ScoreResult> {
  try {
    return { verdict: await scorer.score('json' in doc ? flattenJson(doc.json, doc.options) : doc) };
  } catch (err) {
    const { name, message } = err instanceof Error ? err : new Error(String(err));
    return { error: { name, message } };
  }
}

// One batch after another, whatever the scorer awaits: the main thread counts on the order.
let scoring = Promise.resolve();
port.on('message', (batch: ScoreBatch) => {
  scoring = scoring.then(() => scoreBatch(batch));
});
answer({ ready: true });
