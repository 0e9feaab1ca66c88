import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { processAlive } from './durable-file.js';
import type { PendingLease } from './types.js';

/**
 * How long a pending item stays its writer's alone. It must outlast the longest PATCH the Wix client can
 * make (timeout x attempts + backoff: about 80 s with the defaults), so recovery never settles an item
 * whose PATCH may still land; the writer releases it early when the PATCH ends without an answer.
 */
const LEASE_MS = 10 * 60_000;

/** A writer id for one opened store: random, so a pid reused after a crash is never taken for the writer. */
export function newWriterId(): string {
  return randomUUID();
}

export function newLease(writer: string, now: Date): PendingLease {
  return { writer, pid: process.pid, host: hostname(), until: new Date(now.getTime() + LEASE_MS).toISOString() };
}

/**
 * Whether a pending item is still its writer's to settle: the lease has not run out and, when the
 * writer ran on this host, its process is alive. Items written before leases existed have none: free.
 */
export function leaseHeld(lease: PendingLease | undefined, now: Date): boolean {
  if (!lease || Date.parse(lease.until) <= now.getTime()) return false;
  return lease.host !== hostname() || processAlive(lease.pid);
}
