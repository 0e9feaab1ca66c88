import { databaseUrl } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { migrate } from '../../review/pg/migrate.js';
import { siteCounts } from '../../review/pg/pg-store.js';
import { createPgPool, pgConnectError, serverName } from '../../review/pg/pool.js';
import { openAppJobs, type AppJobs, type JobFailure, type SiteDepth } from '../../worker/app/jobs.js';
import { createSiteRegistry, type SiteRecord, type SiteRegistry } from '../../worker/app/site-registry.js';
import type { CliContext } from '../context.js';

/** One site as `aboutmod sites` shows it. */
export interface SiteReport extends SiteRecord {
  /** Abouts read by the last finished scan. */
  abouts: number | null;
  /** The scan running now: pages done so far. */
  scanning: { scanId: string; startedAt: string; pages: number; abouts: number } | null;
  queue: SiteDepth;
  /** Review items waiting for a reviewer (pending and replaced). */
  openItems: number;
  /** Notices recorded and not sent yet. */
  notices: number;
  /** The newest job failures, newest first. */
  errors: JobFailure[];
}

const ERRORS_PER_SITE = 3;

/**
 * `aboutmod sites [--json]`: every site the app serves, with its scans, queue and errors.
 * `aboutmod sites add ID` installs a site by hand and starts its first scan; `aboutmod sites remove ID`
 * removes one (its data is deleted after app.removalGraceSeconds). For operators without the app's
 * webhooks; serve --app does the same on install and remove events.
 */
export default async function sites(ctx: CliContext): Promise<void> {
  await withApp(ctx, (registry, jobs) => list(ctx, registry, jobs));
}

/** `sites add` and `sites remove` (./sites-add.ts, ./sites-remove.ts). */
export function changeSite(ctx: CliContext, action: 'add' | 'remove', instanceId: string): Promise<void> {
  return withApp(ctx, (registry, jobs) => change(ctx, action, instanceId, registry, jobs));
}

/** The registry and the job queues on DATABASE_URL (migrated first), closed when `fn` ends. */
async function withApp(ctx: CliContext, fn: (registry: SiteRegistry, jobs: AppJobs) => Promise<void>): Promise<void> {
  const url = databaseUrl();
  const pool = createPgPool(url, ctx.logger);
  let jobs: AppJobs | undefined;
  try {
    try {
      await migrate(pool);
      jobs = await openAppJobs({ pool, config: ctx.loaded.config, logger: ctx.logger });
    } catch (err) {
      throw pgConnectError(err, serverName(url));
    }
    await fn(createSiteRegistry(pool), jobs);
  } finally {
    await jobs?.stop(1000);
    await pool.end();
  }
}

async function change(ctx: CliContext, action: 'add' | 'remove', instanceId: string, registry: SiteRegistry, jobs: AppJobs): Promise<void> {
  if (!instanceId.trim()) throw new UsageError(`sites ${action}: expected an instance id`);
  if (action === 'add') {
    const { created, reactivated } = await registry.register(instanceId);
    const scan = await jobs.enqueueScan(instanceId);
    const what = created ? 'added' : reactivated ? 'reactivated (its data was kept)' : 'already active';
    ctx.print({ instanceId, created, reactivated, scanId: scan?.scanId ?? null },
      () => `${instanceId}: ${what}; ${scan ? 'full scan queued' : 'a scan is already running'}`);
    return;
  }
  const graceMs = ctx.loaded.config.app.removalGraceSeconds * 1000;
  const removed = await registry.remove(instanceId, graceMs);
  if (!removed) {
    const site = await registry.get(instanceId);
    throw new UsageError(`sites remove ${instanceId}: ${site ? 'already removed' : 'no such site'}`);
  }
  ctx.print({ instanceId, removedAt: removed.removedAt, deleteAfter: removed.deleteAfter },
    () => `${instanceId}: removed; its data is deleted after ${removed.deleteAfter}`);
}

async function list(ctx: CliContext, registry: SiteRegistry, jobs: AppJobs): Promise<void> {
  const [records, depth] = await Promise.all([registry.list(), jobs.depthBySite()]);
  const reports: SiteReport[] = [];
  for (const site of records) {
    const [counts, errors] = await Promise.all([siteCounts(jobs.pool, site.instanceId), jobs.failures(site.instanceId, ERRORS_PER_SITE)]);
    const scan = site.lastScan;
    reports.push({
      ...site,
      abouts: site.lastFinishedScan?.totals.scanned ?? null,
      scanning: scan && !scan.finishedAt && !scan.failedAt
        ? { scanId: scan.scanId, startedAt: scan.startedAt, pages: scan.pages, abouts: scan.totals.scanned }
        : null,
      queue: depth.get(site.instanceId) ?? { queued: 0, active: 0, byQueue: {} },
      openItems: counts.items.pending + counts.items.replaced,
      notices: counts.notices,
      errors,
    });
  }
  ctx.print({ sites: reports }, () => table(reports));
}

function table(reports: SiteReport[]): string {
  if (reports.length === 0) return 'no sites yet: install the app on a site, or `aboutmod sites add INSTANCE_ID`';
  const rows = reports.map((r) => {
    const last = r.lastFinishedScan;
    return [
      r.instanceId,
      r.status === 'removed' ? `removed (purge ${r.deleteAfter?.slice(0, 16)})` : 'active',
      r.abouts === null ? '-' : String(r.abouts),
      last ? `${(last.finishedAt ?? last.startedAt).slice(0, 16)}: ${last.totals.flagged} flagged, ${last.totals.replaced} replaced, ${last.totals.errors} errors` : '-',
      r.scanning ? `page ${r.scanning.pages + 1} (${r.scanning.abouts} read)` : r.lastScan?.failedAt ? 'failed' : '-',
      `${r.queue.queued}+${r.queue.active}`,
      String(r.openItems),
      r.errors[0] ? `${r.errors.length}: ${r.errors[0].message}` : '-',
    ];
  });
  const header = ['SITE', 'STATUS', 'ABOUTS', 'LAST SCAN', 'SCANNING', 'QUEUED+RUNNING', 'OPEN ITEMS', 'ERRORS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}
