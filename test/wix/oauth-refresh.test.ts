import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../helpers/emulator.js';
import { createWixClient, WixAuthError, type WixClientOptions } from '../../src/wix/index.js';

/**
 * A relay in front of the emulator that, when armed, answers the first API request after a 401 with
 * one 503: the emulator draws its faults before it checks the token, so on its own it cannot give
 * "401, then a transient failure" in that order.
 */
async function startRelay(target: string) {
  let armed = false;
  let sawUnauthorized = false;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (armed && sawUnauthorized && req.url !== '/oauth2/token') {
          armed = false;
          res.writeHead(503, { 'content-type': 'application/json' }).end('{}');
          return;
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
        const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
        if (answer.status === 401) sawUnauthorized = true;
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The next request after the next 401 gets one 503. */
    arm: () => { armed = true; sawUnauthorized = false; },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const ABOUT = 'b0000000-0000-4000-8000-000000000001';

describe('OAuth token refresh after a 401', () => {
  let emu: Emulator;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  beforeAll(async () => {
    emu = await createEmulator({ seed: 'bulk:3' });
    relay = await startRelay(emu.url);
  });
  afterAll(async () => {
    await relay.close();
    await emu.close();
  });

  const client = (overrides: Partial<WixClientOptions> = {}) => createWixClient({
    baseUrl: relay.url, pageSize: 100, concurrency: 2, timeoutMs: 10_000, maxRetries: 1,
    credentials: { kind: 'oauth', appId: emu.appId, appSecret: emu.appSecret, instanceId: emu.instanceId },
    backoff: { baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });

  it('the request resent with a fresh token keeps its retry: 401, refresh, 503, retry, 200 with maxRetries 1', async () => {
    const wix = client();
    await wix.getAbout(ABOUT);
    const tokensBefore = emu.stats().token as number;
    await fetch(`${emu.url}/_emulator/expire-tokens`, { method: 'POST' });
    relay.arm();

    const about = await wix.getAbout(ABOUT);
    expect(about.id).toBe(ABOUT);
    // One token for the refresh, and the one retry was spent on the 503, not on the refresh.
    expect((emu.stats().token as number) - tokensBefore).toBe(1);
    expect(wix.stats.retries).toBe(1);
  });

  it('a token request refused with 400 (unknown instance) is one WixAuthError naming the variables, not retried', async () => {
    const tokensBefore = emu.stats().token as number;
    const wix = client({ maxRetries: 3, credentials: { kind: 'oauth', appId: emu.appId, appSecret: emu.appSecret, instanceId: 'not-this-site' } });
    const err = await wix.getAbout(ABOUT).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WixAuthError);
    expect((err as WixAuthError).status).toBe(400);
    expect((err as Error).message).toBe("Wix refused the credentials (400): check WIX_APP_ID, WIX_APP_SECRET and WIX_INSTANCE_ID");
    expect((emu.stats().token as number) - tokensBefore).toBe(1);
  });
});
