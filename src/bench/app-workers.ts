import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { parseConfig } from '../config/index.js';
import { spawnEmulator } from '../demo/emulator-process.js';
import { migrate } from '../review/pg/migrate.js';
import { createPgPool } from '../review/pg/pool.js';
import { openAppJobs } from '../worker/app/jobs.js';
import { createSiteRegistry } from '../worker/app/site-registry.js';
import { spawnWorker } from '../demo/worker-process.js';
import { log, round } from './figures.js';

export interface AppWorkersBenchOptions {
  sites: number;
  aboutsPerSite: number;
  /** Worker process counts to measure, e.g. [1, 2, 4]. */
  workers: number[];
  /** Scoring threads per worker: 1 makes each worker stand for a one-core machine, so N workers measure scaling out, not one worker's thread pool. */
  threads: number;
  /** Admin URL of a PostgreSQL server (a database per run is created and dropped there). */
  adminUrl: string;
}

/**
 * Abouts per second of a full scan of every site (issue 20) by 1, 2, 4... `aboutmod worker` processes:
 * the emulator (`--sites`, `--latency 30`) and the workers are spawned as a user runs them; each run gets
 * a fresh database, so every run decides every About. Reports the speed-up over one worker.
 */
export async function benchAppWorkers(options: AppWorkersBenchOptions): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const total = options.sites * options.aboutsPerSite;
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-bench-app-'));
  const em = await spawnEmulator(['--sites', String(options.sites), '--seed', `bulk:${options.aboutsPerSite}:0.05`, '--latency', '30']);
  try {
    const instanceIds = em.sites!.map((s) => s.instanceId);
    let one: number | undefined;
    for (const n of options.workers) {
      const database = await freshDatabase(options.adminUrl);
      try {
        const ms = await timeFullScans(database.url, dir, em, instanceIds, n, options.threads);
        const perSec = total / (ms / 1000);
        one ??= n === 1 ? perSec : undefined;
        figures[`appWorkers.${n}.aboutsPerSec`] = round(perSec);
        if (one !== undefined) figures[`appWorkers.${n}.speedup`] = round(perSec / one, 2);
        log(`app workers (${options.threads} scoring thread${options.threads === 1 ? '' : 's'} each): ${n} worker${n === 1 ? '' : 's'} scanned ${options.sites} sites x ${options.aboutsPerSite} Abouts `
          + `in ${round(ms / 1000, 1)} s: ${round(perSec)} Abouts/s${one !== undefined && n > 1 ? ` (${round(perSec / one, 2)}x one worker; goal for 2: >= 1.7x)` : ''}`);
      } finally {
        await database.drop();
      }
    }
  } finally {
    await em.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

/** Starts `workers` workers, then a scan of every site; the time until the last scan finishes. */
async function timeFullScans(
  databaseUrl: string, dir: string, em: Awaited<ReturnType<typeof spawnEmulator>>, instanceIds: string[], workers: number, threads: number,
): Promise<number> {
  const config = join(dir, `config-${workers}.json`);
  await writeFile(config, JSON.stringify({ wix: { baseUrl: em.url }, scorer: { local: { threads } }, schedule: { cron: false } }));
  const pool = createPgPool(databaseUrl);
  await migrate(pool);
  const jobs = await openAppJobs({ pool, config: parseConfig({ schedule: { cron: false } }) });
  const registry = createSiteRegistry(pool);
  const env = { DATABASE_URL: databaseUrl, WIX_APP_ID: em.appId, WIX_APP_SECRET: em.appSecret };
  const running = await Promise.all(Array.from({ length: workers }, () => spawnWorker(config, env)));
  try {
    for (const id of instanceIds) await registry.register(id);
    const started = performance.now();
    for (const id of instanceIds) await jobs.enqueueScan(id);
    for (;;) {
      const sites = await registry.list();
      const failed = sites.find((s) => s.lastScan?.failedAt);
      if (failed) throw new Error(`bench: the scan of ${failed.instanceId} failed: ${failed.lastScan!.error}`);
      if (sites.every((s) => s.lastScan?.finishedAt)) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await Promise.all(running.map((w) => w.stop()));
    await jobs.stop(1000);
    await pool.end();
  }
}

/** A new database on the server at `adminUrl` (one per run), and a way to drop it. */
export async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `aboutmod_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
