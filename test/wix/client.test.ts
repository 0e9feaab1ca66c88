import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../helpers/emulator.js';
import { createWixClient, RevisionConflict, WixAuthError, WixError, WixNotFound, WixUnreachable, type WixClientOptions } from '../../src/wix/index.js';
import type { MemberAbout } from '../../src/wix/index.js';

/** Fast backoff so retry tests take milliseconds; the policy is the same. */
const FAST = { baseDelayMs: 1, maxDelayMs: 5 };

function clientFor(emu: Emulator, overrides: Partial<WixClientOptions> = {}) {
  return createWixClient({
    baseUrl: emu.url,
    pageSize: 100,
    concurrency: 4,
    timeoutMs: 10_000,
    maxRetries: 4,
    credentials: { kind: 'apiKey', apiKey: emu.apiKey, siteId: emu.siteId },
    backoff: FAST,
    ...overrides,
  });
}

async function collect(pages: AsyncIterable<MemberAbout[]>): Promise<MemberAbout[]> {
  const all: MemberAbout[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

async function rawAbout(emu: Emulator, id: string): Promise<MemberAbout> {
  const res = await fetch(`${emu.url}/_emulator/abouts/${id}`);
  return ((await res.json()) as { memberAbout: MemberAbout }).memberAbout;
}

const doc = (text: string) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }], paragraphData: {} }] });

describe('wix client against the emulator', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await createEmulator({ seed: 'bulk:1000' });
  });
  afterAll(() => emu.close());

  it('pages over 1,000 abouts, 100 per page, each About exactly once in at most 11 requests', async () => {
    const before = emu.stats().query as number;
    const client = clientFor(emu);
    const abouts = await collect(client.queryAbouts());
    expect(abouts).toHaveLength(1000);
    expect(new Set(abouts.map((a) => a.id)).size).toBe(1000);
    expect((emu.stats().query as number) - before).toBeLessThanOrEqual(11);
    expect(client.stats.query).toBeLessThanOrEqual(11);
  });

  it('`ids` returns just those abouts, in chunks when the list is long', async () => {
    const all = await collect(clientFor(emu).queryAbouts());
    const some = [all[3]!.id, all[500]!.id, all[999]!.id];
    expect((await collect(clientFor(emu).queryAbouts({ ids: some }))).map((a) => a.id).sort()).toEqual([...some].sort());
    const many = all.slice(0, 250).map((a) => a.id);
    const got = await collect(clientFor(emu, { pageSize: 30 }).queryAbouts({ ids: many }));
    expect(got.map((a) => a.id).sort()).toEqual([...many].sort());
    expect(await collect(clientFor(emu).queryAbouts({ ids: [] }))).toEqual([]);
  });

  it('updates with the current revision (revision + 1); a stale revision is a RevisionConflict and changes nothing', async () => {
    const client = clientFor(emu);
    const [first] = await collect(client.queryAbouts({ ids: ['b0000000-0000-4000-8000-000000000007'] }));
    const about = await client.getAbout(first!.id);
    const updated = await client.updateAbout({ id: about.id, revision: about.revision, content: doc('placeholder') });
    expect(updated.revision).toBe(String(Number(about.revision) + 1));
    expect(updated.content).toEqual(doc('placeholder'));

    const err = await client.updateAbout({ id: about.id, revision: about.revision, content: doc('overwrite') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RevisionConflict);
    expect((err as RevisionConflict).status).toBe(409);
    expect((err as RevisionConflict).currentRevision).toBe(updated.revision);
    expect((err as RevisionConflict).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await rawAbout(emu, about.id)).toEqual(updated);
  });

  it('a member edit between read and write makes the write a conflict, never an overwrite', async () => {
    const client = clientFor(emu);
    const about = await client.getAbout('b0000000-0000-4000-8000-000000000009');
    emu.memberEdit(about.id, doc('my newer words'));
    await expect(client.updateAbout({ id: about.id, revision: about.revision, content: doc('placeholder') })).rejects.toBeInstanceOf(RevisionConflict);
    expect((await rawAbout(emu, about.id)).content).toEqual(doc('my newer words'));
  });

  it('a missing About is WixNotFound; a missing member is undefined; a member has nickname and login email', async () => {
    const client = clientFor(emu);
    await expect(client.getAbout('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(WixNotFound);
    expect(await client.getMember('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    const about = await client.getAbout('b0000000-0000-4000-8000-000000000001');
    const member = await client.getMember(about.memberId);
    expect(member).toMatchObject({ id: about.memberId, loginEmail: 'member1@example.com', status: 'APPROVED', profile: { nickname: expect.any(String) } });
  });

  it('429 and 503 bursts (rate 0.3) are retried with backoff and every call still succeeds', async () => {
    const flaky = await createEmulator({ seed: 'bulk:300', faults: { rate429: 0.15, rate503: 0.15 } });
    try {
      const client = clientFor(flaky, { maxRetries: 10, pageSize: 50 });
      const abouts = await collect(client.queryAbouts());
      expect(new Set(abouts.map((a) => a.id)).size).toBe(300);
      const fetched = await Promise.all(abouts.slice(0, 40).map((a) => client.getAbout(a.id)));
      expect(fetched.map((a) => a.id)).toEqual(abouts.slice(0, 40).map((a) => a.id));
      const stats = flaky.stats() as Record<string, number>;
      expect(stats.fault429 + stats.fault503).toBeGreaterThan(0);
      expect(client.stats.retries).toBe(stats.fault429 + stats.fault503);
    } finally {
      await flaky.close();
    }
  });

  it('gives up after maxRetries with a WixError carrying the status', async () => {
    const down = await createEmulator({ seed: 'bulk:3', faults: { rate503: 1 } });
    try {
      const client = clientFor(down, { maxRetries: 2 });
      const err = await client.getAbout('b0000000-0000-4000-8000-000000000001').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WixError);
      expect((err as WixError).status).toBe(503);
      expect(down.stats().get).toBe(3);
    } finally {
      await down.close();
    }
  });

  it('a bad API key fails fast: one WixAuthError line naming the variables, no retries', async () => {
    const before = emu.stats().query as number;
    const client = clientFor(emu, { credentials: { kind: 'apiKey', apiKey: 'wrong', siteId: emu.siteId } });
    const err = await collect(client.queryAbouts()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WixAuthError);
    expect((err as Error).message).toBe("Wix refused the credentials (401): check WIX_API_KEY and WIX_SITE_ID (and the key's Members permissions)");
    expect(emu.stats().query as number).toBe(before + 1);
    expect(client.stats.retries).toBe(0);

    const wrongSite = clientFor(emu, { credentials: { kind: 'apiKey', apiKey: emu.apiKey, siteId: 'other-site' } });
    const err403 = await wrongSite.getAbout('b0000000-0000-4000-8000-000000000001').catch((e: unknown) => e);
    expect(err403).toBeInstanceOf(WixAuthError);
    expect((err403 as WixAuthError).status).toBe(403);
  });

  it('no answer at all is WixUnreachable naming the base URL, after the retries', async () => {
    const gone = await createEmulator();
    const url = gone.url;
    await gone.close();
    const client = createWixClient({ baseUrl: url, pageSize: 10, concurrency: 1, timeoutMs: 2_000, maxRetries: 2, credentials: { kind: 'apiKey', apiKey: 'k', siteId: 's' }, backoff: FAST });
    const err = await client.getAbout('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WixUnreachable);
    expect((err as Error).message).toContain(url);
    expect(client.stats.retries).toBe(2);
  });

  it('never has more than `concurrency` requests in flight, however many callers', async () => {
    const slow = await createEmulator({ seed: 'bulk:20', faults: { latencyMs: 30 } });
    try {
      const client = clientFor(slow, { concurrency: 3 });
      const ids = Array.from({ length: 20 }, (_, i) => `b0000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`);
      await Promise.all(ids.map((id) => client.getAbout(id)));
      const { maxInFlight } = slow.stats() as { maxInFlight: number };
      expect(maxInFlight).toBeLessThanOrEqual(3);
      expect(maxInFlight).toBeGreaterThan(1);
    } finally {
      await slow.close();
    }
  });

  it('a request that outlives timeoutMs is abandoned and retried, then WixUnreachable says it timed out', async () => {
    const stuck = await createEmulator({ seed: 'bulk:1', faults: { latencyMs: 2_000 } });
    try {
      const client = clientFor(stuck, { timeoutMs: 150, maxRetries: 1 });
      const err = await client.getAbout('b0000000-0000-4000-8000-000000000001').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WixUnreachable);
      expect((err as Error).message).toContain('timed out');
      expect(stuck.stats().get).toBe(2);
    } finally {
      await stuck.close();
    }
  });

  it('OAuth: one token for many concurrent calls, one refresh after the token stops working', async () => {
    const oauth = { kind: 'oauth' as const, appId: emu.appId, appSecret: emu.appSecret, instanceId: emu.instanceId };
    const client = clientFor(emu, { credentials: oauth, concurrency: 8 });
    const tokensBefore = emu.stats().token as number;
    const ids = Array.from({ length: 30 }, (_, i) => `b0000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`);
    await Promise.all(ids.map((id) => client.getAbout(id)));
    await collect(client.queryAbouts({ ids }));
    expect((emu.stats().token as number) - tokensBefore).toBe(1);

    await fetch(`${emu.url}/_emulator/expire-tokens`, { method: 'POST' });
    await Promise.all(ids.slice(0, 10).map((id) => client.getAbout(id)));
    expect((emu.stats().token as number) - tokensBefore).toBe(2);
    expect(client.stats.token).toBe(2);

    const bad = clientFor(emu, { credentials: { ...oauth, appSecret: 'wrong' } });
    const err = await bad.getAbout(ids[0]!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WixAuthError);
    expect((err as Error).message).toContain('WIX_APP_SECRET');
  });

  it('OAuth: a token that expires by time is renewed before use', async () => {
    const shortLived = await createEmulator({ seed: 'bulk:2', tokenTtlSeconds: 1 });
    try {
      const client = clientFor(shortLived, { credentials: { kind: 'oauth', appId: shortLived.appId, appSecret: shortLived.appSecret, instanceId: shortLived.instanceId } });
      await client.getAbout('b0000000-0000-4000-8000-000000000001');
      await new Promise((r) => setTimeout(r, 1_100));
      await client.getAbout('b0000000-0000-4000-8000-000000000002');
      expect(shortLived.stats().token).toBe(2);
      expect(shortLived.stats().authFailures).toBe(0);
    } finally {
      await shortLived.close();
    }
  });
});
