import { once } from 'node:events';
import { openStoreForCommand } from '../../review/index.js';
import type { CliContext } from '../context.js';

/**
 * `aboutmod review export`: every item with its original and history, one JSON object per line,
 * oldest first, written with backpressure so a large queue streams into a pipe. No recovery: a
 * backup must work offline, and a pending item is exported as exactly what the store holds.
 */
export default async function (ctx: CliContext): Promise<void> {
  const { store } = await openStoreForCommand(ctx, { recover: false });
  try {
    const items = (await store.list()).reverse();
    for (const item of items) {
      if (!ctx.stdout.write(`${JSON.stringify(item)}\n`)) await once(ctx.stdout, 'drain');
    }
  } finally {
    await store.close();
  }
}
