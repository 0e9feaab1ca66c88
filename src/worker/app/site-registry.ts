import type { Pool, PoolClient } from 'pg';
import type { ScanSummary } from '../scan.js';

/**
 * The sites (Wix app instances) aboutmod serves, in PostgreSQL (tables of migration 2, app_*): which are
 * installed, which were removed and when their data goes, and each site's current or last full scan
 * (its checkpoint: pages done and the next page's cursor). Installs and removals come from the app's
 * webhooks (serve --app) or an operator (`aboutmod sites add|remove`).
 */

export type SiteStatus = 'active' | 'removed';

/** The counts of a scan's pages added up (a page job's ScanSummary without its timings and flags). */
export type ScanTotals = Pick<ScanSummary, 'scanned' | 'skipped' | 'flagged' | 'replaced' | 'conflicts' | 'errors' | 'superseded'>;

export const NO_TOTALS: ScanTotals = { scanned: 0, skipped: 0, flagged: 0, replaced: 0, conflicts: 0, errors: 0, superseded: 0 };

/** One full scan of a site: a chain of page jobs (src/worker/app/jobs.ts). */
export interface SiteScan {
  scanId: string;
  startedAt: string;
  /** Set once the last page is done. */
  finishedAt?: string;
  /** Set when a page failed for good (after its retries): the scan stops there, the next one starts over. */
  failedAt?: string;
  error?: string;
  /** Pages done so far. */
  pages: number;
  totals: ScanTotals;
}

export interface SiteRecord {
  instanceId: string;
  status: SiteStatus;
  installedAt: string;
  removedAt?: string;
  /** A removed site's data is deleted after this (the purge job). */
  deleteAfter?: string;
  /** The scan running now, or the last one to end. */
  lastScan?: SiteScan;
  /** The last scan that finished, with its totals (kept while a newer one runs). */
  lastFinishedScan?: SiteScan;
  /** The last scan failure's reason (job failures: AppJobs.failures). */
  lastError?: { at: string; message: string };
}

/** What a query runs on: the pool, or a client inside a transaction. */
export type Queryable = Pick<Pool | PoolClient, 'query'>;

export interface SiteRegistry {
  /** Installs a site; a re-install of a removed site (within its grace) reactivates it with its data. */
  register(instanceId: string): Promise<{ created: boolean; reactivated: boolean }>;
  /**
   * Marks a site removed; its data is deleted `graceMs` later (a re-install before then keeps it). Waits
   * for the site's jobs in flight to end their page: once it resolves, nothing more is written for it.
   * Undefined when the site is unknown or already removed.
   */
  remove(instanceId: string, graceMs: number): Promise<SiteRecord | undefined>;
  get(instanceId: string): Promise<SiteRecord | undefined>;
  /** Every site, active first, then by instance id. */
  list(): Promise<SiteRecord[]>;
  /** Active sites' ids. */
  activeIds(): Promise<string[]>;
  /** Removed sites whose grace has passed. */
  dueForPurge(): Promise<string[]>;
}

export function createSiteRegistry(pool: Pool): SiteRegistry {
  return {
    async register(instanceId) {
      // xmax = 0 only on a freshly inserted row; `was` is the status before this statement.
      const { rows } = await pool.query<{ inserted: boolean; was: SiteStatus | null }>(
        `WITH before AS (SELECT status FROM app_sites WHERE instance_id = $1)
         INSERT INTO app_sites (instance_id, status, installed_at) VALUES ($1, 'active', now())
         ON CONFLICT (instance_id) DO UPDATE SET
           status = 'active', removed_at = NULL, delete_after = NULL,
           installed_at = CASE WHEN app_sites.status = 'removed' THEN now() ELSE app_sites.installed_at END
         RETURNING (xmax = 0) AS inserted, (SELECT status FROM before) AS was`,
        [instanceId],
      );
      const row = rows[0]!;
      return { created: row.inserted, reactivated: !row.inserted && row.was === 'removed' };
    },

    async remove(instanceId, graceMs) {
      // The UPDATE waits for the row locks (FOR SHARE) the site's running jobs hold until their page is
      // written; a scan still running ends there, stopped (a re-install starts a new one).
      const { rows } = await pool.query<SiteRow>(
        `WITH site AS (
           UPDATE app_sites SET status = 'removed', removed_at = now(), delete_after = now() + $2 * interval '1 millisecond'
           WHERE instance_id = $1 AND status = 'active' RETURNING *
         ), stopped AS (
           UPDATE app_scans SET failed_at = now(), updated_at = now(), error = 'stopped: the site was removed'
           WHERE instance_id IN (SELECT instance_id FROM site) AND finished_at IS NULL AND failed_at IS NULL
         )
         SELECT * FROM site`,
        [instanceId, graceMs],
      );
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async get(instanceId) {
      const { rows } = await pool.query<SiteRow>(`${SELECT_SITES} WHERE s.instance_id = $1`, [instanceId]);
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async list() {
      const { rows } = await pool.query<SiteRow>(`${SELECT_SITES} ORDER BY s.status, s.instance_id`);
      return rows.map(toRecord);
    },

    async activeIds() {
      const { rows } = await pool.query<{ instance_id: string }>(`SELECT instance_id FROM app_sites WHERE status = 'active' ORDER BY instance_id`);
      return rows.map((r) => r.instance_id);
    },

    async dueForPurge() {
      const { rows } = await pool.query<{ instance_id: string }>(
        `SELECT instance_id FROM app_sites WHERE status = 'removed' AND delete_after <= now() ORDER BY delete_after`,
      );
      return rows.map((r) => r.instance_id);
    },
  };
}

/**
 * A scan without progress for this long is taken for stalled (its chain broken by a bug or by hand) and
 * may be replaced: its remaining jobs, if any, find another scan id and stop. Far longer than a page's
 * retries with their backoff.
 */
const STALLED_SCAN = '1 hour';

/**
 * Starts a scan of `instanceId` unless one is running (neither finished, failed nor stalled): the
 * checkpoint row is reset to page 0. False when a scan is already running or the site is not active.
 * Run it in the transaction that sends the scan's first page job.
 */
export async function startScan(q: Queryable, instanceId: string, scanId: string): Promise<boolean> {
  const { rowCount } = await q.query(
    `INSERT INTO app_scans (instance_id, scan_id, started_at, updated_at)
     SELECT instance_id, $2, now(), now() FROM app_sites WHERE instance_id = $1 AND status = 'active'
     ON CONFLICT (instance_id) DO UPDATE SET
       scan_id = EXCLUDED.scan_id, started_at = now(), updated_at = now(), finished_at = NULL, failed_at = NULL,
       error = NULL, cursor = NULL, pages = 0, totals = '{}'
     WHERE app_scans.finished_at IS NOT NULL OR app_scans.failed_at IS NOT NULL OR app_scans.updated_at < now() - interval '${STALLED_SCAN}'`,
    [instanceId, scanId],
  );
  return rowCount === 1;
}

/** The state a page job finds, under the site's share lock and its scan's row lock (held until the transaction ends). */
export interface LockedScan {
  status: SiteStatus;
  scanId: string | undefined;
  pages: number;
  ended: boolean;
}

/**
 * Locks the site row FOR SHARE (a removal waits until the transaction ends) and, when `withScan`, its scan
 * row FOR UPDATE (a page job retried while its first attempt still runs waits for it, then finds the
 * page done). Undefined when the site (or, `withScan`, its scan) is unknown.
 */
export async function lockSite(client: PoolClient, instanceId: string, withScan: boolean): Promise<LockedScan | undefined> {
  const { rows } = await client.query<{ status: SiteStatus; scan_id: string | null; pages: number | null; ended: boolean | null }>(
    withScan
      ? `SELECT s.status, c.scan_id, c.pages, (c.finished_at IS NOT NULL OR c.failed_at IS NOT NULL) AS ended
         FROM app_sites s JOIN app_scans c USING (instance_id) WHERE s.instance_id = $1
         FOR SHARE OF s FOR UPDATE OF c`
      : `SELECT s.status, NULL AS scan_id, NULL AS pages, NULL AS ended FROM app_sites s WHERE s.instance_id = $1 FOR SHARE`,
    [instanceId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { status: row.status, scanId: row.scan_id ?? undefined, pages: row.pages ?? 0, ended: row.ended ?? false };
}

/**
 * The checkpoint after page `page` (0-based) of scan `scanId`: pages done, the next cursor, the totals so
 * far; the last page (no next cursor) finishes the scan and keeps it as the last finished one. Returns the
 * scan's totals so far and its start.
 */
export async function recordPage(
  q: Queryable, instanceId: string, scanId: string, page: number, nextCursor: string | undefined, totals: ScanTotals,
): Promise<{ totals: ScanTotals; startedAt: string }> {
  const { rows } = await q.query<{ totals: Partial<ScanTotals>; started_at: Date }>(
    `UPDATE app_scans SET pages = $3 + 1, cursor = $4, updated_at = now(),
       totals = (SELECT jsonb_object_agg(k, COALESCE((totals->>k)::int, 0) + v::int) FROM jsonb_each_text($5::jsonb) AS t(k, v)),
       finished_at = CASE WHEN $4::text IS NULL THEN now() END
     WHERE instance_id = $1 AND scan_id = $2 AND pages = $3
     RETURNING totals, started_at`,
    [instanceId, scanId, page, nextCursor ?? null, JSON.stringify(totals)],
  );
  if (!rows[0]) throw new Error(`scan ${scanId} of ${instanceId}: page ${page} is not the one due (checkpoint moved under its lock)`);
  if (nextCursor === undefined) {
    // Kept on the scan's row (locked already): the site's row only ever takes share locks from jobs.
    await q.query(
      `UPDATE app_scans SET last_finished = jsonb_build_object(
         'scanId', scan_id, 'startedAt', started_at, 'finishedAt', finished_at, 'pages', pages, 'totals', totals)
       WHERE instance_id = $1 AND scan_id = $2`,
      [instanceId, scanId],
    );
  }
  return { totals: { ...NO_TOTALS, ...rows[0].totals }, startedAt: rows[0].started_at.toISOString() };
}

/** Locks a removed site whose grace has passed (FOR UPDATE: a re-install waits for the purge); false when it is not one. */
export async function lockRemovedForPurge(client: PoolClient, instanceId: string): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM app_sites WHERE instance_id = $1 AND status = 'removed' AND delete_after <= now() FOR UPDATE`,
    [instanceId],
  );
  return rowCount === 1;
}

/** A page failed for good: the scan ends there with the reason (the next scheduled scan starts over). */
export async function failScan(q: Queryable, instanceId: string, scanId: string, error: string): Promise<void> {
  await q.query(
    `UPDATE app_scans SET failed_at = now(), updated_at = now(), error = $3
     WHERE instance_id = $1 AND scan_id = $2 AND finished_at IS NULL AND failed_at IS NULL`,
    [instanceId, scanId, error],
  );
}

/** Forgets a purged site: its checkpoint, its cached token and its row (the caller deleted its review data). */
export async function forgetSite(q: Queryable, instanceId: string): Promise<void> {
  await q.query('DELETE FROM app_scans WHERE instance_id = $1', [instanceId]);
  await q.query('DELETE FROM app_tokens WHERE instance_id = $1', [instanceId]);
  await q.query('DELETE FROM app_sites WHERE instance_id = $1', [instanceId]);
}

interface SiteRow {
  instance_id: string;
  status: SiteStatus;
  installed_at: Date;
  removed_at: Date | null;
  delete_after: Date | null;
  last_finished?: { scanId: string; startedAt: string; finishedAt: string; pages: number; totals: Partial<ScanTotals> } | null;
  scan_id?: string | null;
  started_at?: Date | null;
  finished_at?: Date | null;
  failed_at?: Date | null;
  error?: string | null;
  pages?: number | null;
  totals?: Partial<ScanTotals> | null;
}

const SELECT_SITES = `SELECT s.*, c.scan_id, c.started_at, c.finished_at, c.failed_at, c.error, c.pages, c.totals, c.last_finished
  FROM app_sites s LEFT JOIN app_scans c USING (instance_id)`;

function toRecord(row: SiteRow): SiteRecord {
  const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);
  const finished = row.last_finished;
  return {
    instanceId: row.instance_id,
    status: row.status,
    installedAt: row.installed_at.toISOString(),
    ...(row.removed_at ? { removedAt: iso(row.removed_at), deleteAfter: iso(row.delete_after) } : {}),
    ...(row.scan_id && row.started_at ? {
      lastScan: {
        scanId: row.scan_id,
        startedAt: row.started_at.toISOString(),
        ...(row.finished_at ? { finishedAt: iso(row.finished_at) } : {}),
        ...(row.failed_at ? { failedAt: iso(row.failed_at), error: row.error ?? undefined } : {}),
        pages: row.pages ?? 0,
        totals: { ...NO_TOTALS, ...row.totals },
      },
    } : {}),
    ...(finished ? {
      lastFinishedScan: {
        scanId: finished.scanId,
        startedAt: new Date(finished.startedAt).toISOString(),
        finishedAt: new Date(finished.finishedAt).toISOString(),
        pages: finished.pages,
        totals: { ...NO_TOTALS, ...finished.totals },
      },
    } : {}),
    ...(row.failed_at && row.error ? { lastError: { at: row.failed_at.toISOString(), message: row.error } } : {}),
  };
}
