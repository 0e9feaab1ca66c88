import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/ricos/index.js';
import { BIN } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { allAbouts, readItems, scan, scanSetup } from './helpers.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** Starts a real scan and SIGKILLs it after `delayMs`, wherever it is (or lets it finish first). */
function killScanAfter(config: string, env: NodeJS.ProcessEnv, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'scan', '--json', '--config', config], {
      env: { ...process.env, CI: 'true', ...env },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a scan killed with SIGKILL at random moments', () => {
  it('loses no original and replaces no About twice once it is run again', async () => {
    // Flagged content throughout and slow requests, so kills land between saves, PATCHes and confirmations.
    const em = await startEmulatorProcess(['--seed', 'bulk:600:0.3', '--latency', '5']);
    stops.push(() => em.stop());
    const { config, storePath } = await scanSetup(em.url, { wix: { pageSize: 20 } });
    const originals = new Map((await allAbouts(em.url, em.env)).map((a) => [a.id, a]));

    for (let i = 0; i < 15; i++) await killScanAfter(config, em.env, 300 + Math.floor(Math.random() * 2500));
    const { summary } = await scan(config, em.env);
    expect(summary.errors).toBe(0);

    const items = readItems(storePath);
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
  }, 180_000);
});
