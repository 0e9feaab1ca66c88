import type { Logger } from '../log.js';
import { errorMessage } from '../errors.js';

/** Waits before each redelivery (Wix retries for much longer; an emulator run is short). */
const RETRY_DELAYS_MS = [250, 1_000, 4_000];
/** How late a duplicate arrives: long enough for newer events to overtake it. */
const DUPLICATE_DELAY_MS = 300;
/** Wix treats an answer slower than 1250 ms as a failed delivery. */
const DELIVERY_TIMEOUT_MS = 1_250;

export interface DeliveryStats {
  sent: number;
  duplicated: number;
  delivered: number;
  failed: number;
  retried: number;
}

/**
 * POSTs JWTs to the webhook URL in the background, so an API response never waits for a delivery.
 * Anything but 200 (or no answer in time) is retried a few times, then dropped with a warning.
 */
export class WebhookDelivery {
  readonly stats: DeliveryStats = { sent: 0, duplicated: 0, delivered: 0, failed: 0, retried: 0 };
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly url: string | undefined,
    private readonly logger?: Logger,
  ) {}

  /** Starts delivering `jwt` (produced lazily so signing also stays off the request path); `duplicate` sends a late second copy. */
  enqueue(makeJwt: () => Promise<string>, duplicate = false): void {
    if (!this.url || this.closed) return;
    this.stats.sent++;
    this.track(makeJwt().then((jwt) => {
      if (duplicate) {
        this.stats.duplicated++;
        this.later(DUPLICATE_DELAY_MS, () => this.attempt(jwt, 0));
      }
      return this.attempt(jwt, 0);
    }));
  }

  /** Resolves when every delivery started so far has succeeded or given up (tests wait on it). */
  async idle(): Promise<void> {
    while (this.inFlight.size || this.timers.size) {
      await Promise.all(this.inFlight);
      if (this.timers.size) await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private track(p: Promise<void>): void {
    const tracked = p.catch((err) => this.logger?.warn({ err: String(err) }, 'emulator: webhook signing failed'))
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private async attempt(jwt: string, n: number): Promise<void> {
    let problem: string;
    try {
      // The body is the raw JWT; Wix's Content-Type is undocumented, text/plain says what it is.
      const res = await fetch(this.url!, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: jwt,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status === 200) {
        this.stats.delivered++;
        return;
      }
      problem = `status ${res.status}`;
    } catch (err) {
      problem = errorMessage(err);
    }
    const delay = RETRY_DELAYS_MS[n];
    if (delay === undefined || this.closed) {
      this.stats.failed++;
      this.logger?.warn({ url: this.url, problem, attempts: n + 1 }, 'emulator: webhook delivery failed, giving up');
      return;
    }
    this.stats.retried++;
    this.later(delay, () => this.attempt(jwt, n + 1));
  }

  private later(delayMs: number, run: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.track(run());
    }, delayMs);
    this.timers.add(timer);
  }
}
