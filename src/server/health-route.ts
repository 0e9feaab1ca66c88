import type { FastifyInstance } from 'fastify';
import type { HealthState } from './health.js';

export interface HealthRouteOptions {
  health: HealthState;
  queue: () => { depth: number; limit: number };
}

/**
 * GET /healthz: 200 while serving, degraded included (webhooks are still taken and retried later, so
 * draining us would not help), 503 once stopping (so a load balancer drains us).
 */
export async function healthRoute(app: FastifyInstance, opts: HealthRouteOptions): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    const snapshot = opts.health.snapshot(opts.queue());
    return reply.code(snapshot.status === 'stopping' ? 503 : 200).header('cache-control', 'no-store').send(snapshot);
  });
}
