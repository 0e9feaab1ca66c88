import { InvalidTransition } from './errors.js';
import type { HistoryEntry, ReviewItem, ReviewStatus } from './types.js';

/**
 * The review status machine, written as data (Discourse's reviewable actions): the one place that
 * says which status may follow which. pending -> (dropped) is not a status change: recovery deletes
 * the item instead (see ReviewStore.dropPending).
 */
export const TRANSITIONS: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  pending: ['replaced', 'superseded'],
  replaced: ['restored', 'confirmed', 'superseded'],
  restored: [],
  // A confirm can be undone: restore while our final placeholder is live, superseded when the member edited.
  confirmed: ['restored', 'superseded'],
  superseded: [],
};

/** Statuses that still wait for something (the scan's PATCH, or a reviewer). */
export const OPEN_STATUSES: readonly ReviewStatus[] = ['pending', 'replaced'];

export function canTransition(from: ReviewStatus, to: ReviewStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws InvalidTransition unless `item` may move to `to`; lets callers refuse before any I/O. */
export function assertTransition(item: Pick<ReviewItem, 'id' | 'status'>, to: ReviewStatus): void {
  if (!canTransition(item.status, to)) throw new InvalidTransition(item.id, item.status, to);
}

/**
 * Pure: the item after the change, with its history entry appended, or InvalidTransition. The input
 * item is not modified, so a refused change leaves nothing half-done.
 */
export function applyTransition(
  item: ReviewItem,
  to: ReviewStatus,
  entry: Omit<HistoryEntry, 'at'>,
  now: Date,
  fields: Partial<Pick<ReviewItem, 'placeholderRevision' | 'restoredRevision'>> = {},
): ReviewItem {
  assertTransition(item, to);
  const at = now.toISOString();
  return {
    ...item,
    ...fields,
    status: to,
    updatedAt: at,
    history: [...item.history, { ...historyEntry(entry, at), from: item.status, to }],
  };
}

/** A history row; an absent note or revision is left out rather than stored as undefined. */
export function historyEntry(entry: Omit<HistoryEntry, 'at' | 'from' | 'to'>, at: string): HistoryEntry {
  const row: HistoryEntry = { at, by: entry.by, action: entry.action };
  if (entry.note !== undefined) row.note = entry.note;
  if (entry.revision !== undefined) row.revision = entry.revision;
  return row;
}
