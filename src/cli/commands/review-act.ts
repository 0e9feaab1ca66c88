import { userInfo } from 'node:os';
import { UsageError } from '../../errors.js';
import { checkNotifySecrets, createNotifier } from '../../notify/index.js';
import {
  confirm, InvalidTransition, openStoreForCommand, RefusedDecision, restore,
  REVIEW_STATUSES, type ReviewItem,
} from '../../review/index.js';
import { parseAge } from '../../review/parse-age.js';
import type { CliContext } from '../context.js';
import { askYesNo } from './review-prompt.js';

type Action = 'restore' | 'confirm';
const PAST = { restore: 'restored', confirm: 'confirmed' } as const;

interface ActOptions {
  note?: string;
  by?: string;
  all?: boolean;
  status?: string;
  olderThan?: string;
  yes?: boolean;
}

/** Output of a bulk action: what was done, and what was refused and why. */
interface BulkResult {
  items: ReviewItem[];
  refused: Array<{ id: string; error: string }>;
}

/**
 * `review restore|confirm ID` and their bulk form `--all [--status replaced] [--older-than 30d]`.
 * Every argument is checked before the store is opened, so bad input changes nothing.
 */
export async function act(action: Action, ctx: CliContext, args: string[], opts: ActOptions): Promise<void> {
  const id = args[0];
  const by = opts.by ?? userInfo().username;
  if (!by.trim()) throw new UsageError('--by: expected a name');
  if (id && opts.all) throw new UsageError(`review ${action}: give an ID or --all, not both`);
  if (!id && !opts.all) throw new UsageError(`review ${action}: give a review item ID, or --all with --status / --older-than`);
  if (!opts.all && (opts.status || opts.olderThan || opts.yes)) {
    throw new UsageError('--status, --older-than and --yes go with --all');
  }
  let flaggedBefore: string | undefined;
  if (opts.all) {
    if (opts.status && !(REVIEW_STATUSES as readonly string[]).includes(opts.status)) {
      throw new UsageError(`--status: expected one of ${REVIEW_STATUSES.join(', ')}, got "${opts.status}"`);
    }
    // Only replaced items wait for a reviewer; any other status would be refused item by item.
    if (opts.status && opts.status !== 'replaced') {
      throw new UsageError(`--status: only replaced items can be ${PAST[action]}, got "${opts.status}"`);
    }
    if (opts.olderThan) flaggedBefore = new Date(Date.now() - parseAge(opts.olderThan)).toISOString();
    if (!opts.yes && !process.stdin.isTTY) {
      throw new UsageError(`review ${action} --all asks for confirmation: run it in a terminal, or add --yes`);
    }
  }

  checkNotifySecrets(ctx.loaded.config);
  const { store, wix } = await openStoreForCommand(ctx);
  // A restore tells the member their About is back (recorded with the restore, sent before the command ends).
  const notifier = createNotifier({ config: ctx.loaded.config, store, wix, logger: ctx.logger });
  try {
    // Unknown ids and refused transitions are reported by the decisions before Wix credentials are needed.
    const deps = { store, wix, confirmedPlaceholder: ctx.loaded.config.policy.confirmedPlaceholder };
    const one = async (itemId: string) => {
      if (action === 'confirm') return confirm(deps, itemId, by, opts.note);
      const restored = await restore(deps, itemId, by, opts.note);
      await notifier.restored(restored);
      return restored;
    };

    if (id) {
      const item = await one(id);
      const revision = action === 'restore' ? item.restoredRevision : item.placeholderRevision;
      ctx.print(item, (i) => `${PAST[action]} ${i.id} (About ${i.aboutId}, revision ${revision})`);
      return;
    }

    const targets = await store.list({ status: 'replaced', flaggedBefore });
    if (targets.length === 0) {
      ctx.print<BulkResult>({ items: [], refused: [] }, () => 'no review items match; nothing changed');
      return;
    }
    const scope = flaggedBefore ? `replaced, flagged before ${flaggedBefore}` : 'replaced';
    if (!opts.yes && !(await askYesNo(`${action === 'restore' ? 'Restore' : 'Confirm'} ${targets.length} review items (${scope})?`))) {
      throw new UsageError('cancelled; nothing changed');
    }
    const result: BulkResult = { items: [], refused: [] };
    for (const target of targets) {
      try {
        result.items.push(await one(target.id));
      } catch (err) {
        // A refusal settles that item (superseded) or says another reviewer acted first; the rest go on.
        if (!(err instanceof RefusedDecision || err instanceof InvalidTransition)) throw err;
        result.refused.push({ id: target.id, error: err.message });
      }
    }
    ctx.print(result, (r) => [
      `${PAST[action]} ${r.items.length} of ${targets.length} review items`,
      ...r.refused.map((x) => `  refused ${x.id}: ${x.error}`),
    ].join('\n'));
  } finally {
    if (action === 'restore') {
      await notifier.deliverOrWarn();
    }
    await store.close();
  }
}
