import { weekdays } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import type { CalendarSpec } from '../sla/calendar-spec';
import { calendarFromIcs } from './calendar-from-ics';

const feed = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\n');
const base: CalendarSpec = {
  id: 'office',
  timeZone: 'America/New_York',
  hours: weekdays([['08:00', '17:00']]),
  holidays: [{ date: '2026-07-03', name: 'Independence Day (observed)' }],
};

describe('calendarFromIcs', () => {
  it('adds the feed’s holidays to the base, merging a day both list', () => {
    const text = feed(
      ['DTSTART;VALUE=DATE:20260703', 'SUMMARY:Independence Day'],
      ['DTSTART;VALUE=DATE:20261126', 'SUMMARY:Thanksgiving Day'],
      ['DTSTART:20261127T170000Z', 'DTEND:20261127T220000Z', 'SUMMARY:Half day'],
    );
    const result = calendarFromIcs(text, base);
    expect(result.ok && result.value.holidays).toEqual([
      { date: '2026-07-03', name: 'Independence Day (observed)' },
      { date: '2026-11-26', name: 'Thanksgiving Day' },
      { date: '2026-11-27', name: 'Half day', hours: [['08:00', '12:00']] },
    ]);
  });

  it('expands recurring events over the base’s years when none are given', () => {
    const text = feed([
      'DTSTART;VALUE=DATE:20241225',
      'RRULE:FREQ=YEARLY',
      'SUMMARY:Christmas Day',
    ]);
    const result = calendarFromIcs(text, base);
    expect(
      result.ok && result.value.holidays?.slice(1).map((h) => (typeof h === 'string' ? h : h.date)),
    ).toEqual(['2024-12-25', '2025-12-25', '2026-12-25']);
  });

  it('fails on a day with other hours in the base, naming both sides', () => {
    const text = feed(['DTSTART;VALUE=DATE:20261224', 'SUMMARY:Christmas Eve']);
    const halfDay = { date: '2026-12-24', name: 'Half day', hours: [['08:00', '12:00']] } as const;
    const result = calendarFromIcs(text, { ...base, holidays: [halfDay] });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      '2026-12-24: base holiday 1 ("Half day") opens it 08:00–12:00, the feed\'s holiday 1 ("Christmas Eve") closes it; give the date one set of hours.',
    ]);
  });

  it('leaves a timed closure on a day the base already closes as it is', () => {
    const text = feed([
      'DTSTART:20260703T160000Z',
      'DTEND:20260703T220000Z',
      'SUMMARY:Early close',
    ]);
    const result = calendarFromIcs(text, base);
    expect(result.ok && result.value.holidays).toEqual(base.holidays);
  });

  it('reports a bad base under base', () => {
    const result = calendarFromIcs(feed(), { ...base, timeZone: 'Nowhere/Land' });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([['base', 'timeZone']]);
  });
});
