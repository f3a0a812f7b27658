// The instants the coverage checks look at: every half hour of two reference weeks (two, so
// that zones far from UTC see every local weekday whole). Holidays outside them are looked at
// only by the holiday check, which samples the holidays' own days.

const SAMPLE_FROM = Date.UTC(2026, 0, 5);
const SAMPLES = 14 * 48;

/**
 * Half an hour in ms, the sampling step.
 *
 * @example
 * HALF_HOUR; // 1_800_000
 */
export const HALF_HOUR = 1_800_000;

/**
 * The first sampled instant of the reference weeks at which `found` holds, or `undefined`.
 *
 * @example
 * firstSample((t) => !isOpen(office, t)); // Monday 5 January 2026, 00:00 UTC
 */
export function firstSample(found: (t: number) => boolean): number | undefined {
  for (let i = 0; i < SAMPLES; i++) {
    const t = SAMPLE_FROM + i * HALF_HOUR;
    if (found(t)) return t;
  }
  return undefined;
}
