// Test helper: the same open hours Monday to Friday, closed at the weekend.
import type { CalendarSpec, OpenHours } from '../calendar-spec';

/** `{ mon: [[start, end]], …, fri: [[start, end]] }` — a plain office week. */
export function weekdayHours(...hours: OpenHours[]): CalendarSpec['hours'] {
  return { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours };
}
