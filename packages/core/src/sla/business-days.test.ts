import { weekdays } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../test-support/error-code';
import { addBusinessDays, businessDaysBetween } from './business-days';
import { createCalendar } from './calendar';

const office = createCalendar({
  timeZone: 'America/New_York',
  hours: weekdays([['08:00', '17:00']]),
  holidays: ['2026-03-18', { date: '2026-03-20', hours: [['08:00', '12:00']] }],
});
const ny = (local: string) => new Date(`${local}${local < '2026-03-08' ? '-05:00' : '-04:00'}`);
const add = (local: string, n: number) => addBusinessDays(office, ny(local), n);

describe('addBusinessDays', () => {
  it('keeps the wall-clock time n open days later', () => {
    expect(add('2026-03-13T15:00:00', 1)).toEqual(ny('2026-03-16T15:00:00'));
    expect(add('2026-03-16T09:30:00', 2)).toEqual(ny('2026-03-19T09:30:00')); // skips the 18th
    expect(add('2026-03-16T15:00:00', 0)).toEqual(ny('2026-03-16T15:00:00'));
  });

  it('counts from a closed start’s date: Saturday + 1 is Monday, as date-fns does', () => {
    expect(add('2026-03-14T10:00:00', 1)).toEqual(ny('2026-03-16T10:00:00'));
    expect(add('2026-03-18T10:00:00', 1)).toEqual(ny('2026-03-19T10:00:00'));
  });

  it('goes back for negative days: Monday − 1 and Saturday − 1 are Friday', () => {
    expect(add('2026-03-16T10:00:00', -1)).toEqual(ny('2026-03-13T10:00:00'));
    expect(add('2026-03-14T10:00:00', -1)).toEqual(ny('2026-03-13T10:00:00'));
    expect(add('2026-03-19T10:00:00', -1)).toEqual(ny('2026-03-17T10:00:00'));
  });

  it('moves a time after hours back to the end of the day, before hours forward to the opening', () => {
    expect(add('2026-03-16T20:00:00', 1)).toEqual(ny('2026-03-17T17:00:00'));
    expect(add('2026-03-16T06:00:00', 1)).toEqual(ny('2026-03-17T08:00:00'));
    // The 20th is a half day (08:00–12:00): 15:00 there means its closing time.
    expect(add('2026-03-19T15:00:00', 1)).toEqual(ny('2026-03-20T12:00:00'));
  });

  it('moves a time in a split shift’s break to the end of the morning', () => {
    const split = createCalendar({
      timeZone: 'Europe/London',
      hours: weekdays([
        ['09:00', '12:00'],
        ['13:00', '17:30'],
      ]),
    });
    expect(addBusinessDays(split, new Date('2026-06-01T12:30:00+01:00'), 1)).toEqual(
      new Date('2026-06-02T12:00:00+01:00'),
    );
  });

  it('keeps the local time across a DST change, not the UTC one', () => {
    // New York springs forward on Sunday 8 March 2026.
    expect(add('2026-03-06T09:00:00', 1)).toEqual(ny('2026-03-09T09:00:00'));
    expect(add('2026-03-09T09:00:00', -1)).toEqual(ny('2026-03-06T09:00:00'));
  });

  it('takes the instant the clocks jump to for a wall time a DST change skips', () => {
    const allDay = createCalendar({
      timeZone: 'America/New_York',
      hours: {
        sat: [['00:00', '24:00']],
        sun: [['00:00', '24:00']],
      },
    });
    // 02:30 does not exist on 8 March 2026; the clocks go from 02:00 EST to 03:00 EDT.
    expect(addBusinessDays(allDay, new Date('2026-03-07T02:30:00-05:00'), 1)).toEqual(
      new Date('2026-03-08T03:00:00-04:00'),
    );
  });

  it('moves back to the closing that comes last when a DST change repeats the closing time', () => {
    // Lord Howe, 5 April 2026: 02:00 (+11) goes back to 01:30 (+10:30), so 01:30–01:35 is open
    // twice and the day's last closing before 02:00 is the second 01:35.
    const lordHowe = createCalendar({
      timeZone: 'Australia/Lord_Howe',
      hours: {
        sun: [
          ['00:00', '01:35'],
          ['02:05', '02:10'],
        ],
        tue: [['09:00', '17:00']],
      },
    });
    const tuesday0200 = new Date('2026-04-07T02:00:00+10:30');
    expect(addBusinessDays(lordHowe, tuesday0200, -1)).toEqual(
      new Date('2026-04-05T01:35:00+10:30'),
    );
  });

  it('throws E103 for a fractional number of days and E105 when no open day is left', () => {
    expect(errorCodeOf(() => addBusinessDays(office, 0, 1.5))).toBe('E103');
    const holidaysOnly = createCalendar({
      timeZone: 'UTC',
      hours: {},
      holidays: [{ date: '2026-01-05', hours: [['09:00', '17:00']] }],
    });
    expect(addBusinessDays(holidaysOnly, Date.UTC(2026, 0, 1, 10), 1)).toEqual(
      new Date(Date.UTC(2026, 0, 5, 10)),
    );
    expect(errorCodeOf(() => addBusinessDays(holidaysOnly, Date.UTC(2026, 0, 1), 2))).toBe('E105');
  });
});

describe('businessDaysBetween', () => {
  const between = (a: string, b: string) => businessDaysBetween(office, ny(a), ny(b));

  it('counts the open days arrived at, not the day left', () => {
    expect(between('2026-03-13T15:00:00', '2026-03-16T09:00:00')).toBe(1);
    expect(between('2026-03-14T15:00:00', '2026-03-16T09:00:00')).toBe(1);
    expect(between('2026-03-16T09:00:00', '2026-03-21T09:00:00')).toBe(3); // 17, 19, 20
    expect(between('2026-03-16T09:00:00', '2026-03-16T16:00:00')).toBe(0);
  });

  it('is negative going back, counting the earlier date', () => {
    expect(between('2026-03-16T09:00:00', '2026-03-13T09:00:00')).toBe(-1);
    expect(between('2026-03-14T09:00:00', '2026-03-13T09:00:00')).toBe(-1);
    expect(between('2026-03-13T09:00:00', '2026-03-14T09:00:00')).toBe(0);
  });
});
