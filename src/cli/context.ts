import { loadConfig, type LoadedConfig } from '../config/index.js';
import { createLogger, type Logger } from '../log.js';

/** What every command gets: the validated config, a logger (stderr), and how to print. */
export interface CliContext {
  loaded: LoadedConfig;
  logger: Logger;
  /** --json was given: print machine-readable output only. */
  json: boolean;
  /** Progress bars only on an interactive terminal, never in CI or when piped. */
  interactive: boolean;
  stdout: NodeJS.WritableStream;
  /** Prints `data` as one JSON line with --json, else as the text `toText` makes of it. */
  print<T>(data: T, toText: (data: T) => string): void;
}

export interface CommonOptions {
  config?: string;
  json?: boolean;
}

/** Loads and validates the config before anything else runs (a bad config changes nothing). */
export function createContext(opts: CommonOptions): CliContext {
  const loaded = loadConfig(opts.config);
  const json = Boolean(opts.json);
  const stdout = process.stdout;
  return {
    loaded,
    logger: createLogger(),
    json,
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI && !json,
    stdout,
    print(data, toText) {
      stdout.write(json ? `${JSON.stringify(data)}\n` : `${toText(data)}\n`);
    },
  };
}
