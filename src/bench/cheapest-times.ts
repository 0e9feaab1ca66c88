/**
 * Each piece of work's cheapest time over several passes (a piece: a document, or one stage of one document),
 * kept for all passes and for the even and the odd passes apart. On a shared machine a pass's total moves by
 * half with the load (other processes take the core mid-pass and leave the caches cold), and a whole pass's
 * CPU time by a third; a piece of a millisecond or less runs uninterrupted in most passes, so its cheapest
 * time is its own cost whatever the load. Its cost without the collector's pauses, which fall in some passes
 * and not others: the benches print a whole pass's CPU time beside it. The even and odd passes' totals are
 * two figures of the same kind from the same run; how far apart they are (`spread`) tells how far to trust it.
 */
export class CheapestTimes {
  private readonly all: Float64Array;
  private readonly byParity: [Float64Array, Float64Array];

  /** `pieces` laid out `columns` a row (a document's stages, or 1). */
  constructor(
    pieces: number,
    private readonly columns = 1,
  ) {
    this.all = new Float64Array(pieces).fill(Infinity);
    this.byParity = [new Float64Array(pieces).fill(Infinity), new Float64Array(pieces).fill(Infinity)];
  }

  keep(pass: number, piece: number, ns: number): void {
    if (ns < this.all[piece]!) this.all[piece] = ns;
    const half = this.byParity[pass & 1];
    if (ns < half[piece]!) half[piece] = ns;
  }

  /** Per column, the sum of its pieces' cheapest times over all passes, in ns. */
  totals(): number[] {
    return columnSums(this.all, this.columns);
  }

  /** How far the even and the odd passes' totals (all columns) differ, as a fraction of the smaller. */
  spread(): number {
    const [even, odd] = this.byParity.map((half) => columnSums(half, this.columns).reduce((a, b) => a + b, 0)) as [number, number];
    return Math.abs(even - odd) / Math.min(even, odd);
  }
}

function columnSums(times: Float64Array, columns: number): number[] {
  const sums = new Array<number>(columns).fill(0);
  for (let i = 0; i < times.length; i++) sums[i % columns]! += times[i]!;
  return sums;
}

/** Time a piece of work started at `since` (process.hrtime.bigint()) took, in ns. */
export const nsSince = (since: bigint): number => Number(process.hrtime.bigint() - since);

/** A full collection between passes, when node runs with --expose-gc (npm run bench does): each pass starts from the same heap. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
