import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const BIN = resolve(PACKAGE_ROOT, 'bin/aboutmod.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

type RunOptions = { env?: NodeJS.ProcessEnv; input?: string; cwd?: string; timeoutMs?: number };

/** Runs the built binary the way a user does (npm test builds dist/ before vitest runs). */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return runProcess(process.execPath, [BIN, ...args], options);
}

/** Runs `script` with sh, the way a user pastes commands into a terminal (tests of the README and env files). */
export function runShell(script: string, options: RunOptions = {}): Promise<CliResult> {
  return runProcess('sh', ['-c', script], options);
}

function runProcess(command: string, args: string[], options: RunOptions): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? PACKAGE_ROOT,
      env: { ...process.env, CI: 'true', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    // A command that exits without reading its input closes the pipe: that is its business, not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
