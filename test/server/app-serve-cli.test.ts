import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { paragraph } from '../../src/emulator/ricos-builders.js';
import { openPgReviewStore } from '../../src/review/pg/pg-store.js';
import { isPlaceholder } from '../../src/ricos/index.js';
import { openAppJobs, QUEUES, type AppJobs } from '../../src/worker/app/jobs.js';
import { createSiteRegistry, type SiteRegistry } from '../../src/worker/app/site-registry.js';
import { spawnWorker, type WorkerProcess } from '../../src/demo/worker-process.js';
import { runCli } from '../helpers/cli.js';
import { startEmulator, type Emulator, type EmulatorSite } from '../helpers/emulator.js';
import { usePostgres } from '../helpers/postgres.js';
import { dashboardInstance } from './app-helpers.js';
import { eventually, freePort, startServe, webhookKeyFile, type ServeProcess } from './serve-process.js';
import { envelopeData, signEvent } from './sign-event.js';

const ABUSE = 'You are all worthless pieces of shit.';
const SESSION_SECRET = 'an-app-session-secret-of-32-characters-or-more';

describe('aboutmod serve --app refuses to start without what it needs (one line, exit 2)', () => {
  it('names store.kind and each missing variable', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-app-'));
    const postgres = join(dir, 'postgres.json');
    const lowdb = join(dir, 'lowdb.json');
    await writeFile(postgres, JSON.stringify({ store: { kind: 'postgres' } }));
    await writeFile(lowdb, JSON.stringify({ store: { path: join(dir, 'review.json') } }));
    const full = {
      DATABASE_URL: 'postgres://u:p@127.0.0.1:1/db', WIX_APP_ID: 'app', WIX_APP_SECRET: 'secret', WIX_WEBHOOK_PUBLIC_KEY: 'not-used-before-the-others',
    };
    const cases: Array<[string, string, Record<string, string>, RegExp]> = [
      ['lowdb', lowdb, full, /store\.kind "postgres"/],
      ['no DATABASE_URL', postgres, { ...full, DATABASE_URL: '' }, /^aboutmod: DATABASE_URL: missing/],
      ['no WIX_APP_ID', postgres, { ...full, WIX_APP_ID: '' }, /^aboutmod: WIX_APP_ID: missing/],
      ['no WIX_APP_SECRET', postgres, { ...full, WIX_APP_SECRET: '' }, /^aboutmod: WIX_APP_SECRET: missing/],
      ['no WIX_WEBHOOK_PUBLIC_KEY', postgres, { ...full, WIX_WEBHOOK_PUBLIC_KEY: '' }, /^aboutmod: WIX_WEBHOOK_PUBLIC_KEY: missing/],
    ];
    const results = await Promise.all(cases.map(([, config, env]) => runCli(['serve', '--app', '--port', '0', '--config', config], { env: { ...env, SESSION_SECRET: '' } })));
    for (const [i, [what, , , message]] of cases.entries()) {
      const result = results[i]!;
      expect(result.code, what).toBe(2);
      expect(result.stderr, what).toMatch(message);
      expect(result.stderr.trim().split('\n'), what).toHaveLength(1);
    }
  });
});

/**
 * The whole app as a user runs it: the multi-site emulator as Wix (installs, member edits, webhooks
 * signed with the app's key), `aboutmod serve --app` and one `aboutmod worker`, spawned, on a real
 * PostgreSQL.
 */
describe('aboutmod serve --app with a worker and the multi-site emulator', () => {
  const db = usePostgres();
  let pool: pg.Pool;
  let jobs: AppJobs;
  let registry: SiteRegistry;
  let emu: Emulator;
  let serve: ServeProcess;
  let worker: WorkerProcess;
  let privateKey: Awaited<ReturnType<typeof webhookKeyFile>>['privateKey'];
  let sites: EmulatorSite[];

  beforeAll(async () => {
    pool = db.pool();
    jobs = await openAppJobs({ pool, config: parseConfig({ schedule: { cron: false } }) });
    registry = createSiteRegistry(pool);
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-app-'));
    const key = await webhookKeyFile(dir);
    privateKey = key.privateKey;
    const port = await freePort();
    emu = await startEmulator({ sites: 1, seed: 'none', webhookUrl: `http://127.0.0.1:${port}/webhooks/wix`, privateKeyPem: key.privateKeyPem });
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({
      wix: { baseUrl: emu.url, pageSize: 4 },
      store: { kind: 'postgres' },
      scorer: { local: { threads: 0 } },
      schedule: { cron: false },
      app: { jobExpireSeconds: 10, maintenanceSeconds: 1, retryDelaySeconds: 1, rescanPollMs: 500, stopTimeoutSeconds: 5, removalGraceSeconds: 3600 },
    }));
    const app = { DATABASE_URL: db.url, WIX_APP_ID: emu.appId, WIX_APP_SECRET: emu.appSecret };
    serve = await startServe(config, { ...app, WIX_WEBHOOK_PUBLIC_KEY: key.publicKeyPem, SESSION_SECRET }, port, ['--app']);
    worker = await spawnWorker(config, app);
  }, 90_000);

  afterAll(async () => {
    const codes = await Promise.all([serve?.stop(), worker?.stop()]);
    await jobs?.stop(1000);
    await emu?.close();
    expect(codes).toEqual([0, 0]);
  });

  it('installs from Wix\'s AppInstalled webhooks and scans each new site', async () => {
    sites = [emu.installSite('bulk:4:0'), emu.installSite('bulk:4:0'), emu.installSite('bulk:4:0')];
    await eventually(async () => {
      const records = await Promise.all(sites.map((s) => registry.get(s.instanceId)));
      return records.every((r) => r?.status === 'active' && r.lastFinishedScan) ? true : undefined;
    }, 'three sites installed and scanned', 60_000);
  }, 90_000);

  it('a duplicated, reordered burst of edits across sites ends in one decision per About', async () => {
    const edited = sites.flatMap((site) => site.store.all().slice(0, 2).map((about) => ({ site, aboutId: about.id })));
    // The members' own edits (the emulator delivers their webhooks), each About twice...
    for (const { site, aboutId } of edited) site.memberEdit(aboutId, { nodes: [paragraph(ABUSE)] });
    for (const { site, aboutId } of edited) site.memberEdit(aboutId, { nodes: [paragraph(`${ABUSE} Again.`)] });
    // ...and copies of Wix's at-least-once delivery: every copy sent twice, all shuffled, at once.
    const copies = edited.map(({ site, aboutId }) => ({ instanceId: site.instanceId, aboutId, eventId: randomUUID() }));
    const jwts = await Promise.all([...copies, ...copies].sort(() => Math.random() - 0.5)
      .map((c) => signEvent(privateKey, envelopeData({ ...c, sequence: '99', revision: '99' }))));
    const answers = await Promise.all(jwts.map((jwt) => fetch(`${serve.url}/webhooks/wix`, { method: 'POST', body: jwt })));
    expect(answers.every((a) => a.status === 200)).toBe(true);

    await eventually(async () => {
      const depth = await jobs.depthBySite();
      const busy = sites.some((s) => (depth.get(s.instanceId)?.byQueue[QUEUES.rescan] ?? 0) > 0);
      const replaced = edited.every(({ site, aboutId }) => isPlaceholder(JSON.parse(site.store.get(aboutId).contentJson)));
      return !busy && replaced ? true : undefined;
    }, 'every edited About replaced and no rescan left', 60_000);
    for (const { site, aboutId } of edited) {
      const store = await openPgReviewStore(pool, site.instanceId);
      const items = await store.list({ aboutId });
      expect(items.filter((i) => i.status === 'replaced'), aboutId).toHaveLength(1);
    }
    // One placeholder PATCH per edited About, nothing else written.
    for (const site of sites) expect(site.stats().update, site.instanceId).toBe(2);
  }, 90_000);

  it('the dashboard opens a site\'s own queue, and a restore there writes to that site on Wix', async () => {
    const site = sites[0]!;
    const opened = await fetch(`${serve.url}/dashboard?instance=${encodeURIComponent(dashboardInstance(site.instanceId, emu.appSecret))}`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    const session = opened.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('aboutmod_session='))!;
    const queue = await fetch(`${serve.url}/review`, { headers: { cookie: session } });
    const html = await queue.text();
    const csrf = queue.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('aboutmod_csrf='))!;
    const token = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const store = await openPgReviewStore(pool, site.instanceId);
    const [item] = await store.list({ status: 'replaced' });
    expect(html).toContain(item!.id);
    for (const other of sites.slice(1)) {
      for (const i of await (await openPgReviewStore(pool, other.instanceId)).list()) expect(html).not.toContain(i.id);
    }
    const restored = await fetch(`${serve.url}/review/${item!.id}/restore`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie: `${session}; ${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token }).toString(),
    });
    expect(restored.status).toBe(303);
    expect((await store.get(item!.id))?.status).toBe('restored');
    expect(isPlaceholder(JSON.parse(site.store.get(item!.aboutId).contentJson))).toBe(false);
    expect((await store.get(item!.id))?.history.at(-1)?.by).toMatch(/\(Wix\)$/);
  }, 60_000);

  it('AppRemoved marks the site removed; /healthz shows every site\'s figures', async () => {
    emu.removeSite(sites[2]!.instanceId);
    await eventually(async () => ((await registry.get(sites[2]!.instanceId))?.status === 'removed' ? true : undefined), 'site removed');
    const health = await (await fetch(`${serve.url}/healthz`)).json() as { status: string; sites: object; busiest: Array<{ instanceId: string; openItems: number }> };
    expect(health.status).toBe('ok');
    // The emulator's first site was installed before serve listened: Wix's install of it never reached us.
    expect(health.sites).toEqual({ active: 2, removed: 1 });
    expect(health.busiest.find((s) => s.instanceId === sites[1]!.instanceId)?.openItems).toBe(2);
  }, 60_000);
});
