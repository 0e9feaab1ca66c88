import { databaseUrl } from '../../config/index.js';
import { migrate } from '../../review/pg/migrate.js';
import { MIGRATIONS } from '../../review/pg/migrations.js';
import { createPgPool, pgConnectError, serverName } from '../../review/pg/pool.js';
import type { CliContext } from '../context.js';

/**
 * `aboutmod migrate`: brings the PostgreSQL schema at DATABASE_URL up to date (commands on a postgres
 * store do it when they start too; this is for deploys that migrate first). Safe beside running
 * processes and other migrates: each migration is applied once.
 */
export default async function (ctx: CliContext): Promise<void> {
  const url = databaseUrl();
  const pool = createPgPool(url, ctx.logger);
  let applied: number[];
  try {
    ({ applied } = await migrate(pool));
  } catch (err) {
    throw pgConnectError(err, serverName(url));
  } finally {
    await pool.end();
  }
  const names = applied.map((v) => `${v} ${MIGRATIONS.find((m) => m.version === v)?.name ?? ''}`.trim());
  ctx.print({ applied, server: serverName(url) }, () => (names.length === 0
    ? `${serverName(url)}: schema up to date, nothing applied`
    : `${serverName(url)}: applied ${names.map((n) => `migration ${n}`).join(', ')}`));
}
