import { newYorkOffice, weekdays } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../test-support/error-code';
import { addBusinessTime, businessTimeBetween, isOpen, nextClose, nextOpen } from './business-time';
import { CALENDAR_24X7, createCalendar } from './calendar';

const office = createCalendar({ ...newYorkOffice, id: 'office' });
const add = (start: string, minutes: number, calendar = office) =>
  addBusinessTime(calendar, new Date(start), minutes).toISOString();
const between = (a: string, b: string, calendar = office) =>
  businessTimeBetween(calendar, new Date(a), new Date(b));

describe('addBusinessTime', () => {
  it('adds minutes within one working day', () => {
    expect(add('2026-03-03T10:17:00-05:00', 30)).toBe('2026-03-03T15:47:00.000Z');
  });

  it('carries Friday afternoon over the weekend to Monday morning', () => {
    expect(add('2026-03-13T16:30:00-04:00', 60)).toBe('2026-03-16T12:30:00.000Z');
  });

  it('returns closing time when the deadline lands on it, not the next opening', () => {
    expect(add('2026-03-03T16:00:00-05:00', 60)).toBe('2026-03-03T22:00:00.000Z');
  });

  it('starts counting at the next opening when the ticket arrives out of hours', () => {
    expect(add('2026-03-14T12:00:00-04:00', 30)).toBe('2026-03-16T12:30:00.000Z');
  });

  it('skips a holiday that falls on a Friday', () => {
    expect(add('2026-12-24T16:30:00-05:00', 60)).toBe('2026-12-28T13:30:00.000Z');
  });

  it('uses the shorter hours of a partial holiday', () => {
    expect(add('2026-11-26T16:30:00-05:00', 60)).toBe('2026-11-27T13:30:00.000Z');
    expect(add('2026-11-26T16:30:00-05:00', 300)).toBe('2026-11-30T13:30:00.000Z');
  });

  it('keeps the seconds and milliseconds of the start', () => {
    expect(add('2026-03-03T16:59:30.250-05:00', 1)).toBe('2026-03-04T13:00:30.250Z');
  });

  it('counts fractional minutes to the millisecond', () => {
    expect(add('2026-03-03T10:00:00-05:00', 0.5)).toBe('2026-03-03T15:00:30.000Z');
    expect(add('2026-03-03T10:00:00-05:00', 1 / 3)).toBe('2026-03-03T15:00:20.000Z');
  });

  it('returns the start itself for zero minutes, even out of hours', () => {
    expect(add('2026-03-14T12:00:00-04:00', 0)).toBe('2026-03-14T16:00:00.000Z');
  });

  it('goes back for negative minutes, landing on an opening rather than the previous close', () => {
    expect(add('2026-03-16T08:30:00-04:00', -30)).toBe('2026-03-16T12:00:00.000Z');
    expect(add('2026-03-16T08:30:00-04:00', -31)).toBe('2026-03-13T20:59:00.000Z');
  });

  it('crosses the new year, where its tables are split', () => {
    expect(add('2026-12-31T16:00:00-05:00', 120)).toBe('2027-01-01T14:00:00.000Z');
    expect(add('2027-01-01T09:00:00-05:00', -120)).toBe('2026-12-31T21:00:00.000Z');
  });

  it('lands 40 business days out on the right closing time', () => {
    expect(add('2026-03-02T08:00:00-05:00', 40 * 540)).toBe('2026-04-24T21:00:00.000Z');
  });

  it('jumps the lunch break of a split shift', () => {
    const split = createCalendar({
      timeZone: 'America/New_York',
      hours: weekdays([
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ]),
    });
    expect(add('2026-03-03T11:30:00-05:00', 60, split)).toBe('2026-03-03T18:30:00.000Z');
  });

  it('accepts epoch milliseconds as well as dates', () => {
    const start = Date.parse('2026-03-03T10:00:00-05:00');
    expect(addBusinessTime(office, start, 60).getTime()).toBe(start + 3_600_000);
  });
});

describe('given an overnight shift (22:00–06:00 on weekdays)', () => {
  const nights = createCalendar({
    timeZone: 'America/New_York',
    hours: weekdays([['22:00', '06:00']]),
    holidays: ['2026-12-25'],
  });

  it("runs Friday's shift into Saturday morning", () => {
    expect(add('2026-03-06T23:00:00-05:00', 240, nights)).toBe('2026-03-07T08:00:00.000Z');
  });

  it('is closed Monday morning, since Sunday has no shift', () => {
    expect(isOpen(nights, new Date('2026-03-09T05:00:00-04:00'))).toBe(false);
    expect(add('2026-03-09T05:00:00-04:00', 60, nights)).toBe('2026-03-10T03:00:00.000Z');
  });

  it('drops the whole shift of a holiday, including its hours after midnight', () => {
    expect(isOpen(nights, new Date('2026-12-26T02:00:00-05:00'))).toBe(false);
    expect(isOpen(nights, new Date('2026-12-25T02:00:00-05:00'))).toBe(true);
  });
});

describe("given hours that end at '24:00'", () => {
  const days = createCalendar({
    timeZone: 'America/New_York',
    hours: weekdays([['00:00', '24:00']]),
  });

  it('runs to midnight and resumes at the next open midnight', () => {
    expect(add('2026-01-09T23:30:00-05:00', 60, days)).toBe('2026-01-12T05:30:00.000Z');
    expect(add('2026-01-12T23:30:00-05:00', 60, days)).toBe('2026-01-13T05:30:00.000Z');
  });
});

describe('across DST changes', () => {
  const sundayNight = createCalendar({
    timeZone: 'America/New_York',
    hours: { sun: [['00:00', '06:00']] },
  });

  it('treats the hour spring-forward skips as closed', () => {
    expect(between('2026-03-08T00:00:00-05:00', '2026-03-08T06:00:00-04:00', sundayNight)).toBe(
      300,
    );
    expect(add('2026-03-08T00:00:00-05:00', 330, sundayNight)).toBe('2026-03-15T04:30:00.000Z');
  });

  it('counts the hour fall-back repeats twice', () => {
    expect(between('2026-11-01T00:00:00-04:00', '2026-11-01T06:00:00-05:00', sundayNight)).toBe(
      420,
    );
    expect(add('2026-11-01T00:00:00-04:00', 390, sundayNight)).toBe('2026-11-01T10:30:00.000Z');
  });

  it('gives a 24/7 calendar in New York days of 23 and 25 hours', () => {
    const nyAllDay = createCalendar({
      timeZone: 'America/New_York',
      hours: {
        ...weekdays([['00:00', '24:00']]),
        sat: [['00:00', '24:00']],
        sun: [['00:00', '24:00']],
      },
    });
    expect(between('2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00', nyAllDay)).toBe(
      23 * 60,
    );
    expect(between('2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00', nyAllDay)).toBe(
      25 * 60,
    );
  });

  it('keeps Monday-to-Friday deadlines right over both DST weekends', () => {
    expect(add('2026-03-06T16:00:00-05:00', 120)).toBe('2026-03-09T13:00:00.000Z');
    expect(add('2026-10-30T16:00:00-04:00', 120)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('follows southern-hemisphere DST (Sydney) and half-hour DST (Lord Howe)', () => {
    const allDay = (timeZone: string) =>
      createCalendar({
        timeZone,
        hours: Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
        ),
      });
    const sydney = allDay('Australia/Sydney');
    expect(between('2026-04-05T00:00:00+11:00', '2026-04-06T00:00:00+10:00', sydney)).toBe(25 * 60);
    expect(between('2026-10-04T00:00:00+10:00', '2026-10-05T00:00:00+11:00', sydney)).toBe(23 * 60);
    const lordHowe = allDay('Australia/Lord_Howe');
    expect(between('2026-04-05T00:00:00+11:00', '2026-04-06T00:00:00+10:30', lordHowe)).toBe(
      24.5 * 60,
    );
  });
});

describe('in zones with half- and quarter-hour offsets', () => {
  it.each([
    ['Asia/Kolkata', '2026-01-05T09:00:00+05:30'],
    ['America/St_Johns', '2026-01-05T09:00:00-03:30'],
    ['America/St_Johns', '2026-07-06T09:00:00-02:30'],
    ['Pacific/Chatham', '2026-01-05T09:00:00+13:45'],
    ['Pacific/Chatham', '2026-07-06T09:00:00+12:45'],
    ['Asia/Kathmandu', '2026-01-05T09:00:00+05:45'],
  ])('%s opens at 09:00 local (%s)', (timeZone, opening) => {
    const calendar = createCalendar({ timeZone, hours: weekdays([['09:00', '17:00']]) });
    const open = Date.parse(opening);
    expect(isOpen(calendar, open)).toBe(true);
    expect(isOpen(calendar, open - 1)).toBe(false);
    expect(nextOpen(calendar, open - 3_600_000)?.getTime()).toBe(open);
    expect(addBusinessTime(calendar, open - 3_600_000, 60).getTime()).toBe(open + 3_600_000);
  });
});

describe('businessTimeBetween', () => {
  it('counts open minutes over a weekend and a holiday', () => {
    expect(between('2026-12-24T16:00:00-05:00', '2026-12-28T09:00:00-05:00')).toBe(120);
  });

  it('is negative when the end comes first', () => {
    expect(between('2026-12-28T09:00:00-05:00', '2026-12-24T16:00:00-05:00')).toBe(-120);
  });

  it('counts seconds as fractions of a minute', () => {
    expect(between('2026-03-03T09:00:00-05:00', '2026-03-03T09:00:45-05:00')).toBe(0.75);
  });
});

describe('isOpen, nextOpen and nextClose', () => {
  it('treats an opening as open and a closing as closed', () => {
    expect(isOpen(office, new Date('2026-03-03T08:00:00-05:00'))).toBe(true);
    expect(isOpen(office, new Date('2026-03-03T17:00:00-05:00'))).toBe(false);
  });

  it('finds the next opening and closing', () => {
    const saturday = new Date('2026-03-14T12:00:00-04:00');
    expect(nextOpen(office, saturday)?.toISOString()).toBe('2026-03-16T12:00:00.000Z');
    expect(nextClose(office, saturday)?.toISOString()).toBe(saturday.toISOString());
    const friday = new Date('2026-03-13T10:00:00-04:00');
    expect(nextOpen(office, friday)?.toISOString()).toBe(friday.toISOString());
    expect(nextClose(office, friday)?.toISOString()).toBe('2026-03-13T21:00:00.000Z');
  });

  it('never closes a 24/7 calendar, not even at the new year', () => {
    expect(nextClose(CALENDAR_24X7, Date.UTC(2026, 11, 31, 23))).toBeNull();
    expect(addBusinessTime(CALENDAR_24X7, Date.UTC(2026, 11, 31, 23), 120).getTime()).toBe(
      Date.UTC(2027, 0, 1, 1),
    );
  });

  it('closes a 24/7 calendar on its holidays only', () => {
    const noc = createCalendar({
      timeZone: 'Europe/Paris',
      hours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
      ),
      holidays: ['2027-05-01'],
    });
    expect(nextClose(noc, Date.UTC(2026, 0, 1))?.toISOString()).toBe('2027-04-30T22:00:00.000Z');
  });
});

describe('errors', () => {
  it('refuses a calendar that can never finish (E105) and reports no next opening', () => {
    const holidaysOnly = createCalendar({
      timeZone: 'UTC',
      hours: {},
      holidays: [{ date: '2026-06-01', hours: [['09:00', '10:00']] }],
    });
    expect(add('2026-01-01T00:00:00Z', 60, holidaysOnly)).toBe('2026-06-01T10:00:00.000Z');
    expect(errorCodeOf(() => add('2026-01-01T00:00:00Z', 61, holidaysOnly))).toBe('E105');
    expect(nextOpen(holidaysOnly, Date.UTC(2026, 6, 1))).toBeNull();
  });

  it('refuses invalid dates and minutes (E103), specs (E102) and far-off years (E104)', () => {
    expect(errorCodeOf(() => addBusinessTime(office, new Date('nope'), 1))).toBe('E103');
    expect(errorCodeOf(() => addBusinessTime(office, 0, Number.NaN))).toBe('E103');
    expect(errorCodeOf(() => addBusinessTime(office.spec as never, 0, 1))).toBe('E102');
    expect(errorCodeOf(() => addBusinessTime(office, Date.UTC(9999, 5, 1), 1))).toBe('E104');
  });
});
