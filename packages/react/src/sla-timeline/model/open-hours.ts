import { type Calendar, nextClose, nextOpen, startOfLocalDate } from '@tandem/core/sla';
import type { TimeRange } from './time-scale';

// What a calendar looks like over a visible range: its open stretches (asked of the core, so
// DST days, split and overnight shifts are exactly what the SLA clocks count) and its holidays.

/**
 * An open stretch `[from, to)` of a calendar, clipped to a range.
 *
 * @example
 * const stretch: OpenStretch = { from: Date.UTC(2026, 2, 2, 13), to: Date.UTC(2026, 2, 2, 22) };
 */
export interface OpenStretch {
  readonly from: number;
  readonly to: number;
}

/**
 * The open stretches of `calendar` within `range`, clipped to it; at most `limit` of them (a
 * 15-minute shift pattern over a year is more than a screen can show).
 *
 * @example
 * openStretches(office, { from: monday, to: friday }).length; // 4: one a day
 */
export function openStretches(calendar: Calendar, range: TimeRange, limit = 1000): OpenStretch[] {
  const stretches: OpenStretch[] = [];
  let t = range.from;
  while (t < range.to && stretches.length < limit) {
    const opens = nextOpen(calendar, t);
    if (!opens || +opens >= range.to) break;
    const closes = nextClose(calendar, opens);
    const end = closes ? Math.min(+closes, range.to) : range.to;
    stretches.push({ from: +opens, to: end });
    t = end;
  }
  return stretches;
}

/**
 * A holiday of a calendar on screen: the local day it covers, its name, and whether it has
 * (shortened) hours rather than being closed.
 *
 * @example
 * const holiday: HolidayMark = { date: '2026-11-26', name: 'Thanksgiving', from, to, closed: true };
 */
export interface HolidayMark {
  readonly date: string;
  readonly name?: string;
  readonly from: number;
  readonly to: number;
  readonly closed: boolean;
}

/**
 * The holidays of `calendar` whose local day overlaps `range`, in date order.
 *
 * @example
 * holidaysIn(office, { from, to }).map((h) => h.name); // ['Thanksgiving', 'Day after Thanksgiving']
 */
export function holidaysIn(calendar: Calendar, range: TimeRange): HolidayMark[] {
  const marks: HolidayMark[] = [];
  for (const holiday of calendar.spec.holidays ?? []) {
    const date = typeof holiday === 'string' ? holiday : holiday.date;
    const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
    // Local days start at most 14 h either side of UTC midnight: skip far dates cheaply.
    const utc = Date.UTC(y, m - 1, d);
    if (utc > range.to + 86_400_000 || utc + 2 * 86_400_000 < range.from) continue;
    const from = startOfLocalDate(calendar.timeZone, y, m, d);
    const to = startOfLocalDate(calendar.timeZone, y, m, d + 1);
    if (to <= range.from || from >= range.to) continue;
    const hours = typeof holiday === 'string' ? undefined : holiday.hours;
    const name = typeof holiday === 'string' ? undefined : holiday.name;
    marks.push({
      date,
      ...(name === undefined ? {} : { name }),
      from,
      to,
      closed: !hours || hours.length === 0,
    });
  }
  return marks.sort((a, b) => a.from - b.from);
}
