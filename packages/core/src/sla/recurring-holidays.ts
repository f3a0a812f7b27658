import type { OpenHours, Weekday } from './calendar-spec';

// Yearly holiday rules — a fixed date, or the nth / last weekday of a month — and where each
// lands in a given year, substitute days included. Plain arithmetic on days since 1970-01-01;
// calendars expand the rules a year at a time, when that year is first used.

/**
 * The nth (1–5) or, counted from the end, the last (-1) to fifth-last (-5) weekday of a month.
 *
 * @example
 * const thanksgiving: NthWeekday = { month: 11, weekday: 'thu', nth: 4 };
 * const memorialDay: NthWeekday = { month: 5, weekday: 'mon', nth: -1 };
 */
export interface NthWeekday {
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly weekday: Weekday;
  readonly nth: number;
}

/**
 * How a holiday that falls on a weekend gives a weekday off as well (the weekend day stays a
 * holiday too). `'nearest-weekday'`: Saturday → the Friday before, Sunday → the Monday after
 * (US federal holidays). `'next-weekday'`: Saturday or Sunday → the next weekday that is not
 * already a holiday of the same year (UK substitute days: Christmas on a Saturday gives Monday,
 * Boxing Day on the Sunday then gives Tuesday).
 *
 * @example
 * const rule: ObservedRule = 'nearest-weekday';
 */
export type ObservedRule = 'nearest-weekday' | 'next-weekday';

/**
 * A holiday every year: on a date `'MM-DD'` (`'02-29'` only in leap years) or on the nth weekday
 * of a month, optionally with a substitute weekday when it falls on a weekend, optionally only
 * from / until a year (both included). Like a dated {@link Holiday}, it closes the day unless it
 * gives `hours`. A dated holiday on the same day wins over a rule; of two rules on one day, the
 * first listed wins.
 *
 * @example
 * const christmas: RecurringHoliday = { yearly: '12-25', name: 'Christmas Day', observed: 'nearest-weekday' };
 * const thanksgiving: RecurringHoliday = { yearly: { month: 11, weekday: 'thu', nth: 4 }, name: 'Thanksgiving' };
 */
export interface RecurringHoliday {
  readonly yearly: string | NthWeekday;
  readonly name?: string;
  readonly hours?: readonly OpenHours[];
  readonly observed?: ObservedRule;
  readonly from?: number;
  readonly until?: number;
}

const DAY = 86_400_000;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * The weekday of a day since 1970-01-01, 0 = Sunday.
 *
 * @example
 * weekdayOfDay(0); // 4: 1970-01-01 was a Thursday
 */
export function weekdayOfDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/**
 * The UTC year of a day since 1970-01-01.
 *
 * @example
 * yearOfDay(0); // 1970
 */
export function yearOfDay(epochDay: number): number {
  return new Date(epochDay * DAY).getUTCFullYear();
}

/**
 * The day (since 1970-01-01) a rule's holiday itself falls on in `year`, before any substitute,
 * or `undefined` when it has none that year (outside `from`–`until`, a 29 February in a common
 * year, a fifth Monday a month does not have).
 *
 * @example
 * recurringDayOf({ yearly: { month: 11, weekday: 'thu', nth: 4 } }, 2026); // 2026-11-26, in days
 */
export function recurringDayOf(rule: RecurringHoliday, year: number): number | undefined {
  if (
    (rule.from !== undefined && year < rule.from) ||
    (rule.until !== undefined && year > rule.until)
  )
    return undefined;
  const { yearly } = rule;
  if (typeof yearly === 'string') {
    const month = Number(yearly.slice(0, 2));
    const date = Number(yearly.slice(3, 5));
    const day = Date.UTC(year, month - 1, date) / DAY;
    // 02-29 rolls over to 1 March in a common year: no holiday then.
    return new Date(day * DAY).getUTCDate() === date ? day : undefined;
  }
  const first = Date.UTC(year, yearly.month - 1, 1) / DAY;
  const next = Date.UTC(year, yearly.month, 1) / DAY;
  const target = WEEKDAYS.indexOf(yearly.weekday);
  const day =
    yearly.nth > 0
      ? first + ((target - weekdayOfDay(first) + 7) % 7) + (yearly.nth - 1) * 7
      : next - 1 - ((weekdayOfDay(next - 1) - target + 7) % 7) + (yearly.nth + 1) * 7;
  return day >= first && day < next ? day : undefined;
}

/**
 * Where the rules' holidays land in `year`, as `[day, rule index]` in rule order, each rule's own
 * day before its substitute (a day may appear twice; the first entry, the earlier rule, wins).
 * Substitutes step past the rules' own days, not the other way round. A substitute may fall in
 * the next or previous year (New Year's Day on a Saturday → 31 December).
 *
 * @example
 * recurringDaysOfYear([{ yearly: '12-25', observed: 'next-weekday' }], 2027); // Sat 25, Mon 27 December
 */
export function recurringDaysOfYear(
  rules: readonly RecurringHoliday[],
  year: number,
): [day: number, index: number][] {
  const placed: [number, number][] = [];
  const taken = new Set<number>();
  rules.forEach((rule, index) => {
    const day = recurringDayOf(rule, year);
    if (day === undefined) return;
    placed.push([day, index]);
    taken.add(day);
  });
  for (const [day, index] of placed.slice()) {
    const observed = rules[index]?.observed;
    const weekday = weekdayOfDay(day);
    if (!observed || (weekday !== 0 && weekday !== 6)) continue;
    let substitute: number;
    if (observed === 'nearest-weekday') substitute = weekday === 6 ? day - 1 : day + 1;
    else {
      substitute = day + (weekday === 6 ? 2 : 1);
      while (taken.has(substitute) || weekdayOfDay(substitute) % 6 === 0) substitute++;
    }
    placed.push([substitute, index]);
    taken.add(substitute);
  }
  // Rule order decides which of two rules landing on one day holds it; sort is stable.
  return placed.sort((a, b) => a[1] - b[1]);
}
