import type { CliContext } from '../context.js';
import { changeSite } from './sites.js';

/** `aboutmod sites remove INSTANCE_ID` (./sites.ts). */
export default async function sitesRemove(ctx: CliContext, args: string[]): Promise<void> {
  await changeSite(ctx, 'remove', args[0]!);
}
