import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/log.js';
import type { ReviewItem } from '../../src/review/index.js';
import { openPgReviewStore, type PgReviewStore } from '../../src/review/pg/pg-store.js';
import { buildAppServer, type AppModeServer } from '../../src/server/app-mode/index.js';
import { INSTANCE_MAX_AGE_MS } from '../../src/server/app-mode/app-instance.js';
import { importWebhookKey } from '../../src/server/index.js';
import { openAppJobs, type AppJobs } from '../../src/worker/app/jobs.js';
import { createSiteRegistry, type SiteRegistry } from '../../src/worker/app/site-registry.js';
import { usePostgres } from '../helpers/postgres.js';
import { dashboardInstance, signAppInstance } from './app-helpers.js';
import { makeKeyPair } from './sign-event.js';

const APP_SECRET = 'dashboard-app-secret';

/**
 * The dashboard page of serve --app on a real PostgreSQL: Wix's signed `instance` parameter signs a Wix
 * user in to one site's queue, and nothing of another site can be read or acted on from there.
 */
describe('serve --app: the dashboard page, one site per session', () => {
  const db = usePostgres();
  let pool: pg.Pool;
  let jobs: AppJobs;
  let sites: SiteRegistry;
  let server: AppModeServer;
  let base: string;
  const stores: Record<string, PgReviewStore> = {};
  const items: Record<string, ReviewItem[]> = {};

  beforeAll(async () => {
    pool = db.pool();
    const config = parseConfig({ schedule: { cron: false }, wix: { baseUrl: 'http://127.0.0.1:9', maxRetries: 0 } });
    jobs = await openAppJobs({ pool, config });
    sites = createSiteRegistry(pool);
    for (const site of ['site-a', 'site-b', 'site-gone']) {
      await sites.register(site);
      stores[site] = await openPgReviewStore(pool, site);
      items[site] = [];
      for (const n of [1, 2]) {
        const [item] = await stores[site]!.addPending([{
          aboutId: `${site}-about-${n}`, memberId: `${site}-member-${n}`, original: { revision: '1', content: { nodes: [] } },
          reasons: [{ category: 'harassment', score: 0.9, source: 'local:test', evidence: [] }], scorer: 'local:test',
        }], 'aboutmod');
        items[site]!.push(await stores[site]!.transition(item!.id, 'replaced', { by: 'aboutmod', action: 'replaced', revision: '2' }, { placeholderRevision: '2' }));
      }
    }
    server = await buildAppServer({
      config, logger: createLogger({ level: process.env.LOG_LEVEL ?? 'silent' }), pool,
      publicKey: await importWebhookKey((await makeKeyPair()).publicPem), appId: 'app-1', appSecret: APP_SECRET,
      sessionSecret: 'a-session-secret-of-at-least-32-characters', sites, jobs,
    });
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await server?.app.close();
    await jobs?.stop(1000);
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers, redirect: 'manual' });
  const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]!);

  /** Opens the dashboard as Wix would for `site`, then the queue: the session cookie, the CSRF cookie and a form token. */
  async function signIn(site: string, instance = dashboardInstance(site, APP_SECRET)) {
    const opened = await get(`/dashboard?instance=${encodeURIComponent(instance)}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/review');
    const session = cookiesOf(opened).find((c) => c.startsWith('aboutmod_session='))!;
    const queue = await get('/review', { cookie: session });
    expect(queue.status).toBe(200);
    const html = await queue.text();
    const csrf = cookiesOf(queue).find((c) => c.startsWith('aboutmod_csrf='))!;
    const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    return { html, cookie: `${session}; ${csrf}`, token };
  }

  const form = (cookie: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return { method: 'POST', redirect: 'manual' as const, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() };
  };

  it('a verified instance signs the Wix user in to that site\'s queue only', async () => {
    const { html } = await signIn('site-a');
    for (const item of items['site-a']!) expect(html).toContain(item.id);
    for (const item of [...items['site-b']!, ...items['site-gone']!]) expect(html).not.toContain(item.id);
    expect(html).toContain('user-1 (Wix)');
  });

  it('another site\'s item ids, guessed, are not found on any route, and nothing of that site changes', async () => {
    const { cookie, token } = await signIn('site-a');
    const other = items['site-b']!.map((i) => i.id);
    for (const id of other) {
      expect((await get(`/review/${id}`, { cookie })).status).toBe(404);
      for (const action of ['restore', 'confirm']) {
        expect((await fetch(`${base}/review/${id}/${action}`, form(cookie, { _csrf: token, note: 'guess' }))).status).toBe(404);
      }
    }
    const preview = await fetch(`${base}/review/bulk`, form(cookie, { _csrf: token, do: 'confirm-selected', ids: other }));
    expect(preview.status).toBe(303);
    expect(await (await get('/review', { cookie })).text()).toContain('Nothing to do');
    const apply = await fetch(`${base}/review/bulk/apply`, form(cookie, { _csrf: token, action: 'confirm', ids: other }));
    expect(apply.status).toBe(303);
    const after = await (await get('/review', { cookie })).text();
    expect(after).toContain('Confirmed 0 of 2 items.');
    for (const id of other) expect(after).toContain(`${id}: no such item.`);
    for (const item of items['site-b']!) {
      const now = await stores['site-b']!.get(item.id);
      expect(now?.status).toBe('replaced');
      expect(now?.history).toHaveLength(item.history.length);
    }
  });

  it('refuses a bad signature, a stale or future instance, no user, and a site the app is not installed on', async () => {
    const genuine = dashboardInstance('site-a', APP_SECRET);
    const [signature, data] = genuine.split('.') as [string, string];
    const refusals = [
      dashboardInstance('site-a', 'another-secret'),
      `${signature}.${Buffer.from(JSON.stringify({ instanceId: 'site-b', signDate: new Date().toISOString(), uid: 'u' })).toString('base64url')}`,
      `${signature.slice(1)}.${data}`,
      dashboardInstance('site-a', APP_SECRET, { ageMs: INSTANCE_MAX_AGE_MS + 60_000 }),
      dashboardInstance('site-a', APP_SECRET, { ageMs: -10 * 60_000 }),
      signAppInstance({ instanceId: 'site-a', signDate: new Date().toISOString() }, APP_SECRET),
    ];
    for (const instance of refusals) {
      const res = await get(`/dashboard?instance=${encodeURIComponent(instance)}`);
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie().some((c) => c.startsWith('aboutmod_session='))).toBe(false);
    }
    expect((await get('/dashboard')).status).toBe(401);
    expect((await get(`/dashboard?instance=${encodeURIComponent(dashboardInstance('site-never', APP_SECRET))}`)).status).toBe(403);
    // Without a session the queue leads to the page that says where to sign in; a form post is refused.
    expect((await get('/review')).headers.get('location')).toMatch(/^\/login/);
    expect((await get('/login')).status).toBe(401);
  });

  it('a site removed after sign-in is refused at the next request', async () => {
    const { cookie } = await signIn('site-gone');
    await sites.remove('site-gone', 60_000);
    expect((await get('/review', { cookie })).status).toBe(403);
    expect((await get(`/review/${items['site-gone']![0]!.id}`, { cookie })).status).toBe(403);
  });

  it('may be framed by the Wix dashboard only; over TLS its cookies are SameSite=None, Secure and Partitioned', async () => {
    const res = await get(`/dashboard?instance=${encodeURIComponent(dashboardInstance('site-a', APP_SECRET))}`, { 'x-forwarded-proto': 'https' });
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors https://manage.wix.com https://*.wix.com');
    expect(res.headers.get('x-frame-options')).toBeNull();
    const session = res.headers.getSetCookie().find((c) => c.startsWith('aboutmod_session='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=None/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; Partitioned/);
    const plain = await get(`/dashboard?instance=${encodeURIComponent(dashboardInstance('site-a', APP_SECRET))}`);
    expect(plain.headers.getSetCookie().find((c) => c.startsWith('aboutmod_session='))).toMatch(/; SameSite=Lax/);
  });
});
