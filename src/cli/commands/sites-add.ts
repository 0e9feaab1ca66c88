import type { CliContext } from '../context.js';
import { changeSite } from './sites.js';

/** `aboutmod sites add INSTANCE_ID` (./sites.ts). */
export default async function sitesAdd(ctx: CliContext, args: string[]): Promise<void> {
  await changeSite(ctx, 'add', args[0]!);
}
