/**
 * The error vocabulary users can cause or meet. The CLI maps these to exit codes in one place
 * (src/cli/exit.ts): anything that is not an AboutmodError is a bug and exits 1 with a hint.
 */
export abstract class AboutmodError extends Error {
  /** 1: the job failed; 2: bad input or usage (interface.md). */
  abstract readonly exitCode: 1 | 2;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input or usage: nothing was written anywhere. Exit 2. */
export class UsageError extends AboutmodError {
  readonly exitCode = 2 as const;
}

/** The config file is malformed or a required secret is missing. Exit 2. */
export class ConfigError extends UsageError {}

/** The job could not run (Wix unreachable after retries, store unwritable...). Exit 1. */
export class JobError extends AboutmodError {
  readonly exitCode = 1 as const;
}

/** The message of anything thrown, for one-line reports and log fields. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The error's class and message, for log lines where the kind matters (a timeout vs a refusal). */
export function describeError(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
