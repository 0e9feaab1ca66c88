import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: every temporary folder of a test run (the tests' own, and those of the CLI,
 * demo and browser processes they spawn) goes under one folder, removed when the run ends. The test
 * workers and their children inherit TMPDIR, which os.tmpdir() reads. Each project of the config runs
 * this setup too: the first call's folder serves the run, so folders are not nested (Chromium's
 * socket path under a nested one is too long for it to start).
 */
export default function setup(): () => void {
  if (process.env.ABOUTMOD_TEST_RUN_ROOT !== undefined) return () => {};
  const root = mkdtempSync(join(tmpdir(), 'aboutmod-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  process.env.ABOUTMOD_TEST_RUN_ROOT = root;
  return () => {
    delete process.env.ABOUTMOD_TEST_RUN_ROOT;
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // Retried: a process a test started may still be writing its last file as the run ends.
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
  };
}
