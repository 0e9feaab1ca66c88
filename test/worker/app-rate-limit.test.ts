import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { openAppJobs } from '../../src/worker/app/jobs.js';
import { createSiteRegistry } from '../../src/worker/app/site-registry.js';
import { spawnWorker } from '../../src/demo/worker-process.js';
import { startEmulator, type EmulatorSite } from '../helpers/emulator.js';
import { usePostgres } from '../helpers/postgres.js';

const CAP = 5;
const db = usePostgres();
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Every request the site got toward Wix (the emulator's per-site counts). */
function requests(site: EmulatorSite): number {
  const s = site.stats();
  return ['query', 'get', 'update', 'member', 'email', 'token'].reduce((sum, kind) => sum + Number(s[kind]), 0);
}

it('app.siteRequestsPerSecond caps each site\'s requests toward Wix, per site', async () => {
  // Two sites of 20 Abouts, all flagged, in one page: 22 requests each (token, query, 20 PATCHes), about 4 s at the cap.
  const emu = await startEmulator({ sites: 2, seed: 'bulk:20:1' });
  cleanups.push(() => emu.close());
  const sites = emu.sites() as [EmulatorSite, EmulatorSite];
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-rate-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({
    wix: { baseUrl: emu.url, pageSize: 100 }, scorer: { local: { threads: 0 } }, schedule: { cron: false },
    app: { siteRequestsPerSecond: CAP, stopTimeoutSeconds: 5 },
  }));
  const pool = db.pool();
  const jobs = await openAppJobs({ pool, config: parseConfig({ schedule: { cron: false } }) });
  cleanups.push(() => jobs.stop(1000));
  const registry = createSiteRegistry(pool);
  const worker = await spawnWorker(config, { DATABASE_URL: db.url, WIX_APP_ID: emu.appId, WIX_APP_SECRET: emu.appSecret });
  cleanups.push(async () => expect(await worker.stop(), worker.stderr()).toBe(0));

  for (const site of sites) await registry.register(site.instanceId);
  // The emulator runs in this process: its counts, sampled often, tell when each site's requests began and ended.
  const samples: { t: number; counts: number[] }[] = [];
  const sample = () => samples.push({ t: performance.now(), counts: sites.map(requests) });
  sample();
  const sampler = setInterval(sample, 20);
  try {
    for (const site of sites) await jobs.enqueueScan(site.instanceId);
    await expect.poll(async () => {
      const records = await Promise.all(sites.map((s) => registry.get(s.instanceId)));
      return records.every((r) => r?.lastScan?.finishedAt);
    }, { timeout: 60_000, interval: 100 }).toBe(true);
  } finally {
    clearInterval(sampler);
  }
  sample();

  /** Seconds from the last sample before `site`'s (or both sites') first request to the first one after its last. */
  const span = (count: (c: number[]) => number) => {
    const total = count(samples.at(-1)!.counts);
    const before = samples.filter((x) => count(x.counts) === 0).at(-1)!.t;
    const after = samples.find((x) => count(x.counts) === total)!.t;
    return { total, seconds: (after - before) / 1000 };
  };
  // The client starts at most CAP requests in any one second: requests spread over T seconds number
  // at most CAP * (floor(T) + 1).
  const bound = (seconds: number) => CAP * (Math.floor(seconds) + 1);
  for (const i of [0, 1]) {
    const { total, seconds } = span((c) => c[i]!);
    expect(total, `site ${i}: ${total} requests in ${seconds} s`).toBeLessThanOrEqual(bound(seconds));
  }
  // The sites ran at once, each at its own cap: together they sent more than one site may.
  const both = span((c) => c[0]! + c[1]!);
  expect(both.total, `both sites: ${both.total} requests in ${both.seconds} s`).toBeGreaterThan(bound(both.seconds));
}, 90_000);
