import * as z from 'zod/mini';
import { built } from '../../pure';
import type { Issue } from '../../result';
import type { CalendarSpec, OpenHours, Weekday } from '../../sla/calendar-spec';
import { checkedTimeZone } from '../host-time-zone';
import { DAYS, holidayClosures, intervalOf } from '../open-hours';
import {
  failed,
  guarded,
  newReport,
  type PsaResult,
  type ReportBuilder,
  readInputs,
} from '../report';
import { connectwiseTimeZone } from './time-zone';

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
    const read = readInputs({
      calendar: [calendarSchema, calendar],
      holidays: [holidaysSchema, holidays ?? []],
    });
    if (!read.ok) return read;
    const c = { data: read.values.calendar };
    const h = { data: read.values.holidays };
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
    const closures = holidayClosures(report);
    h.data.forEach((holiday, index) => {
      const path = ['holidays', index];
      const date = (holiday.date ?? holiday.dateStart ?? '').slice(0, 10);
      const allDay = holiday.allDayFlag !== false;
      const closedOf = () =>
        allDay
          ? ('all' as const)
          : intervalOf(holiday.timeStart, holiday.timeEnd, [...path, 'timeStart'], issues, report);
      closures.add(date, holiday.name, closedOf, index, issues);
    });
    if (issues.length > 0 || timeZone === undefined) return failed(issues);
    const out = closures.holidays(hours);
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
  if (options.timeZone !== undefined) return checkedTimeZone(options.timeZone, issues);
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
