import { describe, expect, it } from 'vitest';
import {
  hoursInDay,
  instantOfWall,
  isKnownTimeZone,
  localDays,
  startOfLocalDate,
  wallTimeOf,
  zoneOffsetAt,
} from './zoned-time';

const HOUR = 3_600_000;
const NY = 'America/New_York';

describe('wallTimeOf', () => {
  it('reads the local date, time and weekday', () => {
    expect(wallTimeOf(Date.UTC(2026, 2, 8, 7, 30), NY)).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      hour: 3,
      minute: 30,
      second: 0,
      weekday: 0,
    });
  });

  it('keeps half-hour offsets', () => {
    expect(wallTimeOf(Date.UTC(2026, 0, 1, 12), 'Asia/Kolkata')).toMatchObject({
      hour: 17,
      minute: 30,
    });
  });
});

describe('zoneOffsetAt', () => {
  it('follows DST in London', () => {
    expect(zoneOffsetAt(Date.UTC(2026, 0, 15), 'Europe/London')).toBe(0);
    expect(zoneOffsetAt(Date.UTC(2026, 6, 15), 'Europe/London')).toBe(HOUR);
  });
});

describe('instantOfWall', () => {
  it('finds an ordinary local time', () => {
    expect(instantOfWall(Date.UTC(2026, 2, 2, 8), NY)).toBe(Date.UTC(2026, 2, 2, 13));
  });

  it('gives the earlier instant of a time the autumn change repeats', () => {
    // 01:30 on 1 November 2026 happens in EDT (05:30 UTC) and again in EST (06:30 UTC).
    expect(instantOfWall(Date.UTC(2026, 10, 1, 1, 30), NY)).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('gives the moment the clocks jump for a time the spring change skips', () => {
    // 02:30 on 8 March 2026 never happened: at 07:00 UTC the clocks went from 02:00 to 03:00.
    expect(instantOfWall(Date.UTC(2026, 2, 8, 2, 30), NY)).toBe(Date.UTC(2026, 2, 8, 7));
  });

  it('finds the start of a day whose midnight is skipped', () => {
    // Chile moved from -04 to -03 at local midnight on 6 September 2026.
    const start = startOfLocalDate(2026, 9, 6, 'America/Santiago');
    expect(wallTimeOf(start, 'America/Santiago')).toMatchObject({ day: 6, hour: 1, minute: 0 });
    expect(wallTimeOf(start - 1000, 'America/Santiago')).toMatchObject({ day: 5, hour: 23 });
  });
});

describe('localDays', () => {
  it('makes the spring-forward day 23 hours and the fall-back day 25 hours long', () => {
    const spring = localDays(Date.UTC(2026, 2, 7, 12), Date.UTC(2026, 2, 9, 12), NY);
    expect(spring.map((d) => [d.day, hoursInDay(d)])).toEqual([
      [7, 24],
      [8, 23],
      [9, 24],
    ]);
    const autumn = localDays(Date.UTC(2026, 10, 1, 12), Date.UTC(2026, 10, 1, 13), NY);
    expect(hoursInDay(autumn[0] ?? { start: 0, end: 0 })).toBe(25);
  });

  it('tiles the range with no gaps and starts every day at local midnight', () => {
    const days = localDays(Date.UTC(2026, 2, 25), Date.UTC(2026, 3, 3), 'Europe/Paris');
    for (let k = 1; k < days.length; k++) expect(days[k]?.start).toBe(days[k - 1]?.end);
    for (const day of days) expect(wallTimeOf(day.start, 'Europe/Paris').hour).toBe(0);
    expect(days.find((d) => d.day === 29 && d.month === 3)?.end).toBe(Date.UTC(2026, 2, 29, 22));
  });
});

describe('isKnownTimeZone', () => {
  it('refuses made-up zones', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
