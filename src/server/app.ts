import fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { CryptoKey } from 'jose';
import type { Config } from '../config/index.js';
import type { Logger } from '../log.js';
import type { Scorer } from '../moderation/index.js';
import type { ReviewStore } from '../review/index.js';
import type { WixApi } from '../wix/index.js';
import type { WorkQueue } from '../worker/index.js';
import { createAboutJobs } from './about-jobs.js';
import { EventOrder } from './event-order.js';
import { HealthState } from './health.js';
import { PendingEvents } from './pending-events.js';
import { healthRoute } from './health-route.js';
import { logEveryRequest } from './request-log.js';
import { webhookRoute } from './webhook-route.js';

export interface ServerDeps {
  config: Config;
  store: ReviewStore;
  wix: WixApi;
  scorer: Scorer;
  /** Shared with the scheduled full scan: one queue keyed by About id. */
  queue: WorkQueue;
  logger: Logger;
  /** WIX_WEBHOOK_PUBLIC_KEY, imported with importWebhookKey. */
  publicKey: CryptoKey;
  /** Shared with the schedule, so /healthz shows the last scan; a fresh one by default. */
  health?: HealthState;
  /** Further route modules (the review page), each registered as its own encapsulated plugin. */
  routes?: FastifyPluginAsync[];
}

export interface AboutmodServer {
  app: FastifyInstance;
  health: HealthState;
  /** Rescans queued or running now (what server.queueLimit bounds). */
  queueDepth(): number;
}

/**
 * Builds the HTTP service from its dependencies, unstarted (`app.listen` is the caller's), so tests and
 * the bench can listen on port 0. Routes live in their own modules: webhooks, health, and whatever
 * `routes` adds.
 */
export async function buildServer(deps: ServerDeps): Promise<AboutmodServer> {
  const { config, queue, logger } = deps;
  const health = deps.health ?? new HealthState();
  const jobs = createAboutJobs(deps);
  const pending = new PendingEvents();
  const queueDepth = () => queue.size + queue.pending;

  const app = fastify({
    // pino 10's Logger and Fastify's bundled pino typings differ only in generics.
    loggerInstance: logger as unknown as FastifyBaseLogger,
    // One line per request comes from logEveryRequest instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.server.bodyLimitBytes,
    // Socket-level: a client trickling its body; handler-level: our own work taking too long.
    requestTimeout: config.server.requestTimeoutMs,
    handlerTimeout: config.server.requestTimeoutMs,
    return503OnClosing: true,
  });
  logEveryRequest(app, logger);

  await app.register(webhookRoute, {
    key: deps.publicKey,
    store: deps.store,
    bodyLimit: config.server.bodyLimitBytes,
    health,
    order: new EventOrder(),
    hasRoom: () => queueDepth() < config.server.queueLimit,
    enqueue: (event) => {
      pending.put(event);
      // The task reads the About's pending event when it starts, so coalesced events are not lost.
      const task = async () => {
        const next = pending.take(event.aboutId);
        if (next) await jobs.handle(next);
      };
      queue.add(event.aboutId, task).catch((err: unknown) => {
        // The event was answered 200, so Wix will not resend it: the next scheduled scan is the retry.
        health.error(err);
        logger.error({ eventId: event.eventId, aboutId: event.aboutId, err: errorText(err) }, 'rescan failed; left for the next scan');
      });
    },
  });
  await app.register(healthRoute, { health, queue: () => ({ depth: queueDepth(), limit: config.server.queueLimit }) });
  for (const routes of deps.routes ?? []) await app.register(routes);
  return { app, health, queueDepth };
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
