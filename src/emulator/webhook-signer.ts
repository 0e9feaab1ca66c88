import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Identity } from './auth.js';

/** The RSA key Wix signs webhooks with; a fresh pair per run unless a PEM is supplied. */
export interface WebhookKey {
  privateKey: KeyObject;
  /** SPKI PEM ("-----BEGIN PUBLIC KEY-----"), what the app dashboard shows. */
  publicKeyPem: string;
  kid: string;
}

/** Throws when `pem` is not an RSA private key (PKCS#8 or PKCS#1). */
export function webhookKey(pem?: string): WebhookKey {
  const privateKey = pem ? createPrivateKey(pem) : generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`expected an RSA private key, got ${privateKey.asymmetricKeyType}`);
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  const kid = createHash('sha256').update(publicKeyPem).digest('hex').slice(0, 16);
  return { privateKey, publicKeyPem, kid };
}

export type EventSlug = 'created' | 'updated' | 'deleted';

export interface AboutEvent {
  slug: EventSlug;
  entityId: string;
  /** The About as REST JSON text (created/updated); absent for deleted. */
  entityJson?: string;
  identity: Identity;
  entityEventSequence: number;
}

/** How long a webhook JWT stays valid; the documented sample uses an hour between iat and exp. */
const JWT_LIFETIME_SECONDS = 3600;

/** The site an event is about: every envelope names its installation. */
export interface EventSite {
  instanceId: string;
  siteId: string;
}

/**
 * Builds the signed body of one event exactly as wix-api.md section 8 describes: a JWT whose `data`
 * claim is a JSON string (A) holding `data` (B, the domain event) and `identity` (C) as JSON strings.
 */
export async function signAboutEvent(key: WebhookKey, site: EventSite, event: AboutEvent, now = new Date()): Promise<string> {
  const entity = event.entityJson ?? 'null';
  const body =
    event.slug === 'created' ? `"createdEvent":{"entity":${entity}}`
    : event.slug === 'updated' ? `"updatedEvent":{"currentEntity":${entity}}`
    : '"deletedEvent":{}';
  const domainEvent = `{"id":${JSON.stringify(randomUUID())},"entityFqdn":"wix.members.about.v2.member_about","slug":"${event.slug}",`
    + `"entityId":${JSON.stringify(event.entityId)},"eventTime":"${now.toISOString()}","triggeredByAnonymizeRequest":false,`
    + `"entityEventSequence":"${event.entityEventSequence}",${body}}`;
  return signEnvelope(key, site, `wix.members.about.v2.member_about_${event.slug}`, domainEvent, event.identity, now);
}

/**
 * The app lifecycle events, in the same three-level envelope. The names are Wix's legacy self-hosted
 * eventType strings; data as the App Instance Installed / Removed pages show it.
 */
export type AppEvent = { eventType: 'AppInstalled'; appId: string } | { eventType: 'AppRemoved'; appId: string };

export async function signAppEvent(key: WebhookKey, site: EventSite, event: AppEvent, identity: Identity, now = new Date()): Promise<string> {
  const data = event.eventType === 'AppInstalled' ? { appId: event.appId, originInstanceId: '' } : { appId: event.appId };
  return signEnvelope(key, site, event.eventType, JSON.stringify(data), identity, now);
}

async function signEnvelope(key: WebhookKey, site: EventSite, eventType: string, data: string, identity: Identity, now: Date): Promise<string> {
  const envelope = JSON.stringify({ eventType, instanceId: site.instanceId, data, identity: JSON.stringify(identity), accountInfo: { siteId: site.siteId } });
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ data: envelope })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuedAt(iat)
    .setExpirationTime(iat + JWT_LIFETIME_SECONDS)
    .sign(key.privateKey);
}
