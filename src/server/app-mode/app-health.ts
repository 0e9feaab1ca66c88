import type { FastifyInstance } from 'fastify';
import { describeError } from '../../errors.js';
import { OPEN_STATUSES, type ReviewStatus } from '../../review/index.js';
import type { SiteCounts } from '../../review/pg/pg-store.js';
import type { JobFailure, SiteDepth } from '../../worker/app/jobs.js';
import type { SiteRecord, SiteScan } from '../../worker/app/site-registry.js';
import type { HealthSnapshot, HealthState } from '../health.js';
import type { AppQueue, AppSites } from './types.js';

/** Sites listed one by one on /healthz: the busiest; the rest are in the totals. */
export const HEALTH_TOP_SITES = 20;
/** Recent job failures read (one query) to give each listed site its latest. */
const RECENT_FAILURES = 100;

export interface SiteHealth {
  instanceId: string;
  status: SiteRecord['status'];
  jobs: { queued: number; active: number };
  /** Review items awaiting a decision (pending or replaced). */
  openItems: number;
  /** The scan running now, or the last one to end. */
  lastScan: SiteScan | null;
  /** The latest of its scan's failure and its jobs' recent failures (with the queue's name). */
  lastError: { at: string; message: string; queue?: string } | null;
}

export interface AppHealthSnapshot extends Pick<HealthSnapshot, 'startedAt' | 'uptimeSeconds' | 'lastError' | 'webhooks'> {
  /** degraded: the database cannot be read (webhooks get 500 and Wix retries them). */
  status: 'ok' | 'degraded' | 'stopping';
  sites: { active: number; removed: number };
  jobs: { queued: number; active: number };
  /** At most HEALTH_TOP_SITES: most jobs first, then the most recent error. Counts and times only, never member data. */
  busiest: SiteHealth[];
  database?: { error: string };
}

export interface AppHealthOptions {
  health: HealthState;
  sites: Pick<AppSites, 'list'>;
  jobs: Pick<AppQueue, 'depthBySite' | 'failures'>;
  counts(site: string): Promise<SiteCounts>;
}

/**
 * Orders sites for /healthz (pure): most jobs waiting or running, then the most recent error, then id.
 */
export function busiestSites(sites: readonly SiteRecord[], depth: ReadonlyMap<string, SiteDepth>, top: number): SiteRecord[] {
  const load = (s: SiteRecord) => (depth.get(s.instanceId)?.queued ?? 0) + (depth.get(s.instanceId)?.active ?? 0);
  return [...sites].sort((a, b) => load(b) - load(a)
    || (b.lastError?.at ?? '').localeCompare(a.lastError?.at ?? '')
    || a.instanceId.localeCompare(b.instanceId)).slice(0, top);
}

/** GET /healthz of serve --app: the service's own figures, totals over every site, and the busiest sites one by one. */
export async function appHealthRoute(app: FastifyInstance, opts: AppHealthOptions): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    const { status, startedAt, uptimeSeconds, lastError, webhooks } = opts.health.snapshot({ depth: 0, limit: 0 });
    const base = { startedAt, uptimeSeconds, lastError, webhooks };
    let snapshot: AppHealthSnapshot;
    try {
      snapshot = { status: status === 'stopping' ? 'stopping' : 'ok', ...base, ...(await perSite(opts)) };
    } catch (err) {
      snapshot = {
        status: status === 'stopping' ? 'stopping' : 'degraded', ...base,
        sites: { active: 0, removed: 0 }, jobs: { queued: 0, active: 0 }, busiest: [], database: { error: describeError(err).slice(0, 300) },
      };
    }
    // Degraded stays 200: draining this process would not bring the database back (as for one site's scorer).
    return reply.code(snapshot.status === 'stopping' ? 503 : 200).header('cache-control', 'no-store').send(snapshot);
  });
}

async function perSite(opts: AppHealthOptions): Promise<Pick<AppHealthSnapshot, 'sites' | 'jobs' | 'busiest'>> {
  const [sites, depth, failures] = await Promise.all([opts.sites.list(), opts.jobs.depthBySite(), opts.jobs.failures(undefined, RECENT_FAILURES)]);
  const jobs = { queued: 0, active: 0 };
  for (const d of depth.values()) {
    jobs.queued += d.queued;
    jobs.active += d.active;
  }
  const busiest = await Promise.all(busiestSites(sites, depth, HEALTH_TOP_SITES).map(async (site): Promise<SiteHealth> => {
    const counts = await opts.counts(site.instanceId);
    return {
      instanceId: site.instanceId,
      status: site.status,
      jobs: { queued: depth.get(site.instanceId)?.queued ?? 0, active: depth.get(site.instanceId)?.active ?? 0 },
      openItems: OPEN_STATUSES.reduce((n, s: ReviewStatus) => n + counts.items[s], 0),
      lastScan: site.lastScan ?? null,
      lastError: latestError(site, failures),
    };
  }));
  return {
    sites: { active: sites.filter((s) => s.status === 'active').length, removed: sites.filter((s) => s.status === 'removed').length },
    jobs,
    busiest,
  };
}

/** A site's latest error: its scan's, or its newest recent job failure (failures come newest first). */
function latestError(site: SiteRecord, failures: readonly JobFailure[]): SiteHealth['lastError'] {
  const job = failures.find((f) => f.site === site.instanceId);
  const fromJob = job && { at: job.at, message: job.message, queue: job.queue };
  if (!site.lastError) return fromJob ?? null;
  return fromJob && fromJob.at > site.lastError.at ? fromJob : site.lastError;
}
