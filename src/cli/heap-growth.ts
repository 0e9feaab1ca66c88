import { setFlagsFromString } from 'node:v8';

/**
 * How much V8 may grow a heap's limit after each full collection, in percent (its default grows it up to
 * fourfold when a program allocates fast). A scan, `serve` and a worker allocate fast and keep little:
 * pages of Abouts and their verdicts become garbage within a page. With the default, the garbage of a
 * long scan raised every heap's limit, so the peak RSS of a 100,000-About scan was ~120 MB above a
 * 10,000-About one while the live data stayed flat (docs/speed.md); at 30% the peak stays flat at no
 * measured CPU cost.
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * Applies to every heap of the process, the scoring threads' included (V8 flags are process-wide and
 * this one is read at each full collection, so setting it at start is safe).
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
