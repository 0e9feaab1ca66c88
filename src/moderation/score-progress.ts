/**
 * Which document a scoring thread is on and since when, in memory the thread and the main thread
 * share: the thread answers a batch of documents in one message, so the main thread cannot time a
 * document's deadline from the answers; its timer reads this instead (docs/scoring-pool.md).
 *
 * Two 64-bit slots: [0] when the document was started (Date.now(), one clock for every thread),
 * [1] its number in the pool (0 between documents). The thread writes the start before the number and
 * the main thread reads the number first, so a number read is never paired with an older start:
 * a document can be seen as younger than it is, never older (no thread is ended early).
 */
export class ScoreProgress {
  private readonly slots: BigInt64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT)) {
    this.slots = new BigInt64Array(buffer);
  }

  /** In the thread: document `seq` starts now. */
  start(seq: number): void {
    Atomics.store(this.slots, 0, BigInt(Date.now()));
    Atomics.store(this.slots, 1, BigInt(seq));
  }

  /** In the thread: the document is scored (its answer may not be sent yet). */
  finish(): void {
    Atomics.store(this.slots, 1, 0n);
  }

  /** In the main thread: the document being scored and for how many ms, or undefined between documents. */
  current(): { seq: number; elapsedMs: number } | undefined {
    const seq = Number(Atomics.load(this.slots, 1));
    if (seq === 0) return undefined;
    return { seq, elapsedMs: Date.now() - Number(Atomics.load(this.slots, 0)) };
  }
}
