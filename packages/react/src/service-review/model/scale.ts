// The value axis of the review's charts: a round top and evenly spaced ticks, so a reader can
// read a bar against the grid without a tooltip.

/**
 * The smallest "nice" number (1, 2 or 5 times a power of ten) at or above `max`; 1 for nothing.
 *
 * @example
 * niceCeiling(37); // 50
 */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * Ticks from 0 to `top` in `count` equal steps.
 *
 * @example
 * axisTicks(50, 5); // [0, 10, 20, 30, 40, 50]
 */
export function axisTicks(top: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, n) => (top * n) / count);
}
