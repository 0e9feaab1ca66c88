import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../paths.js';
import { flatten } from '../ricos/index.js';

export interface FlattenBench {
  docsPerSec: number;
  /** Flatten throughput over already parsed documents, in MB of their JSON per second. */
  mbPerSec: number;
  /** JSON.parse throughput over the same bytes. */
  jsonParseMbPerSec: number;
  /** mbPerSec / jsonParseMbPerSec (goal: at least 0.5). */
  ratio: number;
}

/** Flatten vs JSON.parse over every fixture in shared/fixtures/ricos, each timed for about `ms`. */
export async function benchFlatten(ms = 1500): Promise<FlattenBench> {
  const dir = join(SHARED_DIR, 'fixtures', 'ricos');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const docs = texts.map((t) => JSON.parse(t) as unknown);

  let sink = 0;
  const parse = timed(ms, () => {
    for (const t of texts) sink += (JSON.parse(t) as { nodes: unknown[] }).nodes.length;
  });
  const flat = timed(ms, () => {
    for (const d of docs) sink += flatten(d).segments.length;
  });
  if (sink < 0) console.log(sink); // keeps the work observable so it is not optimised away

  const mb = bytes / 1e6;
  const result: FlattenBench = {
    docsPerSec: Math.round((docs.length * flat.rounds) / flat.seconds),
    mbPerSec: round((mb * flat.rounds) / flat.seconds),
    jsonParseMbPerSec: round((mb * parse.rounds) / parse.seconds),
    ratio: 0,
  };
  result.ratio = round(result.mbPerSec / result.jsonParseMbPerSec);
  console.log(
    `flatten: ${result.docsPerSec} docs/s, ${result.mbPerSec} MB/s vs JSON.parse ${result.jsonParseMbPerSec} MB/s ` +
      `(ratio ${result.ratio}; ${docs.length} fixtures, ${Math.round(bytes / 1024)} KB)`,
  );
  return result;
}

/** Runs `round` repeatedly for about `ms` after as long a warm-up (the JIT needs it), and says how many rounds fit. */
function timed(ms: number, round: () => void): { rounds: number; seconds: number } {
  const warm = Date.now() + ms;
  while (Date.now() < warm) round();
  let rounds = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    round();
    rounds++;
    elapsed = process.hrtime.bigint() - start;
  }
  return { rounds, seconds: Number(elapsed) / 1e9 };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
