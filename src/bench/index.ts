import { parseArgs } from 'node:util';
import { benchFlatten } from './flatten.js';
import { benchScan } from './scan.js';
import { benchScore } from './score.js';
import { benchWebhook } from './webhook.js';
import { runScript } from '../script.js';

/**
 * `npm run bench`: speed and memory figures, printed as they come (the README keeps the latest).
 * Real processes throughout: the scan and webhook benches spawn the emulator and aboutmod as a user would.
 *   --only flatten,score,scan,webhook   run some benches only
 *   --sizes 10000,100000                scan sizes (default both)
 *   --json                              all figures as one JSON object at the end
 */
const BENCHES = {
  flatten: async () => ({ ...(await benchFlatten()) }),
  score: () => benchScore(),
  scan: (sizes: number[]) => benchScan(sizes),
  webhook: () => benchWebhook(),
} as const;
type Name = keyof typeof BENCHES;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string' }, json: { type: 'boolean' } } });
  const names = (values.only?.split(',') ?? Object.keys(BENCHES)) as Name[];
  const unknown = names.filter((n) => !(n in BENCHES));
  if (unknown.length) throw new Error(`--only: unknown bench ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`);
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [10_000, 100_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected whole numbers, got ${values.sizes}`);

  const figures: Record<string, Record<string, number>> = {};
  for (const name of names) figures[name] = await BENCHES[name](sizes);
  if (values.json) console.log(JSON.stringify(figures));
}

runScript('bench', main);
