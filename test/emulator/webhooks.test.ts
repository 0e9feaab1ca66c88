import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, verifyWebhookJwt, webhookReceiver, type Emulator } from '../helpers/emulator.js';
import { createWixClient } from '../../src/wix/index.js';

const doc = (text: string) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }], paragraphData: {} }] });

describe('emulator webhooks', () => {
  let hook: Awaited<ReturnType<typeof webhookReceiver>>;
  let emu: Emulator;
  beforeAll(async () => {
    hook = await webhookReceiver();
    emu = await createEmulator({ seed: 'demo', webhookUrl: hook.url });
  });
  afterAll(async () => {
    await emu.close();
    await hook.close();
  });

  it('every change is POSTed as an RS256 JWT that verifies with the printed public key and unpacks into the event', async () => {
    const aboutId = 'd0000000-0000-4000-8000-000000000001';
    const apiKeyClient = createWixClient({ baseUrl: emu.url, pageSize: 10, concurrency: 2, timeoutMs: 5_000, maxRetries: 0, credentials: { kind: 'apiKey', apiKey: emu.apiKey, siteId: emu.siteId } });
    const appClient = createWixClient({ baseUrl: emu.url, pageSize: 10, concurrency: 2, timeoutMs: 5_000, maxRetries: 0, credentials: { kind: 'oauth', appId: emu.appId, appSecret: emu.appSecret, instanceId: emu.instanceId } });

    const about = await apiKeyClient.getAbout(aboutId);
    const byKey = await apiKeyClient.updateAbout({ id: aboutId, revision: about.revision, content: doc('by the owner key') });
    const byMember = emu.memberEdit(aboutId, doc('by the member'));
    const byApp = await appClient.updateAbout({ id: aboutId, revision: byMember.revision, content: doc('by the app') });
    await emu.webhooksIdle();

    expect(hook.bodies).toHaveLength(3);
    const events = await Promise.all(hook.bodies.map((b) => verifyWebhookJwt(b, emu.publicKey)));
    for (const e of events) {
      expect(e.header.alg).toBe('RS256');
      expect(e.envelope.eventType).toBe('wix.members.about.v2.member_about_updated');
      expect(e.envelope.instanceId).toBe(emu.instanceId);
      expect(e.envelope.accountInfo?.siteId).toBe(emu.siteId);
      expect(e.event).toMatchObject({ entityFqdn: 'wix.members.about.v2.member_about', slug: 'updated', entityId: aboutId, triggeredByAnonymizeRequest: false });
    }
    // Deliveries are unordered; order them as a receiver must, by entityEventSequence.
    events.sort((a, b) => Number(a.event.entityEventSequence) - Number(b.event.entityEventSequence));
    expect(new Set(events.map((e) => e.event.id)).size).toBe(3);
    expect(events.map((e) => (e.event.updatedEvent as { currentEntity: { revision: string } }).currentEntity.revision)).toEqual([
      byKey.revision, byMember.revision, byApp.revision,
    ]);
    expect(events.map((e) => e.identity.identityType)).toEqual(['WIX_USER', 'MEMBER', 'APP']);
    expect(events[1]!.identity.memberId).toBe(about.memberId);
    expect(events[2]!.identity.appId).toBe(emu.appId);
    expect((events[2]!.event.updatedEvent as { currentEntity: unknown }).currentEntity).toEqual(byApp);
  });

  it('create and delete send created and deleted events; a signature from another key does not verify', async () => {
    hook.bodies.length = 0;
    const headers = { authorization: emu.apiKey, 'wix-site-id': emu.siteId, 'content-type': 'application/json' };
    const aboutId = 'd0000000-0000-4000-8000-000000000002';
    const del = await fetch(`${emu.url}/members/v2/abouts/${aboutId}?id=${aboutId}`, { method: 'DELETE', headers: { authorization: emu.apiKey, 'wix-site-id': emu.siteId } });
    expect(del.status).toBe(200);
    expect(await del.json()).toEqual({});
    const created = await fetch(`${emu.url}/members/v2/abouts`, { method: 'POST', headers, body: JSON.stringify({ memberAbout: { memberId: 'e0000000-0000-4000-8000-000000000002', content: doc('fresh start') } }) });
    expect(created.status).toBe(200);
    const { memberAbout } = (await created.json()) as { memberAbout: { id: string; revision: string } };
    expect(memberAbout.revision).toBe('1');
    await emu.webhooksIdle();

    const events = await Promise.all(hook.bodies.map((b) => verifyWebhookJwt(b, emu.publicKey)));
    const bySlug = Object.fromEntries(events.map((e) => [e.event.slug, e]));
    expect(bySlug.deleted!.envelope.eventType).toBe('wix.members.about.v2.member_about_deleted');
    expect(bySlug.deleted!.event).toMatchObject({ entityId: aboutId, deletedEvent: {} });
    expect(bySlug.created!.envelope.eventType).toBe('wix.members.about.v2.member_about_created');
    expect((bySlug.created!.event.createdEvent as { entity: unknown }).entity).toEqual({ ...memberAbout, memberId: 'e0000000-0000-4000-8000-000000000002', content: doc('fresh start') });

    const other = await createEmulator();
    await expect(verifyWebhookJwt(hook.bodies[0]!, other.publicKey)).rejects.toThrow();
    await other.close();
  });

  it('a failed delivery is retried until the receiver takes it', async () => {
    const flaky = await webhookReceiver(2);
    const emu2 = await createEmulator({ seed: 'demo', webhookUrl: flaky.url });
    try {
      emu2.memberEdit('d0000000-0000-4000-8000-000000000003');
      await emu2.webhooksIdle();
      expect(flaky.bodies).toHaveLength(1);
      expect((await verifyWebhookJwt(flaky.bodies[0]!, emu2.publicKey)).identity.identityType).toBe('MEMBER');
      expect(emu2.stats().webhooks).toMatchObject({ sent: 1, delivered: 1, retried: 2, failed: 0 });
    } finally {
      await emu2.close();
      await flaky.close();
    }
  });

  it('duplicateRate delivers an event twice, the copy late; the domain event id is the dedupe key', async () => {
    const sink = await webhookReceiver();
    const emu3 = await createEmulator({ seed: 'demo', webhookUrl: sink.url, faults: { duplicateRate: 1 } });
    try {
      emu3.memberEdit('d0000000-0000-4000-8000-000000000004');
      await emu3.webhooksIdle();
      expect(sink.bodies).toHaveLength(2);
      const [a, b] = await Promise.all(sink.bodies.map((body) => verifyWebhookJwt(body, emu3.publicKey)));
      expect(a!.event.id).toBe(b!.event.id);
    } finally {
      await emu3.close();
      await sink.close();
    }
  });
});
