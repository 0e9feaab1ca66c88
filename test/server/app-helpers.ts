import { createHmac } from 'node:crypto';

/** Signs an app instance payload as Wix does for a dashboard page's `instance` parameter (src/server/app-mode/app-instance.ts). */
export function signAppInstance(payload: object, appSecret: string): string {
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${createHmac('sha256', appSecret).update(data).digest('base64url')}.${data}`;
}

/** A dashboard opening by Wix user `uid` of `instanceId`, signed `ageMs` ago. */
export function dashboardInstance(instanceId: string, appSecret: string, { uid = 'user-1', ageMs = 0 } = {}): string {
  return signAppInstance({
    instanceId, appDefId: 'app-1', signDate: new Date(Date.now() - ageMs).toISOString(), uid, permissions: 'OWNER', siteOwnerId: 'owner-1',
  }, appSecret);
}
