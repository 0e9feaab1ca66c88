import { createHash, randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import PgBoss from 'pg-boss';
import type { Config } from '../../config/index.js';
import type { Logger } from '../../log.js';
import { createPgPool, inTransaction } from '../../review/pg/pool.js';
import { startScan } from './site-registry.js';

/**
 * The job queues of the app's workers, on pg-boss 10 in the same database as the store (schema `pgboss`):
 *
 * - `scan-page` {site, scanId, page, cursor}: one page of a site's full scan. Its handler writes the
 *   checkpoint and sends the next page's job in one transaction, so a site's scan is a chain of jobs:
 *   one page at a time per site, interleaved in arrival order with every other site's pages.
 * - `scan-failed`: scan-page's dead letters (a page that failed after its retries ends its scan).
 * - `rescan-about` {site, aboutId}: a webhook's rescan; at most one queued per About (policy `short`).
 * - `notify` {site}: sends the site's outbox; at most one queued per site.
 * - `scan-all`: cron (schedule.cron), starts a scan of every active site.
 * - `purge` {site}: deletes a removed site's data once its grace has passed.
 */
export const QUEUES = {
  scanPage: 'scan-page',
  scanFailed: 'scan-failed',
  rescan: 'rescan-about',
  notify: 'notify',
  scanAll: 'scan-all',
  purge: 'purge',
} as const;

const SITE_QUEUES = [QUEUES.scanPage, QUEUES.rescan, QUEUES.notify, QUEUES.purge, QUEUES.scanFailed];

export interface ScanPageJob {
  site: string;
  scanId: string;
  /** 0-based page number: the checkpoint's `pages` when this page is due. */
  page: number;
  /** Absent for the first page. */
  cursor?: string;
}
export interface RescanJob {
  site: string;
  aboutId: string;
}
export interface SiteJob {
  site: string;
}

/** Jobs waiting (created or retry) and running per site, in total and by queue. */
export interface SiteDepth {
  queued: number;
  active: number;
  byQueue: Record<string, number>;
}

/** A job that failed (for good, or before a retry), with the reason its handler threw. */
export interface JobFailure {
  queue: string;
  jobId: string;
  site?: string;
  aboutId?: string;
  /** failed: no retries left; retry: waiting for its next attempt. */
  state: 'failed' | 'retry';
  retryCount: number;
  at: string;
  message: string;
}

export type JobsConnection = { pool: Pool; databaseUrl?: undefined } | { databaseUrl: string; pool?: undefined };

export type AppJobsOptions = JobsConnection & {
  config: Config;
  logger?: Logger;
  /**
   * Run pg-boss's maintenance (expiring the jobs of dead workers) and its cron (scan-all) in this
   * process: workers do; processes that only send jobs or read their state (serve --app, `sites`) need not.
   */
  supervise?: boolean;
};

/** A pg-boss connection for one statement inside our transaction (a job sent with a checkpoint commits with it). */
export type JobDb = PgBoss.Db;

export interface AppJobs {
  readonly boss: PgBoss;
  readonly pool: Pool;
  /** Starts a full scan of `site` (its first page job) unless one is running; undefined then, or when the site is not active. */
  enqueueScan(site: string): Promise<{ scanId: string } | undefined>;
  /** Queues a rescan of one About; false when one is already queued for it (the duplicate collapses into it). */
  enqueueRescan(site: string, aboutId: string): Promise<boolean>;
  /** Queues a delivery of the site's outbox (one queued per site); `db` sends it inside that transaction. */
  enqueueNotify(site: string, options?: { db?: JobDb; afterSeconds?: number }): Promise<void>;
  /** Queues the deletion of a removed site's data (done only once its grace has passed). */
  enqueuePurge(site: string): Promise<void>;
  /** The next page of a scan, inside the transaction that wrote the checkpoint; a page already sent is not sent twice. */
  sendPage(job: ScanPageJob, db: JobDb): Promise<void>;
  /** Per site: jobs queued and running. */
  depthBySite(): Promise<Map<string, SiteDepth>>;
  /** Recent failures, newest first, of every site or one. */
  failures(site?: string, limit?: number): Promise<JobFailure[]>;
  /**
   * Stops taking jobs; running ones get `timeoutMs` to finish, then are failed back to the queue
   * (retried by another worker). Closes the pool when this opened it.
   */
  stop(timeoutMs?: number): Promise<void>;
}

/** pg-boss statements on a client inside our transaction. */
export function jobDb(client: PoolClient): JobDb {
  return { executeSql: (text, values) => client.query(text, values) };
}

/** Opens pg-boss on the database (installing or migrating its schema once) and creates the queues. */
export async function openAppJobs(options: AppJobsOptions): Promise<AppJobs> {
  const { config, logger } = options;
  const app = config.app;
  const ownsPool = !options.pool;
  const pool = options.pool ?? createPgPool(options.databaseUrl!, logger);
  const supervise = options.supervise ?? false;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    supervise,
    schedule: supervise,
    migrate: true,
    maintenanceIntervalSeconds: app.maintenanceSeconds,
    // Finished jobs are history only: kept a day for `sites`, failures a week.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on('error', (err) => logger?.warn({ err: err.message }, 'job queue: error (retried)'));
  await boss.start();

  const retries = { retryLimit: app.retryLimit, retryDelay: app.retryDelaySeconds, retryBackoff: true, expireInSeconds: app.jobExpireSeconds };
  const queues: Array<[string, PgBoss.Queue]> = [
    [QUEUES.scanFailed, { name: QUEUES.scanFailed, policy: 'standard', ...retries }],
    [QUEUES.scanPage, { name: QUEUES.scanPage, policy: 'standard', ...retries, deadLetter: QUEUES.scanFailed }],
    [QUEUES.rescan, { name: QUEUES.rescan, policy: 'short', ...retries }],
    [QUEUES.notify, { name: QUEUES.notify, policy: 'short', ...retries }],
    [QUEUES.scanAll, { name: QUEUES.scanAll, policy: 'short', ...retries }],
    [QUEUES.purge, { name: QUEUES.purge, policy: 'short', ...retries }],
  ];
  for (const [name, queue] of queues) {
    await boss.createQueue(name, queue);
    // A queue created by an older start keeps its options unless told: the config in force wins.
    await boss.updateQueue(name, queue);
  }
  if (supervise) {
    if (config.schedule.cron === false) await boss.unschedule(QUEUES.scanAll);
    else await boss.schedule(QUEUES.scanAll, config.schedule.cron, {}, { tz: 'UTC' });
  }

  const jobs: AppJobs = {
    boss,
    pool,

    async enqueueScan(site) {
      const scanId = randomUUID();
      const started = await inTransaction(pool, async (client) => {
        if (!(await startScan(client, site, scanId))) return false;
        await jobs.sendPage({ site, scanId, page: 0 }, jobDb(client));
        return true;
      });
      return started ? { scanId } : undefined;
    },

    async enqueueRescan(site, aboutId) {
      const id = await boss.send(QUEUES.rescan, { site, aboutId } satisfies RescanJob, { singletonKey: `${site}:${aboutId}` });
      return id !== null;
    },

    async enqueueNotify(site, { db, afterSeconds } = {}) {
      await boss.send(QUEUES.notify, { site } satisfies SiteJob, {
        singletonKey: afterSeconds ? `${site}:later` : site,
        ...(afterSeconds ? { startAfter: afterSeconds } : {}),
        ...(db ? { db } : {}),
      });
    },

    async enqueuePurge(site) {
      await boss.send(QUEUES.purge, { site } satisfies SiteJob, { singletonKey: site });
    },

    async sendPage(job, db) {
      // The id is the page's: a checkpoint written twice (never, but cheap to rule out) cannot fork the chain.
      await boss.send(QUEUES.scanPage, job, { id: pageJobId(job.scanId, job.page), db });
    },

    async depthBySite() {
      const { rows } = await pool.query<{ site: string; name: string; state: string; n: string }>(
        `SELECT data->>'site' AS site, name, state, count(*) AS n FROM pgboss.job
         WHERE name = ANY($1) AND state IN ('created', 'retry', 'active') AND data ? 'site'
         GROUP BY 1, 2, 3`,
        [SITE_QUEUES],
      );
      const depth = new Map<string, SiteDepth>();
      for (const row of rows) {
        const d = depth.get(row.site) ?? { queued: 0, active: 0, byQueue: {} };
        const n = Number(row.n);
        if (row.state === 'active') d.active += n;
        else d.queued += n;
        d.byQueue[row.name] = (d.byQueue[row.name] ?? 0) + n;
        depth.set(row.site, d);
      }
      return depth;
    },

    async failures(site, limit = 20) {
      const select = (table: string) => `SELECT name, id, data, state::text AS state, retry_count, COALESCE(completed_on, started_on, created_on) AS at, output
        FROM pgboss.${table} WHERE name = ANY($1) AND state::text IN ('failed', 'retry') AND ($2::text IS NULL OR data->>'site' = $2)`;
      const { rows } = await pool.query<{
        name: string; id: string; data: Partial<RescanJob>; state: 'failed' | 'retry'; retry_count: number; at: Date; output: { message?: string } | null;
      }>(`${select('job')} UNION ALL ${select('archive')} ORDER BY at DESC LIMIT $3`, [SITE_QUEUES, site ?? null, limit]);
      return rows.map((r) => ({
        queue: r.name,
        jobId: r.id,
        ...(r.data?.site ? { site: r.data.site } : {}),
        ...(r.data?.aboutId ? { aboutId: r.data.aboutId } : {}),
        state: r.state,
        retryCount: r.retry_count,
        at: r.at.toISOString(),
        message: r.output?.message ?? 'no reason recorded',
      }));
    },

    async stop(timeoutMs = app.stopTimeoutSeconds * 1000) {
      await boss.stop({ graceful: true, timeout: timeoutMs, close: false, wait: true });
      if (ownsPool) await pool.end();
    },
  };
  return jobs;
}

/** A UUID derived from the scan and page (pg-boss job ids are UUIDs). */
function pageJobId(scanId: string, page: number): string {
  const h = createHash('sha256').update(`${scanId}:${page}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
