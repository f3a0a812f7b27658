import type { EscalationPolicy, Routing, Ticket } from '../escalation/model';
import { routeTicket } from '../escalation/route';
import { simulateEscalation, type TicketSimEvent, type TraceEntry } from '../escalation/simulate';
import type { Matrix } from '../matrix/model';
import { laneOfSide } from '../matrix/views';
import type { SlaPolicy } from '../sla/policy';
import type { CalendarRegistry } from '../sla/registry';
import type { TicketTimeline } from './ticket-timeline';
import type { EscalationReview, ReviewTicket } from './types';

// Escalations: histories do not record escalation steps, so each ticket is replayed through the
// routing and its escalation policy (`simulateEscalation`) with what its history says happened —
// the first response acknowledges, resolving ends it, pauses stop SLA triggers — and with the
// manual escalations the host recorded on the ticket. The steps entered are the steps that fired.

/** What the escalation replay reads, once per review. */
export interface EscalationContext {
  readonly matrix: Matrix;
  readonly routing: Routing;
  readonly policies: readonly EscalationPolicy[];
  readonly calendars?: CalendarRegistry;
  readonly until: number;
}

/** The routing attributes of a review ticket: its own, with the row's category when it has none. */
function routingTicket(ticket: ReviewTicket, categoryOf: ReadonlyMap<string, string>): Ticket {
  const attributes = ticket.attributes ?? {};
  const text = (key: string) => {
    const value = attributes[key];
    return typeof value === 'string' ? value : undefined;
  };
  const categoryId =
    ticket.categoryId ??
    text('categoryId') ??
    (ticket.rowId === undefined ? undefined : categoryOf.get(ticket.rowId));
  const created = ticket.history[0];
  const fields: Record<string, unknown> = {
    id: ticket.id,
    categoryId,
    priority: text('priority') ?? (created?.type === 'created' ? created.priority : undefined),
    impact: text('impact'),
    urgency: text('urgency'),
    siteId: text('siteId'),
    vip: attributes.vip === true,
    source: text('source'),
  };
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  return fields as Ticket;
}

/** The simulation events of a ticket's history. */
function simEvents(ticket: ReviewTicket, timeline: TicketTimeline): TicketSimEvent[] {
  const events: TicketSimEvent[] = [];
  let acknowledged = false;
  for (const event of ticket.history) {
    if (event.type === 'responded' && !acknowledged) {
      acknowledged = true;
      events.push({ at: event.at, type: 'acknowledged' });
    } else if (event.type === 'resolved') events.push({ at: event.at, type: 'resolved' });
  }
  for (const pause of timeline.pauses) {
    events.push({ at: pause.from, type: 'paused' });
    if (pause.to !== null) events.push({ at: pause.to, type: 'resumed' });
  }
  for (const manual of ticket.escalations ?? []) {
    events.push({ at: manual.at, type: 'escalate', transitionId: manual.transitionId });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** Accumulates the escalation replay ticket by ticket; `result` sums it up. */
export function escalationReplay(context: EscalationContext) {
  const { matrix, routing, policies, calendars, until } = context;
  const categoryOf = new Map(matrix.rows.map((row) => [row.id, row.categoryId]));
  const lanes = new Map(matrix.parties.map((party) => [party.id, laneOfSide(party.side)]));
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  const steps = new Map<
    string,
    { policyId: string; stepId: string; count: number; manual: number; ticketIds: string[] }
  >();
  const bothTeams: string[] = [];
  const manual: string[] = [];
  const notRouted: string[] = [];
  let simulated = 0;
  const add = (ticket: ReviewTicket, timeline: TicketTimeline, sla: SlaPolicy | undefined) => {
    const routed = routingTicket(ticket, categoryOf);
    const openedAt = ticket.history[0]?.at ?? 0;
    const queue = routeTicket(routing, routed, openedAt, calendars).queue;
    if (!queue) {
      notRouted.push(ticket.id);
      return;
    }
    const policy =
      queue.policyId !== undefined
        ? byId.get(queue.policyId)
        : policies.length === 1
          ? policies[0]
          : undefined;
    if (!policy) return;
    simulated += 1;
    const trace = simulateEscalation(
      { routing, policy, ...(calendars ? { calendars } : {}), ...(sla ? { sla } : {}), matrix },
      { ...routed, openedAt },
      simEvents(ticket, timeline),
      until,
    );
    readTrace(ticket, policy, trace);
  };
  const readTrace = (ticket: ReviewTicket, policy: EscalationPolicy, trace: TraceEntry[]) => {
    const hand = new Set((ticket.escalations ?? []).map((m) => `${m.at}\u0000${m.transitionId}`));
    const reached = new Set<'internal' | 'provider'>();
    let byHand = false;
    let escalatedBy: 'hand' | 'trigger' | undefined;
    for (const entry of trace) {
      if (entry.kind === 'escalated') {
        escalatedBy = hand.has(`${entry.at}\u0000${entry.transitionId}`) ? 'hand' : 'trigger';
        if (escalatedBy === 'hand') byHand = true;
        continue;
      }
      if (entry.kind !== 'routed' && entry.kind !== 'assigned' && entry.kind !== 'notified') {
        continue;
      }
      for (const partyId of entry.partyIds ?? []) {
        const lane = lanes.get(partyId);
        if (lane) reached.add(lane);
      }
      if (escalatedBy === undefined || entry.stepId === undefined) continue;
      const key = `${policy.id}\u0000${entry.stepId}`;
      let step = steps.get(key);
      if (!step) {
        step = { policyId: policy.id, stepId: entry.stepId, count: 0, manual: 0, ticketIds: [] };
        steps.set(key, step);
      }
      step.count += 1;
      if (escalatedBy === 'hand') step.manual += 1;
      if (step.ticketIds.at(-1) !== ticket.id) step.ticketIds.push(ticket.id);
      escalatedBy = undefined;
    }
    if (reached.size === 2) bothTeams.push(ticket.id);
    if (byHand) manual.push(ticket.id);
  };
  const result = (): EscalationReview => {
    const fired = [...steps.values()].map((step) => {
      const name = byId.get(step.policyId)?.steps.find((s) => s.id === step.stepId)?.name;
      return name === undefined ? step : { ...step, name };
    });
    fired.sort(
      (a, b) =>
        b.count - a.count ||
        (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0) ||
        (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0),
    );
    return {
      simulated,
      steps: fired,
      bothTeams: { count: bothTeams.length, ticketIds: bothTeams },
      manual: { count: manual.length, ticketIds: manual },
      notRouted,
    };
  };
  return { add, result };
}
