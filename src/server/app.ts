import fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { CryptoKey } from 'jose';
import type { Config } from '../config/index.js';
import { describeError } from '../errors.js';
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
import { limitedServerFactory } from './node-server.js';
import { logEveryRequest } from './request-log.js';
import type { AboutEvent } from './verify-webhook.js';
import { webhookRoute } from './webhook-route.js';
import type { WebhookSite } from './webhook-site.js';

/** Waits before retrying a failed rescan; short enough to matter, long enough for Wix or the scorer to recover. */
export const RESCAN_RETRY_DELAYS_MS = [30_000, 120_000, 600_000];

export interface ServerDeps {
  config: Config;
  store: ReviewStore;
  wix: WixApi;
  scorer: Scorer;
  /** Shared with the scheduled full scan: one queue keyed by About id. */
  queue: WorkQueue;
  logger: Logger;
  /** WIX_WEBHOOK_PUBLIC_KEY, imported with importWebhookKey; without it there is no webhook route (an API-key site gets no webhooks). */
  publicKey?: CryptoKey;
  /** The site whose webhooks are accepted (webhookSiteFromEnv). */
  site: WebhookSite;
  /** Shared with the schedule, so /healthz shows the last scan; a fresh one by default. */
  health?: HealthState;
  /** Waits before each retry of a failed rescan (default RESCAN_RETRY_DELAYS_MS). */
  retryDelaysMs?: readonly number[];
  /** Further route modules (the review page), each registered as its own encapsulated plugin. */
  routes?: FastifyPluginAsync[];
}

export interface AboutmodServer {
  app: FastifyInstance;
  health: HealthState;
  /** Rescans queued or running now (what server.queueLimit bounds). */
  queueDepth(): number;
}

/** The Fastify instance both services run on (one site's and the app's): server.* limits, one log line per request. */
export function createFastify(config: Config, logger: Logger): FastifyInstance {
  const app = fastify({
    // pino 10's Logger and Fastify's bundled pino typings differ only in generics.
    loggerInstance: logger as unknown as FastifyBaseLogger,
    // One line per request comes from logEveryRequest instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.server.bodyLimitBytes,
    // Socket-level limits (a client trickling its body, keep-alive, the connection cap) live on the Node server itself.
    serverFactory: limitedServerFactory(config.server),
    // Handler-level: our own work taking too long.
    handlerTimeout: config.server.requestTimeoutMs,
    return503OnClosing: true,
  });
  logEveryRequest(app, logger);
  return app;
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
  const retryDelays = deps.retryDelaysMs ?? RESCAN_RETRY_DELAYS_MS;
  const queueDepth = () => queue.size + queue.pending;

  /**
   * Queues the About's rescan (or delete handling). The task reads the About's pending event when it
   * starts, so events coalesced into one waiting task are not lost. A rescan that fails (Wix or the
   * scorer down) is retried a few times, since Wix will not resend an event we answered 200; after
   * that, or if the service stops first, the next full scan is the retry.
   */
  function enqueue(event: AboutEvent, attempt: number): void {
    pending.put(event);
    const task = async () => {
      const next = pending.take(event.aboutId);
      if (!next) return;
      try {
        const result = await jobs.handle(next);
        if (result.decision === 'rescanned' && result.summary.errors > 0) throw new Error(`About ${next.aboutId} left as it is after ${result.summary.errors} error(s)`);
      } catch (err) {
        health.error(err);
        const delay = retryDelays[attempt];
        logger.warn({ eventId: next.eventId, aboutId: next.aboutId, attempt, retryInMs: delay ?? null, err: describeError(err) },
          delay === undefined ? 'rescan failed; left for the next full scan' : 'rescan failed; retrying');
        if (delay === undefined) return;
        // A retry is a plain rescan: its event revision no longer describes the About.
        const retry: AboutEvent = { ...next, entity: undefined };
        setTimeout(() => health.isStopping || enqueue(retry, attempt + 1), delay).unref();
      }
    };
    // The task handles its own failures; this catch only keeps a bug from becoming an unhandled rejection.
    queue.add(event.aboutId, task).catch((err: unknown) => health.error(err));
  }

  const app = createFastify(config, logger);
  if (deps.publicKey) await app.register(webhookRoute, {
    key: deps.publicKey,
    site: deps.site,
    store: deps.store,
    bodyLimit: config.server.bodyLimitBytes,
    health,
    order: new EventOrder(),
    hasRoom: () => queueDepth() < config.server.queueLimit,
    enqueue: (event) => enqueue(event, 0),
    observe: (event) => jobs.observe(event),
  });
  await app.register(healthRoute, { health, queue: () => ({ depth: queueDepth(), limit: config.server.queueLimit }) });
  for (const routes of deps.routes ?? []) await app.register(routes);
  return { app, health, queueDepth };
}
