import { describe, expect, it } from 'vitest';
import { isRetryableStatus, parseRetryAfter, retryDelayMs } from '../../src/wix/retry-policy.js';

describe('wix retry policy', () => {
  it('retries only what Wix documents as transient; a 409 conflict or another 4xx never', () => {
    expect([429, 500, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 428, 501].some(isRetryableStatus)).toBe(false);
  });

  it('honours a sane Retry-After (seconds or HTTP date), ignores a missing, broken or huge one', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() - 5_000).toUTCString())).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('3600')).toBeUndefined();
    expect(retryDelayMs(5, '2')).toBe(2000);
  });

  it('backs off exponentially with full jitter, capped', () => {
    const backoff = { baseDelayMs: 100, maxDelayMs: 1_000 };
    for (let attempt = 0; attempt < 8; attempt++) {
      for (let i = 0; i < 50; i++) {
        const d = retryDelayMs(attempt, null, backoff);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.min(1_000, 100 * 2 ** attempt));
      }
    }
  });
});
