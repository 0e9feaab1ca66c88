import { randomBytes } from 'node:crypto';
import { applicationError, WixHttpError } from './wix-error.js';

/** The site's credentials; printed on the first stdout line so tests and the demo can use them. */
export interface EmulatorCredentials {
  apiKey: string;
  siteId: string;
  appId: string;
  appSecret: string;
  instanceId: string;
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
 * Checks `Authorization` the way the emulator decided (Wix documents only the general rule):
 * - no Authorization header: 403 PERMISSION_DENIED (docs tie a missing key to 403);
 * - the API key with a missing or wrong `wix-site-id`: 403 PERMISSION_DENIED;
 * - an access token (raw, or with "Bearer ", both accepted) that expired or was never issued: 401;
 * - any other value (a wrong API key): 401 UNAUTHENTICATED, so a bad key fails fast and distinctly.
 */
export class EmulatorAuth {
  private readonly tokens = new Map<string, number>();
  tokenTtlSeconds = TOKEN_TTL_SECONDS;

  constructor(readonly credentials: EmulatorCredentials) {}

  authenticate(authorization: string | undefined, siteId: string | undefined, now = Date.now()): Identity {
    if (!authorization) throw applicationError(403, 'PERMISSION_DENIED', 'missing Authorization header');
    if (authorization === this.credentials.apiKey) {
      if (siteId !== this.credentials.siteId) throw applicationError(403, 'PERMISSION_DENIED', 'missing or unknown wix-site-id header');
      return { identityType: 'WIX_USER', wixUserId: this.credentials.ownerUserId };
    }
    const token = authorization.replace(/^Bearer\s+/i, '');
    const expires = this.tokens.get(token);
    if (expires === undefined) throw applicationError(401, 'UNAUTHENTICATED', 'invalid credentials');
    if (now >= expires) {
      this.tokens.delete(token);
      throw applicationError(401, 'UNAUTHENTICATED', 'access token expired');
    }
    return { identityType: 'APP', appId: this.credentials.appId };
  }

  /** POST /oauth2/token, client credentials grant. Error bodies follow IETF (RFC 6749) plus Wix's message. */
  issueToken(body: unknown, now = Date.now()): { access_token: string; token_type: 'Bearer'; expires_in: number } {
    const b = (body ?? {}) as Record<string, unknown>;
    if (b.grant_type !== 'client_credentials') throw oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    const c = this.credentials;
    if (b.client_id !== c.appId || b.client_secret !== c.appSecret) throw oauthError(401, 'invalid_client', 'unknown client_id or wrong client_secret');
    if (b.instance_id !== c.instanceId) throw oauthError(400, 'invalid_request', 'unknown instance_id');
    const token = `OauthNG.JWS.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, now + this.tokenTtlSeconds * 1000);
    return { access_token: token, token_type: 'Bearer', expires_in: this.tokenTtlSeconds };
  }

  /** Control API: every issued token stops working at once (the next call gets 401). */
  expireTokens(): number {
    const n = this.tokens.size;
    this.tokens.clear();
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

export function randomCredentials(): EmulatorCredentials {
  const guid = () => crypto.randomUUID();
  return {
    apiKey: `IST.emulator.${randomBytes(24).toString('base64url')}`,
    siteId: guid(),
    appId: guid(),
    appSecret: guid(),
    instanceId: guid(),
    ownerUserId: guid(),
  };
}
