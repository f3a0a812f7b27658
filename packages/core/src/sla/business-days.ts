import { tandemError } from '../errors';
import { type Instant, isOpen, msOf, openFrom } from './business-time';
import { type Calendar, tablesOf } from './calendar';
import { CALENDAR_YEARS } from './calendar-spec';
import { chunkAt, chunkOfYear, hoursOfDay, locate, type Tables } from './chunk';
import { yearOfDay } from './recurring-holidays';
import { DAY, offsetSpans } from './tz';

// Whole business days: a day is open when its own hours (a holiday's, else its weekday's) have
// any interval; days are local dates in the calendar's zone.

/** The offset span of `zone` holding instant `t`: its offset and where the next one starts. */
function spanAt(zone: string, t: number): { offset: number; end: number } {
  const { at, offset } = offsetSpans(zone, new Date(t).getUTCFullYear());
  let s = 0;
  while (s + 1 < at.length && (at[s + 1] as number) <= t) s++;
  return { offset: offset[s] as number, end: at[s + 1] ?? Number.POSITIVE_INFINITY };
}

/** Local wall-clock ms (local time read as UTC) of instant `t`. */
function wallOf(zone: string, t: number): number {
  return t + spanAt(zone, t).offset;
}

/**
 * The instants whose wall-clock time is `wall`: the earlier of two when a DST change repeats it,
 * the end of the gap when a change skips it.
 */
function instantOf(zone: string, wall: number): number {
  const { at, offset } = offsetSpans(zone, new Date(wall).getUTCFullYear());
  for (let s = 0; s < at.length; s++) {
    const t = wall - (offset[s] as number);
    const end = at[s + 1] ?? Number.POSITIVE_INFINITY;
    if (t >= (at[s] as number) && t < end) return t;
    // Past this span's end under its offset, before the next span's start under the next one.
    if (t >= end && wall - (offset[s + 1] as number) < end) return end;
  }
  return wall - (offset[offset.length - 1] as number);
}

function checkDays(days: number): void {
  if (!Number.isInteger(days)) {
    throw tandemError('E103', `expected a whole number of business days, got ${String(days)}.`);
  }
}

function checkYear(day: number): void {
  const year = yearOfDay(day);
  if (!(year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max)) {
    throw tandemError(
      'E104',
      `business days are counted in the years ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max}; ${year} is outside. Check the instant or the number of days.`,
    );
  }
}

const isOpenDay = (tables: Tables, day: number) => hoursOfDay(tables, day).length > 0;

/** The `n`th open local day after (before, for negative `n`) `day`. */
function stepOpenDays(tables: Tables, day: number, n: number): number {
  const step = n > 0 ? 1 : -1;
  // A week without hours has open days only on holidays: stop a year past the last (or first).
  const [first, last] = tables.holidayYears;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    checkYear(day);
    if (tables.weekOpen === 0) {
      const year = yearOfDay(day);
      if (year > last + 1 || year < first - 1) {
        throw tandemError(
          'E105',
          `the calendar has fewer than ${Math.abs(n)} open days ${n > 0 ? 'after' : 'before'} the start: its week has no open hours, only some holidays do. Give it weekly hours.`,
        );
      }
    }
    if (isOpenDay(tables, day)) left--;
  }
  return day;
}

/**
 * The deadline `days` whole business days from `start`, the rule most business-day libraries
 * share (date-fns `addBusinessDays`, moment-business-days, Zendesk's biz):
 *
 * - An **open day** is a local date in the calendar's zone whose own hours — a holiday's if it is
 *   one, else its weekday's — have any interval; weekends and closed holidays are not open days.
 *   An overnight shift belongs to the day it starts on.
 * - The deadline falls on the `days`th open day after the start's local date; the start's own
 *   date never counts, open or not. So Friday + 1 and Saturday + 1 are both Monday; `0` returns
 *   `start` unchanged. Negative `days` go back the same way: Monday − 1 and Saturday − 1 are
 *   Friday.
 * - On that day, it keeps the start's **wall-clock time** (not its UTC time, so a DST change in
 *   between moves nothing: 10:00 stays 10:00). When the calendar is closed at that time, it moves
 *   back to the last closing on that date before it — after hours, the end of that day; in a
 *   split shift's break, the end of the morning — and, when that date has not opened yet, forward
 *   to its first opening. Either way the deadline is the same business time as the wall-clock
 *   one, so a ticket logged at 06:00 or 20:00 gets exactly a working day per day.
 * - A wall time that a DST change skips means the instant the clocks jump to; one it repeats
 *   means its first occurrence.
 *
 * (Ruby's business_time instead first moves a start on a closed day to the next open day, making
 * Saturday + 1 Tuesday.) Throws `E103` for a non-integer `days` or an invalid start, `E104` past
 * the calendar's years and `E105` when a week without hours runs out of open holidays.
 *
 * @example
 * // Friday 15:00 New York + 1 business day → Monday 15:00; + 3 with Wednesday a holiday → Thursday
 * addBusinessDays(office, new Date('2026-03-13T15:00:00-04:00'), 1); // 2026-03-16T19:00:00Z
 */
export function addBusinessDays(calendar: Calendar, start: Instant, days: number): Date {
  const tables = tablesOf(calendar);
  const t = msOf(start);
  checkDays(days);
  if (days === 0) return new Date(t);
  const wall = wallOf(tables.zone, t);
  const startDay = Math.floor(wall / DAY);
  const day = stepOpenDays(tables, startDay, days);
  const target = instantOf(tables.zone, day * DAY + (wall - startDay * DAY));
  if (isOpen(calendar, target)) return new Date(target);
  // Closed then: the last closing on that date before the target, else its next opening. Both
  // come from the calendar's own open intervals, so a DST change that repeats an hour (and so
  // opens it twice) moves the deadline to the closing that really comes last.
  const close = lastCloseAtOrBefore(tables, target);
  if (close !== undefined && close > instantOf(tables.zone, day * DAY)) return new Date(close);
  const open = openFrom(tables, target);
  if (open !== undefined && open < instantOf(tables.zone, (day + 1) * DAY)) return new Date(open);
  return new Date(target); // the day's hours all fall in a DST gap
}

/** The end of the last open interval ending at or before `t`, or `undefined` before the first. */
function lastCloseAtOrBefore(tables: Tables, t: number): number | undefined {
  let chunk = chunkAt(tables, t);
  let i = locate(chunk, t) - 1;
  // Nothing ends in this UTC year by `t`: the year before's last interval does (one cut at the
  // new year is no closing only if this year opens at once, and then `t` would be open).
  if (i < 0 && chunk.year > CALENDAR_YEARS.min) {
    chunk = chunkOfYear(tables, chunk.year - 1);
    i = chunk.n - 1;
  }
  return i >= 0 ? (chunk.ends[i] as number) : undefined;
}

/**
 * Whole business days from `a` to `b`: the open days passed moving from `a`'s local date to
 * `b`'s, counting the day arrived at but not the day left — negative when `b` is earlier. Times
 * of day do not matter. It is the inverse of {@link addBusinessDays}:
 * `businessDaysBetween(c, a, addBusinessDays(c, a, n)) === n` for every `n`. Friday → Monday is
 * 1, Saturday → Monday 1, Monday → Saturday 4 and Monday → Friday the week before −1. Going back
 * counts the earlier date, so Saturday → Friday is −1 while Friday → Saturday is 0.
 *
 * @example
 * businessDaysBetween(office, new Date('2026-03-13T15:00:00-04:00'), new Date('2026-03-16T09:00:00-04:00')); // 1
 */
export function businessDaysBetween(calendar: Calendar, a: Instant, b: Instant): number {
  const tables = tablesOf(calendar);
  const from = Math.floor(wallOf(tables.zone, msOf(a)) / DAY);
  const to = Math.floor(wallOf(tables.zone, msOf(b)) / DAY);
  checkYear(from);
  checkYear(to);
  let count = 0;
  if (from <= to) for (let d = from + 1; d <= to; d++) count += isOpenDay(tables, d) ? 1 : 0;
  else for (let d = to; d < from; d++) count -= isOpenDay(tables, d) ? 1 : 0;
  return count;
}
