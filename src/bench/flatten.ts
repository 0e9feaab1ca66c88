import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../paths.js';
import { flatten } from '../ricos/index.js';
import { round } from './figures.js';

export interface FlattenBench {
  docsPerSec: number;
  /** Flatten throughput over already parsed documents, in MB of their JSON per second. */
  mbPerSec: number;
  /** JSON.parse throughput over the same bytes. */
  jsonParseMbPerSec: number;
  /** mbPerSec / jsonParseMbPerSec (goal: at least 0.5). */
  ratio: number;
}

/** Flatten vs JSON.parse over every fixture in shared/fixtures/ricos: `ms` of warm-up, then 2×`ms` of alternating timed rounds. */
export async function benchFlatten(ms = 1500): Promise<FlattenBench> {
  const dir = join(SHARED_DIR, 'fixtures', 'ricos');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const docs = texts.map((t) => JSON.parse(t) as unknown);

  let sink = 0;
  const parseRound = () => {
    for (const t of texts) sink += (JSON.parse(t) as { nodes: unknown[] }).nodes.length;
  };
  const flattenRound = () => {
    for (const d of docs) sink += flatten(d).segments.length;
  };
  const { parse, flat } = interleaved(ms, parseRound, flattenRound);
  if (sink < 0) console.log(sink); // keeps the work observable so it is not optimised away

  const mb = bytes / 1e6;
  const result: FlattenBench = {
    docsPerSec: Math.round((docs.length * flat.rounds) / flat.seconds),
    mbPerSec: round((mb * flat.rounds) / flat.seconds, 2),
    jsonParseMbPerSec: round((mb * parse.rounds) / parse.seconds, 2),
    ratio: 0,
  };
  result.ratio = round(result.mbPerSec / result.jsonParseMbPerSec, 2);
  console.log(
    `flatten: ${result.docsPerSec} docs/s, ${result.mbPerSec} MB/s vs JSON.parse ${result.jsonParseMbPerSec} MB/s ` +
      `(ratio ${result.ratio}; ${docs.length} fixtures, ${Math.round(bytes / 1024)} KB)`,
  );
  return result;
}

/**
 * Runs both rounds in turn for about `ms` after as long a warm-up (the JIT needs it), timing each
 * separately: alternating keeps the ratio fair when other work on the machine comes and goes.
 */
function interleaved(ms: number, parseRound: () => void, flattenRound: () => void) {
  const warm = Date.now() + ms;
  while (Date.now() < warm) {
    parseRound();
    flattenRound();
  }
  const parse = { rounds: 0, seconds: 0 };
  const flat = { rounds: 0, seconds: 0 };
  const end = Date.now() + ms * 2;
  while (Date.now() < end) {
    parse.seconds += time(parseRound);
    parse.rounds++;
    flat.seconds += time(flattenRound);
    flat.rounds++;
  }
  return { parse, flat };
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
