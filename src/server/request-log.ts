import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../log.js';

/**
 * One JSON line per request (method, route, status, time, plus whatever the handler noted, e.g. why a
 * webhook was refused), written when the response is done, or when it is ready if the client has left.
 * Fastify's own two request lines are off.
 */
const notes = new WeakMap<FastifyRequest, Record<string, unknown>>();

/** Adds fields to this request's log line (reasons, outcomes; never bodies or member text). */
export function noteRequest(request: FastifyRequest, fields: Record<string, unknown>): void {
  notes.set(request, { ...notes.get(request), ...fields });
}

export function logEveryRequest(app: FastifyInstance, logger: Logger): void {
  const logged = new WeakSet<FastifyRequest>();
  const writeLine = (request: FastifyRequest, reply: FastifyReply, extra?: Record<string, unknown>): void => {
    if (logged.has(request)) return;
    logged.add(request);
    const status = reply.statusCode;
    const line = {
      reqId: request.id,
      method: request.method,
      // The route pattern, not the raw URL: query strings may carry anything.
      url: request.routeOptions.url ?? request.url.split('?')[0],
      status,
      ms: Math.round(reply.elapsedTime),
      ...notes.get(request),
      ...extra,
    };
    if (status >= 500) logger.error(line, 'request');
    else if (status >= 400) logger.warn(line, 'request');
    else logger.info(line, 'request');
  };
  app.addHook('onResponse', async (request, reply) => writeLine(request, reply));
  // A client that hung up before the answer was ready (Wix gives a webhook 1250 ms) gets no onResponse:
  // the line is written as the answer is sent instead, so what was done (a rescan queued) is still logged.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.raw.destroyed) writeLine(request, reply, { clientLeft: true });
    return payload;
  });
}
