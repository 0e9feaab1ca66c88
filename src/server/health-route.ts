import type { FastifyInstance } from 'fastify';
import type { HealthState } from './health.js';

export interface HealthRouteOptions {
  health: HealthState;
  queue: () => { depth: number; limit: number };
}

/** GET /healthz: 200 while serving, 503 once stopping (so a load balancer drains us). */
export async function healthRoute(app: FastifyInstance, opts: HealthRouteOptions): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    const snapshot = opts.health.snapshot(opts.queue());
    return reply.code(snapshot.status === 'ok' ? 200 : 503).header('cache-control', 'no-store').send(snapshot);
  });
}
