import { weekdays } from '@tandem/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidaysFromIcs } from './holidays-from-ics';

// Small hand-written feeds of the shapes real ones have (see ics-corpus.test.ts for the real ones).
const feed = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tandem tests//EN',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
const readFeed = (text: unknown, options = {}) => {
  const result = holidaysFromIcs(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
};
const office = { timeZone: 'Europe/London', hours: weekdays([['09:00', '17:30']]) };

describe('holidaysFromIcs', () => {
  it('reads all-day events with an exclusive DTEND, or one day without it', () => {
    const text = feed(
      event('DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261226', 'SUMMARY:Christmas Day'),
      event('DTSTART;VALUE=DATE:20261228', 'SUMMARY:Boxing Day (substitute day)'),
      event('DTSTART;VALUE=DATE:20260403', 'DTEND;VALUE=DATE:20260407', 'SUMMARY:Easter break'),
    );
    expect(readFeed(text).value).toEqual([
      { date: '2026-04-03', name: 'Easter break' },
      { date: '2026-04-04', name: 'Easter break' },
      { date: '2026-04-05', name: 'Easter break' },
      { date: '2026-04-06', name: 'Easter break' },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('unfolds lines and unescapes text, with LF as well as CRLF', () => {
    const text = feed(
      event(
        'DTSTART;VALUE=DATE:20260119',
        'SUMMARY:Birthday of Martin Luther King\\, Jr',
        ' .',
        'DESCRIPTION:a\\nb',
      ),
    ).replaceAll('\r\n', '\n');
    expect(readFeed(text).value).toEqual([
      { date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.' },
    ]);
  });

  it('expands a yearly rule over the years asked for, minus its EXDATEs', () => {
    const text = feed(
      event(
        'DTSTART;VALUE=DATE:20201225',
        'RRULE:FREQ=YEARLY',
        'EXDATE;VALUE=DATE:20271225',
        'SUMMARY:Christmas Day',
      ),
      event(
        'DTSTART;VALUE=DATE:20201126',
        'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
        'SUMMARY:Thanksgiving',
      ),
    );
    expect(readFeed(text, { years: [2026, 2028] }).value.map((h) => h.date)).toEqual([
      '2026-11-26',
      '2026-12-25',
      '2027-11-25',
      '2028-11-23',
      '2028-12-25',
    ]);
    // Without years, the feed's own: here only 2020.
    expect(readFeed(text).value.map((h) => h.date)).toEqual(['2020-11-26', '2020-12-25']);
  });

  it('merges two events on one day and skips cancelled ones, saying so with the line', () => {
    const text = feed(
      event('DTSTART;VALUE=DATE:20250120', 'SUMMARY:Birthday of Martin Luther King, Jr.'),
      event('DTSTART;VALUE=DATE:20250120', 'SUMMARY:Inauguration Day'),
      event('DTSTART;VALUE=DATE:20250704', 'STATUS:CANCELLED', 'SUMMARY:Picnic'),
    );
    const result = readFeed(text);
    expect(result.value).toEqual([
      { date: '2025-01-20', name: 'Birthday of Martin Luther King, Jr.' },
    ]);
    expect(result.report.lost).toEqual([
      { path: ['VEVENT', 2], line: 12, code: 'cancelled', message: 'line 12: a cancelled event.' },
    ]);
  });

  it('turns a timed event into a partial holiday of the calendar’s hours', () => {
    const text = feed(
      event(
        'DTSTART;TZID=Europe/London:20261224T130000',
        'DTEND;TZID=Europe/London:20261224T180000',
        'SUMMARY:Christmas Eve',
      ),
      // 09:00–11:00 New York is 14:00–16:00 in London.
      event(
        'DTSTART;TZID=America/New_York:20261223T090000',
        'DTEND;TZID=America/New_York:20261223T110000',
        'SUMMARY:Party',
      ),
      event('DTSTART:20261222T000000Z', 'DTEND:20261223T000000Z', 'SUMMARY:Closed'),
    );
    expect(readFeed(text, office).value).toEqual([
      { date: '2026-12-22', name: 'Closed' },
      {
        date: '2026-12-23',
        name: 'Party',
        hours: [
          ['09:00', '14:00'],
          ['16:00', '17:30'],
        ],
      },
      { date: '2026-12-24', name: 'Christmas Eve', hours: [['09:00', '13:00']] },
    ]);
  });

  it('reports timed events it cannot place: no hours given, or a TZID it does not know', () => {
    const text = feed(
      event('DTSTART:20261224T120000Z', 'DTEND:20261224T170000Z'),
      event(
        'DTSTART;TZID=Eastern Standard Time:20261224T120000',
        'DTEND;TZID=Eastern Standard Time:20261224T170000',
      ),
    );
    expect(readFeed(text).report.lost.map((l) => [l.code, l.line])).toEqual([
      ['timed_event', 4],
      ['timed_event', 8],
    ]);
    expect(readFeed(text, office).report.lost.map((l) => [l.code, l.line])).toEqual([
      ['invalid_time_zone', 8],
    ]);
  });

  it('reports an unreadable event by its line and keeps the others', () => {
    const text = feed(
      event('DTSTART;VALUE=DATE:2026XX25', 'SUMMARY:Broken'),
      event('DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas Day'),
      event('SUMMARY:No start'),
    );
    const result = readFeed(text);
    expect(result.value).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }]);
    expect(result.report.lost.map((l) => [l.code, l.line])).toEqual([
      ['unreadable_event', 4],
      ['missing_start', 12],
    ]);
  });

  it('fails on text that is not iCalendar and on bad options', () => {
    const codes = (text: unknown, options = {}) => {
      const result = holidaysFromIcs(text, options);
      return result.ok ? [] : result.issues.map((i) => i.code);
    };
    expect(codes(42)).toEqual(['invalid_type']);
    expect(codes('hello')).toEqual(['invalid_ics']);
    expect(codes(feed(), { years: [2030, 2020] })).toEqual(['invalid_years']);
    expect(codes(feed(), { timeZone: 'Mars/Base' })).toEqual(['invalid_time_zone']);
  });

  it('never throws, whatever text it is given', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'BEGIN:VEVENT',
        'END:VEVENT',
        'DTSTART;VALUE=DATE:20261225',
        'DTSTART:20261224T120000Z',
        'DTEND;VALUE=DATE:20251226',
        'RRULE:FREQ=YEARLY;COUNT=3',
        'RRULE:FREQ=DAILY',
        'STATUS:CANCELLED',
        ' folded',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, wrap) => {
        const text = wrap ? feed(...lines) : lines.join('\n');
        expect(() => holidaysFromIcs(text, { ...office, years: [2026, 2027] })).not.toThrow();
      }),
    );
  });
});
