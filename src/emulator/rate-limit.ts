/**
 * One site's request budget: a token bucket holding up to one second of requests, refilled continuously.
 * The rate is passed on every call so a control route can change it at runtime.
 */
export class RateLimiter {
  private tokens = Number.NaN;
  private last = 0;

  /** Takes one request's token: 0 when taken, else the milliseconds until one is available. */
  take(perSecond: number, now = Date.now()): number {
    if (!(perSecond > 0)) return 0;
    const capacity = Math.max(1, perSecond);
    this.tokens = Number.isNaN(this.tokens) ? capacity : Math.min(capacity, this.tokens + ((now - this.last) * perSecond) / 1000);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) * 1000) / perSecond);
  }
}
