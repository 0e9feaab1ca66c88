import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN } from './cli.js';

export { createEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

export interface EmulatorProcess {
  url: string;
  port: number;
  publicKey: string;
  apiKey: string;
  siteId: string;
  appId: string;
  appSecret: string;
  instanceId: string;
  /** WIX_API_KEY and WIX_SITE_ID, for a CLI child process. */
  env: Record<string, string>;
  /** Everything the emulator printed on stderr so far (for failure messages). */
  stderr(): string;
  /** SIGTERM, then the exit code (0 after a clean shutdown). */
  stop(): Promise<number | null>;
}

/** Runs `aboutmod emulator --port 0 ...args` from the built binary and reads its first stdout line. */
export function startEmulatorProcess(args: string[] = []): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`emulator did not start: ${stderr}`));
    }, 30_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code} before printing its line: ${stderr}`));
    });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const info = JSON.parse(line) as Omit<EmulatorProcess, 'env' | 'stop' | 'stderr' | 'url'>;
      resolve({
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
