import type { Pool } from 'pg';
import type PgBoss from 'pg-boss';
import type { LoadedConfig } from '../../config/index.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import { openScorer, type Scorer } from '../../moderation/index.js';
import { createNotifier, type Notifier } from '../../notify/index.js';
import { recoverPending, WORKER, type ReviewStore } from '../../review/index.js';
import { migrate } from '../../review/pg/migrate.js';
import { deleteSiteData, openPgReviewStore } from '../../review/pg/pg-store.js';
import { createPgPool, inTransaction } from '../../review/pg/pool.js';
import { isPlaceholder } from '../../ricos/index.js';
import { createPgTokenCache } from '../../wix/pg-token-cache.js';
import { createWixClient, type WixClient } from '../../wix/index.js';
import { ReviewIndex } from '../review-index.js';
import { createPageScanner, runScan, type ScanSummary } from '../scan.js';
import { perSite } from './per-site.js';
import { jobDb, openAppJobs, QUEUES, type AppJobs, type RescanJob, type ScanPageJob, type SiteJob } from './jobs.js';
import {
  createSiteRegistry, failScan, forgetSite, lockRemovedForPurge, lockSite, recordPage, type ScanTotals,
} from './site-registry.js';

export interface WorkerOptions {
  loaded: LoadedConfig;
  databaseUrl: string;
  /** The app's OAuth client (one for every site): its id and secret. */
  app: { appId: string; appSecret: string };
  logger: Logger;
}

export interface AppWorker {
  readonly jobs: AppJobs;
  /**
   * Stops taking jobs and lets running ones finish within app.stopTimeoutSeconds; those still running
   * then are failed back to the queue (another worker retries them from their checkpoint) and counted
   * in `released`: their handlers hold connections and must end with the process (their uncommitted
   * transactions roll back). Otherwise everything is closed.
   */
  stop(): Promise<{ released: number }>;
}

/** What a worker keeps per site it has served: the Wix client (its rate limit and token) and the store. */
interface SiteContext {
  wix: WixClient;
  store: ReviewStore;
  notifier: Notifier;
  logger: Logger;
}

/**
 * One `aboutmod worker` process: migrates the schema, then works every queue of src/worker/app/jobs.ts
 * for every site, beside any number of other workers on any machines. Its connections: one pool; each
 * running job holds one connection for its site's lock (so a removal waits for its page to end).
 */
export async function runWorker(options: WorkerOptions): Promise<AppWorker> {
  const { loaded, logger } = options;
  const { config } = loaded;
  const app = config.app;
  // Every running job holds a connection (its site's lock) and needs more for the store's statements.
  const pool = createPgPool(options.databaseUrl, logger, { max: app.scanConcurrency + app.rescanConcurrency + 10 });
  let scorer: Scorer | undefined;
  let jobs: AppJobs | undefined;
  try {
    await migrate(pool);
    scorer = await openScorer(config, { configDir: loaded.dir, logger });
    jobs = await openAppJobs({ pool, config, logger, supervise: true });
  } catch (err) {
    await scorer?.close?.();
    await pool.end();
    throw err;
  }
  const handlers = createHandlers({ pool, jobs, scorer, options });
  const { boss } = jobs;
  const running = new Set<Promise<void>>();
  let stopping = false;
  /**
   * One pg-boss worker loop (one job at a time) running `fn`. A loop that found a job asks for the next at
   * once: pg-boss would otherwise wait out the rest of its polling interval after every short job, which
   * caps a loop at one page a second.
   */
  const work = async <T>(queue: string, pollingIntervalSeconds: number, fn: (job: PgBoss.JobWithMetadata<T>) => Promise<void>) => {
    let id = '';
    id = await boss.work<T>(queue, { pollingIntervalSeconds, includeMetadata: true }, async ([job]) => {
      // A fetch already in flight when stop() began still hands over its job: give it back (pg-boss fails
      // it to the queue, to be retried elsewhere) rather than start work on a worker that is going away.
      if (stopping) throw new Error('worker stopping: job handed back to the queue');
      // Tracked whole, so stop() never ends the pool under a handler that pg-boss has already let go of.
      const handler = fn(job!);
      running.add(handler);
      try {
        await handler;
      } finally {
        running.delete(handler);
        boss.notifyWorker(id);
      }
    });
  };

  for (let i = 0; i < app.scanConcurrency; i++) await work<ScanPageJob>(QUEUES.scanPage, 1, (job) => handlers.scanPage(job.data));
  for (let i = 0; i < app.rescanConcurrency; i++) await work<RescanJob>(QUEUES.rescan, app.rescanPollMs / 1000, (job) => handlers.rescan(job.data));
  await work<SiteJob>(QUEUES.notify, 2, (job) => handlers.notify(job.data));
  await work<SiteJob>(QUEUES.purge, 2, (job) => handlers.purge(job.data));
  await work(QUEUES.scanAll, 5, () => handlers.scanAll());
  await work<ScanPageJob>(QUEUES.scanFailed, 2, (job) => handlers.scanFailed(job.data, (job.output as { message?: string } | null)?.message ?? 'no reason recorded'));

  // Removed sites whose grace has passed get a purge job; any worker may send it, duplicates collapse.
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = () => {
    sweeping = handlers.sweepRemoved().catch((err: unknown) => logger.warn({ err: errorMessage(err) }, 'purge check failed; tried again later'));
  };
  sweep();
  const sweeper = setInterval(sweep, app.purgeCheckSeconds * 1000);
  logger.info({ scanConcurrency: app.scanConcurrency, rescanConcurrency: app.rescanConcurrency }, 'worker started');

  return {
    jobs,
    async stop() {
      stopping = true;
      clearInterval(sweeper);
      // Waits for running jobs up to the timeout, then fails the rest back to the queue.
      await jobs.stop(app.stopTimeoutSeconds * 1000);
      const released = running.size;
      if (released > 0) return { released };
      await sweeping;
      // pg-boss neither awaits a fetch in flight when it stops nor the query recording a job's outcome
      // (an unawaited query on an ended pool crashes the process): end the pool once no query holds it.
      await poolQuiet(pool);
      await scorer.close?.();
      await pool.end();
      return { released };
    },
  };
}

/** Resolves once no client of the pool is checked out or awaited, twice in a row across a macrotask. */
async function poolQuiet(pool: Pool): Promise<void> {
  const busy = () => pool.waitingCount > 0 || pool.idleCount < pool.totalCount;
  for (let quietTurns = 0; quietTurns < 2;) {
    await new Promise((resolve) => setTimeout(resolve, busy() ? 20 : 0));
    quietTurns = busy() ? 0 : quietTurns + 1;
  }
}

function createHandlers({ pool, jobs, scorer, options }: { pool: Pool; jobs: AppJobs; scorer: Scorer; options: WorkerOptions }) {
  const { loaded: { config }, logger } = options;
  const registry = createSiteRegistry(pool);
  const tokenCache = createPgTokenCache(pool);

  /**
   * The site's client and store, made once per worker for its most recently used sites: its rate limit
   * and token are this process's for that site.
   */
  const siteContext = perSite(async (site): Promise<SiteContext> => {
    const siteLogger = logger.child({ site });
    const wix = createWixClient({
      ...config.wix,
      credentials: { kind: 'oauth', appId: options.app.appId, appSecret: options.app.appSecret, instanceId: site },
      tokenCache,
      requestsPerSecond: config.app.siteRequestsPerSecond,
      logger: siteLogger,
    });
    const store = await openPgReviewStore(pool, site);
    return { wix, store, notifier: createNotifier({ config, store, wix, logger: siteLogger }), logger: siteLogger };
  });

  /** One page of a site's scan, its checkpoint and the next page's job, all under the site's lock in one transaction. */
  async function scanPage(job: ScanPageJob): Promise<void> {
    const { site, scanId, page, cursor } = job;
    await inTransaction(pool, async (client) => {
      const locked = await lockSite(client, site, true);
      if (!locked || locked.status !== 'active' || locked.scanId !== scanId || locked.ended || locked.pages !== page) {
        // Removed, replaced by a newer scan, or this page was done by an earlier attempt: nothing left to do.
        logger.info({ site, scanId, page, status: locked?.status ?? 'unknown', pagesDone: locked?.pages }, 'scan page skipped');
        return;
      }
      const ctx = await siteContext(site);
      // A page retried after its worker died may find that worker's unconfirmed writes: settled first.
      if (page === 0) await recoverPending(ctx.store, ctx.wix, { isPlaceholder });
      const { abouts, nextCursor } = await ctx.wix.queryPage(cursor);
      const summary = await processPage(ctx, abouts);
      const scan = await recordPage(client, site, scanId, page, nextCursor, totalsOf(summary));
      if (nextCursor !== undefined) {
        await jobs.sendPage({ site, scanId, page: page + 1, cursor: nextCursor }, jobDb(client));
      } else {
        ctx.logger.info({ scanId, pages: page + 1, ...scan.totals }, 'scan finished');
        if (scan.totals.replaced > 0) await ownerDigest(ctx, scan.totals, scan.startedAt);
      }
      if (summary.replaced > 0 || nextCursor === undefined) await jobs.enqueueNotify(site, { db: jobDb(client) });
    });
  }

  /** Decides one page with only its own Abouts' review items (never the site's whole queue). */
  async function processPage(ctx: SiteContext, abouts: Awaited<ReturnType<WixClient['queryPage']>>['abouts']): Promise<ScanSummary> {
    const itemsOf = async () => (await Promise.all(abouts.map((a) => ctx.store.list({ aboutId: a.id })))).flat();
    let items = await itemsOf();
    const orphans = [...new Set(items.filter((i) => i.status === 'pending').map((i) => i.aboutId))];
    if (orphans.length) {
      for (const aboutId of orphans) await recoverPending(ctx.store, ctx.wix, { isPlaceholder, aboutId });
      items = await itemsOf();
    }
    const scanner = createPageScanner({
      wix: ctx.wix, store: ctx.store, scorer, config, logger: ctx.logger,
      noticesFor: (item) => ctx.notifier.replacementNotices(item, { owner: false }),
    }, new ReviewIndex(items));
    if (abouts.length) await scanner.processPage(abouts);
    return scanner.finish();
  }

  async function ownerDigest(ctx: SiteContext, totals: ScanTotals, startedAt: string): Promise<void> {
    const replaced = (await ctx.store.list({ status: 'replaced' })).filter((i) => i.flaggedAt >= startedAt);
    await ctx.notifier.digest(totals, replaced);
  }

  /** A webhook's rescan of one About, on its own slots; the site's lock is held while it decides. */
  async function rescan({ site, aboutId }: RescanJob): Promise<void> {
    await inTransaction(pool, async (client) => {
      const locked = await lockSite(client, site, false);
      if (locked?.status !== 'active') return;
      const ctx = await siteContext(site);
      // An earlier write to this About whose writer is gone would block the decision: settled first.
      await recoverPending(ctx.store, ctx.wix, { isPlaceholder, aboutId });
      const summary = await runScan({
        wix: ctx.wix, store: ctx.store, scorer, config, logger: ctx.logger, only: [aboutId],
        noticesFor: (item) => ctx.notifier.replacementNotices(item, { owner: true }),
      });
      ctx.logger.info({ aboutId, scanned: summary.scanned, flagged: summary.flagged, replaced: summary.replaced, errors: summary.errors }, 'rescanned');
      if (summary.replaced > 0) await jobs.enqueueNotify(site, { db: jobDb(client) });
    });
  }

  async function notify({ site }: SiteJob): Promise<void> {
    if ((await registry.get(site))?.status !== 'active') return;
    const report = await (await siteContext(site)).notifier.deliver();
    // A channel that failed is tried again later (its backoff is in the outbox).
    if (report.failed > 0) await jobs.enqueueNotify(site, { afterSeconds: 60 });
  }

  async function scanAll(): Promise<void> {
    const started = [];
    for (const site of await registry.activeIds()) if (await jobs.enqueueScan(site)) started.push(site);
    logger.info({ started: started.length }, 'scheduled scans started');
  }

  /** Deletes a removed site's data once its grace has passed; a re-install meanwhile (the row lock decides) keeps it. */
  async function purge({ site }: SiteJob): Promise<void> {
    await inTransaction(pool, async (client) => {
      if (!(await lockRemovedForPurge(client, site))) return;
      // In this transaction, so the data goes with the registry row the lock holds (or neither does).
      const deleted = await deleteSiteData(client, site);
      await forgetSite(client, site);
      siteContext.forget(site);
      logger.info({ site, deleted, by: WORKER }, 'removed site purged');
    });
  }

  async function scanFailed(job: ScanPageJob, reason: string): Promise<void> {
    await failScan(pool, job.site, job.scanId, `page ${job.page + 1}: ${reason}`);
    logger.warn({ site: job.site, scanId: job.scanId, page: job.page, reason }, 'scan failed; the next scheduled scan starts over');
  }

  return {
    scanPage, rescan, notify, scanAll, purge, scanFailed,
    async sweepRemoved() {
      for (const site of await registry.dueForPurge()) await jobs.enqueuePurge(site);
    },
  };
}

function totalsOf(s: ScanSummary): ScanTotals {
  return { scanned: s.scanned, skipped: s.skipped, flagged: s.flagged, replaced: s.replaced, conflicts: s.conflicts, errors: s.errors, superseded: s.superseded };
}
