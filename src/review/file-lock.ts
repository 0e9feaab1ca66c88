import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailable } from './errors.js';
import { FILE_MODE, processAlive } from './durable-file.js';

/**
 * A lock file beside the store, held only for the duration of one write batch, so the scan, the
 * server and a reviewer's command can share one store: each write re-reads what another process
 * wrote first (see lowdb-store.ts). The file holds `pid@host`; a lock whose process is gone (same
 * host) is stale and broken. Holding it per batch rather than per process means a long-running
 * `serve` never shuts reviewers out.
 */
export async function acquireLock(lockPath: string, timeoutMs = 30_000): Promise<() => Promise<void>> {
  const me = `${process.pid}@${hostname()}`;
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      const fh = await open(lockPath, 'wx', FILE_MODE);
      try {
        await fh.writeFile(me);
      } finally {
        await fh.close();
      }
      return () => unlink(lockPath).catch(() => {});
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreUnavailable(`review store lock ${lockPath}: ${(err as NodeJS.ErrnoException).code ?? 'cannot create'}`);
      }
    }
    const holder = await readFile(lockPath, 'utf8').catch(() => '');
    if (holder ? isStale(holder) : await olderThan(lockPath, 10_000)) {
      // Tiny window: two processes breaking the same stale lock at once; both then race on 'wx' again.
      await unlink(lockPath).catch(() => {});
      continue;
    }
    if (Date.now() > deadline) {
      throw new StoreUnavailable(`review store is locked by ${holder || 'another process'} (${lockPath}); remove the lock file if that process is gone`);
    }
    await sleep(wait);
  }
}

function isStale(holder: string): boolean {
  const match = /^(\d+)@(.*)$/.exec(holder);
  return match !== null && match[2] === hostname() && !processAlive(Number(match[1]));
}

/** An empty lock file is one whose writer died between creating it and writing its pid. */
async function olderThan(path: string, ms: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > ms;
}
