/**
 * The `p`-quantile (0–1) of `sorted` (ascending), interpolated between the two nearest ranks
 * like a spreadsheet's PERCENTILE.INC: the median of [10, 20, 30, 40] is 25, its 0.9-quantile 37.
 * `null` for an empty list.
 *
 * @example
 * quantile([10, 20, 30, 40], 0.5); // 25
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}
