import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey } from 'node:crypto';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HealthSnapshot } from '../../src/server/index.js';
import { isPlaceholder } from '../../src/ricos/index.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { runCli } from '../helpers/cli.js';
import { emulatorStats, liveAbout, readItems, resetStats } from '../worker/helpers.js';
import { envelopeData, hmacWithPublicKey, makeKeyPair, signEvent, tamper, unsignedEvent } from './sign-event.js';
import { eventually, freePort, serveConfig, startServe, webhookKeyFile, type ServeProcess } from './serve-process.js';

const stops: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const ABUSE = 'You are all worthless pieces of shit.';
const doc = (text: string) => ({
  nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }], paragraphData: {} }],
});

/**
 * The emulator (Wix) and `aboutmod serve` wired together. The emulator starts first with its webhook
 * URL pointing at a port reserved for serve, and signs with a key the test made, so the test can also
 * sign genuine events itself.
 */
async function stack(options: { abouts?: number; abusive?: boolean; emulatorArgs?: string[]; server?: object; wix?: object; cron?: string; webhookKey?: boolean } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-'));
  const keys = await webhookKeyFile(dir);
  const port = await freePort();
  const em = await startEmulatorProcess([
    '--seed', `bulk:${options.abouts ?? 3}:${options.abusive ? 1 : 0}`, '--private-key', keys.privateKeyFile,
    '--webhook-url', `http://127.0.0.1:${port}/webhooks/wix`, ...(options.emulatorArgs ?? []),
  ]);
  stops.push(() => em.stop());
  const config = join(dir, 'config.json');
  const storePath = join(dir, 'review.json');
  await writeFile(config, JSON.stringify({
    wix: { baseUrl: em.url, ...options.wix }, store: { path: storePath }, schedule: { cron: options.cron ?? false }, server: { ...options.server },
  }));
  const env: Record<string, string> = { WIX_API_KEY: em.apiKey, WIX_SITE_ID: em.siteId, WIX_WEBHOOK_PUBLIC_KEY: options.webhookKey === false ? '' : keys.publicKeyPem };
  const server = await startServe(config, env, port);
  stops.push(() => server.stop('SIGKILL'));
  const wixKey = createPrivateKey(keys.privateKeyPem);
  const ids = (await (await fetch(`${em.url}/_emulator/stats`)).json() as { abouts: number }).abouts;
  const aboutIds = Array.from({ length: ids }, (_, i) => bulkId(i + 1));
  return { dir, config, storePath, em, env, server, port, keys, wixKey, aboutIds };
}

/** The emulator's bulk seed gives About i the id fixedGuid('b', i). */
function bulkId(i: number): string {
  return `b0000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

/**
 * A body declared larger than server.bodyLimitBytes: only the headers are sent and the answer is read
 * before any of the body, since the server refuses on the declared length and closes the connection;
 * writing the body would race that close (EPIPE, a flaky failure).
 */
function postOversized(server: ServeProcess, bytes: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/webhooks/wix`, { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': bytes } }, (res) => {
      res.resume();
      resolve(res.statusCode);
      req.destroy();
    });
    req.on('error', (err) => { if (!req.destroyed) reject(err); });
    req.flushHeaders();
  });
}

async function post(server: ServeProcess, body: string, contentType = 'text/plain') {
  const res = await fetch(`${server.url}/webhooks/wix`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, text: await res.text() };
}

async function health(server: ServeProcess): Promise<HealthSnapshot> {
  return (await (await fetch(`${server.url}/healthz`)).json()) as HealthSnapshot;
}

async function memberEdit(emUrl: string, aboutId: string, text: string) {
  const res = await fetch(`${emUrl}/_emulator/member-edit`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aboutId, content: doc(text) }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { memberAbout: { revision: string } }).memberAbout;
}

/** Every webhook the emulator sent has been answered, and the server's queue is empty. */
async function settled(s: Awaited<ReturnType<typeof stack>>) {
  await fetch(`${s.em.url}/_emulator/webhooks/flush`, { method: 'POST' });
  await eventually(async () => ((await health(s.server)).queue.depth === 0 ? true : undefined), 'an empty queue');
  // Our own placeholder write produced one more event: let it arrive and be decided too.
  await fetch(`${s.em.url}/_emulator/webhooks/flush`, { method: 'POST' });
  await eventually(async () => ((await health(s.server)).queue.depth === 0 ? true : undefined), 'an empty queue');
}

describe('aboutmod serve with the emulator sending signed webhooks', () => {
  it('a member\'s abusive edit is replaced soon after its event, and our own write\'s event causes no second write', async () => {
    const s = await stack();
    const aboutId = s.aboutIds[0]!;
    const edited = await memberEdit(s.em.url, aboutId, `Hello. ${ABUSE}`);

    const live = await eventually(async () => {
      const about = await liveAbout(s.em.url, aboutId);
      return isPlaceholder(about.content) ? about : undefined;
    }, 'the placeholder');
    await settled(s);

    const items = await readItems(s.storePath);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ aboutId, status: 'replaced', placeholderRevision: live.revision });
    expect(items[0]!.original).toEqual({ content: doc(`Hello. ${ABUSE}`), revision: edited.revision });
    const stats = await emulatorStats(s.em.url);
    expect(stats.update).toBe(1);
    // The event for our placeholder was recognised by its revision, without even a read.
    const decisions = s.server.logs.filter((l) => l.msg === 'decision' && l.aboutId === aboutId);
    expect(decisions.map((d) => d.decision)).toEqual(['rescanned', 'own-write']);
    expect(decisions[1]).toMatchObject({ revision: live.revision });
    expect(await liveAbout(s.em.url, aboutId)).toEqual(live);
  });

  it('forged JWTs (other key, alg none, HS256 with the public key, tampered, expired) get 401, malformed 400, and change nothing', async () => {
    // Seeded abusive without any event: a rescan caused by a forgery would replace it.
    const s = await stack({ abusive: true });
    const aboutId = s.aboutIds[0]!;
    const server = s.server;
    await resetStats(s.em.url);

    const data = envelopeData({ aboutId, revision: '2', sequence: '9' });
    const other = await makeKeyPair();
    const now = Math.floor(Date.now() / 1000);
    const forged = [
      await signEvent(other.privateKey, data),
      unsignedEvent(data),
      await signEvent(hmacWithPublicKey(s.keys.publicKeyPem), data, { alg: 'HS256' }),
      tamper(await signEvent(s.wixKey, envelopeData({ aboutId: 'other' })), data),
      await signEvent(s.wixKey, data, { iat: now - 7200, exp: now - 3600 }),
    ];
    for (const jwt of forged) expect(await post(server, jwt)).toEqual({ status: 401, text: '' });
    for (const body of ['', 'hello', '{"data":"x"}', await signEvent(s.wixKey, 'not json')]) {
      expect(await post(server, body)).toEqual({ status: 400, text: '' });
    }
    expect(await postOversized(server, 5_000_000)).toBe(413);

    const h = await health(server);
    expect(h.webhooks).toMatchObject({ accepted: 0, rejected: 10 });
    expect(await readItems(s.storePath)).toEqual([]);
    expect(await emulatorStats(s.em.url)).toMatchObject({ query: 0, get: 0, update: 0 });
    expect(isPlaceholder((await liveAbout(s.em.url, aboutId)).content)).toBe(false);
    // One log line per refused request, with the reason for us and none of the token.
    const refused = server.logs.filter((l) => l.msg === 'request' && l.url === '/webhooks/wix');
    expect(refused).toHaveLength(10);
    expect(refused.every((l) => typeof l.outcome === 'string' && (l.status === 401 || l.status === 400 || l.status === 413))).toBe(true);
    expect(server.stderr()).not.toContain(forged[0]!.slice(0, 40));
  });

  it('the same event delivered 5 times causes one scan; the duplicates are answered 200 so Wix stops resending', async () => {
    const s = await stack({ abusive: true });
    const aboutId = s.aboutIds[1]!;
    const server = s.server;
    const edited = await liveAbout(s.em.url, aboutId);
    await resetStats(s.em.url);

    const jwt = await signEvent(s.wixKey, envelopeData({ aboutId, eventId: 'evt-dup', revision: edited.revision, sequence: edited.revision, siteId: s.em.siteId }));
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(server, jwt)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((a) => JSON.parse(a.text).result).sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'queued']);
    await settled(s);

    const stats = await emulatorStats(s.em.url);
    expect(stats.query).toBe(1);
    expect(stats.update).toBe(1);
    expect(await readItems(s.storePath)).toHaveLength(1);
    // Durable: after a restart the same id is still known.
    await server.stop('SIGTERM');
    stops.pop();
    const again = await startServe(s.config, s.env, s.port);
    stops.push(() => again.stop('SIGKILL'));
    expect(JSON.parse((await post(again, jwt)).text)).toEqual({ result: 'duplicate' });
  });

  it('a deleted About\'s open review item is closed as superseded', async () => {
    const s = await stack();
    const aboutId = s.aboutIds[0]!;
    await memberEdit(s.em.url, aboutId, ABUSE);
    await eventually(async () => (await readItems(s.storePath)).find((i) => i.status === 'replaced'), 'a replaced item');
    const res = await fetch(`${s.em.url}/members/v2/abouts/${aboutId}`, {
      method: 'DELETE', headers: { authorization: s.env.WIX_API_KEY, 'wix-site-id': s.env.WIX_SITE_ID },
    });
    expect(res.status).toBe(200);
    const item = await eventually(async () => (await readItems(s.storePath)).find((i) => i.status === 'superseded'), 'the superseded item');
    expect(item.history.at(-1)).toMatchObject({ action: 'superseded', note: 'About deleted' });
  });

  it('SIGTERM during a burst of events finishes every queued rescan, flushes the store and exits 0', async () => {
    // Slow Wix and one request at a time, so rescans are still queued when the signal comes.
    const s = await stack({ abouts: 12, emulatorArgs: ['--latency', '150'], wix: { concurrency: 1 } });
    await Promise.all(s.aboutIds.map((id) => memberEdit(s.em.url, id, ABUSE)));
    await eventually(() => (s.server.logs.some((l) => l.outcome === 'queued') ? true : undefined), 'a queued event')
      .catch((err: Error) => { throw new Error(`${err.message}\n${s.server.stderr()}\n${s.em.stderr()}`); });
    const code = await s.server.stop('SIGTERM');
    expect(code, s.server.stderr()).toBe(0);

    const stopping = s.server.logs.find((l) => l.msg === 'stopping: finishing queued rescans');
    expect(stopping?.queued).toBeGreaterThan(0);
    const queued = new Set(s.server.logs.filter((l) => l.outcome === 'queued').map((l) => l.aboutId as string));
    expect(queued.size).toBeGreaterThan(0);
    const items = await readItems(s.storePath);
    for (const id of queued) {
      const trail = JSON.stringify(s.server.logs.filter((l) => l.aboutId === id || l.level! >= 40));
      expect(isPlaceholder((await liveAbout(s.em.url, id)).content), trail).toBe(true);
      expect(items.find((i) => i.aboutId === id)?.status, id).toBe('replaced');
    }
    expect(s.server.logs.some((l) => l.msg === 'stopped')).toBe(true);
  });

  it('a full queue sheds events with 503 (Wix retries them) and nothing is marked seen', async () => {
    const s = await stack({ abouts: 3, emulatorArgs: ['--latency', '1500'], server: { queueLimit: 1 } });
    const event = (i: number, id: string) => signEvent(s.wixKey, envelopeData({ aboutId: s.aboutIds[i]!, eventId: id, sequence: '5', siteId: s.em.siteId }));
    expect((await post(s.server, await event(0, 'q-1'))).status).toBe(200);
    const shed = await event(1, 'q-2');
    expect((await post(s.server, shed)).status).toBe(503);
    await eventually(async () => ((await health(s.server)).queue.depth === 0 ? true : undefined), 'an empty queue');
    // The shed event was not remembered: its redelivery is accepted.
    expect(JSON.parse((await post(s.server, shed)).text)).toEqual({ result: 'queued' });
  });

  it('scheduled full scans replace what no event announced, never two at once, and /healthz shows the last one', async () => {
    // Every second, against a Wix slow enough that a scan outlasts the interval.
    const s = await stack({ abusive: true, cron: '* * * * * *', emulatorArgs: ['--latency', '700'] });
    for (const id of s.aboutIds) {
      await eventually(async () => (isPlaceholder((await liveAbout(s.em.url, id)).content) ? true : undefined), `placeholder on ${id}`, 60_000);
    }
    const h = await eventually(async () => {
      const snapshot = await health(s.server);
      return snapshot.lastScan && snapshot.lastScan.summary.replaced === 0 ? snapshot : undefined;
    }, 'a second full scan', 60_000);
    expect(h.lastScan!.summary).toMatchObject({ scanned: s.aboutIds.length, skipped: s.aboutIds.length, errors: 0 });
    const marks = s.server.logs.filter((l) => l.msg === 'full scan started' || l.msg === 'full scan finished').map((l) => l.msg);
    expect(marks.length).toBeGreaterThanOrEqual(4);
    marks.forEach((m, i) => expect(m, `log line ${i}`).toBe(i % 2 === 0 ? 'full scan started' : 'full scan finished'));
    expect(await readItems(s.storePath)).toHaveLength(s.aboutIds.length);
  });

  it('SIGTERM during a full scan ends it at a page boundary and exits 0', async () => {
    const s = await stack({ abouts: 200, abusive: true, cron: '* * * * * *', emulatorArgs: ['--latency', '100'], wix: { pageSize: 10 } });
    await eventually(() => (s.server.logs.some((l) => l.msg === 'full scan started') ? true : undefined), 'a full scan');
    await eventually(async () => ((await readItems(s.storePath)).length > 0 ? true : undefined), 'a first replaced page');
    expect(await s.server.stop('SIGTERM'), s.server.stderr()).toBe(0);
    expect(s.server.logs.some((l) => l.msg === 'full scan stopped at a page boundary; the next one picks up')).toBe(true);
    // Every item the scan opened was settled before exit: none is left pending.
    const items = await readItems(s.storePath);
    expect(items.length).toBeLessThan(200);
    expect(items.filter((i) => i.status === 'pending')).toEqual([]);
    for (const item of items) expect(isPlaceholder((await liveAbout(s.em.url, item.aboutId)).content)).toBe(true);
  });

  it('/healthz reports status, queue, last scan and last error, and never a secret', async () => {
    const s = await stack();
    const h = await health(s.server);
    expect(Object.keys(h).sort()).toEqual(['lastError', 'lastScan', 'queue', 'scorer', 'startedAt', 'status', 'uptimeSeconds', 'webhooks']);
    expect(h).toMatchObject({
      status: 'ok', queue: { depth: 0, limit: 10_000 }, lastScan: null, lastError: null,
      scorer: { attempts: 0, failures: 0, recent: { attempts: 0, failures: 0, unavailable: false }, lastError: null },
    });
    const text = JSON.stringify(h);
    for (const secret of [s.env.WIX_API_KEY, s.env.WIX_SITE_ID, s.keys.publicKeyPem.split('\n')[1]!]) expect(text).not.toContain(secret);
    expect(s.server.stderr()).not.toContain(s.env.WIX_API_KEY);
  });

  it('an API-key site without WIX_WEBHOOK_PUBLIC_KEY is served without webhooks: scheduled scans run, POST /webhooks/wix is 404, one warning says why', async () => {
    const s = await stack({ abusive: true, cron: '* * * * * *', webhookKey: false });
    for (const id of s.aboutIds) {
      await eventually(async () => (isPlaceholder((await liveAbout(s.em.url, id)).content) ? true : undefined), `placeholder on ${id}`, 60_000);
    }
    const genuine = await signEvent(s.wixKey, envelopeData({ aboutId: s.aboutIds[0]!, eventId: 'no-key-1', sequence: '5', siteId: s.em.siteId }));
    expect((await post(s.server, genuine)).status).toBe(404);
    expect((await health(s.server)).webhooks.accepted).toBe(0);
    expect(s.server.logs.filter((l) => /^webhooks off/.test(l.msg ?? ''))).toHaveLength(1);
  });

  // Without the key and with an app's credentials: test/cli/exit-codes.test.ts.
  it('a malformed WIX_WEBHOOK_PUBLIC_KEY is refused with one line, exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-'));
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({ store: { path: join(dir, 'review.json') } }));
    const bad = await runCli(['serve', '--port', '0', '--config', config], { env: { WIX_WEBHOOK_PUBLIC_KEY: 'nope', WIX_API_KEY: 'k', WIX_SITE_ID: 's' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/WIX_WEBHOOK_PUBLIC_KEY: expected a PEM public key/);
    expect(bad.stdout).toBe('');
  });

  it('a port already in use is one line naming the address, exit 1, not an internal error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-'));
    const keys = await webhookKeyFile(dir);
    const { config } = await serveConfig('http://127.0.0.1:9');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const r = await runCli(['serve', '--port', String(port), '--config', config], { env: { WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem, WIX_API_KEY: 'k', WIX_SITE_ID: 's' } });
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('aboutmod:'))).toEqual([`aboutmod: cannot listen on 127.0.0.1:${port}: the port is in use (--port or server.port)`]);
    } finally {
      taken.close();
    }
  });
});
