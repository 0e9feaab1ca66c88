import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWebhookKey, verifyWebhook } from '../../src/server/verify-webhook.js';
import { startEmulator, startEmulatorProcess, verifyWebhookJwt, webhookReceiver, type Emulator, type EmulatorSite } from '../helpers/emulator.js';

type Reply = { status: number; headers: Headers; body: any };

async function call(url: string, method: string, headers: Record<string, string>, body?: unknown): Promise<Reply> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const keyHeaders = (site: Pick<EmulatorSite, 'apiKey' | 'siteId'>) => ({ authorization: site.apiKey, 'wix-site-id': site.siteId });
const doc = (text: string) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }], paragraphData: {} }] });

async function token(emu: Emulator, instanceId: string): Promise<Reply> {
  return call(`${emu.url}/oauth2/token`, 'POST', {}, { grant_type: 'client_credentials', client_id: emu.appId, client_secret: emu.appSecret, instance_id: instanceId });
}

/** Every About id of a site, paged `limit` at a time. */
async function allIds(emu: Emulator, headers: Record<string, string>, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let page = await call(`${emu.url}/members/v2/abouts/query`, 'POST', headers, { query: { cursorPaging: { limit } } });
  for (;;) {
    expect(page.status).toBe(200);
    ids.push(...page.body.memberAbouts.map((a: { id: string }) => a.id));
    if (!page.body.metadata.hasNext) return ids;
    page = await call(`${emu.url}/members/v2/abouts/query`, 'POST', headers, { query: { cursorPaging: { cursor: page.body.metadata.cursors.next, limit } } });
  }
}

describe('emulator: one app on many sites', () => {
  let emu: Emulator;
  let a: EmulatorSite;
  let b: EmulatorSite;
  beforeAll(async () => {
    emu = await startEmulator({ sites: 3, seed: 'bulk:5:0.2', seedSizes: [7] });
    [a, b] = emu.sites() as [EmulatorSite, EmulatorSite];
  });
  afterAll(() => emu.close());

  it('each site has its own credentials and Abouts; the top-level fields are the first site', async () => {
    const sites = emu.sites();
    expect(sites).toHaveLength(3);
    expect(sites.map((s) => s.store.size)).toEqual([7, 5, 5]);
    expect(emu.instanceId).toBe(a.instanceId);
    expect(emu.store).toBe(a.store);
    for (const key of ['instanceId', 'siteId', 'apiKey', 'ownerUserId'] as const) expect(new Set(sites.map((s) => s[key])).size).toBe(3);
    const ids = await Promise.all(sites.map((s) => allIds(emu, keyHeaders(s), 2)));
    expect(ids.map((list) => list.length)).toEqual([7, 5, 5]);
    expect(new Set(ids.flat()).size).toBe(17);
    // One site's key with another site's id is refused; an unknown key too.
    expect((await call(`${emu.url}/members/v2/abouts/query`, 'POST', { authorization: a.apiKey, 'wix-site-id': b.siteId }, { query: {} })).status).toBe(403);
    expect((await call(`${emu.url}/members/v2/abouts/query`, 'POST', { authorization: 'IST.nobody', 'wix-site-id': b.siteId }, { query: {} })).status).toBe(401);
  });

  it('a token is bound to its instance: it reads and writes that site only', async () => {
    const t = await token(emu, a.instanceId);
    expect(t.status).toBe(200);
    const bearer = { authorization: `Bearer ${t.body.access_token}` };
    const aAbout = a.store.all()[0]!;
    const bAbout = b.store.all()[0]!;
    expect((await call(`${emu.url}/members/v2/abouts/${aAbout.id}`, 'GET', bearer)).status).toBe(200);
    expect((await call(`${emu.url}/members/v2/abouts/${bAbout.id}`, 'GET', bearer)).status).toBe(404);
    expect((await call(`${emu.url}/members/v2/abouts/${bAbout.id}`, 'PATCH', bearer, { memberAbout: { revision: '1', content: doc('not yours') } })).status).toBe(404);
    expect(b.store.get(bAbout.id).revision).toBe(1);
    // The site-id header does not move a token to another site.
    expect((await call(`${emu.url}/members/v2/abouts/${bAbout.id}`, 'GET', { ...bearer, 'wix-site-id': b.siteId })).status).toBe(404);
    expect(await allIds(emu, bearer, 100)).toEqual(a.store.all().map((x) => x.id));
  });

  it('revisions are per site: an update on one leaves the other alone, a stale revision is 409', async () => {
    const aAbout = a.store.all()[1]!;
    const ok = await call(`${emu.url}/members/v2/abouts/${aAbout.id}`, 'PATCH', keyHeaders(a), { memberAbout: { revision: '1', content: doc('fixed') } });
    expect(ok.body.memberAbout.revision).toBe('2');
    const stale = await call(`${emu.url}/members/v2/abouts/${aAbout.id}`, 'PATCH', keyHeaders(a), { memberAbout: { revision: '1', content: doc('again') } });
    expect(stale.status).toBe(409);
    expect(b.store.all().every((x) => x.revision === 1)).toBe(true);
    // Control routes name the site; without ?instanceId= they act on the first.
    const bAbout = b.store.all()[1]!;
    const edit = await call(`${emu.url}/_emulator/member-edit?instanceId=${b.instanceId}`, 'POST', {}, { aboutId: bAbout.id });
    expect(edit.body.memberAbout.revision).toBe('2');
    expect((await call(`${emu.url}/_emulator/member-edit`, 'POST', {}, { aboutId: bAbout.id })).status).toBe(404);
    expect((await call(`${emu.url}/_emulator/stats?instanceId=${b.instanceId}`, 'GET', {})).body).toMatchObject({ memberEdit: 1, abouts: 5 });
    expect((await call(`${emu.url}/_emulator/stats?instanceId=nope`, 'GET', {})).status).toBe(404);
  });

  it('faults and the rate limit are per site: one site limited or failing, the others answer', async () => {
    const query = (site: EmulatorSite) => call(`${emu.url}/members/v2/abouts/query`, 'POST', keyHeaders(site), { query: { cursorPaging: { limit: 1 } } });
    const set = (site: EmulatorSite, faults: object) => call(`${emu.url}/_emulator/faults?instanceId=${site.instanceId}`, 'POST', {}, faults);
    await set(a, { rate429: 1 });
    // Half a request a second: a bucket of one, refilled in 2 s, so a slow machine cannot refill it mid-test.
    await set(b, { rateLimit: 0.5 });
    try {
      expect((await query(a)).status).toBe(429);
      const bStatuses = [];
      for (let i = 0; i < 3; i++) bStatuses.push(await query(b));
      expect(bStatuses.map((r) => r.status)).toEqual([200, 429, 429]);
      expect(Number(bStatuses[1]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(bStatuses[1]!.body.details.applicationError.code).toBe('RESOURCE_EXHAUSTED');
      // The third site's budget is its own.
      const c = emu.sites()[2]!;
      for (let i = 0; i < 4; i++) expect((await query(c)).status).toBe(200);
      expect(b.stats()).toMatchObject({ rateLimited: 2, fault429: 0 });
      expect(a.stats()).toMatchObject({ rateLimited: 0, fault429: 1 });
      await new Promise((r) => setTimeout(r, 2_100));
      expect((await query(b)).status).toBe(200);
    } finally {
      await set(a, { rate429: 0 });
      await set(b, { rateLimit: 0 });
    }
  });
});

describe('emulator: install and remove', () => {
  it('POST /_emulator/sites installs a site and DELETE removes it, each with a signed app event; the removed site\'s credentials stop working', async () => {
    const hook = await webhookReceiver();
    const emu = await startEmulator({ webhookUrl: hook.url });
    try {
      const installed = await call(`${emu.url}/_emulator/sites`, 'POST', {}, { seed: 'bulk:4' });
      expect(installed.status).toBe(200);
      const site = installed.body as EmulatorSite & { abouts: number };
      expect(site.abouts).toBe(4);
      expect((await call(`${emu.url}/_emulator/sites`, 'GET', {})).body.sites.map((s: EmulatorSite) => s.instanceId)).toEqual([emu.instanceId, site.instanceId]);
      expect((await call(`${emu.url}/_emulator/sites`, 'POST', {}, { seed: 'bulk:x' })).status).toBe(400);

      const t = await token(emu, site.instanceId);
      const bearer = { authorization: `Bearer ${t.body.access_token}` };
      const about = emu.site(site.instanceId)!.store.all()[0]!;
      expect((await call(`${emu.url}/members/v2/abouts/${about.id}`, 'PATCH', bearer, { memberAbout: { revision: '1', content: doc('by the app') } })).status).toBe(200);

      expect((await call(`${emu.url}/_emulator/sites/${site.instanceId}`, 'DELETE', {})).status).toBe(200);
      expect((await call(`${emu.url}/_emulator/sites/${site.instanceId}`, 'DELETE', {})).status).toBe(404);
      expect((await call(`${emu.url}/members/v2/abouts/${about.id}`, 'GET', bearer)).status).toBe(401);
      expect((await call(`${emu.url}/members/v2/abouts/${about.id}`, 'GET', keyHeaders(site))).status).toBe(401);
      const again = await token(emu, site.instanceId);
      expect(again.status).toBe(400);
      expect(again.body.error).toBe('invalid_request');
      expect(emu.sites().map((s) => s.instanceId)).toEqual([emu.instanceId]);

      await emu.webhooksIdle();
      const events = await Promise.all(hook.bodies.map((body) => verifyWebhookJwt(body, emu.publicKey)));
      expect(events.map((e) => e.envelope.eventType).sort()).toEqual(['AppInstalled', 'AppRemoved', 'wix.members.about.v2.member_about_updated']);
      for (const e of events) expect(e.envelope).toMatchObject({ instanceId: site.instanceId, accountInfo: { siteId: site.siteId } });
      const byType = Object.fromEntries(events.map((e) => [e.envelope.eventType, e]));
      expect(byType.AppInstalled!.event).toEqual({ appId: emu.appId, originInstanceId: '' });
      expect(byType.AppRemoved!.event).toEqual({ appId: emu.appId });
      expect(byType.AppInstalled!.identity).toEqual({ identityType: 'WIX_USER', wixUserId: site.ownerUserId });
      expect(byType['wix.members.about.v2.member_about_updated']!.identity).toEqual({ identityType: 'APP', appId: emu.appId });
      // aboutmod's own webhook parser reads them as app lifecycle events of that site.
      const key = await importWebhookKey(emu.publicKey);
      const parsed = await Promise.all(hook.bodies.map((body) => verifyWebhook(body, key)));
      expect(parsed.filter((e) => e.kind === 'app').map((e) => [e.eventType, e.instanceId]).sort()).toEqual([['AppInstalled', site.instanceId], ['AppRemoved', site.instanceId]]);
    } finally {
      await emu.close();
      await hook.close();
    }
  });
});

describe('aboutmod emulator --sites (CLI)', () => {
  it('--sites 1 prints the line it always did; --sites 3 adds the sites array, the first at the top level', async () => {
    const one = await startEmulatorProcess(['--sites', '1']);
    await one.stop();
    expect(Object.keys(one).filter((k) => !['env', 'stderr', 'stop'].includes(k)).sort()).toEqual(['apiKey', 'appId', 'appSecret', 'instanceId', 'port', 'publicKey', 'siteId', 'url']);
    const many = await startEmulatorProcess(['--sites', '3', '--seed', 'bulk:3', '--seed-sizes', '5', '--rate-limit', '50']);
    try {
      expect(many.sites).toHaveLength(3);
      expect(many.sites![0]).toEqual({ instanceId: many.instanceId, siteId: many.siteId, apiKey: many.apiKey, ownerUserId: expect.any(String) });
      const listed = await call(`${many.url}/_emulator/sites`, 'GET', {});
      expect(listed.body.sites.map((s: { abouts: number }) => s.abouts)).toEqual([5, 3, 3]);
      expect((await call(`${many.url}/_emulator/faults?instanceId=${many.sites![2]!.instanceId}`, 'GET', {})).body.rateLimit).toBe(50);
    } finally {
      await many.stop();
    }
  });
});
