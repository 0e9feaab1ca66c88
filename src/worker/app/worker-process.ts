import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PACKAGE_ROOT } from '../../paths.js';

const BIN = resolve(PACKAGE_ROOT, 'bin/aboutmod.js');
const START_TIMEOUT_MS = 60_000;

/** A running `aboutmod worker` child process. */
export interface WorkerProcess {
  readonly pid: number;
  /** Everything it printed on stderr so far (for failure messages). */
  stderr(): string;
  /** SIGTERM, then the exit code (0 after a clean stop). */
  stop(): Promise<number | null>;
  /** SIGKILL: a worker dying mid-job, as a crash or an OOM kill would. */
  kill(): Promise<void>;
}

/**
 * `aboutmod worker --config CONFIG` from the built binary, ready once it prints its first line (it is then
 * taking jobs). `env` holds DATABASE_URL, WIX_APP_ID and WIX_APP_SECRET. For the tests and the bench, so
 * they run workers as a user does.
 */
export function spawnWorker(config: string, env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--config', config], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, CI: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the worker did not start: ${stderr.trim()}`));
    }, START_TIMEOUT_MS);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the worker stopped before it was ready (exit ${code}): ${stderr.trim()}`));
    });
    createInterface({ input: child.stdout }).once('line', () => {
      clearTimeout(timer);
      resolveReady({
        pid: child.pid!,
        stderr: () => stderr,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    });
  });
}
