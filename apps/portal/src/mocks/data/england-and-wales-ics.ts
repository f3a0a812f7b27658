// England and Wales bank holidays for 2026 and 2027 in the shape GOV.UK publishes its feed:
// all-day VEVENTs with VALUE=DATE, an exclusive DTEND, substitute days under their own names,
// CRLF line endings. Written for the demo from the published dates; served as text/calendar.

const events: readonly (readonly [start: string, end: string, summary: string])[] = [
  ['20260101', '20260102', 'New Year’s Day'],
  ['20260403', '20260404', 'Good Friday'],
  ['20260406', '20260407', 'Easter Monday'],
  ['20260504', '20260505', 'Early May bank holiday'],
  ['20260525', '20260526', 'Spring bank holiday'],
  ['20260831', '20260901', 'Summer bank holiday'],
  ['20261225', '20261226', 'Christmas Day'],
  ['20261228', '20261229', 'Boxing Day (substitute day)'],
  ['20270101', '20270102', 'New Year’s Day'],
  ['20270326', '20270327', 'Good Friday'],
  ['20270329', '20270330', 'Easter Monday'],
  ['20270503', '20270504', 'Early May bank holiday'],
  ['20270531', '20270601', 'Spring bank holiday'],
  ['20270830', '20270831', 'Summer bank holiday'],
  ['20271227', '20271228', 'Christmas Day (substitute day)'],
  ['20271228', '20271229', 'Boxing Day (substitute day)'],
];

const lines = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'METHOD:PUBLISH',
  'PRODID:-//uk.gov/GOVUK calendars//EN',
  'CALSCALE:GREGORIAN',
  ...events.flatMap(([start, end, summary]) => [
    'BEGIN:VEVENT',
    `DTEND;VALUE=DATE:${end}`,
    `DTSTART;VALUE=DATE:${start}`,
    `SUMMARY:${summary}`,
    `UID:tandem-demo-${start}-${summary.replace(/[^A-Za-z]/g, '')}@gov.uk`,
    'SEQUENCE:0',
    'DTSTAMP:20261101T090000Z',
    'END:VEVENT',
  ]),
  'END:VCALENDAR',
];

/** The feed's text, as `/bank-holidays/england-and-wales.ics` serves it. */
export const englandAndWalesIcs = `${lines.join('\r\n')}\r\n`;

/** How many bank holidays the feed lists. */
export const ENGLAND_AND_WALES_HOLIDAYS = events.length;
