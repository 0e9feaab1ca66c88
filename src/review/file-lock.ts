import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
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
        await breakStale(lockPath, holder, mine);
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

/**
 * Removes a stale lock, holding a second lock (`.break`) while it looks again: two processes that both
 * found the lock stale must not both remove "it", since the second would remove the lock the first has
 * just taken, and both would write at once. A breaker that died mid-break is cleared by age.
 */
async function breakStale(lockPath: string, holder: string, candidate: string): Promise<void> {
  const breaker = `${lockPath}.break`;
  try {
    await link(candidate, breaker);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const age = Date.now() - ((await stat(breaker).catch(() => undefined))?.mtimeMs ?? Date.now());
    if (age > BREAKER_STALE_MS) await unlink(breaker).catch(() => {});
    return;
  }
  try {
    // Still the same dead holder: nobody can have taken the lock meanwhile (it existed all along).
    if ((await readFile(lockPath, 'utf8').catch(() => '')) === holder) await unlink(lockPath).catch(() => {});
  } finally {
    await unlink(breaker).catch(() => {});
  }
}

/** A break takes two file operations; a breaker this old died while breaking. */
const BREAKER_STALE_MS = 10_000;

function isStale(holder: string): boolean {
  const match = /^(\d+)@(.*)$/.exec(holder);
  return match !== null && match[2] === hostname() && !processAlive(Number(match[1]));
}
