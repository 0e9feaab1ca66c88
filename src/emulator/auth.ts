import { randomBytes } from 'node:crypto';
import { applicationError, WixHttpError } from './wix-error.js';

/** The first site's credentials and the app's, as the stdout line and the state file carry them. */
export interface EmulatorCredentials extends AppCredentials, SiteCredentials {}

/** The one app installed on every site: its OAuth client. */
export interface AppCredentials {
  appId: string;
  appSecret: string;
}

/** One installation of the app: what a client needs to reach that site. */
export interface SiteCredentials {
  instanceId: string;
  siteId: string;
  apiKey: string;
  /** The site owner's Wix user id: the identity of changes made with the API key. */
  ownerUserId: string;
}

/** Who made a change, as a webhook's `identity` names it (wix-api.md section 8). */
export type Identity =
  | { identityType: 'MEMBER'; memberId: string }
  | { identityType: 'WIX_USER'; wixUserId: string }
  | { identityType: 'APP'; appId: string };

/** Access tokens live 4 hours at Wix (expires_in is always 14400). */
export const TOKEN_TTL_SECONDS = 14_400;

/**
 * The installed sites and their credentials. Checks `Authorization` the way the emulator decided (Wix
 * documents only the general rule):
 * - no Authorization header: 403 PERMISSION_DENIED (docs tie a missing key to 403);
 * - a site's API key with a missing or other site's `wix-site-id`: 403 PERMISSION_DENIED;
 * - an access token (raw, or with "Bearer ", both accepted) that expired, was never issued or belongs to
 *   a removed site: 401;
 * - any other value (a wrong API key): 401 UNAUTHENTICATED, so a bad key fails fast and distinctly.
 * A token is bound to the instance it was issued for: it reads and writes that site only.
 */
export class EmulatorAuth<S extends SiteCredentials = SiteCredentials> {
  private readonly tokens = new Map<string, { expires: number; instanceId: string }>();
  /** Insertion order is install order: the first is the default site of the control API. */
  private readonly byInstance = new Map<string, S>();
  private readonly byApiKey = new Map<string, S>();
  tokenTtlSeconds = TOKEN_TTL_SECONDS;

  constructor(readonly app: AppCredentials) {}

  add(site: S): void {
    this.byInstance.set(site.instanceId, site);
    this.byApiKey.set(site.apiKey, site);
  }

  /** Uninstalls: the site's key and tokens stop working at once. */
  remove(instanceId: string): S | undefined {
    const site = this.byInstance.get(instanceId);
    if (!site) return undefined;
    this.byInstance.delete(instanceId);
    this.byApiKey.delete(site.apiKey);
    for (const [token, entry] of this.tokens) if (entry.instanceId === instanceId) this.tokens.delete(token);
    return site;
  }

  sites(): S[] {
    return [...this.byInstance.values()];
  }

  /** The first installed site still installed: the default of the control API. */
  first(): S | undefined {
    return this.byInstance.values().next().value;
  }

  site(instanceId: string): S | undefined {
    return this.byInstance.get(instanceId);
  }

  /** The site a request names, unchecked: whose stats, faults and rate limit apply before it is authenticated. */
  siteOf(authorization: string | undefined, siteIdHeader: string | undefined): S | undefined {
    if (!authorization) return undefined;
    const byKey = this.byApiKey.get(authorization);
    if (byKey) return byKey.siteId === siteIdHeader ? byKey : undefined;
    const entry = this.tokens.get(authorization.replace(/^Bearer\s+/i, ''));
    return entry && this.byInstance.get(entry.instanceId);
  }

  authenticate(authorization: string | undefined, siteIdHeader: string | undefined, now = Date.now()): { identity: Identity; site: S } {
    if (!authorization) throw applicationError(403, 'PERMISSION_DENIED', 'missing Authorization header');
    const byKey = this.byApiKey.get(authorization);
    if (byKey) {
      if (siteIdHeader !== byKey.siteId) throw applicationError(403, 'PERMISSION_DENIED', 'missing or unknown wix-site-id header');
      return { identity: { identityType: 'WIX_USER', wixUserId: byKey.ownerUserId }, site: byKey };
    }
    const token = authorization.replace(/^Bearer\s+/i, '');
    const entry = this.tokens.get(token);
    const site = entry && this.byInstance.get(entry.instanceId);
    if (!entry || !site) throw applicationError(401, 'UNAUTHENTICATED', 'invalid credentials');
    if (now >= entry.expires) {
      this.tokens.delete(token);
      throw applicationError(401, 'UNAUTHENTICATED', 'access token expired');
    }
    return { identity: { identityType: 'APP', appId: this.app.appId }, site };
  }

  /** POST /oauth2/token, client credentials grant. Error bodies follow IETF (RFC 6749) plus Wix's message. */
  issueToken(body: unknown, now = Date.now()): { access_token: string; token_type: 'Bearer'; expires_in: number } {
    const b = (body ?? {}) as Record<string, unknown>;
    if (b.grant_type !== 'client_credentials') throw oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    if (b.client_id !== this.app.appId || b.client_secret !== this.app.appSecret) throw oauthError(401, 'invalid_client', 'unknown client_id or wrong client_secret');
    // A removed site's instance id is as unknown as one never installed.
    if (typeof b.instance_id !== 'string' || !this.byInstance.has(b.instance_id)) throw oauthError(400, 'invalid_request', 'unknown instance_id');
    const token = `OauthNG.JWS.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, { expires: now + this.tokenTtlSeconds * 1000, instanceId: b.instance_id });
    return { access_token: token, token_type: 'Bearer', expires_in: this.tokenTtlSeconds };
  }

  /** Control API: every issued token (of one site, when named) stops working at once (the next call gets 401). */
  expireTokens(instanceId?: string): number {
    let n = 0;
    for (const [token, entry] of this.tokens) {
      if (instanceId !== undefined && entry.instanceId !== instanceId) continue;
      this.tokens.delete(token);
      n++;
    }
    return n;
  }
}

function oauthError(status: number, error: string, description: string): WixHttpError {
  return new WixHttpError(status, {
    error,
    error_description: description,
    message: description,
    details: { applicationError: { code: status === 401 ? 'UNAUTHENTICATED' : 'INVALID_ARGUMENT', description, data: {} } },
  });
}

const guid = () => crypto.randomUUID();

export function randomSiteCredentials(): SiteCredentials {
  return { apiKey: `IST.emulator.${randomBytes(24).toString('base64url')}`, siteId: guid(), instanceId: guid(), ownerUserId: guid() };
}

export function randomCredentials(): EmulatorCredentials {
  return { ...randomSiteCredentials(), appId: guid(), appSecret: guid() };
}
