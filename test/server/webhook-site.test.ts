import { createPrivateKey } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/ricos/index.js';
import type { HealthSnapshot } from '../../src/server/index.js';
import { importWebhookKey, verifyWebhook } from '../../src/server/verify-webhook.js';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { emulatorStats, liveAbout, resetStats } from '../worker/helpers.js';
import { envelopeData, makeKeyPair, signEvent } from './sign-event.js';
import { eventually, freePort, serveConfig, startServe, webhookKeyFile } from './serve-process.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** The envelope `spec` describes, its domain event changed by `edit`. */
function editEvent(spec: Parameters<typeof envelopeData>[0], edit: (event: Record<string, Record<string, Record<string, unknown> | null>>) => void): string {
  const envelope = JSON.parse(envelopeData(spec)) as { data: string };
  const event = JSON.parse(envelope.data) as Parameters<typeof edit>[0];
  edit(event);
  return JSON.stringify({ ...envelope, data: JSON.stringify(event) });
}

/** An updated event whose entity's `revision` is `revision` (removed when `undefined`). */
function withRevision(spec: Parameters<typeof envelopeData>[0], revision: unknown): string {
  return editEvent(spec, (event) => {
    const entity = event.updatedEvent!.currentEntity!;
    if (revision === undefined) delete entity.revision;
    else entity.revision = revision;
  });
}

describe('an event\'s revision is a hint', () => {
  it('a missing, null or odd revision, or a null entity, leaves the event with no revision hint', async () => {
    const wix = await makeKeyPair();
    const key = await importWebhookKey(wix.publicPem);
    for (const revision of [undefined, null, -1, 1.5, 'r7', '', {}, [], true, '123456789012345678901']) {
      const event = await verifyWebhook(await signEvent(wix.privateKey, withRevision({ aboutId: 'a1' }, revision)), key);
      expect(event, JSON.stringify(revision)).toMatchObject({ kind: 'about', aboutId: 'a1', entity: { id: 'a1', revision: undefined } });
    }
    for (const [revision, hint] of [['7', '7'], [7, '7'], ['007', '7']] as const) {
      const event = await verifyWebhook(await signEvent(wix.privateKey, withRevision({ aboutId: 'a1' }, revision)), key);
      expect(event).toMatchObject({ entity: { revision: hint } });
    }
    const nullEntity = editEvent({ slug: 'created', aboutId: 'a2' }, (event) => { event.createdEvent!.entity = null; });
    expect(await verifyWebhook(await signEvent(wix.privateKey, nullEntity), key)).toMatchObject({ kind: 'about', slug: 'created', aboutId: 'a2', entity: undefined });
  });
});

/** The emulator (Wix) with a key the test also holds, and `aboutmod serve` with the given credentials. */
async function stack(credentials: 'apiKey' | 'oauth') {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-site-'));
  stops.push(() => rm(dir, { recursive: true, force: true }));
  const keys = await webhookKeyFile(dir);
  const em = await startEmulatorProcess(['--seed', 'bulk:2:1', '--private-key', keys.privateKeyFile]);
  stops.push(() => em.stop());
  const { config, dir: configDir } = await serveConfig(em.url);
  stops.push(() => rm(configDir, { recursive: true, force: true }));
  const env = credentials === 'apiKey'
    ? { ...em.env, WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem }
    : { WIX_APP_ID: em.appId, WIX_APP_SECRET: em.appSecret, WIX_INSTANCE_ID: em.instanceId, WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem };
  const server = await startServe(config, env, await freePort());
  stops.push(() => server.stop('SIGKILL'));
  const wixKey = createPrivateKey(keys.privateKeyPem);
  const post = async (data: string) => {
    const res = await fetch(`${server.url}/webhooks/wix`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: await signEvent(wixKey, data) });
    return { status: res.status, body: await res.text() };
  };
  const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as HealthSnapshot;
  return { em, server, post, health };
}

const ABOUT = (i: number) => `b0000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

describe('webhooks through serve: this site\'s only, revision only a hint', { timeout: 120_000 }, () => {
  it('API key: an event without a revision rescans the About; another site\'s event, or one naming no site, is 403, logged once and not queued', async () => {
    const s = await stack('apiKey');
    await resetStats(s.em.url);

    const foreign = await s.post(envelopeData({ aboutId: ABOUT(1), eventId: 'other-site', siteId: 'another-site' }));
    const unnamed = await s.post(envelopeData({ aboutId: ABOUT(1), eventId: 'no-site' }));
    expect([foreign, unnamed]).toEqual([{ status: 403, body: '' }, { status: 403, body: '' }]);
    const refusals = await eventually(() => {
      const lines = s.server.logs.filter((l) => l.outcome === 'rejected');
      return lines.length === 2 ? lines : undefined;
    }, 'two refusal log lines');
    expect(refusals.map((l) => [l.status, l.reason])).toEqual([
      [403, 'accountInfo.siteId "another-site" is not this site\'s (WIX_SITE_ID)'],
      [403, 'the event names no accountInfo.siteId to check against WIX_SITE_ID (set WIX_INSTANCE_ID to the app instance id to accept it)'],
    ]);
    expect((await s.health()).webhooks).toMatchObject({ accepted: 0, rejected: 2 });

    // The About is abusive: the rescan an event without a revision asks for replaces it.
    const ours = await s.post(withRevision({ aboutId: ABOUT(1), eventId: 'no-revision', siteId: s.em.siteId, sequence: '3' }, undefined));
    expect(ours).toEqual({ status: 200, body: JSON.stringify({ result: 'queued' }) });
    await eventually(async () => (isPlaceholder((await liveAbout(s.em.url, ABOUT(1))).content) ? true : undefined), 'the placeholder');
    // Nothing of the refused events reached Wix: only the accepted one's read and write.
    const stats = await emulatorStats(s.em.url);
    expect([stats.query, stats.update]).toEqual([1, 1]);
  });

  it('OAuth: the event must carry WIX_INSTANCE_ID; another instance of the app is refused', async () => {
    const s = await stack('oauth');
    const other = await s.post(envelopeData({ aboutId: ABOUT(1), eventId: 'other-instance', instanceId: 'another-instance', siteId: s.em.siteId }));
    expect(other.status).toBe(403);
    await eventually(() => s.server.logs.find((l) => l.outcome === 'rejected'), 'the refusal log line');
    expect(s.server.logs.filter((l) => l.outcome === 'rejected').map((l) => l.reason)).toEqual(['instanceId "another-instance" is not this site\'s (WIX_INSTANCE_ID)']);
    const ours = await s.post(envelopeData({ aboutId: ABOUT(1), eventId: 'this-instance', instanceId: s.em.instanceId }));
    expect(ours).toEqual({ status: 200, body: JSON.stringify({ result: 'queued' }) });
    expect((await s.health()).webhooks).toMatchObject({ accepted: 1, rejected: 1 });
  });
});
