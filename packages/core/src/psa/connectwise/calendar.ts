import * as z from 'zod/mini';
import { built } from '../../pure';
import type { Issue } from '../../result';
import type { CalendarSpec, Holiday, OpenHours, Weekday } from '../../sla/calendar-spec';
import { zoneFormatter } from '../../sla/tz';
import {
  failed,
  guarded,
  newReport,
  type PsaResult,
  type ReportBuilder,
  readBoth,
} from '../report';
import { connectwiseTimeZone } from './time-zone';

const DAYS = [
  ['monday', 'mon'],
  ['tuesday', 'tue'],
  ['wednesday', 'wed'],
  ['thursday', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
  ['sunday', 'sun'],
] as const;

const time = /* @__PURE__ */ built(() => z.optional(z.nullable(z.string().check(z.maxLength(40)))));
const calendarSchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.union([z.number(), z.string()]),
    name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    mondayStartTime: time,
    mondayEndTime: time,
    tuesdayStartTime: time,
    tuesdayEndTime: time,
    wednesdayStartTime: time,
    wednesdayEndTime: time,
    thursdayStartTime: time,
    thursdayEndTime: time,
    fridayStartTime: time,
    fridayEndTime: time,
    saturdayStartTime: time,
    saturdayEndTime: time,
    sundayStartTime: time,
    sundayEndTime: time,
  }),
);
const holidaysSchema = /* @__PURE__ */ built(() =>
  z
    .array(
      z.object({
        name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
        allDayFlag: z.optional(z.nullable(z.boolean())),
        date: time,
        dateStart: time,
        timeStart: time,
        timeEnd: time,
      }),
    )
    .check(z.maxLength(20_000)),
);

/**
 * The zone of a ConnectWise calendar, which has none of its own: an IANA `timeZone`, or the
 * `timeZoneName` of the company or location it serves (`"GMT-5/Eastern Time: US & Canada"`).
 * The IANA zone wins when both are given.
 *
 * @example
 * const options: ConnectWiseCalendarOptions = { timeZoneName: company.timeZoneSetup.name };
 */
export interface ConnectWiseCalendarOptions {
  readonly timeZone?: string;
  readonly timeZoneName?: string;
}

/**
 * Converts a ConnectWise calendar (`GET /schedule/calendars/{id}`: one start and end time per
 * weekday, `null` or missing for a closed day) and its holiday list's holidays
 * (`GET /schedule/holidayLists/{id}/holidays`) into a {@link CalendarSpec} with the id
 * `connectwise-calendar-<id>`. Never throws.
 *
 * ConnectWise keeps no zone on calendars, so the zone comes from the options; without one (or
 * with a ConnectWise name that maps to no IANA zone) the result is an issue, never a guess. An
 * all-day holiday closes its date; one with `timeStart`–`timeEnd` closes those hours of that
 * day's usual hours. An end of `23:59` is read as midnight and reported. Holidays on the same
 * date merge (identical ones are reported in `lost`).
 *
 * @example
 * const result = calendarFromConnectWise(calendarJson, holidaysJson, { timeZoneName: 'GMT-5/Eastern Time: US & Canada' });
 * if (result.ok) createCalendarRegistry([result.value]);
 */
export function calendarFromConnectWise(
  calendar: unknown,
  holidays: unknown,
  options: ConnectWiseCalendarOptions = {},
): PsaResult<CalendarSpec> {
  return guarded(() => {
    const read = readBoth(
      calendarSchema,
      calendar,
      'calendar',
      holidaysSchema,
      holidays ?? [],
      'holidays',
    );
    if (!read.ok) return read;
    const c = { data: read.a };
    const h = { data: read.b };
    const issues: Issue[] = [];
    const report = newReport();
    const timeZone = zoneOf(options, report, issues);
    const hours: { [day in Weekday]?: OpenHours[] } = {};
    for (const [long, short] of DAYS) {
      const start = c.data[`${long}StartTime`];
      const end = c.data[`${long}EndTime`];
      const path = ['calendar', `${long}StartTime`];
      if (start == null && end == null) {
        hours[short] = [];
        continue;
      }
      const interval = intervalOf(start, end, path, issues, report);
      hours[short] = interval ? [interval] : [];
    }
    const byDate = new Map<string, { name?: string; closed: OpenHours[] | 'all'; index: number }>();
    h.data.forEach((holiday, index) => {
      const path = ['holidays', index];
      const date = (holiday.date ?? holiday.dateStart ?? '').slice(0, 10);
      if (!/^\d{4}-\d\d-\d\d$/.test(date)) {
        issues.push({
          path: [...path, 'date'],
          code: 'invalid_date',
          message: `Holiday ${index} has no date "YYYY-MM-DD".`,
        });
        return;
      }
      const allDay = holiday.allDayFlag !== false;
      const closed = allDay
        ? 'all'
        : intervalOf(holiday.timeStart, holiday.timeEnd, [...path, 'timeStart'], issues, report);
      if (closed === undefined) return;
      const name = holiday.name?.trim();
      const before = byDate.get(date);
      if (!before) {
        byDate.set(date, {
          ...(name ? { name } : {}),
          closed: closed === 'all' ? 'all' : [closed],
          index,
        });
        return;
      }
      const same =
        JSON.stringify(before.closed) === JSON.stringify(closed === 'all' ? 'all' : [closed]);
      report.lost.push({
        path,
        message: same
          ? `Holiday ${index} repeats holiday ${before.index} on ${date}; merged.`
          : `Holiday ${index} is a second holiday on ${date} (as holiday ${before.index}); their closed hours are combined.`,
      });
      if (closed === 'all') before.closed = 'all';
      else if (before.closed !== 'all' && !same) before.closed.push(closed);
    });
    if (issues.length > 0 || timeZone === undefined) return failed(issues);
    const out: Holiday[] = [];
    for (const [date, holiday] of [...byDate].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const name = holiday.name ? { name: holiday.name } : {};
      if (holiday.closed === 'all') {
        out.push({ date, ...name });
        continue;
      }
      const weekday = DAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]?.[1] ?? 'mon';
      const open = subtract(hours[weekday] ?? [], holiday.closed);
      out.push(open.length > 0 ? { date, ...name, hours: open } : { date, ...name });
    }
    const label = c.data.name?.trim();
    const spec: CalendarSpec = {
      id: `connectwise-calendar-${c.data.id}`,
      ...(label ? { name: label } : {}),
      timeZone,
      hours,
      ...(out.length > 0 ? { holidays: out } : {}),
    };
    return { ok: true, value: spec, report };
  });
}

function zoneOf(options: ConnectWiseCalendarOptions, report: ReportBuilder, issues: Issue[]) {
  if (options.timeZone !== undefined) {
    if (zoneFormatter(options.timeZone)) return options.timeZone;
    issues.push({
      path: ['options', 'timeZone'],
      code: 'invalid_time_zone',
      message: `"${options.timeZone}" is not an IANA time zone.`,
    });
    return undefined;
  }
  if (options.timeZoneName !== undefined) {
    const read = connectwiseTimeZone(options.timeZoneName);
    if (read.ok) {
      report.inferred.push({
        path: ['options', 'timeZoneName'],
        message: `The calendar's zone is ${read.timeZone}, read from "${options.timeZoneName}".`,
      });
      return read.timeZone;
    }
    issues.push({
      path: ['options', 'timeZoneName'],
      code: 'unknown_time_zone',
      message: read.message,
    });
    return undefined;
  }
  issues.push({
    path: ['options'],
    code: 'no_time_zone',
    message:
      "ConnectWise calendars have no zone; pass timeZone or the company's timeZoneSetup name.",
  });
  return undefined;
}

function intervalOf(
  start: string | null | undefined,
  end: string | null | undefined,
  path: (string | number)[],
  issues: Issue[],
  report: ReportBuilder,
): OpenHours | undefined {
  const a = hhmm(start);
  let b = hhmm(end);
  if (a === undefined || b === undefined) {
    issues.push({
      path,
      code: 'invalid_time',
      message: `Expected start and end times "HH:MM[:SS]", got "${start}"–"${end}".`,
    });
    return undefined;
  }
  if (b === '23:59') {
    report.inferred.push({ path, message: 'An end of 23:59 is read as midnight (24:00).' });
    b = '24:00';
  }
  if (a === b) {
    report.lost.push({ path, message: `${a}–${b} is empty; the day is taken as closed.` });
    return undefined;
  }
  return [a, b];
}

// "08:00:00", "8:00", or a date-time whose time part is local ("1900-01-01T08:00:00").
function hhmm(text: string | null | undefined): string | undefined {
  const m = /(?:^|T)(\d{1,2}):(\d\d)(?::\d\d(?:\.\d+)?)?Z?$/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const text = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Open hours less closed ones (same-day intervals; an overnight open interval is kept whole). */
function subtract(open: readonly OpenHours[], closed: readonly OpenHours[]): OpenHours[] {
  let pieces: [number, number][] = open.map(([a, b]) => [minutes(a), minutes(b)]);
  for (const [ca, cb] of closed) {
    const x = minutes(ca);
    const y = minutes(cb);
    pieces = pieces.flatMap(([a, b]): [number, number][] =>
      b <= a || y <= a || x >= b
        ? [[a, b]]
        : (
            [
              [a, Math.min(b, x)],
              [Math.max(a, y), b],
            ] as [number, number][]
          ).filter(([p, q]) => q > p),
    );
  }
  return pieces.map(([a, b]) => [text(a), text(b)] as OpenHours);
}
