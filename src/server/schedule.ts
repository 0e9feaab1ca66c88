import { Cron } from 'croner';
import { ConfigError, errorMessage } from '../errors.js';
import { createNotifier, noticesForScan } from '../notify/index.js';
import { recoverPending } from '../review/index.js';
import { isPlaceholder } from '../ricos/index.js';
import { runScan, type ScanOptions, type ScanSummary } from '../worker/index.js';
import type { HealthState } from './health.js';

export type ScheduleDeps = Pick<ScanOptions, 'wix' | 'store' | 'scorer' | 'config' | 'logger'> & {
  /** The queue webhook rescans use: a page of the full scan holds its About ids there. */
  queue: NonNullable<ScanOptions['queue']>;
  health: HealthState;
};

export interface FullScans {
  /** Runs a full scan now unless one is running (then resolves undefined: never two at once). */
  runOnce(): Promise<ScanSummary | undefined>;
  /** Next scheduled start, or null when `schedule.cron` is false. */
  nextRun(): Date | null;
  /** No more scans start; a running one stops after its current page. Resolves once it has. */
  stop(): Promise<void>;
}

/** Thrown from the progress callback to end a scan at a page boundary when the service stops. */
class ScanStopped extends Error {}

/**
 * Scheduled full scans (croner, `schedule.cron`) that catch whatever webhooks missed. Every page of a
 * scan goes through the shared WorkQueue, so it never decides an About a webhook rescan is deciding.
 */
export function startFullScans(deps: ScheduleDeps): FullScans {
  const { config, logger, health } = deps;
  let running: Promise<ScanSummary | undefined> | undefined;
  let stopping = false;
  // Member notices as Abouts are replaced, the owner's digest when the scan ends.
  const notifier = createNotifier(deps);

  async function scan(): Promise<ScanSummary | undefined> {
    logger?.info({}, 'full scan started');
    const notices = noticesForScan(notifier);
    try {
      // A long-running service settles pending items whose writer is gone (a killed manual scan, or its
      // own PATCH that ended without an answer) before deciding again; leased ones are left alone.
      await recoverPending(deps.store, deps.wix, { isPlaceholder });
      const summary = await runScan({
        wix: deps.wix, store: deps.store, scorer: deps.scorer, config, logger, queue: deps.queue,
        // Pages already done are complete (items and verdicts written); stopping between pages loses
        // at most buffered verdicts, which only costs a rescore next time.
        onProgress: () => {
          if (stopping) throw new ScanStopped('service stopping');
        },
        noticesFor: notices.noticesFor,
        onReplaced: notices.onReplaced,
      });
      health.scanFinished(summary);
      // A channel that fails is retried on the next run; it never fails the scan.
      const delivered = await notices.finish(summary).catch((err: unknown) => logger?.warn({ err: errorMessage(err) }, 'notices not delivered; retried on the next run'));
      if (delivered) logger?.info({ notices: delivered }, 'notices delivered');
      logger?.info({ summary }, 'full scan finished');
      return summary;
    } catch (err) {
      if (err instanceof ScanStopped) {
        logger?.info({}, 'full scan stopped at a page boundary; the next one picks up');
        return undefined;
      }
      health.error(err);
      logger?.error({ err: errorMessage(err) }, 'full scan failed');
      return undefined;
    }
  }

  function runOnce(): Promise<ScanSummary | undefined> {
    if (stopping) return Promise.resolve(undefined);
    if (running) {
      logger?.warn({}, 'full scan still running; this start is skipped');
      return Promise.resolve(undefined);
    }
    running = scan().finally(() => (running = undefined));
    return running;
  }

  let job: Cron | undefined;
  if (config.schedule.cron !== false) {
    try {
      job = new Cron(config.schedule.cron, { protect: true, catch: true }, async () => void (await runOnce()));
    } catch (err) {
      throw new ConfigError(`schedule.cron: not a valid cron expression (${errorMessage(err)}), got ${JSON.stringify(config.schedule.cron)}`);
    }
  }

  return {
    runOnce,
    nextRun: () => job?.nextRun() ?? null,
    async stop() {
      stopping = true;
      job?.stop();
      await running;
    },
  };
}
