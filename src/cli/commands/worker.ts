import { databaseUrl, requireEnv } from '../../config/index.js';
import { createLogger } from '../../log.js';
import { pgConnectError, serverName } from '../../review/pg/pool.js';
import { runWorker } from '../../worker/app/worker.js';
import type { CliContext } from '../context.js';
import { stopSignal } from '../stop-signal.js';

/**
 * `aboutmod worker`: runs the app's jobs (every site's scans page by page, webhook rescans, notices,
 * purges) from the queues in PostgreSQL at DATABASE_URL, beside any number of other workers. Migrates the
 * schema at start. Prints one stdout line once it takes jobs; on SIGTERM or SIGINT it stops taking jobs,
 * lets running ones finish (app.stopTimeoutSeconds; then they go back to the queue for another worker)
 * and exits 0.
 */
export default async function worker(ctx: CliContext): Promise<void> {
  // Everything that can be refused up front is, before any connection.
  const url = databaseUrl();
  const app = {
    appId: requireEnv('WIX_APP_ID', 'the Wix app\'s OAuth client id, for every site\'s access token'),
    appSecret: requireEnv('WIX_APP_SECRET', 'the Wix app\'s OAuth client secret, for every site\'s access token'),
  };
  // A service logs its jobs: info unless LOG_LEVEL says otherwise.
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
  let running;
  try {
    running = await runWorker({ loaded: ctx.loaded, databaseUrl: url, app, logger });
  } catch (err) {
    throw pgConnectError(err, serverName(url));
  }
  ctx.stdout.write(`aboutmod worker taking jobs from ${serverName(url)}\n`);

  const signal = await stopSignal();
  logger.info({ signal }, 'stopping: no new jobs; running ones finish or go back to the queue');
  const { released } = await running.stop();
  logger.info({ signal, released }, 'stopped');
  // Jobs released unfinished are another worker's now; their handlers here end with the process (their
  // transactions roll back), which is the one way to stop them from writing on: this command's only exit.
  if (released > 0) process.exit(0);
}
