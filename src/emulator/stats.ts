import type { SiteContext } from './routes.js';
import type { DeliveryStats } from './webhook-delivery.js';

/** The route kinds always appear (0 when unused), so a test or bench can read `stats.update` directly. */
/** One site's counts; webhooks are the app's (one delivery queue for every site). */
export function statsBody(site: Pick<SiteContext, 'counts' | 'load' | 'store'>, webhooks: DeliveryStats): Record<string, unknown> {
  const { counts } = site;
  const kinds: Record<string, number> = { query: 0, get: 0, update: 0, create: 0, delete: 0, member: 0, email: 0, token: 0, memberEdit: 0, fault429: 0, fault503: 0, fault500: 0, rateLimited: 0, authFailures: 0 };
  const byRoute: Record<string, number> = {};
  for (const [k, v] of counts) (k.includes(' ') ? byRoute : kinds)[k] = v;
  return { ...kinds, byRoute, maxInFlight: site.load.maxInFlight, webhooks: { ...webhooks }, abouts: site.store.size };
}
