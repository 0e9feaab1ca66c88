import type { FastifyInstance } from 'fastify';
import type { CryptoKey } from 'jose';
import type { Pool } from 'pg';
import type { Config } from '../../config/index.js';
import type { Logger } from '../../log.js';
import { noticeOnRestore } from '../../notify/index.js';
import { openPgReviewStore, siteCounts } from '../../review/pg/pg-store.js';
import { createWixClient } from '../../wix/index.js';
import { createPgTokenCache } from '../../wix/pg-token-cache.js';
import { createFastify } from '../app.js';
import { HealthState } from '../health.js';
import { Nicknames } from '../review-page/nicknames.js';
import type { SiteDeps } from '../review-page/page-context.js';
import { appHealthRoute } from './app-health.js';
import { appWebhookRoute } from './app-webhook-route.js';
import { dashboardPlugin } from './dashboard.js';
import { perSite } from '../../worker/app/per-site.js';
import type { AppQueue, AppSites } from './types.js';

/** Connections of serve --app's pool: webhooks of many sites arrive at once, each a few statements. */
export const APP_POOL_MAX = 20;

export interface AppServerDeps {
  config: Config;
  logger: Logger;
  /** The database of the store, the sites registry, the job queue and the token cache (APP_POOL_MAX connections). */
  pool: Pool;
  /** WIX_WEBHOOK_PUBLIC_KEY (importWebhookKey): the app's one key for every site's webhooks. */
  publicKey: CryptoKey;
  /** WIX_APP_ID and WIX_APP_SECRET: a site's Wix client (OAuth per instance) and the dashboard's instance signature. */
  appId: string;
  appSecret: string;
  /** SESSION_SECRET; without it there is no dashboard (serve logs it). */
  sessionSecret?: string;
  sites: AppSites;
  jobs: AppQueue;
  health?: HealthState;
}

export interface AppModeServer {
  app: FastifyInstance;
  health: HealthState;
}

/**
 * `aboutmod serve --app`, unstarted: one webhook endpoint for every site, /healthz with per-site
 * figures, and (with SESSION_SECRET) the dashboard page. It only sends jobs; `aboutmod worker`
 * processes run them (docs/app-mode.md).
 */
export async function buildAppServer(deps: AppServerDeps): Promise<AppModeServer> {
  const { config, logger, pool } = deps;
  const health = deps.health ?? new HealthState();
  const store = perSite((site) => openPgReviewStore(pool, site));
  const tokenCache = createPgTokenCache(pool);
  // A reviewer's restore or confirm writes to Wix as the app on that site, with the token the workers share.
  const siteDeps = perSite(async (site): Promise<SiteDeps> => {
    const siteStore = await store(site);
    const wix = createWixClient({
      ...config.wix, credentials: { kind: 'oauth', appId: deps.appId, appSecret: deps.appSecret, instanceId: site }, tokenCache, logger,
    });
    return { store: siteStore, wix, nicknames: new Nicknames(wix), onRestored: noticeOnRestore({ config, store: siteStore, wix, logger }) };
  });

  const app = createFastify(config, logger);
  await app.register(appWebhookRoute, {
    key: deps.publicKey,
    bodyLimit: config.server.bodyLimitBytes,
    health,
    sites: deps.sites,
    jobs: deps.jobs,
    storeFor: store,
    removalGraceMs: config.app.removalGraceSeconds * 1000,
  });
  await app.register(appHealthRoute, { health, sites: deps.sites, jobs: deps.jobs, counts: (site) => siteCounts(pool, site) });
  if (deps.sessionSecret) {
    await app.register(dashboardPlugin({
      sessionSecret: deps.sessionSecret,
      appSecret: deps.appSecret,
      confirmedPlaceholder: config.policy.confirmedPlaceholder,
      sites: deps.sites,
      siteDeps,
    }));
  }
  return { app, health };
}
