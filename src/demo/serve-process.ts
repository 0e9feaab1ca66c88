import { spawn, type ChildProcess } from 'node:child_process';
import type { KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { webhookKey } from '../emulator/webhook-signer.js';
import { BIN } from './emulator-process.js';

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

/** `aboutmod serve --port N --config F [args]` as a user runs it; ready once its first stdout line names its URL. */
export async function startServe(config: string, env: NodeJS.ProcessEnv, port = 0, args: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--config', config, ...args], {
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

/** A webhook signing key in a file for the emulator's --private-key, so the caller also knows the public key serve needs. */
export async function webhookKeyFile(dir: string): Promise<{ privateKey: KeyObject; privateKeyFile: string; privateKeyPem: string; publicKeyPem: string }> {
  const key = webhookKey();
  const privateKeyPem = key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const privateKeyFile = join(dir, 'webhook-key.pem');
  await writeFile(privateKeyFile, privateKeyPem, { mode: 0o600 });
  return { privateKey: key.privateKey, privateKeyFile, privateKeyPem, publicKeyPem: key.publicKeyPem };
}
