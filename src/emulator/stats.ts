import type { RouteContext } from './routes.js';

/** The route kinds always appear (0 when unused), so a test or bench can read `stats.update` directly. */
export function statsBody(ctx: Pick<RouteContext, 'counts' | 'load' | 'store' | 'extras'>): Record<string, unknown> {
  const { counts } = ctx;
  const kinds: Record<string, number> = { query: 0, get: 0, update: 0, create: 0, delete: 0, member: 0, email: 0, token: 0, memberEdit: 0, fault429: 0, fault503: 0, fault500: 0, authFailures: 0 };
  const byRoute: Record<string, number> = {};
  for (const [k, v] of counts) (k.includes(' ') ? byRoute : kinds)[k] = v;
  return { ...kinds, byRoute, maxInFlight: ctx.load.maxInFlight, webhooks: { ...ctx.extras.webhooks() }, abouts: ctx.store.size };
}
