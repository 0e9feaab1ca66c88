import { Writable } from 'node:stream';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/log.js';
import { createScorer } from '../../src/moderation/scorers.js';
import { openReviewStore } from '../../src/review/index.js';
import { isPlaceholder } from '../../src/ricos/index.js';
import { buildServer, importWebhookKey } from '../../src/server/index.js';
import { createWixClientFromConfig } from '../../src/wix/index.js';
import { createWorkQueue } from '../../src/worker/index.js';
import { createEmulator } from '../helpers/emulator.js';
import { envelopeData, signEvent, makeKeyPair } from './sign-event.js';
import { eventually } from './serve-process.js';
import { liveAbout } from '../worker/helpers.js';

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('a rescan that fails is retried (Wix will not resend an event answered 200)', () => {
  it('while Wix answers 503 the About is left as it is; once Wix is back the retry replaces it', async () => {
    // In-process so the retry delay can be milliseconds; Wix is still the real emulator over HTTP.
    const em = await createEmulator({ seed: 'bulk:1:1' });
    closers.push(() => em.close());
    const dir = await mkdtemp(join(tmpdir(), 'aboutmod-retry-'));
    const config = parseConfig({ wix: { baseUrl: em.url, maxRetries: 0 }, schedule: { cron: false } });
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk)) as Record<string, unknown>); done(); } });
    const logger = createLogger({ level: 'info', destination: sink });
    const store = await openReviewStore(join(dir, 'review.json'));
    closers.push(() => store.close());
    const wix = createWixClientFromConfig(config, { WIX_API_KEY: em.apiKey, WIX_SITE_ID: em.siteId }, logger);
    const keys = await makeKeyPair();
    // Scored once first: the rules compile on their first document, seconds on a loaded machine, and with
    // the emulator in this process that would stall its sockets past their keep-alive mid-test.
    const scorer = createScorer(config, { configDir: dir });
    await scorer.score({ text: 'hello', links: [], segments: [{ kind: 'text', path: 'nodes[0]', value: 'hello', place: 'paragraph' }] });
    const { app } = await buildServer({
      config, store, wix, logger,
      scorer,
      queue: createWorkQueue({ concurrency: 1 }),
      publicKey: await importWebhookKey(keys.publicPem),
      site: { instanceId: 'instance-1' },
      // Enough retries that Wix is back before they run out, however slowly a loaded machine runs this test.
      retryDelaysMs: Array<number>(30).fill(300),
    });
    closers.push(() => app.close());
    const aboutId = 'b0000000-0000-4000-8000-000000000001';

    em.faults.rate503 = 1;
    const jwt = await signEvent(keys.privateKey, envelopeData({ aboutId, revision: '1', sequence: '1' }));
    const res = await app.inject({ method: 'POST', url: '/webhooks/wix', payload: jwt, headers: { 'content-type': 'text/plain' } });
    expect(res.statusCode).toBe(200);
    await eventually(() => (lines.some((l) => l.msg === 'rescan failed; retrying') ? true : undefined), 'a failed rescan');
    expect(isPlaceholder((await liveAbout(em.url, aboutId)).content)).toBe(false);

    em.faults.rate503 = 0;
    await eventually(async () => (isPlaceholder((await liveAbout(em.url, aboutId)).content) ? true : undefined), 'the placeholder');
    // The item turns replaced just after the PATCH lands.
    await eventually(async () => ((await store.list({ aboutId })).map((i) => i.status).join() === 'replaced' ? true : undefined), 'the replaced item');
  });
});
