import type { ReviewItem } from '../review/types.js';
import { NO_REVIEW_FACTS, type ReviewFacts } from './decide.js';

/**
 * The review facts per About, built once per scan from the store's items: one lookup per About instead of a
 * store query each. Its size follows the review queue, never the number of Abouts on the site.
 */
export class ReviewIndex {
  private readonly facts = new Map<string, { restoredRevisions: string[]; open?: ReviewFacts['open'] }>();

  constructor(items: Iterable<ReviewItem>) {
    for (const item of items) this.note(item);
  }

  get(aboutId: string): ReviewFacts {
    return this.facts.get(aboutId) ?? NO_REVIEW_FACTS;
  }

  /** Keeps the index in step with the scan's own writes. */
  note(item: Pick<ReviewItem, 'id' | 'aboutId' | 'status' | 'placeholderRevision' | 'restoredRevision' | 'restoring'>): void {
    let facts = this.facts.get(item.aboutId);
    // A reviewer's revision, done or in flight: theirs, not the member's to judge again.
    const reviewers = item.status === 'restored' ? item.restoredRevision : item.restoring?.revision;
    if (reviewers) {
      facts ??= this.create(item.aboutId);
      facts.restoredRevisions.push(reviewers);
    }
    if (item.status === 'pending' || item.status === 'replaced') {
      facts ??= this.create(item.aboutId);
      facts.open = { id: item.id, status: item.status, placeholderRevision: item.placeholderRevision };
    } else if (facts?.open?.id === item.id) {
      facts.open = undefined;
    }
  }

  private create(aboutId: string) {
    const facts = { restoredRevisions: [] as string[] } as { restoredRevisions: string[]; open?: ReviewFacts['open'] };
    this.facts.set(aboutId, facts);
    return facts;
  }
}
