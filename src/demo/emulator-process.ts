import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Emulator, SiteCredentials } from '../emulator/index.js';
import { PACKAGE_ROOT } from '../paths.js';

export const BIN = resolve(PACKAGE_ROOT, 'bin/aboutmod.js');

/** The emulator's first stdout line (interface.md), plus how to reach and stop the process. */
export interface EmulatorProcess extends Pick<Emulator, 'url' | 'port' | 'publicKey' | 'apiKey' | 'siteId' | 'appId' | 'appSecret' | 'instanceId'> {
  /** The credentials a scan needs (WIX_API_KEY, WIX_SITE_ID). */
  env: { WIX_API_KEY: string; WIX_SITE_ID: string };
  /** Every site's credentials, present only when started with --sites N above 1. */
  sites?: SiteCredentials[];
  /** Everything the emulator printed on stderr so far (for failure messages). */
  stderr(): string;
  /** SIGTERM, then the exit code (0 after a clean shutdown). */
  stop(): Promise<number | null>;
}

const START_TIMEOUT_MS = 30_000;

/**
 * `aboutmod emulator --port 0 ...args` from the built binary as a child process, ready once its first
 * line has been read. Used by the demo, the benches and the tests, so all of them run it as a user would.
 */
export function spawnEmulator(args: string[] = []): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the emulator did not start: ${stderr.trim()}`));
    }, START_TIMEOUT_MS);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator stopped before it was ready (exit ${code}): ${stderr.trim()}`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      const info = JSON.parse(line) as Omit<EmulatorProcess, 'env' | 'stop' | 'stderr' | 'url'>;
      resolveReady({
        ...info,
        url: `http://127.0.0.1:${info.port}`,
        env: { WIX_API_KEY: info.apiKey, WIX_SITE_ID: info.siteId },
        stderr: () => stderr,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
