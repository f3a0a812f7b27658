import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, isOpen } from './business-time';
import { createCalendar } from './calendar';
import type { CalendarSpec, Holiday, OpenHours, Weekday } from './calendar-spec';
import { oracleAdd, oracleOpenMinute, oracleOpenMs, oracleSubtract } from './testing/oracle';

// The engine against a brute-force oracle that asks Intl about every minute. Starts sit within
// a day and a half of a DST change (both ways, both hemispheres, half-hour DST) or the new year,
// so the interesting cases come up on every run.

const MINUTE = 60_000;
const HOUR = 3_600_000;
const zones: Record<string, readonly string[]> = {
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'America/St_Johns': ['2026-03-08', '2026-11-01'],
  'Australia/Sydney': ['2026-04-05', '2026-10-04'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
  'Pacific/Chatham': ['2026-04-05', '2026-09-27'],
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'Asia/Kolkata': ['2026-12-31'],
  UTC: ['2026-12-31'],
};
const days: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// Times on a 5-minute grid, so starts and ends often coincide (touching and nested intervals).
const interval: fc.Arbitrary<OpenHours> = fc
  .tuple(fc.integer({ min: 0, max: 287 }), fc.integer({ min: 1, max: 288 }))
  .filter(([s, e]) => s !== e % 288)
  .map(([s, e]) => [hhmm(s * 5), e === 288 ? '24:00' : hhmm(e * 5)]);
const dayHours = fc.oneof(
  { weight: 1, arbitrary: fc.constant<OpenHours[]>([]) },
  { weight: 3, arbitrary: fc.array(interval, { minLength: 1, maxLength: 3 }) },
);

/** A random calendar in a zone, and a start near one of the zone's interesting days. */
const scenario = fc
  .constantFrom(...Object.keys(zones))
  .chain((timeZone) =>
    fc.record({
      timeZone: fc.constant(timeZone),
      base: fc.constantFrom(...(zones[timeZone] ?? [])),
      week: fc.tuple(dayHours, dayHours, dayHours, dayHours, dayHours, dayHours, dayHours),
      holidays: fc.array(
        fc.record({ shift: fc.integer({ min: -2, max: 2 }), hours: fc.option(dayHours) }),
        { maxLength: 2 },
      ),
      // Anywhere within 36 h of local midnight, to the millisecond.
      offset: fc.integer({ min: -36 * HOUR, max: 36 * HOUR }),
    }),
  )
  .map(({ timeZone, base, week, holidays, offset }) => {
    const baseDay = Date.parse(`${base}T00:00:00Z`);
    const dated = new Map<string, Holiday>();
    for (const { shift, hours } of holidays) {
      const date = new Date(baseDay + shift * 24 * HOUR).toISOString().slice(0, 10);
      dated.set(date, hours === null ? { date } : { date, hours });
    }
    const spec: CalendarSpec = {
      timeZone,
      hours: Object.fromEntries(days.map((day, i) => [day, week[i] ?? []])),
      holidays: [...dated.values()].map((h) => (h.hours ? h : h.date)),
    };
    return { spec, start: baseDay + offset };
  });
const amount = fc.integer({ min: 0, max: 600 * MINUTE });
const runs = { numRuns: 60 };

describe('addBusinessTime against the minute-by-minute oracle', () => {
  it('finds the same earliest deadline', () => {
    fc.assert(
      fc.property(scenario, amount, ({ spec, start }, ms) => {
        const expected = oracleAdd(spec, start, ms, 20_000);
        fc.pre(expected !== undefined);
        expect(addBusinessTime(createCalendar(spec), start, ms / MINUTE).getTime()).toBe(expected);
      }),
      runs,
    );
  });

  it('finds the same latest start when going back', () => {
    fc.assert(
      fc.property(scenario, amount, ({ spec, start }, ms) => {
        const expected = oracleSubtract(spec, start, ms, 20_000);
        fc.pre(expected !== undefined);
        expect(addBusinessTime(createCalendar(spec), start, -ms / MINUTE).getTime()).toBe(expected);
      }),
      runs,
    );
  });

  it('agrees on open time between two instants and on isOpen', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 40 * HOUR }), ({ spec, start }, span) => {
        const calendar = createCalendar(spec);
        expect(businessTimeBetween(calendar, start, start + span)).toBe(
          oracleOpenMs(spec, start, start + span) / MINUTE,
        );
        const minute = Math.floor(start / MINUTE) * MINUTE;
        expect(isOpen(calendar, start)).toBe(oracleOpenMinute(spec, minute));
      }),
      runs,
    );
  });
});

describe('addBusinessTime and businessTimeBetween together', () => {
  const calendarAndStart = scenario.filter(({ spec }) =>
    Object.values(spec.hours).some((hours) => hours.length > 0),
  );

  it('counts back exactly what was added: between(s, add(s, m)) = m', () => {
    fc.assert(
      fc.property(calendarAndStart, amount, ({ spec, start }, ms) => {
        const calendar = createCalendar(spec);
        const end = addBusinessTime(calendar, start, ms / MINUTE);
        expect(businessTimeBetween(calendar, start, end) * MINUTE).toBeCloseTo(ms, 6);
      }),
      runs,
    );
  });

  it('adds what lies between back up to no later than the end: add(s, between(s, T)) ≤ T', () => {
    fc.assert(
      fc.property(
        calendarAndStart,
        fc.integer({ min: 0, max: 40 * HOUR }),
        ({ spec, start }, span) => {
          const calendar = createCalendar(spec);
          const open = businessTimeBetween(calendar, start, start + span);
          const reached = addBusinessTime(calendar, start, open).getTime();
          expect(reached).toBeLessThanOrEqual(start + span);
          // Whatever is left between the two is closed time.
          expect(businessTimeBetween(calendar, reached, start + span)).toBe(0);
        },
      ),
      runs,
    );
  });

  it('mirrors negative minutes: going back from add(s, m) by m returns to s across closed time only', () => {
    fc.assert(
      fc.property(calendarAndStart, amount, ({ spec, start }, ms) => {
        const calendar = createCalendar(spec);
        const end = addBusinessTime(calendar, start, ms / MINUTE);
        const back = addBusinessTime(calendar, end, -ms / MINUTE).getTime();
        expect(back).toBeGreaterThanOrEqual(start);
        expect(businessTimeBetween(calendar, start, back)).toBe(0);
        const before = addBusinessTime(calendar, start, -ms / MINUTE);
        expect(businessTimeBetween(calendar, before, start) * MINUTE).toBeCloseTo(ms, 6);
      }),
      runs,
    );
  });

  it('is monotonic in the minutes and in the start', () => {
    fc.assert(
      fc.property(
        calendarAndStart,
        amount,
        amount,
        fc.integer({ min: 0, max: 6 * HOUR }),
        ({ spec, start }, a, b, later) => {
          const calendar = createCalendar(spec);
          const [small, large] = a <= b ? [a, b] : [b, a];
          const at = (s: number, ms: number) => addBusinessTime(calendar, s, ms / MINUTE).getTime();
          expect(at(start, small)).toBeLessThanOrEqual(at(start, large));
          expect(at(start, small)).toBeLessThanOrEqual(at(start + later, small));
          expect(at(start, -large)).toBeLessThanOrEqual(at(start, -small));
        },
      ),
      runs,
    );
  });
});
