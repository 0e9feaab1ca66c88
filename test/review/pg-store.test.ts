import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { ItemNotFound } from '../../src/review/errors.js';
import { MIGRATIONS } from '../../src/review/pg/migrations.js';
import { deleteSiteData, openPgReviewStore, siteCounts } from '../../src/review/pg/pg-store.js';
import { createPgPool } from '../../src/review/pg/pool.js';
import type { OutboxNotice, ReviewStore } from '../../src/review/types.js';
import { usePostgres } from '../helpers/postgres.js';
import { newItem, storeContract } from '../helpers/store-contract.js';

const db = usePostgres();
const newSite = () => `site-${randomBytes(4).toString('hex')}`;
/** A store on its own pool: another process's view of the same site. */
const openStore = (site: string) => openPgReviewStore(createPgPool(db.url), site, { ownPool: true });

storeContract('postgres', async () => {
  const site = newSite();
  return { open: () => openStore(site) };
});

/** Runs an ES module script in a new node process (the built dist/ is what it imports); resolves with its stdout. */
function runNode(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`node exited ${code}`))));
  });
}
const dist = (path: string) => JSON.stringify(join(PACKAGE_ROOT, 'dist', path));

async function closeAll(stores: ReviewStore[]): Promise<void> {
  await Promise.all(stores.map((s) => s.close()));
}

describe('postgres review store across processes', () => {
  it('stores racing addPending on one About: exactly one item, whatever the order', async () => {
    const site = newSite();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(site)));
    for (let round = 0; round < 10; round++) {
      // Same revision from every store: one decision stands, the rest are stale.
      const added = await Promise.all(stores.map((s) => s.addPending([newItem(`same${round}`, '5')], 'aboutmod')));
      expect(added.flat()).toHaveLength(1);
      // Different revisions: whoever commits last, one item stays open and it is the newest revision's.
      await Promise.all(stores.map((s, i) => s.addPending([newItem(`race${round}`, String(10 + i))], 'aboutmod')));
      const open = (await stores[0]!.list({ aboutId: `race${round}` })).filter((i) => i.status === 'pending');
      expect(open.map((i) => i.original.revision)).toEqual(['13']);
    }
    await closeAll(stores);
  });

  it('two node processes racing transitions on the same items: each item has exactly one winner', async () => {
    const site = newSite();
    const store = await openStore(site);
    const items = await store.addPending(Array.from({ length: 40 }, (_, i) => newItem(`t${i}`)), 'aboutmod');
    const ids = JSON.stringify(items.map((i) => i.id));
    const script = (who: string) => `
      const { openPgReviewStore } = await import(${dist('review/pg/pg-store.js')});
      const { createPgPool } = await import(${dist('review/pg/pool.js')});
      const store = await openPgReviewStore(createPgPool(${JSON.stringify(db.url)}), ${JSON.stringify(site)}, { ownPool: true });
      const won = [];
      await Promise.all(${ids}.map(async (id) => {
        try {
          await store.transition(id, 'replaced', { by: ${JSON.stringify(who)}, action: 'replaced' }, { placeholderRevision: '2' });
          won.push(id);
        } catch (err) {
          if (err.name !== 'InvalidTransition') throw err;
        }
      }));
      await store.close();
      process.stdout.write(JSON.stringify(won));
    `;
    // Both try pending -> replaced on every item: replaced -> replaced is no transition, so the loser of
    // each item meets InvalidTransition.
    const [one, two] = (await Promise.all([runNode(script('one')), runNode(script('two'))])).map((o) => JSON.parse(o) as string[]);
    expect([...one!, ...two!].sort()).toEqual(items.map((i) => i.id).sort());
    for (const item of await store.list()) {
      expect(item.status).toBe('replaced');
      expect(item.history.filter((h) => h.from === 'pending').map((h) => h.by)).toEqual([one!.includes(item.id) ? 'one' : 'two']);
    }
    await store.close();
  });

  it('claimNotices from two stores never returns the same notice', async () => {
    const site = newSite();
    const [a, b] = await Promise.all([openStore(site), openStore(site)]);
    const [item] = await a!.addPending([newItem('n')], 'aboutmod');
    const notices: OutboxNotice[] = Array.from({ length: 120 }, (_, i) => ({
      id: `n${i}`, kind: 'member-replaced', channel: 'wix-email', itemIds: [item!.id], createdAt: new Date().toISOString(), attempts: 0, message: {},
    }));
    await a!.recordNotices(notices, 'aboutmod');
    const claimAll = async (store: ReviewStore) => {
      const mine: string[] = [];
      for (;;) {
        const got = await store.claimNotices(new Date(), 60_000, { limit: 7 });
        if (got.length === 0) return mine;
        mine.push(...got.map((n) => n.id));
      }
    };
    const [fromA, fromB] = await Promise.all([claimAll(a!), claimAll(b!)]);
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromB.length).toBeGreaterThan(0);
    expect([...fromA, ...fromB].sort()).toEqual(notices.map((n) => n.id).sort());
    await closeAll([a!, b!]);
  });

  it('sites are isolated: items, verdicts, reviewers, events and notices; deleteSiteData removes one site only', async () => {
    const [siteA, siteB] = [newSite(), newSite()];
    const [a, b] = await Promise.all([openStore(siteA), openStore(siteB)]);
    const [item] = await a!.addPending([newItem('shared', '5')], 'aboutmod', {
      noticesFor: (i) => [{ id: 'n1', kind: 'member-replaced', channel: 'wix-email', itemIds: [i.id], createdAt: i.flaggedAt, attempts: 0, message: {} }],
    });
    await a!.transition(item!.id, 'replaced', { by: 'aboutmod', action: 'replaced' }, { placeholderRevision: '6' });
    await a!.putVerdicts([{ aboutId: 'shared', revision: '6', scorer: 's', flagged: true, at: item!.flaggedAt }]);
    await a!.putReviewer({ name: 'alice', passwordHash: 'h', createdAt: item!.flaggedAt });
    expect(await a!.markEventSeen('e1')).toBe(true);

    expect(await b!.list()).toEqual([]);
    expect(await b!.get(item!.id)).toBeUndefined();
    await expect(b!.transition(item!.id, 'confirmed', { by: 'bob', action: 'confirmed' })).rejects.toThrow(ItemNotFound);
    expect((await b!.getVerdicts(['shared']))[0]).toBeUndefined();
    expect(await b!.getReviewer('alice')).toBeUndefined();
    expect(await b!.listNotices()).toEqual([]);
    expect(await b!.claimNotices(new Date(), 60_000)).toEqual([]);
    expect(await b!.markEventSeen('e1')).toBe(true);
    // The same About in another site is another member's: its revisions do not count here.
    expect(await b!.addPending([newItem('shared', '1')], 'aboutmod')).toHaveLength(1);

    const pool = db.pool();
    expect(await siteCounts(pool, siteA)).toEqual({ items: { pending: 0, replaced: 1, restored: 0, confirmed: 0, superseded: 0 }, notices: 1 });
    // Inside a caller's transaction it is that transaction's: rolled back, nothing is gone.
    const client = await pool.connect();
    await client.query('BEGIN');
    expect((await deleteSiteData(client, siteA)).review_items).toBe(1);
    await client.query('ROLLBACK');
    client.release();
    expect(await a!.list()).toHaveLength(1);
    const deleted = await deleteSiteData(pool, siteA);
    expect(deleted).toEqual(expect.objectContaining({ review_items: 1, verdicts: 1, reviewers: 1, webhook_events: 1, notices: 1 }));
    expect(await a!.list()).toEqual([]);
    expect(await a!.markEventSeen('e1')).toBe(true);
    expect((await siteCounts(pool, siteB)).items.pending).toBe(1);
    expect((await b!.getVerdicts(['shared']))[0]).toBeUndefined();
    await closeAll([a!, b!]);
  });

  it('the member\'s content is kept byte for byte (key order, NUL and astral characters)', async () => {
    const store = await openStore(newSite());
    const content = { z: 1, a: 'nul \u0000 here', nested: { b: [3, 2, 1], a: '\u{1F600}' }, n: 1e21 };
    const [item] = await store.addPending([{ ...newItem('exact'), original: { content, revision: '1' } }], 'aboutmod');
    const read = await store.get(item!.id);
    expect(JSON.stringify(read!.original.content)).toBe(JSON.stringify(content));
    await store.close();
  });
});

describe('migrate', () => {
  const empty = usePostgres({ migrated: false });

  it('a store on a database without the schema says to run aboutmod migrate', async () => {
    await expect(openPgReviewStore(empty.pool(), 'x')).rejects.toThrow(/no schema yet; run `aboutmod migrate`/);
  });

  it('three processes migrating at once apply each migration once', async () => {
    const script = `
      const { createPgPool } = await import(${dist('review/pg/pool.js')});
      const { migrate } = await import(${dist('review/pg/migrate.js')});
      const pool = createPgPool(${JSON.stringify(empty.url)});
      process.stdout.write(JSON.stringify(await migrate(pool)));
      await pool.end();
    `;
    const results = (await Promise.all([runNode(script), runNode(script), runNode(script)])).map((o) => JSON.parse(o) as { applied: number[] });
    const versions = MIGRATIONS.map((m) => m.version);
    expect(results.map((r) => r.applied).sort((x, y) => y.length - x.length)).toEqual([versions, [], []]);
    const { rows } = await empty.pool().query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(versions);
  });
});
