export { createWixClient, createWixClientFromConfig, TRIGGERED_EMAIL_PATH, type WixClient, type WixClientOptions, type WixClientStats } from './client.js';
export type { CachedToken, TokenCache } from './auth.js';
export { RevisionConflict, WixAuthError, WixError, WixNotFound, WixUnreachable } from './errors.js';
export type { AboutPage, Member, MemberAbout, TriggeredEmail, WixApi } from './types.js';
