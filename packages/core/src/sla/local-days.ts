// The local calendar days of a zone as instants: where each date starts and ends, 23 or 25 hours
// apart when the clocks change. Built on the zone readers in ./tz.
import { DAY, instantOfWall, wallTimeAt } from './tz';

const HOUR = 3_600_000;

/**
 * A local calendar day of a zone: the instants it starts and ends at (23 or 25 hours apart on
 * DST days), its date and weekday (0 = Sunday).
 *
 * @example
 * const [day]: LocalDay[] = localDaysBetween('America/New_York', from, to);
 */
export interface LocalDay {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

/**
 * The instant the local date `year-month-day` starts in `timeZone` (`month` 1–12; days past the
 * month's end roll over, as with `Date.UTC`).
 *
 * @example
 * startOfLocalDate('America/New_York', 2026, 3, 8); // Date.UTC(2026, 2, 8, 5)
 */
export function startOfLocalDate(
  timeZone: string,
  year: number,
  month: number,
  day: number,
): number {
  return instantOfWall(timeZone, Date.UTC(year, month - 1, day));
}

/**
 * The local days of `timeZone` that overlap `[from, to)`, in order; at most `limit` of them.
 *
 * @example
 * const [sunday] = localDaysBetween('America/New_York', Date.UTC(2026, 2, 8, 5), Date.UTC(2026, 2, 9));
 * hoursInDay(sunday); // 23: the clocks went forward
 */
export function localDaysBetween(
  timeZone: string,
  from: number,
  to: number,
  limit = 400,
): LocalDay[] {
  const days: LocalDay[] = [];
  const first = wallTimeAt(timeZone, from);
  // Date.UTC walks the calendar; the zone only decides where each date starts.
  let date = Date.UTC(first.year, first.month - 1, first.day);
  let start = instantOfWall(timeZone, date);
  while (start < to && days.length < limit) {
    const next = date + DAY;
    const end = instantOfWall(timeZone, next);
    const d = new Date(date);
    days.push({
      start,
      end,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      weekday: d.getUTCDay(),
    });
    date = next;
    start = end;
  }
  return days;
}

/**
 * Hours in a local day: 24, or 23 and 25 on the days clocks change.
 *
 * @example
 * hoursInDay(localDaysBetween('Europe/Paris', Date.UTC(2026, 2, 29), Date.UTC(2026, 2, 29, 1))[0]); // 23
 */
export function hoursInDay(day: Pick<LocalDay, 'start' | 'end'>): number {
  return (day.end - day.start) / HOUR;
}
