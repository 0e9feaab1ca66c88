import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/index.js';
import { ConfigError } from '../errors.js';
import type { FlatDocument } from '../ricos/types.js';
import { ScorerError } from './scorer-error.js';
import type { Scorer, Verdict } from './types.js';

/** What the main thread sends a worker, and what it answers (plain JSON both ways). */
export interface ScoreRequest {
  seq: number;
  doc: FlatDocument;
}
export type WorkerMessage =
  | { ready: true }
  | { seq: number; verdict: Verdict }
  | { seq: number; error: { name: string; message: string } };

/** What a worker needs to build the same scorer as the main thread would. */
export interface WorkerSetup {
  config: Config;
  configDir: string;
}

/**
 * Documents sent to one worker before its answers come back: two, so a worker never idles while its
 * next document is in the post, and few, so a slow document holds back little work behind it.
 */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * This document could not be scored (past scorer.local.deadlineMs, or its thread died on it); its
 * thread was replaced and other documents are scored as usual. The About is retried later.
 */
export class DocumentNotScored extends ScorerError {}

export interface ScorePoolOptions extends WorkerSetup {
  /** The scorer id (the same as the main-thread scorer's: the pool changes where, not what). */
  id: string;
  threads: number;
  deadlineMs: number;
}

/** scorer.local.threads as a number: "auto" is one thread per core. */
export function scoringThreads(config: Config): number {
  const threads = config.scorer.local.threads;
  return threads === 'auto' ? availableParallelism() : threads;
}

interface Job {
  doc: FlatDocument;
  resolve: (verdict: Verdict) => void;
  reject: (err: Error) => void;
}

/** One worker thread and the jobs it holds, oldest (the one being scored) first. */
interface Thread {
  worker: Worker;
  ready: boolean;
  jobs: Map<number, Job>;
  /** Runs while the oldest job is being scored; replaces the thread when it fires. */
  deadline?: NodeJS.Timeout;
}

/**
 * The local scorer on worker threads, behind the same Scorer interface: each thread builds the scorer
 * from the config once and scores one document at a time, so a heavy document takes one core, never
 * the main thread (serve's /healthz and webhooks stay live). Threads start when work first needs them.
 *
 * - Order: each call gets its own verdict; a caller that needs ordered output awaits in its own order.
 * - Back-pressure: at most IN_FLIGHT_PER_WORKER documents per thread; the rest wait here, bounded by
 *   the callers' own concurrency (the scan's and `score --jsonl`'s in-flight limits).
 * - Deadline: a document not scored within deadlineMs of its thread starting on it rejects with
 *   DocumentNotScored; the thread is ended, and the documents queued behind it go to another.
 * - Crash: a thread that dies (an uncaught error) fails the document it was scoring in the same way;
 *   a new thread takes its place when there is work. No old-generation cap is set: in Node 20 a thread
 *   reaching it can abort the whole process (nodejs/node#47224), worse than the document's cost. The
 *   young generation is capped (YOUNG_GENERATION_MB), which only sizes the nursery and cannot abort.
 * - close(): lets every accepted document finish, then ends the threads. Idle threads are unref'd,
 *   so even a forgotten close() never keeps a process alive.
 */
/**
 * Each thread's young generation, in MB. V8's default lets it grow to 48 MB a thread while a scan
 * allocates fast, which was most of a scan's peak RSS above its live data (docs/speed.md). At 6 MB a
 * thread scavenged about every 4 openai rows and promoted a document's short-lived garbage to the old
 * generation (GC was 12-16 % of a scoring thread's time in a first scan). 16 MB scavenges 3.5x less
 * often (GC 8-9 % of a thread's time); 32 MB 6x, but a 10k scan's peak RSS was 50 MB above 6 MB's,
 * against about 16 for 16 MB: a fixed cost, the same at 10k and 100k Abouts (docs/scorer-speed.md).
 */
const YOUNG_GENERATION_MB = 16;

export function createScorePool(options: ScorePoolOptions): Scorer & { close(): Promise<void> } {
  const { id, threads: size, deadlineMs } = options;
  const setup: WorkerSetup = { config: options.config, configDir: options.configDir };
  const threads = new Set<Thread>();
  const waiting: Job[] = [];
  let seq = 0;
  let closed: Promise<void> | undefined;
  let drained: (() => void) | undefined;

  const busy = () => waiting.length > 0 || [...threads].some((t) => t.jobs.size > 0);

  function spawn(): Thread {
    const worker = new Worker(new URL('./score-pool-worker.js', import.meta.url), {
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const thread: Thread = { worker, ready: false, jobs: new Map() };
    threads.add(thread);
    worker.on('message', (message: WorkerMessage) => onMessage(thread, message));
    worker.on('error', (err) => failOldest(thread, `the scoring thread crashed on the document (${err.message})`));
    worker.on('exit', (code) => failOldest(thread, `the scoring thread exited (code ${code}) on the document`));
    return thread;
  }

  function onMessage(thread: Thread, message: WorkerMessage): void {
    if ('ready' in message) {
      thread.ready = true;
      startDeadline(thread);
      return;
    }
    const job = thread.jobs.get(message.seq);
    if (!job) return;
    thread.jobs.delete(message.seq);
    clearTimeout(thread.deadline);
    startDeadline(thread);
    if ('verdict' in message) job.resolve(message.verdict);
    else job.reject(rebuildError(message.error));
    dispatch();
  }

  /** The oldest job is the one the thread is scoring (it scores in order), once the thread is ready. */
  function startDeadline(thread: Thread): void {
    const oldest = thread.jobs.keys().next();
    if (!thread.ready || oldest.done) return;
    thread.deadline = setTimeout(() => failOldest(thread, `the document was not scored within ${deadlineMs} ms (scorer.local.deadlineMs)`), deadlineMs);
  }

  /**
   * The thread is stuck on, or died on, its oldest document: that document fails, the thread is
   * ended, and the documents behind it (never started) go first to the next free thread.
   */
  function failOldest(thread: Thread, why: string): void {
    if (!threads.has(thread)) return;
    clearTimeout(thread.deadline);
    threads.delete(thread);
    void thread.worker.terminate();
    const [oldest, ...behind] = thread.jobs.values();
    thread.jobs.clear();
    waiting.unshift(...behind);
    oldest?.reject(new DocumentNotScored(`local scorer: ${why}`));
    dispatch();
  }

  /** Hands waiting jobs to the least loaded thread, starting a new one while all are busy and there is room. */
  function dispatch(): void {
    while (waiting.length > 0) {
      let target: Thread | undefined;
      for (const t of threads) if (!target || t.jobs.size < target.jobs.size) target = t;
      if ((!target || target.jobs.size > 0) && threads.size < size) target = spawn();
      if (!target || target.jobs.size >= IN_FLIGHT_PER_WORKER) break;
      const job = waiting.shift()!;
      const n = ++seq;
      target.jobs.set(n, job);
      target.worker.ref();
      target.worker.postMessage({ seq: n, doc: job.doc } satisfies ScoreRequest);
      if (target.jobs.size === 1) startDeadline(target);
    }
    for (const t of threads) if (t.jobs.size === 0) t.worker.unref();
    if (drained && !busy()) drained();
  }

  return {
    id,
    score(doc) {
      if (closed) return Promise.reject(new ScorerError('local scorer: closed'));
      return new Promise<Verdict>((resolve, reject) => {
        waiting.push({ doc, resolve, reject });
        dispatch();
      });
    },
    close() {
      closed ??= (async () => {
        if (busy()) await new Promise<void>((resolve) => (drained = resolve));
        await Promise.all([...threads].map((t) => {
          threads.delete(t);
          return t.worker.terminate();
        }));
      })();
      return closed;
    },
  };
}

/** An error thrown while scoring in a thread, as the main-thread scorer would have thrown it. */
function rebuildError(error: { name: string; message: string }): Error {
  // A damaged model file is the user's to fix (exit 2), wherever it was found.
  if (error.name === 'ConfigError') return new ConfigError(error.message);
  return Object.assign(new Error(error.message), { name: error.name });
}
