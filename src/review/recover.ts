import { WixError, WixNotFound } from '../wix/errors.js';
import type { WixApi } from '../wix/types.js';
import { InvalidTransition, ItemNotFound } from './errors.js';
import { leaseHeld } from './lease.js';
import { nextRevision } from './revision.js';
import type { ReviewStore } from './types.js';

export interface RecoveryResult {
  /** Our placeholder was live at the expected revision: the PATCH happened. */
  replaced: number;
  /** The original was still live: the PATCH never happened; the next scan decides again. */
  dropped: number;
  /** Anything else (gone, edited since): the original stays on record, nothing to restore over. */
  superseded: number;
  /** Wix could not answer for these; they stay pending and are settled next time. */
  unresolved: number;
  /** Still leased to a live writer whose PATCH may be in flight: theirs to settle, left alone. */
  leased: number;
}

/** The worker's own name in history entries. */
export const WORKER = 'aboutmod';

/**
 * Settles items left `pending` by a writer that is gone (its process died, or its lease ran out or was
 * released) between saving an original and confirming its PATCH; an item whose writer still holds the
 * lease is left alone, since its PATCH may land at any moment. One GET per settled item: a PATCH of
 * placeholder P at revision r yields revision r+1, so P live at r+1 means it happened; the original's
 * revision still live means it did not. A Wix failure for one item leaves that item pending (fail safe)
 * and the others are still settled; an item another process settles meanwhile is simply skipped.
 * `wix` may be a getter: it is only called when something is to settle, so a queue without pending
 * items needs no Wix credentials.
 */
export async function recoverPending(
  store: ReviewStore,
  wix: WixApi | (() => WixApi),
  { isPlaceholder, aboutId, now = () => new Date() }: {
    isPlaceholder: (content: unknown) => boolean;
    /** Only this About's pending items (a webhook rescan settles what blocks it). */
    aboutId?: string;
    now?: () => Date;
  },
): Promise<RecoveryResult> {
  const result: RecoveryResult = { replaced: 0, dropped: 0, superseded: 0, unresolved: 0, leased: 0 };
  const pending = await store.list({ status: 'pending', aboutId });
  const orphans = pending.filter((item) => !leaseHeld(item.lease, now()));
  result.leased = pending.length - orphans.length;
  if (orphans.length === 0) return result;
  const client = typeof wix === 'function' ? wix() : wix;
  for (const item of orphans) {
    try {
      result[await settle(item)]++;
    } catch (err) {
      // Another process settled it first (recovery beside recovery): nothing left to do here.
      if (err instanceof InvalidTransition || err instanceof ItemNotFound) continue;
      throw err;
    }
  }
  return result;

  async function settle(item: (typeof orphans)[number]): Promise<'replaced' | 'dropped' | 'superseded' | 'unresolved'> {
    let about;
    try {
      about = await client.getAbout(item.aboutId);
    } catch (err) {
      if (err instanceof WixNotFound) {
        await store.transition(item.id, 'superseded', { by: WORKER, action: 'recovered', note: 'the About is gone' });
        return 'superseded';
      }
      if (err instanceof WixError) return 'unresolved';
      throw err;
    }
    if (about.revision === nextRevision(item.original.revision) && isPlaceholder(about.content)) {
      await store.transition(
        item.id, 'replaced',
        { by: WORKER, action: 'recovered', note: 'placeholder found live', revision: about.revision },
        { placeholderRevision: about.revision },
      );
      return 'replaced';
    }
    if (about.revision === item.original.revision) {
      await store.dropPending(item.id);
      return 'dropped';
    }
    await store.transition(item.id, 'superseded', {
      by: WORKER, action: 'recovered', note: 'the About changed since it was flagged', revision: about.revision,
    });
    return 'superseded';
  }
}
