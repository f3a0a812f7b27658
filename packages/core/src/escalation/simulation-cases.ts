import fc from 'fast-check';
import type { EscalationPolicy, EscalationStep, Transition } from './model';
import type { SimulatedTicket, TicketSimEvent } from './simulate';
import { MINUTE, MONDAY_10 } from './test-fixtures';

// Random condition-free simulations for the tests: policies over three steps with every kind
// of trigger (business minutes on the office and the holder's calendar included), round robin,
// notify steps, loops with repeats, and tickets with acknowledgements, pauses and manual
// escalations. Runs against the shared fixtures' routing, calendars, SLA and matrix.

const ids = ['a', 'b', 'c'] as const;
const parties = ['it', 'msp'] as const;

const step: fc.Arbitrary<Omit<EscalationStep, 'id'>> = fc.record(
  {
    action: fc.constantFrom('assign' as const, 'notify' as const),
    targets: fc.array(
      fc.record({ partyId: fc.constantFrom(...parties) }, { requiredKeys: ['partyId'] }),
      { minLength: 1, maxLength: 2 },
    ),
    mode: fc.constantFrom('all' as const, 'round-robin' as const),
    terminal: fc.boolean(),
  },
  { requiredKeys: ['action', 'targets'] },
);

const transition: fc.Arbitrary<Omit<Transition, 'id'>> = fc.record(
  {
    from: fc.constantFrom(...ids),
    to: fc.constantFrom(...ids),
    trigger: fc.oneof(
      fc.record(
        {
          kind: fc.constantFrom(
            'after' as const,
            'not-acknowledged' as const,
            'not-resolved' as const,
          ),
          minutes: fc.nat(600),
          calendarId: fc.constantFrom('office', 'holder', '24x7'),
        },
        { requiredKeys: ['kind', 'minutes'] },
      ),
      fc.record({
        kind: fc.constant('sla' as const),
        target: fc.constantFrom('response' as const, 'resolution' as const),
        percent: fc.integer({ min: 1, max: 150 }),
      }),
      fc.constant({ kind: 'manual' as const }),
    ),
    repeat: fc.nat(3),
  },
  { requiredKeys: ['from', 'to', 'trigger'] },
);

const event: fc.Arbitrary<TicketSimEvent> = fc.oneof(
  fc.record({
    at: fc.nat(3 * 1_440).map((m) => MONDAY_10 + m * MINUTE),
    type: fc.constantFrom(
      'acknowledged' as const,
      'resolved' as const,
      'paused' as const,
      'resumed' as const,
    ),
  }),
  fc.record({
    at: fc.nat(3 * 1_440).map((m) => MONDAY_10 + m * MINUTE),
    type: fc.constant('escalate' as const),
    transitionId: fc.constantFrom('t0', 't1', 't2'),
  }),
);

/** One random simulation: a condition-free policy, a ticket, its events and a window end. */
export interface SimulationCase {
  readonly policy: EscalationPolicy;
  readonly ticket: SimulatedTicket;
  readonly events: readonly TicketSimEvent[];
  readonly until: number;
}

export const simulationCase: fc.Arbitrary<SimulationCase> = fc
  .record({
    steps: fc.tuple(step, step, step),
    edges: fc.array(transition, { maxLength: 6 }),
    events: fc.array(event, { maxLength: 6 }),
    ticket: fc.record(
      {
        categoryId: fc.constantFrom('helpdesk', 'security'),
        priority: fc.constantFrom('P1', 'P3', 'P9'),
        vip: fc.boolean(),
        openedAt: fc.nat(7 * 1_440).map((m) => MONDAY_10 + m * MINUTE),
      },
      { requiredKeys: ['openedAt'] },
    ),
    window: fc.nat(4 * 1_440),
  })
  .map(({ steps, edges, events, ticket, window }) => ({
    policy: {
      id: 'p',
      startStepId: 'a',
      steps: steps.map((s, i) => ({ ...s, id: ids[i] as string })),
      transitions: edges.map((e, i) => ({ ...e, id: `t${i}` })),
    },
    ticket,
    events,
    until: ticket.openedAt + window * MINUTE,
  }));
