import { describeError } from '../errors.js';

/**
 * What GET /healthz reports, kept by the server as it runs. Holds counts, times and our own error
 * messages only: never a key, a token, a request body or member text.
 */
export interface ScanSummaryLike {
  [key: string]: number | string | boolean | null;
}

export interface HealthSnapshot {
  status: 'ok' | 'stopping';
  startedAt: string;
  uptimeSeconds: number;
  queue: { depth: number; limit: number };
  lastScan: { at: string; summary: ScanSummaryLike } | null;
  lastError: { at: string; message: string } | null;
  webhooks: { accepted: number; duplicate: number; stale: number; unhandled: number; rejected: number; shed: number };
}

export type WebhookOutcome = keyof HealthSnapshot['webhooks'];

export class HealthState {
  private readonly startedAt = new Date();
  private stopping = false;
  private lastScan: HealthSnapshot['lastScan'] = null;
  private lastError: HealthSnapshot['lastError'] = null;
  private readonly webhooks: HealthSnapshot['webhooks'] = { accepted: 0, duplicate: 0, stale: 0, unhandled: 0, rejected: 0, shed: 0 };

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
    // Our typed errors carry one-line messages that name what failed; cap the length all the same.
    this.lastError = { at: new Date().toISOString(), message: describeError(err).replace(/\s+/g, ' ').slice(0, 300) };
  }

  markStopping(): void {
    this.stopping = true;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  snapshot(queue: { depth: number; limit: number }): HealthSnapshot {
    return {
      status: this.stopping ? 'stopping' : 'ok',
      startedAt: this.startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - this.startedAt.getTime()) / 1000),
      queue,
      lastScan: this.lastScan,
      lastError: this.lastError,
      webhooks: { ...this.webhooks },
    };
  }
}
