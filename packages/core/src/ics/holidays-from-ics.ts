import type { Issue } from '../result';
import {
  CALENDAR_YEARS,
  type CalendarSpec,
  epochDayOf,
  type Holiday,
  type OpenHours,
  type Weekday,
} from '../sla/calendar-spec';
import { weekdayOfDay } from '../sla/recurring-holidays';
import { DAY, MINUTE, offsetAt, zoneFormatter } from '../sla/tz';
import { type IcsLoss, type IcsResult, icsFail } from './ics-result';
import { type Closure, hoursWithout } from './partial-day';
import { type IcsEvent, readIcsEvents, type Wall } from './read-events';

/**
 * How to read a holiday feed. `years` bounds the expansion of recurring events (both included;
 * by default the years the feed's events start in). `timeZone` and `hours` are the calendar's:
 * with them a timed event becomes a partial holiday (the day's hours minus the event), without
 * them it is reported lost; floating times are read in `timeZone`.
 *
 * @example
 * const options: IcsOptions = { years: [2026, 2030], timeZone: 'Europe/London', hours: { mon: [['09:00', '17:30']] } };
 */
export interface IcsOptions {
  readonly years?: readonly [from: number, to: number];
  readonly timeZone?: string;
  readonly hours?: CalendarSpec['hours'];
}

/** What the feed is read against: the options, plus a base calendar's own dated holidays. */
export interface IcsContext extends IcsOptions {
  readonly baseHours?: ReadonlyMap<number, readonly OpenHours[]>;
  readonly alsoYears?: readonly number[];
}

const DAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MAX_TEXT = 5_000_000;
const MAX_EVENT_DAYS = 366;

/** The instant of a wall-clock time in `zone` (the earlier one when a DST change repeats it). */
function instantOf(zone: string, wall: number): number {
  if (zone === 'UTC') return wall;
  const guess = wall - offsetAt(zone, wall);
  return wall - offsetAt(zone, guess);
}

function ymd(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function optionIssues(options: IcsContext): Issue[] {
  const issues: Issue[] = [];
  const { years, timeZone } = options;
  if (
    years !== undefined &&
    !(
      Array.isArray(years) &&
      years.length === 2 &&
      years.every(
        (y) => Number.isInteger(y) && y >= CALENDAR_YEARS.min && y <= CALENDAR_YEARS.max,
      ) &&
      years[0] <= years[1]
    )
  ) {
    const message = `Expected [from, to]: whole years, from ≤ to, within ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max}.`;
    issues.push({ path: ['years'], code: 'invalid_years', message });
  }
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !zoneFormatter(timeZone))) {
    const message = `"${String(timeZone)}" is not an IANA time zone this runtime knows.`;
    issues.push({ path: ['timeZone'], code: 'invalid_time_zone', message });
  }
  return issues;
}

/**
 * Reads a feed against a context: the core of {@link holidaysFromIcs} and `calendarFromIcs`.
 * Never throws.
 *
 * @example
 * readHolidays(text, { timeZone: 'UTC' });
 */
export function readHolidays(text: unknown, context: IcsContext): IcsResult<Holiday[]> {
  if (typeof text !== 'string') {
    return icsFail([{ path: [], code: 'invalid_type', message: 'Expected the iCalendar text.' }]);
  }
  if (text.length > MAX_TEXT) {
    const message = `The feed has ${text.length} characters; at most ${MAX_TEXT} are read.`;
    return icsFail([{ path: [], code: 'too_big', message }]);
  }
  const issues = optionIssues(context);
  if (issues.length > 0) return icsFail(issues);
  const lost: IcsLoss[] = [];
  let events: IcsEvent[];
  try {
    if (!/^BEGIN:VCALENDAR/im.test(text)) throw new Error('no BEGIN:VCALENDAR');
    events = readIcsEvents(text, context.years, context.alsoYears ?? [], lost);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return icsFail([
      { path: [], code: 'invalid_ics', message: `This is not iCalendar text (${reason}).` },
    ]);
  }
  const closed = new Map<number, string | undefined>();
  const cut = new Map<number, { name: string | undefined; closures: Closure[] }>();
  for (const event of events) {
    const where = { path: ['VEVENT', event.index], line: event.line };
    let reported = false;
    const report = (code: string, text: string) => {
      if (reported) return;
      reported = true;
      lost.push({ ...where, code, message: `line ${event.line}: ${text}` });
    };
    for (const occurrence of event.occurrences) {
      if (occurrence.kind === 'days') {
        if (occurrence.days > MAX_EVENT_DAYS) {
          report('too_long', `an event of ${occurrence.days} days; at most ${MAX_EVENT_DAYS}.`);
          continue;
        }
        for (let k = 0; k < occurrence.days; k++) {
          const day = occurrence.day + k;
          if (!closed.has(day)) closed.set(day, event.name);
        }
        continue;
      }
      const { timeZone, hours } = context;
      if (timeZone === undefined || hours === undefined) {
        report('timed_event', 'a timed event needs the calendar’s time zone and hours.');
        continue;
      }
      const span = closedSpan(occurrence.start, occurrence.end, timeZone);
      if (typeof span === 'string') {
        report(
          span === 'empty' ? 'empty_event' : 'invalid_time_zone',
          span === 'empty'
            ? 'it ends before it starts.'
            : `TZID "${span}" is not an IANA time zone this runtime knows.`,
        );
        continue;
      }
      const [from, to] = span;
      for (let day = Math.floor(from / DAY); day * DAY < to; day++) {
        const start = Math.max(0, Math.floor((from - day * DAY) / MINUTE));
        const end = Math.min(1440, Math.ceil((to - day * DAY) / MINUTE));
        if (start === 0 && end === 1440) {
          if (!closed.has(day)) closed.set(day, event.name);
          continue;
        }
        const entry = cut.get(day) ?? { name: event.name, closures: [] };
        entry.closures.push([start, end]);
        cut.set(day, entry);
      }
    }
  }
  const holidays = new Map<number, Holiday>();
  for (const [day, name] of closed)
    holidays.set(day, name ? { date: ymd(day), name } : { date: ymd(day) });
  // A closure can reach the day before's overnight shift: cut that day too.
  const cutDays = new Set([...cut.keys()].flatMap((day) => [day - 1, day]));
  for (const day of [...cutDays].sort((a, b) => a - b)) {
    if (closed.has(day)) continue;
    const own = cut.get(day)?.closures ?? [];
    const next = (cut.get(day + 1)?.closures ?? []).map(([s, e]): Closure => [s + 1440, e + 1440]);
    const before =
      context.baseHours?.get(day) ?? context.hours?.[DAYS[weekdayOfDay(day)] ?? 'sun'] ?? [];
    const after = hoursWithout(before, [...own, ...next]);
    const entry = cut.get(day) ?? cut.get(day + 1);
    if (!after) {
      const message = `${ymd(day)}: the closure leaves open time after midnight that this day's hours cannot hold.`;
      lost.push({ path: ['VEVENT'], line: 0, code: 'unrepresentable', message });
      continue;
    }
    if (after.length === before.length && after.every((pair, i) => pair === before[i])) continue;
    const name = entry?.name;
    holidays.set(day, {
      date: ymd(day),
      ...(name && { name }),
      ...(after.length > 0 && { hours: after }),
    });
  }
  const value = [...holidays.entries()].sort((a, b) => a[0] - b[0]).map(([, holiday]) => holiday);
  return { ok: true, value, report: { lost } };
}

/** The local wall-clock range a timed event closes, in the calendar's zone; or why not. */
function closedSpan(start: Wall, end: Wall, timeZone: string): [number, number] | string {
  const zone = start.zone ?? timeZone;
  if (zone !== 'UTC' && !zoneFormatter(zone)) return zone;
  const from = instantOf(zone, start.wall);
  const to = instantOf(end.zone ?? zone, end.wall);
  if (!(to > from)) return 'empty';
  return [from + offsetAt(timeZone, from), to + offsetAt(timeZone, to)];
}

/**
 * Holidays from an iCalendar (RFC 5545) feed — GOV.UK's bank holidays, OPM's federal holidays,
 * a PSA's export — as plain {@link Holiday}s for a {@link CalendarSpec}: each all-day event
 * closes its days (DTEND is exclusive; none means one day), named by its SUMMARY; a recurring
 * event is expanded over `options.years`; a timed event becomes a partial holiday when the
 * calendar's `timeZone` and `hours` are given. Two events on one day merge. Never throws: what
 * it could not carry over — cancelled events, timed events without hours, unknown TZIDs,
 * unreadable events — is in `report.lost` with its line.
 *
 * @example
 * const result = holidaysFromIcs(await (await fetch(feedUrl)).text());
 * if (result.ok) createCalendar({ ...office, holidays: result.value });
 */
export function holidaysFromIcs(text: unknown, options: IcsOptions = {}): IcsResult<Holiday[]> {
  try {
    return readHolidays(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return icsFail([
      { path: [], code: 'unreadable', message: `The feed could not be read (${reason}).` },
    ]);
  }
}

/**
 * The dated holidays of a spec by day, for cutting timed events out of their hours.
 *
 * @example
 * datedHours(spec).get(20_812); // [['08:00', '12:00']]
 */
export function datedHours(spec: CalendarSpec): Map<number, readonly OpenHours[]> {
  const map = new Map<number, readonly OpenHours[]>();
  for (const holiday of spec.holidays ?? []) {
    const date = typeof holiday === 'string' ? holiday : holiday.date;
    const day = epochDayOf(date);
    if (day !== undefined) map.set(day, typeof holiday === 'string' ? [] : (holiday.hours ?? []));
  }
  return map;
}
