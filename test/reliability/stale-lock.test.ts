import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReviewStore, type NewReviewItem } from '../../src/review/index.js';

/** The pid of a process that has ended: what a lock left by a SIGKILLed scan or serve names. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const decision = (revision: string): NewReviewItem => ({
  aboutId: 'about-1', memberId: 'member-1', original: { content: { nodes: [] }, revision }, reasons: [], scorer: 'local:test',
});

/**
 * Found reading the code behind the soak: a SIGKILL while a process holds the store's lock (one write
 * batch) leaves a stale lock; two processes that then both find it stale may both break it, the second
 * unlinking the lock the first has just taken, and both write at once, each on a state without the
 * other's change. Here two stores share a path (as two processes do) and decide the same revision of
 * one About: the contract lets exactly one decision stand. lowdb only: the lock file is lowdb's; on
 * PostgreSQL the same race is test/review/pg-store.test.ts's "stores racing addPending on one About".
 */
describe('two writers meeting a stale lock', () => {
  it('still take turns: one decision on a revision is accepted, never two', { timeout: 60_000 }, async () => {
    const root = await mkdtemp(join(tmpdir(), 'aboutmod-stale-lock-'));
    const stale = `${await deadPid()}@${hostname()}`;
    const accepted: number[] = [];
    for (let round = 0; round < 30; round++) {
      const dir = join(root, `round-${round}`);
      await mkdir(dir, { mode: 0o700 });
      const path = join(dir, 'review.json');
      await writeFile(`${path}.lock`, stale);
      const [a, b] = await Promise.all([openReviewStore(path), openReviewStore(path)]);
      const added = await Promise.all([a.addPending([decision('7')], 'scan'), b.addPending([decision('7')], 'serve')]);
      await Promise.all([a.close(), b.close()]);
      accepted.push(added.flat().length);
    }
    expect(accepted.filter((n) => n !== 1)).toEqual([]);
  });
});
