export { createWixClient, createWixClientFromConfig, TRIGGERED_EMAIL_PATH, type WixClient, type WixClientOptions, type WixClientStats } from './client.js';
export { RevisionConflict, WixAuthError, WixError, WixNotFound, WixUnreachable } from './errors.js';
export type { Member, MemberAbout, TriggeredEmail, WixApi } from './types.js';
