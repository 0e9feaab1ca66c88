import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { openAppJobs, QUEUES, type AppJobs } from '../../src/worker/app/jobs.js';
import { createSiteRegistry, type SiteRegistry } from '../../src/worker/app/site-registry.js';
import { runCli } from '../helpers/cli.js';
import { usePostgres } from '../helpers/postgres.js';

describe('app jobs and the site registry (PostgreSQL, pg-boss)', () => {
  const db = usePostgres();
  let pool: pg.Pool;
  let jobs: AppJobs;
  let sites: SiteRegistry;

  beforeAll(async () => {
    pool = db.pool();
    const config = parseConfig({ app: { retryLimit: 0, jobExpireSeconds: 5 }, schedule: { cron: false } });
    jobs = await openAppJobs({ pool, config });
    sites = createSiteRegistry(pool);
  });

  afterAll(async () => {
    await jobs?.stop(1000);
  });

  it('registers, removes with a grace and reactivates a site', async () => {
    expect(await sites.register('site-a')).toEqual({ created: true, reactivated: false });
    expect(await sites.register('site-a')).toEqual({ created: false, reactivated: false });
    const removed = await sites.remove('site-a', 60_000);
    expect(removed?.status).toBe('removed');
    expect(Date.parse(removed!.deleteAfter!) - Date.parse(removed!.removedAt!)).toBe(60_000);
    expect(await sites.remove('site-a', 60_000)).toBeUndefined();
    expect(await sites.dueForPurge()).toEqual([]);
    expect(await sites.register('site-a')).toEqual({ created: false, reactivated: true });
    expect((await sites.get('site-a'))?.status).toBe('active');
    // A scan running at removal ends there; the re-installed site can start a new one.
    const scan = await jobs.enqueueScan('site-a');
    await sites.remove('site-a', 60_000);
    expect((await sites.get('site-a'))?.lastScan).toMatchObject({ scanId: scan!.scanId, error: 'stopped: the site was removed' });
    await sites.register('site-a');
    expect(await jobs.enqueueScan('site-a')).toBeDefined();
    await sites.remove('site-a', 0);
    expect(await sites.dueForPurge()).toEqual(['site-a']);
  });

  it('starts one scan per site at a time, as its first page job', async () => {
    await sites.register('site-b');
    const first = await jobs.enqueueScan('site-b');
    expect(first?.scanId).toBeTruthy();
    expect(await jobs.enqueueScan('site-b')).toBeUndefined();
    expect(await jobs.enqueueScan('site-unknown')).toBeUndefined();
    const record = await sites.get('site-b');
    expect(record?.lastScan).toMatchObject({ scanId: first!.scanId, pages: 0 });
    expect((await jobs.depthBySite()).get('site-b')).toEqual({ queued: 1, active: 0, byQueue: { [QUEUES.scanPage]: 1 } });
  });

  it('collapses duplicate rescans of one About while one is queued', async () => {
    expect(await jobs.enqueueRescan('site-c', 'about-1')).toBe(true);
    expect(await jobs.enqueueRescan('site-c', 'about-1')).toBe(false);
    expect(await jobs.enqueueRescan('site-c', 'about-2')).toBe(true);
    expect((await jobs.depthBySite()).get('site-c')?.queued).toBe(2);
  });

  it('keeps a failed job\'s reason visible', async () => {
    await jobs.enqueuePurge('site-d');
    const failed = new Promise<void>((resolve) => {
      void jobs.boss.work(QUEUES.purge, { pollingIntervalSeconds: 0.5 }, async () => {
        setTimeout(resolve, 300);
        throw new Error('the purge broke on purpose');
      });
    });
    await failed;
    await expect.poll(async () => (await jobs.failures('site-d'))[0], { timeout: 5000 }).toMatchObject({
      queue: QUEUES.purge, site: 'site-d', state: 'failed', message: 'the purge broke on purpose',
    });
    expect(await jobs.failures('site-b')).toEqual([]);
  });

  it('aboutmod sites add, the table, and remove; worker and sites refuse a missing DATABASE_URL in one line', async () => {
    const env = { DATABASE_URL: db.url };
    const added = await runCli(['sites', 'add', 'site-cli'], { env });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toBe('site-cli: added; full scan queued\n');
    const table = await runCli(['sites'], { env });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^SITE +STATUS +ABOUTS +LAST SCAN +SCANNING +QUEUED\+RUNNING +OPEN ITEMS +ERRORS$/);
    expect(table.stdout).toMatch(/\nsite-cli +active +- +- +page 1 \(0 read\) +1\+0 +0 +-\n/);
    const removed = await runCli(['sites', 'remove', 'site-cli', '--json'], { env });
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse(removed.stdout)).toMatchObject({ instanceId: 'site-cli' });
    const again = await runCli(['sites', 'remove', 'site-cli'], { env });
    expect([again.code, again.stderr]).toEqual([2, 'aboutmod: sites remove site-cli: already removed\n']);

    for (const args of [['worker'], ['sites']]) {
      const missing = await runCli(args, { env: { DATABASE_URL: '' } });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^aboutmod: DATABASE_URL: missing \(.*\)\n$/);
    }
  });
});
