import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidTransition, ItemNotFound } from '../../src/review/errors.js';
import { openReviewStore } from '../../src/review/lowdb-store.js';
import { singleSiteKey } from '../../src/review/open-for-command.js';
import { openPgReviewStore } from '../../src/review/pg/pg-store.js';
import { createPgPool } from '../../src/review/pg/pool.js';
import type { NewReviewItem, OutboxNotice, ReviewItem, ReviewStore } from '../../src/review/types.js';
import { usePostgres } from './postgres.js';

/**
 * One place holding review data (a lowdb file, a PostgreSQL site); `open` may be called many times,
 * each store standing for another process's view of the same data.
 */
export interface StorePlace {
  open(): Promise<ReviewStore>;
}

export function newItem(aboutId: string, revision = '1'): NewReviewItem {
  return {
    aboutId,
    memberId: `m-${aboutId}`,
    original: { content: { nodes: [{ type: 'PARAGRAPH', id: 'p', nodes: [{ type: 'TEXT', textData: { text: `hello ${aboutId}` } }] }] }, revision },
    reasons: [{ category: 'profanity', score: 0.9, source: 'local:profanity', evidence: [{ value: 'x', path: 'nodes[0]', place: 'paragraph' }] }],
    scorer: 'local:test',
  };
}

function notice(id: string, itemIds: string[], extra: Partial<OutboxNotice> = {}): OutboxNotice {
  return { id, kind: 'member-replaced', channel: 'wix-email', itemIds, createdAt: '2026-01-01T00:00:00.000Z', attempts: 0, message: { to: 'm' }, ...extra };
}

/**
 * The behaviour every ReviewStore keeps (docs/store-contract.md), run against each store by its own
 * test file. `fresh` gives an empty place per case.
 */
export function storeContract(name: string, fresh: () => Promise<StorePlace>): void {
  describe(`review store contract: ${name}`, () => {
    async function withStore<T>(fn: (store: ReviewStore, place: StorePlace) => Promise<T>): Promise<T> {
      const place = await fresh();
      const store = await place.open();
      try {
        return await fn(store, place);
      } finally {
        await store.close();
      }
    }

    it('what was written survives a reopen, exactly', () => withStore(async (store, place) => {
      const [item] = await store.addPending([newItem('a1')], 'aboutmod');
      await store.close();
      const again = await place.open();
      const read = await again.get(item!.id);
      expect(read).toEqual(item);
      expect(read!.status).toBe('pending');
      expect(read!.lease?.writer).toBe(store.writerId);
      expect(read!.history).toEqual([expect.objectContaining({ by: 'aboutmod', action: 'flagged', revision: '1' })]);
      await again.close();
    }));

    it('an illegal transition throws InvalidTransition and changes nothing', () => withStore(async (store) => {
      const [item] = await store.addPending([newItem('t1')], 'aboutmod');
      await store.transition(item!.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' });
      await store.transition(item!.id, 'confirmed', { by: 'alice', action: 'confirmed', note: 'rude' });
      const before = await store.get(item!.id);
      await expect(store.transition(item!.id, 'replaced', { by: 'bob', action: 'replaced' })).rejects.toThrow(InvalidTransition);
      await expect(store.transition(item!.id, 'confirmed', { by: 'bob', action: 'confirmed' })).rejects.toThrow(
        `review item "${item!.id}" is confirmed: it cannot become confirmed`,
      );
      const after = await store.get(item!.id);
      expect(after).toEqual(before);
      expect(after!.history.map((h) => [h.action, h.by, h.note, h.from, h.to])).toEqual([
        ['flagged', 'aboutmod', undefined, undefined, 'pending'], ['replaced', 'aboutmod', undefined, 'pending', 'replaced'],
        ['confirmed', 'alice', 'rude', 'replaced', 'confirmed'],
      ]);
      expect(after!.placeholderRevision).toBe('2');
      expect(after!.lease).toBeUndefined();
    }));

    it('an unknown id is ItemNotFound with the one-line message, exit code 2, for every call that takes an id', () => withStore(async (store) => {
      const err = await store.transition('nope', 'confirmed', { by: 'x', action: 'confirmed' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ItemNotFound);
      expect((err as ItemNotFound).message).toBe('review item "nope" not found');
      expect((err as ItemNotFound).exitCode).toBe(2);
      await expect(store.dropPending('nope')).rejects.toThrow(ItemNotFound);
      await expect(store.markRestoring('nope', '3')).rejects.toThrow(ItemNotFound);
      await expect(store.releasePending('nope')).rejects.toThrow(ItemNotFound);
      await expect(store.recordNotices([notice('n1', ['nope'])], 'x')).rejects.toThrow(ItemNotFound);
      expect(await store.listNotices()).toEqual([]);
      expect(await store.get('nope')).toBeUndefined();
    }));

    it('dropPending removes only a pending item; a second flag supersedes the open item for the same About', () => withStore(async (store) => {
      const [a] = await store.addPending([newItem('d1')], 'aboutmod');
      await store.dropPending(a!.id);
      expect(await store.get(a!.id)).toBeUndefined();

      const [b] = await store.addPending([newItem('d2', '5')], 'aboutmod');
      await store.transition(b!.id, 'replaced', { by: 'aboutmod', action: 'replaced' }, { placeholderRevision: '6' });
      await expect(store.dropPending(b!.id)).rejects.toThrow(InvalidTransition);
      const [c] = await store.addPending([newItem('d2', '7')], 'aboutmod');
      expect((await store.get(b!.id))!.status).toBe('superseded');
      expect((await store.get(b!.id))!.original.revision).toBe('5');
      expect((await store.list({ aboutId: 'd2' })).map((i) => i.id)).toEqual([c!.id, b!.id]);
    }));

    it('a decision on a revision not newer than every one known for the About is refused, compared as numbers', () => withStore(async (store) => {
      const [a] = await store.addPending([newItem('r1', '9')], 'aboutmod');
      // "10" is newer than "9" as a number (not as text); "9" again and "8" are not newer.
      expect(await store.addPending([newItem('r1', '9'), newItem('r1', '8')], 'aboutmod')).toEqual([]);
      const [b] = await store.addPending([newItem('r1', '10')], 'aboutmod');
      expect(b?.original.revision).toBe('10');
      expect((await store.get(a!.id))!.status).toBe('superseded');
      // Our placeholder's revision counts too: a decision on it (or older) is stale.
      await store.transition(b!.id, 'replaced', { by: 'aboutmod', action: 'replaced' }, { placeholderRevision: '18446744073709551600' });
      expect(await store.addPending([newItem('r1', '18446744073709551600')], 'aboutmod')).toEqual([]);
      expect(await store.addPending([newItem('r1', '18446744073709551601')], 'aboutmod')).toHaveLength(1);
      // Within one call the later decision on the same About supersedes the earlier one.
      const both = await store.addPending([newItem('r2', '1'), newItem('r2', '2')], 'aboutmod');
      expect(both.map((i) => [i.original.revision, i.status])).toEqual([['1', 'superseded'], ['2', 'pending']]);
      expect((await store.list({ aboutId: 'r2', status: 'pending' })).map((i) => i.id)).toEqual([both[1]!.id]);
    }));

    it('a restore announced before its PATCH keeps its revision from new decisions until recorded', () => withStore(async (store) => {
      const [a] = await store.addPending([newItem('s1', '1')], 'aboutmod');
      await store.transition(a!.id, 'replaced', { by: 'aboutmod', action: 'replaced' }, { placeholderRevision: '2' });
      const marked = await store.markRestoring(a!.id, '3');
      expect(marked.restoring?.revision).toBe('3');
      expect(await store.addPending([newItem('s1', '3')], 'aboutmod')).toEqual([]);
      const restored = await store.transition(a!.id, 'restored', { by: 'alice', action: 'restored' }, { restoredRevision: '3' });
      expect(restored.restoring).toBeUndefined();
      expect(restored.restoredRevision).toBe('3');
      await expect(store.markRestoring(a!.id, '4')).rejects.toThrow(InvalidTransition);
      expect(await store.addPending([newItem('s1', '4')], 'aboutmod')).toHaveLength(1);
    }));

    it('releasePending ends only its own writer\'s lease, and only while pending', () => withStore(async (store, place) => {
      const [a] = await store.addPending([newItem('l1')], 'aboutmod');
      const other = await place.open();
      await other.releasePending(a!.id);
      expect(Date.parse((await store.get(a!.id))!.lease!.until)).toBeGreaterThan(Date.now() + 60_000);
      await other.close();
      await store.releasePending(a!.id);
      expect(Date.parse((await store.get(a!.id))!.lease!.until)).toBeLessThanOrEqual(Date.now());
      await store.transition(a!.id, 'superseded', { by: 'aboutmod', action: 'recovered' });
      await store.releasePending(a!.id);
      expect((await store.get(a!.id))!.status).toBe('superseded');
    }));

    it('list filters by status, About and flagged time, newest first', () => withStore(async (store) => {
      const [a] = await store.addPending([newItem('f1')], 'aboutmod');
      await new Promise((r) => setTimeout(r, 5));
      const [b] = await store.addPending([newItem('f2')], 'aboutmod');
      await store.transition(a!.id, 'replaced', { by: 'aboutmod', action: 'replaced' }, { placeholderRevision: '2' });
      expect((await store.list()).map((i) => i.id)).toEqual([b!.id, a!.id]);
      expect((await store.list({ status: 'replaced' })).map((i) => i.id)).toEqual([a!.id]);
      expect((await store.list({ aboutId: 'f2' })).map((i) => i.id)).toEqual([b!.id]);
      expect((await store.list({ flaggedBefore: b!.flaggedAt })).map((i) => i.id)).toEqual([a!.id]);
      expect(await store.list({ status: 'confirmed' })).toEqual([]);
    }));

    it('verdicts and reviewers persist; the last verdict per About wins; webhook event ids are recognised as duplicates', () => withStore(async (store, place) => {
      await store.putVerdicts([
        { aboutId: 'v1', revision: '3', scorer: 's', flagged: false, at: '2026-01-01T00:00:00.000Z' },
        { aboutId: 'v1', revision: '4', scorer: 's', flagged: true, at: '2026-01-02T00:00:00.000Z' },
      ]);
      await store.putVerdicts([{ aboutId: 'v2', revision: '1', scorer: 's', flagged: false, at: '2026-01-01T00:00:00.000Z', kept: true }]);
      await store.putReviewer({ name: 'alice', passwordHash: 'h', createdAt: '2026-01-01T00:00:00.000Z' });
      await store.putReviewer({ name: 'alice', passwordHash: 'h2', createdAt: '2026-01-03T00:00:00.000Z' });
      expect(await store.markEventSeen('e1')).toBe(true);
      expect(await store.markEventSeen('e1')).toBe(false);
      await store.close();
      const again = await place.open();
      const [v1, v2, v3] = await again.getVerdicts(['v1', 'v2', 'v3']);
      expect(v1).toEqual({ aboutId: 'v1', revision: '4', scorer: 's', flagged: true, at: '2026-01-02T00:00:00.000Z' });
      expect(v2?.kept).toBe(true);
      expect(v3).toBeUndefined();
      expect(await again.getReviewer('alice')).toEqual({ name: 'alice', passwordHash: 'h2', createdAt: '2026-01-03T00:00:00.000Z' });
      expect(await again.getReviewer('bob')).toBeUndefined();
      expect(await again.markEventSeen('e1')).toBe(false);
      expect(await again.markEventSeen('e2')).toBe(true);
      await again.close();
    }));

    it('a kept verdict supersedes replaced items whose placeholder is older, not a newer one nor a restore in flight', () => withStore(async (store) => {
      const replace = async (aboutId: string, revision: string, placeholder: string) => {
        const [item] = await store.addPending([newItem(aboutId, revision)], 'aboutmod');
        return store.transition(item!.id, 'replaced', { by: 'aboutmod', action: 'replaced' }, { placeholderRevision: placeholder });
      };
      const old = await replace('k1', '1', '2');
      const newer = await replace('k2', '9', '10');
      const restoring = await replace('k3', '1', '2');
      await store.markRestoring(restoring.id, '3');
      await store.putVerdicts([
        { aboutId: 'k1', revision: '3', scorer: 's', flagged: false, at: '2026-01-01T00:00:00.000Z', kept: true },
        { aboutId: 'k2', revision: '9', scorer: 's', flagged: false, at: '2026-01-01T00:00:00.000Z', kept: true },
        { aboutId: 'k3', revision: '3', scorer: 's', flagged: false, at: '2026-01-01T00:00:00.000Z', kept: true },
      ]);
      const closed = (await store.get(old.id))!;
      expect(closed.status).toBe('superseded');
      expect(closed.history.at(-1)).toEqual(expect.objectContaining({ action: 'superseded', revision: '3', from: 'replaced', to: 'superseded' }));
      expect((await store.get(newer.id))!.status).toBe('replaced');
      expect((await store.get(restoring.id))!.status).toBe('replaced');
    }));

    it('notices recorded with a pending item wait for it: due once replaced, dropped if it never is', () => withStore(async (store) => {
      const noticesFor = (item: ReviewItem) => [notice(`n-${item.aboutId}`, [item.id])];
      const [a, b, c] = await store.addPending([newItem('w1'), newItem('w2'), newItem('w3')], 'aboutmod', { noticesFor });
      expect((await store.listNotices()).map((n) => [n.id, n.waitsFor])).toEqual([['n-w1', a!.id], ['n-w2', b!.id], ['n-w3', c!.id]]);
      expect(await store.claimNotices(new Date(), 60_000)).toEqual([]);
      expect(a!.history.map((h) => h.action)).toEqual(['flagged', 'notice-recorded']);
      await store.transition(a!.id, 'replaced', { by: 'aboutmod', action: 'replaced' }, { placeholderRevision: '2' });
      await store.transition(b!.id, 'superseded', { by: 'aboutmod', action: 'superseded' });
      await store.dropPending(c!.id);
      const left = await store.listNotices();
      expect(left).toEqual([notice('n-w1', [a!.id])]);
      // A newer decision supersedes the pending item: its waiting notice goes with it.
      const [d] = await store.addPending([newItem('w4')], 'aboutmod', { noticesFor });
      await store.addPending([newItem('w4', '2')], 'aboutmod');
      expect((await store.get(d!.id))!.status).toBe('superseded');
      expect((await store.listNotices()).map((n) => n.id)).toEqual(['n-w1']);
    }));

    it('claims: due, unclaimed notices only, up to the limit, other channels left; settled sent, failed with backoff, or abandoned', () => withStore(async (store, place) => {
      const [a] = await store.addPending([newItem('c1')], 'aboutmod');
      const now = new Date();
      await store.recordNotices([
        notice('n1', [a!.id]),
        notice('n2', [a!.id], { channel: 'smtp' }),
        notice('n3', [a!.id], { nextAttemptAt: new Date(now.getTime() + 60_000).toISOString() }),
        notice('n4', [a!.id]),
        notice('n5', [a!.id]),
      ], 'aboutmod');
      expect((await store.get(a!.id))!.history.filter((h) => h.action === 'notice-recorded')).toHaveLength(5);
      const first = await store.claimNotices(now, 60_000, { limit: 2, exceptChannels: ['smtp'] });
      expect(first.map((n) => n.id)).toEqual(['n1', 'n4']);
      expect(first[0]!.claim).toEqual({ by: store.writerId, until: new Date(now.getTime() + 60_000).toISOString() });
      const other = await place.open();
      expect((await other.claimNotices(now, 60_000)).map((n) => n.id).sort()).toEqual(['n2', 'n5']);
      // An expired claim is free again.
      const later = new Date(now.getTime() + 61_000);
      expect((await other.claimNotices(later, 60_000)).map((n) => n.id).sort()).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
      await other.close();
      await store.settleNotices([
        { id: 'n1', result: 'sent' },
        { id: 'n2', result: 'failed', error: 'smtp 451', nextAttemptAt: new Date(now.getTime() + 300_000).toISOString() },
        { id: 'n3', result: 'abandoned', error: 'bad address' },
        { id: 'gone', result: 'sent' },
      ], 'aboutmod');
      const left = (await store.listNotices()).sort((x, y) => (x.id < y.id ? -1 : 1));
      expect(left.map((n) => n.id)).toEqual(['n2', 'n4', 'n5']);
      expect(left[0]).toEqual(expect.objectContaining({ attempts: 1, lastError: 'smtp 451', nextAttemptAt: new Date(now.getTime() + 300_000).toISOString() }));
      expect(left[0]!.claim).toBeUndefined();
      const notes = (await store.get(a!.id))!.history.slice(-3).map((h) => [h.action, h.note]);
      expect(notes).toEqual([
        ['notice-sent', 'member-replaced via wix-email (notice n1)'],
        ['notice-failed', 'member-replaced via smtp (notice n2): will retry (smtp 451)'],
        ['notice-failed', 'member-replaced via wix-email (notice n3): gave up (bad address)'],
      ]);
    }));

    it('a second process sees the first one\'s writes, and its own writes keep them', () => withStore(async (one, place) => {
      const two = await place.open();
      const [a] = await one.addPending([newItem('p1')], 'one');
      expect((await two.get(a!.id))?.aboutId).toBe('p1');
      await two.addPending([newItem('p2')], 'two');
      await one.transition(a!.id, 'superseded', { by: 'one', action: 'superseded' });
      await two.close();
      const three = await place.open();
      expect((await three.list()).map((i) => [i.aboutId, i.status]).sort()).toEqual([['p1', 'superseded'], ['p2', 'pending']]);
      await three.close();
    }));
  });
}

/** The review stores a cross-process test runs on (describe.each over them). */
export const STORE_KINDS = ['lowdb', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** One store the processes of a test share, as their config and environment name it. */
export interface StoreSetting {
  kind: StoreKind;
  /** The config file's `store` section. */
  config: { kind: StoreKind; path: string };
  /** What the processes need besides the Wix credentials (DATABASE_URL for postgres). */
  env: Record<string, string>;
  /** The store as another process opens it. */
  open(): Promise<ReviewStore>;
  /** Every item of the queue, read through the store API. */
  readItems(): Promise<ReviewItem[]>;
}

/**
 * Call in a describe block: for postgres it gives that block a fresh database (usePostgres). Returns
 * `setting(dir, credentials)`: a store under `dir` (lowdb), or the site's rows of that database keyed
 * as the commands key them (WIX_INSTANCE_ID, else WIX_SITE_ID of the credentials they are given).
 */
export function useStoreKind(kind: StoreKind): (dir: string, credentials: NodeJS.ProcessEnv) => StoreSetting {
  const db = kind === 'postgres' ? usePostgres() : undefined;
  return (dir, credentials): StoreSetting => {
    const path = join(dir, 'review.json');
    const open = db
      ? () => openPgReviewStore(createPgPool(db.url), singleSiteKey({ ...process.env, ...credentials }), { ownPool: true })
      : () => openReviewStore(path);
    return {
      kind,
      config: { kind, path },
      env: db ? { DATABASE_URL: db.url } : {},
      open,
      async readItems() {
        const store = await open();
        try {
          return await store.list();
        } finally {
          await store.close();
        }
      },
    };
  };
}
