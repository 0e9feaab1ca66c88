import pg from 'pg';
import { ConfigError, JobError } from '../../errors.js';
import { createLogger, type Logger } from '../../log.js';

/**
 * Connections per process. A process runs one statement per store call (a transaction at most), and
 * every process of every site shares the server's max_connections (100 by default): a few each leaves
 * room for many workers, pg-boss and an operator's psql.
 */
const POOL_MAX = 5;

/**
 * A pool for DATABASE_URL. A malformed URL is one line (exit 2), naming the variable, never its value
 * (it holds the password). A connection that dies while idle (server restart, failover) is logged and
 * dropped; the pool opens a fresh one on next use, so the process does not crash.
 */
export function createPgPool(databaseUrl: string, logger: Logger = createLogger()): pg.Pool {
  assertDatabaseUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: POOL_MAX,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: 'aboutmod',
  });
  pool.on('error', (err) => logger.warn({ err: err.message }, 'PostgreSQL connection lost while idle; a new one is opened on next use'));
  return pool;
}

/** Throws ConfigError unless `url` is a postgres:// (or postgresql://) URL with a host. */
export function assertDatabaseUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    // reported below, without the value
  }
  if (!parsed || !/^postgres(ql)?:$/.test(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError('DATABASE_URL: malformed (expected postgres://user:password@host:port/database)');
  }
}

/**
 * A connection failure as one line (exit 1) naming the server, without credentials; anything else as it is.
 * pg reports an unreachable server by errno codes, a refused login by SQLSTATE 28xxx, a missing database 3D000.
 */
export function pgConnectError(err: unknown, databaseUrl: string): unknown {
  const code = (err as { code?: string } | undefined)?.code ?? '';
  const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN'].includes(code)
    || /^(28|3D|57P0)/.test(code) || /timeout|terminated/i.test((err as Error | undefined)?.message ?? '');
  if (!unreachable) return err;
  const { hostname, port, pathname } = new URL(databaseUrl);
  return new JobError(`cannot reach PostgreSQL at ${hostname}:${port || 5432}${pathname} (${code || (err as Error).message})`, { cause: err });
}
