import { errorMessage } from '../errors.js';
import { DocumentNotScored, ScorerError, type Scorer, type Verdict } from '../moderation/index.js';

/**
 * Below this many failures with one message, "most Abouts failed for the same reason" is too thin to
 * call the scorer down (every attempt failing still is).
 */
export const MIN_SAME_FAILURES = 3;

/** What the counted score calls say about the scorer. */
export interface ScorerAvailability {
  /** Score calls counted (the window's, or the whole run's). */
  attempts: number;
  /** Of those, how many failed with a ScorerError. */
  failures: number;
  /** The most frequent ScorerError message among them, and how often it came. */
  commonError: { message: string; count: number } | null;
  /**
   * The scorer counts as unavailable when at least one About was scored and either every attempt
   * failed with a ScorerError, or one ScorerError message accounts for at least half of the attempts
   * and at least MIN_SAME_FAILURES of them. A few documents the scorer cannot judge are not an outage.
   */
  unavailable: boolean;
}

/**
 * Counts score calls and their ScorerErrors by message: over a whole scan (`aboutmod scan` exits 1
 * when the scorer was unavailable), or over the last `window` calls (`/healthz` in serve).
 */
export class ScorerOutcomes {
  private readonly recent: Array<string | null> = [];
  private readonly byMessage = new Map<string, number>();
  private failed = 0;
  /** Every call and every ScorerError since this started, whatever the window. */
  total = { attempts: 0, failures: 0 };
  lastError: { at: string; message: string } | null = null;
  /** Whether the latest call failed: a scorer that just answered is up again, whatever came before. */
  lastCallFailed = false;

  constructor(private readonly window = Infinity) {}

  /** One score call: `failure` is the ScorerError's message, or null when a verdict came back. */
  record(failure: string | null): void {
    this.total.attempts++;
    this.lastCallFailed = failure !== null;
    if (failure !== null) {
      this.total.failures++;
      this.failed++;
      this.byMessage.set(failure, (this.byMessage.get(failure) ?? 0) + 1);
      this.lastError = { at: new Date().toISOString(), message: failure };
    }
    if (this.window === Infinity) return;
    this.recent.push(failure);
    if (this.recent.length > this.window) this.forget(this.recent.shift()!);
  }

  availability(): ScorerAvailability {
    const attempts = this.window === Infinity ? this.total.attempts : this.recent.length;
    let commonError: ScorerAvailability['commonError'] = null;
    for (const [message, count] of this.byMessage) if (!commonError || count > commonError.count) commonError = { message, count };
    const same = commonError?.count ?? 0;
    const unavailable = attempts > 0 && (this.failed === attempts || (same >= MIN_SAME_FAILURES && same * 2 >= attempts));
    return { attempts, failures: this.failed, commonError, unavailable };
  }

  private forget(failure: string | null): void {
    if (failure === null) return;
    this.failed--;
    const left = this.byMessage.get(failure)! - 1;
    if (left) this.byMessage.set(failure, left);
    else this.byMessage.delete(failure);
  }
}

/**
 * The same scorer, each call counted in `outcomes`: id, score and how many calls it wants in flight;
 * not close: the caller that made the scorer still owns it (and closes it).
 */
export function countedScorer(scorer: Scorer, outcomes: ScorerOutcomes): Scorer {
  const counted = async (scoring: () => Promise<Verdict>) => {
    try {
      const verdict = await scoring();
      outcomes.record(null);
      return verdict;
    } catch (err) {
      // Only the scorer's own failures count; anything else is a bug and is not the scorer being down,
      // and one document too heavy to score in time is that document's problem, not an outage.
      if (err instanceof ScorerError && !(err instanceof DocumentNotScored)) outcomes.record(errorMessage(err));
      throw err;
    }
  };
  const { scoreRicosJson, keepBusy } = scorer;
  return {
    id: scorer.id,
    // Without it the scan kept its default 16 documents in flight, not the pool's 64: batches of 2-5.
    ...(keepBusy !== undefined ? { keepBusy } : {}),
    score: (doc) => counted(() => scorer.score(doc)),
    ...(scoreRicosJson ? { scoreRicosJson: (json, options) => counted(() => scoreRicosJson.call(scorer, json, options)) } : {}),
  };
}
