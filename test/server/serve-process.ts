import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { freePort } from '../../src/bench/free-port.js';
export { startServe, webhookKeyFile, type LogLine, type ServeProcess } from '../../src/demo/serve-process.js';

/** A config for serve: the emulator as Wix, a fresh store, no schedule unless asked. */
export async function serveConfig(wixUrl: string, extra: { server?: object; wix?: object; schedule?: object } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-serve-'));
  const config = join(dir, 'config.json');
  const storePath = join(dir, 'review.json');
  await writeFile(config, JSON.stringify({
    wix: { baseUrl: wixUrl, ...extra.wix },
    store: { path: storePath },
    schedule: { cron: false, ...extra.schedule },
    server: { ...extra.server },
  }));
  return { dir, config, storePath };
}

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
