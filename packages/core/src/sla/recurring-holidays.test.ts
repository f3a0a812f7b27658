import { weekdays as everyWeekday } from '@tandem/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, isOpen } from './business-time';
import { createCalendar } from './calendar';
import { type CalendarSpec, parseCalendar, type Weekday } from './calendar-spec';
import { type RecurringHoliday, recurringDayOf, recurringDaysOfYear } from './recurring-holidays';

const DAY = 86_400_000;
const ymd = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const daysOf = (rules: RecurringHoliday[], year: number) =>
  recurringDaysOfYear(rules, year).map(([day, index]) => [ymd(day), index]);
const weekdays: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const usFederal: RecurringHoliday[] = [
  { yearly: '01-01', name: "New Year's Day", observed: 'nearest-weekday' },
  { yearly: { month: 1, weekday: 'mon', nth: 3 }, name: 'Martin Luther King Jr. Day' },
  { yearly: { month: 5, weekday: 'mon', nth: -1 }, name: 'Memorial Day' },
  { yearly: '07-04', name: 'Independence Day', observed: 'nearest-weekday' },
  { yearly: { month: 11, weekday: 'thu', nth: 4 }, name: 'Thanksgiving Day' },
  { yearly: '12-25', name: 'Christmas Day', observed: 'nearest-weekday' },
];
const ukChristmas: RecurringHoliday[] = [
  { yearly: '12-25', name: 'Christmas Day', observed: 'next-weekday' },
  { yearly: '12-26', name: 'Boxing Day', observed: 'next-weekday' },
];

describe('recurringDayOf', () => {
  it('finds the nth and the last weekday of a month', () => {
    const day = (rule: RecurringHoliday, year: number) => {
      const found = recurringDayOf(rule, year);
      return found === undefined ? undefined : ymd(found);
    };
    expect(day({ yearly: { month: 11, weekday: 'thu', nth: 4 } }, 2026)).toBe('2026-11-26');
    expect(day({ yearly: { month: 5, weekday: 'mon', nth: -1 } }, 2026)).toBe('2026-05-25');
    expect(day({ yearly: { month: 8, weekday: 'mon', nth: -1 } }, 2021)).toBe('2021-08-30');
    expect(day({ yearly: { month: 2, weekday: 'mon', nth: 5 } }, 2026)).toBeUndefined();
    expect(day({ yearly: '02-29' }, 2027)).toBeUndefined();
    expect(day({ yearly: '02-29' }, 2028)).toBe('2028-02-29');
    expect(day({ yearly: '12-25', from: 2027 }, 2026)).toBeUndefined();
    expect(day({ yearly: '12-25', until: 2026 }, 2027)).toBeUndefined();
  });

  it('agrees with counting the weekdays of the month one by one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...weekdays),
        fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -4, -5),
        (year, month, weekday, nth) => {
          const matching: string[] = [];
          for (let d = 1; d <= 31; d++) {
            const date = new Date(Date.UTC(year, month - 1, d));
            if (date.getUTCMonth() !== month - 1) break;
            if (weekdays[date.getUTCDay()] === weekday)
              matching.push(date.toISOString().slice(0, 10));
          }
          const expected = nth > 0 ? matching[nth - 1] : matching[matching.length + nth];
          const found = recurringDayOf({ yearly: { month, weekday, nth } }, year);
          expect(found === undefined ? undefined : ymd(found)).toBe(expected);
        },
      ),
    );
  });
});

describe('recurringDaysOfYear', () => {
  it('gives US federal substitute days: Saturday to Friday, Sunday to Monday', () => {
    // 2022-01-01 is a Saturday: observed on Friday 2021-12-31, as in OPM's own tables.
    expect(daysOf(usFederal, 2022).slice(0, 2)).toEqual([
      ['2022-01-01', 0],
      ['2021-12-31', 0],
    ]);
    expect(daysOf(usFederal, 2022).slice(-2)).toEqual([
      ['2022-12-25', 5],
      ['2022-12-26', 5],
    ]);
    expect(daysOf(usFederal, 2026)).toContainEqual(['2026-07-03', 3]);
    expect(daysOf(usFederal, 2026)).toContainEqual(['2026-07-04', 3]);
  });

  it('gives UK substitute days that step past one another', () => {
    // As GOV.UK lists them: Christmas on a Saturday → Monday 27, Boxing Day on the Sunday → Tuesday 28.
    expect(daysOf(ukChristmas, 2021)).toEqual([
      ['2021-12-25', 0],
      ['2021-12-27', 0],
      ['2021-12-26', 1],
      ['2021-12-28', 1],
    ]);
    // Christmas on a Sunday, Boxing Day on the Monday → Christmas is substituted on Tuesday 27.
    expect(daysOf(ukChristmas, 2022)).toEqual([
      ['2022-12-25', 0],
      ['2022-12-27', 0],
      ['2022-12-26', 1],
    ]);
  });
});

describe('a calendar with recurring holidays', () => {
  const office: CalendarSpec = {
    timeZone: 'America/New_York',
    hours: everyWeekday([['08:00', '17:00']]),
    recurringHolidays: [
      ...usFederal,
      { yearly: '12-24', name: 'Christmas Eve', hours: [['08:00', '12:00']] },
    ],
  };
  const calendar = createCalendar(office);

  it('closes the rules’ days in any year, without a dated list', () => {
    expect(isOpen(calendar, new Date('2031-11-27T10:00:00-05:00'))).toBe(false); // Thanksgiving
    expect(isOpen(calendar, new Date('2031-11-26T10:00:00-05:00'))).toBe(true);
    expect(isOpen(calendar, new Date('2099-12-25T10:00:00-05:00'))).toBe(false); // a Friday
    // 2027-12-25 is a Saturday: Christmas, listed first, closes Friday 24 (not Christmas Eve's half day).
    expect(isOpen(calendar, new Date('2027-12-24T10:00:00-05:00'))).toBe(false);
    expect(isOpen(calendar, new Date('2026-12-24T10:00:00-05:00'))).toBe(true);
    expect(isOpen(calendar, new Date('2026-12-24T13:00:00-05:00'))).toBe(false);
  });

  it('skips them in business-time arithmetic', () => {
    // Wednesday before Thanksgiving 2030, 16:00 + 2 h → Friday 09:00.
    expect(addBusinessTime(calendar, new Date('2030-11-27T16:00:00-05:00'), 120)).toEqual(
      new Date('2030-11-29T09:00:00-05:00'),
    );
  });

  it('lets a dated holiday override a rule on the same day', () => {
    const open = createCalendar({
      ...office,
      holidays: [{ date: '2031-11-27', hours: [['09:00', '13:00']] }],
    });
    expect(isOpen(open, new Date('2031-11-27T10:00:00-05:00'))).toBe(true);
  });

  it('keeps searching past every dated holiday when only rules close a 24/7 week', () => {
    const allDay = [['00:00', '24:00']] as const;
    const desk = createCalendar({
      timeZone: 'UTC',
      hours: Object.fromEntries(weekdays.map((day) => [day, allDay])),
      holidays: ['2026-01-02'],
      recurringHolidays: [{ yearly: '12-25' }],
    });
    expect(addBusinessTime(desk, Date.UTC(2040, 11, 24, 12), 24 * 60)).toEqual(
      new Date(Date.UTC(2040, 11, 26, 12)),
    );
  });
});

describe('parseCalendar with recurring holidays', () => {
  const base = { timeZone: 'UTC', hours: {} };
  const issuesOf = (recurringHolidays: unknown) => {
    const result = parseCalendar({ ...base, recurringHolidays });
    return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
  };

  it('accepts the rules as they are', () => {
    expect(parseCalendar({ ...base, recurringHolidays: usFederal })).toEqual({
      ok: true,
      value: { ...base, recurringHolidays: usFederal },
    });
  });

  it('reports impossible days, bad weekday numbers and year ranges by path', () => {
    expect(
      issuesOf([
        { yearly: '02-30' },
        { yearly: { month: 13, weekday: 'mon', nth: 1 } },
        { yearly: { month: 5, weekday: 'mon', nth: 0 } },
        { yearly: '12-25', from: 2030, until: 2020 },
        { yearly: '2026-12-25' },
      ]),
    ).toEqual([
      { path: ['recurringHolidays', 1, 'yearly', 'month'], code: 'custom' },
      { path: ['recurringHolidays', 2, 'yearly', 'nth'], code: 'custom' },
      { path: ['recurringHolidays', 4, 'yearly'], code: 'invalid_format' },
    ]);
    expect(issuesOf([{ yearly: '02-30' }, { yearly: '12-25', from: 2030, until: 2020 }])).toEqual([
      { path: ['recurringHolidays', 0, 'yearly'], code: 'invalid_date' },
      { path: ['recurringHolidays', 1, 'until'], code: 'invalid_range' },
    ]);
  });

  it('merges identical rules and rejects two sets of hours for one day, naming both', () => {
    expect(issuesOf([{ yearly: '12-25' }, { yearly: '12-25', name: 'Christmas' }])).toEqual([]);
    const result = parseCalendar({
      ...base,
      recurringHolidays: [
        { yearly: '12-24', name: 'Christmas Eve' },
        { yearly: '12-24', name: 'Half day', hours: [['08:00', '12:00']], from: 2020 },
      ],
    });
    expect(result.ok ? '' : result.issues[0]?.message).toBe(
      '12-24: rule 1 ("Christmas Eve") closes it, rule 2 ("Half day") opens it 08:00–12:00; give the day one set of hours.',
    );
    expect(
      issuesOf([
        { yearly: '12-24', until: 2019 },
        { yearly: '12-24', hours: [['08:00', '12:00']], from: 2020 },
      ]),
    ).toEqual([]);
  });
});
