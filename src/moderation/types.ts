import type { Category } from '../config/index.js';
import type { FlattenOptions } from '../ricos/flatten.js';
import type { FlatDocument } from '../ricos/types.js';

export type { Category };

/** The exact text or URL that drove a reason, and where it sits in the document. */
export interface Evidence {
  value: string;
  path: string;
  /** Hiding place in words ("image alt text"), copied from the segment. */
  place: string;
}

export interface Reason {
  category: Category;
  /** 0..1; compared against the category's threshold from config. */
  score: number;
  evidence: Evidence[];
  /** Which detector or model said so, e.g. `local:profanity`, `openai:moderation`. */
  source: string;
  /** Why, in words, when the source gives more than a score (the guidelines rules broken and the model's explanation). */
  detail?: string;
}

export interface Verdict {
  flagged: boolean;
  /** Only the reasons at or above their threshold when flagged; below-threshold ones may be kept for context. */
  reasons: Reason[];
}

/**
 * One interface for every scorer. A scorer that cannot reach a verdict throws ScorerError: the caller
 * leaves the About as it is (fail safe), never flags and never passes it.
 */
export interface Scorer {
  /** Identifies scorer + policy, stored with verdicts so a policy change triggers a rescore. */
  readonly id: string;
  score(doc: FlatDocument): Promise<Verdict>;
  /**
   * Optional: the same as score(flattenJson(json, options)), flattened where the document is scored.
   * The pool has it: the caller's thread copies one string to a scoring thread instead of a flat
   * document's objects, and does no flattening (the scan's main thread, docs/scoring-pool.md).
   */
  scoreRicosJson?(json: string, options: FlattenOptions): Promise<Verdict>;
  /**
   * Optional: how many documents a caller should keep in flight for this scorer to have work at every
   * moment (the pool: two full batches a thread). Callers without it bound their own (a network scorer's
   * requests at once).
   */
  readonly keepBusy?: number;
  /** Lets the scoring under way finish, then frees what the scorer holds (worker threads). */
  close?(): Promise<void>;
}
