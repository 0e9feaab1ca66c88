import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/ricos/index.js';
import { runCli } from '../helpers/cli.js';
import { startEmulatorProcess, type EmulatorProcess } from '../helpers/emulator.js';
import { FakeOpenAI } from '../moderation/fake-openai.js';
import { STORE_KINDS, useStoreKind, type StoreSetting } from '../helpers/store-contract.js';
import { allAbouts, liveAbout, scan } from './helpers.js';

/**
 * Two processes on one store, made to meet at the worst moment deterministically: the emulator holds a
 * PATCH before applying it (POST /_emulator/hold-updates), or the OpenAI-compatible server holds a
 * verdict (a scan paused between reading an About and deciding it). On each store kind.
 */
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const doc = (text: string) => ({ nodes: [{ type: 'PARAGRAPH', id: 'p1', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }] }] });
/** Flagged by the fake OpenAI server (its `[[category=score]]` convention), not by the local scorer. */
const FLAGGED_BY_OPENAI = doc('I collect stamps. [[harassment=0.9]]');
/** Flagged by the local scorer. */
const FLAGGED_LOCALLY = doc('You are a worthless piece of shit, fuck you');

/** A temporary folder, removed after the test. */
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-race-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** An emulated site with one About holding `content` (revision 1). */
async function site(content: unknown): Promise<{ em: EmulatorProcess; aboutId: string }> {
  const seed = join(await tempDir(), 'seed.json');
  await writeFile(seed, JSON.stringify([{ memberId: 'm1', content }]));
  const em = await startEmulatorProcess(['--seed', seed]);
  cleanups.push(async () => {
    await control(em.url, 'release-updates', {});
    await em.stop();
  });
  const [about] = await allAbouts(em.url, em.env);
  return { em, aboutId: about!.id };
}

/** A config for one process; every process of a test shares `store`. */
async function processConfig(url: string, store: StoreSetting, scorer: object = {}): Promise<string> {
  const config = join(await tempDir(), 'config.json');
  await writeFile(config, JSON.stringify({ wix: { baseUrl: url }, scorer, store: store.config }));
  return config;
}

async function control(url: string, path: string, body?: object): Promise<Record<string, number>> {
  const res = await fetch(`${url}/_emulator/${path}`, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {});
  return (await res.json()) as Record<string, number>;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe.each(STORE_KINDS)('on the %s store', (kind) => {
  const storeSetting = useStoreKind(kind);

  describe('a command opened beside a scan whose PATCH is in flight', () => {
    it('leaves the scan\'s pending item to the scan: the placeholder lands and its item holds the original', async () => {
      const { em, aboutId } = await site(FLAGGED_LOCALLY);
      const store = storeSetting(await tempDir(), em.env);
      const env = { ...em.env, ...store.env };
      const config = await processConfig(em.url, store);
      await control(em.url, 'hold-updates', { count: 1 });
      const first = scan(config, env);
      await until('the PATCH to reach the emulator', async () => (await control(em.url, 'hold-updates')).waiting === 1);

      // What a reviewer or a second scan does meanwhile: each opens the store and runs recovery.
      const list = await runCli(['review', 'list', '--json', '--config', config], { env });
      expect(list.code, list.stderr).toBe(0);
      expect((JSON.parse(list.stdout) as { items: Array<{ status: string }> }).items.map((i) => i.status)).toEqual(['pending']);
      const second = await runCli(['scan', '--json', '--config', config], { env });
      expect(second.code, second.stderr).toBe(0);
      expect(JSON.parse(second.stdout.trim().split('\n').at(-1)!)).toMatchObject({ replaced: 0 });

      await control(em.url, 'release-updates', {});
      const { summary } = await first;
      expect(summary).toMatchObject({ flagged: 1, replaced: 1, errors: 0 });
      const live = await liveAbout(em.url, aboutId);
      const items = await store.readItems();
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ status: 'replaced', placeholderRevision: live.revision, original: { revision: '1', content: FLAGGED_LOCALLY } });
      expect(isPlaceholder(live.content)).toBe(true);
    });
  });

  describe('a stale decision racing a newer one', () => {
    it('is refused: the newer decision\'s item keeps the member\'s edit, and a restore brings that edit back', async () => {
      const { em, aboutId } = await site(FLAGGED_BY_OPENAI);
      const fake = new FakeOpenAI();
      const store = storeSetting(await tempDir(), em.env);
      const env = { ...em.env, ...store.env };
      const openaiEnv = { ...env, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: await fake.start() };
      cleanups.push(() => fake.stop());
      // Two processes, two scorers, one store: A asks OpenAI, B scores locally.
      const configA = await processConfig(em.url, store, { provider: 'openai' });
      const configB = await processConfig(em.url, store);

      // A reads revision 1 and waits for its verdict.
      fake.hold();
      const scanA = scan(configA, openaiEnv);
      await until('scan A to send revision 1 for scoring', () => fake.requests('/moderations').length > 0);

      // The member edits (revision 2); B flags the edit and writes its placeholder (revision 3).
      await control(em.url, 'member-edit', { aboutId, content: FLAGGED_LOCALLY });
      const { summary: byB } = await scan(configB, env);
      expect(byB).toMatchObject({ flagged: 1, replaced: 1 });

      // A's verdict on revision 1 arrives: it must not be written over B's newer decision.
      fake.release();
      const { summary: byA } = await scanA;
      expect(byA).toMatchObject({ flagged: 1, replaced: 0, errors: 0 });

      const items = await store.readItems();
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ status: 'replaced', placeholderRevision: '3', original: { revision: '2', content: FLAGGED_LOCALLY } });
      const restored = await runCli(['review', 'restore', items[0]!.id, '--config', configB], { env });
      expect(restored.code, restored.stderr).toBe(0);
      expect((await liveAbout(em.url, aboutId)).content).toMatchObject(FLAGGED_LOCALLY);
    });
  });
});
