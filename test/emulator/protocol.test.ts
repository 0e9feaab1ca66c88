import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../helpers/emulator.js';

/** Raw REST calls, exactly as the Wix SDK sends them (wix-api.md sections 3 to 6). */
function api(emu: Emulator, headers: Record<string, string> = { authorization: emu.apiKey, 'wix-site-id': emu.siteId }) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.url}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, requestId: res.headers.get('x-wix-request-id'), body: (await res.json()) as any };
  };
}

const doc = (text: string) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }], paragraphData: {} }] });
const ids = (page: { memberAbouts: { id: string }[] }) => page.memberAbouts.map((a) => a.id);
const demoAbout = (n: number) => `d0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const demoMember = (n: number) => `e0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('emulator protocol', () => {
  let emu: Emulator;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    emu = await createEmulator({ seed: 'demo' });
    call = api(emu);
  });
  afterAll(() => emu.close());

  it('limit over 100 is a 400 validationError; the first page holds limit items and a next cursor', async () => {
    const tooMany = await call('POST', '/members/v2/abouts/query', { query: { cursorPaging: { limit: 101 } } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details.validationError.fieldViolations[0]).toMatchObject({ field: 'query.cursorPaging.limit', violatedRule: 'MAX' });
    const first = await call('POST', '/members/v2/abouts/query', { query: { cursorPaging: { limit: 15 } } });
    expect(first.status).toBe(200);
    expect(first.body.metadata).toMatchObject({ count: 15, hasNext: true, cursors: { prev: null } });
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the cursor carries the filter: next pages send only the cursor; a filter beside a cursor is refused', async () => {
    const filter = { $or: [{ memberId: { $in: [demoMember(1), demoMember(2), demoMember(3)] } }, { id: { $startsWith: 'd0000000-0000-4000-8000-00000000001' } }] };
    const seen: string[] = [];
    let page = await call('POST', '/members/v2/abouts/query', { query: { filter, cursorPaging: { limit: 4 } } });
    seen.push(...ids(page.body));
    while (page.body.metadata.hasNext) {
      const cursor = page.body.metadata.cursors.next as string;
      page = await call('POST', '/members/v2/abouts/query', { query: { cursorPaging: { cursor, limit: 4 } } });
      expect(page.status).toBe(200);
      seen.push(...ids(page.body));
    }
    // 3 by member, plus ids ...010 to ...01f (16)
    expect(seen).toEqual([1, 2, 3, ...Array.from({ length: 16 }, (_, i) => 16 + i)].map(demoAbout));
    expect(page.body.metadata.cursors.next).toBeNull();
    const prev = await call('POST', '/members/v2/abouts/query', { query: { cursorPaging: { cursor: page.body.metadata.cursors.prev, limit: 4 } } });
    expect(ids(prev.body)).toEqual(seen.slice(-page.body.metadata.count - 4, -page.body.metadata.count));

    const both = await call('POST', '/members/v2/abouts/query', { query: { filter, cursorPaging: { cursor: page.body.metadata.cursors.prev, limit: 4 } } });
    expect(both.status).toBe(400);
    const garbage = await call('POST', '/members/v2/abouts/query', { query: { cursorPaging: { cursor: 'not-a-cursor', limit: 4 } } });
    expect(garbage.status).toBe(400);
  });

  it('filters: $eq shorthand, $ne, $in, $exists, $not, $and; unknown fields and operators are 400', async () => {
    const q = async (filter: unknown) => call('POST', '/members/v2/abouts/query', { query: { filter, cursorPaging: { limit: 100 } } });
    expect(ids((await q({ memberId: demoMember(5) })).body)).toEqual([demoAbout(5)]);
    expect((await q({ id: { $ne: demoAbout(5) } })).body.metadata.count).toBe(39);
    expect((await q({ memberId: { $exists: true } })).body.metadata.count).toBe(40);
    expect((await q({ $not: { id: { $in: [demoAbout(1), demoAbout(2)] } } })).body.metadata.count).toBe(38);
    expect(ids((await q({ $and: [{ id: { $startsWith: 'd' } }, { memberId: { $eq: demoMember(7) } }] })).body)).toEqual([demoAbout(7)]);
    expect((await q({ content: 'x' })).status).toBe(400);
    expect((await q({ id: { $regex: '.*' } })).status).toBe(400);
  });

  it('get, update (revision + 1), 409 with the current revision, missing revision 400, unknown id 404', async () => {
    const id = demoAbout(10);
    const got = await call('GET', `/members/v2/abouts/${id}?id=${id}`);
    expect(got.status).toBe(200);
    expect(Object.keys(got.body.memberAbout).sort()).toEqual(['content', 'id', 'memberId', 'revision']);
    const { revision } = got.body.memberAbout;
    const ok = await call('PATCH', `/members/v2/abouts/${id}`, { memberAbout: { revision, content: doc('new'), id } });
    expect(ok.body.memberAbout.revision).toBe(String(Number(revision) + 1));
    const stale = await call('PATCH', `/members/v2/abouts/${id}`, { memberAbout: { revision, content: doc('stale'), id } });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      message: 'entity has already changed since the requested revision',
      details: { applicationError: { code: 'REVISION_MISMATCH', description: 'entity has already changed since the requested revision', data: { currentRevision: ok.body.memberAbout.revision } } },
    });
    const noRevision = await call('PATCH', `/members/v2/abouts/${id}`, { memberAbout: { content: doc('x'), id } });
    expect(noRevision.status).toBe(400);
    expect(noRevision.body.details.validationError.fieldViolations[0].field).toBe('memberAbout.revision');
    expect((await call('GET', `/members/v2/abouts/${demoAbout(999)}`)).status).toBe(404);
    expect((await call('PATCH', `/members/v2/abouts/${demoAbout(999)}`, { memberAbout: { revision: '1', content: doc('x') } })).status).toBe(404);
    expect((await call('DELETE', `/members/v2/abouts/${demoAbout(999)}`)).status).toBe(404);
  });

  it('a second About for the same member is 409 ALREADY_EXISTS', async () => {
    const res = await call('POST', '/members/v2/abouts', { memberAbout: { memberId: demoMember(4), content: doc('again') } });
    expect(res.status).toBe(409);
    expect(res.body.details.applicationError.code).toBe('ALREADY_EXISTS');
  });

  it('auth: no header 403, wrong key 401, key without wix-site-id 403, app token raw or Bearer', async () => {
    const path = `/members/v2/abouts/${demoAbout(1)}`;
    expect((await api(emu, {})('GET', path)).status).toBe(403);
    expect((await api(emu, { authorization: 'nope', 'wix-site-id': emu.siteId })('GET', path)).status).toBe(401);
    expect((await api(emu, { authorization: emu.apiKey })('GET', path)).status).toBe(403);
    const token = await api(emu, {})('POST', '/oauth2/token', { grant_type: 'client_credentials', client_id: emu.appId, client_secret: emu.appSecret, instance_id: emu.instanceId });
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 14400, access_token: expect.any(String) });
    expect((await api(emu, { authorization: token.body.access_token })('GET', path)).status).toBe(200);
    expect((await api(emu, { authorization: `Bearer ${token.body.access_token}` })('GET', path)).status).toBe(200);
    const badSecret = await api(emu, {})('POST', '/oauth2/token', { grant_type: 'client_credentials', client_id: emu.appId, client_secret: 'x', instance_id: emu.instanceId });
    expect(badSecret.status).toBe(401);
    await fetch(`${emu.url}/_emulator/expire-tokens`, { method: 'POST' });
    expect((await api(emu, { authorization: token.body.access_token })('GET', path)).status).toBe(401);
  });

  it('Members v1: PUBLIC shows the profile only, FULL adds login email and status', async () => {
    const pub = await call('GET', `/members/v1/members/${demoMember(3)}`);
    expect(pub.body.member).toMatchObject({ id: demoMember(3), status: 'UNKNOWN', profile: { nickname: 'Lukas Schneider' } });
    expect(pub.body.member.loginEmail).toBeUndefined();
    const full = await call('GET', `/members/v1/members/${demoMember(3)}?fieldsets=FULL&id=${demoMember(3)}`);
    expect(full.body.member).toMatchObject({ loginEmail: 'lukas.schneider@example.de', status: 'APPROVED', contact: { firstName: 'Lukas' } });
  });

  it('faults and edit-rate change at runtime through the control API; stats count requests by kind', async () => {
    const set = (faults: unknown) => fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
    expect((await set({ rate429: 2 })).status).toBe(400);
    await set({ rate429: 1 });
    const throttled = await call('GET', `/members/v2/abouts/${demoAbout(20)}`);
    expect(throttled.status).toBe(429);
    expect(throttled.body.details.applicationError.code).toBe('RESOURCE_EXHAUSTED');
    await set({ rate429: 0, editRate: 1 });
    const { revision } = (await call('GET', `/members/v2/abouts/${demoAbout(20)}`)).body.memberAbout;
    const conflict = await call('PATCH', `/members/v2/abouts/${demoAbout(20)}`, { memberAbout: { revision, content: doc('placeholder') } });
    expect(conflict.status).toBe(409);
    await set({ editRate: 0 });
    const raw = (await (await fetch(`${emu.url}/_emulator/abouts/${demoAbout(20)}`)).json()) as any;
    expect(raw.memberAbout.revision).toBe(String(Number(revision) + 1));
    expect(JSON.stringify(raw.memberAbout.content)).not.toContain('placeholder');
    const stats = (await (await fetch(`${emu.url}/_emulator/stats`)).json()) as any;
    expect(stats).toMatchObject({ fault429: 1, memberEdit: 1, abouts: 40 });
    expect(stats.update).toBeGreaterThan(0);
    expect(stats.byRoute['PATCH /members/v2/abouts/:id']).toBe(stats.update);
  });
});

describe('emulator seeds and state', () => {
  it('the demo site has 40 abouts using every place text can hide', async () => {
    const emu = await createEmulator({ seed: 'demo' });
    const all = JSON.stringify(emu.store.all().map((a) => JSON.parse(a.contentJson)));
    await emu.close();
    expect(emu.store.size).toBe(40);
    for (const type of ['IMAGE', 'BUTTON', 'HTML', 'LINK_PREVIEW', 'POLL', 'TABLE', 'BULLETED_LIST', 'HEADING']) expect(all).toContain(`"type":"${type}"`);
    for (const text of ['こんにちは', 'Hallo zusammen', '¡Hola!', 'Bonjour', 'altText', '+49 151 23456789']) expect(all).toContain(text);
  });

  it('bulk:N:F makes N abouts with a fraction F of obvious profanity', async () => {
    const emu = await createEmulator({ seed: 'bulk:1000:0.1' });
    const flagged = emu.store.all().filter((a) => /fuck|shit|bitch/i.test(a.contentJson)).length;
    await emu.close();
    expect(emu.store.size).toBe(1000);
    expect(flagged).toBe(100);
  });

  it('the state file keeps abouts, revisions and credentials across restarts', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'aboutmod-emu-')), 'state.json');
    const first = await createEmulator({ seed: 'demo', stateFile });
    const edited = first.memberEdit(demoAbout(1), doc('kept'));
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).abouts).toHaveLength(40);
    const second = await createEmulator({ seed: 'none', stateFile });
    try {
      expect(second.apiKey).toBe(first.apiKey);
      const res = await api(second)('GET', `/members/v2/abouts/${demoAbout(1)}`);
      expect(res.body.memberAbout).toEqual(edited);
      expect(second.store.size).toBe(40);
    } finally {
      await second.close();
    }
  });
});
