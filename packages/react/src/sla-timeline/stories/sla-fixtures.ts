import type { Matrix } from '@tandem/core';
import {
  type EscalationPolicy,
  type Routing,
  type SimulationContext,
  simulateEscalation,
  type TraceEntry,
} from '@tandem/core/escalation';
import {
  createCalendarRegistry,
  type SlaPolicy,
  type TicketEvent,
  type TicketHistory,
} from '@tandem/core/sla';
import {
  northwindParties,
  officeCalendar,
  standardPolicy,
  supportSla,
  weekdays,
} from '@tandem/fixtures';
import { simEventsOf } from '../model/escalation-events';

// Realistic data for stories and tests: a New York office with US holidays, an MSP with an
// extended-hours service desk, a 24/7 NOC and a London night desk, and one SLA policy. Every
// instant is fixed; nothing reads the clock.

const everyDay = (hours: readonly (readonly [string, string])[]) => ({
  ...weekdays(hours),
  sat: hours,
  sun: hours,
});

export const calendars = createCalendarRegistry([
  {
    ...officeCalendar({ timeZone: 'America/New_York', opens: '08:00' }),
    name: 'Office hours',
    holidays: [
      { date: '2026-01-01', name: 'New Year’s Day' },
      { date: '2026-11-26', name: 'Thanksgiving' },
      { date: '2026-11-27', name: 'Day after Thanksgiving', hours: [['08:00', '12:00']] },
      { date: '2026-12-25', name: 'Christmas Day' },
    ],
  },
  {
    id: 'extended',
    name: 'Extended hours',
    timeZone: 'America/New_York',
    hours: everyDay([['07:00', '23:00']]),
  },
  {
    id: 'night',
    name: 'Night desk',
    timeZone: 'Europe/London',
    hours: { sun: [['22:00', '06:00']], ...weekdays([['22:00', '06:00']]), fri: [] },
  },
]);

export const matrix: Matrix = {
  variant: 'raci',
  parties: [
    ...northwindParties,
    { id: 'msp-night', name: 'Northwind night desk', side: 'provider', calendarId: 'night' },
  ],
  categories: [],
  rows: [],
};
export const parties = matrix.parties;

export const policy: SlaPolicy = supportSla;

/** After-hours cover: everything counts on the London night desk's shifts. */
export const nightPolicy: SlaPolicy = {
  id: 'after-hours',
  name: 'After-hours cover',
  calendarId: 'night',
  priorities: { P2: { response: { minutes: 30 }, resolution: { minutes: 600 } } },
  pauseStatuses: ['waiting-on-customer'],
  warnAt: [50, 75],
};

const routing: Routing = {
  rules: [{ id: 'sec', when: { sources: ['security'] }, queue: { partyId: 'msp-noc', tier: 2 } }],
  default: { partyId: 'internal-it', tier: 1 },
};

const [tierOne, engineering, both] = standardPolicy.steps;
const [up, alarm] = standardPolicy.transitions;
/** The fixtures' standard policy on these parties, tier 1 waiting 30 office minutes. */
const escalationPolicy: EscalationPolicy = {
  ...standardPolicy,
  name: 'Standard escalation',
  steps: [
    { ...tierOne, targets: [{ partyId: 'internal-it' }] },
    { ...engineering, targets: [{ partyId: 'msp-noc' }] },
    {
      ...both,
      name: 'Notify both teams',
      targets: [{ partyId: 'internal-it' }, { partyId: 'msp-noc' }],
    },
  ],
  transitions: [{ ...up, trigger: { ...up.trigger, minutes: 30 } }, alarm],
};

export const escalationContext: SimulationContext = {
  routing,
  policy: escalationPolicy,
  calendars,
  sla: policy,
  matrix,
};

/** P1s go straight to the NOC; both teams hear of it at 75 % of the resolution target. */
export const nocFirstContext: SimulationContext = {
  ...escalationContext,
  routing: { rules: [], default: { partyId: 'msp-noc', tier: 1 } },
  policy: { ...escalationPolicy, id: 'noc-first', startStepId: engineering.id },
};

/** An instant from an ISO text with its offset. */
export const at = (iso: string): number => Date.parse(iso);

/**
 * A ticket run through the escalation policy: its history with the simulation's hand-overs
 * written in as `assigned` events (so the holder lane and the escalation lane agree), and the
 * trace until `until` (later than now shows the escalations still to come).
 */
export function escalatedTicket(
  events: readonly TicketEvent[],
  now: number,
  until = now,
  context: SimulationContext = escalationContext,
): { history: TicketHistory; escalations: TraceEntry[] } {
  const created = events[0];
  if (created?.type !== 'created') throw new Error('A fixture history starts with "created".');
  const trace = simulateEscalation(
    context,
    { priority: created.priority, openedAt: created.at },
    simEventsOf(events, policy.pauseStatuses, now),
    until,
  );
  const handovers: TicketEvent[] = trace
    .filter((entry) => entry.kind === 'assigned' && entry.at > created.at && entry.at <= now)
    .map((entry) => ({ type: 'assigned', at: entry.at, partyId: entry.partyIds?.[0] ?? null }));
  // The first step's assignee holds the ticket from the start.
  const first = trace.find((entry) => entry.kind === 'assigned')?.partyIds?.[0];
  const opened: TicketEvent = first ? { ...created, partyId: first } : created;
  const history = [opened, ...events.slice(1), ...handovers].sort((a, b) => a.at - b.at);
  return { history, escalations: trace };
}
