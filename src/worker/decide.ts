import type { Reason, Verdict } from '../moderation/index.js';
import { isNewerRevision, nextRevision } from '../review/index.js';
import type { NewReviewItem, VerdictRecord } from '../review/types.js';
import type { MemberAbout } from '../wix/types.js';

/**
 * The scan's decisions, without I/O: what to do with an About given what the store remembers, what to do
 * with a verdict, and what a revision conflict means. The scan (./scan.ts) reads, calls these, then writes.
 */

/** What the review store holds about one About, reduced to what the decisions need (see ./review-index.ts). */
export interface ReviewFacts {
  /** Revisions produced by a reviewer's restore: that content was judged fine by a human. */
  restoredRevisions: readonly string[];
  /** The About's open item, if any: at most one (pending = our write is unconfirmed, replaced = placeholder live). */
  open?: { id: string; status: 'pending' | 'replaced'; placeholderRevision?: string };
}

export const NO_REVIEW_FACTS: ReviewFacts = { restoredRevisions: [] };

export type SkipReason =
  /** Same revision and same scorer id as the stored verdict. */
  | 'unchanged'
  /** The content is our own placeholder: never scored, never flagged. */
  | 'ours'
  /** A reviewer restored exactly this revision. */
  | 'restored'
  /** The stored verdict is for a newer revision than this read: someone already decided on fresher data. */
  | 'stale'
  /** An earlier write is still unconfirmed; recovery must settle it before anyone decides again. */
  | 'pending';

export type Precheck =
  | { action: 'skip'; why: SkipReason }
  /** `supersedes`: our placeholder was live and the member has since written something new. */
  | { action: 'score'; supersedes?: string };

export function decideBeforeScoring(
  about: Pick<MemberAbout, 'revision'>,
  ours: boolean,
  verdict: VerdictRecord | undefined,
  scorerId: string,
  review: ReviewFacts,
): Precheck {
  if (verdict && verdict.revision === about.revision && verdict.scorer === scorerId) return skip('unchanged');
  if (verdict && isNewerRevision(verdict.revision, about.revision)) return skip('stale');
  if (ours) return skip('ours');
  if (review.open?.status === 'pending') return skip('pending');
  if (review.restoredRevisions.includes(about.revision)) return skip('restored');
  if (review.open?.status === 'replaced') return { action: 'score', supersedes: review.open.id };
  return { action: 'score' };
}

export type VerdictDecision = { action: 'keep' } | { action: 'replace'; item: NewReviewItem };

/** A flagged verdict means replace, and the review item carries everything needed to put the original back. */
export function decideOnVerdict(about: MemberAbout, verdict: Verdict, scorerId: string): VerdictDecision {
  if (!verdict.flagged) return { action: 'keep' };
  return {
    action: 'replace',
    item: {
      aboutId: about.id,
      memberId: about.memberId,
      original: { content: about.content, revision: about.revision },
      reasons: verdict.reasons,
      scorer: scorerId,
    },
  };
}

/**
 * After a 409 and a re-read: `landed` when the About now shows our placeholder at the revision our PATCH
 * produces (our earlier attempt went through but its answer was lost, so the client's retry met our own
 * write); a placeholder at any other revision is another writer's. Otherwise our pending item is
 * `superseded` and the fresh About is decided again.
 */
export function decideAfterConflict(decidedOn: string, fresh: { revision: string; isPlaceholder: boolean }): 'landed' | 'superseded' {
  return fresh.isPlaceholder && fresh.revision === nextRevision(decidedOn) ? 'landed' : 'superseded';
}

/** The verdict to remember for an About so the next scan skips it while it stays unchanged. */
export function verdictRecord(aboutId: string, revision: string, scorerId: string, flagged: boolean, now: Date, kept = false): VerdictRecord {
  return { aboutId, revision, scorer: scorerId, flagged, at: now.toISOString(), ...(kept ? { kept } : {}) };
}

/** The categories of a verdict, for one-line summaries (never the member's text). */
export function categoriesOf(reasons: readonly Reason[]): string[] {
  return [...new Set(reasons.map((r) => r.category))];
}

function skip(why: SkipReason): Precheck {
  return { action: 'skip', why };
}
