import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema, type Config } from './schema.js';

/** A validated config plus where it came from (relative paths in it resolve against `dir`). */
export interface LoadedConfig {
  config: Config;
  /** The config file's path as the user gave it, for messages. */
  file: string;
  /** Directory that relative paths in the config resolve against. */
  dir: string;
}

/** The repository's config.json: the embedded defaults. */
export const DEFAULT_CONFIG_PATH = resolve(PACKAGE_ROOT, 'config.json');

/** Reads and validates a config file in full; any problem is one ConfigError line naming the key. */
export function loadConfig(path: string = DEFAULT_CONFIG_PATH): LoadedConfig {
  const file = path === DEFAULT_CONFIG_PATH ? basename(path) : path;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read the config file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return { config: parseConfig(json, file), file, dir: dirname(resolve(path)) };
}

/** Validates a config value; `file` names the source in error messages. */
export function parseConfig(json: unknown, file = 'config'): Config {
  const result = configSchema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  throw new ConfigError(`${file}: ${describeIssue(result.error.issues[0]!)}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => (key ? `${key}.${k}` : k)).join(', ');
    return `${keys}: unknown key`;
  }
  const got = 'input' in issue && issue.input !== undefined ? `, got ${show(issue.input)}` : '';
  const where = key || '(top level)';
  // A missing value under a union reads better as "expected ..." than zod's generic text.
  return `${where}: ${issue.message}${got}`;
}

function show(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Resolves a path from the config against the config file's directory. */
export function resolveConfigPath(loaded: LoadedConfig, path: string): string {
  return isAbsolute(path) ? path : resolve(loaded.dir, path);
}
