import { UsageError } from '../../errors.js';
import { hashPassword, openStoreForCommand } from '../../review/index.js';
import type { CliContext } from '../context.js';
import { askHidden, readStdin } from './review-prompt.js';

const MIN_PASSWORD = 8;

/**
 * `aboutmod review add-reviewer NAME`: a review-page login. The password comes from a prompt without
 * echo on a terminal, or from stdin when piped (never from an argument, which would land in shell
 * history and `ps`). An existing name gets the new password.
 */
export default async function (ctx: CliContext, args: string[]): Promise<void> {
  const name = args[0] ?? '';
  if (!/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
    throw new UsageError(`reviewer name: expected 1-64 letters, digits or . _ @ -, got "${name}"`);
  }
  let password: string;
  if (process.stdin.isTTY) {
    password = await askHidden('Password: ');
    if ((await askHidden('Repeat the password: ')) !== password) throw new UsageError('the passwords differ; nothing changed');
  } else {
    password = (await readStdin()).replace(/\r?\n$/, '');
  }
  if (password.length < MIN_PASSWORD) throw new UsageError(`password: expected at least ${MIN_PASSWORD} characters`);

  const passwordHash = await hashPassword(password);
  const { store } = await openStoreForCommand(ctx);
  let existed: boolean;
  try {
    existed = (await store.getReviewer(name)) !== undefined;
    await store.putReviewer({ name, passwordHash, createdAt: new Date().toISOString() });
  } finally {
    await store.close();
  }
  ctx.print({ name }, () => (existed ? `reviewer "${name}": password changed` : `reviewer "${name}" added`));
}
