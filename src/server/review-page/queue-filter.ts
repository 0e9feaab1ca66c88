import { CATEGORIES, type Category } from '../../config/index.js';
import { REVIEW_STATUSES, type ReviewItem, type ReviewStatus } from '../../review/index.js';
import { parseAge } from '../../review/parse-age.js';

/** The queue's filters as they travel in the query string: `?status=replaced&category=hate&age=older-7d&page=2`. */
export interface QueueFilter {
  /** undefined: every status. */
  status?: ReviewStatus;
  category?: Category;
  /** `within-1d` (flagged in the last day) or `older-7d` (flagged more than 7 days ago). */
  age?: string;
  page: number;
}

/** The queue opens on what waits for a reviewer. */
export const DEFAULT_STATUS: ReviewStatus = 'replaced';
export const AGE_CHOICES = ['within-1d', 'older-1d', 'older-7d', 'older-30d'] as const;

/** A filter value the page does not offer: a 400 naming it, rather than a silently wider queue. */
export class BadFilter extends Error {}

export function parseQueueFilter(query: Record<string, unknown>): QueueFilter {
  const one = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new BadFilter(`${name}: expected one value`);
    return value;
  };
  const filter: QueueFilter = { page: 1 };
  const status = one('status') ?? DEFAULT_STATUS;
  if (status !== 'all') {
    if (!(REVIEW_STATUSES as readonly string[]).includes(status)) {
      throw new BadFilter(`status: expected one of all, ${REVIEW_STATUSES.join(', ')}`);
    }
    filter.status = status as ReviewStatus;
  }
  const category = one('category');
  if (category !== undefined) {
    if (!(CATEGORIES as readonly string[]).includes(category)) throw new BadFilter(`category: expected one of ${CATEGORIES.join(', ')}`);
    filter.category = category as Category;
  }
  const age = one('age');
  if (age !== undefined) {
    ageBounds(age, Date.now());
    filter.age = age;
  }
  const page = one('page');
  if (page !== undefined) {
    if (!/^[1-9]\d{0,5}$/.test(page)) throw new BadFilter('page: expected a page number');
    filter.page = Number(page);
  }
  return filter;
}

/** `within-1d` / `older-7d` (any age parseAge reads) -> the flaggedAt bounds it means at `now`. */
function ageBounds(age: string, now: number): { after?: string; before?: string } {
  const match = /^(within|older)-(.+)$/.exec(age);
  if (!match) throw new BadFilter('age: expected within-AGE or older-AGE, like older-7d');
  let ms: number;
  try {
    ms = parseAge(match[2]!, 'age');
  } catch (err) {
    throw new BadFilter((err as Error).message);
  }
  const edge = new Date(now - ms).toISOString();
  return match[1] === 'within' ? { after: edge } : { before: edge };
}

/** A predicate for the filters the store does not know (category, the lower age bound), bounds computed once. */
export function filterPredicate(filter: QueueFilter, now: number): (item: ReviewItem) => boolean {
  const { after, before } = filter.age ? ageBounds(filter.age, now) : {};
  return (item) => (!filter.status || item.status === filter.status)
    && (!filter.category || item.reasons.some((r) => r.category === filter.category))
    && (!after || item.flaggedAt >= after)
    && (!before || item.flaggedAt < before);
}

/** The query string that reproduces a filter (page left out unless asked), for links and forms. */
export function filterQuery(filter: QueueFilter, withPage = false): string {
  const params = new URLSearchParams();
  params.set('status', filter.status ?? 'all');
  if (filter.category) params.set('category', filter.category);
  if (filter.age) params.set('age', filter.age);
  if (withPage && filter.page > 1) params.set('page', String(filter.page));
  return params.toString();
}
