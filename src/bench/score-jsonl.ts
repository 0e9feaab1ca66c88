import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../demo/emulator-process.js';
import { paragraph } from '../emulator/ricos-builders.js';
import { loadPublicSets } from '../eval/datasets.js';
import { SHARED_DIR } from '../paths.js';
import { log, peakRssKb, REPORT_RSS, round } from './figures.js';

/**
 * `aboutmod score --jsonl` as a user runs it (issue 16): documents per second (wall clock, the scoring
 * threads at their default) and peak RSS, over 2,000 and 20,000 lines, each line one About of a single
 * paragraph holding an openai-moderation dev row (cycled). The two peaks differ by run time, not lines:
 * nothing is held per line, but the scoring threads' heaps grow for the first 100-200k lines (compiled
 * code, then the room V8 leaves between full collections) and stay flat after
 * (docs/history/scorer-speed-log.md, session 13).
 */
export async function benchScoreJsonl(sizes: readonly number[] = [2_000, 20_000]): Promise<Record<string, number>> {
  const texts = loadPublicSets(join(SHARED_DIR, 'eval')).find((s) => s.name === 'openai-moderation')!.cases.map((c) => c.raw);
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-bench-jsonl-'));
  const figures: Record<string, number> = {};
  try {
    for (const n of sizes) {
      const file = join(dir, `${n}.jsonl`);
      await writeFile(file, Array.from({ length: n }, (_, i) => JSON.stringify({ nodes: [paragraph(texts[i % texts.length]!)] })).join('\n'));
      const run = await scoreFile(dir, file);
      if (run.lines !== n) throw new Error(`bench: score --jsonl answered ${run.lines} lines for ${n}`);
      figures[`scoreJsonl.${n}.docsPerSec`] = round(n / (run.ms / 1000));
      figures[`scoreJsonl.${n}.peakRssMB`] = round(run.maxRssKb / 1024);
      log(`score --jsonl, ${n} lines: ${figures[`scoreJsonl.${n}.docsPerSec`]} documents/s, peak RSS ${figures[`scoreJsonl.${n}.peakRssMB`]} MB`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

async function scoreFile(cwd: string, file: string): Promise<{ ms: number; lines: number; maxRssKb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORT_RSS, BIN, 'score', '--jsonl', file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 0x0a) lines++;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  if (code !== 0) throw new Error(`bench: score --jsonl exited ${code}: ${stderr.trim().split('\n')[0]}`);
  return { ms: performance.now() - started, lines, maxRssKb: peakRssKb(stderr) };
}
