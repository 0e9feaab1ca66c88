import { ConfigError } from '../errors.js';

/**
 * Secrets come only from the environment (interface.md). Each reader names the variables it needs
 * when they are missing, and nothing here is ever logged.
 */
export type WixCredentials =
  | { kind: 'apiKey'; apiKey: string; siteId: string }
  | { kind: 'oauth'; appId: string; appSecret: string; instanceId: string };

export function wixCredentials(env: NodeJS.ProcessEnv = process.env): WixCredentials {
  const { WIX_API_KEY, WIX_SITE_ID, WIX_APP_ID, WIX_APP_SECRET, WIX_INSTANCE_ID } = env;
  if (WIX_API_KEY) {
    if (!WIX_SITE_ID) throw new ConfigError('WIX_SITE_ID: missing (API-key auth needs WIX_API_KEY and WIX_SITE_ID)');
    return { kind: 'apiKey', apiKey: WIX_API_KEY, siteId: WIX_SITE_ID };
  }
  if (WIX_APP_ID || WIX_APP_SECRET || WIX_INSTANCE_ID) {
    const missing = Object.entries({ WIX_APP_ID, WIX_APP_SECRET, WIX_INSTANCE_ID }).filter(([, v]) => !v).map(([k]) => k);
    if (missing.length) throw new ConfigError(`${missing.join(', ')}: missing (OAuth needs WIX_APP_ID, WIX_APP_SECRET and WIX_INSTANCE_ID)`);
    return { kind: 'oauth', appId: WIX_APP_ID!, appSecret: WIX_APP_SECRET!, instanceId: WIX_INSTANCE_ID! };
  }
  throw new ConfigError('WIX_API_KEY: missing (set WIX_API_KEY and WIX_SITE_ID, or WIX_APP_ID, WIX_APP_SECRET and WIX_INSTANCE_ID)');
}

export function requireEnv(name: string, why: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name}: missing (${why})`);
  return value;
}

/** DATABASE_URL for the PostgreSQL store (store.kind "postgres"); a malformed one is one line naming the variable, never its value. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = requireEnv('DATABASE_URL', 'the PostgreSQL store (store.kind "postgres") and `aboutmod migrate` need postgres://user:password@host:port/database', env);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    // reported below, without the value
  }
  if (!parsed || !/^postgres(ql)?:$/.test(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError('DATABASE_URL: malformed (expected postgres://user:password@host:port/database)');
  }
  return url;
}
