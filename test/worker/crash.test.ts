import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/ricos/index.js';
import { BIN } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { allAbouts, emulatorStats, readItems, resetStats, scan, scanSetup } from './helpers.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/**
 * Starts a real scan and SIGKILLs it once it is at work: either `afterPatches` PATCHes have reached Wix
 * (so kills land around writes: saved but not sent, sent but not confirmed), or `afterMs` after its first
 * query (anywhere in paging, scoring and saving). Start-up time on a loaded machine does not matter.
 */
async function killScan(url: string, config: string, env: NodeJS.ProcessEnv, when: { afterPatches: number } | { afterMs: number }): Promise<void> {
  await resetStats(url);
  const child = spawn(process.execPath, [BIN, 'scan', '--json', '--config', config], {
    env: { ...process.env, CI: 'true', ...env },
    stdio: 'ignore',
  });
  let running = true;
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => {
      running = false;
      resolve();
    });
  });
  const reached = async (key: string, n: number) => ((await emulatorStats(url))[key] ?? 0) >= n;
  if ('afterPatches' in when) {
    while (running && !(await reached('update', when.afterPatches))) await sleep(10);
  } else {
    while (running && !(await reached('query', 1))) await sleep(25);
    await Promise.race([sleep(when.afterMs), exited]);
  }
  child.kill('SIGKILL');
  await exited;
}

describe('a scan killed with SIGKILL at random moments', () => {
  it('loses no original and replaces no About twice once it is run again', async () => {
    // Flagged content throughout and slow requests, so kills land between saves, PATCHes and confirmations.
    const em = await startEmulatorProcess(['--seed', 'bulk:300:0.3', '--latency', '20']);
    stops.push(() => em.stop());
    const { config, storePath } = await scanSetup(em.url, { wix: { pageSize: 10 } });
    const originals = new Map((await allAbouts(em.url, em.env)).map((a) => [a.id, a]));

    // Counts kills that caught an original saved but its placeholder not yet confirmed.
    let caughtPending = 0;
    for (let i = 0; i < 15; i++) {
      const when = i % 2 ? { afterMs: Math.floor(Math.random() * 1500) } : { afterPatches: 1 + Math.floor(Math.random() * 25) };
      await killScan(em.url, config, em.env, when);
      if ((await readItems(storePath)).some((item) => item.status === 'pending')) caughtPending++;
    }
    expect((await readItems(storePath)).length).toBeGreaterThan(0);
    expect(caughtPending).toBeGreaterThan(0);
    const { summary } = await scan(config, em.env);
    expect(summary.errors).toBe(0);

    const items = await readItems(storePath);
    const live = await allAbouts(em.url, em.env);
    expect(live.some((a) => isPlaceholder(a.content))).toBe(true);
    for (const about of live) {
      const open = items.filter((i) => i.aboutId === about.id && (i.status === 'pending' || i.status === 'replaced'));
      expect(open.length).toBeLessThanOrEqual(1);
      if (!isPlaceholder(about.content)) continue;
      // Our placeholder is live: its original is in the store, exactly as the member wrote it.
      expect(open).toHaveLength(1);
      const item = open[0]!;
      expect(item.status).toBe('replaced');
      expect(item.placeholderRevision).toBe(about.revision);
      const original = originals.get(about.id)!;
      expect(item.original).toEqual({ content: original.content, revision: original.revision });
    }
    // One review item per About revision: no About was replaced twice.
    const keys = items.filter((i) => i.status !== 'superseded').map((i) => `${i.aboutId}@${i.original.revision}`);
    expect(new Set(keys).size).toBe(keys.length);
    // And a scan after all that has nothing left to do.
    const again = (await scan(config, em.env)).summary;
    expect(again).toMatchObject({ flagged: 0, replaced: 0, errors: 0, skipped: again.scanned });
  }, 900_000);
});
