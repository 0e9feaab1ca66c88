import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { ensureDir, removeStaleTemps, writeFileDurably } from './durable-file.js';
import { acquireLock } from './file-lock.js';
import { ItemNotFound, InvalidTransition, StoreCorrupt, StoreUnavailable } from './errors.js';
import { applyTransition, historyEntry, OPEN_STATUSES } from './status.js';
import type {
  HistoryEntry, NewReviewItem, Reviewer, ReviewFilter, ReviewItem, ReviewStatus, ReviewStore, VerdictRecord,
} from './types.js';
import { VerdictLog } from './verdict-log.js';

/** Webhook event ids are remembered for this long, and at most this many (duplicate deliveries come within minutes). */
const EVENT_WINDOW_MS = 7 * 24 * 3600_000;
const EVENT_WINDOW_COUNT = 10_000;

interface StoreData {
  version: 1;
  items: ReviewItem[];
  /** [event id, first seen (ms)], oldest first. */
  events: Array<[string, number]>;
  reviewers: Reviewer[];
}

const emptyData = (): StoreData => ({ version: 1, items: [], events: [], reviewers: [] });

/** The lowdb store plus what tests and the bench measure. */
export interface LowdbReviewStore extends ReviewStore {
  readonly path: string;
  /** Durable writes done (store file rewrites plus verdict-log appends): shows group commit at work. */
  readonly stats: { writes: number };
}

/**
 * Opens (or prepares) the review store at `path`. The file is created on the first write, owner-only,
 * in an owner-only directory. A file that is not a review store is reported and never overwritten.
 */
export async function openReviewStore(path: string): Promise<LowdbReviewStore> {
  const store = new Store(path);
  await store.load();
  return store;
}

/** lowdb adapter: JSON file written atomically and durably (see writeFileDurably); a bad file is StoreCorrupt. */
class DurableJsonFile implements Adapter<StoreData> {
  constructor(private readonly path: string) {}

  async read(): Promise<StoreData | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreUnavailable(`review store ${this.path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new StoreCorrupt(`review store ${this.path}: not valid JSON (${(err as Error).message}); left unchanged, restore it from a backup or move it away`);
    }
    if (!isStoreData(data)) {
      throw new StoreCorrupt(`review store ${this.path}: not a review store (expected {"version":1,"items":[...]}); left unchanged`);
    }
    return data;
  }

  async write(data: StoreData): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data));
  }
}

function isStoreData(data: unknown): data is StoreData {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<StoreData>;
  return d.version === 1 && Array.isArray(d.items) && Array.isArray(d.events) && Array.isArray(d.reviewers);
}

/** One queued change: `apply` validates first and throws before touching anything. */
interface Op {
  apply(data: StoreData): { value: unknown; changed: boolean };
  verdicts?: VerdictRecord[];
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

class Store implements LowdbReviewStore {
  readonly stats = { writes: 0 };
  private readonly db: Low<StoreData>;
  private readonly verdictLog: VerdictLog;
  private readonly lockPath: string;
  private index = new Map<string, ReviewItem>();
  private seen = new Set<string>();
  /** Identity of the store file as last read or written, to notice another process's write. */
  private fileSig = '';
  private queue: Op[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;

  constructor(readonly path: string) {
    this.db = new Low(new DurableJsonFile(path), emptyData());
    this.verdictLog = new VerdictLog(path.replace(/\.json$/, '') + '.verdicts.jsonl');
    this.lockPath = `${path}.lock`;
  }

  async load(): Promise<void> {
    await this.reload();
    await this.verdictLog.refresh();
  }

  async list(filter: ReviewFilter = {}): Promise<ReviewItem[]> {
    await this.refresh();
    return this.db.data.items
      .filter((i) => (!filter.status || i.status === filter.status)
        && (!filter.aboutId || i.aboutId === filter.aboutId)
        && (!filter.flaggedBefore || i.flaggedAt < filter.flaggedBefore))
      .sort(newestFirst)
      .map((i) => structuredClone(i));
  }

  async get(id: string): Promise<ReviewItem | undefined> {
    await this.refresh();
    const item = this.index.get(id);
    return item && structuredClone(item);
  }

  addPending(items: NewReviewItem[], by: string): Promise<ReviewItem[]> {
    const fresh = items.map((i) => structuredClone(i));
    return this.enqueue((data) => {
      const now = new Date().toISOString();
      const added = fresh.map((n): ReviewItem => ({
        ...n,
        id: this.newId(),
        status: 'pending',
        flaggedAt: now,
        updatedAt: now,
        history: [historyEntry({ by, action: 'flagged', revision: n.original.revision }, now)],
      }));
      // One open item per About: a new flag was decided on a newer read, so an older open item
      // (its placeholder overwritten by the member) is moot. Its original stays on record.
      const aboutIds = new Set(added.map((a) => a.aboutId));
      for (const old of data.items) {
        if (aboutIds.has(old.aboutId) && OPEN_STATUSES.includes(old.status)) {
          Object.assign(old, applyTransition(old, 'superseded', { by, action: 'superseded', note: 'flagged again after a member edit' }, new Date(now)));
        }
      }
      for (const item of added) {
        data.items.push(item);
        this.index.set(item.id, item);
      }
      return { value: added.map((i) => structuredClone(i)), changed: added.length > 0 };
    });
  }

  transition(
    id: string,
    to: ReviewStatus,
    entry: Omit<HistoryEntry, 'at'>,
    fields?: Partial<Pick<ReviewItem, 'placeholderRevision' | 'restoredRevision'>>,
  ): Promise<ReviewItem> {
    return this.enqueue(() => {
      const next = applyTransition(this.mustGet(id), to, entry, new Date(), fields);
      Object.assign(this.mustGet(id), next);
      return { value: structuredClone(next), changed: true };
    });
  }

  dropPending(id: string): Promise<void> {
    return this.enqueue((data) => {
      const item = this.mustGet(id);
      if (item.status !== 'pending') throw new InvalidTransition(id, item.status, 'pending');
      data.items.splice(data.items.indexOf(item), 1);
      this.index.delete(id);
      return { value: undefined, changed: true };
    });
  }

  appendHistory(id: string, entry: Omit<HistoryEntry, 'at'>): Promise<ReviewItem> {
    return this.enqueue(() => {
      const item = this.mustGet(id);
      const at = new Date().toISOString();
      item.history.push(historyEntry(entry, at));
      item.updatedAt = at;
      return { value: structuredClone(item), changed: true };
    });
  }

  async getVerdict(aboutId: string): Promise<VerdictRecord | undefined> {
    if (!this.flushing) await this.verdictLog.refresh();
    return this.verdictLog.get(aboutId);
  }

  putVerdicts(records: VerdictRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    return this.enqueue(() => ({ value: undefined, changed: false }), structuredClone(records));
  }

  markEventSeen(eventId: string): Promise<boolean> {
    return this.enqueue((data) => {
      if (this.seen.has(eventId)) return { value: false, changed: false };
      const now = Date.now();
      data.events.push([eventId, now]);
      this.seen.add(eventId);
      while (data.events.length > EVENT_WINDOW_COUNT || (data.events[0] && data.events[0][1] < now - EVENT_WINDOW_MS)) {
        this.seen.delete(data.events.shift()![0]);
      }
      return { value: true, changed: true };
    });
  }

  putReviewer(reviewer: Reviewer): Promise<void> {
    const copy = { ...reviewer };
    return this.enqueue((data) => {
      data.reviewers = [...data.reviewers.filter((r) => r.name !== copy.name), copy];
      return { value: undefined, changed: true };
    });
  }

  async getReviewer(name: string): Promise<Reviewer | undefined> {
    await this.refresh();
    const r = this.db.data.reviewers.find((x) => x.name === name);
    return r && { ...r };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flushing;
  }

  private enqueue<T>(apply: (data: StoreData) => { value: unknown; changed: boolean }, verdicts?: VerdictRecord[]): Promise<T> {
    if (this.closed) return Promise.reject(new StoreUnavailable(`review store ${this.path}: already closed`));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ apply, verdicts, resolve: resolve as (v: unknown) => void, reject });
      // Starting on the next turn lets every call made in this one join the same batch.
      this.flushing ??= new Promise((r) => setImmediate(r)).then(() => this.flushLoop());
    });
  }

  /** Group commit: each pass takes everything queued so far; calls made during a write form the next batch. */
  private async flushLoop(): Promise<void> {
    while (this.queue.length > 0) await this.flushBatch(this.queue.splice(0));
    this.flushing = undefined;
  }

  private async flushBatch(batch: Op[]): Promise<void> {
    let release: (() => Promise<void>) | undefined;
    try {
      await ensureDir(this.path);
      release = await acquireLock(this.lockPath);
      if (this.stats.writes === 0) await removeStaleTemps(this.path);
      await this.refresh(true);
      let changed = false;
      const verdicts: VerdictRecord[] = [];
      const outcomes = batch.map((op) => {
        try {
          const r = op.apply(this.db.data);
          changed ||= r.changed;
          if (op.verdicts) verdicts.push(...op.verdicts);
          return { ok: true as const, value: r.value };
        } catch (err) {
          return { ok: false as const, err };
        }
      });
      if (changed) {
        await this.db.write();
        this.stats.writes++;
        this.fileSig = await this.signature();
      }
      if (verdicts.length > 0) {
        await this.verdictLog.append(verdicts);
        this.stats.writes++;
      }
      batch.forEach((op, i) => {
        const o = outcomes[i]!;
        if (o.ok) op.resolve(o.value);
        else op.reject(o.err);
      });
    } catch (err) {
      // Memory goes back to what is on disk, so nothing that failed to persist is seen as done.
      await this.reload().catch(() => {});
      const failure = err instanceof StoreUnavailable || err instanceof StoreCorrupt ? err
        : new StoreUnavailable(`review store ${this.path}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
      for (const op of batch) op.reject(failure);
    } finally {
      await release?.();
    }
  }

  /** Re-reads the file when another process replaced it since our last read or write. */
  private async refresh(locked = false): Promise<void> {
    // Mid-flush the memory holds applied changes about to be written; a reload would drop them.
    if (this.flushing && !locked) return;
    if ((await this.signature()) !== this.fileSig) await this.reload();
    await this.verdictLog.refresh();
  }

  private async reload(): Promise<void> {
    const sig = await this.signature();
    this.db.data = emptyData();
    await this.db.read();
    this.fileSig = sig;
    this.index = new Map(this.db.data.items.map((i) => [i.id, i]));
    this.seen = new Set(this.db.data.events.map(([id]) => id));
  }

  private async signature(): Promise<string> {
    const info = await stat(this.path).catch(() => undefined);
    return info ? `${info.ino}:${info.size}:${info.mtimeMs}` : '';
  }

  private mustGet(id: string): ReviewItem {
    const item = this.index.get(id);
    if (!item) throw new ItemNotFound(id);
    return item;
  }

  private newId(): string {
    for (;;) {
      // Short enough to type in a terminal; hex so an id never starts with "-".
      const id = randomBytes(5).toString('hex');
      if (!this.index.has(id)) return id;
    }
  }
}

function newestFirst(a: ReviewItem, b: ReviewItem): number {
  return a.flaggedAt === b.flaggedAt ? (a.id < b.id ? 1 : -1) : a.flaggedAt < b.flaggedAt ? 1 : -1;
}
