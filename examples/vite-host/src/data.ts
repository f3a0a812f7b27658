import { type Matrix, parseMatrix } from '@tandem/core';
import {
  type EscalationPolicy,
  parsePolicy,
  parseRouting,
  type Routing,
} from '@tandem/core/escalation';
import {
  type CalendarRegistry,
  createCalendarRegistry,
  parseCalendar,
  parseSlaPolicy,
  parseTicketHistory,
  type SlaPolicy,
  type TicketHistory,
} from '@tandem/core/sla';
import { templates } from '@tandem/core/templates';
import showcase from '../../shared/showcase.json';

// What a portal would fetch from its PSA: plain JSON, read through the core's parse functions
// (they never throw; a bad payload is a list of issues).

function read<T>(what: string, result: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!result.ok) throw new Error(`${what} does not parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const calendars: CalendarRegistry = createCalendarRegistry(
  showcase.calendars.map((spec) => read(`calendar ${spec.id}`, parseCalendar(spec))),
);
const matrix: Matrix = read(
  'template',
  parseMatrix(templates[showcase.templateId as keyof typeof templates].matrix),
);
const sla: SlaPolicy = read('SLA policy', parseSlaPolicy(showcase.sla, calendars));
const routing: Routing = read('routing', parseRouting(showcase.routing, calendars));
const policy: EscalationPolicy = read('policy', parsePolicy(showcase.policy, calendars));
const tickets = showcase.tickets.map((ticket) => ({
  id: ticket.id,
  title: ticket.title,
  policy: sla,
  history: read(
    ticket.id,
    parseTicketHistory(ticket.history.map((event) => ({ ...event, at: Date.parse(event.at) }))),
  ) as TicketHistory,
}));

export const data = {
  now: Date.parse(showcase.now),
  calendars,
  matrix,
  sla,
  routing,
  policy,
  tickets,
  parties: matrix.parties,
};
