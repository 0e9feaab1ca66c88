import { WixError, WixNotFound } from '../wix/errors.js';
import type { WixApi } from '../wix/types.js';
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
}

/** The worker's own name in history entries. */
export const WORKER = 'aboutmod';

/**
 * Settles items left `pending` by a run that died between saving an original and confirming its
 * PATCH. One GET per pending item: a PATCH of placeholder P at revision r yields revision r+1, so
 * P live at r+1 means it happened; the original's revision still live means it did not. A Wix
 * failure for one item leaves that item pending (fail safe) and the others are still settled.
 * `wix` may be a getter: it is only called when something is pending, so a queue without pending
 * items needs no Wix credentials.
 */
export async function recoverPending(
  store: ReviewStore,
  wix: WixApi | (() => WixApi),
  { isPlaceholder }: { isPlaceholder: (content: unknown) => boolean },
): Promise<RecoveryResult> {
  const result: RecoveryResult = { replaced: 0, dropped: 0, superseded: 0, unresolved: 0 };
  const pending = await store.list({ status: 'pending' });
  if (pending.length === 0) return result;
  const client = typeof wix === 'function' ? wix() : wix;
  for (const item of pending) {
    let about;
    try {
      about = await client.getAbout(item.aboutId);
    } catch (err) {
      if (err instanceof WixNotFound) {
        await store.transition(item.id, 'superseded', { by: WORKER, action: 'recovered', note: 'the About is gone' });
        result.superseded++;
        continue;
      }
      if (err instanceof WixError) {
        result.unresolved++;
        continue;
      }
      throw err;
    }
    const expected = (BigInt(item.original.revision) + 1n).toString();
    if (about.revision === expected && isPlaceholder(about.content)) {
      await store.transition(
        item.id, 'replaced',
        { by: WORKER, action: 'recovered', note: 'placeholder found live', revision: about.revision },
        { placeholderRevision: about.revision },
      );
      result.replaced++;
    } else if (about.revision === item.original.revision) {
      await store.dropPending(item.id);
      result.dropped++;
    } else {
      await store.transition(item.id, 'superseded', {
        by: WORKER, action: 'recovered', note: 'the About changed since it was flagged', revision: about.revision,
      });
      result.superseded++;
    }
  }
  return result;
}
