import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/** The package version: rules and lexicons ship with it, so it is part of every scorer id. */
const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
})();

/**
 * `<provider>:<hash>`, the hash over everything that decides verdicts (policy, thresholds, models,
 * prompt, package version). Stored with each verdict, it shows when a policy change calls for a rescore.
 */
export function scorerId(provider: string, settings: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify({ version: VERSION, settings })).digest('hex');
  return `${provider}:${hash.slice(0, 12)}`;
}
