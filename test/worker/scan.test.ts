import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/ricos/index.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { runCli } from '../helpers/cli.js';
import { allAbouts, emulatorStats, liveAbout, readItems, resetStats, scan, scanSetup, storeFiles } from './helpers.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function emulator(args: string[]) {
  const em = await startEmulatorProcess(args);
  stops.push(() => em.stop());
  return em;
}

const next = (revision: string) => (BigInt(revision) + 1n).toString();

// Each test spawns an emulator and several scans: generous timeouts for a loaded 2-core machine.
describe('aboutmod scan against the emulator', { timeout: 180_000 }, () => {
  it('flagged abouts end with the placeholder live and the original in the store; a second scan skips them all and sends no PATCH', async () => {
    const em = await emulator(['--seed', 'demo']);
    const { config, storePath } = await scanSetup(em.url);
    const before = await allAbouts(em.url, em.env);

    const { summary } = await scan(config, em.env);
    expect(summary).toMatchObject({ scanned: before.length, skipped: 0, errors: 0, conflicts: 0, dryRun: false });
    expect(summary.flagged).toBeGreaterThan(0);
    expect(summary.replaced).toBe(summary.flagged);

    const items = await readItems(storePath);
    expect(items.filter((i) => i.status === 'replaced')).toHaveLength(summary.replaced);
    for (const item of items) {
      const live = await liveAbout(em.url, item.aboutId);
      expect(isPlaceholder(live.content)).toBe(true);
      expect(live.revision).toBe(item.placeholderRevision);
      // The original is the member's content exactly as read, at the revision the PATCH carried.
      const original = before.find((a) => a.id === item.aboutId)!;
      expect(item.original).toEqual({ content: original.content, revision: original.revision });
      expect(item.placeholderRevision).toBe(next(original.revision));
      expect(item.reasons.length).toBeGreaterThan(0);
    }
    // 1 PATCH per flagged About and no extra GET when nothing conflicts.
    const stats = await emulatorStats(em.url);
    expect(stats.update).toBe(summary.replaced);
    expect(stats.get ?? 0).toBe(0);

    await resetStats(em.url);
    const second = (await scan(config, em.env)).summary;
    expect(second).toMatchObject({ scanned: before.length, skipped: before.length, flagged: 0, replaced: 0, errors: 0 });
    const after = await emulatorStats(em.url);
    expect(after.update ?? 0).toBe(0);
    expect(after.get ?? 0).toBe(0);
    expect(await readItems(storePath)).toEqual(items);
  });

  it('--dry-run lists what it would replace and writes nothing to Wix nor the store', async () => {
    const em = await emulator(['--seed', 'demo']);
    const { config, dir } = await scanSetup(em.url);
    const { summary } = await scan(config, em.env, ['--dry-run']);
    expect(summary.dryRun).toBe(true);
    expect(summary.replaced).toBe(0);
    expect(summary.wouldReplace!.length).toBe(summary.flagged);
    expect(summary.flagged).toBeGreaterThan(0);
    expect((await emulatorStats(em.url)).update ?? 0).toBe(0);
    expect(storeFiles(dir).size).toBe(0);

    // The text output names each About it would replace, with categories only.
    const text = await runCli(['scan', '--dry-run', '--config', config], { env: em.env });
    expect(text.code).toBe(0);
    for (const plan of summary.wouldReplace!) expect(text.stdout).toContain(`would replace about ${plan.aboutId}`);

    // After a real scan, a dry run leaves the store file byte for byte as it was.
    await scan(config, em.env);
    const files = storeFiles(dir);
    expect(files.size).toBeGreaterThan(0);
    await resetStats(em.url);
    await scan(config, em.env, ['--dry-run']);
    expect(storeFiles(dir)).toEqual(files);
    expect((await emulatorStats(em.url)).update ?? 0).toBe(0);
  });

  it('a member edit between our read and our write is never overwritten', async () => {
    // Every update meets a member edit first, so every PATCH is refused with a 409.
    const em = await emulator(['--seed', 'demo', '--edit-rate', '1']);
    const { config, storePath } = await scanSetup(em.url, { policy: { maxConflictRetries: 2 } });
    const { summary } = await scan(config, em.env);
    expect(summary.flagged).toBeGreaterThan(0);
    expect(summary.replaced).toBe(0);
    expect(summary.conflicts).toBe(summary.flagged * 3);
    expect(summary.errors).toBe(summary.flagged);
    for (const about of await allAbouts(em.url, em.env)) expect(isPlaceholder(about.content)).toBe(false);
    // Each decision that met an edit is on record, superseded, with nothing left open.
    const items = await readItems(storePath);
    expect(items).toHaveLength(summary.flagged * 3);
    expect(items.every((i) => i.status === 'superseded')).toBe(true);
  });

  it('with members editing a third of the time, every placeholder sits on exactly the revision whose original was saved', async () => {
    // At half the time an About met an edit on all 11 attempts with odds 0.5^11 (5e-4; it happened once in CI, for one of
    // the demo's flagged Abouts); at 0.3 those odds are 2e-6, and a third of the updates still meet an edit.
    const em = await emulator(['--seed', 'demo', '--edit-rate', '0.3']);
    const { config, storePath } = await scanSetup(em.url, { policy: { maxConflictRetries: 10 } });
    const { summary } = await scan(config, em.env);
    expect(summary.errors).toBe(0);
    expect(summary.replaced).toBe(summary.flagged);
    const items = await readItems(storePath);
    for (const about of await allAbouts(em.url, em.env)) {
      if (!isPlaceholder(about.content)) continue;
      const open = items.filter((i) => i.aboutId === about.id && i.status === 'replaced');
      expect(open).toHaveLength(1);
      expect(open[0]!.placeholderRevision).toBe(about.revision);
      expect(next(open[0]!.original.revision)).toBe(about.revision);
    }
  });

  it('429 and 503 bursts slow the scan down but it still finishes with every flagged About replaced', async () => {
    // 40 flagged Abouts at 30 % faults: none of 41 requests or more faulting has odds of 0.7^41 (5e-7), an
    // About faulting on all 11 attempts 40 * 0.3^11 (7e-5).
    const clean = await emulator(['--seed', 'bulk:40:1']);
    const expected = (await scan((await scanSetup(clean.url)).config, clean.env, ['--dry-run'])).summary.flagged;
    expect(expected).toBe(40);

    const em = await emulator(['--seed', 'bulk:40:1', '--fault-429', '0.15', '--fault-503', '0.15']);
    const { config } = await scanSetup(em.url, { wix: { maxRetries: 10 } });
    const { summary } = await scan(config, em.env);
    expect(summary).toMatchObject({ flagged: expected, replaced: expected, errors: 0 });
    const stats = await emulatorStats(em.url);
    expect((stats.fault429 ?? 0) + (stats.fault503 ?? 0)).toBeGreaterThan(0);
  });

  it('--only scans just the given Abouts', async () => {
    const em = await emulator(['--seed', 'demo']);
    const { config } = await scanSetup(em.url);
    const ids = (await allAbouts(em.url, em.env)).slice(0, 2).map((a) => a.id);
    const { summary } = await scan(config, em.env, ['--only', ...ids]);
    expect(summary.scanned).toBe(2);
  });

  it('an unusable store path stops the scan with exit 1 and one line, before anything is sent to Wix', async () => {
    const em = await emulator(['--seed', 'demo']);
    const { config, dir } = await scanSetup(em.url);
    // The store's directory would sit under a regular file: the store can be neither read nor written.
    await writeFile(`${dir}/blocker`, '');
    await writeFile(config, JSON.stringify({ wix: { baseUrl: em.url }, store: { path: `${dir}/blocker/review.json` } }));
    const result = await runCli(['scan', '--config', config], { env: em.env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    const stats = await emulatorStats(em.url);
    expect(stats.update ?? 0).toBe(0);
    expect(stats.query ?? 0).toBe(0);
  });

  it('exits 1 with one line when Wix cannot be reached', async () => {
    const em = await emulator(['--seed', 'none']);
    const url = em.url;
    await em.stop();
    const { config } = await scanSetup(url, { wix: { maxRetries: 0, timeoutMs: 2000 } });
    const result = await runCli(['scan', '--config', config], { env: em.env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 with one line when Wix refuses the credentials, and 2 when they are missing', async () => {
    const em = await emulator(['--seed', 'demo']);
    const { config, storePath } = await scanSetup(em.url);
    const refused = await runCli(['scan', '--config', config], { env: { ...em.env, WIX_API_KEY: 'wrong' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['scan', '--config', config], { env: { WIX_API_KEY: '', WIX_SITE_ID: '' } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/WIX_API_KEY/);
    expect(() => statSync(storePath)).toThrow(/ENOENT/);
  });
});
