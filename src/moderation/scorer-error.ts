import { JobError } from '../errors.js';

/**
 * The scorer could not reach a verdict (provider unreachable, rate limited past its retries, refused,
 * truncated...). The caller leaves the About as it is and retries later: never a flag, never a pass.
 */
export class ScorerError extends JobError {}
