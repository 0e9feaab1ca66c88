/** The review stage's public surface: other stages import only from here. */
export type {
  AddPendingOptions, HistoryEntry, PendingLease, NewReviewItem, NoticeOutcome, OutboxNotice, Reviewer, ReviewFilter, ReviewItem, ReviewStatus, ReviewStore,
  VerdictRecord,
} from './types.js';
export { REVIEW_STATUSES } from './types.js';
export { InvalidTransition, ItemNotFound, RefusedDecision, StoreCorrupt, StoreUnavailable } from './errors.js';
export { isNewerRevision, nextRevision } from './revision.js';
export { OPEN_STATUSES, assertTransition, applyTransition } from './status.js';
export { openReviewStore, type LowdbReviewStore } from './lowdb-store.js';
export { recoverPending, WORKER, type RecoveryResult } from './recover.js';
export { restore, confirm, type DecisionDeps } from './decisions.js';
export { openStoreForCommand, singleSiteKey, type CommandStore } from './open-for-command.js';
export { deleteSiteData, openPgReviewStore, siteCounts, type PgReviewStore, type SiteCounts } from './pg/pg-store.js';
export { createPgPool, pgConnectError, serverName } from './pg/pool.js';
export { migrate } from './pg/migrate.js';
export { MIGRATIONS, type Migration } from './pg/migrations.js';
export { hashPassword, verifyPassword } from './password.js';
