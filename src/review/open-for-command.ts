import { resolveConfigPath, type LoadedConfig } from '../config/index.js';
import type { Logger } from '../log.js';
import { isPlaceholder } from '../ricos/index.js';
import { createWixClientFromConfig } from '../wix/index.js';
import type { WixApi } from '../wix/types.js';
import { openReviewStore, type LowdbReviewStore } from './lowdb-store.js';
import { recoverPending } from './recover.js';

export interface CommandStore {
  store: LowdbReviewStore;
  /** The Wix client, created on first use: commands that never reach Wix need no credentials. */
  wix(): WixApi;
}

/**
 * Opens the review store at `store.path` (relative to the config file) and first settles items a
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
  const store = await openReviewStore(resolveConfigPath(ctx.loaded, config.store.path));
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
