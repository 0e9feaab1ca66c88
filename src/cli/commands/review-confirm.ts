import type { CliContext } from '../context.js';
import { act } from './review-act.js';

/** `aboutmod review confirm ID|--all`: keeps the removal, in the placeholder's final words; undone by `review restore`. */
export default async function (ctx: CliContext, args: string[], opts: Record<string, unknown>): Promise<void> {
  await act('confirm', ctx, args, opts);
}
