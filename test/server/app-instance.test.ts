import { describe, expect, it } from 'vitest';
import { INSTANCE_MAX_AGE_MS, InstanceRejected, verifyAppInstance } from '../../src/server/app-mode/app-instance.js';
import { dashboardInstance, signAppInstance } from './app-helpers.js';

const SECRET = 'app-secret-1';

function reason(param: unknown, secret = SECRET): string {
  try {
    verifyAppInstance(param, secret);
  } catch (err) {
    if (err instanceof InstanceRejected) return err.reason;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('verifyAppInstance (the dashboard\'s signed instance parameter)', () => {
  it('a fresh instance signed with the app secret yields its instance, user and permissions', () => {
    const instance = verifyAppInstance(dashboardInstance('inst-a', SECRET, { uid: 'u-7' }), SECRET);
    expect(instance).toMatchObject({ instanceId: 'inst-a', uid: 'u-7', permissions: 'OWNER', siteOwnerId: 'owner-1' });
  });

  it('refuses another secret, a tampered payload, a swapped signature and malformed parameters', () => {
    const genuine = dashboardInstance('inst-a', SECRET);
    const [signature, data] = genuine.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(data, 'base64url').toString()), instanceId: 'inst-b' })).toString('base64url');
    expect(reason(genuine, 'other-secret')).toBe('bad signature');
    expect(reason(`${signature}.${forged}`)).toBe('bad signature');
    expect(reason(`${dashboardInstance('inst-b', SECRET).split('.')[0]}.${data}`)).toBe('bad signature');
    // A signature cut short is refused before any compare (timingSafeEqual needs equal lengths).
    expect(reason(`${signature.slice(0, 20)}.${data}`)).toBe('bad signature');
    for (const bad of [undefined, '', 'no-dot', `${signature}.${data}.x`, ['a', 'b'], 'a'.repeat(5000)]) {
      expect(() => verifyAppInstance(bad, SECRET)).toThrow(InstanceRejected);
    }
  });

  it('refuses an instance signed longer ago than the window, or in the future beyond the clock tolerance', () => {
    expect(reason(dashboardInstance('inst-a', SECRET, { ageMs: INSTANCE_MAX_AGE_MS + 1000 }))).toMatch(/signed \d+ s ago/);
    expect(reason(dashboardInstance('inst-a', SECRET, { ageMs: -5 * 60_000 }))).toBe('signDate in the future');
    expect(verifyAppInstance(dashboardInstance('inst-a', SECRET, { ageMs: INSTANCE_MAX_AGE_MS - 5000 }), SECRET).instanceId).toBe('inst-a');
  });

  it('refuses a correctly signed payload without an instance id or a sign date', () => {
    expect(reason(signAppInstance({ signDate: new Date().toISOString(), uid: 'u' }, SECRET))).toMatch(/instanceId/);
    expect(reason(signAppInstance({ instanceId: 'i', uid: 'u' }, SECRET))).toMatch(/signDate/);
    expect(reason(signAppInstance({ instanceId: 'i', signDate: 'yesterday' }, SECRET))).toBe('signDate is not a date');
  });
});
