import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/log.js';
import { openPgReviewStore } from '../../src/review/pg/pg-store.js';
import { createPgPool } from '../../src/review/pg/pool.js';
import { buildPlaceholder } from '../../src/ricos/index.js';
import { APP_POOL_MAX, buildAppServer, type AppModeServer } from '../../src/server/app-mode/index.js';
import { importWebhookKey } from '../../src/server/index.js';
import { openAppJobs, QUEUES, type AppJobs } from '../../src/worker/app/jobs.js';
import { createSiteRegistry, type SiteRegistry } from '../../src/worker/app/site-registry.js';
import { usePostgres } from '../helpers/postgres.js';
import { envelopeData, makeKeyPair, signEvent } from './sign-event.js';

/**
 * serve --app's webhook endpoint on a real PostgreSQL with pg-boss, no worker running (so queued jobs
 * stay queued and can be counted): Wix's side is played by events signed with the app's key.
 */
describe('serve --app: one webhook endpoint for every site', () => {
  const db = usePostgres();
  const wixKey = makeKeyPair();
  const GRACE_SECONDS = 3600;
  let pool: pg.Pool;
  let jobs: AppJobs;
  let sites: SiteRegistry;
  let server: AppModeServer;
  let base: string;

  beforeAll(async () => {
    // As serve --app opens it (APP_POOL_MAX): webhooks arrive many at once.
    pool = createPgPool(db.url, undefined, { max: APP_POOL_MAX });
    const config = parseConfig({ app: { removalGraceSeconds: GRACE_SECONDS }, schedule: { cron: false }, wix: { baseUrl: 'http://127.0.0.1:9' } });
    jobs = await openAppJobs({ pool, config });
    sites = createSiteRegistry(pool);
    server = await buildAppServer({
      config, logger: createLogger({ level: process.env.LOG_LEVEL ?? 'silent' }), pool,
      publicKey: await importWebhookKey((await wixKey).publicPem), appId: 'app-1', appSecret: 'secret-1', sites, jobs,
    });
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server?.app.close();
    await jobs?.stop(1000);
    await pool?.end();
  });

  async function post(jwt: string): Promise<{ status: number; result?: string; ms: number }> {
    const started = performance.now();
    const res = await fetch(`${base}/webhooks/wix`, { method: 'POST', body: jwt, headers: { 'content-type': 'text/plain' } });
    const text = await res.text();
    return { status: res.status, result: text ? (JSON.parse(text) as { result: string }).result : undefined, ms: performance.now() - started };
  }
  const sign = async (data: string) => signEvent((await wixKey).privateKey, data);
  const lifecycle = (eventType: 'AppInstalled' | 'AppRemoved', instanceId: string) =>
    sign(JSON.stringify({ eventType, instanceId, data: JSON.stringify({ appId: 'app-1', ...(eventType === 'AppInstalled' ? { originInstanceId: '' } : {}) }) }));
  const aboutEvent = (instanceId: string, aboutId: string, spec: Parameters<typeof envelopeData>[0] = {}) =>
    sign(envelopeData({ instanceId, aboutId, ...spec }));

  /** Queued rescan jobs as "site/aboutId", sorted. */
  async function rescans(): Promise<string[]> {
    const { rows } = await pool.query<{ key: string }>(
      `SELECT data->>'site' || '/' || (data->>'aboutId') AS key FROM pgboss.job WHERE name = $1 AND state = 'created' ORDER BY 1`, [QUEUES.rescan]);
    return rows.map((r) => r.key);
  }

  it('AppInstalled registers the site and queues its first full scan; a resent install queues no second scan', async () => {
    for (const site of ['site-a', 'site-b', 'site-c']) {
      expect(await post(await lifecycle('AppInstalled', site))).toMatchObject({ status: 200, result: 'installed' });
    }
    expect(await post(await lifecycle('AppInstalled', 'site-a'))).toMatchObject({ status: 200, result: 'installed' });
    const depth = await jobs.depthBySite();
    for (const site of ['site-a', 'site-b', 'site-c']) {
      expect((await sites.get(site))?.status).toBe('active');
      expect(depth.get(site)?.byQueue).toEqual({ [QUEUES.scanPage]: 1 });
    }
  });

  it('About events are routed by instance id to that site\'s rescan jobs; a duplicated, reordered burst across sites leaves one job per About', async () => {
    const abouts = ['about-1', 'about-2', 'about-3', 'about-4'];
    const events: Array<{ site: string; aboutId: string; eventId: string; slug: 'created' | 'updated' | 'deleted'; sequence: string }> = [];
    for (const site of ['site-a', 'site-b', 'site-c']) {
      for (const aboutId of abouts) {
        // The About's life: created, edited twice; about-4 then deleted.
        events.push({ site, aboutId, eventId: randomUUID(), slug: 'created', sequence: '1' });
        events.push({ site, aboutId, eventId: randomUUID(), slug: 'updated', sequence: '2' });
        events.push({ site, aboutId, eventId: randomUUID(), slug: 'updated', sequence: '3' });
        if (aboutId === 'about-4') events.push({ site, aboutId, eventId: randomUUID(), slug: 'deleted', sequence: '4' });
      }
    }
    // Every event delivered twice (Wix's at-least-once), all in a shuffled order, many at once.
    const deliveries = shuffle([...events, ...events]);
    const jwts = await Promise.all(deliveries.map((e) => aboutEvent(e.site, e.aboutId, { eventId: e.eventId, slug: e.slug, sequence: e.sequence, revision: e.sequence })));
    const answers = await Promise.all(jwts.map((jwt) => post(jwt)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // Each event id is taken once in its site's store; the second delivery is a duplicate.
    expect(answers.filter((a) => a.result === 'duplicate')).toHaveLength(events.length);
    expect(answers.filter((a) => a.result === 'queued')).toHaveLength(events.length - 3);
    expect(answers.filter((a) => a.result === 'superseded')).toHaveLength(3);
    expect(await rescans()).toEqual(['site-a', 'site-b', 'site-c'].flatMap((s) => abouts.map((a) => `${s}/${a}`)).sort());
  });

  it('each answer comes well inside Wix\'s 1250 ms, after its job is in PostgreSQL', async () => {
    // One at a time, as one site's events mostly come: the burst above shares this test's event loop with its 78 clients.
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const answer = await post(await aboutEvent('site-a', `timed-${i}`));
      expect(answer.result).toBe('queued');
      times.push(answer.ms);
    }
    expect(Math.max(...times)).toBeLessThan(1250);
    expect(await rescans()).toEqual(expect.arrayContaining(['site-a/timed-0', 'site-a/timed-19']));
  });

  it('an event id is deduplicated per site: the same id on another site is that site\'s own event', async () => {
    await pool.query(`DELETE FROM pgboss.job WHERE name = $1`, [QUEUES.rescan]);
    const eventId = randomUUID();
    expect(await post(await aboutEvent('site-a', 'about-9', { eventId }))).toMatchObject({ status: 200, result: 'queued' });
    expect(await post(await aboutEvent('site-b', 'about-9', { eventId }))).toMatchObject({ status: 200, result: 'queued' });
    expect(await rescans()).toEqual(['site-a/about-9', 'site-b/about-9']);
  });

  it('the echo of our own placeholder write queues no rescan; a member\'s next edit does', async () => {
    await pool.query(`DELETE FROM pgboss.job WHERE name = $1`, [QUEUES.rescan]);
    const envelope = JSON.parse(envelopeData({ instanceId: 'site-a', aboutId: 'about-10', revision: '3', sequence: '3' })) as { data: string };
    const event = JSON.parse(envelope.data) as { updatedEvent: { currentEntity: { content: unknown } } };
    event.updatedEvent.currentEntity.content = buildPlaceholder('Under review.');
    const echo = await sign(JSON.stringify({ ...envelope, data: JSON.stringify(event) }));
    expect(await post(echo)).toMatchObject({ status: 200, result: 'own-write' });
    expect(await rescans()).toEqual([]);
    expect(await post(await aboutEvent('site-a', 'about-10', { revision: '4', sequence: '4' }))).toMatchObject({ status: 200, result: 'queued' });
    expect(await rescans()).toEqual(['site-a/about-10']);
  });

  it('a deleted About\'s open items close at once, with no job', async () => {
    await pool.query(`DELETE FROM pgboss.job WHERE name = $1`, [QUEUES.rescan]);
    const store = await openPgReviewStore(pool, 'site-b');
    const [item] = await store.addPending([{
      aboutId: 'about-del', memberId: 'm1', original: { revision: '1', content: { nodes: [] } },
      reasons: [{ category: 'harassment', score: 0.9, source: 'local:test', evidence: [] }], scorer: 'local:test',
    }], 'aboutmod');
    await store.transition(item!.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' });
    expect(await post(await aboutEvent('site-b', 'about-del', { slug: 'deleted' }))).toMatchObject({ status: 200, result: 'superseded' });
    expect((await store.get(item!.id))?.status).toBe('superseded');
    expect(await rescans()).toEqual([]);
  });

  it('an About event for an instance never installed is acknowledged and ignored: no job, no site created', async () => {
    await pool.query(`DELETE FROM pgboss.job WHERE name = $1`, [QUEUES.rescan]);
    expect(await post(await aboutEvent('site-unknown', 'about-1'))).toMatchObject({ status: 200, result: 'ignored' });
    expect(await post(await aboutEvent('site-unknown', 'about-1', { slug: 'created' }))).toMatchObject({ status: 200, result: 'ignored' });
    expect(await sites.get('site-unknown')).toBeUndefined();
    expect(await rescans()).toEqual([]);
  });

  it('forged or malformed webhooks are refused with their status and queue nothing', async () => {
    const forger = await makeKeyPair();
    expect((await post(await signEvent(forger.privateKey, envelopeData({ instanceId: 'site-a', aboutId: 'about-x' })))).status).toBe(401);
    expect((await post(await signEvent(forger.privateKey, JSON.stringify({ eventType: 'AppInstalled', instanceId: 'site-evil', data: '{}' })))).status).toBe(401);
    expect((await post('not a jwt')).status).toBe(400);
    expect((await post(await sign(JSON.stringify({ eventType: 'AppInstalled', data: '{}' })))).status).toBe(400);
    expect(await sites.get('site-evil')).toBeUndefined();
    expect(await rescans()).toEqual([]);
  });

  it('AppRemoved marks the site removed with its grace; its About events are then ignored', async () => {
    expect(await post(await lifecycle('AppRemoved', 'site-c'))).toMatchObject({ status: 200, result: 'removed' });
    const removed = await sites.get('site-c');
    expect(removed?.status).toBe('removed');
    expect(Date.parse(removed!.deleteAfter!) - Date.parse(removed!.removedAt!)).toBe(GRACE_SECONDS * 1000);
    expect(await post(await aboutEvent('site-c', 'about-1'))).toMatchObject({ status: 200, result: 'ignored' });
    // A resent removal changes nothing.
    expect(await post(await lifecycle('AppRemoved', 'site-c'))).toMatchObject({ status: 200, result: 'removed' });
    expect((await sites.get('site-c'))?.removedAt).toBe(removed!.removedAt);
    expect(await rescans()).toEqual([]);
  });

  it('/healthz: totals over every site and the busiest sites one by one, counts and times only', async () => {
    await post(await aboutEvent('site-b', 'about-1'));
    await post(await aboutEvent('site-b', 'about-2'));
    // A job of site-b that failed (its retry waiting): the site's last error says why.
    const failed = await jobs.boss.send(QUEUES.rescan, { site: 'site-b', aboutId: 'about-f' });
    await jobs.boss.fail(QUEUES.rescan, failed!, { message: 'Wix answered 500' });
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json() as Record<string, any>;
    expect(body).toMatchObject({ status: 'ok', sites: { active: 2, removed: 1 } });
    expect(body.jobs.queued).toBeGreaterThanOrEqual(5);
    expect(body.busiest[0]).toMatchObject({
      instanceId: 'site-b', status: 'active', jobs: { queued: 4, active: 0 }, openItems: 0,
      lastError: { message: 'Wix answered 500', queue: QUEUES.rescan },
    });
    expect(body.busiest[0].lastScan).toMatchObject({ pages: 0 });
    expect(body.webhooks.duplicate).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/about-\d/);
  });
});

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
