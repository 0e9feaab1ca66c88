import pg from 'pg';
import { JobError } from '../../errors.js';
import { createLogger, type Logger } from '../../log.js';

/**
 * Connections per process. A process runs one statement per store call (a transaction at most), and
 * every process of every site shares the server's max_connections (100 by default): a few each leaves
 * room for many workers, pg-boss and an operator's psql.
 */
const POOL_MAX = 5;

/**
 * A pool for `databaseUrl` (read and checked by databaseUrl() in src/config/secrets.ts). A connection
 * that dies while idle (server restart, failover) is logged and dropped; the pool opens a fresh one on
 * next use, so the process does not crash.
 */
export function createPgPool(databaseUrl: string, logger: Logger = createLogger(), { max = POOL_MAX }: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // A worker holds one connection per job it runs (its site's lock), so it asks for more.
    max,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: 'aboutmod',
  });
  pool.on('error', (err) => logger.warn({ err: err.message }, 'PostgreSQL connection lost while idle; a new one is opened on next use'));
  return pool;
}

/** host:port/database of DATABASE_URL, for messages: never the user or password. */
export function serverName(databaseUrl: string | undefined): string {
  try {
    const { hostname, port, pathname } = new URL(databaseUrl ?? '');
    return `${hostname}:${port || 5432}${pathname}`;
  } catch {
    return 'the configured server';
  }
}

/**
 * A failure to reach or log in to the server as one line (exit 1) naming it; anything else as it is. pg
 * reports an unreachable server by errno codes (an AggregateError with an empty message when a name
 * resolves to several addresses), a refused login by SQLSTATE 28xxx, a missing database by 3D000, a
 * server shutting down by 57P0x.
 */
export function pgConnectError(err: unknown, server: string): unknown {
  const e = err as { code?: string; message?: string } | undefined;
  const code = e?.code ?? '';
  const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN'].includes(code)
    || /^(28|3D|57P0)/.test(code) || /^Connection terminated|timeout exceeded when trying to connect/i.test(e?.message ?? '');
  if (!unreachable) return err;
  return new JobError(`cannot reach PostgreSQL at ${server} (${e?.message || code})`, { cause: err });
}

/**
 * Runs `fn` in one transaction on one connection: COMMIT when it returns, ROLLBACK when it throws. With
 * `retry`, a failure it accepts (a deadlock, say) rolls back and runs `fn` again on a fresh connection,
 * up to `attempts` runs in all.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  { retry = () => false, attempts = 1 }: { retry?: (err: unknown) => boolean; attempts?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const value = await fn(client);
      await client.query('COMMIT');
      return value;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      if (attempt >= attempts || !retry(err)) throw err;
    } finally {
      client.release();
    }
  }
}
