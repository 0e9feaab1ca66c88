import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { importWebhookKey, verifyWebhook, WebhookRejected, type VerifiedEvent } from '../../src/server/verify-webhook.js';
import { envelopeData, hmacWithPublicKey, makeKeyPair, signEvent, tamper, unsignedEvent } from './sign-event.js';

const wix = await makeKeyPair();
const other = await makeKeyPair();
const key = await importWebhookKey(wix.publicPem);

async function rejection(jwt: string): Promise<WebhookRejected> {
  try {
    await verifyWebhook(jwt, key);
  } catch (err) {
    if (err instanceof WebhookRejected) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('verifyWebhook', () => {
  it('a genuine updated event yields its id, About id, sequence, identity and entity revision', async () => {
    const jwt = await signEvent(wix.privateKey, envelopeData({ eventId: 'e1', aboutId: 'a9', sequence: '7', revision: '7' }));
    const event = await verifyWebhook(jwt, key);
    expect(event).toMatchObject({
      kind: 'about', eventId: 'e1', slug: 'updated', aboutId: 'a9', entityEventSequence: 7n,
      eventType: 'wix.members.about.v2.member_about_updated',
      identity: { identityType: 'MEMBER', memberId: 'm1' }, entity: { id: 'a9', revision: '7' },
    } satisfies Partial<VerifiedEvent>);
  });

  it('created and deleted events parse; deleted needs no entity', async () => {
    const created = await verifyWebhook(await signEvent(wix.privateKey, envelopeData({ slug: 'created' })), key);
    expect(created).toMatchObject({ kind: 'about', slug: 'created' });
    const deleted = await verifyWebhook(await signEvent(wix.privateKey, envelopeData({ slug: 'deleted', aboutId: 'gone' })), key);
    expect(deleted).toMatchObject({ kind: 'about', slug: 'deleted', aboutId: 'gone' });
  });

  it('the public key is accepted as a PEM, a PEM with \\n escapes, or base64 of the PEM', async () => {
    const jwt = await signEvent(wix.privateKey, envelopeData());
    for (const form of [wix.publicPem.replace(/\n/g, '\\n'), Buffer.from(wix.publicPem).toString('base64')]) {
      await expect(verifyWebhook(jwt, await importWebhookKey(form))).resolves.toMatchObject({ kind: 'about' });
    }
  });

  it('a key that is not a PEM public key is a ConfigError naming the variable', async () => {
    await expect(importWebhookKey('hello')).rejects.toThrow(ConfigError);
    await expect(importWebhookKey('hello')).rejects.toThrow(/WIX_WEBHOOK_PUBLIC_KEY/);
  });

  it('forgeries are 401: other key, alg none, HS256 with the public key, tampered payload, expired, iat in the future', async () => {
    const data = envelopeData();
    const now = Math.floor(Date.now() / 1000);
    const forged = [
      await signEvent(other.privateKey, data),
      unsignedEvent(data),
      await signEvent(hmacWithPublicKey(wix.publicPem), data, { alg: 'HS256' }),
      tamper(await signEvent(wix.privateKey, data), envelopeData({ aboutId: 'victim' })),
      await signEvent(wix.privateKey, data, { iat: now - 7200, exp: now - 3600 }),
      await signEvent(wix.privateKey, data, { iat: now + 3600, exp: now + 7200 }),
      await signEvent(wix.privateKey, data, { exp: null }),
    ];
    for (const jwt of forged) expect((await rejection(jwt)).status).toBe(401);
  });

  it('a little clock skew is tolerated (exp 10 s ago)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = await signEvent(wix.privateKey, envelopeData(), { iat: now - 100, exp: now - 10 });
    await expect(verifyWebhook(jwt, key)).resolves.toMatchObject({ kind: 'about' });
  });

  it('malformed bodies and signed-but-malformed events are 400', async () => {
    const sign = (data: string) => signEvent(wix.privateKey, data);
    const bad = [
      '',
      '   ',
      'not a jwt',
      '{"data":"x"}',
      'a.b.c',
      await sign('not json'),
      await sign(JSON.stringify({ eventType: 'wix.members.about.v2.member_about_updated' })),
      await sign(envelopeData({ rawEventData: '{' })),
      await sign(envelopeData({ rawEventData: JSON.stringify({ id: 'e', slug: 'updated' }) })),
      await sign(envelopeData({ identity: { memberId: 'm1' } })),
      await sign(envelopeData({ sequence: '-1' })),
      await sign(envelopeData({ eventType: 'wix.members.about.v2.member_about_deleted', slug: 'updated' })),
    ];
    for (const jwt of bad) expect((await rejection(jwt)).status, jwt.slice(0, 40)).toBe(400);
  });

  it('payload.data that is an object, not a string, is 400 (as @wix/sdk refuses it)', async () => {
    const { SignJWT } = await import('jose');
    const jwt = await new SignJWT({ data: { eventType: 'x' } }).setProtectedHeader({ alg: 'RS256' })
      .setIssuedAt().setExpirationTime('1h').sign(wix.privateKey);
    expect((await rejection(jwt)).status).toBe(400);
  });

  it('hints Wix may change (a new identity kind, an odd entity revision) do not bounce a genuine event', async () => {
    const data = JSON.parse(envelopeData({ identity: { identityType: 'SERVICE' } })) as { data: string };
    const event = JSON.parse(data.data) as { updatedEvent: { currentEntity: { revision: unknown } } };
    event.updatedEvent.currentEntity.revision = 'r7';
    const jwt = await signEvent(wix.privateKey, JSON.stringify({ ...data, data: JSON.stringify(event) }));
    expect(await verifyWebhook(jwt, key)).toMatchObject({ kind: 'about', identity: { identityType: 'SERVICE' }, entity: { revision: undefined } });
  });

  it('a signed event of a type aboutmod does not handle is acknowledged as unhandled', async () => {
    const jwt = await signEvent(wix.privateKey, envelopeData({ eventType: 'wix.members.v1.member_created', eventId: 'x1' }));
    expect(await verifyWebhook(jwt, key)).toEqual({ kind: 'unhandled', eventType: 'wix.members.v1.member_created', eventId: 'x1', instanceId: 'instance-1' });
  });
});
