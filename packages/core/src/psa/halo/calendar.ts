import * as z from 'zod/mini';
import { built } from '../../pure';
import type { Issue } from '../../result';
import { toIssues } from '../../schema-issues';
import type { CalendarSpec, OpenHours, Weekday } from '../../sla/calendar-spec';
import { checkedTimeZone } from '../host-time-zone';
import { DAYS, holidayClosures, intervalOf } from '../open-hours';
import { failed, guarded, newReport, type PsaResult, type ReportBuilder } from '../report';
import { windowsTimeZone } from './windows-zone';

const time = /* @__PURE__ */ built(() => z.optional(z.nullable(z.string().check(z.maxLength(40)))));
const workdaySchema = /* @__PURE__ */ built(() =>
  z.object({
    id: z.number(),
    name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    timezone: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
    ...Object.fromEntries(
      DAYS.flatMap(([day]) => [
        [`${day}_start`, time],
        [`${day}_end`, time],
      ]),
    ),
    holidays: z.optional(
      z.nullable(
        z
          .array(
            z.object({
              name: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
              date: z.string().check(z.maxLength(40)),
              allday: z.optional(z.nullable(z.boolean())),
              start_time: time,
              end_time: time,
            }),
          )
          .check(z.maxLength(20_000)),
      ),
    ),
  }),
);

/**
 * Options of {@link calendarFromHalo}: an IANA `timeZone` that wins over the workday's own
 * Windows zone name.
 *
 * @example
 * const options: HaloCalendarOptions = { timeZone: 'Europe/London' };
 */
export interface HaloCalendarOptions {
  readonly timeZone?: string;
}

/**
 * Converts a HaloPSA workday profile (`GET /api/Workdays/{id}`, with its holidays) into a
 * {@link CalendarSpec} with the id `halo-workday-<id>`. Never throws. Follows HaloPSA's API
 * reference for Workdays: a Windows time-zone name in `timezone` ("GMT Standard Time", mapped to
 * IANA through CLDR's windowsZones and reported), one `<day>_start`/`<day>_end` pair per weekday
 * ("HH:MM:SS"; missing, null or equal for a closed day) and `holidays` (`date`, `allday`, else
 * closed from `start_time` to `end_time`). A zone CLDR does not know, and no zone at all, are
 * issues unless `timeZone` is given.
 *
 * @example
 * const result = calendarFromHalo(workdayJson);
 * if (result.ok) createCalendarRegistry([result.value]);
 */
export function calendarFromHalo(
  workday: unknown,
  options: HaloCalendarOptions = {},
): PsaResult<CalendarSpec> {
  return guarded(() => {
    const read = workdaySchema.safeParse(workday);
    if (!read.success) return failed(toIssues(read.error.issues, ['workday']));
    const w = read.data as z.infer<typeof workdaySchema> &
      Record<string, string | null | undefined>;
    const issues: Issue[] = [];
    const report = newReport();
    const timeZone = zoneOf(w.timezone, options, report, issues);
    const hours: { [day in Weekday]?: OpenHours[] } = {};
    for (const [long, short] of DAYS) {
      const start = w[`${long}_start`];
      const end = w[`${long}_end`];
      if (start == null && end == null) {
        hours[short] = [];
        continue;
      }
      const interval = intervalOf(start, end, ['workday', `${long}_start`], issues, report);
      hours[short] = interval ? [interval] : [];
    }
    const closures = holidayClosures(report);
    (w.holidays ?? []).forEach((holiday, index) => {
      const path = ['workday', 'holidays', index];
      const closedOf = () =>
        holiday.allday !== false
          ? ('all' as const)
          : intervalOf(
              holiday.start_time,
              holiday.end_time,
              [...path, 'start_time'],
              issues,
              report,
            );
      closures.add(holiday.date.slice(0, 10), holiday.name, closedOf, index, issues, path);
    });
    if (issues.length > 0 || timeZone === undefined) return failed(issues);
    const holidays = closures.holidays(hours);
    const label = w.name?.trim();
    return {
      ok: true,
      value: {
        id: `halo-workday-${w.id}`,
        ...(label ? { name: label } : {}),
        timeZone,
        hours,
        ...(holidays.length > 0 ? { holidays } : {}),
      },
      report,
    };
  });
}

function zoneOf(
  windows: string | null | undefined,
  options: HaloCalendarOptions,
  report: ReportBuilder,
  issues: Issue[],
): string | undefined {
  if (options.timeZone !== undefined) return checkedTimeZone(options.timeZone, issues);
  const name = windows?.trim();
  if (!name) {
    issues.push({
      path: ['workday', 'timezone'],
      code: 'no_time_zone',
      message: 'The workday has no timezone; pass timeZone.',
    });
    return undefined;
  }
  const zone = windowsTimeZone(name);
  if (zone === undefined) {
    issues.push({
      path: ['workday', 'timezone'],
      code: 'unknown_time_zone',
      message: `"${name}" is no Windows time zone CLDR knows; pass timeZone.`,
    });
    return undefined;
  }
  report.inferred.push({
    path: ['workday', 'timezone'],
    message: `The workday's zone is ${zone}, CLDR's zone for "${name}".`,
  });
  return zone;
}
