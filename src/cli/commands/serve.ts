import { databaseUrl, requireEnv } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { createLogger, type Logger } from '../../log.js';
import { openScorer } from '../../moderation/index.js';
import { noticeOnRestore } from '../../notify/index.js';
import { openStoreForCommand } from '../../review/index.js';
import { migrate } from '../../review/pg/migrate.js';
import { createPgPool, pgConnectError, serverName } from '../../review/pg/pool.js';
import { APP_POOL_MAX, buildAppServer } from '../../server/app-mode/index.js';
import { buildServer, HealthState, importWebhookKey, startFullScans, webhookSiteFromEnv } from '../../server/index.js';
import { reviewPagePlugin, reviewPageSecrets } from '../../server/review-page/index.js';
import { createWixClientFromConfig } from '../../wix/index.js';
import { openAppJobs } from '../../worker/app/jobs.js';
import { createSiteRegistry } from '../../worker/app/site-registry.js';
import { countedScorer, createWorkQueue } from '../../worker/index.js';
import type { CliContext } from '../context.js';
import { listenFailure } from '../exit.js';
import { stopSignal } from '../stop-signal.js';

/**
 * `aboutmod serve [--port N]`: webhook rescans, scheduled full scans, /healthz and, when SESSION_SECRET
 * is set, the review page (src/server/review-page) in one process. With `--app`, every site of the Wix
 * app instead (serveApp below).
 * Prints one stdout line with the listening URL, then runs until SIGTERM or SIGINT, when it stops
 * accepting (new requests get 503, Wix retries them), lets a running full scan end at its page
 * boundary, FINISHES every queued rescan (nothing queued is dropped or needs a second home), closes
 * the store (flushing it) and returns, so the process exits 0. A second signal kills it at once
 * (Node's default); the store is crash-safe, and pending writes are settled by recovery at next start.
 */
export default async function serve(ctx: CliContext, _args: string[], opts: Record<string, unknown>): Promise<void> {
  const { config } = ctx.loaded;
  const port = opts.port === undefined ? config.server.port : parsePort(opts.port);
  // A service logs its requests and decisions: info unless LOG_LEVEL says otherwise.
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
  if (opts.app) return serveApp(ctx, port, logger);

  // Everything that can be refused up front is, before the store opens or a port is bound.
  const publicKey = await siteWebhookKey(process.env);
  // The review page needs SESSION_SECRET; without it the service runs without /review.
  const page = reviewPageSecrets();
  const wix = createWixClientFromConfig(config, process.env, logger);
  // Webhooks are accepted for this site only: the instance or site id beside the credentials.
  const site = webhookSiteFromEnv();
  const scorer = await openScorer(config, { configDir: ctx.loaded.dir, logger });
  const queue = createWorkQueue({ concurrency: config.wix.concurrency });
  const health = new HealthState();
  // /healthz counts the scorer's failures, from webhook rescans and full scans alike.
  const scoring = countedScorer(scorer, health.scorer);

  const { store } = await openStoreForCommand({ loaded: ctx.loaded, logger }, { wix });
  let scans;
  let server;
  try {
    scans = startFullScans({ wix, store, scorer: scoring, config, logger, queue, health });
    server = await buildServer({
      config, store, wix, scorer: scoring, queue, logger, publicKey, site, health,
      routes: page ? [reviewPagePlugin({
        store, wix, ...page, confirmedPlaceholder: config.policy.confirmedPlaceholder, onRestored: noticeOnRestore({ config, store, wix, logger }),
      })] : [],
    });
    if (!page) logger.warn('review page off: set SESSION_SECRET to serve /review');
    if (!publicKey) logger.warn('webhooks off (POST /webhooks/wix answers 404): an API key receives none; a Wix app\'s need WIX_WEBHOOK_PUBLIC_KEY');
    const address = await listen(server.app, port, config.server.host);
    ctx.stdout.write(`aboutmod serve listening on ${address}\n`);
    logger.info({ address, nextScan: scans.nextRun()?.toISOString() ?? null }, 'listening');
  } catch (err) {
    await scans?.stop();
    await server?.app.close();
    await scorer.close?.();
    await store.close();
    throw err;
  }

  const signal = await stopSignal();
  logger.info({ signal, queued: server.queueDepth() }, 'stopping: finishing queued rescans');
  server.health.markStopping();
  await scans.stop();
  // Waits for requests in flight, whose events are then queued; new requests get 503.
  await server.app.close();
  await queue.onIdle();
  await scorer.close?.();
  await store.close();
  logger.info({ signal }, 'stopped');
}

/**
 * The key that verifies this site's webhooks. Only a Wix app receives webhooks, so with an API key and
 * no WIX_WEBHOOK_PUBLIC_KEY the service runs without them (edits wait for the next scheduled scan);
 * with an app's credentials a missing key is refused, since its webhooks would all go unheard.
 */
async function siteWebhookKey(env: NodeJS.ProcessEnv) {
  if (!env.WIX_WEBHOOK_PUBLIC_KEY && env.WIX_API_KEY && !env.WIX_APP_ID) return undefined;
  return importWebhookKey(requireEnv('WIX_WEBHOOK_PUBLIC_KEY', 'verifies the JWTs Wix signs webhooks with', env));
}

/**
 * `aboutmod serve --app`: one webhook endpoint, /healthz and the dashboard for every site the Wix app
 * is installed on (src/server/app-mode, docs/app-mode.md). It only sends jobs; `aboutmod worker`
 * processes run them. On SIGTERM or SIGINT it stops taking requests (503, Wix retries), waits for
 * those in flight (each one's job is already in PostgreSQL) and returns.
 */
async function serveApp(ctx: CliContext, port: number, logger: Logger): Promise<void> {
  const { config } = ctx.loaded;
  if (config.store.kind !== 'postgres') {
    throw new UsageError('serve --app: needs store.kind "postgres" in the config (every site\'s queue and jobs live in PostgreSQL)');
  }
  const url = databaseUrl();
  const appId = requireEnv('WIX_APP_ID', 'serve --app: the app\'s id, for each site\'s access token');
  const appSecret = requireEnv('WIX_APP_SECRET', 'serve --app: each site\'s access token and the dashboard\'s signed instance');
  const publicKey = await importWebhookKey(requireEnv('WIX_WEBHOOK_PUBLIC_KEY', 'verifies the JWTs Wix signs webhooks with'));
  const page = reviewPageSecrets();
  if (page?.reviewToken) logger.warn('REVIEW_TOKEN is ignored by serve --app: reviewers sign in from their site\'s Wix dashboard');

  const pool = createPgPool(url, logger, { max: APP_POOL_MAX });
  let jobs;
  let server;
  try {
    const { applied } = await migrate(pool).catch((err: unknown) => {
      throw pgConnectError(err, serverName(url));
    });
    if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
    // Sends jobs only: maintenance and the scan-all schedule are the workers'.
    jobs = await openAppJobs({ pool, config, logger, supervise: false });
    server = await buildAppServer({
      config, logger, pool, publicKey, appId, appSecret, sessionSecret: page?.sessionSecret, sites: createSiteRegistry(pool), jobs,
    });
    if (!page) logger.warn('dashboard off: set SESSION_SECRET to serve /dashboard');
    const address = await listen(server.app, port, config.server.host);
    ctx.stdout.write(`aboutmod serve --app listening on ${address}\n`);
    logger.info({ address }, 'listening');
  } catch (err) {
    await server?.app.close();
    await jobs?.stop();
    await pool.end();
    throw err;
  }

  const signal = await stopSignal();
  logger.info({ signal }, 'stopping');
  server.health.markStopping();
  await server.app.close();
  await jobs.stop();
  await pool.end();
  logger.info({ signal }, 'stopped');
}


async function listen(app: { listen(o: { port: number; host: string }): Promise<string> }, port: number, host: string): Promise<string> {
  try {
    return await app.listen({ port, host });
  } catch (err) {
    throw listenFailure(err, host, port, '--port or server.port');
  }
}

function parsePort(value: unknown): number {
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(`--port: expected an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return port;
}
