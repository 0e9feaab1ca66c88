import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runShell } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';

const EXAMPLE_SEED = resolve(PACKAGE_ROOT, 'examples/seed.json');

describe('emulator --write-env and the example seed file', () => {
  it('loads examples/seed.json, and the env file it writes is all a scan needs besides the config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aboutmod-emulator-env-'));
    const envFile = join(dir, 'env');
    const emulator = await startEmulatorProcess(['--seed', EXAMPLE_SEED, '--write-env', envFile]);
    try {
      expect(statSync(envFile).mode & 0o777).toBe(0o600);
      const text = readFileSync(envFile, 'utf8');
      expect(text).toContain(`export WIX_API_KEY='${emulator.apiKey}'`);
      expect(text).toContain(`export WIX_SITE_ID='${emulator.siteId}'`);
      expect(text).toContain(emulator.url);
      const config = join(dir, 'config.json');
      writeFileSync(config, JSON.stringify({ wix: { baseUrl: emulator.url }, store: { path: 'review.json' } }));
      // Only what the file exports: the Wix variables of this process are cleared first.
      const r = await runShell(`. "${envFile}" && "${process.execPath}" bin/aboutmod.js scan --dry-run --json`, {
        env: { WIX_API_KEY: '', WIX_SITE_ID: '', WIX_WEBHOOK_PUBLIC_KEY: '', ABOUTMOD_CONFIG: config },
      });
      expect(r.stderr).toBe('');
      const summary = JSON.parse(r.stdout) as { scanned: number; wouldReplace: { memberId: string; categories: string[] }[] };
      const seed = JSON.parse(readFileSync(EXAMPLE_SEED, 'utf8')) as unknown[];
      expect(summary.scanned).toBe(seed.length);
      // The example's two problem Abouts: insults, and contact details.
      expect(summary.wouldReplace.map((w) => w.categories).sort()).toEqual([
        expect.arrayContaining(['contact-info']),
        expect.arrayContaining(['harassment']),
      ]);
    } finally {
      await emulator.stop();
    }
  });

  it('the env file\'s webhook key is the one the emulator signs with, as serve reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aboutmod-emulator-env-'));
    const envFile = join(dir, 'env');
    const emulator = await startEmulatorProcess(['--write-env', envFile]);
    try {
      const r = await runShell(`. "${envFile}" && printf %s "$WIX_WEBHOOK_PUBLIC_KEY"`);
      expect(r.stdout.replace(/\\n/g, '\n')).toBe(emulator.publicKey.trim());
    } finally {
      await emulator.stop();
    }
  });
});
