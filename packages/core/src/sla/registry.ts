import { tandemError } from '../errors';
import { CALENDAR_24X7, type Calendar, createCalendar } from './calendar';
import type { CalendarSpec } from './calendar-spec';
import { HOLDER_CALENDAR } from './policy';

/**
 * Compiled calendars by id — the internal team's office hours, the MSP's 24/7 cover, a site's
 * local hours. Parties of the matrix name theirs with `calendarId`; `'24x7'` is always there.
 *
 * @example
 * const calendars: CalendarRegistry = createCalendarRegistry([officeSpec]);
 */
export type CalendarRegistry = ReadonlyMap<string, Calendar>;

/**
 * Builds a registry from specs (compiled here) and compiled calendars. Each needs a unique id;
 * `'24x7'` is built in and `'holder'` means the holder's calendar in policies, so neither can be
 * used. Throws `E106` otherwise.
 *
 * @example
 * const calendars = createCalendarRegistry([
 *   { id: 'office', timeZone: 'Europe/London', hours: { mon: [['09:00', '17:30']] } },
 * ]);
 * calendars.get('24x7') === CALENDAR_24X7; // true
 */
export function createCalendarRegistry(
  calendars: readonly (Calendar | CalendarSpec)[],
): CalendarRegistry {
  const registry = new Map<string, Calendar>([[CALENDAR_24X7.id, CALENDAR_24X7]]);
  calendars.forEach((item, index) => {
    const id = item.id;
    if (id === undefined || registry.has(id) || id === HOLDER_CALENDAR) {
      const why = id === undefined ? 'has no id' : `uses the id "${id}", which is taken`;
      throw tandemError('E106', `calendar ${index + 1} ${why}; give every calendar its own id.`);
    }
    registry.set(id, 'spec' in item ? item : createCalendar(item));
  });
  return registry;
}

/**
 * The calendar with an id; `'24x7'` resolves even without a registry. Throws `E107` for an id
 * the registry lacks (parse policies with the registry to report that as data instead).
 *
 * @example
 * calendarById(undefined, '24x7') === CALENDAR_24X7; // true
 */
export function calendarById(registry: CalendarRegistry | undefined, id: string): Calendar {
  const calendar = id === CALENDAR_24X7.id ? CALENDAR_24X7 : registry?.get(id);
  if (!calendar) {
    const known = [...(registry?.keys() ?? [CALENDAR_24X7.id])].join(', ');
    throw tandemError(
      'E107',
      `no calendar has the id "${id}"; known: ${known}. Add it to the registry.`,
    );
  }
  return calendar;
}
