import PQueue from 'p-queue';

/**
 * The work queue every About-changing job goes through, so a webhook rescan and a full scan never act on
 * the same About at once (two deciders on one revision would both write a placeholder and a review item).
 * Keys are About ids. p-queue in memory is the embedded default; a Redis-backed queue can implement the
 * same interface later.
 */
export interface WorkQueue {
  /**
   * Runs `task` once no other task holding `key` runs. When a task for `key` is already waiting to start,
   * this one is coalesced into it: the returned promise is the waiting task's (tasks for one key are
   * interchangeable "look at this About again" jobs, and the waiting one will read fresh data when it runs).
   */
  add(key: string, task: () => Promise<void>): Promise<void>;
  /**
   * Runs `task` holding every key in `keys` (a page of a full scan: its group commit covers the page).
   * Never coalesced. Keys are taken all at once in arrival order, so batches and single tasks cannot deadlock.
   */
  addBatch(keys: readonly string[], task: () => Promise<void>): Promise<void>;
  /** Tasks added and not yet started (waiting for their keys or for a slot). */
  readonly size: number;
  /** Tasks running now. */
  readonly pending: number;
  /** Resolves once nothing is waiting or running. */
  onIdle(): Promise<void>;
}

export interface WorkQueueOptions {
  /** Tasks running at once across all keys. */
  concurrency: number;
}

export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const slots = new PQueue({ concurrency: options.concurrency });
  /** Per key, a promise that settles when the last task that took the key has finished. */
  const tails = new Map<string, Promise<void>>();
  /** Single-key tasks that have not started yet: the ones a new add() for the same key joins. */
  const waiting = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  let parked = 0;

  function schedule(keys: readonly string[], task: () => Promise<void>, onStart: () => void): Promise<void> {
    const unique = [...new Set(keys)];
    const before = unique.flatMap((k) => tails.get(k) ?? []);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Taking every key in one synchronous step gives a single arrival order: no lock cycles.
    for (const k of unique) tails.set(k, held);
    parked++;
    const run = (async () => {
      await Promise.all(before);
      parked--;
      await slots.add(async () => {
        onStart();
        await task();
      });
    })();
    const done = () => {
      release();
      for (const k of unique) if (tails.get(k) === held) tails.delete(k);
      inFlight.delete(run);
    };
    inFlight.add(run);
    run.then(done, done);
    return run;
  }

  return {
    add(key, task) {
      const joined = waiting.get(key);
      if (joined) return joined;
      const run = schedule([key], task, () => waiting.delete(key));
      waiting.set(key, run);
      return run;
    },
    addBatch(keys, task) {
      return schedule(keys, task, () => {});
    },
    get size() {
      return parked + slots.size;
    },
    get pending() {
      return slots.pending;
    },
    async onIdle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}
