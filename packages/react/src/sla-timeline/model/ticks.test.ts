import { describe, expect, it } from 'vitest';
import { axisTicks, chooseTickUnit, dayBands, TICK_UNITS, unitMs } from './ticks';

const HOUR = 3_600_000;
const NY = 'America/New_York';
const hours = (ticks: { hour: number; minute: number }[]) =>
  ticks.map((t) => `${t.hour}:${String(t.minute).padStart(2, '0')}`);

describe('chooseTickUnit', () => {
  it('picks the finest unit that leaves room for a label', () => {
    expect(chooseTickUnit(24 * HOUR, 960)).toEqual({ kind: 'minutes', step: 120 });
    expect(chooseTickUnit(2 * HOUR, 960)).toEqual({ kind: 'minutes', step: 10 });
    expect(chooseTickUnit(60 * 24 * HOUR, 960)).toEqual({ kind: 'days', step: 7 });
  });

  it('never puts ticks closer than the gap asked for, unless no unit is coarse enough', () => {
    for (const span of [HOUR, 7 * HOUR, 3 * 24 * HOUR, 20 * 24 * HOUR]) {
      const unit = chooseTickUnit(span, 800, 64);
      expect((unitMs(unit) * 800) / span).toBeGreaterThanOrEqual(64);
    }
    expect(chooseTickUnit(10_000 * 24 * HOUR, 100)).toBe(TICK_UNITS[TICK_UNITS.length - 1]);
  });
});

describe('axisTicks', () => {
  it('skips 02:00 on the spring-forward day', () => {
    const range = { from: Date.UTC(2026, 2, 8, 5), to: Date.UTC(2026, 2, 8, 10) };
    const ticks = axisTicks(range, NY, { kind: 'minutes', step: 60 });
    expect(hours(ticks)).toEqual(['0:00', '1:00', '3:00', '4:00', '5:00', '6:00']);
    expect(ticks[0]?.major).toBe(true);
    // Real time still runs evenly: 01:00 EST to 03:00 EDT is one hour.
    expect((ticks[2]?.at ?? 0) - (ticks[1]?.at ?? 0)).toBe(HOUR);
  });

  it('repeats 01:00 on the fall-back day', () => {
    const range = { from: Date.UTC(2026, 10, 1, 4), to: Date.UTC(2026, 10, 1, 8) };
    const ticks = axisTicks(range, NY, { kind: 'minutes', step: 60 });
    expect(hours(ticks)).toEqual(['0:00', '1:00', '1:00', '2:00', '3:00']);
  });

  it('places ticks on the wall-clock hours of a half-hour zone', () => {
    const range = { from: Date.UTC(2026, 0, 1, 0), to: Date.UTC(2026, 0, 1, 3) };
    const ticks = axisTicks(range, 'Asia/Kolkata', { kind: 'minutes', step: 60 });
    expect(ticks.map((t) => t.at)).toEqual([
      Date.UTC(2026, 0, 1, 0, 30),
      Date.UTC(2026, 0, 1, 1, 30),
      Date.UTC(2026, 0, 1, 2, 30),
    ]);
  });

  it('puts weekly ticks on Mondays and daily ticks on local midnights', () => {
    const range = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 2, 31) };
    const weekly = axisTicks(range, NY, { kind: 'days', step: 7 });
    expect(weekly.map((t) => t.day.day)).toEqual([2, 9, 16, 23, 30]);
    const daily = axisTicks(range, NY, { kind: 'days', step: 1 });
    expect(daily.every((t) => t.major)).toBe(true);
    expect(daily.find((t) => t.day.day === 9)?.at).toBe(Date.UTC(2026, 2, 9, 4));
  });
});

describe('dayBands', () => {
  it('clips the days to the range', () => {
    // 08:00 EDT on the 8th to 08:00 EDT on the 9th: 16 hours of the one day, 8 of the next.
    const range = { from: Date.UTC(2026, 2, 8, 12), to: Date.UTC(2026, 2, 9, 12) };
    const bands = dayBands(range, NY);
    expect(bands.map((b) => [b.day, b.to - b.from])).toEqual([
      [8, 16 * HOUR],
      [9, 8 * HOUR],
    ]);
  });
});
