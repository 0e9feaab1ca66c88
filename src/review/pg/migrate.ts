import type { Pool } from 'pg';
import { MIGRATIONS, type Migration } from './migrations.js';
import { inTransaction } from './pool.js';

/** Key of the advisory lock that serialises migrations (any constant no other code uses). */
const MIGRATION_LOCK = 4_207_310_001;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order, in one transaction under a
 * transaction-scoped advisory lock: processes starting at once queue on the lock, and each finds what
 * the one before it applied, so every migration runs once. A failed migration rolls back whole.
 */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<{ applied: number[] }> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return { applied };
  });
}
