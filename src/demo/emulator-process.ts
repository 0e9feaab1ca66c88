import type { Emulator, SiteCredentials } from '../emulator/index.js';
import { spawnCli } from './cli-process.js';

export { BIN } from './cli-process.js';

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

/**
 * `aboutmod emulator --port 0 ...args` from the built binary as a child process, ready once its first
 * line has been read. Used by the demo, the benches and the tests, so all of them run it as a user would.
 */
export async function spawnEmulator(args: string[] = []): Promise<EmulatorProcess> {
  const { child, firstLine, stderr, exited } = await spawnCli(['emulator', '--port', '0', ...args], 'the emulator');
  const info = JSON.parse(firstLine) as Omit<EmulatorProcess, 'env' | 'stop' | 'stderr' | 'url'>;
  return {
    ...info,
    url: `http://127.0.0.1:${info.port}`,
    env: { WIX_API_KEY: info.apiKey, WIX_SITE_ID: info.siteId },
    stderr,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
