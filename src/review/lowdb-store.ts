import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { AppendLog } from './append-log.js';
import { ensureDir, writeFileDurably } from './durable-file.js';
import { acquireLock } from './file-lock.js';
import { ItemNotFound, InvalidTransition, StoreCorrupt, StoreUnavailable } from './errors.js';
import { newWriterId } from './lease.js';
import { isNewestDecision, newPendingItem, noticeNote, restoreInFlight, settled } from './pending-rules.js';
import { WORKER } from './recover.js';
import { isNewerRevision } from './revision.js';
import { historyEntry, OPEN_STATUSES } from './status.js';
import { assertStoreWhole, prepareFirstWrite, storeWriteError, type StoreFiles } from './store-files.js';
import { JOURNAL, RESTORE_ADVICE, snapshotProblem } from './store-shape.js';
import type {
  AddPendingOptions, HistoryEntry, NewReviewItem, NoticeOutcome, OutboxNotice, Reviewer, ReviewFilter, ReviewItem, ReviewStatus,
  ReviewStore, VerdictRecord,
} from './types.js';
import { VerdictLog } from './verdict-log.js';

/** Webhook event ids are remembered this long after the newest one, and at most this many. */
const EVENT_WINDOW_MS = 7 * 24 * 3600_000;
const EVENT_WINDOW_COUNT = 10_000;
/** How long a restore's PATCH keeps its revision from new decisions if the restore never records its end. */
const RESTORE_WINDOW_MS = 5 * 60_000;
/** The journal is folded into the snapshot once it outgrows both this and the snapshot itself. */
const JOURNAL_MIN_BYTES = 4_000_000;

interface StoreData {
  version: 1;
  items: ReviewItem[];
  /** [event id, first seen (ms)], oldest first. */
  events: Array<[string, number]>;
  reviewers: Reviewer[];
  /** Notices recorded and not yet sent (src/notify); absent in stores written before notices existed. */
  outbox?: OutboxNotice[];
}

/** One journal line: the state after a batch of changes (whole items, so replaying is idempotent). */
interface Change {
  items?: ReviewItem[];
  drops?: string[];
  events?: Array<[string, number]>;
  reviewers?: Reviewer[];
  notices?: OutboxNotice[];
  noticeDrops?: string[];
}

const emptyData = (): StoreData => ({ version: 1, items: [], events: [], reviewers: [] });

/** The lowdb store plus what tests and the bench measure. */
export interface LowdbReviewStore extends ReviewStore {
  readonly path: string;
  /** Durable writes done (journal appends, snapshot rewrites, verdict appends): shows group commit at work. */
  readonly stats: { writes: number; snapshots: number };
}

/**
 * Opens (or prepares) the review store at `path`. Files are created on the first write, owner-only,
 * in an owner-only directory. A file that is not a review store is reported and never overwritten.
 *
 * Layout: `review.json` is the lowdb snapshot; `review.journal.jsonl` holds one line per committed
 * batch since the snapshot, so a commit costs the batch rather than a rewrite of the whole queue;
 * `review.verdicts.jsonl` is the verdict log. Reading = snapshot + journal replay.
 */
export async function openReviewStore(path: string): Promise<LowdbReviewStore> {
  const store = new Store(path);
  await store.reload();
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
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      throw new StoreUnavailable(`review store ${this.path}: cannot read (${code ?? (err as Error).message}); it must be a file the user running aboutmod can read`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new StoreCorrupt(`review store ${this.path}: not valid JSON (${(err as Error).message}); left unchanged; ${RESTORE_ADVICE}`);
    }
    const wrong = snapshotProblem(data);
    if (wrong) throw new StoreCorrupt(`review store ${this.path}: not a review store (${wrong}); left unchanged; ${RESTORE_ADVICE}`);
    return data as StoreData;
  }

  async write(data: StoreData): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data));
  }
}

/** One queued call: `apply` validates first and throws before touching anything. */
interface Op {
  apply(): { value: unknown; change?: Change };
  verdicts?: VerdictRecord[];
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

class Store implements LowdbReviewStore {
  readonly stats = { writes: 0, snapshots: 0 };
  readonly writerId = newWriterId();
  private readonly db: Low<StoreData>;
  private readonly journal: AppendLog;
  private readonly verdictLog: VerdictLog;
  private readonly lockPath: string;
  private readonly files: StoreFiles;
  private index = new Map<string, ReviewItem>();
  private seen = new Set<string>();
  /** Identity of the snapshot as last read or written, to notice another process's compaction. */
  private snapshotSig = '';
  private queue: Op[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;

  constructor(readonly path: string) {
    const base = path.replace(/\.json$/, '');
    this.db = new Low(new DurableJsonFile(path), emptyData());
    this.journal = new AppendLog(`${base}.journal.jsonl`, JOURNAL);
    this.verdictLog = new VerdictLog(`${base}.verdicts.jsonl`);
    this.lockPath = `${path}.lock`;
    this.files = { snapshot: path, journal: this.journal.path, verdicts: this.verdictLog.path };
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

  addPending(items: NewReviewItem[], by: string, options: AddPendingOptions = {}): Promise<ReviewItem[]> {
    const fresh = items.map((i) => structuredClone(i));
    return this.enqueue(() => {
      const now = new Date();
      const at = now.toISOString();
      const changed = new Map<string, ReviewItem>();
      const notices: OutboxNotice[] = [];
      const noticeDrops: string[] = [];
      const added: ReviewItem[] = [];
      // What the store knows of these Abouts, read under the lock (one pass over the queue per batch).
      const knownByAbout = new Map(fresh.map((n) => [n.aboutId, [] as ReviewItem[]]));
      for (const old of this.db.data.items) knownByAbout.get(old.aboutId)?.push(old);
      for (const n of fresh) {
        const known = knownByAbout.get(n.aboutId)!;
        if (!isNewestDecision(n.original.revision, known, now)) continue;
        // One open item per About: this decision was made on a newer read, so an older open item is
        // moot (a pending one's PATCH can no longer land: Wix is past its revision). Its original stays.
        for (const old of known.filter((o) => OPEN_STATUSES.includes(o.status))) {
          noticeDrops.push(...this.settleOpen(old, 'superseded', { by, action: 'superseded', note: 'flagged again after a member edit' }, now).noticeDrops ?? []);
          changed.set(old.id, old);
        }
        const { item, notices: waiting } = newPendingItem(n, this.newId(), by, this.writerId, now, options.noticesFor);
        notices.push(...waiting);
        this.putItem(item);
        known.push(item);
        changed.set(item.id, item);
        added.push(item);
      }
      this.putNotices(notices);
      return { value: added.map((i) => structuredClone(i)), change: { items: [...changed.values()], noticeDrops, notices } };
    });
  }

  transition(
    id: string,
    to: ReviewStatus,
    entry: Omit<HistoryEntry, 'at'>,
    fields?: Partial<Pick<ReviewItem, 'placeholderRevision' | 'restoredRevision'>>,
  ): Promise<ReviewItem> {
    return this.enqueue(() => {
      const item = this.mustGet(id);
      const notices = this.settleOpen(item, to, entry, new Date(), fields);
      return { value: structuredClone(item), change: { items: [item], ...notices } };
    });
  }

  dropPending(id: string): Promise<void> {
    return this.enqueue(() => {
      const item = this.mustGet(id);
      if (item.status !== 'pending') throw new InvalidTransition(id, item.status, 'pending');
      this.dropItem(id);
      const noticeDrops = this.dropWaitingNotices(id);
      return { value: undefined, change: { drops: [id], noticeDrops } };
    });
  }

  markRestoring(id: string, revision: string): Promise<ReviewItem> {
    return this.enqueue(() => {
      const item = this.mustGet(id);
      if (item.status !== 'replaced' && item.status !== 'confirmed') throw new InvalidTransition(id, item.status, 'restored');
      item.restoring = { revision, until: new Date(Date.now() + RESTORE_WINDOW_MS).toISOString() };
      return { value: structuredClone(item), change: { items: [item] } };
    });
  }

  releasePending(id: string): Promise<void> {
    return this.enqueue(() => {
      const item = this.mustGet(id);
      // Settled meanwhile (recovery, a newer decision) or another writer's: nothing of ours to release.
      if (item.status !== 'pending' || item.lease?.writer !== this.writerId) return { value: undefined };
      item.lease = { ...item.lease, until: new Date().toISOString() };
      return { value: undefined, change: { items: [item] } };
    });
  }

  async getVerdicts(aboutIds: readonly string[]): Promise<(VerdictRecord | undefined)[]> {
    if (!this.flushing) await this.verdictLog.refresh();
    return aboutIds.map((aboutId) => this.verdictLog.get(aboutId));
  }

  putVerdicts(records: VerdictRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    const fresh = structuredClone(records);
    return this.enqueue(() => {
      const kept = new Map(fresh.filter((r) => r.kept).map((r) => [r.aboutId, r.revision]));
      if (kept.size === 0) return { value: undefined };
      const now = new Date();
      const gone = this.db.data.items.filter((item) => {
        const revision = kept.get(item.aboutId);
        return revision !== undefined && item.status === 'replaced' && item.placeholderRevision !== undefined
          && isNewerRevision(revision, item.placeholderRevision) && !restoreInFlight(item, now);
      });
      for (const item of gone) {
        this.settleOpen(item, 'superseded', {
          by: WORKER, action: 'superseded', note: 'the member replaced our placeholder with content judged fine', revision: kept.get(item.aboutId),
        }, now);
      }
      return { value: undefined, change: gone.length ? { items: gone } : undefined };
    }, fresh);
  }

  markEventSeen(eventId: string): Promise<boolean> {
    return this.enqueue(() => {
      if (this.seen.has(eventId)) return { value: false };
      const event: [string, number] = [eventId, Date.now()];
      this.addEvents([event]);
      return { value: true, change: { events: [event] } };
    });
  }

  putReviewer(reviewer: Reviewer): Promise<void> {
    const copy = { ...reviewer };
    return this.enqueue(() => {
      this.putReviewers([copy]);
      return { value: undefined, change: { reviewers: [copy] } };
    });
  }

  recordNotices(notices: OutboxNotice[], by: string): Promise<void> {
    const fresh = notices.map((n) => structuredClone(n));
    return this.enqueue(() => {
      const at = new Date().toISOString();
      const touched = new Map<string, ReviewItem>();
      for (const n of fresh) {
        for (const id of n.itemIds) {
          const item = this.mustGet(id);
          item.history.push(historyEntry({ by, action: 'notice-recorded', note: noticeNote(n) }, at));
          item.updatedAt = at;
          touched.set(id, item);
        }
      }
      this.putNotices(fresh);
      return { value: undefined, change: { items: [...touched.values()], notices: fresh } };
    });
  }

  settleNotices(outcomes: NoticeOutcome[], by: string): Promise<void> {
    return this.enqueue(() => {
      const at = new Date().toISOString();
      const touched = new Map<string, ReviewItem>();
      const kept: OutboxNotice[] = [];
      const drops: string[] = [];
      for (const o of outcomes) {
        const notice = this.outbox().find((n) => n.id === o.id);
        if (!notice) continue; // settled by another process meanwhile
        const action = o.result === 'sent' ? 'notice-sent' : 'notice-failed';
        const why = o.result === 'sent' ? '' : `: ${o.result === 'abandoned' ? 'gave up' : 'will retry'} (${o.error ?? 'error'})`;
        for (const id of notice.itemIds) {
          // An item dropped meanwhile (recovery) has no history left to write to.
          const item = this.index.get(id);
          if (!item) continue;
          item.history.push(historyEntry({ by, action, note: `${noticeNote(notice)}${why}` }, at));
          item.updatedAt = at;
          touched.set(id, item);
        }
        if (o.result === 'failed') {
          kept.push({ ...notice, attempts: notice.attempts + 1, nextAttemptAt: o.nextAttemptAt, lastError: o.error, claim: undefined });
        } else {
          drops.push(o.id);
        }
      }
      this.putNotices(kept);
      this.dropNotices(drops);
      return { value: undefined, change: { items: [...touched.values()], notices: kept, noticeDrops: drops } };
    });
  }

  claimNotices(now: Date, claimMs: number, { limit = Infinity, exceptChannels = [] }: { limit?: number; exceptChannels?: readonly string[] } = {}): Promise<OutboxNotice[]> {
    return this.enqueue(() => {
      const until = new Date(now.getTime() + claimMs).toISOString();
      const claimed = this.outbox().filter((n) => !n.waitsFor && !exceptChannels.includes(n.channel)
        && (!n.nextAttemptAt || Date.parse(n.nextAttemptAt) <= now.getTime())
        && (!n.claim || Date.parse(n.claim.until) <= now.getTime())).slice(0, limit);
      for (const n of claimed) n.claim = { by: this.writerId, until };
      return { value: claimed.map((n) => structuredClone(n)), change: { notices: claimed } };
    });
  }

  async listNotices(): Promise<OutboxNotice[]> {
    await this.refresh();
    return this.outbox().map((n) => structuredClone(n));
  }

  async getReviewer(name: string): Promise<Reviewer | undefined> {
    await this.refresh();
    const r = this.db.data.reviewers.find((x) => x.name === name);
    return r && { ...r };
  }

  /**
   * Waits for queued writes, then folds the journal into the snapshot, so after every command the
   * snapshot alone is the whole store (readable with any JSON tool); a long-running server folds
   * by size instead.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing;
    if (this.journal.bytes === 0) return;
    try {
      const release = await acquireLock(this.lockPath);
      try {
        await this.refresh(true);
        if (this.journal.bytes > 0) await this.fold();
      } finally {
        await release();
      }
    } catch (err) {
      // The journal already holds every change: folding only tidies. A process that wrote nothing (a
      // read-only command, say on a full disk) must not fail for it; a writer hears what went wrong.
      if (this.stats.writes > 0) throw err instanceof StoreUnavailable || err instanceof StoreCorrupt ? err : await storeWriteError(this.path, err);
    }
  }

  /**
   * Snapshot + journal + verdicts, from scratch (open, another process's compaction, rollback after a
   * failed write). A file missing from a store that was written before is reported, not read as empty.
   */
  async reload(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const sig = await this.signature();
      this.db.data = emptyData();
      await this.db.read();
      this.index = new Map(this.db.data.items.map((i) => [i.id, i]));
      this.seen = new Set(this.db.data.events.map(([id]) => id));
      // Start the journal from its beginning: every line since the snapshot applies.
      this.journal.rewind();
      this.replay((await this.journal.readNew()).records as Change[]);
      // A compaction between reading the snapshot and the journal would leave a gap: read again.
      if ((await this.signature()) === sig || attempt >= 5) {
        this.snapshotSig = sig;
        break;
      }
    }
    // After reading: a snapshot that is not a store says so first, whatever else is missing.
    await assertStoreWhole(this.files);
    await this.verdictLog.refresh();
  }

  private enqueue<T>(apply: Op['apply'], verdicts?: VerdictRecord[]): Promise<T> {
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
    let settle: () => void;
    try {
      await ensureDir(this.path);
      release = await acquireLock(this.lockPath);
      if (this.stats.writes === 0) await prepareFirstWrite(this.files, JSON.stringify(emptyData()));
      await this.refresh(true);
      const changes: Change[] = [];
      const verdicts: VerdictRecord[] = [];
      const outcomes = batch.map((op) => {
        try {
          const r = op.apply();
          if (r.change) changes.push(r.change);
          if (op.verdicts) verdicts.push(...op.verdicts);
          return { ok: true as const, value: r.value };
        } catch (err) {
          return { ok: false as const, err };
        }
      });
      if (changes.length > 0) await this.commit(merge(changes));
      if (verdicts.length > 0) {
        await this.verdictLog.append(verdicts);
        this.stats.writes++;
      }
      settle = () => batch.forEach((op, i) => {
        const o = outcomes[i]!;
        if (o.ok) op.resolve(o.value);
        else op.reject(o.err);
      });
    } catch (err) {
      // Memory goes back to what is on disk, so nothing that failed to persist is seen as done.
      await this.reload().catch(() => {});
      const failure = err instanceof StoreUnavailable || err instanceof StoreCorrupt ? err : await storeWriteError(this.path, err);
      settle = () => batch.forEach((op) => op.reject(failure));
    } finally {
      await release?.();
    }
    // Callers hear back only once the lock is released, so whatever they do next sees a settled store.
    settle();
  }

  /** One durable write for the batch: a journal line, or (when the journal has grown) a new snapshot. */
  private async commit(change: Change): Promise<void> {
    const snapshotBytes = Number(this.snapshotSig.split(':')[1] ?? 0);
    if (this.journal.bytes > Math.max(JOURNAL_MIN_BYTES, snapshotBytes)) await this.fold();
    else await this.journal.append([change]);
    this.stats.writes++;
  }

  /**
   * Writes the snapshot with everything, then empties the journal. A crash between the two replays
   * the journal over a snapshot that already holds it, which changes nothing (whole items, idempotent).
   */
  private async fold(): Promise<void> {
    await this.db.write();
    this.snapshotSig = await this.signature();
    await this.journal.truncate();
    this.stats.snapshots++;
  }

  /** Catches up with what another process committed: its journal lines, or its new snapshot. */
  private async refresh(locked = false): Promise<void> {
    // Mid-flush the memory holds applied changes about to be written; a reload would drop them.
    if (this.flushing && !locked) return;
    if ((await this.signature()) !== this.snapshotSig) return this.reload();
    const { reset, records } = await this.journal.readNew();
    if (reset) return this.reload();
    this.replay(records as Change[]);
    await this.verdictLog.refresh();
  }

  private replay(changes: Change[]): void {
    for (const c of changes) {
      for (const item of c.items ?? []) this.putItem(item);
      for (const id of c.drops ?? []) this.dropItem(id);
      if (c.events) this.addEvents(c.events.filter(([id]) => !this.seen.has(id)));
      if (c.reviewers) this.putReviewers(c.reviewers);
      if (c.notices) this.putNotices(c.notices);
      if (c.noticeDrops) this.dropNotices(c.noticeDrops);
    }
  }

  /**
   * Moves an item along the status machine; leaving `pending` ends its lease, and its waiting notices
   * become due (replaced) or are dropped (it never was). Returns that change to the outbox.
   */
  private settleOpen(
    item: ReviewItem,
    to: ReviewStatus,
    entry: Omit<HistoryEntry, 'at'>,
    now: Date,
    fields?: Partial<Pick<ReviewItem, 'placeholderRevision' | 'restoredRevision'>>,
  ): Pick<Change, 'notices' | 'noticeDrops'> {
    const wasPending = item.status === 'pending';
    // Items are live objects here: the settled copy replaces this one's fields in place.
    const next = settled(item, to, entry, now, fields);
    delete item.restoring;
    delete item.lease;
    Object.assign(item, next);
    if (!wasPending) return {};
    if (to !== 'replaced') return { noticeDrops: this.dropWaitingNotices(item.id) };
    const released = this.outbox().filter((n) => n.waitsFor === item.id);
    for (const n of released) delete n.waitsFor;
    return { notices: released };
  }

  private dropWaitingNotices(itemId: string): string[] {
    const ids = this.outbox().filter((n) => n.waitsFor === itemId).map((n) => n.id);
    this.dropNotices(ids);
    return ids;
  }

  private outbox(): OutboxNotice[] {
    return (this.db.data.outbox ??= []);
  }

  private putNotices(notices: OutboxNotice[]): void {
    const ids = new Set(notices.map((n) => n.id));
    this.db.data.outbox = [...this.outbox().filter((n) => !ids.has(n.id)), ...notices];
  }

  private dropNotices(ids: string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    this.db.data.outbox = this.outbox().filter((n) => !gone.has(n.id));
  }

  private putItem(item: ReviewItem): void {
    const current = this.index.get(item.id);
    if (current) {
      Object.assign(current, item);
    } else {
      this.db.data.items.push(item);
      this.index.set(item.id, item);
    }
  }

  private dropItem(id: string): void {
    const item = this.index.get(id);
    if (!item) return;
    this.db.data.items.splice(this.db.data.items.indexOf(item), 1);
    this.index.delete(id);
  }

  /** Adds events and trims the window relative to the newest event, so a replay trims the same way. */
  private addEvents(events: Array<[string, number]>): void {
    const list = this.db.data.events;
    for (const e of events) {
      list.push(e);
      this.seen.add(e[0]);
    }
    const newest = list.at(-1)?.[1] ?? 0;
    while (list.length > EVENT_WINDOW_COUNT || (list[0] && list[0][1] < newest - EVENT_WINDOW_MS)) {
      this.seen.delete(list.shift()![0]);
    }
  }

  private putReviewers(reviewers: Reviewer[]): void {
    const names = new Set(reviewers.map((r) => r.name));
    this.db.data.reviewers = [...this.db.data.reviewers.filter((r) => !names.has(r.name)), ...reviewers];
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

/** Folds a batch's changes into one journal line (items are live objects: serialised at write time). */
function merge(changes: Change[]): Change {
  const items = new Map<string, ReviewItem>();
  const out: Required<Change> = { items: [], drops: [], events: [], reviewers: [], notices: [], noticeDrops: [] };
  for (const c of changes) {
    for (const i of c.items ?? []) items.set(i.id, i);
    for (const id of c.drops ?? []) {
      items.delete(id);
      out.drops.push(id);
    }
    out.events.push(...(c.events ?? []));
    out.reviewers.push(...(c.reviewers ?? []));
    // Order matters across changes: a notice recorded then settled in one batch ends dropped.
    for (const n of c.notices ?? []) {
      out.notices = [...out.notices.filter((x) => x.id !== n.id), n];
      out.noticeDrops = out.noticeDrops.filter((id) => id !== n.id);
    }
    for (const id of c.noticeDrops ?? []) {
      out.notices = out.notices.filter((x) => x.id !== id);
      out.noticeDrops.push(id);
    }
  }
  out.items = [...items.values()];
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v.length > 0)) as Change;
}

function newestFirst(a: ReviewItem, b: ReviewItem): number {
  return a.flaggedAt === b.flaggedAt ? (a.id < b.id ? 1 : -1) : a.flaggedAt < b.flaggedAt ? 1 : -1;
}
