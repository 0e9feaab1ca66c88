import { describe, expect, it } from 'vitest';
import { CheapestTimes } from '../../src/bench/cheapest-times.js';

describe('CheapestTimes', () => {
  it('keeps each piece at its cheapest pass, so an interrupted pass does not move the total', () => {
    const times = new CheapestTimes(3);
    // Pass 0 was interrupted at piece 1, pass 1 at piece 2.
    [[10, 900, 30], [11, 20, 800], [12, 21, 31]].forEach((pass, p) => pass.forEach((ns, piece) => times.keep(p, piece, ns)));
    expect(times.totals()).toEqual([10 + 20 + 30]);
  });

  it('sums a row layout by column', () => {
    const times = new CheapestTimes(4, 2);
    [5, 7, 1, 3].forEach((ns, piece) => times.keep(0, piece, ns));
    expect(times.totals()).toEqual([6, 10]);
  });

  it('tells how far the even and the odd passes disagree', () => {
    const steady = new CheapestTimes(2);
    const noisy = new CheapestTimes(2);
    for (let p = 0; p < 4; p++) {
      [100, 100].forEach((ns, piece) => steady.keep(p, piece, ns));
      // Every odd pass slower by half: the odd passes' total is 150 % of the even ones'.
      [100, 100].forEach((ns, piece) => noisy.keep(p, piece, p % 2 ? ns * 1.5 : ns));
    }
    expect(steady.spread()).toBe(0);
    expect(noisy.spread()).toBeCloseTo(0.5);
    expect(noisy.totals()).toEqual([200]);
  });
});
