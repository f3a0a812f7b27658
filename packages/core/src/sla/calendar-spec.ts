import * as z from 'zod/mini';
import { built } from '../pure';
import { fail, type Issue, ok, type ParseResult } from '../result';
import { toIssues } from '../schema-issues';
import type { RecurringHoliday } from './recurring-holidays';
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
 * closed; several intervals a day make a split shift), holidays (a plain date closes the day,
 * an object may give it other hours) and yearly holiday rules (see {@link RecurringHoliday}),
 * which hold in every year the calendar computes in. Compile it with `createCalendar`.
 *
 * @example
 * const office: CalendarSpec = {
 *   id: 'office',
 *   timeZone: 'America/New_York',
 *   hours: { mon: [['08:00', '17:00']], tue: [['08:00', '17:00']], sat: [], sun: [] },
 *   holidays: ['2026-12-24', { date: '2026-11-27', hours: [['08:00', '12:00']] }],
 *   recurringHolidays: [{ yearly: '12-25', name: 'Christmas Day', observed: 'nearest-weekday' }],
 * };
 */
export interface CalendarSpec {
  readonly id?: string;
  readonly name?: string;
  readonly timeZone: string;
  readonly hours: { readonly [day in Weekday]?: readonly OpenHours[] };
  readonly holidays?: readonly (string | Holiday)[];
  readonly recurringHolidays?: readonly RecurringHoliday[];
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
// Range checks and word lists as refinements and regexes: zod's int and enum schemas would add
// half a kilobyte to every host of /sla.
const wholeIn = (min: number, max: number, error = `Expected a whole number, ${min}–${max}.`) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, { error }));
const oneOf = (words: string) =>
  z
    .string()
    .check(
      z.regex(new RegExp(`^(?:${words})$`), { error: `Expected ${words.replaceAll('|', ', ')}.` }),
    );
const recurring = /* @__PURE__ */ built(() =>
  z.strictObject({
    yearly: z.union([
      z
        .string()
        .check(
          z.regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { error: 'Expected "MM-DD".' }),
        ),
      z.strictObject({
        month: wholeIn(1, 12),
        weekday: oneOf('mon|tue|wed|thu|fri|sat|sun'),
        nth: z.number().check(
          z.refine((n) => Number.isInteger(n) && n !== 0 && n >= -5 && n <= 5, {
            error: 'Expected 1 to 5, or -1 (last) to -5.',
          }),
        ),
      }),
    ]),
    name: z.optional(label),
    hours: z.optional(dayHours),
    observed: z.optional(oneOf('nearest-weekday|next-weekday')),
    from: z.optional(wholeIn(CALENDAR_YEARS.min, CALENDAR_YEARS.max)),
    until: z.optional(wholeIn(CALENDAR_YEARS.min, CALENDAR_YEARS.max)),
  }),
);

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
    recurringHolidays: z.optional(z.array(recurring).check(z.maxLength(1_000))),
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
 * date that does not exist, one date given twice with different hours (the message names both
 * holidays; the same date with the same hours is accepted, as two merged feeds list it), a
 * yearly rule on a day no year has.
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
      } else {
        const earlier = seen.get(day);
        // Two feeds often list the same day: the same hours merge, other hours are a conflict.
        if (earlier === undefined) seen.set(day, index);
        else if (hoursKey(spec.holidays?.[earlier]) !== hoursKey(holiday)) {
          const message = `${ymd}: ${describeHoliday(spec.holidays?.[earlier], earlier)}, ${describeHoliday(holiday, index)}; give the date one set of hours.`;
          issues.push({ path, code: 'conflicting_holiday', message });
        }
      }
      if (typeof holiday !== 'string' && holiday.hours) {
        checkHours(holiday.hours, ['holidays', index, 'hours'], issues);
      }
    });
    checkRecurring(spec.recurringHolidays ?? [], issues);
    return issues.length > 0 ? fail(issues) : ok(spec);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return fail([
      { path: [], code: 'unreadable', message: `The input could not be read (${reason}).` },
    ]);
  }
}

/** The hours a holiday leaves open, as one comparable string (`''` for closed). */
function hoursKey(holiday: string | Holiday | RecurringHoliday | undefined): string {
  const hours = typeof holiday === 'object' ? (holiday.hours ?? []) : [];
  return hours
    .map(([start, end]) => `${start}-${end}`)
    .sort()
    .join(',');
}

/** `holiday 3 ("Half day") opens it 08:00–12:00`: which entry says what about a day. */
function describeHoliday(
  holiday: string | Holiday | RecurringHoliday | undefined,
  index: number,
  noun = 'holiday',
): string {
  const name = typeof holiday === 'object' && holiday.name ? ` ("${holiday.name}")` : '';
  const key = hoursKey(holiday).replaceAll('-', '–').replaceAll(',', ', ');
  return `${noun} ${index + 1}${name} ${key === '' ? 'closes it' : `opens it ${key}`}`;
}

function checkRecurring(rules: readonly RecurringHoliday[], issues: Issue[]) {
  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    const path = ['recurringHolidays', index];
    const { yearly } = rule;
    // Leap year 2000: every MM-DD that exists in some year.
    if (typeof yearly === 'string' && epochDayOf(`2000-${yearly}`) === undefined) {
      const message = `${yearly} is not a day of any year.`;
      issues.push({ path: [...path, 'yearly'], code: 'invalid_date', message });
    }
    if (rule.from !== undefined && rule.until !== undefined && rule.from > rule.until) {
      const message = `from ${rule.from} is after until ${rule.until}.`;
      issues.push({ path: [...path, 'until'], code: 'invalid_range', message });
    }
    if (rule.hours) checkHours(rule.hours, [...path, 'hours'], issues);
    // Rules on the very same day every year must agree on its hours, like dated holidays.
    const day =
      typeof yearly === 'string'
        ? yearly
        : `weekday ${yearly.nth} (${yearly.weekday}) of month ${yearly.month}`;
    const earlier = seen.get(day);
    const other = earlier === undefined ? undefined : rules[earlier];
    if (other === undefined || earlier === undefined) seen.set(day, index);
    else if (
      hoursKey(other) !== hoursKey(rule) &&
      (other.until ?? CALENDAR_YEARS.max) >= (rule.from ?? CALENDAR_YEARS.min) &&
      (rule.until ?? CALENDAR_YEARS.max) >= (other.from ?? CALENDAR_YEARS.min)
    ) {
      const message = `${day}: ${describeHoliday(other, earlier, 'rule')}, ${describeHoliday(rule, index, 'rule')}; give the day one set of hours.`;
      issues.push({ path: [...path, 'yearly'], code: 'conflicting_holiday', message });
    }
  });
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
