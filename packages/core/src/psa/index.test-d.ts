import { expectTypeOf, test } from 'vitest';
import type { CalendarSpec } from '../sla/calendar-spec';
import type { SlaPolicy } from '../sla/policy';
import {
  type AutotaskTicket,
  autotaskTicketHistory,
  calendarFromHalo,
  type HaloTicket,
  haloTicketHistory,
  type PsaResult,
  policyFromAutotask,
  policyFromHalo,
} from './index';

test('public PSA adapter types', () => {
  expectTypeOf(autotaskTicketHistory({}, [])).toEqualTypeOf<PsaResult<AutotaskTicket>>();
  expectTypeOf(haloTicketHistory({}, [])).toEqualTypeOf<PsaResult<HaloTicket>>();
  expectTypeOf(calendarFromHalo({})).toEqualTypeOf<PsaResult<CalendarSpec>>();
  expectTypeOf(policyFromAutotask({})).toEqualTypeOf<PsaResult<SlaPolicy>>();
  expectTypeOf(policyFromHalo({}, [])).toEqualTypeOf<PsaResult<SlaPolicy>>();
  const result = haloTicketHistory({}, []);
  if (result.ok)
    expectTypeOf(result.value.outcome.responseInSla).toEqualTypeOf<boolean | undefined>();
  // @ts-expect-error labels are maps of id to name
  autotaskTicketHistory({}, [], { labels: { statuses: [1, 2] } });
});
