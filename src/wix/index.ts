export { createWixClient, createWixClientFromConfig, type WixClient, type WixClientOptions, type WixClientStats } from './client.js';
export { RevisionConflict, WixAuthError, WixError, WixNotFound, WixUnreachable } from './errors.js';
export type { Member, MemberAbout, WixApi } from './types.js';
