import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PACKAGE_ROOT } from '../paths.js';

export const BIN = resolve(PACKAGE_ROOT, 'bin/aboutmod.js');

/** A command started from the built binary, past its first stdout line. */
export interface StartedCli {
  child: ChildProcess;
  /** The line it prints once it is ready (the emulator's JSON, the worker's "taking jobs"). */
  firstLine: string;
  /** Everything it printed on stderr so far (for failure messages). */
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * `aboutmod ...args` as a child process, as a user runs it, ready once its first stdout line has been
 * read; a process that stops first, or says nothing within `timeoutMs`, is a failure naming `what` and
 * carrying its stderr. Used by the demo, the benches and the tests.
 */
export function spawnCli(args: string[], what: string, { env = {}, timeoutMs = 30_000 }: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<StartedCli> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, CI: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not start: ${stderr.trim()}`));
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${what} stopped before it was ready (exit ${code}): ${stderr.trim()}`));
    });
    createInterface({ input: child.stdout }).once('line', (firstLine) => {
      clearTimeout(timer);
      resolveReady({ child, firstLine, stderr: () => stderr, exited });
    });
  });
}
