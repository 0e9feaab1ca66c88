import { errors, importSPKI, jwtVerify, type CryptoKey } from 'jose';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { isPlaceholder } from '../ricos/index.js';

/**
 * Verifies and parses the JWT Wix POSTs to a webhook (wix-api.md section 8). Pure: no I/O, no clock
 * except the `now` it is given. Anything wrong becomes a WebhookRejected whose `reason` is for our
 * logs only; the HTTP answer carries the status and nothing else.
 */

export const ABOUT_EVENT_TYPES = {
  'wix.members.about.v2.member_about_created': 'created',
  'wix.members.about.v2.member_about_updated': 'updated',
  'wix.members.about.v2.member_about_deleted': 'deleted',
} as const;
export type AboutEventType = keyof typeof ABOUT_EVENT_TYPES;
export type AboutEventSlug = (typeof ABOUT_EVENT_TYPES)[AboutEventType];

/** Seconds of clock skew accepted on exp, nbf and iat: Wix's clock and ours are never exactly equal. */
export const CLOCK_TOLERANCE_SECONDS = 60;

export class WebhookRejected extends Error {
  /** 401: not from Wix (signature, algorithm, expiry, time claims); 400: signed shape is not an event. */
  readonly status: 400 | 401;
  /** Short, log-only explanation; never sent to the caller (it would help a forger). */
  readonly reason: string;
  constructor(status: 400 | 401, reason: string) {
    super(`webhook rejected (${status}): ${reason}`);
    this.name = 'WebhookRejected';
    this.status = status;
    this.reason = reason;
  }
}

export type Identity = z.infer<typeof identitySchema>;

/** The About as the event carried it: history, never the truth (webhooks can be late or resent). */
export interface EventEntity {
  id?: string;
  revision?: string;
  memberId?: string;
  /**
   * Whether the About's content as of this change is our placeholder (never trusted beyond that): read
   * once here, so a queued event does not hold a member's whole About.
   */
  ourPlaceholder?: true;
}

export interface AboutEvent {
  kind: 'about';
  /** Domain event id: the dedupe key (Wix delivers at least once). */
  eventId: string;
  eventType: AboutEventType;
  slug: AboutEventSlug;
  /** The About id (entityId). */
  aboutId: string;
  /** Per-entity order, higher is newer; undefined when Wix did not send it. */
  entityEventSequence?: bigint;
  identity?: Identity;
  entity?: EventEntity;
  /** The app instance the event is for (the envelope's instanceId). */
  instanceId?: string;
  /** The site the event is for (the envelope's accountInfo.siteId), when Wix sends it. */
  siteId?: string;
}

/**
 * Wix's app lifecycle events (legacy self-hosted names, as the emulator sends them: the exact strings
 * are not documented by Wix; docs/app-mode.md). Only `aboutmod serve --app` acts on them.
 */
export const APP_EVENT_TYPES = { AppInstalled: 'installed', AppRemoved: 'removed' } as const;
export type AppEventType = keyof typeof APP_EVENT_TYPES;

/** The app was installed on or removed from a site: the envelope's instanceId names the site. */
export interface AppEvent {
  kind: 'app';
  eventType: AppEventType;
  lifecycle: (typeof APP_EVENT_TYPES)[AppEventType];
  instanceId: string;
  siteId?: string;
}

/** A correctly signed event of a type aboutmod does not handle: acknowledged, so Wix stops resending. */
export interface UnhandledEvent {
  kind: 'unhandled';
  eventId?: string;
  eventType: string;
  instanceId?: string;
  siteId?: string;
}

export type VerifiedEvent = AboutEvent | AppEvent | UnhandledEvent;

const jsonString = z.string().min(1);

/** A field that is only a hint: a missing or odd value drops the hint, never the event. */
const hint = <T>(read: (value: unknown) => T | undefined) => z.unknown().optional().transform(read);
const stringHint = hint((v) => (typeof v === 'string' ? v : undefined));

/** A revision as Wix writes it (a uint64 string), or undefined for anything else. */
export function revisionHint(value: unknown): string | undefined {
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return BigInt(value).toString();
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

// Wix may add fields at any level, so objects are loose; only what aboutmod reads is checked.
const envelopeSchema = z.looseObject({
  eventType: z.string().min(1),
  instanceId: z.string().optional(),
  data: jsonString,
  identity: jsonString.optional(),
  // Read down to accountInfo.siteId, the one part of it aboutmod checks.
  accountInfo: hint((v) => {
    const siteId = v && typeof v === 'object' ? (v as { siteId?: unknown }).siteId : undefined;
    return typeof siteId === 'string' ? siteId : undefined;
  }),
});

const identitySchema = z.looseObject({
  // ANONYMOUS_VISITOR | MEMBER | WIX_USER | APP | UNKNOWN today; only logged, so a new kind must not bounce a genuine event.
  identityType: z.string().min(1),
  anonymousVisitorId: z.string().optional(),
  memberId: z.string().optional(),
  wixUserId: z.string().optional(),
  appId: z.string().optional(),
});

// The event's copy of the About is history and only read for hints (own-write recognition): an entity
// that is missing, null or oddly shaped is no entity, never a refused event.
const entitySchema = z.looseObject({
  id: stringHint,
  revision: hint(revisionHint),
  memberId: stringHint,
  content: z.unknown().optional(),
}).optional().catch(undefined);

const domainEventSchema = z.looseObject({
  id: z.string().min(1),
  entityFqdn: z.string().optional(),
  slug: z.string().min(1),
  entityId: z.string().min(1),
  eventTime: z.string().optional(),
  entityEventSequence: z.string().regex(/^\d{1,20}$/).optional(),
  createdEvent: z.looseObject({ entity: entitySchema }).optional(),
  updatedEvent: z.looseObject({ currentEntity: entitySchema }).optional(),
  deletedEvent: z.looseObject({ deletedEntity: entitySchema.optional() }).optional(),
});

const unhandledIdSchema = z.looseObject({ id: z.string().min(1) });

/**
 * Imports WIX_WEBHOOK_PUBLIC_KEY. Accepts a PEM (real newlines or `\n` escapes, as env files often
 * hold them) or the base64 of a PEM, as @wix/sdk does. A bad key is a ConfigError at start-up.
 */
export async function importWebhookKey(value: string, name = 'WIX_WEBHOOK_PUBLIC_KEY'): Promise<CryptoKey> {
  let pem = value.trim().replace(/\\n/g, '\n');
  if (!pem.startsWith('-----BEGIN')) pem = Buffer.from(pem, 'base64').toString('utf8').trim();
  if (!pem.startsWith('-----BEGIN PUBLIC KEY-----')) {
    throw new ConfigError(`${name}: expected a PEM public key ("-----BEGIN PUBLIC KEY-----") or its base64`);
  }
  try {
    return await importSPKI(pem, 'RS256');
  } catch {
    throw new ConfigError(`${name}: not a valid RSA public key`);
  }
}

/**
 * Verifies `jwt` with RS256 only and unwraps the three JSON-in-string levels. Checks beyond jose's
 * defaults (which @wix/sdk relies on): an algorithm allow-list (so `none` and HS256-keyed-with-the-
 * public-key fail), a required `exp` (a token without one would be replayable forever once it left
 * the dedupe window) and no `iat` in the future.
 */
export async function verifyWebhook(jwt: string, key: CryptoKey, now: Date = new Date()): Promise<VerifiedEvent> {
  const token = jwt.trim();
  if (!token) throw new WebhookRejected(400, 'empty body');
  if (!/^[\w-]+\.[\w-]*\.[\w-]*$/.test(token)) throw new WebhookRejected(400, 'body is not a compact JWT');

  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['RS256'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
      requiredClaims: ['exp'],
    }));
  } catch (err) {
    throw fromJose(err);
  }
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > nowSeconds + CLOCK_TOLERANCE_SECONDS) {
    throw new WebhookRejected(401, 'iat in the future');
  }
  if (typeof payload.data !== 'string') throw new WebhookRejected(400, 'payload.data is not a string');

  const envelope = parseLevel(payload.data, envelopeSchema, 'envelope');
  const eventType = envelope.eventType;
  const addressee = { instanceId: envelope.instanceId, siteId: envelope.accountInfo };
  if (Object.hasOwn(APP_EVENT_TYPES, eventType)) {
    // Without the instance it would be an install of nothing: refused rather than guessed.
    if (!envelope.instanceId) throw new WebhookRejected(400, `${eventType} without an instanceId`);
    const appType = eventType as AppEventType;
    return { kind: 'app', eventType: appType, lifecycle: APP_EVENT_TYPES[appType], instanceId: envelope.instanceId, siteId: envelope.accountInfo };
  }
  if (!(eventType in ABOUT_EVENT_TYPES)) {
    const other = unhandledIdSchema.safeParse(tryJson(envelope.data));
    return { kind: 'unhandled', eventType, eventId: other.success ? other.data.id : undefined, ...addressee };
  }
  const aboutType = eventType as AboutEventType;
  const identity = envelope.identity === undefined ? undefined : parseLevel(envelope.identity, identitySchema, 'identity');
  const event = parseLevel(envelope.data, domainEventSchema, 'domain event');
  const slug = ABOUT_EVENT_TYPES[aboutType];
  if (event.slug !== slug) throw new WebhookRejected(400, `slug ${JSON.stringify(event.slug)} does not match the event type`);

  const entity = event.createdEvent?.entity ?? event.updatedEvent?.currentEntity ?? event.deletedEvent?.deletedEntity;
  if (entity?.id !== undefined && entity.id !== event.entityId) throw new WebhookRejected(400, 'entity id differs from entityId');
  return {
    kind: 'about',
    eventId: event.id,
    eventType: aboutType,
    slug,
    aboutId: event.entityId,
    entityEventSequence: event.entityEventSequence === undefined ? undefined : BigInt(event.entityEventSequence),
    identity,
    entity: entity && {
      id: entity.id, revision: entity.revision, memberId: entity.memberId, ...(isPlaceholder(entity.content) ? { ourPlaceholder: true as const } : {}),
    },
    ...addressee,
  };
}

function fromJose(err: unknown): WebhookRejected {
  // A body that is not a JWS at all is malformed; every other jose failure means "not signed by Wix now".
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return new WebhookRejected(400, `malformed JWT (${err.code})`);
  if (err instanceof errors.JOSEError) return new WebhookRejected(401, err.code);
  return new WebhookRejected(401, 'verification failed');
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseLevel<T>(text: string, schema: z.ZodType<T>, level: string): T {
  const json = tryJson(text);
  if (json === undefined) throw new WebhookRejected(400, `${level} is not JSON`);
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new WebhookRejected(400, `${level}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return result.data;
}
