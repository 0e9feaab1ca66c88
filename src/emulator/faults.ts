import { systemError, applicationError, type WixHttpError } from './wix-error.js';

/** Injected trouble, changeable at runtime through POST /_emulator/faults. Rates are 0..1. */
export interface Faults {
  rate429: number;
  rate503: number;
  rate500: number;
  latencyMs: number;
  /** Fraction of updates preceded by a member edit of the same About (so the update meets a 409). */
  editRate: number;
  /** Fraction of webhook events delivered twice, the copy late (after newer events): Wix delivers at least once, unordered. */
  duplicateRate: number;
  /** Requests per second this site answers before 429 with Retry-After (token bucket); 0 = no limit. */
  rateLimit: number;
}

export const NO_FAULTS: Faults = { rate429: 0, rate503: 0, rate500: 0, latencyMs: 0, editRate: 0, duplicateRate: 0, rateLimit: 0 };

/** Picks the injected failure for one API request, if any. One draw, so the rates add up. */
export function drawFault(faults: Faults, random = Math.random): WixHttpError | undefined {
  const r = random();
  if (r < faults.rate429) return applicationError(429, 'RESOURCE_EXHAUSTED', 'Too many requests');
  if (r < faults.rate429 + faults.rate503) return systemError(503);
  if (r < faults.rate429 + faults.rate503 + faults.rate500) return systemError(500);
  return undefined;
}

/** Validates a (partial) faults object from the control API or the CLI; returns an error text or the merged faults. */
export function mergeFaults(current: Faults, patch: Record<string, unknown>): Faults | string {
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in NO_FAULTS)) return `${key}: unknown fault (known: ${Object.keys(NO_FAULTS).join(', ')})`;
    const isRate = key !== 'latencyMs' && key !== 'rateLimit';
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (isRate && value > 1)) {
      const expected = isRate ? 'a number from 0 to 1' : key === 'rateLimit' ? 'requests per second >= 0' : 'a number of milliseconds >= 0';
      return `${key}: expected ${expected}, got ${JSON.stringify(value)}`;
    }
    next[key as keyof Faults] = value;
  }
  return next;
}
