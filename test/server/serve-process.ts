import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BIN } from '../helpers/cli.js';

/** One parsed JSON log line the server wrote to stderr. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Every JSON log line so far (stderr). */
  logs: LogLine[];
  /** Raw stderr so far, for "never in the logs" checks. */
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Sends `signal` and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `aboutmod serve --port N --config F` as a user runs it; ready once its first stdout line names its URL. */
export async function startServe(config: string, env: NodeJS.ProcessEnv, port = 0): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--config', config], {
    env: { ...process.env, CI: 'true', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  createInterface({ input: child.stderr! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line) as LogLine);
    } catch {
      // Not a log line (a one-line error message): kept in the raw stderr only.
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const match = /https?:\/\/\S+/.exec(line);
      if (match) resolve(match[0]);
      else reject(new Error(`unexpected first line: ${line}`));
    });
    void exited.then((code) => reject(new Error(`serve exited ${code} before listening: ${stderr}`)));
  });
  return {
    url, child, logs, exited,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

export { freePort } from '../../src/bench/free-port.js';

/** An RSA key pair for the emulator's --private-key, so the test also knows the key Wix signs with. */
export async function webhookKeyFiles(dir: string): Promise<{ privateKeyFile: string; privateKeyPem: string; publicKeyPem: string }> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const privateKeyFile = join(dir, 'webhook-key.pem');
  await writeFile(privateKeyFile, privateKeyPem, { mode: 0o600 });
  return { privateKeyFile, privateKeyPem, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

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
