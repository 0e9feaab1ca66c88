import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../src/bench/free-port.js';
import { runCli } from '../helpers/cli.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { apiError, FakeOpenAI } from '../moderation/fake-openai.js';
import { scanSetup } from './helpers.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** An emulated site of five clean Abouts and a config scoring them with OpenAI at `baseUrl`, no retries. */
async function site() {
  const em = await startEmulatorProcess(['--seed', 'bulk:5:0']);
  stops.push(() => em.stop());
  const { dir, config } = await scanSetup(em.url, { scorer: { provider: 'openai', openai: { maxRetries: 0, timeoutMs: 5_000 } } });
  stops.push(() => rm(dir, { recursive: true, force: true }));
  const scan = (baseUrl: string, args: string[] = []) => runCli(['scan', '--config', config, ...args], {
    env: { ...em.env, OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: baseUrl }, timeoutMs: 120_000,
  });
  return { scan };
}

async function fakeOpenAI(): Promise<{ fake: FakeOpenAI; url: string }> {
  const fake = new FakeOpenAI();
  const url = await fake.start();
  stops.push(() => fake.stop());
  return { fake, url };
}

/** stderr without the JSON log lines (each About's warning): what the user is told. */
const messages = (stderr: string) => stderr.trim().split('\n').filter((l) => !l.startsWith('{'));

interface ScanJson { scanned: number; errors: number; scorerUnavailable: boolean; scorerError: string | null }
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as ScanJson;

describe('aboutmod scan when the scorer is unavailable', { timeout: 180_000 }, () => {
  it('OpenAI refusing the key (401) for every About: exit 1, one message line on stderr, and --json says so', async () => {
    const { scan } = await site();
    const { fake, url } = await fakeOpenAI();
    fake.always('/moderations', () => apiError(401, 'Incorrect API key provided'));

    const text = await scan(url);
    expect(text.code).toBe(1);
    expect(messages(text.stderr)).toEqual([
      'aboutmod: scorer unavailable: openai: moderation: the API key was refused (401); check OPENAI_API_KEY (5 of 5 scoring attempts failed)',
    ]);

    const json = await scan(url, ['--json']);
    expect(json.code).toBe(1);
    expect(lastJson(json.stdout)).toMatchObject({
      scanned: 5, errors: 5, scorerUnavailable: true,
      scorerError: 'openai: moderation: the API key was refused (401); check OPENAI_API_KEY',
    });
    expect(messages(json.stderr)).toEqual([expect.stringMatching(/^aboutmod: scorer unavailable: /)]);
  });

  it('a dead base URL: exit 1 naming the connection failure', async () => {
    const { scan } = await site();
    const result = await scan(`http://127.0.0.1:${await freePort()}/v1`, ['--json']);
    expect(result.code).toBe(1);
    expect(lastJson(result.stdout)).toMatchObject({ scanned: 5, errors: 5, scorerUnavailable: true });
    expect(lastJson(result.stdout).scorerError).toMatch(/^openai: moderation: cannot connect/);
    expect(messages(result.stderr)).toEqual([expect.stringMatching(/^aboutmod: scorer unavailable: openai: moderation: cannot connect .*\(5 of 5 scoring attempts failed\)$/)]);
  });

  it('one About the scorer cannot judge is that About\'s error, not an outage: exit 0, scorerUnavailable false', async () => {
    const { scan } = await site();
    const { fake, url } = await fakeOpenAI();
    fake.script('/moderations', apiError(400, 'Input is not valid'));

    const result = await scan(url, ['--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(lastJson(result.stdout)).toMatchObject({ scanned: 5, errors: 1, scorerUnavailable: false, scorerError: null });
  });
});
