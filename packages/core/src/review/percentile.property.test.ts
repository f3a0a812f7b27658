import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile, quantileOfUnsorted } from './percentile';

// The review used to sort every group's minutes and read two ranks; selection must give the
// very same figures (not merely close ones) for any list, duplicates and ties included.

const minutes = fc.oneof(
  fc.array(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
    maxLength: 400,
  }),
  // Few distinct values: long runs of equal minutes, as whole-minute clocks give.
  fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 400 }),
);

describe('quantileOfUnsorted', () => {
  it('gives what quantile gives on the sorted list', () => {
    fc.assert(
      fc.property(minutes, fc.constantFrom(0, 0.1, 0.5, 0.9, 1), (list, p) => {
        const expected = quantile(Float64Array.from(list).sort(), p);
        expect(quantileOfUnsorted(Float64Array.from(list), p)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same figure on sorted, reversed and repeated lists (the pivot’s worst cases)', () => {
    const sorted = Array.from({ length: 5000 }, (_, i) => i);
    const lists = [sorted, [...sorted].reverse(), sorted.map((i) => i % 3), sorted.map(() => 7)];
    for (const list of lists) {
      for (const p of [0.5, 0.9]) {
        expect(quantileOfUnsorted(Float64Array.from(list), p)).toBe(
          quantile(Float64Array.from(list).sort(), p),
        );
      }
    }
  });

  it('reads the median of [10, 20, 30, 40] in any order as 25, its 0.9-quantile as 37', () => {
    expect(quantileOfUnsorted(Float64Array.of(40, 10, 30, 20), 0.5)).toBe(25);
    expect(quantileOfUnsorted(Float64Array.of(30, 40, 20, 10), 0.9)).toBeCloseTo(37, 10);
    expect(quantileOfUnsorted(new Float64Array(0), 0.5)).toBeNull();
  });
});
