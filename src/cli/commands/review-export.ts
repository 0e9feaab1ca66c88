import type { CliContext } from '../context.js';
import { JobError } from '../../errors.js';

export default async function (_ctx: CliContext, _args: string[], _opts: Record<string, unknown>): Promise<void> {
  throw new JobError('review-export: not implemented yet');
}
