import type { CalendarSpec, OpenHours } from '../../sla/calendar-spec';

/** The calendar id the templates' internal and business parties name. */
export const BUSINESS_HOURS_CALENDAR_ID = 'business-hours';

const NINE_TO_FIVE: readonly OpenHours[] = [['09:00', '17:00']];

/**
 * The `business-hours` calendar the templates' internal and business parties work to: Monday to
 * Friday, 09:00–17:00, in the customer's zone, no holidays. The templates name it but cannot
 * know the zone, so a host makes it here — and may pass its own hours or holidays instead. The
 * provider parties of the templates use the built-in `24x7`.
 *
 * @example
 * import { createCalendarRegistry } from '@tandem/core/sla';
 * const calendars = createCalendarRegistry([businessHoursCalendar('Europe/London')]);
 * computeSla(policy, history, Date.now(), { calendars, parties: templates['full-hybrid'].matrix.parties });
 */
export function businessHoursCalendar(
  timeZone: string,
  overrides: Partial<Omit<CalendarSpec, 'id' | 'timeZone'>> = {},
): CalendarSpec {
  return {
    id: BUSINESS_HOURS_CALENDAR_ID,
    name: 'Business hours',
    timeZone,
    hours: {
      mon: NINE_TO_FIVE,
      tue: NINE_TO_FIVE,
      wed: NINE_TO_FIVE,
      thu: NINE_TO_FIVE,
      fri: NINE_TO_FIVE,
    },
    ...overrides,
  };
}
