import cliProgress from 'cli-progress';
import { openScorer } from '../../moderation/index.js';
import { checkNotifySecrets, createNotifier, noticesForScan, type DeliveryReport, type NoticePlan } from '../../notify/index.js';
import { openStoreForCommand } from '../../review/index.js';
import { JobError, UsageError } from '../../errors.js';
import { createWixClientFromConfig, type WixClient } from '../../wix/index.js';
import { countedScorer, planLine, runScan, ScorerOutcomes, scorerUnavailableLine, summaryLine, type ScanSummary } from '../../worker/index.js';
import type { CliContext } from '../context.js';

/**
 * `aboutmod scan [--dry-run] [--only ID...] [--json]`: settles unconfirmed writes left by an earlier run
 * (recovery), then runs the moderation pass. A dry run reads the store but neither recovers nor writes.
 */
export default async function scan(ctx: CliContext, _args: string[], opts: Record<string, unknown>): Promise<void> {
  const { config } = ctx.loaded;
  const dryRun = Boolean(opts.dryRun);
  const only = Array.isArray(opts.only) ? (opts.only as string[]) : undefined;
  // Everything that can be refused up front is, before any request: credentials, scorer settings.
  const wix = createWixClientFromConfig(config, process.env, ctx.logger);
  const scorer = await openScorer(config, { configDir: ctx.loaded.dir, logger: ctx.logger });
  checkNotifySecrets(config);
  if (only) await checkOnlyIds(wix, only);
  // Recovery first: items a killed run left pending are settled against Wix before anyone decides again.
  const { store } = await openStoreForCommand(ctx, { recover: !dryRun, wix });
  const progress = ctx.interactive && process.stdout.isTTY ? createProgressBar() : undefined;
  let summary: ScanSummary;
  // Every score call counted: a scan whose scorer was unavailable fails (exit 1) instead of "succeeding".
  const outcomes = new ScorerOutcomes();
  // Notices: recorded as Abouts are replaced, delivered after the scan; a dry run only says what it would send.
  const notifier = createNotifier({ config, store, wix, logger: ctx.logger });
  const notices = dryRun ? undefined : noticesForScan(notifier);
  let noticeReport: DeliveryReport | { wouldSend: NoticePlan[] } | undefined;
  try {
    summary = await runScan({
      wix, store, scorer: countedScorer(scorer, outcomes), config, logger: ctx.logger, dryRun, only,
      onProgress: (p) => progress?.update(p.abouts, { pages: p.pages, flagged: p.flagged }),
      onPlan: ctx.json ? undefined : (plan) => progress ? progress.log(`${planLine(plan)}\n`) : ctx.stdout.write(`${planLine(plan)}\n`),
      noticesFor: notices?.noticesFor,
      onReplaced: notices?.onReplaced,
    });
    if (notifier.enabled) {
      noticeReport = notices ? await notices.finish(summary) : { wouldSend: await notifier.plan(summary.wouldReplace ?? []) };
    }
  } finally {
    progress?.stop();
    await scorer.close?.();
    await store.close();
  }
  const availability = outcomes.availability();
  const scorerFields = { scorerUnavailable: availability.unavailable, scorerError: availability.unavailable ? availability.commonError?.message ?? null : null };
  ctx.print({ ...summary, ...scorerFields, ...(noticeReport ? { notices: noticeReport } : {}) }, (s) => [summaryLine(s), ...noticeLines(noticeReport)].join('\n'));
  if (availability.unavailable) throw new JobError(scorerUnavailableLine(availability));
}

/** An --only id the site does not have is bad input: refused in one line before anything is written. */
async function checkOnlyIds(wix: WixClient, only: string[]): Promise<void> {
  const found = new Set<string>();
  for await (const page of wix.queryAbouts({ ids: only })) for (const about of page) found.add(about.id);
  const missing = only.filter((id) => !found.has(id));
  if (missing.length) throw new UsageError(`--only ${missing.join(' ')}: not found (no About with ${missing.length === 1 ? 'this id' : 'these ids'} on the site)`);
}

function noticeLines(report: DeliveryReport | { wouldSend: NoticePlan[] } | undefined): string[] {
  if (!report) return [];
  if ('wouldSend' in report) return report.wouldSend.length ? report.wouldSend : ['no notices would be sent'];
  return [`notices: ${report.sent} sent, ${report.failed} failed, ${report.pending} waiting for a retry`
    + (report.abandoned ? `, ${report.abandoned} given up` : '')];
}

/** Counts on stderr, redrawn in place; dry-run lines are printed above it. */
function createProgressBar() {
  const bars = new cliProgress.MultiBar(
    {
      // Cursor paging gives no total, so the bar shows counts, not a fraction.
      format: 'scan {duration_formatted} | pages {pages} | abouts {value} | flagged {flagged}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(0, 0, { pages: 0, flagged: 0 });
  return {
    update: (abouts: number, payload: { pages: number; flagged: number }) => bar.update(abouts, payload),
    log: (line: string) => bars.log(line),
    stop: () => bars.stop(),
  };
}
