import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '../log.js';

/**
 * One JSON line per request (method, route, status, time, plus whatever the handler noted, e.g. why a
 * webhook was refused), written when the response is done. Fastify's own two request lines are off.
 */
const notes = new WeakMap<FastifyRequest, Record<string, unknown>>();

/** Adds fields to this request's log line (reasons, outcomes; never bodies or member text). */
export function noteRequest(request: FastifyRequest, fields: Record<string, unknown>): void {
  notes.set(request, { ...notes.get(request), ...fields });
}

export function logEveryRequest(app: FastifyInstance, logger: Logger): void {
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const line = {
      reqId: request.id,
      method: request.method,
      // The route pattern, not the raw URL: query strings may carry anything.
      url: request.routeOptions.url ?? request.url.split('?')[0],
      status,
      ms: Math.round(reply.elapsedTime),
      ...notes.get(request),
    };
    if (status >= 500) logger.error(line, 'request');
    else if (status >= 400) logger.warn(line, 'request');
    else logger.info(line, 'request');
  });
}
