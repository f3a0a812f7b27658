import { describe, expect, it } from 'vitest';
import { addBusinessTime } from './business-time';
import { CALENDAR_24X7, createCalendar } from './calendar';
import type { CalendarSpec } from './calendar-spec';
import { calendarById, createCalendarRegistry, toCalendarRegistry } from './registry';

const officeSpec: CalendarSpec = {
  id: 'office',
  timeZone: 'Europe/London',
  hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
};
const monday9 = Date.UTC(2026, 2, 2, 9);
const deadlineOf = (calendar: Parameters<typeof addBusinessTime>[0]) =>
  addBusinessTime(calendar, monday9, 600).toISOString();
const expected = '2026-03-03T11:00:00.000Z'; // 8 h on Monday, 2 h into Tuesday

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return /E\d{3}/.exec(String(error))?.[0];
  }
  return undefined;
}

describe('calendars that crossed a serialisation boundary', () => {
  it('computes with a calendar that lost its tables in JSON or structuredClone', () => {
    const office = createCalendar(officeSpec);
    expect(deadlineOf(office)).toBe(expected);
    expect(deadlineOf(JSON.parse(JSON.stringify(office)))).toBe(expected);
    expect(deadlineOf(structuredClone(office))).toBe(expected);
  });

  it('says a bare spec is a spec, and names what else it got (E102)', () => {
    const message = (value: unknown) => {
      try {
        addBusinessTime(value as never, monday9, 1);
      } catch (error) {
        return String(error);
      }
      return '';
    };
    expect(message(officeSpec)).toMatch(/E102.*got a calendar spec.*createCalendar\(spec\)/);
    expect(message(null)).toMatch(/E102.*got null/);
    expect(message('office')).toMatch(/E102.*got string/);
  });
});

describe('toCalendarRegistry', () => {
  it('returns a registry of compiled calendars as it is', () => {
    const registry = createCalendarRegistry([officeSpec]);
    expect(toCalendarRegistry(registry)).toBe(registry);
  });

  it('compiles a list of plain specs, keeping the built-in 24x7', () => {
    const registry = toCalendarRegistry([officeSpec]);
    expect([...registry.keys()]).toEqual(['24x7', 'office']);
    expect(deadlineOf(calendarById(registry, 'office'))).toBe(expected);
  });

  it('reads a registry sent through structuredClone (a map of plain objects, 24x7 included)', () => {
    const sent = structuredClone(createCalendarRegistry([officeSpec]));
    const registry = toCalendarRegistry(sent);
    expect(calendarById(registry, '24x7')).toBe(CALENDAR_24X7);
    expect(deadlineOf(calendarById(registry, 'office'))).toBe(expected);
  });

  it('reads the registry as a list of its values, as JSON would carry it', () => {
    const values = JSON.parse(JSON.stringify([...createCalendarRegistry([officeSpec]).values()]));
    const registry = toCalendarRegistry(values);
    expect(deadlineOf(calendarById(registry, 'office'))).toBe(expected);
  });

  it('names the first malformed part of a spec without the schema parser (E101)', () => {
    const bad = (patch: object) => () => toCalendarRegistry([{ ...officeSpec, ...patch } as never]);
    expect(bad({ hours: { mon: [['9am', '17:00']] } })).toThrow(/E101.*hours\.mon/);
    expect(bad({ hours: { someday: [] } })).toThrow(/E101.*hours\.someday/);
    expect(bad({ holidays: ['2026-02-30'] })).toThrow(/E101.*holidays\.0/);
    expect(bad({ holidays: [{ date: '2026-12-24', hours: [['08:00']] }] })).toThrow(/holidays\.0/);
  });

  it('refuses two calendars with one id (E106) and invalid specs (E101)', () => {
    expect(codeOf(() => toCalendarRegistry([officeSpec, officeSpec]))).toBe('E106');
    expect(codeOf(() => toCalendarRegistry([{ ...officeSpec, timeZone: 'Mars/Olympus' }]))).toBe(
      'E101',
    );
  });
});
