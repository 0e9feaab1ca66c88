import { buildPlaceholder, isPlaceholder } from '../ricos/index.js';
import { RevisionConflict, WixNotFound } from '../wix/errors.js';
import type { MemberAbout, WixApi } from '../wix/types.js';
import { InvalidTransition, ItemNotFound, RefusedDecision } from './errors.js';
import { nextRevision } from './revision.js';
import { assertTransition } from './status.js';
import type { ReviewItem, ReviewStore } from './types.js';

/** What a reviewer's decision needs; shared by the CLI and the review page. */
export interface DecisionDeps {
  store: ReviewStore;
  /** Or a getter, called only once the item may be decided: a refusal needs no Wix credentials. */
  wix: WixApi | (() => WixApi);
  /** The final text a confirm writes over the placeholder (policy.confirmedPlaceholder). */
  confirmedPlaceholder: string;
}

type Outcome = RefusedDecision['outcome'];

const EDITED = 'the member edited their About since; their edit stands';

/**
 * Puts the original back, only over our own placeholder (the one the scan wrote, or the final one a
 * confirm wrote): the About must still be at the placeholder's revision with placeholder content, and
 * the update carries that revision, so a member edit at any moment wins. Otherwise the item becomes
 * `superseded` and RefusedDecision is thrown. On success the restored revision gets a not-flagged
 * verdict under the deciding scorer id, so the next scan skips this content unless the content or the
 * policy changes.
 */
export async function restore(deps: DecisionDeps, id: string, by: string, note?: string): Promise<ReviewItem> {
  const { store } = deps;
  const item = await mustGet(store, id);
  // Refuse before any request: restoring twice is a usage error, nothing touched.
  checkDecision(item, 'restored');
  const wix = wixOf(deps);
  const about = await ourLiveAbout(store, wix, item, by, 'restored');
  // Durable before the PATCH: a rescan that reads the original back before we record it must not flag it again.
  await store.markRestoring(item.id, nextRevision(about.revision));
  let updated;
  try {
    updated = await wix.updateAbout({ id: item.aboutId, revision: about.revision, content: item.original.content });
  } catch (err) {
    if (err instanceof RevisionConflict) throw await refuse(store, item, by, 'restored', EDITED, err.currentRevision);
    throw err;
  }
  const after = await settled(item, 'restored', () => store.transition(
    item.id, 'restored', { by, action: 'restored', note, revision: updated.revision },
    { restoredRevision: updated.revision },
  ));
  await store.putVerdicts([{ aboutId: item.aboutId, revision: updated.revision, scorer: item.scorer, flagged: false, at: new Date().toISOString() }]);
  return after;
}

/**
 * Keeps the removal and says so: our placeholder is rewritten, revision-safely as a restore is, to the
 * owner's final text (same marker, so scans and a later restore still know it as ours). The item records
 * the new placeholder revision, so a reviewer's mistake stays fixable by a restore while it is live.
 * The original stays in the store for the record.
 */
export async function confirm(deps: DecisionDeps, id: string, by: string, note?: string): Promise<ReviewItem> {
  const { store, confirmedPlaceholder } = deps;
  const item = await mustGet(store, id);
  checkDecision(item, 'confirmed');
  const wix = wixOf(deps);
  const record = (revision: string) => settled(item, 'confirmed', () => store.transition(
    item.id, 'confirmed', { by, action: 'confirmed', note, revision }, { placeholderRevision: revision },
  ));
  // An earlier confirm whose answer or store write was lost put the final text up: it shows at the one
  // revision our update of the placeholder produces, and nowhere else counts as ours.
  const landed = (about: MemberAbout) => item.placeholderRevision !== undefined
    && about.revision === nextRevision(item.placeholderRevision) && isPlaceholder(about.content, confirmedPlaceholder);

  const about = await ourLiveAbout(store, wix, item, by, 'confirmed', landed);
  if (landed(about)) return record(about.revision);
  try {
    const updated = await wix.updateAbout({ id: item.aboutId, revision: about.revision, content: buildPlaceholder(confirmedPlaceholder) });
    return await record(updated.revision);
  } catch (err) {
    if (!(err instanceof RevisionConflict)) throw err;
    // The client retries a lost answer, and the retry meets our own write as a conflict: look before refusing.
    const fresh = await ourLiveAbout(store, wix, item, by, 'confirmed', landed);
    if (landed(fresh)) return record(fresh.revision);
    throw await refuse(store, item, by, 'confirmed', EDITED, fresh.revision);
  }
}

const SETTLED = 'it was superseded meanwhile (the member edited their About, or another process decided first)';

/** A superseded item was settled by the world, not by this reviewer: a refusal, not a usage error. */
function checkDecision(item: ReviewItem, outcome: Outcome): void {
  if (item.status === 'superseded') throw new RefusedDecision(item.id, outcome, SETTLED);
  assertTransition(item, outcome);
}

/** The store write of a decision; another process settling the item since we read it is a refusal too. */
async function settled(item: ReviewItem, outcome: Outcome, write: () => Promise<ReviewItem>): Promise<ReviewItem> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof InvalidTransition) throw new RefusedDecision(item.id, outcome, SETTLED);
    throw err;
  }
}

function wixOf(deps: DecisionDeps): WixApi {
  return typeof deps.wix === 'function' ? deps.wix() : deps.wix;
}

async function mustGet(store: ReviewStore, id: string): Promise<ReviewItem> {
  const item = await store.get(id);
  if (!item) throw new ItemNotFound(id);
  return item;
}

/**
 * The About, when our placeholder is still what is live at the item's placeholder revision (or `also`
 * accepts it); otherwise the item is settled as superseded and the refusal thrown.
 */
async function ourLiveAbout(
  store: ReviewStore, wix: WixApi, item: ReviewItem, by: string, outcome: Outcome,
  also: (about: MemberAbout) => boolean = () => false,
): Promise<MemberAbout> {
  let about;
  try {
    about = await wix.getAbout(item.aboutId);
  } catch (err) {
    if (err instanceof WixNotFound) throw await refuse(store, item, by, outcome, 'the About no longer exists on Wix');
    throw err;
  }
  const ours = about.revision === item.placeholderRevision && isPlaceholder(about.content);
  if (!ours && !also(about)) throw await refuse(store, item, by, outcome, EDITED, about.revision);
  return about;
}

/** Records why the decision did not happen (the item is settled as superseded) and returns the error to throw. */
async function refuse(store: ReviewStore, item: ReviewItem, by: string, outcome: Outcome, why: string, revision?: string): Promise<RefusedDecision> {
  const verb = outcome === 'restored' ? 'restore' : 'confirm';
  await store.transition(item.id, 'superseded', { by, action: 'superseded', note: `${verb} refused: ${why}`, revision }).catch((err: unknown) => {
    // Another process superseded it first: the refusal stands all the same.
    if (!(err instanceof InvalidTransition)) throw err;
  });
  return new RefusedDecision(item.id, outcome, why);
}
