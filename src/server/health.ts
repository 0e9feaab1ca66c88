import { describeError } from '../errors.js';
import { ScorerOutcomes } from '../worker/index.js';

/**
 * What GET /healthz reports, kept by the server as it runs. Holds counts, times and our own error
 * messages only: never a key, a token, a request body or member text.
 */
export interface ScanSummaryLike {
  [key: string]: number | string | boolean | null;
}

export interface HealthSnapshot {
  /** degraded: serving, but the scorer is unavailable (most recent score calls failed for one reason). */
  status: 'ok' | 'degraded' | 'stopping';
  startedAt: string;
  uptimeSeconds: number;
  queue: { depth: number; limit: number };
  lastScan: { at: string; summary: ScanSummaryLike } | null;
  lastError: { at: string; message: string } | null;
  webhooks: { accepted: number; duplicate: number; stale: number; unhandled: number; rejected: number; shed: number };
  scorer: {
    /** Score calls and ScorerErrors since start. */
    attempts: number;
    failures: number;
    /** The last SCORER_WINDOW calls, judged as a scan judges its run (ScorerOutcomes), and unavailable only while the latest call failed. */
    recent: { attempts: number; failures: number; unavailable: boolean };
    lastError: { at: string; message: string } | null;
  };
}

/** Score calls /healthz judges the scorer on: recent enough to show recovery, enough not to flap on one document. */
export const SCORER_WINDOW = 20;

export type WebhookOutcome = keyof HealthSnapshot['webhooks'];

export class HealthState {
  private readonly startedAt = new Date();
  private stopping = false;
  private lastScan: HealthSnapshot['lastScan'] = null;
  private lastError: HealthSnapshot['lastError'] = null;
  private readonly webhooks: HealthSnapshot['webhooks'] = { accepted: 0, duplicate: 0, stale: 0, unhandled: 0, rejected: 0, shed: 0 };
  /** Fed by the scorer that rescans and full scans share (countedScorer). */
  readonly scorer = new ScorerOutcomes(SCORER_WINDOW);

  count(outcome: WebhookOutcome): void {
    this.webhooks[outcome] += 1;
  }

  scanFinished(summary: object): void {
    // Only scalar figures: a summary is counts and durations, and nothing else belongs on a public page.
    const figures: ScanSummaryLike = {};
    for (const [k, v] of Object.entries(summary)) {
      if (v === null || ['number', 'string', 'boolean'].includes(typeof v)) figures[k] = v as ScanSummaryLike[string];
    }
    this.lastScan = { at: new Date().toISOString(), summary: figures };
  }

  error(err: unknown): void {
    this.lastError = { at: new Date().toISOString(), message: brief(describeError(err)) };
  }

  markStopping(): void {
    this.stopping = true;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  snapshot(queue: { depth: number; limit: number }): HealthSnapshot {
    const scorer = this.scorer.availability();
    // Down while its latest call failed too: after an outage, one verdict is enough to show it is back.
    const scorerDown = scorer.unavailable && this.scorer.lastCallFailed;
    return {
      status: this.stopping ? 'stopping' : scorerDown ? 'degraded' : 'ok',
      startedAt: this.startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - this.startedAt.getTime()) / 1000),
      queue,
      lastScan: this.lastScan,
      lastError: this.lastError,
      webhooks: { ...this.webhooks },
      scorer: {
        ...this.scorer.total,
        recent: { attempts: scorer.attempts, failures: scorer.failures, unavailable: scorerDown },
        lastError: this.scorer.lastError && { at: this.scorer.lastError.at, message: brief(this.scorer.lastError.message) },
      },
    };
  }
}

/** Our typed errors carry one-line messages that name what failed; one line and capped all the same. */
function brief(message: string): string {
  return message.replace(/\s+/g, ' ').slice(0, 300);
}
