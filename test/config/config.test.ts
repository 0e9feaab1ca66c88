import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, DEFAULT_CONFIG_PATH, parseConfig } from '../../src/config/index.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'aboutmod-config-'));
function configFile(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

describe('config', () => {
  it('config.json holds exactly the schema defaults (the embedded defaults live in one place)', () => {
    const file = JSON.parse(readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));
    expect(file).toEqual(configSchema.parse({}));
  });

  it('a partial config takes defaults for the other keys', () => {
    const config = parseConfig({ wix: { pageSize: 10 } });
    expect(config.wix.pageSize).toBe(10);
    expect(config.wix.concurrency).toBe(configSchema.parse({}).wix.concurrency);
    expect(config.scorer.provider).toBe('local');
  });

  it('a wrong value names the key, what was expected and what was given, exit 2', async () => {
    const path = configFile('bad-page.json', '{"wix":{"pageSize":"abc"}}');
    const r = await runCli(['scan', '--config', path]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`aboutmod: ${path}: wix.pageSize: expected an integer from 1 to 100, got "abc"`);
    expect(r.stdout).toBe('');
  });

  it('an unknown key is an error, so a typo does not pass silently', async () => {
    const path = configFile('typo.json', '{"policy":{"flagContactinfo":false}}');
    const r = await runCli(['review', 'list', '--config', path]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`aboutmod: ${path}: policy.flagContactinfo: unknown key`);
  });

  it('invalid JSON and a missing file are one line each, exit 2, no stack trace', async () => {
    const broken = configFile('broken.json', '{"wix":');
    for (const path of [broken, join(dir, 'missing.json')]) {
      const r = await runCli(['flatten', '--config', path], { input: '{"nodes":[]}' });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(path);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('enums and nested objects are checked too', () => {
    expect(() => parseConfig({ scorer: { provider: 'gpt' } })).toThrow('scorer.provider: expected "local" or "openai", got "gpt"');
    expect(() => parseConfig({ scorer: { openai: { thresholds: { hate: 2 } } } })).toThrow(
      'scorer.openai.thresholds.hate: expected a number from 0 to 1, got 2',
    );
    expect(() => parseConfig({ notify: { owner: { webhookUrl: 'ftp://x' } } })).toThrow('notify.owner.webhookUrl');
  });

  it('an unknown command or option is a usage error, exit 2', async () => {
    const r = await runCli(['scan', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("aboutmod: unknown option '--bogus'");
  });

  it('--help works with no build step beyond npm ci', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['emulator', 'flatten', 'score', 'scan', 'review', 'serve']) expect(r.stdout).toContain(cmd);
  });
});
