import { parseArgs } from 'node:util';
import { benchAppLatency, type AppLatencyBenchOptions } from './app-latency.js';
import { benchAppWorkers } from './app-workers.js';
import { benchFlatten } from './flatten.js';
import { benchScan } from './scan.js';
import { benchScore } from './score.js';
import { benchScoreJsonl } from './score-jsonl.js';
import { benchWebhook } from './webhook.js';
import { runScript } from '../script.js';

/**
 * `npm run bench`: speed and memory figures, printed as they come (the README keeps the latest).
 * Real processes throughout: the scan and webhook benches spawn the emulator and aboutmod as a user would.
 *   --only flatten,score,score-jsonl,scan,webhook   run some benches only
 *   --sizes 10000,100000                scan sizes (default both)
 *   --json                              all figures as one JSON object at the end
 *   --app-sites 100 --app-abouts 1000   the app-workers bench's sites and Abouts per site
 *   --app-workers 1,2,4                 its worker process counts (PostgreSQL at TEST_DATABASE_URL)
 *   --app-threads 1                     scoring threads per worker (1: each worker stands for one core)
 *   --latency-big 100000                the app-latency bench's big site (its scan runs while small sites are edited)
 *   --latency-small 4x50                its small sites x Abouts each
 *   --latency-edits 100 --latency-rate 2  abusive edits on the small sites, and how many a second
 *   --latency-workers 1                 its worker processes
 */
interface BenchArgs {
  sizes: number[];
  app: { sites: number; aboutsPerSite: number; workers: number[]; threads: number; adminUrl: string };
  latency: AppLatencyBenchOptions;
}

const BENCHES = {
  flatten: async () => ({ ...(await benchFlatten()) }),
  score: () => benchScore(),
  'score-jsonl': () => benchScoreJsonl(),
  scan: ({ sizes }: BenchArgs) => benchScan(sizes),
  webhook: () => benchWebhook(),
  'app-workers': ({ app }: BenchArgs) => benchAppWorkers(app),
  'app-latency': ({ latency }: BenchArgs) => benchAppLatency(latency),
} as const;
type Name = keyof typeof BENCHES;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' }, sizes: { type: 'string' }, json: { type: 'boolean' },
      'app-sites': { type: 'string', default: '100' }, 'app-abouts': { type: 'string', default: '1000' }, 'app-workers': { type: 'string', default: '1,2,4' },
      'app-threads': { type: 'string', default: '1' },
      'latency-big': { type: 'string', default: '100000' }, 'latency-small': { type: 'string', default: '4x50' },
      'latency-edits': { type: 'string', default: '100' }, 'latency-rate': { type: 'string', default: '2' }, 'latency-workers': { type: 'string', default: '1' },
    },
  });
  const names = (values.only?.split(',') ?? Object.keys(BENCHES)) as Name[];
  const unknown = names.filter((n) => !(n in BENCHES));
  if (unknown.length) throw new Error(`--only: unknown bench ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`);
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [10_000, 100_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected whole numbers, got ${values.sizes}`);

  const app = {
    sites: wholeNumber('--app-sites', values['app-sites']!),
    aboutsPerSite: wholeNumber('--app-abouts', values['app-abouts']!),
    workers: values['app-workers']!.split(',').map((n) => wholeNumber('--app-workers', n)),
    threads: wholeNumber('--app-threads', values['app-threads']!),
    adminUrl: process.env.TEST_DATABASE_URL ?? 'postgres://aboutmod:aboutmod@127.0.0.1:5432/postgres',
  };

  const small = /^(\d+)x(\d+)$/.exec(values['latency-small']!);
  if (!small) throw new Error(`--latency-small: expected SITESxABOUTS, e.g. 4x50, got ${values['latency-small']}`);
  const latency = {
    bigAbouts: wholeNumber('--latency-big', values['latency-big']!),
    smallSites: wholeNumber('--latency-small', small[1]!),
    aboutsPerSmallSite: wholeNumber('--latency-small', small[2]!),
    edits: wholeNumber('--latency-edits', values['latency-edits']!),
    editsPerSec: wholeNumber('--latency-rate', values['latency-rate']!),
    workers: wholeNumber('--latency-workers', values['latency-workers']!),
    adminUrl: app.adminUrl,
  };
  if (latency.edits > latency.smallSites * latency.aboutsPerSmallSite) throw new Error('--latency-edits: at most one edit per small-site About');

  const figures: Record<string, Record<string, number>> = {};
  for (const name of names) figures[name] = await BENCHES[name]({ sizes, app, latency });
  if (values.json) console.log(JSON.stringify(figures));
}

function wholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: expected whole numbers, got ${value}`);
  return n;
}

runScript('bench', main);
