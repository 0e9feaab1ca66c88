import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary folder per run, removed at the end, so no test leaves folders in the system's.
    globalSetup: ['test/helpers/temp-root.ts'],
    // CLI and emulator tests spawn processes and bind ports; 2 cores, so keep parallelism modest.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
