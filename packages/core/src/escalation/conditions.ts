import { isOpen } from '../sla/business-time';
import type { Calendar } from '../sla/calendar';
import { tablesOf } from '../sla/calendar';
import { holidayHours } from '../sla/chunk';
import { DAY, wallTimeAt } from '../sla/tz';
import type { TransitionCondition } from './model';

// Transition conditions judged at an instant, on the SLA engine's calendars: one reading for
// the simulation and the checks.

/**
 * Finds the calendar a condition or hold names: `calendarId`, else `partyId`'s, else the
 * holder's. `undefined` when it cannot be known (the checks do not always know the holder).
 */
export type CalendarOfWho = (who: {
  readonly partyId?: string;
  readonly calendarId?: string;
}) => Calendar | undefined;

/**
 * Whether instant `at` falls on a holiday of the calendar (a dated one or a yearly rule's), by
 * the local date in the calendar's time zone.
 *
 * @example
 * onHoliday(office, Date.UTC(2026, 11, 25, 12)); // true when 2026-12-25 is listed
 */
export function onHoliday(calendar: Calendar, at: number): boolean {
  const wall = wallTimeAt(calendar.timeZone, at);
  const day = Date.UTC(wall.year, wall.month - 1, wall.day) / DAY;
  return holidayHours(tablesOf(calendar), day) !== undefined;
}

/**
 * Whether every condition holds at `at`: `true`, `false`, or `undefined` when one of them
 * cannot be judged (its calendar is unknown) and none is false.
 *
 * @example
 * conditionsHold([{ kind: 'hours', open: false }], at, () => office, 'P1'); // true at night
 */
export function conditionsHold(
  conditions: readonly TransitionCondition[] | undefined,
  at: number,
  calendarOf: CalendarOfWho,
  priority: string | undefined,
): boolean | undefined {
  let known = true;
  for (const condition of conditions ?? []) {
    if (condition.kind === 'priority') {
      if (priority === undefined || !condition.priorities.includes(priority)) return false;
      continue;
    }
    const calendar = calendarOf(condition);
    if (!calendar) {
      known = false;
      continue;
    }
    const now =
      condition.kind === 'hours'
        ? isOpen(calendar, at) === condition.open
        : onHoliday(calendar, at) === condition.holiday;
    if (!now) return false;
  }
  return known ? true : undefined;
}
