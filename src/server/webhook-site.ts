import { ConfigError } from '../errors.js';

/**
 * The site whose webhooks this server accepts. Wix signs every app's events with the app's one key,
 * so a genuine signature does not say the event is for this site: the envelope's `instanceId` (the
 * app instance) and `accountInfo.siteId` do (wix-api.md section 8).
 */
export interface WebhookSite {
  /** WIX_INSTANCE_ID: the app instance the webhooks come from (OAuth setups always have it). */
  instanceId?: string;
  /** WIX_SITE_ID: the site (API-key setups always have it). */
  siteId?: string;
}

export function webhookSiteFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookSite {
  const site = { instanceId: env.WIX_INSTANCE_ID || undefined, siteId: env.WIX_SITE_ID || undefined };
  if (!site.instanceId && !site.siteId) {
    throw new ConfigError('WIX_INSTANCE_ID: missing (webhooks are accepted only for this site: set WIX_INSTANCE_ID or WIX_SITE_ID)');
  }
  return site;
}

/**
 * Why a verified event is not this site's (one line for the log), or undefined when it is. The
 * instance id, when known, must match; a site id the event carries must match; and an event that can
 * be matched on neither is refused too, so a missing field never lets another site's event in.
 */
export function notThisSite(event: { instanceId?: string; siteId?: string }, site: WebhookSite): string | undefined {
  if (site.instanceId !== undefined && event.instanceId !== site.instanceId) {
    return `instanceId ${JSON.stringify(event.instanceId ?? null)} is not this site's (WIX_INSTANCE_ID)`;
  }
  if (site.siteId !== undefined && event.siteId !== undefined && event.siteId !== site.siteId) {
    return `accountInfo.siteId ${JSON.stringify(event.siteId)} is not this site's (WIX_SITE_ID)`;
  }
  if (site.instanceId === undefined && event.siteId === undefined) {
    return 'the event names no accountInfo.siteId to check against WIX_SITE_ID (set WIX_INSTANCE_ID to the app instance id to accept it)';
  }
  return undefined;
}
