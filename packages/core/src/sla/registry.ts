import { tandemError } from '../errors';
import { CALENDAR_24X7, type Calendar, compileCalendarSpec, createCalendar } from './calendar';
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
  return registryOf(calendars, createCalendar);
}

// One registry from calendars and specs, each spec compiled by `compile`; ids checked (E106).
function registryOf(
  calendars: readonly (Calendar | CalendarSpec)[],
  compile: (spec: CalendarSpec) => Calendar,
): CalendarRegistry {
  const registry = new Map<string, Calendar>([[CALENDAR_24X7.id, CALENDAR_24X7]]);
  calendars.forEach((item, index) => {
    const id = item.id;
    if (id === undefined || registry.has(id) || id === HOLDER_CALENDAR) {
      const why = id === undefined ? 'has no id' : `uses the id "${id}", which is taken`;
      throw tandemError('E106', `calendar ${index + 1} ${why}; give every calendar its own id.`);
    }
    registry.set(id, isCompiled(item) ? item : compile(item));
  });
  return registry;
}

/**
 * Calendars in any shape a host may hold them: a registry, a map or list of compiled calendars
 * or plain specs — or a registry that crossed a serialisation boundary (a server component's
 * props, `postMessage`, JSON) and arrived as a map or list of plain objects.
 *
 * @example
 * const source: CalendarSource = [{ id: 'office', timeZone: 'Europe/London', hours: { mon: [['09:00', '17:00']] } }];
 */
export type CalendarSource =
  | CalendarRegistry
  | ReadonlyMap<string, Calendar | CalendarSpec>
  | readonly (Calendar | CalendarSpec)[];

/**
 * A registry from any {@link CalendarSource}: specs are compiled, compiled calendars kept, and a
 * registry that is already one comes back as it is. The built-in `'24x7'` always wins over an
 * entry of that id (a serialised registry carries a copy of it). Specs are compiled with
 * {@link compileCalendarSpec}'s cheap check rather than the schema parser, so components that
 * accept specs do not ship zod. Throws `E101` for a malformed spec and `E106` for a taken id.
 *
 * @example
 * // In a client component, with calendars sent by a server component as plain specs:
 * const registry = useMemo(() => toCalendarRegistry(props.calendars), [props.calendars]);
 */
export function toCalendarRegistry(source: CalendarSource): CalendarRegistry {
  const items = Array.isArray(source)
    ? (source as readonly (Calendar | CalendarSpec)[])
    : [...(source as ReadonlyMap<string, Calendar | CalendarSpec>).values()];
  if (!Array.isArray(source) && items.every(isCompiled)) return source as CalendarRegistry;
  const own = items.filter((item) => item.id !== CALENDAR_24X7.id);
  return registryOf(own, compileCalendarSpec);
}

// A compiled calendar, or one that lost its tables on the way: `tablesOf` compiles it again.
function isCompiled(item: Calendar | CalendarSpec): item is Calendar {
  return 'spec' in item;
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
