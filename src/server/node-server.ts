import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Config } from '../config/index.js';

/** How often Node looks for requests past their timeout, at most; its own default is every 30 s. */
const MAX_TIMEOUT_CHECK_MS = 1_000;

/**
 * Builds the Node HTTP server Fastify serves on (its `serverFactory`) with every limit in
 * `config.server` applied at construction. Fastify's own `requestTimeout` option is set on the server
 * after Node has created it, and Node does not hold it then: on Node 20 a body trickled a byte a second
 * was still open after 40 s with a 1 s timeout. Given here, such a request gets 408 and its socket
 * is closed within the timeout plus one check (docs/server-limits.md).
 */
export function limitedServerFactory(limits: Config['server']) {
  return (handler: (req: IncomingMessage, res: ServerResponse) => void): Server => {
    const server = createServer({
      requestTimeout: limits.requestTimeoutMs,
      // Headers are part of the request; Node refuses a headers timeout longer than the request's.
      headersTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(MAX_TIMEOUT_CHECK_MS, limits.requestTimeoutMs),
    }, handler);
    server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
    // Beyond the cap Node closes each new connection as it is accepted: a flood costs sockets, not memory.
    server.maxConnections = limits.maxConnections;
    return server;
  };
}
