import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { randomUUID } from 'node:crypto';

/** Builds Wix-shaped webhook JWTs (wix-api.md section 8) so tests can send genuine and forged events. */

export interface KeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicPem: string;
}

export async function makeKeyPair(): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicKey, publicPem: await exportSPKI(publicKey) };
}

export interface EventSpec {
  slug?: 'created' | 'updated' | 'deleted';
  aboutId?: string;
  eventId?: string;
  sequence?: string;
  revision?: string;
  identity?: object;
  /** Override the whole envelope `data` string (malformed-event tests). */
  rawEventData?: string;
  eventType?: string;
  /** The envelope's instanceId (default "instance-1"). */
  instanceId?: string;
  /** The envelope's accountInfo.siteId (default: no accountInfo). */
  siteId?: string;
}

export function envelopeData(spec: EventSpec = {}): string {
  const slug = spec.slug ?? 'updated';
  const aboutId = spec.aboutId ?? 'about-1';
  const entity = { id: aboutId, revision: spec.revision ?? '2', memberId: 'm1', content: { nodes: [] } };
  const body =
    slug === 'created' ? { createdEvent: { entity } }
    : slug === 'updated' ? { updatedEvent: { currentEntity: entity } }
    : { deletedEvent: {} };
  const event = {
    id: spec.eventId ?? randomUUID(),
    entityFqdn: 'wix.members.about.v2.member_about',
    slug,
    entityId: aboutId,
    eventTime: new Date().toISOString(),
    triggeredByAnonymizeRequest: false,
    entityEventSequence: spec.sequence ?? '2',
    ...body,
  };
  return JSON.stringify({
    eventType: spec.eventType ?? `wix.members.about.v2.member_about_${slug}`,
    instanceId: spec.instanceId ?? 'instance-1',
    data: spec.rawEventData ?? JSON.stringify(event),
    identity: JSON.stringify(spec.identity ?? { identityType: 'MEMBER', memberId: 'm1' }),
    ...(spec.siteId === undefined ? {} : { accountInfo: { siteId: spec.siteId } }),
  });
}

/** Signs `data` like Wix: RS256, `data` claim as a string, iat and exp. */
export async function signEvent(
  key: Parameters<SignJWT['sign']>[0],
  data: string,
  options: { alg?: string; iat?: number; exp?: number | null } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ data }).setProtectedHeader({ alg: options.alg ?? 'RS256', kid: 'test' }).setIssuedAt(options.iat ?? now);
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now + 3600);
  return jwt.sign(key);
}

/** An unsecured (`alg: none`) token carrying `data`: what a forger without any key can send. */
export function unsignedEvent(data: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ data, iat: now, exp: now + 3600 })}.`;
}

/** The same token with its payload swapped for `data` but the original signature kept. */
export function tamper(jwt: string, data: string): string {
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  claims.data = data;
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

/** HS256 keyed with the public key's PEM text: the classic algorithm-confusion forgery. */
export function hmacWithPublicKey(publicPem: string): Uint8Array {
  return new TextEncoder().encode(publicPem);
}
