import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursInDay, localDaysBetween, startOfLocalDate } from './local-days';
import { instantOfWall, isKnownTimeZone, offsetAt, wallTimeAt, zoneFormatter } from './tz';

const HOUR = 3_600_000;
const NY = 'America/New_York';

describe('wallTimeAt', () => {
  it('reads the local date, time and weekday', () => {
    expect(wallTimeAt(NY, Date.UTC(2026, 2, 8, 7, 30))).toEqual({
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
    expect(wallTimeAt('Asia/Kolkata', Date.UTC(2026, 0, 1, 12))).toMatchObject({
      hour: 17,
      minute: 30,
    });
  });
});

describe('offsetAt', () => {
  it('follows DST in London', () => {
    expect(offsetAt('Europe/London', Date.UTC(2026, 0, 15))).toBe(0);
    expect(offsetAt('Europe/London', Date.UTC(2026, 6, 15))).toBe(HOUR);
  });
});

describe('instantOfWall', () => {
  it('finds an ordinary local time', () => {
    expect(instantOfWall(NY, Date.UTC(2026, 2, 2, 8))).toBe(Date.UTC(2026, 2, 2, 13));
  });

  it('gives the earlier instant of a time the autumn change repeats', () => {
    // 01:30 on 1 November 2026 happens in EDT (05:30 UTC) and again in EST (06:30 UTC).
    expect(instantOfWall(NY, Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('gives the moment the clocks jump for a time the spring change skips', () => {
    // 02:30 on 8 March 2026 never happened: at 07:00 UTC the clocks went from 02:00 to 03:00.
    expect(instantOfWall(NY, Date.UTC(2026, 2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 7));
  });

  it('finds the start of a day whose midnight is skipped', () => {
    // Chile moved from -04 to -03 at local midnight on 6 September 2026.
    const start = startOfLocalDate('America/Santiago', 2026, 9, 6);
    expect(wallTimeAt('America/Santiago', start)).toMatchObject({ day: 6, hour: 1, minute: 0 });
    expect(wallTimeAt('America/Santiago', start - 1000)).toMatchObject({ day: 5, hour: 23 });
  });
});

describe('localDaysBetween', () => {
  it('makes the spring-forward day 23 hours and the fall-back day 25 hours long', () => {
    const spring = localDaysBetween(NY, Date.UTC(2026, 2, 7, 12), Date.UTC(2026, 2, 9, 12));
    expect(spring.map((d) => [d.day, hoursInDay(d)])).toEqual([
      [7, 24],
      [8, 23],
      [9, 24],
    ]);
    const autumn = localDaysBetween(NY, Date.UTC(2026, 10, 1, 12), Date.UTC(2026, 10, 1, 13));
    expect(hoursInDay(autumn[0] ?? { start: 0, end: 0 })).toBe(25);
  });

  it('tiles the range with no gaps and starts every day at local midnight', () => {
    const days = localDaysBetween('Europe/Paris', Date.UTC(2026, 2, 25), Date.UTC(2026, 3, 3));
    for (let k = 1; k < days.length; k++) expect(days[k]?.start).toBe(days[k - 1]?.end);
    for (const day of days) expect(wallTimeAt('Europe/Paris', day.start).hour).toBe(0);
    expect(days.find((d) => d.day === 29 && d.month === 3)?.end).toBe(Date.UTC(2026, 2, 29, 22));
  });
});

describe('isKnownTimeZone', () => {
  it('refuses made-up zones', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('wallTimeAt against Intl.formatToParts', () => {
  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
  const oracle = (timeZone: string, t: number) => {
    // The engine's own formatter, read the slow way (parts) rather than its fast one (format()).
    const parts = zoneFormatter(timeZone)?.formatToParts(t) ?? [];
    const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return {
      year: field('year'),
      month: field('month'),
      day: field('day'),
      hour: field('hour'),
      minute: field('minute'),
      second: field('second'),
    };
  };

  it('reads every field as Intl does, across DST changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (zone, t) => {
          expect(wallTimeAt(zone, t)).toMatchObject(oracle(zone, t));
        },
      ),
    );
  });
});
