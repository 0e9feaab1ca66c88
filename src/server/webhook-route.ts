import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CryptoKey } from 'jose';
import type { ReviewStore } from '../review/types.js';
import type { EventOrder } from './event-order.js';
import type { HealthState } from './health.js';
import { noteRequest } from './request-log.js';
import { verifyWebhook, WebhookRejected, type AboutEvent, type VerifiedEvent } from './verify-webhook.js';
import { notThisSite, type WebhookSite } from './webhook-site.js';

export interface WebhookRouteOptions {
  key: CryptoKey;
  /** Events for any other site are refused (403), whatever their signature. */
  site: WebhookSite;
  store: Pick<ReviewStore, 'markEventSeen'>;
  bodyLimit: number;
  health: HealthState;
  order: EventOrder;
  /** False when the rescan queue is at server.queueLimit: the event is shed with 503 and Wix retries. */
  hasRoom(): boolean;
  /** Puts the event's work on the queue; returns at once, the work runs later. */
  enqueue(event: AboutEvent): void;
  /** Learns from the event before it may be dropped as stale or coalesced (our own placeholder's webhook). */
  observe(event: AboutEvent): Promise<void>;
}

export const WEBHOOK_PATH = '/webhooks/wix';

/**
 * Sets up a webhook plugin's scope: Wix's Content-Type is undocumented, so the body is read as text
 * whatever it says; errors (too large, bad content length, handler timeout) answer their status only,
 * no framework message. Shared by one site's route and the app's (src/server/app-mode).
 */
export function acceptRawJwt(app: FastifyInstance, opts: { bodyLimit: number; health: HealthState }): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: opts.bodyLimit }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: { statusCode?: number; code?: string }, request, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    noteRequest(request, { outcome: 'error', code: err.code });
    if (status >= 500) opts.health.error(err);
    else opts.health.count('rejected');
    void reply.code(status).send();
  });
}

/** The request's verified event, or undefined once a refusal (status only; the reason goes to the log line) is sent. */
export async function verifiedOr4xx(
  request: FastifyRequest, reply: FastifyReply, opts: { key: CryptoKey; health: HealthState },
): Promise<VerifiedEvent | undefined> {
  const body = typeof request.body === 'string' ? request.body : '';
  try {
    return await verifyWebhook(body, opts.key);
  } catch (err) {
    if (!(err instanceof WebhookRejected)) throw err;
    opts.health.count('rejected');
    noteRequest(request, { outcome: 'rejected', reason: err.reason });
    void reply.code(err.status).send();
    return undefined;
  }
}

/**
 * POST /webhooks/wix (wix-api.md section 8): verify, dedupe, queue, answer 200 well inside Wix's
 * 1250 ms. Refusals carry no body: the reason goes to our log line only. Registered as its own
 * plugin so its "any content type is text" parser stays out of other routes (the review page).
 */
export async function webhookRoute(app: FastifyInstance, opts: WebhookRouteOptions): Promise<void> {
  acceptRawJwt(app, opts);
  app.post(WEBHOOK_PATH, { bodyLimit: opts.bodyLimit }, async (request, reply) => {
    const event = await verifiedOr4xx(request, reply, opts);
    if (!event) return reply;
    const foreign = notThisSite(event, opts.site);
    if (foreign) {
      opts.health.count('rejected');
      noteRequest(request, { outcome: 'rejected', reason: foreign });
      return reply.code(403).send();
    }
    // One site's serve has nothing to install: app lifecycle events are acknowledged like any other.
    if (event.kind !== 'about') {
      opts.health.count('unhandled');
      noteRequest(request, { outcome: 'unhandled', eventType: event.eventType, eventId: event.kind === 'unhandled' ? event.eventId : undefined });
      return reply.code(200).send({ result: 'ignored' });
    }
    const fields = { eventId: event.eventId, aboutId: event.aboutId, slug: event.slug, sequence: event.entityEventSequence?.toString() };
    await opts.observe(event);
    if (opts.order.isStale(event.aboutId, event.entityEventSequence)) {
      // A newer event for this About was already queued; its rescan reads the current state anyway.
      opts.health.count('stale');
      noteRequest(request, { outcome: 'stale', ...fields });
      return reply.code(200).send({ result: 'stale' });
    }
    // Shed before marking the id seen, so Wix's retry of a shed event is not taken for a duplicate.
    if (opts.health.isStopping || !opts.hasRoom()) {
      opts.health.count('shed');
      noteRequest(request, { outcome: 'shed', ...fields });
      return reply.code(503).header('retry-after', '60').send();
    }
    if (!(await opts.store.markEventSeen(event.eventId))) {
      opts.health.count('duplicate');
      noteRequest(request, { outcome: 'duplicate', ...fields });
      return reply.code(200).send({ result: 'duplicate' });
    }
    opts.order.accept(event.aboutId, event.entityEventSequence);
    opts.enqueue(event);
    opts.health.count('accepted');
    noteRequest(request, { outcome: 'queued', ...fields });
    return reply.code(200).send({ result: 'queued' });
  });
}
