import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailable } from './errors.js';
import { FILE_MODE, processAlive } from './durable-file.js';

/**
 * A lock file beside the store, held only for one write batch, so the scan, the server and a
 * reviewer's command can share one store: each write first catches up with what another process
 * wrote (see lowdb-store.ts). Holding it per batch rather than per process means a long-running
 * `serve` never shuts reviewers out. The lock holds `pid@host`, written to a temp file and hard-linked
 * into place, so a lock is never seen empty; a lock whose process is gone (same host) is stale and broken.
 */
let candidates = 0;

export async function acquireLock(lockPath: string, timeoutMs = 30_000): Promise<() => Promise<void>> {
  const me = `${process.pid}@${hostname()}`;
  // One candidate file per call: two stores opened in one process must not share (and unlink) one.
  const mine = `${lockPath}.${process.pid}.${++candidates}`;
  try {
    // Inside the try: a write that fails (a full disk) still leaves no candidate behind.
    await writeFile(mine, me, { mode: FILE_MODE });
    const deadline = Date.now() + timeoutMs;
    for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
      try {
        await link(mine, lockPath);
        return () => unlink(lockPath).catch(() => {});
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new StoreUnavailable(`review store lock ${lockPath}: ${(err as NodeJS.ErrnoException).code ?? 'cannot create'}`);
        }
      }
      const holder = await readFile(lockPath, 'utf8').catch(() => '');
      if (holder && isStale(holder)) {
        // Tiny window: two processes breaking the same stale lock at once; both then race on link() again.
        await unlink(lockPath).catch(() => {});
        continue;
      }
      if (Date.now() > deadline) {
        throw new StoreUnavailable(`review store is locked by ${holder || 'another process'} (${lockPath}); remove the lock file if that process is gone`);
      }
      await sleep(wait);
    }
  } finally {
    await unlink(mine).catch(() => {});
  }
}

function isStale(holder: string): boolean {
  const match = /^(\d+)@(.*)$/.exec(holder);
  return match !== null && match[2] === hostname() && !processAlive(Number(match[1]));
}
