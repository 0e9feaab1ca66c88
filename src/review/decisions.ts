import { RevisionConflict, WixNotFound } from '../wix/errors.js';
import type { WixApi } from '../wix/types.js';
import { ItemNotFound, RefusedRestore } from './errors.js';
import { assertTransition } from './status.js';
import type { ReviewItem, ReviewStore } from './types.js';

/** What a reviewer's decision needs; shared by the CLI and the review page. */
export interface DecisionDeps {
  store: ReviewStore;
  /** Or a getter, called only once the item may be restored: a refusal needs no Wix credentials. */
  wix: WixApi | (() => WixApi);
  isPlaceholder: (content: unknown) => boolean;
}

const EDITED = 'the member edited their About since; their edit stands';

/**
 * Puts the original back, only over our own placeholder: the About must still be at the
 * placeholder's revision with placeholder content, and the update carries that revision, so a
 * member edit at any moment wins. Otherwise the item becomes `superseded` and RefusedRestore is
 * thrown. On success the restored revision gets a not-flagged verdict under the deciding scorer id,
 * so the next scan skips this content unless the content or the policy changes.
 */
export async function restore(deps: DecisionDeps, id: string, by: string, note?: string): Promise<ReviewItem> {
  const { store, isPlaceholder } = deps;
  const item = await mustGet(store, id);
  // Refuse before any request: restoring twice or a confirmed item is a usage error, nothing touched.
  assertTransition(item, 'restored');
  const wix = typeof deps.wix === 'function' ? deps.wix() : deps.wix;
  let about;
  try {
    about = await wix.getAbout(item.aboutId);
  } catch (err) {
    if (err instanceof WixNotFound) throw await refuse(store, item, by, 'the About no longer exists on Wix');
    throw err;
  }
  if (about.revision !== item.placeholderRevision || !isPlaceholder(about.content)) {
    throw await refuse(store, item, by, EDITED, about.revision);
  }
  let updated;
  try {
    updated = await wix.updateAbout({ id: item.aboutId, revision: about.revision, content: item.original.content });
  } catch (err) {
    if (err instanceof RevisionConflict) throw await refuse(store, item, by, EDITED, err.currentRevision);
    throw err;
  }
  const after = await store.transition(
    item.id, 'restored', { by, action: 'restored', note, revision: updated.revision },
    { restoredRevision: updated.revision },
  );
  await store.putVerdicts([{ aboutId: item.aboutId, revision: updated.revision, scorer: item.scorer, flagged: false, at: new Date().toISOString() }]);
  return after;
}

/** Keeps the removal; the original stays in the store for the record. No Wix request. */
export async function confirm(deps: Pick<DecisionDeps, 'store'>, id: string, by: string, note?: string): Promise<ReviewItem> {
  return deps.store.transition(id, 'confirmed', { by, action: 'confirmed', note });
}

async function mustGet(store: ReviewStore, id: string): Promise<ReviewItem> {
  const item = await store.get(id);
  if (!item) throw new ItemNotFound(id);
  return item;
}

/** Records why the restore did not happen (the item is settled as superseded) and returns the error to throw. */
async function refuse(store: ReviewStore, item: ReviewItem, by: string, why: string, revision?: string): Promise<RefusedRestore> {
  await store.transition(item.id, 'superseded', { by, action: 'superseded', note: `restore refused: ${why}`, revision });
  return new RefusedRestore(item.id, why);
}
