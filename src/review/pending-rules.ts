import { newLease } from './lease.js';
import { isNewerRevision, newestRevision } from './revision.js';
import { applyTransition, historyEntry } from './status.js';
import type { AddPendingOptions, HistoryEntry, NewReviewItem, OutboxNotice, ReviewItem, ReviewStatus } from './types.js';

/**
 * The rules of addPending and putVerdicts that every store applies the same way under its own lock or
 * transaction (docs/store-contract.md), kept apart from how each store reads and writes.
 */

/** A restore recorded before its PATCH (markRestoring) whose window has not passed. */
export function restoreInFlight(item: ReviewItem, now: Date): boolean {
  return item.restoring !== undefined && Date.parse(item.restoring.until) > now.getTime();
}

/**
 * A decision on `revision` stands only when it is newer than every revision the store knows for its
 * About (`known`: that About's items): originals, placeholders, restores, a restore in flight. A decision
 * another process recorded meanwhile counts, so a stale one never writes over the member's newer content.
 */
export function isNewestDecision(revision: string, known: readonly ReviewItem[], now: Date): boolean {
  const newest = newestRevision(known.flatMap((old) => [
    old.original.revision, old.placeholderRevision, old.restoredRevision, restoreInFlight(old, now) ? old.restoring?.revision : undefined,
  ]));
  return newest === undefined || isNewerRevision(revision, newest);
}

/** A new pending item leased to `writer`, and the notices that wait for it (each with its history row). */
export function newPendingItem(
  n: NewReviewItem, id: string, by: string, writer: string, now: Date, noticesFor: AddPendingOptions['noticesFor'],
): { item: ReviewItem; notices: OutboxNotice[] } {
  const at = now.toISOString();
  const item: ReviewItem = {
    ...n,
    id,
    status: 'pending',
    flaggedAt: at,
    updatedAt: at,
    history: [{ ...historyEntry({ by, action: 'flagged', revision: n.original.revision }, at), to: 'pending' }],
    lease: newLease(writer, now),
  };
  const notices = (noticesFor?.(item) ?? []).map((notice) => ({ ...notice, waitsFor: item.id }));
  for (const notice of notices) item.history.push(historyEntry({ by, action: 'notice-recorded', note: noticeNote(notice) }, at));
  return { item, notices };
}

/** The status machine's change plus what leaving `pending` ends (the lease) and what any change ends (a restore in flight). */
export function settled(
  item: ReviewItem,
  to: ReviewStatus,
  entry: Omit<HistoryEntry, 'at'>,
  now: Date,
  fields?: Partial<Pick<ReviewItem, 'placeholderRevision' | 'restoredRevision'>>,
): ReviewItem {
  const next = applyTransition(item, to, entry, now, fields);
  delete next.restoring;
  if (item.status === 'pending') delete next.lease;
  return next;
}

/** The history note of a notice row: which notice, to whom, through what (never its text). */
export function noticeNote(n: OutboxNotice): string {
  return `${n.kind} via ${n.channel} (notice ${n.id})`;
}
