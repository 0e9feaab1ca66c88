import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: src/ (under vitest) and dist/ (built) both sit one level below it. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared beside the checkout: protocol docs, fixtures, eval and training data (never copied in). */
export const SHARED_DIR = resolve(PACKAGE_ROOT, '..', 'shared');
