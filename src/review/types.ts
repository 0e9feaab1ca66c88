import type { Reason } from '../moderation/index.js';

/**
 * The review queue's records (Discourse's "reviewable": one item per decision, a status machine, a
 * history). Allowed transitions:
 *   pending -> replaced | superseded | (dropped: the PATCH never happened, see recovery)
 *   replaced -> restored | confirmed | superseded
 *   confirmed, restored, superseded: final
 */
export type ReviewStatus = 'pending' | 'replaced' | 'restored' | 'confirmed' | 'superseded';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', 'replaced', 'restored', 'confirmed', 'superseded'];

export interface HistoryEntry {
  at: string;
  /** Reviewer name, OS user, or `aboutmod` for the worker itself. */
  by: string;
  /** flagged, replaced, superseded, restored, confirmed, recovered, notice-recorded, notice-sent, ... */
  action: string;
  note?: string;
  /** The About revision the action saw or produced, when there is one. */
  revision?: string;
  /** Status before and after, on rows that changed the status (set by the status machine). */
  from?: ReviewStatus;
  to?: ReviewStatus;
}

export interface ReviewItem {
  id: string;
  aboutId: string;
  memberId: string;
  status: ReviewStatus;
  flaggedAt: string;
  updatedAt: string;
  /** The member's content exactly as read, and the revision the decision was made on. */
  original: { content: unknown; revision: string };
  /** Revision of our placeholder once the PATCH succeeded. */
  placeholderRevision?: string;
  /** Revision produced by a restore, so the next scan does not flag the same content again. */
  restoredRevision?: string;
  reasons: Reason[];
  /** Scorer id (scorer + policy) that made the decision. */
  scorer: string;
  history: HistoryEntry[];
  /** While pending: which process wrote it and until when only that process may settle it (docs/store-contract.md). */
  lease?: PendingLease;
  /** A reviewer's restore about to write `revision` (recorded before its PATCH); see ReviewStore.markRestoring. */
  restoring?: { revision: string; until: string };
}

/**
 * The writer of a pending item. Until `until`, and while that process lives, only it settles the item
 * (its PATCH may be in flight); after that, recovery in any process may. The writer releases the lease
 * early (until = now) when its PATCH ended without a clear answer.
 */
export interface PendingLease {
  /** Random per opened store, so a reused pid is never taken for the writer. */
  writer: string;
  pid: number;
  host: string;
  until: string;
}

/** The last verdict per About: a scan skips an About whose revision and scorer id match. */
export interface VerdictRecord {
  aboutId: string;
  revision: string;
  scorer: string;
  flagged: boolean;
  at: string;
  /**
   * The member's own content was scored and kept (not our placeholder, not a restore): whatever
   * placeholder of ours an older revision held is gone, and the store closes its item.
   */
  kept?: boolean;
}

export interface ReviewFilter {
  status?: ReviewStatus;
  aboutId?: string;
  /** Only items flagged before this ISO time. */
  flaggedBefore?: string;
}

/** A review-page login; `passwordHash` is `scrypt$N$r$p$salt$hash` (src/review/password.ts). */
export interface Reviewer {
  name: string;
  passwordHash: string;
  createdAt: string;
}

/**
 * A notice in the outbox (src/notify): recorded durably before it is sent and removed once sent, so a
 * crash between the two re-sends at most that one notice. `message` is composed when recorded, so a
 * re-send is the same message.
 */
export interface OutboxNotice {
  id: string;
  /** member-replaced, member-restored, owner-replaced, owner-digest. */
  kind: string;
  /** wix-email, smtp, webhook. */
  channel: string;
  /** Review items it concerns; each gets notice-recorded / notice-sent / notice-failed history rows. */
  itemIds: string[];
  createdAt: string;
  /** Failed sends so far, and when the next one may be tried (backoff). */
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  message: unknown;
  /**
   * A notice recorded with a pending item (same durable write) waits for it: sent once the item is
   * replaced, dropped if it never is. Absent: due now.
   */
  waitsFor?: string;
  /** Taken by one delivering process until `until`, so two processes never send it both (docs/store-contract.md). */
  claim?: { by: string; until: string };
}

/** The outcome of one send attempt, for settleNotices. */
export interface NoticeOutcome {
  id: string;
  /** sent: leaves the outbox; failed: stays with attempts + 1 until nextAttemptAt; abandoned: leaves it unsent. */
  result: 'sent' | 'failed' | 'abandoned';
  error?: string;
  nextAttemptAt?: string;
}

export type NewReviewItem = Omit<ReviewItem, 'id' | 'status' | 'flaggedAt' | 'updatedAt' | 'history' | 'lease' | 'restoring'>;

export interface AddPendingOptions {
  /** The notices to send once the item is replaced, composed from the item as added (its id is known then). */
  noticesFor?: (item: ReviewItem) => OutboxNotice[];
}

/**
 * Storage behind the review queue. lowdb is the embedded default (src/review/lowdb-store.ts); a
 * PostgreSQL store implements the same interface later. Every method that changes something has made
 * its change durable when its promise resolves; concurrent calls are group-committed (one fsync'd
 * write covers all of them).
 */
export interface ReviewStore {
  list(filter?: ReviewFilter): Promise<ReviewItem[]>;
  get(id: string): Promise<ReviewItem | undefined>;
  /**
   * Adds items as `pending`, leased to this process, in one durable write, before their PATCHes go out,
   * with the notices `noticesFor` composes for each (they wait for the item's replacement). A decision
   * is added only when it was made on the newest revision the store knows for its About: an item whose
   * revision is not newer than every revision recorded for that About (originals, placeholders,
   * restores) is refused and left out of the result, so callers match results by aboutId. An open item
   * (pending/replaced) for the same About becomes `superseded`: one open item per About.
   */
  addPending(items: NewReviewItem[], by: string, options?: AddPendingOptions): Promise<ReviewItem[]>;
  /**
   * Moves an item along the status machine and appends to its history; an illegal transition throws
   * InvalidTransition and writes nothing. `fields` sets placeholderRevision / restoredRevision.
   */
  transition(
    id: string,
    to: ReviewStatus,
    entry: Omit<HistoryEntry, 'at'>,
    fields?: Partial<Pick<ReviewItem, 'placeholderRevision' | 'restoredRevision'>>,
  ): Promise<ReviewItem>;
  /** Deletes a pending item whose PATCH never happened (recovery), with the notices waiting for it. */
  dropPending(id: string): Promise<void>;
  /**
   * Records, before a restore's PATCH, the revision that PATCH will produce: until the restore is recorded
   * (or `until` passes), addPending refuses decisions on that revision, so a rescan that reads the
   * restored original before the store says "restored" cannot put the placeholder back over it.
   */
  markRestoring(id: string, revision: string): Promise<ReviewItem>;
  /** The writer gives up its lease (its PATCH ended without a clear answer), so recovery may settle the item now. */
  releasePending(id: string): Promise<void>;
  /** Identifies this opened store as a lease writer and notice claimant. */
  readonly writerId: string;
  /** The last verdict of each About, in the order asked (undefined: never scored): a scan asks a page's at once. */
  getVerdicts(aboutIds: readonly string[]): Promise<(VerdictRecord | undefined)[]>;
  /**
   * Remembers verdicts. A `kept` verdict on a revision newer than a replaced item's placeholder
   * supersedes that item in the same write, whichever process replaced it, so a scan that read the queue
   * before another process's replacement still closes it once the member writes clean content over it.
   */
  putVerdicts(records: VerdictRecord[]): Promise<void>;
  /** Records a webhook event id; false when it was already seen (duplicate delivery). Bounded window. */
  markEventSeen(eventId: string): Promise<boolean>;
  /** Outbox (src/notify): adds notices plus a notice-recorded row on each item they concern, in one durable write. */
  recordNotices(notices: OutboxNotice[], by: string): Promise<void>;
  /** After a send attempt: updates the outbox and adds notice-sent / notice-failed rows, in one durable write. */
  settleNotices(outcomes: NoticeOutcome[], by: string): Promise<void>;
  /** Notices recorded and not yet sent, oldest first (waiting and claimed ones included). */
  listNotices(): Promise<OutboxNotice[]>;
  /**
   * Claims, in one durable write, the notices due at `now` that nobody holds (no claim, or an expired
   * one) and that wait for nothing; only the claimant sends them, then settles them.
   */
  claimNotices(now: Date, claimMs: number, options?: { limit?: number; exceptChannels?: readonly string[] }): Promise<OutboxNotice[]>;
  /** Review-page logins (scrypt hash). */
  putReviewer(reviewer: Reviewer): Promise<void>;
  getReviewer(name: string): Promise<Reviewer | undefined>;
  close(): Promise<void>;
}
