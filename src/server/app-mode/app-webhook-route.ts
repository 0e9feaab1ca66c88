import type { FastifyInstance } from 'fastify';
import type { CryptoKey } from 'jose';
import type { ReviewStore } from '../../review/index.js';
import { closeDeletedAbout } from '../about-jobs.js';
import type { HealthState } from '../health.js';
import { noteRequest } from '../request-log.js';
import type { AppEvent } from '../verify-webhook.js';
import { acceptRawJwt, verifiedOr4xx, WEBHOOK_PATH } from '../webhook-route.js';
import type { AppSites, AppQueue } from './types.js';

export interface AppWebhookOptions {
  key: CryptoKey;
  bodyLimit: number;
  health: HealthState;
  sites: AppSites;
  jobs: AppQueue;
  /** The site's store: its webhook event ids, and a deleted About's open items. */
  storeFor(site: string): Promise<Pick<ReviewStore, 'markEventSeen' | 'list' | 'transition'>>;
  /** app.removalGraceHours in ms: a removed site's data is deleted after it (the purge job). */
  removalGraceMs: number;
}

/**
 * POST /webhooks/wix for every site the app is installed on: the JWT is verified as for one site,
 * then the envelope's instanceId routes it. About events of an active site are deduplicated by event
 * id in that site's store and become a rescan job in PostgreSQL before the 200 goes out (a deleted
 * About's open items are closed at once instead); the queue collapses duplicates per About and the job
 * reads the About's current state, so no event order is kept here (docs/app-mode.md). AppInstalled registers the site and queues its first full scan;
 * AppRemoved marks it removed. An About event for an instance never installed (or removed) is
 * acknowledged and ignored: a site is only ever created by its install event.
 */
export async function appWebhookRoute(app: FastifyInstance, opts: AppWebhookOptions): Promise<void> {
  const { health, sites, jobs } = opts;
  acceptRawJwt(app, opts);

  app.post(WEBHOOK_PATH, { bodyLimit: opts.bodyLimit }, async (request, reply) => {
    const event = await verifiedOr4xx(request, reply, opts);
    if (!event) return reply;
    // Taken up to here (Wix retries a 503): nothing after this point is half done at close.
    if (health.isStopping) {
      health.count('shed');
      noteRequest(request, { outcome: 'shed', instanceId: event.instanceId });
      return reply.code(503).header('retry-after', '60').send();
    }
    if (event.kind === 'app') return reply.code(200).send({ result: await lifecycle(event, request) });
    if (event.kind === 'unhandled') {
      health.count('unhandled');
      noteRequest(request, { outcome: 'unhandled', eventType: event.eventType, eventId: event.eventId, instanceId: event.instanceId });
      return reply.code(200).send({ result: 'ignored' });
    }
    const fields = { instanceId: event.instanceId, eventId: event.eventId, aboutId: event.aboutId, slug: event.slug };
    const site = event.instanceId === undefined ? undefined : await sites.get(event.instanceId);
    if (site?.status !== 'active') {
      health.count('unhandled');
      noteRequest(request, { outcome: 'ignored', reason: site ? 'site removed' : 'instance never installed', ...fields });
      return reply.code(200).send({ result: 'ignored' });
    }
    // The event's work is done (queued, or the items closed) before its id is marked seen: a crash in
    // between lets Wix's resend do it again, which is harmless (the queue keeps one rescan per About and
    // closing is idempotent); the other order would lose the event to the next full scan.
    const store = await opts.storeFor(site.instanceId);
    const done = event.slug === 'deleted'
      // Handled here, as one site's serve does: a few row updates, nothing to read from Wix.
      ? { result: 'superseded', items: await closeDeletedAbout(store, event.aboutId) }
      // The echo of our own placeholder PATCH: its rescan would only find the placeholder and skip it,
      // yet a big site's scan echoes one per replacement and those rescans held every worker's rescan
      // slots, waiting on that site's request budget, while small sites' rescans queued behind them.
      : event.entity?.ourPlaceholder ? { result: 'own-write' }
        : { result: 'queued', collapsed: !(await jobs.enqueueRescan(site.instanceId, event.aboutId)) };
    if (!(await store.markEventSeen(event.eventId))) {
      health.count('duplicate');
      noteRequest(request, { outcome: 'duplicate', ...fields });
      return reply.code(200).send({ result: 'duplicate' });
    }
    const { result, ...detail } = done;
    health.count('accepted');
    noteRequest(request, { outcome: result, ...fields, ...detail });
    return reply.code(200).send({ result });
  });

  async function lifecycle(event: AppEvent, request: Parameters<typeof noteRequest>[0]): Promise<string> {
    const fields = { eventType: event.eventType, instanceId: event.instanceId };
    if (event.lifecycle === 'installed') {
      const { created } = await sites.register(event.instanceId);
      // Queued on every install event, resent or not: the queue keeps one scan per site.
      await jobs.enqueueScan(event.instanceId);
      health.count('accepted');
      noteRequest(request, { outcome: 'installed', created, ...fields });
      return 'installed';
    }
    await sites.remove(event.instanceId, opts.removalGraceMs);
    health.count('accepted');
    noteRequest(request, { outcome: 'removed', ...fields });
    return 'removed';
  }
}
