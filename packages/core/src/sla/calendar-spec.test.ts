import { newYorkOffice } from '@tandem/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTandemError } from '../errors';
import { errorCodeOf } from '../test-support/error-code';
import { CALENDAR_24X7, createCalendar } from './calendar';
import { type CalendarSpec, parseCalendar } from './calendar-spec';
import { calendarById, createCalendarRegistry } from './registry';

const example: CalendarSpec = newYorkOffice;
const issuesOf = (input: unknown) => {
  const result = parseCalendar(input);
  return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
};

describe('parseCalendar', () => {
  it('accepts the spec of the issue as it is', () => {
    expect(parseCalendar(example)).toEqual({ ok: true, value: example });
  });

  it('reports an unknown time zone', () => {
    expect(issuesOf({ ...example, timeZone: 'Mars/Olympus_Mons' })).toEqual([
      { path: ['timeZone'], code: 'invalid_time_zone' },
    ]);
  });

  it('reports malformed times, empty intervals and a start at 24:00 by path', () => {
    expect(issuesOf({ ...example, hours: { mon: [['8:00', '17:00']] } })).toEqual([
      { path: ['hours', 'mon', 0, 0], code: 'invalid_format' },
    ]);
    expect(
      issuesOf({ ...example, hours: { tue: [['09:00', '09:00']], wed: [['24:00', '06:00']] } }),
    ).toEqual([
      { path: ['hours', 'tue', 0], code: 'empty_interval' },
      { path: ['hours', 'wed', 0, 0], code: 'invalid_time' },
    ]);
  });

  it('rejects a misspelt day rather than leave it closed', () => {
    expect(issuesOf({ ...example, hours: { Mon: [['08:00', '17:00']] } })).toEqual([
      { path: ['hours'], code: 'unrecognized_keys' },
    ]);
  });

  it('reports dates that do not exist', () => {
    expect(issuesOf({ ...example, holidays: ['2026-02-30', '2026-12-25'] })).toEqual([
      { path: ['holidays', 0], code: 'invalid_date' },
    ]);
  });

  it('merges a date given twice with the same hours, as two feeds list it', () => {
    const holidays = [
      '2026-12-25',
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-24', hours: [['08:00', '12:00']] },
      { date: '2026-12-24', name: 'Christmas Eve', hours: [['08:00', '12:00']] },
    ];
    expect(parseCalendar({ ...example, holidays })).toEqual({
      ok: true,
      value: { ...example, holidays },
    });
  });

  it('rejects one date with two sets of hours, naming both holidays', () => {
    const result = parseCalendar({
      ...example,
      holidays: [
        { date: '2026-12-24', name: 'Christmas Eve' },
        '2026-12-31',
        { date: '2026-12-24', name: 'Half day', hours: [['08:00', '12:00']] },
      ],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: ['holidays', 2, 'date'],
        code: 'conflicting_holiday',
        message:
          '2026-12-24: holiday 1 ("Christmas Eve") closes it, holiday 3 ("Half day") opens it 08:00–12:00; give the date one set of hours.',
      },
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => parseCalendar(input)).not.toThrow();
      }),
    );
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(parseCalendar(hostile).ok).toBe(false);
  });
});

describe('createCalendar', () => {
  it('throws E101 naming every problem', () => {
    try {
      createCalendar({
        ...example,
        timeZone: 'Nowhere/Land',
        hours: { mon: [['09:00', '09:00']] },
      });
      expect.unreachable();
    } catch (error) {
      expect(isTandemError(error) && error.code).toBe('E101');
      expect(String(error)).toMatch(/timeZone: .*hours\.mon\[0\]: /);
    }
  });

  it('keeps the spec as plain JSON', () => {
    const calendar = createCalendar({ ...example, id: 'office' });
    expect(JSON.parse(JSON.stringify(calendar))).toEqual({
      id: 'office',
      timeZone: 'America/New_York',
      spec: { ...example, id: 'office' },
    });
  });
});

describe('createCalendarRegistry', () => {
  it('holds calendars by id, the built-in 24x7 included', () => {
    const registry = createCalendarRegistry([
      { ...example, id: 'office' },
      createCalendar({ ...example, id: 'site' }),
    ]);
    expect([...registry.keys()]).toEqual(['24x7', 'office', 'site']);
    expect(calendarById(undefined, '24x7')).toBe(CALENDAR_24X7);
  });

  it('throws E106 for a missing or repeated id and E107 for an unknown one', () => {
    expect(errorCodeOf(() => createCalendarRegistry([example]))).toBe('E106');
    expect(errorCodeOf(() => createCalendarRegistry([{ ...example, id: '24x7' }]))).toBe('E106');
    expect(errorCodeOf(() => calendarById(createCalendarRegistry([]), 'office'))).toBe('E107');
  });
});
