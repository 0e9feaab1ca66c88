import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../src/worker/queue.js';

/** A task that records when it runs and finishes only when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('work queue', () => {
  it('never runs two tasks for the same About at once, even with free slots', async () => {
    const q = createWorkQueue({ concurrency: 4 });
    const log: string[] = [];
    const first = gate();
    const a = q.add('about-1', async () => { log.push('a start'); await first.opened; log.push('a end'); });
    await tick();
    const b = q.add('about-1', async () => { log.push('b start'); });
    await tick();
    expect(log).toEqual(['a start']);
    first.open();
    await Promise.all([a, b]);
    expect(log).toEqual(['a start', 'a end', 'b start']);
  });

  it('runs tasks for different Abouts side by side', async () => {
    const q = createWorkQueue({ concurrency: 2 });
    const log: string[] = [];
    const g = gate();
    const a = q.add('x', async () => { log.push('x'); await g.opened; });
    const b = q.add('y', async () => { log.push('y'); await g.opened; });
    await tick(); await tick();
    expect(log.sort()).toEqual(['x', 'y']);
    expect(q.pending).toBe(2);
    g.open();
    await Promise.all([a, b]);
  });

  it('coalesces a key that is already waiting: the second task never runs', async () => {
    const q = createWorkQueue({ concurrency: 1 });
    const g = gate();
    const runs: string[] = [];
    const busy = q.add('other', async () => { await g.opened; });
    const first = q.add('about-1', async () => { runs.push('first'); });
    const second = q.add('about-1', async () => { runs.push('second'); });
    expect(second).toBe(first);
    expect(q.size).toBe(2);
    g.open();
    await Promise.all([busy, first, second]);
    expect(runs).toEqual(['first']);
  });

  it('queues a fresh run for a key whose task is already running (new data may have arrived)', async () => {
    const q = createWorkQueue({ concurrency: 1 });
    const g = gate();
    const runs: string[] = [];
    const first = q.add('k', async () => { runs.push('first'); await g.opened; });
    await tick(); await tick();
    const second = q.add('k', async () => { runs.push('second'); });
    expect(second).not.toBe(first);
    g.open();
    await Promise.all([first, second]);
    expect(runs).toEqual(['first', 'second']);
  });

  it('a batch holds every key of its page: a single task for one of them waits for the batch', async () => {
    const q = createWorkQueue({ concurrency: 4 });
    const log: string[] = [];
    const g = gate();
    const batch = q.addBatch(['a', 'b', 'c'], async () => { log.push('batch start'); await g.opened; log.push('batch end'); });
    await tick();
    const single = q.add('b', async () => { log.push('b'); });
    const free = q.add('z', async () => { log.push('z'); });
    await free;
    expect(log).toEqual(['batch start', 'z']);
    g.open();
    await Promise.all([batch, single]);
    expect(log).toEqual(['batch start', 'z', 'batch end', 'b']);
  });

  it('a failing task releases its key and rejects only its own promise', async () => {
    const q = createWorkQueue({ concurrency: 1 });
    const g = gate();
    const failing = q.add('k', async () => { await g.opened; throw new Error('boom'); });
    await tick(); await tick();
    const after = q.add('k', async () => {});
    g.open();
    await expect(failing).rejects.toThrow('boom');
    await expect(after).resolves.toBeUndefined();
  });

  it('onIdle waits for queued and running tasks', async () => {
    const q = createWorkQueue({ concurrency: 1 });
    let done = 0;
    for (const k of ['a', 'b', 'a', 'c']) void q.add(k, async () => { await tick(); done++; });
    await q.onIdle();
    expect(done).toBe(3);
    expect(q.size).toBe(0);
    expect(q.pending).toBe(0);
  });
});
