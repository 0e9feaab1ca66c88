/** Helpers the benches share to compute and print their figures. */

export function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The value below which a fraction `p` of the values fall (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/**
 * When a scorer is steady: after WARM_MS of scoring past its first pass. V8's compiler threads, which a
 * process's CPU time counts, compile the scorer's hot functions for many seconds (measured in 3-s windows
 * after one pass: short bios 14,063 documents per CPU-second at 7 s, 14,941 at 20 s, 15,300-15,900 from
 * 24 s; openai rows 2,283 at 6 s, 2,526-2,665 from 15 s), and a scan of a large site spends most of its
 * time past that point.
 */
export const WARM_MS = 15_000;

/**
 * What `run` scored per wall-clock second and per CPU-second of the process (every thread of it, a scoring
 * pool's included), and the cores it kept busy; `run` says how many documents it scored.
 */
export async function timed(run: () => Promise<number>): Promise<{ perSecond: number; perCpuSecond: number; coresBusy: number }> {
  const cpu = process.cpuUsage();
  const start = Date.now();
  const done = await run();
  const seconds = (Date.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { perSecond: Math.round(done / seconds), perCpuSecond: Math.round(done / cpuSeconds), coresBusy: round(cpuSeconds / seconds, 2) };
}

export function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * A `--import` module that prints the process's peak RSS (kB) to stderr on exit, so a command runs
 * unmodified and a bench reads it back with peakRssKb.
 */
export const REPORT_RSS = `data:text/javascript,${encodeURIComponent('process.on("exit",()=>process.stderr.write(`\\nmaxrss:${process.resourceUsage().maxRSS}\\n`))')}`;

/** The peak RSS (kB) REPORT_RSS printed into a process's stderr (NaN when it printed none). */
export function peakRssKb(stderr: string): number {
  const rss = /maxrss:(\d+)/.exec(stderr);
  return rss ? Number(rss[1]) : NaN;
}
