import { type LocalDay, localDaysBetween, offsetAt, wallTimeAt } from '@tandem/core/sla';
import type { TimeRange } from './time-scale';

// Ticks on a time axis in a zone's wall-clock time: every hour (or 15 minutes, or 6 hours…) as
// the zone's clocks read it, so a day that loses an hour to DST has one tick fewer and a day that
// repeats one has it twice. Day starts are major ticks and carry the date.

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The spacing of axis ticks: a number of wall-clock minutes within a day, or whole days.
 *
 * @example
 * const unit: TickUnit = { kind: 'minutes', step: 60 };
 */
export type TickUnit =
  | { readonly kind: 'minutes'; readonly step: number }
  | { readonly kind: 'days'; readonly step: number };

/**
 * Tick spacings from finest to coarsest; every minute step divides a day.
 *
 * @example
 * TICK_UNITS[0]; // { kind: 'minutes', step: 5 }
 */
export const TICK_UNITS: readonly TickUnit[] = [
  ...[5, 10, 15, 30, 60, 120, 180, 360, 720].map((step) => ({ kind: 'minutes' as const, step })),
  ...[1, 2, 7].map((step) => ({ kind: 'days' as const, step })),
];

/**
 * Nominal length of a tick unit in ms (a day counted as 24 hours).
 *
 * @example
 * unitMs({ kind: 'minutes', step: 15 }); // 900_000
 */
export function unitMs(unit: TickUnit): number {
  return unit.kind === 'minutes' ? unit.step * MINUTE : unit.step * DAY;
}

/**
 * The finest unit whose ticks sit at least `minGap` pixels apart on a `width`-pixel axis
 * showing `spanMs`.
 *
 * @example
 * chooseTickUnit(86_400_000, 960); // { kind: 'minutes', step: 120 }: 12 ticks, 80 px apart
 */
export function chooseTickUnit(spanMs: number, width: number, minGap = 64): TickUnit {
  const pxPerMs = width / Math.max(spanMs, 1);
  const fit = TICK_UNITS.find((unit) => unitMs(unit) * pxPerMs >= minGap);
  return fit ?? (TICK_UNITS[TICK_UNITS.length - 1] as TickUnit);
}

/**
 * One tick: its instant, whether it starts a local day, and the local date and time it marks.
 *
 * @example
 * const tick: AxisTick = { at, major: true, hour: 0, minute: 0, day };
 */
export interface AxisTick {
  readonly at: number;
  readonly major: boolean;
  readonly hour: number;
  readonly minute: number;
  /** The local day the tick falls on. */
  readonly day: LocalDay;
}

/**
 * Ticks of `unit` in `timeZone` within `range` (ends included), in order.
 *
 * @example
 * // 8 March 2026 in New York: 00:00, 01:00, 03:00 … (02:00 never happened)
 * axisTicks({ from, to }, 'America/New_York', { kind: 'minutes', step: 60 });
 */
export function axisTicks(range: TimeRange, timeZone: string, unit: TickUnit): AxisTick[] {
  const ticks: AxisTick[] = [];
  const days = localDaysBetween(timeZone, range.from, range.to + 1);
  const push = (at: number, day: LocalDay, hour: number, minute: number) => {
    if (at >= range.from && at <= range.to) {
      ticks.push({ at, major: at === day.start, hour, minute, day });
    }
  };
  for (const day of days) {
    if (unit.kind === 'days') {
      const epochDay = Date.UTC(day.year, day.month - 1, day.day) / DAY;
      // Weeks start on Monday; two-day steps keep to even days so ticks hold still while panning.
      const keep = unit.step === 7 ? day.weekday === 1 : epochDay % unit.step === 0;
      if (keep) push(day.start, day, 0, 0);
      continue;
    }
    const startOffset = offsetAt(timeZone, day.start);
    if (startOffset === offsetAt(timeZone, day.end - 1)) {
      // One offset all day: wall time and real time run together.
      for (let m = 0; day.start + m * MINUTE < day.end; m += unit.step) {
        push(day.start + m * MINUTE, day, Math.floor(m / 60), m % 60);
      }
      continue;
    }
    // A DST day: try every quarter hour (offsets are multiples of 15 minutes) and keep those
    // whose wall-clock reading is on the step — a skipped hour has none, a repeated one two.
    for (let t = day.start; t < day.end; t += 15 * MINUTE) {
      const wall = wallTimeAt(timeZone, t);
      const m = wall.hour * 60 + wall.minute;
      if (m % unit.step === 0) push(t, day, wall.hour, wall.minute);
    }
  }
  return ticks;
}

/**
 * The local days of `timeZone` clipped to `range`, for the date row of an axis.
 *
 * @example
 * dayBands({ from, to }, 'Europe/London').map((d) => d.to - d.from);
 */
export function dayBands(
  range: TimeRange,
  timeZone: string,
): (LocalDay & { readonly from: number; readonly to: number })[] {
  return localDaysBetween(timeZone, range.from, range.to).map((day) => ({
    ...day,
    from: Math.max(day.start, range.from),
    to: Math.min(day.end, range.to),
  }));
}
