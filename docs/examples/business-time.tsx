import { addBusinessTime, businessTimeBetween, createCalendar } from '@tandem/react/sla-timeline';
import { Table } from './table';

// Calendars of the SLA page's examples: plain specs, compiled once.
const weekdays = [['08:00', '17:00']] as const;
const office = createCalendar({
  id: 'office',
  timeZone: 'America/New_York',
  hours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays },
  holidays: [
    '2026-12-25',
    { date: '2026-11-27', name: 'Day after Thanksgiving', hours: [['08:00', '12:00']] },
  ],
});
const nights = [['22:00', '06:00']] as const;
const nightDesk = createCalendar({
  id: 'night-desk',
  timeZone: 'Europe/London',
  hours: { mon: nights, tue: nights, wed: nights, thu: nights, fri: nights },
});
const allWeek = [['00:00', '24:00']] as const;
const newYorkDays = createCalendar({
  id: 'ny-all-week',
  timeZone: 'America/New_York',
  hours: {
    mon: allWeek,
    tue: allWeek,
    wed: allWeek,
    thu: allWeek,
    fri: allWeek,
    sat: allWeek,
    sun: allWeek,
  },
});

const CASES = [
  {
    what: 'A deadline that crosses a weekend',
    calendar: office,
    start: '2026-03-13T16:30:00-04:00',
    minutes: 60,
  },
  {
    what: 'Landing exactly on closing time stays at closing time',
    calendar: office,
    start: '2026-03-13T16:00:00-04:00',
    minutes: 60,
  },
  {
    what: 'A holiday (25 Dec) is skipped',
    calendar: office,
    start: '2026-12-24T16:00:00-05:00',
    minutes: 120,
  },
  {
    what: 'A holiday with short hours (08:00–12:00)',
    calendar: office,
    start: '2026-11-27T11:00:00-05:00',
    minutes: 120,
  },
  {
    what: 'An overnight shift belongs to the day it starts (Friday 22:00 → Saturday 06:00)',
    calendar: nightDesk,
    start: '2026-03-06T05:00:00Z',
    minutes: 180,
  },
  {
    what: 'Spring forward: 02:00–03:00 does not exist, so it is not counted',
    calendar: newYorkDays,
    start: '2026-03-08T01:00:00-05:00',
    minutes: 120,
  },
  {
    what: 'Fall back: 01:00–02:00 happens twice, and both are counted',
    calendar: newYorkDays,
    start: '2026-11-01T00:00:00-04:00',
    minutes: 180,
  },
] as const;

function local(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/**
 * `addBusinessTime` on the SLA page's calendars, computed when the page renders: the table
 * shows what the engine returns, not what the docs claim.
 *
 * @example
 * <BusinessTimeExamples />
 */
export function BusinessTimeExamples() {
  const rows = CASES.map((example) => {
    const start = new Date(example.start);
    const due = addBusinessTime(example.calendar, start, example.minutes);
    const zone = example.calendar.timeZone;
    return [
      example.what,
      <code key="calendar">{example.calendar.id}</code>,
      local(start, zone),
      `${example.minutes} min`,
      local(due, zone),
      `${(due.getTime() - start.getTime()) / 60_000} min`,
    ];
  });
  return (
    <Table
      caption="addBusinessTime(calendar, start, minutes), live"
      head={['Case', 'Calendar', 'Start (local)', '+ business', 'Due (local)', 'Wall-clock']}
      rows={rows}
    />
  );
}

/**
 * Business minutes between two instants on the office calendar, live.
 *
 * @example
 * <BetweenExample />
 */
export function BetweenExample() {
  const minutes = businessTimeBetween(
    office,
    new Date('2026-03-13T16:30:00-04:00'),
    new Date('2026-03-16T08:30:00-04:00'),
  );
  return <code>{minutes}</code>;
}
