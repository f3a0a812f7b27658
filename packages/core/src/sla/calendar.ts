import { tandemError } from '../errors';
import { formatPath } from '../result';
import {
  type CalendarSpec,
  epochDayOf,
  minutesOf,
  type OpenHours,
  parseCalendar,
  type Weekday,
} from './calendar-spec';
import { NO_CHUNK, type Tables } from './chunk';

/**
 * A compiled calendar: its spec plus tables of open time, built lazily a year at a time and
 * kept inside (out of sight and out of JSON). Make one with {@link createCalendar}; store and send
 * the `spec`, which is plain JSON.
 *
 * @example
 * const office: Calendar = createCalendar({ id: 'office', timeZone: 'Europe/Paris', hours: { mon: [['09:00', '17:00']] } });
 * office.id; // 'office'
 */
export interface Calendar {
  readonly id: string;
  readonly timeZone: string;
  readonly spec: CalendarSpec;
}

const TABLES = Symbol('tandem.calendar');
interface Compiled extends Calendar {
  readonly [TABLES]: Tables;
}

const DAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Compiles a calendar spec. Throws `E101` with every problem when the spec is invalid (a
 * programmer error: untrusted specs go through `parseCalendar` first). Compiling is cheap; the
 * open intervals of a year are worked out the first time that year is used.
 *
 * Semantics: hours are local wall-clock time in `timeZone`, `[start, end)`, to the minute; an
 * end before the start runs past midnight and belongs to the starting day (a holiday on that day
 * cancels the whole shift); overlapping intervals merge; a holiday replaces its
 * date's hours; a wall time a DST change skips is closed, one it repeats is open both times.
 *
 * @example
 * const office = createCalendar({
 *   id: 'office',
 *   timeZone: 'America/New_York',
 *   hours: { mon: [['08:00', '17:00']], tue: [['08:00', '12:00'], ['13:00', '17:00']] },
 *   holidays: ['2026-12-25', { date: '2026-11-27', hours: [['08:00', '12:00']] }],
 * });
 */
export function createCalendar(input: CalendarSpec): Calendar {
  const parsed = parseCalendar(input);
  if (!parsed.ok) {
    const problems = parsed.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join(' ');
    throw tandemError('E101', `invalid calendar spec. ${problems} Fix the spec or parse it first.`);
  }
  // The parsed copy: later edits to the caller's object cannot get out of step with the tables.
  return compileCalendar(parsed.value);
}

/**
 * Compiles a spec that the host's own code hands over — a component's `calendars` prop, a
 * calendar its server sent — without the schema parser, so components that accept specs do not
 * ship zod. The check is cheap: the zone, each weekday's intervals, each holiday's date. Throws
 * `E101` naming the first problem; untrusted specs go through `parseCalendar` first.
 *
 * @example
 * const office = compileCalendarSpec({ id: 'office', timeZone: 'Europe/London', hours: { mon: [['09:00', '17:00']] } });
 */
export function compileCalendarSpec(spec: CalendarSpec): Calendar {
  const problem = specProblem(spec);
  if (problem) throw tandemError('E101', `invalid calendar spec. ${problem}`);
  return compileCalendar(spec);
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const isHours = (hours: unknown): boolean =>
  Array.isArray(hours) &&
  hours.every((h) => Array.isArray(h) && h.length === 2 && h.every((t) => TIME.test(String(t))));

function specProblem(spec: CalendarSpec): string | undefined {
  if (!spec || typeof spec !== 'object') return 'A calendar spec is an object.';
  try {
    new Intl.DateTimeFormat('en', { timeZone: spec.timeZone });
  } catch {
    return `timeZone: "${String(spec.timeZone)}" is not an IANA time zone.`;
  }
  if (!spec.hours || typeof spec.hours !== 'object') return 'hours: expected hours per weekday.';
  for (const [day, hours] of Object.entries(spec.hours)) {
    if (!DAYS.includes(day as Weekday) || !isHours(hours)) {
      return `hours.${day}: expected a weekday's [["HH:MM", "HH:MM"], …].`;
    }
  }
  for (const [index, holiday] of (spec.holidays ?? []).entries()) {
    const date = typeof holiday === 'string' ? holiday : holiday?.date;
    const hours = typeof holiday === 'string' ? [] : (holiday?.hours ?? []);
    if (typeof date !== 'string' || epochDayOf(date) === undefined || !isHours(hours)) {
      return `holidays.${index}: expected "YYYY-MM-DD" or { date, hours }.`;
    }
  }
  if (spec.recurringHolidays !== undefined && !Array.isArray(spec.recurringHolidays)) {
    return 'recurringHolidays: expected a list of yearly rules.';
  }
  return undefined;
}

// Builds the tables of a spec already known to be valid: `createCalendar` after parsing, and the
// built-in calendars, whose literal specs need no parser (so hosts that only use those never
// load zod).
function compileCalendar(spec: CalendarSpec): Calendar {
  const week = DAYS.map((day) => flatten(spec.hours[day] ?? []));
  const holidays = new Map<number, readonly number[]>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const holiday of spec.holidays ?? []) {
    const date = typeof holiday === 'string' ? holiday : holiday.date;
    const year = Number(date.slice(0, 4));
    first = Math.min(first, year);
    last = Math.max(last, year);
    holidays.set(
      epochDayOf(date) ?? 0,
      flatten(typeof holiday === 'string' ? [] : (holiday.hours ?? [])),
    );
  }
  const rules = spec.recurringHolidays ?? [];
  const weekOpen = weekOpenMinutes(week);
  // Searches for open time in a week without hours (or closed time in a 24/7 week) stop after the
  // last holiday; a yearly rule that opens (or closes) a day has no last one.
  const endless = rules.some((rule) => {
    const open = flatten(rule.hours ?? []);
    return weekOpen === 0 ? open.length > 0 : !(open[0] === 0 && open[1] === 1440);
  });
  if (endless) {
    first = Number.NEGATIVE_INFINITY;
    last = Number.POSITIVE_INFINITY;
  }
  const tables: Tables = {
    zone: spec.timeZone,
    week,
    holidays,
    weekOpen,
    alwaysOpen: weekOpen === 7 * 1440,
    holidayYears: [first, last],
    chunks: new Map(),
    last: NO_CHUNK,
    ...(rules.length > 0 && {
      recurring: {
        rules,
        hours: rules.map((rule) => flatten(rule.hours ?? [])),
        days: new Map(),
        years: new Set(),
      },
    }),
  };
  const calendar: Compiled = {
    id: spec.id ?? 'calendar',
    timeZone: spec.timeZone,
    spec,
    [TABLES]: tables,
  };
  return calendar;
}

/**
 * The tables inside a compiled calendar. A calendar that lost its tables on the way — sent from a
 * server component to a client one, or through `structuredClone` or JSON, it keeps only `id`,
 * `timeZone` and `spec` — is compiled again from its spec, once. Throws `E102` for a bare spec
 * or anything else that is not a calendar.
 *
 * @example
 * tablesOf(CALENDAR_24X7).alwaysOpen; // true
 * tablesOf(JSON.parse(JSON.stringify(office))); // the same tables, recompiled from the spec
 */
export function tablesOf(calendar: Calendar): Tables {
  if (calendar === null || typeof calendar !== 'object') {
    throw tandemError('E102', notACalendar(calendar));
  }
  const tables = (calendar as Partial<Compiled>)[TABLES] ?? recompiled.get(calendar);
  if (tables) return tables;
  const spec = (calendar as Partial<Calendar>).spec;
  // The spec was parsed when the calendar was first compiled: compile it again without the
  // parser, so that code which only computes with calendars never loads zod.
  if (spec && typeof spec === 'object' && typeof spec.timeZone === 'string' && spec.hours) {
    const again = tablesOf(compileCalendar(spec));
    recompiled.set(calendar, again);
    return again;
  }
  throw tandemError('E102', notACalendar(calendar));
}

// Tables of calendars that arrived without them, by the object that arrived: compiled once.
const recompiled = new WeakMap<object, Tables>();

function notACalendar(value: unknown): string {
  if (value && typeof value === 'object' && 'hours' in value) {
    return 'expected a compiled calendar, got a calendar spec (hours, but no tables). Compile it with createCalendar(spec), or pass specs to createCalendarRegistry([...]).';
  }
  const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  return `expected a calendar made by createCalendar(spec), got ${what}.`;
}

// A literal spec, so that bundlers can drop the whole calendar when it is not imported.
const ALL_DAY: OpenHours[] = [['00:00', '24:00']];

/**
 * The built-in always-open calendar, id `'24x7'`: the coverage of an MSP NOC, or a P1 clock.
 *
 * @example
 * addBusinessTime(CALENDAR_24X7, Date.UTC(2026, 0, 1), 90); // 01:30 UTC
 */
export const CALENDAR_24X7: Calendar = /* @__PURE__ */ compileCalendar({
  id: '24x7',
  name: '24/7',
  timeZone: 'UTC',
  hours: {
    mon: ALL_DAY,
    tue: ALL_DAY,
    wed: ALL_DAY,
    thu: ALL_DAY,
    fri: ALL_DAY,
    sat: ALL_DAY,
    sun: ALL_DAY,
  },
});

/** `[['22:00','06:00']]` → `[1320, 1800]`: minutes after midnight, overnight ends past 1440. */
function flatten(hours: readonly OpenHours[]): number[] {
  return hours.flatMap(([start, end]) => {
    const s = minutesOf(start);
    const e = minutesOf(end);
    return [s, e <= s ? e + 1440 : e];
  });
}

/** Open minutes in a week of wall time, overlaps counted once (the union of all intervals). */
function weekOpenMinutes(week: readonly (readonly number[])[]): number {
  const weekLength = 7 * 1440;
  const spans: [number, number][] = [];
  week.forEach((hours, day) => {
    for (let k = 0; k + 1 < hours.length; k += 2) {
      const s = day * 1440 + (hours[k] as number);
      const e = day * 1440 + (hours[k + 1] as number);
      // Saturday's night shift wraps round to Sunday morning.
      if (e > weekLength) spans.push([s, weekLength], [0, e - weekLength]);
      else spans.push([s, e]);
    }
  });
  spans.sort((a, b) => a[0] - b[0]);
  let open = 0;
  let reached = 0;
  for (const [s, e] of spans) {
    if (e > reached) open += e - Math.max(s, reached);
    reached = Math.max(reached, e);
  }
  return open;
}
