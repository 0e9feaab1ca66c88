import { randomBytes } from 'node:crypto';
import pg, { type Pool, type PoolClient, type QueryResultRow } from 'pg';
import type { Reason } from '../../moderation/index.js';
import { InvalidTransition, ItemNotFound, StoreUnavailable } from '../errors.js';
import { newWriterId } from '../lease.js';
import { isNewestDecision, newPendingItem, noticeNote, restoreInFlight, settled } from '../pending-rules.js';
import { WORKER } from '../recover.js';
import { isNewerRevision } from '../revision.js';
import { historyEntry, OPEN_STATUSES } from '../status.js';
import {
  REVIEW_STATUSES,
  type AddPendingOptions, type HistoryEntry, type NewReviewItem, type NoticeOutcome, type OutboxNotice, type PendingLease, type Reviewer,
  type ReviewFilter, type ReviewItem, type ReviewStatus, type ReviewStore, type VerdictRecord,
} from '../types.js';
import { inTransaction, pgConnectError, serverName } from './pool.js';

/** Webhook event ids are remembered this long, and at most this many per site (as the lowdb store does). */
const EVENT_WINDOW = '7 days';
const EVENT_WINDOW_COUNT = 10_000;
/** How long a restore's PATCH keeps its revision from new decisions if the restore never records its end. */
const RESTORE_WINDOW_MS = 5 * 60_000;
/**
 * Deadlocks, serialization failures and id clashes on insert are retried whole (READ COMMITTED; the locks
 * make each run see what the other committed): meeting another process is never an error.
 */
const RETRIED = { retry: retryable, attempts: 5 };

/** The PostgreSQL store for one site. */
export interface PgReviewStore extends ReviewStore {
  readonly site: string;
}

/**
 * Opens the review store of `site` (the Wix instance id; "default" for a single-site install) on a
 * migrated database. Every query is filtered by site. The pool is shared (many sites, one pool) and
 * stays open on close() unless `ownPool` says this store is its only user (a command's own pool).
 */
export async function openPgReviewStore(pool: Pool, site: string, { ownPool = false }: { ownPool?: boolean } = {}): Promise<PgReviewStore> {
  const store = new PgStore(pool, site, ownPool);
  await store.checkSchema();
  return store;
}

/**
 * Every row of `site`, in every table that has a site column (later migrations' too), in one transaction:
 * its own on a pool, or the caller's when given a client inside one. Returns rows deleted per table.
 */
export async function deleteSiteData(db: Pool | PoolClient, site: string): Promise<Record<string, number>> {
  const run = async (c: PoolClient) => {
    const { rows } = await c.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'site' ORDER BY table_name`,
    );
    const deleted: Record<string, number> = {};
    for (const { table_name: table } of rows) {
      deleted[table] = (await c.query(`DELETE FROM ${c.escapeIdentifier(table)} WHERE site = $1`, [site])).rowCount ?? 0;
    }
    return deleted;
  };
  return db instanceof pg.Pool ? inTransaction(db, run, RETRIED) : run(db);
}

export interface SiteCounts {
  /** Review items by status. */
  items: Record<ReviewStatus, number>;
  /** Notices recorded and not yet sent (waiting for their item, due, or claimed). */
  notices: number;
}

/** What an operator checks per site: the queue by status and the outbox's length. */
export async function siteCounts(pool: Pool, site: string): Promise<SiteCounts> {
  const [items, notices] = await Promise.all([
    pool.query<{ status: ReviewStatus; n: string }>('SELECT status, count(*) AS n FROM review_items WHERE site = $1 GROUP BY status', [site]),
    pool.query<{ n: string }>('SELECT count(*) AS n FROM notices WHERE site = $1', [site]),
  ]);
  const byStatus = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>;
  for (const r of items.rows) byStatus[r.status] = Number(r.n);
  return { items: byStatus, notices: Number(notices.rows[0]!.n) };
}

class PgStore implements PgReviewStore {
  readonly writerId = newWriterId();
  private readonly server: string;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    readonly site: string,
    private readonly ownPool: boolean,
  ) {
    this.server = serverName(pool.options.connectionString);
  }

  /** The schema must be migrated: a store opened on an empty database says what to run. */
  async checkSchema(): Promise<void> {
    const { rows } = await this.query<{ exists: boolean }>(`SELECT to_regclass('review_items') IS NOT NULL AS exists`);
    if (!rows[0]!.exists) {
      throw new StoreUnavailable(`review store on PostgreSQL at ${this.server}: no schema yet; run \`aboutmod migrate\``);
    }
  }

  async list(filter: ReviewFilter = {}): Promise<ReviewItem[]> {
    const { rows } = await this.query<ItemRow>(
      `SELECT * FROM review_items
        WHERE site = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR about_id = $3)
          AND ($4::timestamptz IS NULL OR flagged_at < $4)
        ORDER BY flagged_at DESC, id COLLATE "C" DESC`,
      [this.site, filter.status ?? null, filter.aboutId ?? null, filter.flaggedBefore ?? null],
    );
    return rows.map(rowToItem);
  }

  async get(id: string): Promise<ReviewItem | undefined> {
    const { rows } = await this.query<ItemRow>('SELECT * FROM review_items WHERE site = $1 AND id = $2', [this.site, id]);
    return rows[0] && rowToItem(rows[0]);
  }

  /**
   * One transaction: the Abouts are locked (an advisory lock per About, taken in order, covers Abouts
   * with no row yet; FOR UPDATE holds their rows against transitions), their newest revision checked,
   * older open items superseded, the new items inserted with their leases and notices.
   */
  addPending(items: NewReviewItem[], by: string, options: AddPendingOptions = {}): Promise<ReviewItem[]> {
    if (items.length === 0) return Promise.resolve([]);
    return this.transaction(async (c) => {
      const now = new Date();
      const at = now.toISOString();
      const aboutIds = [...new Set(items.map((i) => i.aboutId))];
      await lockAbouts(c, this.site, aboutIds);
      const { rows } = await c.query<ItemRow>(
        'SELECT * FROM review_items WHERE site = $1 AND about_id = ANY($2) ORDER BY id FOR UPDATE',
        [this.site, aboutIds],
      );
      const knownByAbout = new Map(aboutIds.map((id) => [id, [] as ReviewItem[]]));
      for (const row of rows) knownByAbout.get(row.about_id)!.push(rowToItem(row));
      const superseded = new Map<string, ReviewItem>();
      const added = new Map<string, ReviewItem>();
      const notices: OutboxNotice[] = [];
      const ids = new Set<string>();
      for (const n of structuredClone(items)) {
        const known = knownByAbout.get(n.aboutId)!;
        if (!isNewestDecision(n.original.revision, known, now)) continue;
        // One open item per About: this decision was made on a newer read, so older open items are moot.
        for (const old of known.filter((o) => OPEN_STATUSES.includes(o.status))) {
          const next = settled(old, 'superseded', { by, action: 'superseded', note: 'flagged again after a member edit' }, now);
          known[known.indexOf(old)] = next;
          (added.has(old.id) ? added : superseded).set(old.id, next);
        }
        let id: string;
        do id = randomBytes(5).toString('hex'); while (ids.has(id));
        ids.add(id);
        const { item, notices: waiting } = newPendingItem(n, id, by, this.writerId, now, options.noticesFor);
        notices.push(...waiting);
        known.push(item);
        added.set(item.id, item);
      }
      if (superseded.size > 0) {
        // Their waiting notices go with the replacement that will never happen.
        await c.query('DELETE FROM notices WHERE site = $1 AND waits_for = ANY($2)', [this.site, [...superseded.keys()]]);
        await this.updateItems(c, [...superseded.values()]);
      }
      // A notice waiting for an item this same call superseded is dropped with it.
      const live = notices.filter((n) => added.get(n.waitsFor!)?.status === 'pending');
      // Ids are random per call: a clash with a stored item fails the insert (unique key) and the
      // transaction is retried with new ids.
      for (const item of added.values()) {
        await c.query(`INSERT INTO review_items (${ITEM_COLUMNS.join(', ')}) VALUES (${ITEM_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`, itemValues(this.site, item));
      }
      await this.insertNotices(c, live);
      return [...added.values()];
    });
  }

  /**
   * `UPDATE ... WHERE status = from`: the status read first is the one the update insists on, so
   * another process settling the item in between makes zero rows, and the change is decided again
   * against what it wrote (InvalidTransition, ItemNotFound, or a transition that is still allowed).
   */
  async transition(
    id: string,
    to: ReviewStatus,
    entry: Omit<HistoryEntry, 'at'>,
    fields?: Partial<Pick<ReviewItem, 'placeholderRevision' | 'restoredRevision'>>,
  ): Promise<ReviewItem> {
    for (;;) {
      const done = await this.transaction(async (c) => {
        const item = await this.mustGet(c, id);
        const next = settled(item, to, entry, new Date(), fields);
        const { rows } = await c.query<ItemRow>(
          `UPDATE review_items SET status = $3, updated_at = $4, placeholder_revision = $5, restored_revision = $6,
              lease = $7, restoring = NULL, history = history || $8::jsonb
            WHERE site = $1 AND id = $2 AND status = $9 RETURNING *`,
          [this.site, id, to, next.updatedAt, next.placeholderRevision ?? null, next.restoredRevision ?? null,
            next.lease ? JSON.stringify(next.lease) : null, JSON.stringify(next.history.slice(item.history.length)), item.status],
        );
        if (rows.length === 0) return undefined;
        if (item.status === 'pending') await this.settleWaitingNotices(c, id, to);
        return rowToItem(rows[0]!);
      });
      if (done) return done;
    }
  }

  dropPending(id: string): Promise<void> {
    return this.transaction(async (c) => {
      const { rowCount } = await c.query(`DELETE FROM review_items WHERE site = $1 AND id = $2 AND status = 'pending'`, [this.site, id]);
      if (!rowCount) throw new InvalidTransition(id, (await this.mustGet(c, id)).status, 'pending');
      await c.query('DELETE FROM notices WHERE site = $1 AND waits_for = $2', [this.site, id]);
    });
  }

  async markRestoring(id: string, revision: string): Promise<ReviewItem> {
    const restoring = { revision, until: new Date(Date.now() + RESTORE_WINDOW_MS).toISOString() };
    const { rows } = await this.query<ItemRow>(
      `UPDATE review_items SET restoring = $3 WHERE site = $1 AND id = $2 AND status IN ('replaced', 'confirmed') RETURNING *`,
      [this.site, id, JSON.stringify(restoring)],
    );
    if (rows[0]) return rowToItem(rows[0]);
    throw new InvalidTransition(id, (await this.mustGet(this.pool, id)).status, 'restored');
  }

  async releasePending(id: string): Promise<void> {
    // Settled meanwhile (recovery, a newer decision) or another writer's: nothing of ours to release.
    const { rowCount } = await this.query(
      `UPDATE review_items SET lease = jsonb_set(lease, '{until}', to_jsonb($3::text))
        WHERE site = $1 AND id = $2 AND status = 'pending' AND lease->>'writer' = $4`,
      [this.site, id, new Date().toISOString(), this.writerId],
    );
    if (!rowCount) await this.mustGet(this.pool, id);
  }

  async getVerdicts(aboutIds: readonly string[]): Promise<(VerdictRecord | undefined)[]> {
    // One query a page, not one an About: the round trips were most of an unchanged page's cost.
    const { rows } = await this.query<VerdictRow>('SELECT * FROM verdicts WHERE site = $1 AND about_id = ANY($2::text[])', [this.site, aboutIds]);
    const byAbout = new Map(rows.map((r) => [r.about_id, r]));
    return aboutIds.map((aboutId) => {
      const r = byAbout.get(aboutId);
      if (!r) return undefined;
      const record: VerdictRecord = { aboutId: r.about_id, revision: r.revision, scorer: r.scorer, flagged: r.flagged, at: r.at };
      if (r.kept !== null) record.kept = r.kept;
      return record;
    });
  }

  /**
   * The last verdict per About wins. A `kept` one supersedes, in the same transaction, the About's
   * replaced items whose placeholder revision is older (their rows locked first), whoever replaced them.
   */
  putVerdicts(records: VerdictRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    const latest = [...new Map(records.map((r) => [r.aboutId, r])).values()];
    return this.transaction(async (c) => {
      await c.query(
        `INSERT INTO verdicts (site, about_id, revision, scorer, flagged, at, kept)
         SELECT $1, r.about_id, r.revision, r.scorer, r.flagged, r.at, r.kept
           FROM json_to_recordset($2::json) AS r(about_id text, revision text, scorer text, flagged boolean, at text, kept boolean)
         ON CONFLICT (site, about_id) DO UPDATE
           SET revision = excluded.revision, scorer = excluded.scorer, flagged = excluded.flagged, at = excluded.at, kept = excluded.kept`,
        [this.site, JSON.stringify(latest.map((r) => ({
          about_id: r.aboutId, revision: r.revision, scorer: r.scorer, flagged: r.flagged, at: r.at, kept: r.kept ?? null,
        })))],
      );
      const kept = new Map(latest.filter((r) => r.kept).map((r) => [r.aboutId, r.revision]));
      if (kept.size === 0) return;
      const now = new Date();
      const { rows } = await c.query<ItemRow>(
        `SELECT * FROM review_items WHERE site = $1 AND about_id = ANY($2) AND status = 'replaced' ORDER BY id FOR UPDATE`,
        [this.site, [...kept.keys()]],
      );
      const gone = rows.map(rowToItem).filter((item) => item.placeholderRevision !== undefined
        && isNewerRevision(kept.get(item.aboutId)!, item.placeholderRevision) && !restoreInFlight(item, now));
      await this.updateItems(c, gone.map((item) => settled(item, 'superseded', {
        by: WORKER, action: 'superseded', note: 'the member replaced our placeholder with content judged fine', revision: kept.get(item.aboutId),
      }, now)));
    });
  }

  markEventSeen(eventId: string): Promise<boolean> {
    return this.transaction(async (c) => {
      const { rowCount } = await c.query(
        'INSERT INTO webhook_events (site, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [this.site, eventId],
      );
      if (!rowCount) return false;
      // The window, as the lowdb store keeps it: a week, and at most the newest EVENT_WINDOW_COUNT ids.
      await c.query(
        `DELETE FROM webhook_events WHERE site = $1 AND (seen_at < now() - $2::interval OR seen_at < (
           SELECT seen_at FROM webhook_events WHERE site = $1 ORDER BY seen_at DESC OFFSET $3 LIMIT 1))`,
        [this.site, EVENT_WINDOW, EVENT_WINDOW_COUNT],
      );
      return true;
    });
  }

  async putReviewer(reviewer: Reviewer): Promise<void> {
    await this.query(
      `INSERT INTO reviewers (site, name, password_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (site, name) DO UPDATE SET password_hash = excluded.password_hash, created_at = excluded.created_at`,
      [this.site, reviewer.name, reviewer.passwordHash, reviewer.createdAt],
    );
  }

  async getReviewer(name: string): Promise<Reviewer | undefined> {
    const { rows } = await this.query<{ name: string; password_hash: string; created_at: string }>(
      'SELECT name, password_hash, created_at FROM reviewers WHERE site = $1 AND name = $2', [this.site, name],
    );
    const r = rows[0];
    return r && { name: r.name, passwordHash: r.password_hash, createdAt: r.created_at };
  }

  recordNotices(notices: OutboxNotice[], by: string): Promise<void> {
    if (notices.length === 0) return Promise.resolve();
    return this.transaction(async (c) => {
      const at = new Date().toISOString();
      const entries = new Map<string, HistoryEntry[]>();
      for (const n of notices) {
        for (const id of n.itemIds) entries.set(id, [...entries.get(id) ?? [], historyEntry({ by, action: 'notice-recorded', note: noticeNote(n) }, at)]);
      }
      const touched = await this.appendHistory(c, entries, at);
      const missing = [...entries.keys()].find((id) => !touched.has(id));
      if (missing !== undefined) throw new ItemNotFound(missing);
      await this.insertNotices(c, notices);
    });
  }

  settleNotices(outcomes: NoticeOutcome[], by: string): Promise<void> {
    if (outcomes.length === 0) return Promise.resolve();
    return this.transaction(async (c) => {
      const at = new Date().toISOString();
      const entries = new Map<string, HistoryEntry[]>();
      for (const o of [...outcomes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
        const { rows } = o.result === 'failed'
          ? await c.query<NoticeRow>(
            `UPDATE notices SET attempts = attempts + 1, next_attempt_at = $3, last_error = $4, claim_by = NULL, claim_until = NULL
              WHERE site = $1 AND id = $2 RETURNING *`,
            [this.site, o.id, o.nextAttemptAt ?? null, o.error ?? null],
          )
          : await c.query<NoticeRow>('DELETE FROM notices WHERE site = $1 AND id = $2 RETURNING *', [this.site, o.id]);
        const notice = rows[0] && rowToNotice(rows[0]);
        if (!notice) continue; // settled by another process meanwhile
        const action = o.result === 'sent' ? 'notice-sent' : 'notice-failed';
        const why = o.result === 'sent' ? '' : `: ${o.result === 'abandoned' ? 'gave up' : 'will retry'} (${o.error ?? 'error'})`;
        const row = historyEntry({ by, action, note: `${noticeNote(notice)}${why}` }, at);
        for (const id of notice.itemIds) entries.set(id, [...entries.get(id) ?? [], row]);
      }
      // An item dropped meanwhile (recovery) has no history left to write to: appendHistory skips it.
      await this.appendHistory(c, entries, at);
    });
  }

  async listNotices(): Promise<OutboxNotice[]> {
    const { rows } = await this.query<NoticeRow>('SELECT * FROM notices WHERE site = $1 ORDER BY seq', [this.site]);
    return rows.map(rowToNotice);
  }

  /** `FOR UPDATE SKIP LOCKED`: two processes claiming at once each take notices the other is not taking. */
  async claimNotices(now: Date, claimMs: number, { limit, exceptChannels = [] }: { limit?: number; exceptChannels?: readonly string[] } = {}): Promise<OutboxNotice[]> {
    // The CTE picks once: as a subquery of the UPDATE it could be run again and skip the rows this very
    // statement has just claimed, claiming past the limit.
    const { rows } = await this.query<NoticeRow>(
      `WITH picked AS (
         SELECT id FROM notices
          WHERE site = $1 AND waits_for IS NULL AND NOT (channel = ANY($5))
            AND (next_attempt_at IS NULL OR next_attempt_at <= $4) AND (claim_until IS NULL OR claim_until <= $4)
          ORDER BY seq LIMIT $6 FOR UPDATE SKIP LOCKED)
       UPDATE notices n SET claim_by = $2, claim_until = $3 FROM picked WHERE n.site = $1 AND n.id = picked.id
       RETURNING n.*`,
      [this.site, this.writerId, new Date(now.getTime() + claimMs).toISOString(), now.toISOString(), [...exceptChannels],
        limit === undefined || !Number.isFinite(limit) ? null : limit],
    );
    return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(rowToNotice);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownPool) await this.pool.end();
  }

  /** Leaving `pending` ends the lease; the item's waiting notices become due (replaced) or go (never replaced). */
  private async settleWaitingNotices(c: PoolClient, id: string, to: ReviewStatus): Promise<void> {
    if (to === 'replaced') await c.query('UPDATE notices SET waits_for = NULL WHERE site = $1 AND waits_for = $2', [this.site, id]);
    else await c.query('DELETE FROM notices WHERE site = $1 AND waits_for = $2', [this.site, id]);
  }

  /** Whole items, rows already locked by this transaction. */
  private async updateItems(c: PoolClient, items: ReviewItem[]): Promise<void> {
    const set = ITEM_COLUMNS.slice(2).map((col, i) => `${col} = $${i + 3}`).join(', ');
    for (const item of items) await c.query(`UPDATE review_items SET ${set} WHERE site = $1 AND id = $2`, itemValues(this.site, item));
  }

  /** Appends history rows (in item id order, so concurrent appenders never deadlock); returns the ids that exist. */
  private async appendHistory(c: PoolClient, entries: Map<string, HistoryEntry[]>, at: string): Promise<Set<string>> {
    const touched = new Set<string>();
    for (const id of [...entries.keys()].sort()) {
      const { rowCount } = await c.query(
        'UPDATE review_items SET history = history || $3::jsonb, updated_at = $4 WHERE site = $1 AND id = $2',
        [this.site, id, JSON.stringify(entries.get(id)), at],
      );
      if (rowCount) touched.add(id);
    }
    return touched;
  }

  /** Adds notices; one recorded again under the same id replaces the old one (as the lowdb store does). */
  private async insertNotices(c: PoolClient, notices: OutboxNotice[]): Promise<void> {
    for (const n of notices) {
      await c.query(
        `INSERT INTO notices (site, id, kind, channel, item_ids, created_at, attempts, next_attempt_at, last_error, message, waits_for, claim_by, claim_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (site, id) DO UPDATE SET kind = excluded.kind, channel = excluded.channel, item_ids = excluded.item_ids,
           created_at = excluded.created_at, attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at,
           last_error = excluded.last_error, message = excluded.message, waits_for = excluded.waits_for,
           claim_by = excluded.claim_by, claim_until = excluded.claim_until`,
        [this.site, n.id, n.kind, n.channel, n.itemIds, n.createdAt, n.attempts, n.nextAttemptAt ?? null, n.lastError ?? null,
          JSON.stringify(n.message ?? null), n.waitsFor ?? null, n.claim?.by ?? null, n.claim?.until ?? null],
      );
    }
  }

  private async mustGet(c: Pool | PoolClient, id: string): Promise<ReviewItem> {
    const { rows } = await c.query<ItemRow>('SELECT * FROM review_items WHERE site = $1 AND id = $2', [this.site, id]);
    if (!rows[0]) throw new ItemNotFound(id);
    return rowToItem(rows[0]);
  }

  private async query<R extends QueryResultRow>(sql: string, params: unknown[] = []) {
    this.assertOpen();
    try {
      return await this.pool.query<R>(sql, params);
    } catch (err) {
      throw pgConnectError(err, this.server);
    }
  }

  private async transaction<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await inTransaction(this.pool, fn, RETRIED);
    } catch (err) {
      throw pgConnectError(err, this.server);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailable(`review store of site ${this.site} on PostgreSQL: already closed`);
  }
}

function retryable(err: unknown): boolean {
  const { code, constraint } = err as { code?: string; constraint?: string };
  return code === '40P01' || code === '40001' || (code === '23505' && constraint === 'review_items_pkey');
}

/** An advisory transaction lock per About (site and About id hashed), taken in key order so two callers never deadlock. */
async function lockAbouts(c: PoolClient, site: string, aboutIds: readonly string[]): Promise<void> {
  await c.query(
    `SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended($1 || chr(31) || a, 0) AS k FROM unnest($2::text[]) AS a ORDER BY k) AS keys`,
    [site, aboutIds],
  );
}

interface ItemRow {
  id: string;
  about_id: string;
  member_id: string;
  status: ReviewStatus;
  flagged_at: Date;
  updated_at: Date;
  revision: string;
  placeholder_revision: string | null;
  restored_revision: string | null;
  restoring: { revision: string; until: string } | null;
  lease: PendingLease | null;
  original_content: unknown;
  reasons: Reason[];
  scorer: string;
  history: HistoryEntry[];
}

/** Columns of review_items in the order itemValues gives them (site and id first). */
const ITEM_COLUMNS = [
  'site', 'id', 'about_id', 'member_id', 'status', 'flagged_at', 'updated_at', 'revision', 'placeholder_revision', 'restored_revision',
  'restoring', 'lease', 'original_content', 'reasons', 'scorer', 'history',
] as const;

/** Query parameters for ITEM_COLUMNS; JSON columns as JSON text (json keeps member text exactly, NUL included). */
function itemValues(site: string, i: ReviewItem): unknown[] {
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  return [
    site, i.id, i.aboutId, i.memberId, i.status, i.flaggedAt, i.updatedAt, i.original.revision, i.placeholderRevision ?? null,
    i.restoredRevision ?? null, json(i.restoring), json(i.lease), JSON.stringify(i.original.content ?? null), JSON.stringify(i.reasons),
    i.scorer, JSON.stringify(i.history),
  ];
}

function rowToItem(r: ItemRow): ReviewItem {
  const item: ReviewItem = {
    id: r.id,
    aboutId: r.about_id,
    memberId: r.member_id,
    status: r.status,
    flaggedAt: r.flagged_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    original: { content: r.original_content, revision: r.revision },
    reasons: r.reasons,
    scorer: r.scorer,
    history: r.history,
  };
  if (r.placeholder_revision !== null) item.placeholderRevision = r.placeholder_revision;
  if (r.restored_revision !== null) item.restoredRevision = r.restored_revision;
  if (r.lease !== null) item.lease = r.lease;
  if (r.restoring !== null) item.restoring = r.restoring;
  return item;
}

interface VerdictRow {
  about_id: string;
  revision: string;
  scorer: string;
  flagged: boolean;
  at: string;
  kept: boolean | null;
}

interface NoticeRow {
  id: string;
  seq: string;
  kind: string;
  channel: string;
  item_ids: string[];
  created_at: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  message: unknown;
  waits_for: string | null;
  claim_by: string | null;
  claim_until: Date | null;
}

function rowToNotice(r: NoticeRow): OutboxNotice {
  const n: OutboxNotice = {
    id: r.id, kind: r.kind, channel: r.channel, itemIds: r.item_ids, createdAt: r.created_at, attempts: r.attempts, message: r.message,
  };
  if (r.next_attempt_at !== null) n.nextAttemptAt = r.next_attempt_at.toISOString();
  if (r.last_error !== null) n.lastError = r.last_error;
  if (r.waits_for !== null) n.waitsFor = r.waits_for;
  if (r.claim_by !== null && r.claim_until !== null) n.claim = { by: r.claim_by, until: r.claim_until.toISOString() };
  return n;
}
