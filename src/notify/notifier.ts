import { randomUUID } from 'node:crypto';
import type { Config } from '../config/index.js';
import type { Logger } from '../log.js';
import { WORKER, type NoticeOutcome, type OutboxNotice, type ReviewItem, type ReviewStore } from '../review/index.js';
import type { WixApi } from '../wix/index.js';
import { createSender, type Channel, type NoticeMessage, type Send } from './channels.js';
import {
  memberRemovedVariables, memberRestoredVariables, ownerDigestMessage, ownerReplacedMessage, type DigestCounts,
  type DigestItem, type MemberVariables, type OwnerMessage,
} from './compose.js';
import { reasonsInWords } from './reasons.js';
import { errorMessage } from '../errors.js';

export interface NotifierDeps {
  config: Config;
  store: ReviewStore;
  /** Created on first use: a run with nothing for the member sends no Wix request. */
  wix: WixApi | (() => WixApi);
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** First wait after a failed send; doubles per failure up to MAX_BACKOFF_MS. */
  retryBaseMs?: number;
}

/** What a delivery run did; `pending` is what the outbox still holds afterwards (retried next run). */
export interface DeliveryReport {
  sent: number;
  failed: number;
  /** Given up after MAX_ATTEMPTS (logged and recorded in the item's history). */
  abandoned: number;
  pending: number;
}

/** What a dry run would send, one line each, no member text. */
export type NoticePlan = string;

const DEFAULT_RETRY_BASE_MS = 60_000;
const MAX_BACKOFF_MS = 6 * 3600_000;
/** About a week of retries at the longest backoff: a channel down longer than that needs a human. */
const MAX_ATTEMPTS = 40;
/**
 * How long a claimed notice is one process's to send. Longer than a send can take (channels time out
 * well within it); a process that dies holding a claim delays its notices by this much, then another
 * sends them.
 */
const CLAIM_MS = 5 * 60_000;
/** Sends in flight at once (Wix emails after a big scan). */
const SEND_CONCURRENCY = 4;

export type Notifier = ReturnType<typeof createNotifier>;

/**
 * Delivery state per store, shared by every notifier of a process (serve has one for webhook rescans
 * and one for scheduled scans), so two deliveries never read the same outbox at once and send twice.
 */
const deliveries = new WeakMap<ReviewStore, { running?: Promise<DeliveryReport>; again: boolean }>();

/**
 * Notices with an outbox: each is recorded durably (outbox + `notice-recorded` history row) before it
 * is sent and settled after (`notice-sent`), so a crash between the two re-sends that one notice on the
 * next delivery and nothing is lost. A failing channel leaves its notices in the outbox with a backoff;
 * it never touches the replacement itself. `notify.enabled: false` makes every method a no-op.
 */
export function createNotifier(deps: NotifierDeps) {
  const { config, store, logger } = deps;
  const notify = config.notify;
  const now = deps.now ?? (() => new Date());
  const wix = typeof deps.wix === 'function' ? deps.wix : () => deps.wix as WixApi;
  // Built up front so half-set SMTP credentials are refused before anything is recorded.
  const send: Send = notify.enabled ? createSender(config, wix, deps.env) : async () => {};
  const ownerChannels: Array<Exclude<Channel, 'wix-email'>> = [
    ...(notify.owner.smtp ? ['smtp' as const] : []),
    ...(notify.owner.webhookUrl ? ['webhook' as const] : []),
  ];
  const templateId = notify.member.templateId;
  const flight = deliveries.get(store) ?? { again: false };
  deliveries.set(store, flight);

  const notice = (kind: string, itemIds: string[], message: NoticeMessage): OutboxNotice => ({
    id: randomUUID(), kind, channel: message.channel, itemIds, createdAt: now().toISOString(), attempts: 0, message,
  });

  const memberNotice = (kind: string, item: ReviewItem, variables: MemberVariables) => {
    if (templateId) return [notice(kind, [item.id], { channel: 'wix-email', templateId, memberId: item.memberId, variables })];
    // No template on the site: the member cannot be reached, so the notice is a log line only.
    logger?.info({ itemId: item.id, memberId: item.memberId, aboutId: item.aboutId, kind, reason: variables.reason }, 'member notice not sent: notify.member.templateId is not set');
    return [];
  };

  const ownerNotices = (kind: string, itemIds: string[], owner: OwnerMessage) =>
    ownerChannels.map((channel) => notice(kind, itemIds, { channel, owner }));

  async function record(notices: OutboxNotice[]): Promise<void> {
    if (notices.length) await store.recordNotices(notices, WORKER);
  }

  /**
   * One delivery pass over the due outbox; a channel that fails is not tried again in this pass. Notices
   * are claimed a few at a time, just before they are sent, so a process killed mid-pass holds (and
   * delays) only those few, and at most the ones in flight are sent again by another process.
   */
  async function deliverOnce(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, failed: 0, abandoned: 0, pending: 0 };
    const down = new Set<string>();
    for (;;) {
      // Claimed in the store first: a notice another process holds (or sends now) is not ours to send.
      const due = await store.claimNotices(now(), CLAIM_MS, { limit: SEND_CONCURRENCY, exceptChannels: [...down] });
      if (due.length === 0) break;
      await Promise.all(due.map(async (n) => {
        const outcome = await sendOne(n, down, report);
        // Settled one by one, so a crash mid-run re-sends at most the notices in flight.
        await store.settleNotices([outcome], WORKER);
      }));
    }
    report.pending = (await store.listNotices()).length;
    return report;
  }

  async function sendOne(n: OutboxNotice, down: Set<string>, report: DeliveryReport): Promise<NoticeOutcome> {
    try {
      await send(n.message as NoticeMessage);
      report.sent++;
      return { id: n.id, result: 'sent' };
    } catch (err) {
      down.add(n.channel);
      const error = errorMessage(err);
      const attempts = n.attempts + 1;
      if (attempts >= MAX_ATTEMPTS) {
        report.abandoned++;
        logger?.error({ notice: n.id, kind: n.kind, channel: n.channel, attempts, err: error }, 'notice given up after every retry');
        return { id: n.id, result: 'abandoned', error };
      }
      const wait = Math.min(MAX_BACKOFF_MS, (deps.retryBaseMs ?? DEFAULT_RETRY_BASE_MS) * 2 ** (attempts - 1));
      report.failed++;
      logger?.warn({ notice: n.id, kind: n.kind, channel: n.channel, attempts, retryInMs: wait, err: error }, 'notice not sent; kept for the next run');
      return { id: n.id, result: 'failed', error, nextAttemptAt: new Date(now().getTime() + wait).toISOString() };
    }
  }

  const notifier = {
    enabled: notify.enabled,

    /**
     * A replacement's notices: the member's, plus the owner's when `owner` (webhook rescans; scans send a
     * digest). The scan records them with the pending item (runScan's noticesFor).
     */
    replacementNotices(item: ReviewItem, { owner }: { owner: boolean }): OutboxNotice[] {
      if (!notify.enabled) return [];
      return [
        ...memberNotice('member-replaced', item, memberRemovedVariables(item, notify)),
        ...(owner ? ownerNotices('owner-replaced', [item.id], ownerReplacedMessage(item, notify)) : []),
      ];
    },

    /** After a restore: "your About is back". A confirm sends nothing. */
    async restored(item: ReviewItem): Promise<void> {
      if (!notify.enabled) return;
      await record(memberNotice('member-restored', item, memberRestoredVariables(notify)));
    },

    /** After a scan that replaced something: one digest per owner channel. */
    async digest(counts: DigestCounts, replaced: readonly DigestItem[]): Promise<void> {
      if (!notify.enabled || replaced.length === 0) return;
      const waiting = (await store.list({ status: 'replaced' })).length;
      await record(ownerNotices('owner-digest', [], ownerDigestMessage(counts, waiting, replaced, notify)));
    },

    /**
     * Sends every due notice in the outbox (this run's and any a crashed or failed run left). Calls made
     * while a delivery runs join one more pass after it, so two passes never send the same notice.
     */
    deliver(): Promise<DeliveryReport> {
      if (!notify.enabled) return Promise.resolve({ sent: 0, failed: 0, abandoned: 0, pending: 0 });
      if (flight.running) {
        flight.again = true;
        return flight.running;
      }
      const run = async (): Promise<DeliveryReport> => {
        let report = await deliverOnce();
        while (flight.again) {
          flight.again = false;
          const next = await deliverOnce();
          report = { sent: report.sent + next.sent, failed: report.failed + next.failed, abandoned: report.abandoned + next.abandoned, pending: next.pending };
        }
        return report;
      };
      flight.running = run().finally(() => (flight.running = undefined));
      return flight.running;
    },

    /** deliver() for callers whose own work is done: a failure is a warning, retried on the next run. */
    async deliverOrWarn(): Promise<DeliveryReport | undefined> {
      try {
        return await notifier.deliver();
      } catch (err) {
        logger?.warn({ err: errorMessage(err) }, 'notices not delivered; retried on the next run');
        return undefined;
      }
    },

    /** Dry run: what a real run would send, for the replacements it would make. Reads the outbox, writes nothing. */
    async plan(replacements: ReadonlyArray<{ memberId: string; aboutId: string; categories: string[] }>): Promise<NoticePlan[]> {
      if (!notify.enabled) return [];
      const lines = replacements.map((r) => {
        const reason = reasonsInWords(r.categories.map((c) => ({ category: c as ReviewItem['reasons'][number]['category'] })));
        return templateId
          ? `would email member ${r.memberId} (Triggered Email ${templateId}) about About ${r.aboutId}: ${reason}`
          : `would log a notice for member ${r.memberId} (no notify.member.templateId) about About ${r.aboutId}: ${reason}`;
      });
      if (replacements.length && ownerChannels.length) lines.push(`would send the owner a digest via ${ownerChannels.join(' and ')}`);
      const pending = (await store.listNotices()).length;
      if (pending) lines.push(`would send ${pending} notices recorded earlier and not sent yet`);
      return lines;
    },
  };
  return notifier;
}


/**
 * A scan's notices: the member's as each About is replaced (recorded before the scan goes on), the
 * owner's digest when it ends, then one delivery of everything due.
 */
export function noticesForScan(notifier: Notifier) {
  const replaced: DigestItem[] = [];
  return {
    noticesFor: (item: ReviewItem) => notifier.replacementNotices(item, { owner: false }),
    onReplaced(item: ReviewItem): void {
      replaced.push({ id: item.id, memberId: item.memberId, reasons: item.reasons, flaggedAt: item.flaggedAt });
    },
    async finish(counts: DigestCounts): Promise<DeliveryReport> {
      await notifier.digest(counts, replaced);
      return notifier.deliver();
    },
  };
}
