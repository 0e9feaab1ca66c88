/** The server stage's public surface: `aboutmod serve`, the bench and the review page import from here. */
export { buildServer, type AboutmodServer, type ServerDeps } from './app.js';
export { startFullScans, type FullScans, type ScheduleDeps } from './schedule.js';
export { HealthState, type HealthSnapshot } from './health.js';
export {
  importWebhookKey, verifyWebhook, WebhookRejected,
  type AboutEvent, type AboutEventSlug, type AboutEventType, type EventEntity, type Identity, type VerifiedEvent,
} from './verify-webhook.js';
export { webhookSiteFromEnv, type WebhookSite } from './webhook-site.js';
