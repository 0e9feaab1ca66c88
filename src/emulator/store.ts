import { applicationError, validationError } from './wix-error.js';
import { compileFilter, type Predicate } from './query-filter.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** An About as the emulator keeps it: content stays a JSON string, so 100,000 abouts cost little memory
 * and pages are written without re-serialising. */
export interface StoredAbout {
  id: string;
  memberId: string;
  revision: number;
  contentJson: string;
  /** Creation order; the paging position. */
  seq: number;
}

export interface StoredMember {
  id: string;
  nickname: string;
  loginEmail: string;
  status: 'PENDING' | 'APPROVED' | 'BLOCKED' | 'OFFLINE';
  createdDate: string;
}

/** What a seed or the state file supplies. */
export interface AboutInput {
  id?: string;
  memberId: string;
  content: unknown;
  revision?: number;
}

export interface QueryPage {
  items: StoredAbout[];
  next: string | null;
  prev: string | null;
}

/** Wix's documented maximum page size (typings: max 100). */
export const MAX_LIMIT = 100;
/** The SDK builder's default page size. */
const DEFAULT_LIMIT = 50;

/**
 * The emulated site: abouts in creation order plus members. Pure state, no HTTP; every change calls
 * `onChange` (the state file and webhooks hang off the routes, not here).
 */
export class EmulatorStore {
  private readonly ordered: StoredAbout[] = [];
  private readonly byId = new Map<string, StoredAbout>();
  private readonly byMember = new Map<string, string>();
  readonly members = new Map<string, StoredMember>();
  private nextSeq = 1;

  constructor(
    private readonly newId: () => string,
    private readonly onChange: () => void = () => {},
  ) {}

  get size(): number {
    return this.ordered.length;
  }

  all(): readonly StoredAbout[] {
    return this.ordered;
  }

  get(id: string): StoredAbout {
    const about = this.byId.get(id);
    if (!about) throw applicationError(404, 'NOT_FOUND', `MemberAbout with id ${id} not found`);
    return about;
  }

  find(id: string): StoredAbout | undefined {
    return this.byId.get(id);
  }

  addMember(member: StoredMember): void {
    this.members.set(member.id, member);
  }

  /** One About per member: the emulator's choice (undocumented at Wix) is 409 ALREADY_EXISTS on a second one. */
  create(input: AboutInput): StoredAbout {
    if (this.byMember.has(input.memberId)) {
      throw applicationError(409, 'ALREADY_EXISTS', `member ${input.memberId} already has an About`, { aboutId: this.byMember.get(input.memberId) });
    }
    const id = input.id ?? this.newId();
    if (this.byId.has(id)) throw applicationError(409, 'ALREADY_EXISTS', `MemberAbout with id ${id} already exists`);
    // Initial revision is undocumented; Wix entities normally start at "1".
    const about: StoredAbout = { id, memberId: input.memberId, revision: input.revision ?? 1, contentJson: JSON.stringify(input.content), seq: this.nextSeq++ };
    this.ordered.push(about);
    this.byId.set(id, about);
    this.byMember.set(input.memberId, id);
    this.onChange();
    return about;
  }

  /** Replaces the whole content when `revision` is current; else 409 with the current revision. */
  update(id: string, revision: number, content: unknown): StoredAbout {
    const about = this.get(id);
    if (about.revision !== revision) {
      // The 409 code is undocumented; REVISION_MISMATCH and data.currentRevision are the emulator's choice.
      throw applicationError(409, 'REVISION_MISMATCH', 'entity has already changed since the requested revision', {
        currentRevision: String(about.revision),
      });
    }
    return this.replace(about, content);
  }

  /** A change as the member makes it in the site's UI: no revision check. */
  memberEdit(id: string, content: unknown): StoredAbout {
    return this.replace(this.get(id), content);
  }

  private replace(about: StoredAbout, content: unknown): StoredAbout {
    about.revision += 1;
    about.contentJson = JSON.stringify(content);
    this.onChange();
    return about;
  }

  delete(id: string): StoredAbout {
    const about = this.get(id);
    this.byId.delete(id);
    this.byMember.delete(about.memberId);
    this.ordered.splice(this.indexAfter(about.seq - 1), 1);
    this.onChange();
    return about;
  }

  /**
   * One page of Query Member Abouts. A first request carries filter + limit; a next request only
   * the cursor (a filter beside a cursor is rejected: the SDK never sends both, so a client that does has a bug).
   */
  query(query: { filter?: unknown; sort?: unknown; cursorPaging?: { limit?: unknown; cursor?: unknown } }): QueryPage {
    const paging = query.cursorPaging ?? {};
    const limit = paging.limit ?? DEFAULT_LIMIT;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) {
      throw validationError('query.cursorPaging.limit', 'must be a non-negative integer', 'FORMAT');
    }
    if (limit > MAX_LIMIT) {
      throw validationError('query.cursorPaging.limit', `must be less than or equal to ${MAX_LIMIT}`, 'MAX', { threshold: MAX_LIMIT });
    }
    let filter = query.filter;
    let after: number | undefined;
    let before: number | undefined;
    if (paging.cursor !== undefined && paging.cursor !== null && paging.cursor !== '') {
      if (typeof paging.cursor !== 'string') throw validationError('query.cursorPaging.cursor', 'must be a string', 'FORMAT');
      if (query.filter !== undefined || query.sort !== undefined) {
        throw validationError('query.filter', 'filter and sort live in the cursor; send only cursorPaging with a cursor');
      }
      ({ filter, after, before } = decodeCursor(paging.cursor));
    }
    const matches = compileFilter(filter);
    const items: StoredAbout[] = [];
    const take = limit || DEFAULT_LIMIT;
    if (before !== undefined) {
      for (let i = this.indexAfter(before - 1) - 1; i >= 0 && items.length < take; i--) if (matches(this.ordered[i]!)) items.push(this.ordered[i]!);
      items.reverse();
    } else {
      for (let i = this.indexAfter(after ?? 0); i < this.ordered.length && items.length < take; i++) if (matches(this.ordered[i]!)) items.push(this.ordered[i]!);
    }
    const first = items[0];
    const last = items.at(-1);
    const moreAfter = last !== undefined && this.anyMatch(this.indexAfter(last.seq), 1, matches);
    const moreBefore = first !== undefined && this.anyMatch(this.indexAfter(first.seq - 1) - 1, -1, matches);
    return {
      items,
      next: moreAfter ? encodeCursor({ filter, limit: take, after: last.seq }) : null,
      prev: moreBefore ? encodeCursor({ filter, limit: take, before: first.seq }) : null,
    };
  }

  /** Index of the first About whose seq is greater than `seq` (binary search; seqs only grow). */
  private indexAfter(seq: number): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ordered[mid]!.seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private anyMatch(from: number, step: 1 | -1, matches: Predicate): boolean {
    for (let i = from; i >= 0 && i < this.ordered.length; i += step) if (matches(this.ordered[i]!)) return true;
    return false;
  }
}

/** An About in REST names, as a JSON string (content spliced in as stored). */
export function aboutJson(about: StoredAbout): string {
  return `{"id":${JSON.stringify(about.id)},"revision":"${about.revision}","memberId":${JSON.stringify(about.memberId)},"content":${about.contentJson}}`;
}
