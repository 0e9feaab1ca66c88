import { defineConfig } from 'vitest/config';

/**
 * Test files that run the scorer in their own process: they spawn processes or threads, fill the
 * shared word vocabulary on purpose (a full one slows every later file in the same process), assume
 * it fresh, or take minutes alone.
 */
const SCORER_ISOLATED = [
  // Its CPU bounds are this file's own work: a heap other files filled costs a 1 MB input seconds of collection and slower expressions.
  'test/moderation/adversarial.test.ts',
  'test/moderation/golden.test.ts',
  'test/moderation/golden-full-vocabulary.test.ts',
  'test/moderation/phrase-index.test.ts',
  'test/moderation/score-command.test.ts',
  'test/moderation/score-pool.test.ts',
  'test/moderation/segment-words.test.ts',
  'test/moderation/spelling.test.ts',
  'test/moderation/typo-variants.test.ts',
];

export default defineConfig({
  test: {
    // One temporary folder per run, removed at the end, so no test leaves folders in the system's.
    globalSetup: ['test/helpers/temp-root.ts'],
    // CLI and emulator tests spawn processes and bind ports; 2 cores, so keep parallelism modest.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'scorer',
          include: ['test/moderation/**/*.test.ts'],
          exclude: SCORER_ISOLATED,
          // These files only call the scorer in process: sharing one warm scorer per worker saves each
          // file its start (imports, the model, first compilations), most of their time alone.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'processes',
          include: ['test/**/*.test.ts'],
          exclude: ['test/moderation/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'scorer-isolated', include: SCORER_ISOLATED },
      },
    ],
  },
});
