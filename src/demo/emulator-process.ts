import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PACKAGE_ROOT } from '../paths.js';

export const BIN = resolve(PACKAGE_ROOT, 'bin/aboutmod.js');

export interface EmulatorProcess {
  url: string;
  port: number;
  /** The credentials a scan needs (WIX_API_KEY, WIX_SITE_ID), from the emulator's first line. */
  env: { WIX_API_KEY: string; WIX_SITE_ID: string };
  stop(): void;
}

/** `aboutmod emulator --port 0 ...args` as a child process, ready once its first line has been read. */
export async function spawnEmulator(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [BIN, 'emulator', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await firstLine(child);
  return {
    url: `http://127.0.0.1:${info.port}`,
    port: info.port,
    env: { WIX_API_KEY: info.apiKey, WIX_SITE_ID: info.siteId },
    stop: () => child.kill(),
  };
}

function firstLine(child: ChildProcess): Promise<{ port: number; apiKey: string; siteId: string }> {
  return new Promise((resolvePromise, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      try {
        resolvePromise(JSON.parse(line) as { port: number; apiKey: string; siteId: string });
      } catch (err) {
        reject(err);
      }
    });
    child.once('exit', (code) => reject(new Error(`the emulator stopped before it was ready (exit ${code})`)));
  });
}
