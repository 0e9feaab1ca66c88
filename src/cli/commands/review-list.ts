import { UsageError } from '../../errors.js';
import { openStoreForCommand, REVIEW_STATUSES, type ReviewItem, type ReviewStatus } from '../../review/index.js';
import { formatAge } from '../../review/parse-age.js';
import type { WixApi } from '../../wix/types.js';
import type { CliContext } from '../context.js';
import { escapeTerminal } from '../escape-terminal.js';

/** One-line rows: a member's line breaks are shown as \\n rather than breaking the layout. */
const e = (s: string): string => escapeTerminal(s, { newlines: false });

/** `aboutmod review list [--status S] [--json]`: the queue, newest first. */
export default async function (ctx: CliContext, _args: string[], opts: Record<string, unknown>): Promise<void> {
  const status = opts.status as string | undefined;
  if (status !== undefined && !(REVIEW_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status: expected one of ${REVIEW_STATUSES.join(', ')}, got "${status}"`);
  }
  const { store, wix } = await openStoreForCommand(ctx);
  let items: ReviewItem[];
  try {
    items = await store.list({ status: status as ReviewStatus | undefined });
  } finally {
    await store.close();
  }
  if (ctx.json) {
    ctx.print({
      items: items.map((i) => ({
        id: i.id, aboutId: i.aboutId, memberId: i.memberId, status: i.status, reasons: i.reasons, flaggedAt: i.flaggedAt,
      })),
    }, String);
    return;
  }
  if (items.length === 0) {
    ctx.stdout.write(`no review items${status ? ` with status ${status}` : ''}\n`);
    return;
  }
  const names = await nicknames(items, wix, ctx);
  const rows = items.map((i) => [
    i.id, i.status, formatAge(i.flaggedAt), names.get(i.memberId) ?? i.memberId,
    [...new Set(i.reasons.map((r) => r.category))].join(', '),
  ]);
  const header = ['ID', 'STATUS', 'AGE', 'MEMBER', 'REASONS'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < cells.length - 1 ? cell.padEnd(widths[c]!) : cell)).join('  ');
  ctx.stdout.write(`${[line(header), ...rows.map(line)].join('\n')}\n`);
}

/**
 * Member nicknames (member data: escaped for the terminal), best effort: without credentials, or
 * when Wix does not answer, the list still shows member ids.
 */
async function nicknames(items: ReviewItem[], wix: () => WixApi, ctx: CliContext): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let client: WixApi;
  try {
    client = wix();
  } catch {
    return names;
  }
  const ids = [...new Set(items.map((i) => i.memberId))];
  await Promise.all(ids.map(async (id) => {
    try {
      const nickname = (await client.getMember(id))?.profile?.nickname;
      if (nickname) names.set(id, e(nickname));
    } catch (err) {
      ctx.logger.debug({ err: (err as Error).message, memberId: id }, 'member lookup failed');
    }
  }));
  return names;
}
