import { expectTypeOf, test } from 'vitest';
import type { CalendarSpec, Holiday } from '../sla';
import { addBusinessDays, businessDaysBetween, createCalendar } from '../sla';
import { calendarFromIcs, holidaysFromIcs, type IcsLoss } from './index';

test('public ICS and business-day types', () => {
  const weekdays = { mon: [['09:00', '17:30']], fri: [['09:00', '17:30']] } as const;
  const result = calendarFromIcs('', {
    timeZone: 'Europe/London',
    hours: weekdays,
    recurringHolidays: [
      { yearly: { month: 5, weekday: 'mon', nth: -1 }, observed: 'next-weekday' },
    ],
  });
  if (result.ok) {
    expectTypeOf(result.value).toEqualTypeOf<CalendarSpec>();
    expectTypeOf(result.report.lost).toEqualTypeOf<readonly IcsLoss[]>();
    const office = createCalendar(result.value);
    expectTypeOf(addBusinessDays(office, 0, 1)).toEqualTypeOf<Date>();
    expectTypeOf(businessDaysBetween(office, 0, Date.now())).toEqualTypeOf<number>();
  }
  const holidays = holidaysFromIcs('', { years: [2026, 2030] });
  if (holidays.ok) expectTypeOf(holidays.value).toEqualTypeOf<Holiday[]>();
  calendarFromIcs('', {
    timeZone: 'UTC',
    hours: {},
    // @ts-expect-error observed rules are named ones
    recurringHolidays: [{ yearly: '12-25', observed: 'monday' }],
  });
});
