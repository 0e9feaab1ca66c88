import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulatorProcess } from '../helpers/emulator.js';
import { liveAbout } from '../worker/helpers.js';
import { eventually, freePort, startServe, webhookKeyFile, type LogLine } from './serve-process.js';

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** Over a megabyte of ordinary sentences in one paragraph: 0.3-0.7 s of scoring on an idle machine, where an About takes a millisecond. */
const HEAVY = {
  nodes: [{
    type: 'PARAGRAPH', id: 'p1', paragraphData: {},
    nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text: 'I teach ceramics in Leeds and love long walks by the river. '.repeat(25_000), decorations: [] } }],
  }],
};
const DEADLINE_MS = 200;

describe('serve while a heavy About is scored', () => {
  it('/healthz keeps answering at once, the About is left as it is after its deadline, and SIGTERM exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-scoring-'));
    stops.push(() => rm(dir, { recursive: true, force: true }));
    const keys = await webhookKeyFile(dir);
    const port = await freePort();
    const em = await startEmulatorProcess(['--seed', 'bulk:3', '--private-key', keys.privateKeyFile, '--webhook-url', `http://127.0.0.1:${port}/webhooks/wix`]);
    stops.push(() => em.stop());
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({
      wix: { baseUrl: em.url }, store: { path: join(dir, 'review.json') }, schedule: { cron: false },
      // The webhook carries the About itself: room for it (the default 1 MB limit is below policy.maxDocumentBytes).
      scorer: { local: { deadlineMs: DEADLINE_MS } }, server: { bodyLimitBytes: 5_000_000 },
    }));
    const server = await startServe(config, { ...em.env, WIX_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem }, port);
    stops.push(() => server.stop('SIGKILL'));

    const aboutId = 'b0000000-0000-4000-8000-000000000001';
    const edit = await fetch(`${em.url}/_emulator/member-edit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aboutId, content: HEAVY }) });
    expect(edit.status).toBe(200);
    const edited = await liveAbout(em.url, aboutId);

    // The webhook's rescan fetches and scores the heavy About; /healthz is asked meanwhile, until the deadline ends it.
    const overdue = (l: LogLine) => l.aboutId === aboutId && String(l.err).startsWith('DocumentNotScored:');
    const latencies: number[] = [];
    await eventually(async () => {
      const started = Date.now();
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
      await res.json();
      latencies.push(Date.now() - started);
      return server.logs.some(overdue) ? true : undefined;
    }, 'the heavy About past its deadline', 40_000).catch((err: Error) => { throw new Error(`${err.message}\n${server.stderr()}`); });

    // Logged as the answer is sent, even when a loaded machine made the emulator give up waiting for it.
    await expect.poll(() => server.logs.some((l) => l.outcome === 'queued' && l.aboutId === aboutId), { timeout: 10_000 }).toBe(true);
    // Asked all through the scoring (about DEADLINE_MS), and never kept waiting: a correctness bound, not a benchmark.
    expect(latencies.length).toBeGreaterThan(3);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    expect(await liveAbout(em.url, aboutId)).toEqual(edited);

    // The rescan is retried and may be scoring again: SIGTERM lets it end (at its deadline at most), then exits 0.
    expect(await server.stop('SIGTERM'), server.stderr()).toBe(0);
    expect(server.logs.some((l) => l.msg === 'stopped')).toBe(true);
  });
});
