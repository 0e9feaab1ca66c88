import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { openScorer } from '../../src/moderation/index.js';
import { openPgReviewStore, siteCounts } from '../../src/review/pg/pg-store.js';
import { flatten, isPlaceholder } from '../../src/ricos/index.js';
import { jobDb, openAppJobs, QUEUES, type AppJobs } from '../../src/worker/app/jobs.js';
import { createSiteRegistry, type SiteRegistry } from '../../src/worker/app/site-registry.js';
import { spawnWorker, type WorkerProcess } from '../../src/demo/worker-process.js';
import { runCli } from '../helpers/cli.js';
import { startEmulator, type Emulator, type EmulatorSite } from '../helpers/emulator.js';
import { usePostgres } from '../helpers/postgres.js';

/** Small sites, small pages: 50 sites x 8 Abouts in pages of 4 are 100 page jobs, a few seconds of work. */
const ABOUTS = 8;
const PAGE = 4;
const SEED = `bulk:${ABOUTS}:0.25`;

const db = usePostgres();
let pool: pg.Pool;
let jobs: AppJobs;
let registry: SiteRegistry;
const scorer = await openScorer(parseConfig({ scorer: { local: { threads: 0 } } }), { configDir: process.cwd() });
const cleanups: Array<() => Promise<unknown>> = [];
/** The workers of the running test: their stderr explains a scan that never finishes. */
let running: WorkerProcess[] = [];

beforeAll(async () => {
  pool = db.pool();
  // The test's own view of the queues: sends scans, reads depth; works no job (supervise off).
  jobs = await openAppJobs({ pool, config: parseConfig({ schedule: { cron: false } }) });
  registry = createSiteRegistry(pool);
});
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
afterAll(async () => {
  await jobs?.stop(1000);
  await scorer.close?.();
});

/** A config file for the workers: the emulator, short pages, and job timings short enough for a test. */
async function workerConfig(emu: Emulator, app: Record<string, number> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-workers-'));
  const file = join(dir, 'config.json');
  await writeFile(file, JSON.stringify({
    wix: { baseUrl: emu.url, pageSize: PAGE, maxRetries: 8 },
    scorer: { local: { threads: 0 } },
    schedule: { cron: false },
    app: {
      scanConcurrency: 3, jobExpireSeconds: 8, maintenanceSeconds: 1, retryDelaySeconds: 1, purgeCheckSeconds: 1,
      removalGraceSeconds: 2, stopTimeoutSeconds: 5, ...app,
    },
  }));
  return file;
}

async function workers(n: number, emu: Emulator, config: string): Promise<WorkerProcess[]> {
  const env = { DATABASE_URL: db.url, WIX_APP_ID: emu.appId, WIX_APP_SECRET: emu.appSecret };
  const started = await Promise.all(Array.from({ length: n }, () => spawnWorker(config, env)));
  running = started;
  cleanups.push(async () => {
    const codes = await Promise.all(started.map((w) => w.stop()));
    // A SIGKILLed worker has no exit code; every other one stopped cleanly.
    codes.forEach((code, i) => {
      if (code !== null) expect(code, started[i]!.stderr()).toBe(0);
    });
  });
  return started;
}

async function emulator(sites: number, seed = SEED): Promise<Emulator> {
  const emu = await startEmulator({ sites, seed });
  cleanups.push(() => emu.close());
  return emu;
}

/** Verdicts by content: bulk seeds give every site the same texts. */
const flags = new Map<string, Promise<boolean>>();

/** Every About of a site as it was before the scan, and whether the scorer flags it. */
async function snapshot(site: EmulatorSite) {
  return Promise.all(site.store.all().map(async (a) => {
    const content = JSON.parse(a.contentJson) as unknown;
    if (!flags.has(a.contentJson)) flags.set(a.contentJson, scorer.score(flatten(content)).then((v) => v.flagged));
    return { id: a.id, revision: String(a.revision), content, flagged: await flags.get(a.contentJson)! };
  }));
}

async function scanAll(sites: EmulatorSite[]): Promise<void> {
  for (const site of sites) {
    await registry.register(site.instanceId);
    expect(await jobs.enqueueScan(site.instanceId)).toBeDefined();
  }
}

async function waitForScans(sites: EmulatorSite[], timeoutMs = 90_000): Promise<void> {
  const ids = new Set(sites.map((s) => s.instanceId));
  const finished = async () => (await registry.list()).filter((r) => ids.has(r.instanceId) && r.lastScan?.finishedAt).length;
  await expect.poll(finished, { timeout: timeoutMs, interval: 250 }).toBe(ids.size).catch(async (err: Error) => {
    throw new Error(`${await finished()} of ${ids.size} scans finished; failures: ${JSON.stringify(await jobs.failures(undefined, 3))}; `
      + `workers said: ${running.map((w) => w.stderr().slice(-2000)).join('\n---\n')}`, { cause: err });
  });
}

/**
 * The invariants, per site: exactly the flagged Abouts carry the placeholder, each written by one PATCH
 * (the site's update count), and each has exactly one review item, replaced, holding the exact original.
 */
async function expectEachFlaggedReplacedOnce(site: EmulatorSite, before: Awaited<ReturnType<typeof snapshot>>): Promise<number> {
  const live = new Map(site.store.all().map((a) => [a.id, a]));
  const flagged = before.filter((a) => a.flagged);
  const placeholders = [...live.values()].filter((a) => isPlaceholder(JSON.parse(a.contentJson)));
  expect(placeholders.map((a) => a.id).sort()).toEqual(flagged.map((a) => a.id).sort());
  expect(site.stats().update).toBe(flagged.length);
  const store = await openPgReviewStore(pool, site.instanceId);
  const items = await store.list();
  expect(items).toHaveLength(flagged.length);
  for (const about of flagged) {
    const mine = items.filter((i) => i.aboutId === about.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.status).toBe('replaced');
    expect(mine[0]!.original).toEqual({ content: about.content, revision: about.revision });
    expect(mine[0]!.placeholderRevision).toBe(String(live.get(about.id)!.revision));
  }
  return flagged.length;
}

describe('aboutmod worker: many sites, workers that scale out', { timeout: 120_000 }, () => {
  it('two workers scan 50 sites: every flagged About replaced exactly once, its original kept, one token per site; `sites` shows each; a rescan', async () => {
    const emu = await emulator(50);
    const sites = emu.sites();
    const before = await Promise.all(sites.map(snapshot));
    const config = await workerConfig(emu);
    await workers(2, emu, config);
    await scanAll(sites);
    await waitForScans(sites);
    let replaced = 0;
    for (const [i, site] of sites.entries()) {
      replaced += await expectEachFlaggedReplacedOnce(site, before[i]!);
      // Both workers served every site with one access token, fetched once and shared through the database.
      expect(site.stats().token).toBe(1);
    }
    expect(replaced).toBeGreaterThan(50);


    const listed = await runCli(['sites', '--json', '--config', config], { env: { DATABASE_URL: db.url } });
    expect(listed.code, listed.stderr).toBe(0);
    const report = JSON.parse(listed.stdout) as { sites: Array<{ instanceId: string; status: string; abouts: number; openItems: number; scanning: unknown }> };
    const byId = new Map(report.sites.map((s) => [s.instanceId, s]));
    for (const [i, site] of sites.entries()) {
      expect(byId.get(site.instanceId)).toMatchObject({
        status: 'active', abouts: ABOUTS, openItems: before[i]!.filter((a) => a.flagged).length, scanning: null,
      });
    }

    // A webhook's rescan: a member writes abuse into a clean About; two events for it collapse into one
    // decision while queued, and the placeholder goes on once, over exactly what the member wrote.
    const [site, snap] = [sites[0]!, before[0]!];
    const clean = snap.find((a) => !a.flagged)!;
    const abuse = snap.find((a) => a.flagged)!.content;
    const edited = site.memberEdit(clean.id, abuse);
    const updates = site.stats().update as number;
    expect(await jobs.enqueueRescan(site.instanceId, clean.id)).toBe(true);
    await jobs.enqueueRescan(site.instanceId, clean.id);
    await expect.poll(() => isPlaceholder(JSON.parse(site.store.get(clean.id).contentJson)), { timeout: 30_000 }).toBe(true);
    // The PATCH's answer comes before the item is marked replaced: wait for that write too.
    const store = await openPgReviewStore(pool, site.instanceId);
    await expect.poll(async () => (await store.list({ aboutId: clean.id })).map((i) => i.status), { timeout: 10_000 }).toEqual(['replaced']);
    const items = await store.list({ aboutId: clean.id });
    expect(items[0]).toMatchObject({ original: { content: abuse, revision: edited.revision } });
    await expect.poll(async () => (await jobs.depthBySite()).get(site.instanceId)?.byQueue['rescan-about'] ?? 0).toBe(0);
    expect(site.stats().update).toBe(updates + 1);
  });

  it('three workers, one SIGKILLed mid-scan: the others finish its pages from the checkpoint, nothing replaced twice', async () => {
    // Latency makes each page take a while, so the kill lands inside pages.
    const emu = await startEmulator({ sites: 50, seed: SEED, faults: { latencyMs: 40 } });
    cleanups.push(() => emu.close());
    const sites = emu.sites();
    const before = await Promise.all(sites.map(snapshot));
    const [victim] = await workers(3, emu, await workerConfig(emu, { jobExpireSeconds: 5 }));

    await scanAll(sites);
    const ids = new Set(sites.map((s) => s.instanceId));
    // Once a quarter of the pages are done, the victim is killed while holding pages.
    const total = sites.length * Math.ceil(ABOUTS / PAGE);
    await expect.poll(async () => (await registry.list()).filter((r) => ids.has(r.instanceId)).reduce((n, r) => n + (r.lastScan?.pages ?? 0), 0),
      { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(total / 4);
    const active = [...(await jobs.depthBySite()).values()].reduce((n, d) => n + d.active, 0);
    await victim!.kill();

    await waitForScans(sites);
    expect(active).toBeGreaterThan(0);
    // The victim's pages expired and ran again elsewhere: their jobs count a retry.
    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT retry_count FROM pgboss.job WHERE name = 'scan-page' UNION ALL SELECT retry_count FROM pgboss.archive WHERE name = 'scan-page') j
       WHERE retry_count > 0`,
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    for (const [i, site] of sites.entries()) await expectEachFlaggedReplacedOnce(site, before[i]!);
  });

  it('a site removed mid-scan writes nothing after its removal, and its data is deleted after the grace', async () => {
    // One site big enough to be mid-scan when removed, slowed by latency; another beside it.
    const emu = await startEmulator({ sites: 2, seed: 'bulk:12:0.25', seedSizes: [400], faults: { latencyMs: 20 } });
    cleanups.push(() => emu.close());
    const [big, small] = emu.sites() as [EmulatorSite, EmulatorSite];
    const config = await workerConfig(emu);
    await workers(2, emu, config);
    await scanAll([big, small]);
    await expect.poll(async () => (await registry.get(big.instanceId))?.lastScan?.pages ?? 0, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(5);

    const removed = await runCli(['sites', 'remove', big.instanceId, '--config', config], { env: { DATABASE_URL: db.url } });
    expect(removed.code, removed.stderr).toBe(0);
    // Once remove returns, the site's running page has ended: from here on, no request reaches its Abouts.
    const requests = () => { const s = big.stats(); return Number(s.query) + Number(s.update) + Number(s.get); };
    const atRemoval = requests();
    const scan = (await registry.get(big.instanceId))!.lastScan!;
    expect(scan.finishedAt).toBeUndefined();
    expect(scan.pages).toBeLessThan(Math.ceil(400 / PAGE));

    await waitForScans([small]);
    // Gone after the grace (2 s; the purge check runs every second).
    await expect.poll(() => registry.get(big.instanceId), { timeout: 20_000, interval: 250 }).toBeUndefined();
    expect(requests()).toBe(atRemoval);
    const counts = await siteCounts(pool, big.instanceId);
    expect(Object.values(counts.items).reduce((a, b) => a + b, 0)).toBe(0);
    expect((await siteCounts(pool, small.instanceId)).items.replaced).toBeGreaterThan(0);
  });

  it('a job handed over while the worker stops goes back to the queue, and the worker still exits 0', async () => {
    const emu = await emulator(1);
    const site = emu.sites()[0]!;
    await registry.register(site.instanceId);
    const [worker] = await workers(1, emu, await workerConfig(emu));
    // The table lock holds every poll of the worker's queues mid-query, as a slow database would.
    const client = await pool.connect();
    let jobId: string | null = null;
    try {
      await client.query('BEGIN');
      await client.query('LOCK TABLE pgboss.job IN ACCESS EXCLUSIVE MODE');
      const waiting = async () => Number((await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%pgboss.job%'`,
      )).rows[0]!.n);
      await expect.poll(waiting, { timeout: 10_000, interval: 100 }).toBeGreaterThan(0);
      jobId = await jobs.boss.send(QUEUES.rescan, { site: site.instanceId, aboutId: site.store.all()[0]!.id }, { db: jobDb(client) });
      const exit = worker!.stop();
      // SIGTERM's stop runs to its end while the polls wait; only then do they get their answer, one with the job.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await client.query('COMMIT');
      expect(await exit, worker!.stderr()).toBe(0);
    } finally {
      client.release();
    }
    const { rows } = await pool.query<{ state: string }>('SELECT state::text AS state FROM pgboss.job WHERE id = $1', [jobId]);
    expect(rows[0]?.state).toMatch(/^(created|retry)$/);
  });

  it('a site answering 429s does not slow the others: they finish in about the time they take without it', async () => {
    // The noisy site is big (25 pages), so it answers 429s for the whole measurement.
    const emu = await startEmulator({ sites: 26, seed: SEED, seedSizes: [100] });
    cleanups.push(() => emu.close());
    const [noisy, ...rest] = emu.sites() as [EmulatorSite, ...EmulatorSite[]];
    const [warmup, baseline, others] = [rest.slice(0, 5), rest.slice(5, 15), rest.slice(15)];
    await workers(2, emu, await workerConfig(emu, { jobExpireSeconds: 30, stopTimeoutSeconds: 2 }));

    const timed = async (sites: EmulatorSite[]) => {
      const started = Date.now();
      await scanAll(sites);
      await waitForScans(sites);
      return Date.now() - started;
    };
    // Both measured runs find the workers warm (tokens, scorer, connections).
    await timed(warmup);
    const alone = await timed(baseline);
    noisy.faults.rate429 = 0.5;
    await scanAll([noisy]);
    // Measured only once the noisy site is backing off: a worker may pick its job up a moment later.
    await expect.poll(() => Number(noisy.stats().fault429), { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
    const beside = await timed(others);
    // Same work, same workers: the noisy site holds at most one scan slot of one worker while it backs off.
    expect(beside, `10 sites took ${alone} ms alone, ${beside} ms beside the noisy one`).toBeLessThan(alone * 1.6 + 1500);
    expect((await registry.get(noisy.instanceId))?.lastScan?.finishedAt).toBeUndefined();
  });
});
