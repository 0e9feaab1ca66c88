import { databaseUrl, resolveConfigPath, type LoadedConfig } from '../config/index.js';
import type { Logger } from '../log.js';
import { isPlaceholder } from '../ricos/index.js';
import { createWixClientFromConfig } from '../wix/index.js';
import type { WixApi } from '../wix/types.js';
import { openReviewStore } from './lowdb-store.js';
import { migrate } from './pg/migrate.js';
import { openPgReviewStore } from './pg/pg-store.js';
import { createPgPool, pgConnectError, serverName } from './pg/pool.js';
import { recoverPending } from './recover.js';
import type { ReviewStore } from './types.js';

export interface CommandStore {
  store: ReviewStore;
  /** The Wix client, created on first use: commands that never reach Wix need no credentials. */
  wix(): WixApi;
}

/**
 * Opens the configured review store (store.kind: the file at `store.path`, relative to the config file,
 * or this site's part of the PostgreSQL database, migrated first) and first settles items a
 * crashed run left pending, so every command sees a queue that matches Wix. Recovery is skipped
 * with `recover: false` (dry runs, and exports, which must work offline) and when nothing is
 * pending, so a queue without pending items needs no Wix credentials to read.
 */
export async function openStoreForCommand(
  ctx: { loaded: LoadedConfig; logger: Logger },
  { recover = true, wix }: { recover?: boolean; wix?: WixApi } = {},
): Promise<CommandStore> {
  const { config } = ctx.loaded;
  let client = wix;
  const getWix = () => (client ??= createWixClientFromConfig(config, process.env, ctx.logger));
  const store = config.store.kind === 'postgres'
    ? await openSitePgStore(ctx.logger)
    : await openReviewStore(resolveConfigPath(ctx.loaded, config.store.path));
  try {
    const recovery = recover ? await recoverPending(store, getWix, { isPlaceholder }) : undefined;
    if (recovery && recovery.unresolved > 0) {
      ctx.logger.warn({ unresolved: recovery.unresolved }, 'Wix did not answer for some pending review items; they stay pending');
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  return { store, wix: getWix };
}

/**
 * The site a single-site install keeps its rows under in PostgreSQL: its Wix instance id (OAuth), else
 * its site id (API key), else "default", so a later move to many sites finds the site's rows by its id.
 */
export function singleSiteKey(env: NodeJS.ProcessEnv = process.env): string {
  return env.WIX_INSTANCE_ID || env.WIX_SITE_ID || 'default';
}

/** A pool of the command's own on DATABASE_URL, the schema brought up to date, this site's store (which ends the pool on close). */
async function openSitePgStore(logger: Logger): Promise<ReviewStore> {
  const url = databaseUrl();
  const pool = createPgPool(url, logger);
  try {
    const { applied } = await migrate(pool).catch((err: unknown) => {
      throw pgConnectError(err, serverName(url));
    });
    if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
    return await openPgReviewStore(pool, singleSiteKey(), { ownPool: true });
  } catch (err) {
    await pool.end();
    throw err;
  }
}
