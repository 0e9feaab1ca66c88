import type { Config } from '../config/index.js';
import type { Logger } from '../log.js';
import type { Scorer } from '../moderation/index.js';
import { createNotifier } from '../notify/index.js';
import { InvalidTransition, nextRevision, OPEN_STATUSES, recoverPending, WORKER, type ReviewStore } from '../review/index.js';
import { isPlaceholder } from '../ricos/index.js';
import type { WixApi } from '../wix/index.js';
import { runScan, type ScanSummary } from '../worker/index.js';
import type { AboutEvent } from './verify-webhook.js';

export interface AboutJobDeps {
  wix: WixApi;
  store: ReviewStore;
  scorer: Scorer;
  config: Config;
  logger: Logger;
}

/** What one About event led to, logged as one line per decision. */
export type EventDecision =
  | { decision: 'own-write'; revision: string }
  | { decision: 'rescanned'; summary: Pick<ScanSummary, 'scanned' | 'skipped' | 'flagged' | 'replaced' | 'conflicts' | 'errors' | 'superseded'> }
  | { decision: 'superseded'; items: number };


/**
 * A deleted About: nothing is left to restore to, so its open review items close as superseded.
 * Returns how many were open. Shared by one site's serve and the app's webhook endpoint.
 */
export async function closeDeletedAbout(store: Pick<ReviewStore, 'list' | 'transition'>, aboutId: string): Promise<number> {
  const open = (await store.list({ aboutId })).filter((i) => OPEN_STATUSES.includes(i.status));
  for (const item of open) {
    await store.transition(item.id, 'superseded', { by: WORKER, action: 'superseded', note: 'About deleted' }).catch((err: unknown) => {
      // Already settled by another process: nothing left open.
      if (!(err instanceof InvalidTransition)) throw err;
    });
  }
  return open.length;
}

/**
 * The work an About event asks for. Each function runs as a WorkQueue task holding the About's key, so
 * it never races a full scan's page or another rescan of the same About.
 */
export function createAboutJobs(deps: AboutJobDeps) {
  const { store, logger } = deps;
  // Per replacement after a member edit: the member's notice and the owner's (no digest for webhooks).
  const notifier = createNotifier(deps);

  /**
   * created/updated: decide the About again from its current state in Wix (never the event's copy,
   * which can be late). An event whose revision is one our own placeholder or restore wrote is
   * recognised without a request; anything else that is ours is also skipped by the scan's own
   * checks (isPlaceholder, the stored verdict), so our writes never loop.
   */
  async function rescan(event: AboutEvent): Promise<EventDecision> {
    const revision = event.entity?.revision;
    if (revision !== undefined) {
      const items = await store.list({ aboutId: event.aboutId });
      if (items.some((i) => i.placeholderRevision === revision || i.restoredRevision === revision || i.restoring?.revision === revision)) {
        return { decision: 'own-write', revision };
      }
    }
    const summary = await rescanAbout(event.aboutId);
    // Notices are recorded already; a channel that fails is retried later and never fails the rescan.
    await notifier.deliverOrWarn();
    return { decision: 'rescanned', summary: pick(summary) };
  }

  /**
   * One About, read fresh and decided by the scan's own code. The shared queue already holds this
   * About's key, so the scan gets a private queue (passing the shared one would wait on ourselves).
   */
  async function rescanAbout(aboutId: string): Promise<ScanSummary> {
    // An earlier write to this About whose writer is gone would block the decision: settle it first.
    await recoverPending(store, deps.wix, { isPlaceholder, aboutId });
    return runScan({
      wix: deps.wix, store, scorer: deps.scorer, config: deps.config, logger, only: [aboutId],
      noticesFor: (item) => notifier.replacementNotices(item, { owner: true }),
    });
  }

  async function deleted(event: AboutEvent): Promise<EventDecision> {
    return { decision: 'superseded', items: await closeDeletedAbout(store, event.aboutId) };
  }

  /**
   * Our own placeholder's webhook is proof that its PATCH landed: a pending item whose writer died right
   * after the PATCH becomes `replaced` (its member notice goes out) even if the member edits again before
   * recovery could tell, with one GET, whether the placeholder was ever live.
   */
  async function observe(event: AboutEvent): Promise<void> {
    const { revision, ourPlaceholder } = event.entity ?? {};
    if (event.slug !== 'updated' || revision === undefined || !ourPlaceholder) return;
    const pending = (await store.list({ aboutId: event.aboutId, status: 'pending' })).find((i) => nextRevision(i.original.revision) === revision);
    if (!pending) return;
    await store.transition(
      pending.id, 'replaced', { by: WORKER, action: 'recovered', note: "our placeholder's own webhook", revision }, { placeholderRevision: revision },
    ).catch((err: unknown) => {
      // Its writer (or recovery) recorded it first.
      if (!(err instanceof InvalidTransition)) throw err;
    });
  }

  return {
    observe,
    /** Runs the job `event` asks for and logs its decision; failures are logged and rethrown. */
    async handle(event: AboutEvent): Promise<EventDecision> {
      const result = event.slug === 'deleted' ? await deleted(event) : await rescan(event);
      logger.info({ eventId: event.eventId, aboutId: event.aboutId, slug: event.slug, ...result }, 'decision');
      return result;
    },
  };
}


function pick(s: ScanSummary): Extract<EventDecision, { decision: 'rescanned' }>['summary'] {
  return { scanned: s.scanned, skipped: s.skipped, flagged: s.flagged, replaced: s.replaced, conflicts: s.conflicts, errors: s.errors, superseded: s.superseded };
}
