import type { WixCredentials } from '../config/secrets.js';

/** What a token request returns (wix-api.md section 2). */
export interface TokenGrant {
  accessToken: string;
  expiresInSeconds: number;
}

/**
 * Turns credentials into request headers. An API key is sent as is; OAuth client credentials are
 * exchanged for an access token that is cached and shared: concurrent callers wait on one token request.
 */
export interface WixAuth {
  /** Headers for one API call, plus the token they carry (to invalidate exactly that one on a 401). */
  headers(): Promise<{ headers: Record<string, string>; token: string }>;
  /** True when a 401 may be cured by fetching a new token (OAuth only; an API key never changes). */
  readonly refreshable: boolean;
  /** Drops `token` from the caches if it is still the current one, so the next call fetches a fresh one. */
  invalidate(token: string): Promise<void>;
  /** What to check when Wix refuses these credentials (one line, names the variables). */
  readonly hint: string;
}

/** An access token and when to stop using it (ms since the epoch, renewal margin already taken off). */
export interface CachedToken {
  token: string;
  validUntil: number;
}

/**
 * A token cache shared by processes (src/wix/pg-token-cache.ts): every worker serving an instance uses
 * the same token instead of each asking Wix for its own. The in-process copy sits in front of it.
 */
export interface TokenCache {
  /** The stored token when it is still valid; else one from `request`, fetched by one process at a time per instance and stored. */
  obtain(instanceId: string, request: () => Promise<CachedToken>): Promise<CachedToken>;
  /** Forgets `token` if it is still the stored one (a 401 proved it dead). */
  invalidate(instanceId: string, token: string): Promise<void>;
}

export function createWixAuth(
  credentials: WixCredentials,
  requestToken: (body: Record<string, string>) => Promise<TokenGrant>,
  now: () => number = Date.now,
  shared?: TokenCache,
): WixAuth {
  if (credentials.kind === 'apiKey') {
    // The key goes raw in Authorization (no "Bearer "), with the site id beside it, as @wix/sdk ApiKeyStrategy sends.
    const headers = { authorization: credentials.apiKey, 'wix-site-id': credentials.siteId };
    return {
      headers: async () => ({ headers, token: credentials.apiKey }),
      refreshable: false,
      invalidate: async () => {},
      hint: 'check WIX_API_KEY and WIX_SITE_ID (and the key\'s Members permissions)',
    };
  }
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;
  const requestGrant = async (): Promise<CachedToken> => {
    const grant = await requestToken({
      grant_type: 'client_credentials',
      client_id: credentials.appId,
      client_secret: credentials.appSecret,
      instance_id: credentials.instanceId,
    });
    // Renew a little before expiry so a request never leaves with a token that dies in flight.
    const lifetimeMs = grant.expiresInSeconds * 1000;
    const margin = Math.min(60_000, lifetimeMs / 10);
    return { token: grant.accessToken, validUntil: now() + lifetimeMs - margin };
  };
  const fetchToken = async (): Promise<string> => {
    cached = shared ? await shared.obtain(credentials.instanceId, requestGrant) : await requestGrant();
    return cached.token;
  };
  const token = async (): Promise<string> => {
    if (cached && now() < cached.validUntil) return cached.token;
    pending ??= fetchToken().finally(() => (pending = undefined));
    return pending;
  };
  return {
    async headers() {
      const t = await token();
      // Raw token, no "Bearer ", as @wix/sdk AppStrategy and Wix's curl samples send it; no wix-site-id (the token is bound to the instance).
      return { headers: { authorization: t }, token: t };
    },
    refreshable: true,
    async invalidate(t) {
      if (cached?.token === t) cached = undefined;
      await shared?.invalidate(credentials.instanceId, t);
    },
    hint: 'check WIX_APP_ID, WIX_APP_SECRET and WIX_INSTANCE_ID (and the app\'s Members permissions)',
  };
}
