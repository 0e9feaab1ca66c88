import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createPgPool } from '../../src/review/pg/pool.js';
import { migrate } from '../../src/review/pg/migrate.js';

/** The server tests use (an admin role that may create databases); CI starts it with scripts/postgres-dev.sh. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://aboutmod:aboutmod@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** DATABASE_URL of this file's own database. */
  readonly url: string;
  /** A new pool on it (each one is "a process's view"); all are ended before the database is dropped. */
  pool(): pg.Pool;
}

/**
 * A fresh database for the calling test file (`aboutmod_test_<random>`), created before its tests and
 * dropped after them; `migrated` applies the schema first. A server that cannot be reached fails the
 * file with one line saying how to start one: these tests are never skipped.
 */
export function usePostgres({ migrated = true }: { migrated?: boolean } = {}): TestDatabase {
  const name = `aboutmod_test_${randomBytes(6).toString('hex')}`;
  const url = withDatabase(ADMIN_URL, name);
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    if (migrated) {
      const pool = createPgPool(url);
      try {
        await migrate(pool);
      } finally {
        await pool.end();
      }
    }
  });
  afterAll(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end().catch(() => {})));
    // FORCE: a spawned process a test killed may still hold a connection.
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return {
    url,
    pool() {
      const pool = createPgPool(url);
      pools.push(pool);
      return pool;
    },
  };
}

/** One statement on the admin database, with a one-line hint when the server is not there. */
async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`PostgreSQL not reachable at TEST_DATABASE_URL (${(err as Error).message || (err as { code?: string }).code}): run \`sudo scripts/postgres-dev.sh\` once`);
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
