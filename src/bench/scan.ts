import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, spawnEmulator as startEmulator, type EmulatorProcess as Emulator } from '../demo/emulator-process.js';
import { openReviewStore } from '../review/index.js';
import type { NewReviewItem } from '../review/types.js';
import { createWixClient } from '../wix/index.js';
import { log, peakRssKb, REPORT_RSS, round } from './figures.js';

/**
 * Scan figures (issue 7): throughput beside a bare paging loop, requests per flagged About, peak RSS of
 * the scan process at 10k vs 100k Abouts, and store write time per flagged item as the queue grows.
 * Every figure comes from real processes: the emulator and `aboutmod scan` are spawned as a user would.
 */

/** A realistic Wix answer time, for the scan beside a bare paging loop at Wix's pace. */
const WIX_LATENCY_MS = 30;

export async function benchScan(sizes: number[] = [10_000, 100_000]): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const dir = await mkdtemp(join(tmpdir(), 'aboutmod-bench-'));
  try {
    for (const n of sizes) {
      const k = `${n / 1000}k`;
      const em = await startEmulator(['--seed', `bulk:${n}`]);
      try {
        const bareMs = await bareLoop(em);
        const config = await configFor(dir, em, `clean-${n}`);
        const run = await runScanProcess(em, config);
        // The daily case: nothing changed since the last scan, so every About is skipped unscored.
        const rescan = await runScanProcess(em, config);
        // A dry run with an empty store: the scan's own memory, without the store's verdicts held for lookups.
        const dry = await runScanProcess(em, await configFor(dir, em, `dry-${n}`), ['--dry-run']);
        figures[`scan.${k}.bareLoopAboutsPerSec`] = round(n / (bareMs / 1000));
        figures[`scan.${k}.aboutsPerSec`] = round(n / (run.durationMs / 1000));
        figures[`scan.${k}.speedVsBareLoop`] = round(bareMs / run.durationMs, 2);
        figures[`scan.${k}.rescanSpeedVsBareLoop`] = round(bareMs / rescan.durationMs, 2);
        figures[`scan.${k}.peakRssMB`] = round(run.maxRssKb / 1024);
        figures[`scan.${k}.dryRunPeakRssMB`] = round(dry.maxRssKb / 1024);
        log(`scan ${n} clean abouts: ${figures[`scan.${k}.aboutsPerSec`]}/s vs bare paging ${figures[`scan.${k}.bareLoopAboutsPerSec`]}/s `
          + `(ratio ${figures[`scan.${k}.speedVsBareLoop`]}, goal >= 0.5; unchanged rescan ${figures[`scan.${k}.rescanSpeedVsBareLoop`]}); `
          + `peak RSS ${figures[`scan.${k}.peakRssMB`]} MB (dry run on an empty store ${figures[`scan.${k}.dryRunPeakRssMB`]} MB)`);
      } finally {
        await em.stop();
      }
      // The same first scan against a Wix that takes 30 ms to answer each request, as the real one does.
      const slow = await startEmulator(['--seed', `bulk:${n}`, '--latency', String(WIX_LATENCY_MS)]);
      try {
        const bareMs = await bareLoop(slow);
        const run = await runScanProcess(slow, await configFor(dir, slow, `latency-${n}`));
        figures[`scan.${k}.latency${WIX_LATENCY_MS}.speedVsBareLoop`] = round(bareMs / run.durationMs, 2);
        log(`scan ${n} clean abouts, Wix answering in ${WIX_LATENCY_MS} ms: ${round(n / (run.durationMs / 1000))}/s vs bare paging `
          + `${round(n / (bareMs / 1000))}/s (ratio ${figures[`scan.${k}.latency${WIX_LATENCY_MS}.speedVsBareLoop`]}, goal >= 0.9)`);
      } finally {
        await slow.stop();
      }
    }

    const flaggedSeed = 'bulk:2000:0.2';
    const em = await startEmulator(['--seed', flaggedSeed]);
    try {
      await fetch(`${em.url}/_emulator/stats/reset`, { method: 'POST' });
      const run = await runScanProcess(em, await configFor(dir, em, 'flagged'));
      const stats = (await (await fetch(`${em.url}/_emulator/stats`)).json()) as Record<string, number>;
      const replaced = Math.max(1, run.summary.replaced);
      figures['scan.flagged.replaced'] = run.summary.replaced;
      figures['scan.flagged.patchesPerFlagged'] = round((stats.update ?? 0) / replaced, 3);
      figures['scan.flagged.getsPerFlagged'] = round((stats.get ?? 0) / replaced, 3);
      log(`scan ${flaggedSeed}: ${run.summary.replaced} replaced, ${figures['scan.flagged.patchesPerFlagged']} PATCH and `
        + `${figures['scan.flagged.getsPerFlagged']} GET per flagged About (goal 1 and 0), ${run.summary.conflicts} conflicts`);
    } finally {
      await em.stop();
    }

    for (const queued of [100, 10_000]) {
      const ms = await storeWritePerItem(join(dir, `store-${queued}`, 'review.json'), queued);
      figures[`store.writeMsPerFlagged.queue${queued}`] = round(ms, 2);
      log(`store write per flagged item with ${queued} items in the queue: ${round(ms, 2)} ms`);
    }
    const cache = await verdictCacheLoad(join(dir, 'verdicts', 'review.json'), 100_000);
    figures['store.verdictCache100k.loadMs'] = round(cache.loadMs);
    figures['store.verdictCache100k.bytesPerAbout'] = round(cache.bytesPerAbout);
    log(`verdict cache of 100,000 Abouts: read in ${round(cache.loadMs)} ms at a store's open, ${round(cache.bytesPerAbout)} bytes of memory an About`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

/** The floor: the same query paged through the same client, doing nothing with the Abouts. */
async function bareLoop(em: Emulator): Promise<number> {
  const wix = createWixClient({
    baseUrl: em.url, pageSize: 100, concurrency: 4, timeoutMs: 60_000, maxRetries: 4,
    credentials: { kind: 'apiKey', apiKey: em.env.WIX_API_KEY!, siteId: em.env.WIX_SITE_ID! },
  });
  const started = performance.now();
  let count = 0;
  for await (const page of wix.queryAbouts()) count += page.length;
  if (count === 0) throw new Error('bench: the emulator answered no abouts');
  return performance.now() - started;
}

interface ScanRun {
  durationMs: number;
  maxRssKb: number;
  summary: { replaced: number; conflicts: number; errors: number };
}

async function runScanProcess(em: Emulator, config: string, args: string[] = []): Promise<ScanRun> {
  const child = spawn(process.execPath, ['--import', REPORT_RSS, BIN, 'scan', '--json', '--config', config, ...args], {
    env: { ...process.env, ...em.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  if (code !== 0) throw new Error(`bench: scan exited ${code}: ${stderr.trim().split('\n')[0]}`);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as ScanRun['summary'] & { durationMs: number };
  return { durationMs: summary.durationMs, maxRssKb: peakRssKb(stderr), summary };
}

/**
 * The store's cost per flagged item as a scan pays it: one addPending for a page's flagged Abouts, then
 * their confirmations (group-committed), with `queued` items already in the queue.
 */
async function storeWritePerItem(path: string, queued: number, batch = 10, rounds = 5): Promise<number> {
  const store = await openReviewStore(path);
  try {
    for (let added = 0; added < queued; added += 1000) {
      await store.addPending(Array.from({ length: Math.min(1000, queued - added) }, (_, i) => fakeItem(`q${added + i}`)), 'bench');
    }
    let total = 0;
    for (let r = 0; r < rounds; r++) {
      const started = performance.now();
      const items = await store.addPending(Array.from({ length: batch }, (_, i) => fakeItem(`r${r}-${i}`)), 'bench');
      await Promise.all(items.map((item) => store.transition(item.id, 'replaced', { by: 'bench', action: 'replaced', revision: '2' }, { placeholderRevision: '2' })));
      total += performance.now() - started;
    }
    return total / (rounds * batch);
  } finally {
    await store.close();
  }
}

/** What a restart pays for the verdicts of `n` Abouts: the time to open the store and the memory they keep. */
async function verdictCacheLoad(path: string, n: number): Promise<{ loadMs: number; bytesPerAbout: number }> {
  const writer = await openReviewStore(path);
  const at = new Date().toISOString();
  for (let i = 0; i < n; i += 5000) {
    await writer.putVerdicts(Array.from({ length: Math.min(5000, n - i) }, (_, j) => ({
      aboutId: `b0000000-0000-4000-8000-${String(i + j).padStart(12, '0')}`, revision: String(3 + ((i + j) % 50)), scorer: 'local:bench', flagged: false, at,
    })));
  }
  await writer.close();
  // Typed arrays live outside the JS heap: both count.
  const heap = () => {
    globalThis.gc?.();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const before = heap();
  const started = performance.now();
  const reader = await openReviewStore(path);
  const loadMs = performance.now() - started;
  const bytesPerAbout = (heap() - before) / n;
  await reader.close();
  return { loadMs, bytesPerAbout };
}

/** About the size of a real About with a few paragraphs, so file rewrites cost what they would. */
function fakeItem(aboutId: string): NewReviewItem {
  const paragraph = (text: string) => ({ type: 'PARAGRAPH', id: '', nodes: [{ type: 'TEXT', id: '', nodes: [], textData: { text, decorations: [] } }], paragraphData: {} });
  const text = 'I teach pottery on weekends and love long walks with my dog along the river. '.repeat(4);
  return {
    aboutId,
    memberId: `m-${aboutId}`,
    original: { content: { nodes: [paragraph(text), paragraph(text), paragraph(text)] }, revision: '1' },
    reasons: [{ category: 'profanity', score: 0.9, evidence: [{ value: 'word', path: 'nodes[0].nodes[0].textData.text', place: 'paragraph' }], source: 'local:profanity' }],
    scorer: 'bench',
  };
}

async function configFor(dir: string, em: Emulator, name: string): Promise<string> {
  const path = join(dir, `${name}.json`);
  await writeFile(path, JSON.stringify({ wix: { baseUrl: em.url }, store: { path: join(dir, name, 'review.json') } }));
  return path;
}
