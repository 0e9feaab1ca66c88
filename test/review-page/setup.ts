import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { configSchema } from '../../src/config/index.js';
import { createLogger } from '../../src/log.js';
import { createScorer } from '../../src/moderation/scorers.js';
import { noticeOnRestore } from '../../src/notify/index.js';
import { openReviewStore, type LowdbReviewStore } from '../../src/review/index.js';
import { buildServer, importWebhookKey } from '../../src/server/index.js';
import { reviewPagePlugin, type ReviewPageOptions } from '../../src/server/review-page/index.js';
import { createWixClient } from '../../src/wix/index.js';
import { createWorkQueue } from '../../src/worker/index.js';
import { runCli } from '../helpers/cli.js';
import type { EmulatorProcess } from '../helpers/emulator.js';
export { startEmulatorProcess as startEmulator } from '../helpers/emulator.js';

export type Emulator = EmulatorProcess;

export async function addReviewer(config: string, name: string, password: string): Promise<void> {
  const result = await runCli(['review', 'add-reviewer', name, '--config', config], { input: `${password}\n` });
  if (result.code !== 0) throw new Error(`add-reviewer exited ${result.code}: ${result.stderr}`);
}

export interface ReviewServer {
  url: string;
  store: LowdbReviewStore;
  close(): Promise<void>;
}

/**
 * The real service (buildServer: webhooks, /healthz) with the review page registered the way
 * `aboutmod serve` does it, listening on a free port, talking to the emulator through the real client.
 */
export async function startReviewServer(
  em: Emulator,
  storePath: string,
  page: Omit<ReviewPageOptions, 'store' | 'wix' | 'confirmedPlaceholder'>,
): Promise<ReviewServer> {
  // One retry: the Wix-failure test waits through the client's backoff once, not four times.
  // Notices on through the emulator's Triggered Emails: a restore on the page tells the member, as serve does.
  const config = configSchema.parse({
    wix: { baseUrl: em.url, maxRetries: 1 }, store: { path: storePath },
    notify: { enabled: true, member: { templateId: 'aboutmod-notice' } },
  });
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'silent' });
  const store = await openReviewStore(storePath);
  const wix = createWixClient({ ...config.wix, credentials: { kind: 'apiKey', apiKey: em.env.WIX_API_KEY, siteId: em.env.WIX_SITE_ID }, logger });
  const server = await buildServer({
    config, store, wix, logger,
    scorer: createScorer(config, { configDir: dirname(storePath), logger }),
    queue: createWorkQueue({ concurrency: 2 }),
    publicKey: await importWebhookKey(em.publicKey),
    site: { siteId: em.env.WIX_SITE_ID },
    routes: [reviewPagePlugin({
      store, wix, confirmedPlaceholder: config.policy.confirmedPlaceholder, onRestored: noticeOnRestore({ config, store, wix, logger }), ...page,
    })],
  });
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, store,
    close: async () => {
      await server.app.close();
      await store.close();
    },
  };
}

/** Debian's Chromium, headless, offline, with a throwaway profile (playwright makes one per launch). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A local server standing in for a member's host: it counts every request a browser makes to it. */
export async function startCanary(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Ricos builders for the seeded abouts (shapes as in shared/fixtures/ricos). */
export const ricos = {
  doc: (...nodes: object[]) => ({ nodes }),
  paragraph: (...texts: Array<string | { text: string; link: string }>) => ({
    type: 'PARAGRAPH', id: `p${Math.random().toString(36).slice(2, 8)}`, paragraphData: {},
    nodes: texts.map((t) => (typeof t === 'string'
      ? { type: 'TEXT', id: '', nodes: [], textData: { text: t, decorations: [] } }
      : { type: 'TEXT', id: '', nodes: [], textData: { text: t.text, decorations: [{ type: 'LINK', linkData: { link: { url: t.link, target: 'BLANK' } } }] } })),
  }),
  image: (url: string, altText: string) => ({
    type: 'IMAGE', id: `i${Math.random().toString(36).slice(2, 8)}`, nodes: [],
    imageData: { containerData: { width: { size: 'CONTENT' } }, image: { src: { url }, width: 800, height: 600 }, altText },
  }),
  button: (text: string, url: string) => ({
    type: 'BUTTON', id: `b${Math.random().toString(36).slice(2, 8)}`, nodes: [],
    buttonData: { containerData: {}, type: 'LINK', text, link: { url, target: 'BLANK' } },
  }),
};
