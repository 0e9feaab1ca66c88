import type { ReviewItem } from '../review/index.js';
import { createNotifier, type NotifierDeps } from './notifier.js';

/**
 * For a restore made outside a command run (the review page): the member's "your About is back"
 * notice, recorded and delivered at once. A channel that fails is retried on a later run and never
 * undoes the restore.
 */
export function noticeOnRestore(deps: NotifierDeps): (item: ReviewItem) => Promise<void> {
  const notifier = createNotifier(deps);
  return async (item) => {
    await notifier.restored(item);
    await notifier.deliverOrWarn();
  };
}
