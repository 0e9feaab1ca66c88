import type { AppJobs } from '../../worker/app/jobs.js';
import type { SiteRegistry } from '../../worker/app/site-registry.js';

/** What serve --app asks of the sites registry (src/worker/app/site-registry.ts). */
export type AppSites = Pick<SiteRegistry, 'register' | 'remove' | 'get' | 'list'>;

/** What serve --app asks of the job queue (src/worker/app/jobs.ts): it only sends jobs and reads their state; workers run them. */
export type AppQueue = Pick<AppJobs, 'enqueueScan' | 'enqueueRescan' | 'depthBySite' | 'failures'>;
