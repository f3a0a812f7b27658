import { expectTypeOf, test } from 'vitest';
import {
  addBusinessTime,
  type Calendar,
  type CalendarSpec,
  computeSla,
  createCalendar,
  parseCalendar,
  parseTicketHistory,
  type SlaClock,
  type SlaState,
  type TicketHistory,
} from './index';

test('public SLA types', () => {
  const spec: CalendarSpec = { timeZone: 'UTC', hours: { mon: [['09:00', '17:00']] } };
  const calendar = createCalendar(spec);
  expectTypeOf(calendar).toEqualTypeOf<Calendar>();
  expectTypeOf(addBusinessTime(calendar, 0, 30)).toEqualTypeOf<Date>();
  // @ts-expect-error hours are [start, end] pairs
  createCalendar({ timeZone: 'UTC', hours: { mon: ['09:00'] } });
  // @ts-expect-error it takes a compiled calendar, not a spec
  addBusinessTime(spec, 0, 30);
  const parsed = parseCalendar(spec);
  if (parsed.ok) expectTypeOf(parsed.value).toEqualTypeOf<CalendarSpec>();
  const history = parseTicketHistory([]);
  if (history.ok) expectTypeOf(history.value).toEqualTypeOf<TicketHistory>();
  const sla = computeSla(
    { id: 'p', calendarId: '24x7', priorities: {} },
    [{ type: 'created', at: 0, priority: 'P1' }],
    new Date(),
  );
  expectTypeOf(sla.clocks.resolution).toEqualTypeOf<SlaClock | undefined>();
  expectTypeOf<SlaClock['state']>().toEqualTypeOf<SlaState>();
  expectTypeOf<SlaClock['dueAt']>().toEqualTypeOf<number | null>();
});
