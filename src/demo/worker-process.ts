import { spawnCli } from './cli-process.js';

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
export async function spawnWorker(config: string, env: Record<string, string>): Promise<WorkerProcess> {
  const { child, stderr, exited } = await spawnCli(['worker', '--config', config], 'the worker', {
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env },
    timeoutMs: START_TIMEOUT_MS,
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    pid: child.pid!,
    stderr,
    stop: () => {
      if (alive()) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
  };
}
