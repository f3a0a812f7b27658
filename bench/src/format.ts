/** Formats nanoseconds for people: `842 ns`, `12.4 µs`, `1.93 ms`, `1.20 s`. */
export function formatDuration(ns: number): string {
  if (ns < 1_000) return `${ns.toFixed(0)} ns`;
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(ns < 10_000 ? 2 : 1)} µs`;
  if (ns < 1_000_000_000) return `${(ns / 1_000_000).toFixed(ns < 10_000_000 ? 2 : 1)} ms`;
  return `${(ns / 1_000_000_000).toFixed(2)} s`;
}

/** How a case compares with the subject: `1.00×` for the subject, `3.41× slower`, `0.50× (faster)`. */
export function formatRatio(caseMedian: number, subjectMedian: number): string {
  const ratio = caseMedian / subjectMedian;
  if (ratio >= 1) return `${ratio.toFixed(2)}× the subject's time`;
  return `${ratio.toFixed(2)}× (faster than the subject)`;
}

/**
 * The `q` quantile of `values` (nearest rank, `NaN` when empty): `quantile(latencies, 0.95)`.
 *
 * @example
 * quantile([5, 1, 3, 2, 4], 0.5); // 3
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}
