import * as z from 'zod/mini';
import { built } from '../pure';
import { fail, type Issue, ok, type ParseResult } from '../result';
import { toIssues } from '../schema-issues';
import { zoneFormatter } from './tz';

/**
 * A day of the week as calendar specs spell it.
 *
 * @example
 * const day: Weekday = 'mon';
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/**
 * Open hours as local wall-clock times `['HH:MM', 'HH:MM']`, start included, end excluded. The end
 * may be `'24:00'`; an end before the start runs past midnight and belongs to the starting day.
 *
 * @example
 * const nightShift: OpenHours = ['22:00', '06:00'];
 */
export type OpenHours = readonly [start: string, end: string];

/**
 * A closed day (`hours` left out) or a day with its own hours, replacing the weekly ones.
 *
 * @example
 * const blackFriday: Holiday = { date: '2026-11-27', name: 'Black Friday', hours: [['08:00', '12:00']] };
 */
export interface Holiday {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly name?: string;
  readonly hours?: readonly OpenHours[];
}

/**
 * A business-hours calendar as plain JSON: an IANA time zone, weekly hours (a missing day is
 * closed; several intervals a day make a split shift) and holidays (a plain date closes the day,
 * an object may give it other hours). Compile it with `createCalendar`.
 *
 * @example
 * const office: CalendarSpec = {
 *   id: 'office',
 *   timeZone: 'America/New_York',
 *   hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']], sat: [], sun: [] },
 *   holidays: ['2026-12-25', { date: '2026-11-27', hours: [['08:00', '12:00']] }],
 * };
 */
export interface CalendarSpec {
  readonly id?: string;
  readonly name?: string;
  readonly timeZone: string;
  readonly hours: { readonly [day in Weekday]?: readonly OpenHours[] };
  readonly holidays?: readonly (string | Holiday)[];
}

/**
 * The first and last years a calendar computes in; outside, its functions throw `E104`.
 *
 * @example
 * CALENDAR_YEARS.max; // 9998
 */
export const CALENDAR_YEARS = { min: 1600, max: 9998 } as const;

const time = /* @__PURE__ */ built(() =>
  z
    .string()
    .check(
      z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'Expected "HH:MM", 00:00–24:00.' }),
    ),
);
const dayHours = /* @__PURE__ */ built(() => z.array(z.tuple([time, time])).check(z.maxLength(48)));
const date = /* @__PURE__ */ built(() =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Expected a date "YYYY-MM-DD".' })),
);
const label = /* @__PURE__ */ built(() => z.string().check(z.minLength(1), z.maxLength(200)));

/**
 * The shape of a calendar spec from outside (zod mini); `parseCalendar` checks the meaning too.
 *
 * @example
 * calendarSpecSchema.safeParse(json).success;
 */
export const calendarSpecSchema = /* @__PURE__ */ built(() =>
  z.strictObject({
    id: z.optional(label),
    name: z.optional(label),
    timeZone: z.string().check(z.minLength(1), z.maxLength(100)),
    hours: z.strictObject({
      mon: z.optional(dayHours),
      tue: z.optional(dayHours),
      wed: z.optional(dayHours),
      thu: z.optional(dayHours),
      fri: z.optional(dayHours),
      sat: z.optional(dayHours),
      sun: z.optional(dayHours),
    }),
    holidays: z.optional(
      z
        .array(
          z.union([
            date,
            z.strictObject({ date, name: z.optional(label), hours: z.optional(dayHours) }),
          ]),
        )
        .check(z.maxLength(20_000)),
    ),
  }),
);

/**
 * Minutes after local midnight of `'HH:MM'` (already shape-checked).
 *
 * @example
 * minutesOf('24:00'); // 1440
 */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, or `undefined` for a date that does not exist.
 *
 * @example
 * epochDayOf('1970-01-02'); // 1
 * epochDayOf('2026-02-30'); // undefined
 */
export function epochDayOf(ymd: string): number | undefined {
  const [y = 0, m = 0, d = 0] = ymd.split('-').map(Number);
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    return undefined;
  }
  return t / 86_400_000;
}

/**
 * Reads a calendar spec from untrusted input. Never throws: it returns the spec or every problem
 * with its path — an unknown time zone, a malformed time, an empty interval (`start` = `end`), a
 * date that does not exist, a date given twice.
 *
 * @example
 * const result = parseCalendar(JSON.parse(text));
 * if (result.ok) createCalendar(result.value);
 * else console.table(result.issues);
 */
export function parseCalendar(input: unknown): ParseResult<CalendarSpec> {
  try {
    const shape = calendarSpecSchema.safeParse(input);
    if (!shape.success) return fail(toIssues(shape.error.issues));
    const spec = shape.data as CalendarSpec;
    const issues: Issue[] = [];
    if (!zoneFormatter(spec.timeZone)) {
      issues.push({
        path: ['timeZone'],
        code: 'invalid_time_zone',
        message: `"${spec.timeZone}" is not an IANA time zone this runtime knows, e.g. "Europe/Paris".`,
      });
    }
    for (const [day, hours] of Object.entries(spec.hours))
      checkHours(hours, ['hours', day], issues);
    const seen = new Map<number, number>();
    spec.holidays?.forEach((holiday, index) => {
      const path = typeof holiday === 'string' ? ['holidays', index] : ['holidays', index, 'date'];
      const ymd = typeof holiday === 'string' ? holiday : holiday.date;
      const day = epochDayOf(ymd);
      const year = Number(ymd.slice(0, 4));
      if (day === undefined || year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) {
        issues.push({ path, code: 'invalid_date', message: `${ymd} is not a date we can use.` });
      } else if (seen.has(day)) {
        const message = `${ymd} is also holiday ${(seen.get(day) ?? 0) + 1}; give each date once.`;
        issues.push({ path, code: 'duplicate_date', message });
      } else seen.set(day, index);
      if (typeof holiday !== 'string' && holiday.hours) {
        checkHours(holiday.hours, ['holidays', index, 'hours'], issues);
      }
    });
    return issues.length > 0 ? fail(issues) : ok(spec);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail([
      { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
    ]);
  }
}

function checkHours(hours: readonly OpenHours[], path: (string | number)[], issues: Issue[]) {
  hours.forEach(([start, end], index) => {
    if (start === '24:00') {
      const message = 'An interval cannot start at 24:00; start it at 00:00 of the next day.';
      issues.push({ path: [...path, index, 0], code: 'invalid_time', message });
    } else if (start === end) {
      const message = `${start}–${end} is empty; for a whole day write ["00:00", "24:00"].`;
      issues.push({ path: [...path, index], code: 'empty_interval', message });
    }
  });
}
