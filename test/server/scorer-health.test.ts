import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthSnapshot } from '../../src/server/index.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { apiError, FakeOpenAI } from '../moderation/fake-openai.js';
import { scanSetup } from '../worker/helpers.js';
import { eventually, freePort, startServe, webhookKeyFile } from './serve-process.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

describe('serve: /healthz reports the scorer', { timeout: 120_000 }, () => {
  it('while OpenAI refuses the key, status is degraded with the failures and the last error; one verdict later it is ok', async () => {
    const fake = new FakeOpenAI();
    const openaiUrl = await fake.start();
    stops.push(() => fake.stop());
    fake.always('/moderations', () => apiError(401, 'Incorrect API key provided'));

    const em = await startEmulatorProcess(['--seed', 'bulk:3:0']);
    stops.push(() => em.stop());
    // A full scan every second: the scorer is asked about the three Abouts again and again.
    const { dir, config } = await scanSetup(em.url, { schedule: { cron: '* * * * * *' }, scorer: { provider: 'openai', openai: { maxRetries: 0 } } });
    stops.push(() => rm(dir, { recursive: true, force: true }));
    const keys = await webhookKeyFile(dir);
    const serve = await startServe(config, {
      ...em.env, WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem, OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: openaiUrl,
    }, await freePort());
    stops.push(() => serve.stop('SIGKILL'));
    const health = async () => {
      const res = await fetch(`${serve.url}/healthz`);
      return { code: res.status, body: (await res.json()) as HealthSnapshot };
    };

    const degraded = await eventually(async () => {
      const h = await health();
      return h.body.status === 'degraded' ? h : undefined;
    }, 'a degraded status');
    expect(degraded.code).toBe(200);
    expect(degraded.body.scorer.failures).toBeGreaterThanOrEqual(1);
    const { recent } = degraded.body.scorer;
    expect(recent).toEqual({ attempts: recent.failures, failures: recent.failures, unavailable: true });
    expect(degraded.body.scorer.lastError?.message).toBe('openai: moderation: the API key was refused (401); check OPENAI_API_KEY');
    expect(JSON.stringify(degraded.body)).not.toContain('sk-test-key');

    fake.reset();
    const recovered = await eventually(async () => {
      const h = await health();
      return h.body.status === 'ok' ? h : undefined;
    }, 'an ok status once the scorer answers');
    expect(recovered.body.scorer.attempts).toBeGreaterThan(recovered.body.scorer.failures);
    expect(recovered.body.scorer.recent.unavailable).toBe(false);
  });
});
