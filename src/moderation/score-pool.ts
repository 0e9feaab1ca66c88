import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/index.js';
import { ConfigError } from '../errors.js';
import type { FlattenOptions } from '../ricos/flatten.js';
import type { FlatDocument } from '../ricos/types.js';
import { ScoreProgress } from './score-progress.js';
import { ScorerError } from './scorer-error.js';
import type { Scorer, Verdict } from './types.js';

/**
 * What the main thread sends a worker: documents numbered seq, seq + 1, ... (plain JSON); and what it
 * answers: the results of documents numbered from seq on, in order, for a whole batch or part of one.
 */
export interface ScoreBatch {
  seq: number;
  docs: PoolDocument[];
}
/** A flat document, or a Ricos document's JSON that the thread flattens (Scorer.scoreRicosJson). */
export type PoolDocument = FlatDocument | RicosJson;
export interface RicosJson {
  json: string;
  options: FlattenOptions;
}
export type ScoreResult = { verdict: Verdict } | { error: { name: string; message: string } };
export type WorkerMessage = { ready: true } | { seq: number; results: ScoreResult[] };

/** What a worker needs to build the same scorer as the main thread would. */
export interface WorkerSetup {
  config: Config;
  /** Where the thread publishes the document it is on (ScoreProgress). */
  progress: SharedArrayBuffer;
}

/**
 * Batches sent to a ready thread before its answers come back: two, so it need not idle while its next
 * batch is in the post. A thread still starting takes one, so a few documents, not two batches, wait
 * for its start while another thread could score them.
 */
const BATCHES_PER_THREAD = 2;
/**
 * A thread with nothing to do takes whatever waits, even one document (a webhook's rescan goes at once).
 * A thread already scoring a batch takes a second only when at least this many documents wait: handing
 * it each document as it comes would make batches of one, and batches of one make answers of one, which
 * bring back one document at a time from the callers (the hand-off this batching is meant to cut).
 */
const MIN_BATCH_BEHIND = 4;
/**
 * The most documents in one batch. Each message costs a wake-up on both sides (at a few ms a document
 * and on a busy machine, a large share of a thread's idle time); a batch shares one among its documents.
 */
const MAX_BATCH = 16;
/**
 * A document being scored for less than its deadline, or a thread between documents, is looked at
 * again then; between documents is a moment, so soon.
 */
const BETWEEN_DOCUMENTS_RECHECK_MS = 50;

/**
 * This document could not be scored (past scorer.local.deadlineMs, or its thread died on it); its
 * thread was replaced and other documents are scored as usual. The About is retried later.
 */
export class DocumentNotScored extends ScorerError {}

export interface ScorePoolOptions extends Omit<WorkerSetup, 'progress'> {
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
  doc: PoolDocument;
  resolve: (verdict: Verdict) => void;
  reject: (err: Error) => void;
}

/** One worker thread and the jobs it holds, in the order it scores them. */
interface Thread {
  worker: Worker;
  ready: boolean;
  /** When it was spawned (performance.now()); its start-up is the time from then to its ready message. */
  spawnedAt: number;
  /** Sent and not yet answered, by number. */
  jobs: Map<number, Job>;
  /** The last document's number of each batch sent and not fully answered, oldest first. */
  batchEnds: number[];
  progress: ScoreProgress;
  /** Runs while the thread holds jobs: looks at the document it is on, and replaces the thread past its deadline. */
  deadline?: NodeJS.Timeout;
}

/**
 * The local scorer on worker threads, behind the same Scorer interface: each thread builds the scorer
 * from the config once and scores one document at a time, so a heavy document takes one core, never
 * the main thread (serve's /healthz and webhooks stay live). The first thread starts when work first
 * needs it, each next one only when the work outgrows the threads there are (grow()).
 *
 * - Batches: the documents waiting when a thread has room go to it in one message (up to MAX_BATCH),
 *   and it answers them in one (or a few, when the batch takes long), so the cross-thread wake-ups a
 *   document costs fall with the batch size. What waits is what the callers sent since the last turn
 *   of the event loop: a lone document is never held back to fill a batch.
 * - Order: each call gets its own verdict; a caller that needs ordered output awaits in its own order.
 * - Back-pressure: at most BATCHES_PER_THREAD batches per thread; the rest wait here, bounded by
 *   the callers' own concurrency (the scan's and `score --jsonl`'s in-flight limits).
 * - Deadline: a document not scored within deadlineMs of its thread starting on it (the thread says
 *   which and when, ScoreProgress) rejects with DocumentNotScored; the thread is ended, and the other
 *   documents it held (scored but not yet answered, or not started) are scored again on another.
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
 * against about 16 for 16 MB: a fixed cost, the same at 10k and 100k Abouts (docs/history/scorer-speed-log.md, session 7).
 */
const YOUNG_GENERATION_MB = 16;

export function createScorePool(options: ScorePoolOptions): Scorer & { close(): Promise<void> } {
  const { id, threads: size, deadlineMs } = options;
  const threads = new Set<Thread>();
  const waiting: Job[] = [];
  let seq = 0;
  let dispatchQueued = false;
  let closed: Promise<void> | undefined;
  let drained: (() => void) | undefined;
  /** The longest start-up of a thread so far, in ms: how long a thread must be short of room before another starts. */
  let startMs = 0;
  /** Since when documents have waited that no ready thread had room for (performance.now()), while they still do. */
  let shortSince: number | undefined;
  let growCheck: NodeJS.Timeout | undefined;

  const busy = () => waiting.length > 0 || [...threads].some((t) => t.jobs.size > 0);
  const takes = (t: Thread) =>
    t.batchEnds.length === 0 || (t.ready && t.batchEnds.length < BATCHES_PER_THREAD && waiting.length >= MIN_BATCH_BEHIND);

  function spawn(): Thread {
    const progress = new ScoreProgress();
    const setup: WorkerSetup = { config: options.config, progress: progress.buffer };
    const worker = new Worker(new URL('./score-pool-worker.js', import.meta.url), {
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const thread: Thread = { worker, ready: false, spawnedAt: performance.now(), jobs: new Map(), batchEnds: [], progress };
    threads.add(thread);
    worker.on('message', (message: WorkerMessage) => onMessage(thread, message));
    worker.on('error', (err) => fail(thread, `the scoring thread crashed on the document (${err.message})`));
    worker.on('exit', (code) => fail(thread, `the scoring thread exited (code ${code}) on the document`));
    return thread;
  }

  function onMessage(thread: Thread, message: WorkerMessage): void {
    if ('ready' in message) {
      thread.ready = true;
      startMs = Math.max(startMs, performance.now() - thread.spawnedAt);
      watch(thread);
      dispatch();
      return;
    }
    message.results.forEach((result, i) => {
      const job = thread.jobs.get(message.seq + i);
      if (!job) return;
      thread.jobs.delete(message.seq + i);
      if ('verdict' in result) job.resolve(result.verdict);
      else job.reject(rebuildError(result.error));
    });
    const last = message.seq + message.results.length - 1;
    while (thread.batchEnds.length > 0 && thread.batchEnds[0]! <= last) thread.batchEnds.shift();
    dispatch();
  }

  /** Looks at a ready thread that holds jobs when its document could first be past its deadline. */
  function watch(thread: Thread, ms = deadlineMs): void {
    if (thread.ready && !thread.deadline && thread.jobs.size > 0) thread.deadline = setTimeout(() => check(thread), ms).unref();
  }

  function check(thread: Thread): void {
    thread.deadline = undefined;
    const current = thread.progress.current();
    if (!current || !thread.jobs.has(current.seq)) return watch(thread, Math.min(deadlineMs, BETWEEN_DOCUMENTS_RECHECK_MS));
    if (current.elapsedMs < deadlineMs) return watch(thread, deadlineMs - current.elapsedMs);
    fail(thread, `the document was not scored within ${deadlineMs} ms (scorer.local.deadlineMs)`, current.seq);
  }

  /**
   * The thread is stuck on, or died on, a document (the one it says it is on, else its oldest): that
   * document fails, the thread is ended, and the others it held go first to the next free thread,
   * to be scored again (answers it had not sent die with it).
   */
  function fail(thread: Thread, why: string, on = thread.progress.current()?.seq): void {
    if (!threads.has(thread)) return;
    clearTimeout(thread.deadline);
    threads.delete(thread);
    void thread.worker.terminate();
    const failed = thread.jobs.get(on ?? -1) ?? thread.jobs.values().next().value;
    waiting.unshift(...[...thread.jobs.values()].filter((job) => job !== failed));
    thread.jobs.clear();
    failed?.reject(new DocumentNotScored(`local scorer: ${why}`));
    dispatch();
  }

  /** Dispatches on the next turn of the event loop: the callers' documents sent meanwhile travel together. */
  function queueDispatch(): void {
    if (dispatchQueued) return;
    dispatchQueued = true;
    setImmediate(() => {
      dispatchQueued = false;
      dispatch();
    });
  }

  /**
   * Hands what waits to the threads with room, shared between them (the least loaded first), starting
   * the first thread when there is work, and more (up to `threads`) as grow() finds the work needs them.
   */
  function dispatch(): void {
    if (threads.size === 0 && waiting.length > 0) spawn();
    while (waiting.length > 0) {
      let target: Thread | undefined;
      for (const t of threads) if (takes(t) && (!target || t.jobs.size < target.jobs.size)) target = t;
      if (!target) break;
      let open = 0;
      for (const t of threads) if (takes(t)) open++;
      const jobs = waiting.splice(0, Math.min(MAX_BATCH, Math.ceil(waiting.length / open)));
      const first = seq + 1;
      for (const job of jobs) target.jobs.set(++seq, job);
      target.batchEnds.push(seq);
      target.worker.ref();
      target.worker.postMessage({ seq: first, docs: jobs.map((job) => job.doc) } satisfies ScoreBatch);
      watch(target);
    }
    grow();
    for (const t of threads) if (t.jobs.size === 0) t.worker.unref();
    if (drained && !busy()) drained();
  }

  /**
   * One more thread once documents have waited, with every thread ready and none with room, for as long
   * as a thread took to start. Until then the threads there are keep up, or the work is too short to
   * repay a start: a start is a second or more of a core, and threads starting together share the cores
   * while none scores (a 10k scan on two cores finished before a second thread would have been ready).
   */
  function grow(): void {
    const short = waiting.length > 0 && [...threads].every((t) => t.ready);
    if (!short) {
      shortSince = undefined;
      return;
    }
    const now = performance.now();
    shortSince ??= now;
    if (threads.size < size && now - shortSince >= startMs) {
      spawn();
      shortSince = undefined;
    } else if (threads.size < size && !growCheck) {
      // No answer may come meanwhile (one slow document): look again when the wait has lasted a start.
      growCheck = setTimeout(() => {
        growCheck = undefined;
        dispatch();
      }, shortSince + startMs - now).unref();
    }
  }

  function score(doc: PoolDocument): Promise<Verdict> {
    if (closed) return Promise.reject(new ScorerError('local scorer: closed'));
    return new Promise<Verdict>((resolve, reject) => {
      waiting.push({ doc, resolve, reject });
      queueDispatch();
    });
  }

  return {
    id,
    score,
    scoreRicosJson: (json, options) => score({ json, options }),
    // Fewer and a thread waits for its next batch while its answers travel: with 16 documents in flight
    // on two threads, each was idle 40 % of a 100k scan on a loaded machine (docs/history/scorer-speed-log.md, session 11).
    keepBusy: size * BATCHES_PER_THREAD * MAX_BATCH,
    close() {
      closed ??= (async () => {
        if (busy()) await new Promise<void>((resolve) => (drained = resolve));
        clearTimeout(growCheck);
        await Promise.all([...threads].map((t) => {
          threads.delete(t);
          clearTimeout(t.deadline);
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
