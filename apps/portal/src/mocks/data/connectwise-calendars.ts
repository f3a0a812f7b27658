import { COMPANIES } from './connectwise-directory';

// The PSA's calendars as ConnectWise serves them (`/schedule/calendars`: one start and end per
// weekday, null for a closed day, no zone of their own), the holiday list of the US office
// (`/schedule/holidayLists/{id}/holidays`) and the companies with their calendar and
// time-zone setup (`/company/companies`), where ConnectWise keeps a customer's zone.

const day = (name: string, start: string | null, end: string | null) => ({
  [`${name}StartTime`]: start,
  [`${name}EndTime`]: end,
});
const week = (
  [start, end]: [string, string],
  [weekendStart, weekendEnd]: [string, string] | [null, null] = [null, null],
) => ({
  ...day('monday', start, end),
  ...day('tuesday', start, end),
  ...day('wednesday', start, end),
  ...day('thursday', start, end),
  ...day('friday', start, end),
  ...day('saturday', weekendStart, weekendEnd),
  ...day('sunday', weekendStart, weekendEnd),
});
const info = (href: string) => ({
  _info: { [`${href}_href`]: `https://psa.example.invalid/${href}` },
});

export const cwCalendarsJson = [
  {
    id: 7,
    name: 'Contoso office hours',
    holidayList: { id: 2, name: 'Contoso US holidays', ...info('holidayList') },
    ...week(['08:00:00', '17:00:00']),
  },
  {
    id: 8,
    name: 'Northwind extended hours',
    ...week(['07:00:00', '22:00:00'], ['09:00:00', '17:00:00']),
  },
  // Fabrikam's bank holidays come from GOV.UK's feed, not a ConnectWise holiday list.
  { id: 9, name: 'Fabrikam London office', ...week(['09:00:00', '17:30:00']) },
];

/** Holiday list 2's holidays: Thanksgiving, the short day after, Christmas, New Year. */
export const cwHolidaysJson: Readonly<Record<number, unknown[]>> = {
  2: [
    { id: 11, name: 'Thanksgiving', allDayFlag: true, date: '2026-11-26' },
    {
      id: 12,
      name: 'Day after Thanksgiving',
      allDayFlag: false,
      date: '2026-11-27',
      timeStart: '12:00:00',
      timeEnd: '17:00:00',
    },
    { id: 13, name: 'Christmas Day', allDayFlag: true, date: '2026-12-25' },
    { id: 14, name: 'New Year’s Day', allDayFlag: true, date: '2027-01-01' },
  ],
};

export const cwCompaniesJson = [
  {
    ...COMPANIES.contoso,
    calendar: { id: 7, name: 'Contoso office hours', ...info('calendar') },
    timeZoneSetup: { id: 1, name: 'GMT-5/Eastern Time: US & Canada', ...info('timeZoneSetup') },
  },
  {
    ...COMPANIES.fabrikam,
    calendar: { id: 9, name: 'Fabrikam London office', ...info('calendar') },
    timeZoneSetup: {
      id: 14,
      name: 'GMT/Greenwich Mean Time: Dublin, Edinburgh, Lisbon, London',
      ...info('timeZoneSetup'),
    },
  },
];
