import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { CLOCK_TOLERANCE_SECONDS } from '../verify-webhook.js';

/**
 * Wix opens an app's dashboard page with a signed `instance` query parameter:
 * `<signature>.<payload>`, both base64url without padding, the signature being HMAC-SHA256 of the
 * payload part (as sent) keyed with the app secret, the payload JSON naming the app instance, the
 * time it was signed and the Wix user (dev.wix.com: "Parse the App Instance Query Parameter", the
 * legacy way; docs/app-mode.md says what is unverified). Pure: no I/O, no clock but `now`.
 */

/** How old a signed instance may be: Wix signs it as it builds the dashboard's iframe URL, so minutes are plenty. */
export const INSTANCE_MAX_AGE_MS = 5 * 60_000;
/** Longer than any instance Wix signs; refused before any HMAC is computed. */
const MAX_PARAM_LENGTH = 4_096;
const SIGNATURE_BYTES = 32;

export interface AppInstance {
  instanceId: string;
  /** The Wix user who opened the dashboard (absent for some visitors; a dashboard needs it). */
  uid?: string;
  /** OWNER for the site owner; other values for collaborators (only logged). */
  permissions?: string;
  siteOwnerId?: string;
  signDate: Date;
}

export class InstanceRejected extends Error {
  /** Log-only: the page says "open aboutmod from your dashboard" whatever the reason. */
  readonly reason: string;
  constructor(reason: string) {
    super(`app instance rejected: ${reason}`);
    this.name = 'InstanceRejected';
    this.reason = reason;
  }
}

// Wix may add fields; only what aboutmod reads is checked.
const payloadSchema = z.looseObject({
  instanceId: z.string().min(1).max(200),
  signDate: z.string().min(1),
  uid: z.string().min(1).max(200).optional(),
  permissions: z.string().optional(),
  siteOwnerId: z.string().optional(),
});

/**
 * Verifies `param` with the app secret (a constant-time compare of the decoded signature) and
 * refuses a signDate older than `maxAgeMs` or further ahead than the webhook clock tolerance.
 */
export function verifyAppInstance(param: unknown, appSecret: string, now: Date = new Date(), maxAgeMs = INSTANCE_MAX_AGE_MS): AppInstance {
  if (typeof param !== 'string' || param.length === 0) throw new InstanceRejected('no instance parameter');
  if (param.length > MAX_PARAM_LENGTH) throw new InstanceRejected('instance parameter too long');
  const match = /^([\w-]+)\.([\w-]+)$/.exec(param);
  if (!match) throw new InstanceRejected('not <signature>.<payload> in base64url');
  const [, signature, data] = match as unknown as [string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = createHmac('sha256', appSecret).update(data).digest();
  if (given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, expected)) throw new InstanceRejected('bad signature');

  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
  } catch {
    throw new InstanceRejected('payload is not JSON');
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) throw new InstanceRejected(`payload: ${parsed.error.issues[0]!.path.join('.') || '(top)'}: ${parsed.error.issues[0]!.message}`);
  const signDate = new Date(parsed.data.signDate);
  if (Number.isNaN(signDate.getTime())) throw new InstanceRejected('signDate is not a date');
  const age = now.getTime() - signDate.getTime();
  if (age > maxAgeMs) throw new InstanceRejected(`signed ${Math.round(age / 1000)} s ago (at most ${maxAgeMs / 1000} s)`);
  if (age < -CLOCK_TOLERANCE_SECONDS * 1000) throw new InstanceRejected('signDate in the future');
  const { instanceId, uid, permissions, siteOwnerId } = parsed.data;
  return { instanceId, uid, permissions, siteOwnerId, signDate };
}
