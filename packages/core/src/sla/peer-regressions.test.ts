import { weekdays } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween } from './business-time';
import { createCalendar } from './calendar';

// Bugs found in the libraries the benchmark compares us with — moment-business-time 2.0.0 (on
// moment-timezone 0.6.6) and dayjs-business-time 1.0.4 (on dayjs 1.11 with its utc and timezone
// plugins) — with a New York calendar in a process whose own zone is UTC. Each case pins the
// right answer; the comment says what the library returned. The benchmark's workload stays
// clear of them so that all three can be checked for equal results.

const nineToFive = createCalendar({
  timeZone: 'America/New_York',
  hours: weekdays([['08:00', '17:00']]),
});
const add = (calendar: typeof nineToFive, start: string, minutes: number) =>
  addBusinessTime(calendar, new Date(start), minutes).toISOString();

describe('seconds', () => {
  it('keeps the 30 seconds left before closing (dayjs-business-time: 08:01:00)', () => {
    // dayjs rounds the time to the close down to whole minutes and then adds a whole minute.
    expect(add(nineToFive, '2026-03-03T16:59:30-05:00', 1)).toBe('2026-03-04T13:00:30.000Z');
  });
});

describe('DST', () => {
  it('crosses the spring-forward weekend (dayjs-business-time never returns)', () => {
    // dayjs' tz objects keep the old offset through add(1, 'day'); the loop never meets its segment.
    expect(add(nineToFive, '2026-03-06T16:00:00-05:00', 120)).toBe('2026-03-09T13:00:00.000Z');
  });

  it('crosses the fall-back weekend (dayjs-business-time: an hour early, 08:00 EST)', () => {
    expect(add(nineToFive, '2026-10-30T16:00:00-04:00', 120)).toBe('2026-11-02T14:00:00.000Z');
  });

  const sundayNight = createCalendar({
    timeZone: 'America/New_York',
    hours: { sun: [['00:00', '06:00']] },
  });

  it('gives the spring-forward night 5 open hours (dayjs-business-time: 6, closing at 06:30)', () => {
    expect(add(sundayNight, '2026-03-08T00:00:00-05:00', 330)).toBe('2026-03-15T04:30:00.000Z');
  });

  it('gives the fall-back night 7 open hours (dayjs-business-time: 6, finishing a week late)', () => {
    expect(add(sundayNight, '2026-11-01T00:00:00-04:00', 390)).toBe('2026-11-01T10:30:00.000Z');
    expect(
      businessTimeBetween(
        sundayNight,
        new Date('2026-11-01T00:00:00-04:00'),
        new Date('2026-11-01T06:00:00-05:00'),
      ),
    ).toBe(420);
  });
});

describe('midnight', () => {
  it("runs hours that end at '24:00' into a closed weekend (moment-business-time throws a TypeError)", () => {
    const allDay = createCalendar({
      timeZone: 'America/New_York',
      hours: weekdays([['00:00', '24:00']]),
    });
    expect(add(allDay, '2026-01-09T23:30:00-05:00', 60)).toBe('2026-01-12T05:30:00.000Z');
  });

  it('supports a shift past midnight (both libraries loop forever)', () => {
    const nights = createCalendar({
      timeZone: 'America/New_York',
      hours: weekdays([['22:00', '06:00']]),
    });
    expect(add(nights, '2026-01-12T23:00:00-05:00', 60)).toBe('2026-01-13T05:00:00.000Z');
    expect(add(nights, '2026-01-13T05:30:00-05:00', 60)).toBe('2026-01-14T03:30:00.000Z');
  });
});
