import type { CliContext } from '../context.js';
import { act } from './review-act.js';

/** `aboutmod review restore ID|--all`: puts originals back, only over our own placeholder. */
export default async function (ctx: CliContext, args: string[], opts: Record<string, unknown>): Promise<void> {
  await act('restore', ctx, args, opts);
}
