import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween } from './business-days';
import { createCalendar } from './calendar';
import type { CalendarSpec, OpenHours, Weekday } from './calendar-spec';
import {
  oracleBusinessDate,
  oracleInstantsOfWall,
  oracleLocalDate,
  oracleOpenMinute,
  oracleOpenMs,
  oracleWall,
} from './testing/oracle';

// Whole business days against an oracle that steps one local date at a time and asks Intl for
// wall-clock times. Starts sit within ten days of a DST change or the new year.

const MINUTE = 60_000;
const DAY = 86_400_000;
const zones: Record<string, string> = {
  'America/New_York': '2026-03-08',
  'Europe/London': '2026-10-25',
  'Australia/Lord_Howe': '2026-04-05',
  'Asia/Kolkata': '2026-12-31',
};
const days: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// Same-day intervals on a 5-minute grid (none past midnight: the deadline's date is then its day).
const interval: fc.Arbitrary<OpenHours> = fc
  .tuple(fc.integer({ min: 0, max: 286 }), fc.integer({ min: 1, max: 287 }))
  .filter(([s, e]) => s < e)
  .map(([s, e]) => [hhmm(s * 5), hhmm(e * 5)]);
const dayHours = fc.oneof(
  { weight: 2, arbitrary: fc.constant<OpenHours[]>([]) },
  { weight: 3, arbitrary: fc.array(interval, { minLength: 1, maxLength: 2 }) },
);
const scenario = fc
  .record({
    timeZone: fc.constantFrom(...Object.keys(zones)),
    week: fc.tuple(dayHours, dayHours, dayHours, dayHours, dayHours, dayHours, dayHours),
    holidays: fc.uniqueArray(fc.integer({ min: -12, max: 12 }), { maxLength: 3 }),
    offset: fc.integer({ min: -10 * DAY, max: 10 * DAY }),
    n: fc.integer({ min: -12, max: 12 }),
  })
  .filter(({ week }) => week.some((hours) => hours.length > 0))
  .map(({ timeZone, week, holidays, offset, n }) => {
    const base = Date.parse(`${zones[timeZone]}T00:00:00Z`);
    const spec: CalendarSpec = {
      timeZone,
      hours: Object.fromEntries(days.map((day, i) => [day, week[i] ?? []])),
      holidays: holidays.map((shift) => new Date(base + shift * DAY).toISOString().slice(0, 10)),
    };
    return { spec, start: base + offset, n };
  });
const runs = { numRuns: 80 };

describe('addBusinessDays against day stepping', () => {
  it('lands on the date the oracle reaches', () => {
    fc.assert(
      fc.property(scenario, ({ spec, start, n }) => {
        const deadline = addBusinessDays(createCalendar(spec), start, n).getTime();
        expect(oracleLocalDate(spec.timeZone, deadline)).toBe(oracleBusinessDate(spec, start, n));
      }),
      runs,
    );
  });

  it('keeps the wall-clock time when open then, else the nearest boundary over closed time', () => {
    fc.assert(
      fc.property(scenario, ({ spec, start, n }) => {
        fc.pre(n !== 0);
        const deadline = addBusinessDays(createCalendar(spec), start, n).getTime();
        const date = oracleBusinessDate(spec, start, n);
        const wall =
          Date.parse(`${date}T00:00:00Z`) +
          (((oracleWall(spec.timeZone, start) % DAY) + DAY) % DAY);
        const [first] = oracleInstantsOfWall(spec.timeZone, wall);
        if (first !== undefined && oracleOpenMinute(spec, Math.floor(first / MINUTE) * MINUTE)) {
          expect(deadline).toBe(first);
          return;
        }
        // Closed at that wall time: the deadline is an opening or a closing, with only closed
        // time between it and the wall time.
        const opens = oracleOpenMinute(spec, deadline);
        const closes = oracleOpenMinute(spec, deadline - MINUTE) && !opens;
        expect(opens || closes).toBe(true);
        if (first !== undefined) {
          const [a, b] = first < deadline ? [first, deadline] : [deadline, first];
          expect(oracleOpenMs(spec, a, b)).toBe(0);
        }
      }),
      runs,
    );
  });

  it('is undone by businessDaysBetween', () => {
    fc.assert(
      fc.property(scenario, ({ spec, start, n }) => {
        const calendar = createCalendar(spec);
        expect(businessDaysBetween(calendar, start, addBusinessDays(calendar, start, n))).toBe(n);
      }),
      runs,
    );
  });
});
