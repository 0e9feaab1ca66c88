import type { Pool } from 'pg';
import { inTransaction } from '../review/pg/pool.js';
import type { CachedToken, TokenCache } from './auth.js';

/** First key (int4) of the advisory locks taken per instance while its token is fetched (any constant no other code uses). */
const TOKEN_LOCK_SPACE = 420_731_002;

/**
 * OAuth access tokens per instance in PostgreSQL (app_tokens), shared by every worker: a worker reads
 * the table before it asks Wix, and only one process at a time fetches a new token for an instance (an
 * advisory lock per instance; the others wait for it, then read the token it stored), so N workers
 * starting at once cost one token request per site, not N. A 401 deletes exactly the token it proved dead.
 */
export function createPgTokenCache(pool: Pool): TokenCache {
  const read = async (q: Pick<Pool, 'query'>, instanceId: string): Promise<CachedToken | undefined> => {
    const { rows } = await q.query<{ token: string; valid_until: Date }>(
      'SELECT token, valid_until FROM app_tokens WHERE instance_id = $1 AND valid_until > now()',
      [instanceId],
    );
    return rows[0] ? { token: rows[0].token, validUntil: rows[0].valid_until.getTime() } : undefined;
  };
  return {
    async obtain(instanceId, request) {
      const stored = await read(pool, instanceId);
      if (stored) return stored;
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [TOKEN_LOCK_SPACE, instanceId]);
        // Another process may have stored one while this one waited for the lock.
        const fresh = (await read(client, instanceId)) ?? await request();
        await client.query(
          `INSERT INTO app_tokens (instance_id, token, valid_until) VALUES ($1, $2, to_timestamp($3 / 1000.0))
           ON CONFLICT (instance_id) DO UPDATE SET token = EXCLUDED.token, valid_until = EXCLUDED.valid_until`,
          [instanceId, fresh.token, fresh.validUntil],
        );
        return fresh;
      });
    },
    async invalidate(instanceId, token) {
      await pool.query('DELETE FROM app_tokens WHERE instance_id = $1 AND token = $2', [instanceId, token]);
    },
  };
}
