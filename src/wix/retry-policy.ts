/**
 * The client's whole retry policy (wix-api.md sections 6 and 7), in one place: which failures are
 * worth another attempt and how long to wait before it.
 */

/** Statuses Wix documents as transient. 409 is a revision conflict (re-decide, never resend); 401 is
 * handled by the token refresh, not here; other 4xx mean the request itself is wrong. */
const RETRYABLE_STATUSES = new Set([429, 500, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

export interface BackoffOptions {
  /** First backoff ceiling; doubles per attempt. */
  baseDelayMs: number;
  /** Largest backoff ceiling. */
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseDelayMs: 500, maxDelayMs: 8_000 };

/** Longest Retry-After we honour; a larger one is treated as absent (a broken header must not park a scan). */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Wait before retry number `attempt` (0-based): the server's Retry-After when present and sane, else
 * exponential backoff with full jitter, so many workers throttled together do not return in step.
 */
export function retryDelayMs(attempt: number, retryAfter: string | null, backoff: BackoffOptions = DEFAULT_BACKOFF): number {
  const fromHeader = parseRetryAfter(retryAfter);
  if (fromHeader !== undefined) return fromHeader;
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** attempt);
  return Math.random() * ceiling;
}

/** Retry-After as seconds or an HTTP date (RFC 9110); undefined when missing, invalid or too long. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  if (!Number.isFinite(ms)) return undefined;
  if (ms < 0) return 0;
  return ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}
