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

/**
 * {@link quantile} of `values` in any order, found by selection instead of a full sort: the
 * same figure (the two nearest ranks are the same numbers a sort would put there), in linear
 * time. Reorders `values`, which the caller owns (a scratch copy).
 *
 * @example
 * quantileOfUnsorted(Float64Array.of(40, 10, 30, 20), 0.5); // 25
 */
export function quantileOfUnsorted(values: Float64Array, p: number): number | null {
  if (values.length === 0) return null;
  const rank = (values.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = select(values, low);
  if (high === low) return a + (a - a) * (rank - low);
  // After selecting rank `low`, everything from `low + 1` on is at least it: the next rank is
  // the least of those.
  let b = values[low + 1] as number;
  for (let i = low + 2; i < values.length; i++) {
    const v = values[i] as number;
    if (v < b) b = v;
  }
  return a + (b - a) * (rank - low);
}

/**
 * The `k`-th smallest of `values` (0-based), moved to index `k` with nothing greater before it
 * and nothing smaller after it. Quickselect on a median-of-three pivot; a range that does not
 * shrink fast enough is sorted instead, so the worst case stays n log n.
 */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
  while (hi > lo) {
    if (budget-- === 0 || hi - lo < 16) {
      values.subarray(lo, hi + 1).sort();
      return values[k] as number;
    }
    const mid = (lo + hi) >>> 1;
    const x = values[lo] as number;
    const y = values[mid] as number;
    const z = values[hi] as number;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    // Hoare partition: [lo, j] ≤ pivot ≤ [i, hi].
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}
