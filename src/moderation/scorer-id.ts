import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import type { Thresholds } from './decide.js';
import type { Policy } from './detector.js';

/** The package version: rules and lexicons ship with it, so it is part of every scorer id. */
const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
})();

/**
 * A hash of every TypeScript source under `dir` (path and content). The scorer's rules and word lists
 * are its source in src/moderation, shipped with the package and read the same whether the code runs
 * from dist/ or src/: a checkout updated between two scans rescores, whatever the version says.
 */
export function sourceFingerprint(dir: string): string {
  const hash = createHash('sha256');
  try {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
    for (const file of files) hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
  } catch {
    hash.update('no source'); // an install without src/: the version alone tells rule sets apart
  }
  return hash.digest('hex').slice(0, 16);
}

let rules: string | undefined;

/**
 * `<provider>:<hash>`, the hash over everything that decides verdicts (policy, thresholds, models,
 * prompt, package version, the rules' source). Stored with each verdict, it shows when a change calls
 * for a rescore.
 */
export function scorerId(provider: string, settings: unknown): string {
  rules ??= sourceFingerprint(resolve(PACKAGE_ROOT, 'src/moderation'));
  const hash = createHash('sha256').update(JSON.stringify({ version: VERSION, rules, settings })).digest('hex');
  return `${provider}:${hash.slice(0, 12)}`;
}

/**
 * The local scorer's id, from what decides its verdicts. Here, not beside the scorer, so a pool's main
 * thread can name it without loading the rules.
 */
export function localScorerId(policy: Policy, thresholds: Thresholds, textModel: { id?: string } | undefined): string {
  return scorerId('local', { policy, thresholds, model: textModel?.id ?? null });
}
