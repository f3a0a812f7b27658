import type { TraceEntry } from '@tandem/core/escalation';
import type { SlaPolicy, TicketHistory } from '@tandem/core/sla';
import { at, escalatedTicket, nightPolicy, nocFirstContext, policy } from './sla-fixtures';

// One ticket per story: realistic histories at fixed instants, run through the escalation
// simulation. The SLA itself is computed by the component, with the real core.

/** A ticket as the timeline stories and tests take it. */
export interface Scenario {
  readonly policy: SlaPolicy;
  readonly history: TicketHistory;
  readonly escalations: readonly TraceEntry[];
  readonly now: number;
  /** The axis zone, when the focus calendar's (24/7 runs on UTC) is not the one to read. */
  readonly timeZone?: string;
}

function scenario(
  events: Parameters<typeof escalatedTicket>[0],
  now: number,
  extra: Partial<Scenario> = {},
): Scenario {
  // A day past now: the escalations still to come show as projected.
  const priority = events[0]?.type === 'created' ? events[0].priority : undefined;
  const context = priority === 'P1' ? nocFirstContext : undefined;
  const { history, escalations } = escalatedTicket(events, now, now + 86_400_000, context);
  return { policy, history, escalations, now, ...extra };
}

/** P2 on Tuesday morning: answered, planned, being worked on by internal IT. */
export const running = scenario(
  [
    {
      type: 'created',
      at: at('2026-03-03T09:00:00-05:00'),
      priority: 'P2',
      partyId: 'internal-it',
    },
    { type: 'responded', at: at('2026-03-03T09:20:00-05:00') },
    { type: 'planned', at: at('2026-03-03T11:30:00-05:00') },
  ],
  at('2026-03-03T14:30:00-05:00'),
);

/** P3 waiting on the customer from Monday lunchtime to Tuesday morning. */
export const pausedThenResumed = scenario(
  [
    {
      type: 'created',
      at: at('2026-03-02T10:00:00-05:00'),
      priority: 'P3',
      partyId: 'internal-it',
    },
    { type: 'responded', at: at('2026-03-02T10:25:00-05:00') },
    { type: 'status', at: at('2026-03-02T13:00:00-05:00'), status: 'waiting-on-customer' },
    { type: 'status', at: at('2026-03-03T10:30:00-05:00'), status: 'in-progress' },
    { type: 'updated', at: at('2026-03-03T11:00:00-05:00') },
  ],
  at('2026-03-03T15:00:00-05:00'),
);

/** P2 nobody answered: escalated to the NOC, response and then resolution breached. */
export const breached = scenario(
  [
    {
      type: 'created',
      at: at('2026-03-02T09:00:00-05:00'),
      priority: 'P2',
      partyId: 'internal-it',
    },
    { type: 'responded', at: at('2026-03-02T10:40:00-05:00') },
  ],
  at('2026-03-02T20:00:00-05:00'),
);

/** P2 answered, planned and resolved well inside its targets. */
export const met = scenario(
  [
    {
      type: 'created',
      at: at('2026-03-03T09:00:00-05:00'),
      priority: 'P2',
      partyId: 'internal-it',
    },
    { type: 'responded', at: at('2026-03-03T09:12:00-05:00') },
    { type: 'planned', at: at('2026-03-03T10:30:00-05:00') },
    { type: 'resolved', at: at('2026-03-03T14:05:00-05:00') },
  ],
  at('2026-03-03T16:00:00-05:00'),
);

/** P2 handed from internal IT to the MSP's extended-hours desk and back: the clock follows the holder's hours. */
export const reassigned = scenario(
  [
    {
      type: 'created',
      at: at('2026-03-02T14:00:00-05:00'),
      priority: 'P2',
      partyId: 'internal-it',
    },
    { type: 'responded', at: at('2026-03-02T14:20:00-05:00') },
    { type: 'assigned', at: at('2026-03-02T16:30:00-05:00'), partyId: 'msp-desk' },
    { type: 'planned', at: at('2026-03-02T17:30:00-05:00') },
    { type: 'assigned', at: at('2026-03-02T20:00:00-05:00'), partyId: 'internal-it' },
  ],
  at('2026-03-03T09:00:00-05:00'),
);

/** Friday 16:00: a P1 counts through the weekend on 24/7, a P3 waits for Monday's office hours. */
export const p1OnFullCover = scenario(
  [
    { type: 'created', at: at('2026-03-06T16:00:00-05:00'), priority: 'P1', partyId: 'msp-noc' },
    { type: 'responded', at: at('2026-03-06T16:10:00-05:00') },
  ],
  at('2026-03-06T18:30:00-05:00'),
  { timeZone: 'America/New_York' },
);
export const p3OnOfficeHours = scenario(
  [
    {
      type: 'created',
      at: at('2026-03-06T16:00:00-05:00'),
      priority: 'P3',
      partyId: 'internal-it',
    },
  ],
  at('2026-03-06T18:30:00-05:00'),
);

/** A P1 on 24/7 across New York's spring-forward night: four hours of target read five on the wall. */
export const dstSpring = scenario(
  [
    { type: 'created', at: at('2026-03-08T00:30:00-05:00'), priority: 'P1', partyId: 'msp-noc' },
    { type: 'responded', at: at('2026-03-08T00:40:00-05:00') },
    { type: 'planned', at: at('2026-03-08T01:20:00-05:00') },
  ],
  at('2026-03-08T03:30:00-04:00'),
  { timeZone: 'America/New_York' },
);

/** The same across the autumn night: 01:00 happens twice and four hours read three. */
export const dstAutumn = scenario(
  [
    { type: 'created', at: at('2026-11-01T00:30:00-04:00'), priority: 'P1', partyId: 'msp-noc' },
    { type: 'responded', at: at('2026-11-01T00:40:00-04:00') },
    { type: 'planned', at: at('2026-11-01T01:20:00-04:00') },
  ],
  // The second 01:30 of the night, in EST.
  at('2026-11-01T01:30:00-05:00'),
  { timeZone: 'America/New_York' },
);

/** A P3 opened the day before Thanksgiving: the holiday is closed, the day after has half a day. */
export const holiday = scenario(
  [
    {
      type: 'created',
      at: at('2026-11-25T15:00:00-05:00'),
      priority: 'P3',
      partyId: 'internal-it',
    },
    { type: 'responded', at: at('2026-11-25T16:00:00-05:00') },
  ],
  at('2026-11-27T11:00:00-05:00'),
);

/** After-hours cover on the London night desk's 22:00–06:00 shifts. */
export const overnight: Scenario = {
  policy: nightPolicy,
  history: [
    { type: 'created', at: at('2026-03-02T21:00:00Z'), priority: 'P2', partyId: 'msp-night' },
    { type: 'responded', at: at('2026-03-02T22:20:00Z') },
    { type: 'status', at: at('2026-03-03T01:00:00Z'), status: 'waiting-on-customer' },
    { type: 'status', at: at('2026-03-03T02:00:00Z'), status: 'in-progress' },
  ],
  escalations: [],
  now: at('2026-03-03T12:00:00Z'),
};
