import { JobError, UsageError } from '../errors.js';
import type { ReviewStatus } from './types.js';

/** An id that is not in the review store. Exit 2, nothing written. */
export class ItemNotFound extends UsageError {
  constructor(readonly id: string) {
    super(`review item "${id}" not found`);
  }
}

/** A status change the status machine does not allow (restoring twice, restoring a confirmed item...). Exit 2, nothing written. */
export class InvalidTransition extends UsageError {
  constructor(
    readonly id: string,
    readonly from: ReviewStatus,
    readonly to: ReviewStatus,
  ) {
    super(`review item "${id}" is ${from}: it cannot become ${to}`);
  }
}

/**
 * A restore or confirm the world refused: the member edited since, or another process settled the item
 * first (it is superseded). Exit 1, not 2: the request was sound when made, and meeting another process
 * is never bad input (docs/store-contract.md).
 */
export class RefusedDecision extends JobError {
  constructor(
    readonly id: string,
    readonly outcome: 'restored' | 'confirmed',
    readonly why: string,
  ) {
    super(`review item "${id}" not ${outcome}: ${why}`);
  }
}

/** The store file cannot be read as a review store; it is left exactly as it is. Exit 1. */
export class StoreCorrupt extends JobError {}

/** The store cannot be written (disk, permissions, or another process holding the lock too long). Exit 1. */
export class StoreUnavailable extends JobError {}
