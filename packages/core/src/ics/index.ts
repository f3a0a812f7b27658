// Holiday feeds: iCalendar (RFC 5545) text → CalendarSpec holidays, read with ical.js.
export { calendarFromIcs } from './calendar-from-ics';
export { holidaysFromIcs, type IcsOptions } from './holidays-from-ics';
export type { IcsLoss, IcsResult } from './ics-result';
