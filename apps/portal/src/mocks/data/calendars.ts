// The PSA's coverage calendars, as `CalendarSpec` JSON (read with the core's `parseCalendar`).

const weekdays = (hours: [string, string][]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});

export const calendarsJson = [
  {
    id: 'office',
    name: 'Contoso office hours',
    timeZone: 'America/New_York',
    hours: weekdays([['08:00', '17:00']]),
    holidays: [
      { date: '2026-11-26', name: 'Thanksgiving' },
      { date: '2026-11-27', name: 'Day after Thanksgiving', hours: [['08:00', '12:00']] },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2027-01-01', name: 'New Year’s Day' },
    ],
  },
  {
    id: 'extended',
    name: 'Northwind extended hours',
    timeZone: 'America/New_York',
    hours: {
      ...weekdays([['07:00', '22:00']]),
      sat: [['09:00', '17:00']],
      sun: [['09:00', '17:00']],
    },
  },
];
