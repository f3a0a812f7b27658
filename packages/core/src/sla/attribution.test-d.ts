import { expectTypeOf, test } from 'vitest';
import type { Party } from '../matrix/model';
import { type SlaAttribution, type SlaWatch, slaAttribution } from '../sla-attribution-entry';

test('public attribution types', () => {
  const policy = { id: 'p', calendarId: '24x7', priorities: {} };
  // The matrix's parties go in as they are.
  const parties: readonly Party[] = [{ id: 'msp', name: 'MSP', side: 'provider' }];
  const attribution = slaAttribution(policy, [{ type: 'created', at: 0, priority: 'P1' }], 0, {
    parties,
  });
  expectTypeOf(attribution).toEqualTypeOf<SlaAttribution>();
  expectTypeOf(attribution.targets.resolution?.breaches).toEqualTypeOf<
    readonly SlaWatch[] | undefined
  >();
  // @ts-expect-error a side is one of the matrix's
  slaAttribution(policy, [], 0, { parties: [{ id: 'x', side: 'msp' }] });
});
