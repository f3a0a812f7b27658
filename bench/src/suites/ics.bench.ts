import { calendarFromIcs } from '@tandem/core/ics';
import type { CalendarSpec, Holiday } from '@tandem/core/sla';
import ical, { type CalendarResponse, type VEvent } from 'node-ical';
import type { BenchSuite } from '../suite';

// Holiday feeds: calendarFromIcs on a generated ten-year feed of the GOV.UK shape (all-day
// events with an exclusive DTEND, folded DESCRIPTION lines, LF endings), against node-ical
// reading the same text. A second feed adds what real feeds mix in: yearly RRULEs, timed events
// (partial holidays) and a cancelled event.

const base: CalendarSpec = {
  id: 'uk-office',
  timeZone: 'Europe/London',
  hours: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '17:30']]]),
  ),
};
const compact = (date: string) => date.replaceAll('-', '');
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function event(lines: string[]): string[] {
  return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
}

/** 10 holidays a year for 2026–2035: 100 all-day events. */
function datedFeed(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tandem bench//EN'];
  const days = [
    '01-01',
    '03-30',
    '04-02',
    '05-04',
    '05-25',
    '08-31',
    '11-11',
    '12-24',
    '12-25',
    '12-28',
  ];
  for (let year = 2026; year <= 2035; year++) {
    days.forEach((md, i) => {
      const date = `${year}-${md}`;
      lines.push(
        ...event([
          `DTSTART;VALUE=DATE:${compact(date)}`,
          `DTEND;VALUE=DATE:${compact(nextDay(date))}`,
          `SUMMARY:Bank holiday ${i + 1}\\, ${year}`,
          'DESCRIPTION:A generated holiday for the benchmark\\, with a description long enough',
          ' to be folded onto a second line as real feeds do.',
          `UID:${date}-${i}@bench.tandem`,
          'DTSTAMP:20260101T000000Z',
        ]),
      );
    });
  }
  return [...lines, 'END:VCALENDAR', ''].join('\n');
}

/** Yearly rules expanded over ten years, timed half days and a cancelled event. */
function mixedFeed(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tandem bench//EN'];
  lines.push(
    ...event(['DTSTART;VALUE=DATE:20261225', 'RRULE:FREQ=YEARLY', 'SUMMARY:Christmas Day']),
    ...event(['DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY', 'SUMMARY:New Year']),
    ...event([
      'DTSTART;VALUE=DATE:20260525',
      'RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO',
      'SUMMARY:Spring bank holiday',
    ]),
  );
  for (let year = 2026; year <= 2035; year++) {
    lines.push(
      ...event([
        `DTSTART;TZID=Europe/London:${year}1231T130000`,
        `DTEND;TZID=Europe/London:${year}1231T180000`,
        'SUMMARY:New Year’s Eve (half day)',
      ]),
    );
  }
  lines.push(...event(['DTSTART;VALUE=DATE:20270706', 'STATUS:CANCELLED', 'SUMMARY:Picnic']));
  return [...lines, 'END:VCALENDAR', ''].join('\n');
}

const dated = datedFeed();
const mixed = mixedFeed();
const years = [2026, 2035] as const;

function tandem(text: string, range?: readonly [number, number]) {
  const result = calendarFromIcs(text, base, range ? { years: range } : {});
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
  return result.value;
}

/** Holiday dates, whichever reader produced them. */
function datesOf(result: unknown): string[] {
  const holidays = (result as CalendarSpec).holidays;
  if (holidays) return holidays.map((h: string | Holiday) => (typeof h === 'string' ? h : h.date));
  return Object.values(result as CalendarResponse)
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .map((e) => e.start.toISOString().slice(0, 10))
    .sort();
}

export const icsSuite: BenchSuite = {
  name: 'ics',
  groups: [
    {
      name: 'ics: calendarFromIcs, 10-year feed (100 all-day events)',
      budgetNs: 5e6,
      normalise: datesOf,
      cases: [
        { name: '@tandem/core calendarFromIcs', subject: true, run: () => tandem(dated) },
        { name: 'node-ical parseICS (events only)', run: () => ical.sync.parseICS(dated) },
      ],
    },
    {
      name: 'ics: calendarFromIcs, 10 years of RRULEs and timed half days (Tandem only)',
      budgetNs: 5e6,
      cases: [
        {
          name: '@tandem/core calendarFromIcs',
          subject: true,
          run: () => tandem(mixed, years),
        },
      ],
    },
  ],
};
