/**
 * The index of the first value in an ascending list that is `at` or more (the list's length when none):
 * where an offset falls among sorted offsets (sentence ends, quote marks, a normalised text's origins).
 */
export function firstAtLeast(sorted: ArrayLike<number>, at: number): number {
  let lo = 0;
  for (let hi = sorted.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
