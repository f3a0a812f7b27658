import type { Matrix } from '../matrix/model';
import { addBusinessTime, businessTimeBetween } from '../sla/business-time';
import { CALENDAR_24X7, type Calendar } from '../sla/calendar';
import { HOLDER_CALENDAR, type SlaPolicy, targetsFor } from '../sla/policy';
import { type CalendarRegistry, calendarById } from '../sla/registry';
import type {
  EscalationPolicy,
  EscalationStep,
  Routing,
  Ticket,
  Transition,
  Trigger,
} from './model';
import { routeTicket } from './route';

/**
 * What a simulation runs against. `matrix` supplies the parties' calendars for `'holder'`
 * delays and SLA targets; without it the holder's calendar is 24/7.
 *
 * @example
 * const context: SimulationContext = { routing, policy, calendars, sla: standard, matrix };
 */
export interface SimulationContext {
  readonly routing: Routing;
  readonly policy: EscalationPolicy;
  readonly calendars?: CalendarRegistry;
  readonly sla?: SlaPolicy;
  readonly matrix?: Matrix;
}

/**
 * A ticket to simulate: its routing attributes and when it was opened (epoch ms).
 *
 * @example
 * const ticket: SimulatedTicket = { categoryId: 'helpdesk', priority: 'P2', openedAt: Date.UTC(2026, 2, 2, 9) };
 */
export interface SimulatedTicket extends Ticket {
  readonly openedAt: number;
}

/**
 * Something that happens to the ticket: acknowledged, resolved, paused and resumed (waiting on
 * the customer: SLA clocks stop, as in `computeSla`), or escalated by hand along a `manual` (or
 * any) transition of the step it is on.
 *
 * @example
 * const events: TicketSimEvent[] = [{ at: opened + 20 * 60_000, type: 'acknowledged' }];
 */
export type TicketSimEvent =
  | { readonly at: number; readonly type: 'acknowledged' | 'resolved' | 'paused' | 'resumed' }
  | { readonly at: number; readonly type: 'escalate'; readonly transitionId: string };

/**
 * One line of the trace. `partyIds` are who was routed to, assigned or notified.
 *
 * @example
 * const entry: TraceEntry = { at: 0, kind: 'assigned', stepId: 't1', partyIds: ['it'], reason: 'Step "Tier 1" assigns Internal IT.' };
 */
export interface TraceEntry {
  readonly at: number;
  readonly kind:
    | 'routed'
    | 'assigned'
    | 'notified'
    | 'escalated'
    | 'acknowledged'
    | 'resolved'
    | 'paused'
    | 'resumed'
    | 'ended';
  readonly stepId?: string;
  readonly transitionId?: string;
  readonly partyIds?: readonly string[];
  readonly reason: string;
}

/**
 * Most steps one simulation enters; a loop past this is cut off with an `ended` entry.
 *
 * @example
 * trace.length <= 2 * MAX_SIMULATED_STEPS + 2; // true
 */
export const MAX_SIMULATED_STEPS = 1_000;

const MINUTE = 60_000;

function describeTrigger(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'manual':
      return 'Escalated by hand.';
    case 'sla':
      return `${trigger.percent} % of the ${trigger.target} target reached.`;
    default: {
      const unit = trigger.calendarId ? `business minutes on "${trigger.calendarId}"` : 'minutes';
      const what =
        trigger.kind === 'after'
          ? 'Moved on after'
          : trigger.kind === 'not-acknowledged'
            ? 'Not acknowledged within'
            : 'Not resolved within';
      return `${what} ${trigger.minutes} ${unit}.`;
    }
  }
}

/**
 * Replays a ticket through routing and its escalation policy: every routing decision,
 * assignment, notification and escalation, with its time and reason, until the ticket is
 * resolved, `until` (epoch ms) is reached, or {@link MAX_SIMULATED_STEPS} steps were entered.
 * Deterministic: the same input gives the same trace.
 *
 * Semantics: delays count from entering a step (wall-clock, or business minutes on a calendar
 * via the SLA engine); `sla` triggers fire at `percent` of the target counted from opening in
 * open hours outside paused stretches (as `computeSla` counts), never before the step is entered; acknowledgement stops `not-acknowledged` and
 * response `sla` triggers; on a tie the earlier transition in the list wins, and events beat
 * triggers at the same instant; `repeat` caps how often a transition is taken; round-robin
 * steps take the next target on each visit; the last assignment holds the ticket.
 *
 * @example
 * const trace = simulateEscalation(context, ticket, [{ at: opened + 3_600_000, type: 'resolved' }], opened + 86_400_000);
 */
export function simulateEscalation(
  context: SimulationContext,
  ticket: SimulatedTicket,
  events: readonly TicketSimEvent[],
  until: number,
): TraceEntry[] {
  const { policy, calendars, sla, matrix } = context;
  const opened = ticket.openedAt;
  const trace: TraceEntry[] = [];
  const decision = routeTicket(context.routing, ticket, opened, calendars);
  const queue = decision.queue;
  trace.push({
    at: opened,
    kind: 'routed',
    partyIds: queue ? [queue.partyId] : [],
    reason: decision.reason,
  });
  if (!queue) {
    trace.push({ at: opened, kind: 'ended', reason: 'The ticket was not routed.' });
    return trace;
  }
  let holder = queue.partyId;
  const partyName = (id: string) => matrix?.parties.find((p) => p.id === id)?.name ?? id;
  const calendarOf = (id: string): Calendar => {
    if (id !== HOLDER_CALENDAR) return calendarById(calendars, id);
    const own = matrix?.parties.find((p) => p.id === holder)?.calendarId;
    return own === undefined ? CALENDAR_24X7 : calendarById(calendars, own);
  };
  const targets =
    sla && ticket.priority !== undefined ? targetsFor(sla, ticket.priority) : undefined;
  const pauses = pausedIntervals(events);
  const fireTime = (t: Transition, entered: number): number => {
    const trigger = t.trigger;
    if (trigger.kind === 'manual') return Number.POSITIVE_INFINITY;
    if (trigger.kind === 'sla') {
      const target = targets?.[trigger.target];
      if (!target || !sla) return Number.POSITIVE_INFINITY;
      const calendar = calendarOf(target.calendarId ?? sla.calendarId);
      const at = slaInstant(calendar, opened, (target.minutes * trigger.percent) / 100, pauses);
      return Math.max(at, entered);
    }
    if (trigger.calendarId === undefined) return entered + trigger.minutes * MINUTE;
    return +addBusinessTime(calendarOf(trigger.calendarId), entered, trigger.minutes);
  };

  const steps = new Map(policy.steps.map((s) => [s.id, s]));
  const visits = new Map<string, number>();
  const taken = new Map<string, number>();
  const pending = [...events].sort((a, b) => a.at - b.at);
  let acknowledged = false;
  let next = 0;
  let entered = 0;
  let step: EscalationStep | undefined;
  let outgoing: Transition[] = [];
  let fires: number[] = [];

  const enter = (stepId: string, at: number) => {
    step = steps.get(stepId);
    outgoing = [];
    fires = [];
    // Only unparsed policies name missing steps; the ticket then simply stays where it was.
    if (!step) return;
    entered += 1;
    const visit = visits.get(stepId) ?? 0;
    visits.set(stepId, visit + 1);
    const reached =
      step.mode === 'round-robin' && step.targets.length > 0
        ? [step.targets[visit % step.targets.length] as (typeof step.targets)[number]]
        : step.targets;
    const partyIds = reached.map((target) => target.partyId);
    const name = step.name ?? step.id;
    if (step.action === 'assign' && partyIds[0] !== undefined) holder = partyIds[0];
    const kind = step.action === 'assign' ? 'assigned' : 'notified';
    trace.push({
      at,
      kind,
      stepId,
      partyIds,
      reason: `Step "${name}" ${step.action === 'assign' ? 'assigns' : 'notifies'} ${partyIds.map(partyName).join(', ') || 'nobody'}.`,
    });
    outgoing = policy.transitions.filter((t) => t.from === stepId);
    fires = outgoing.map((t) => fireTime(t, at));
  };
  const take = (t: Transition, at: number, reason: string) => {
    taken.set(t.id, (taken.get(t.id) ?? 0) + 1);
    trace.push({ at, kind: 'escalated', stepId: t.from, transitionId: t.id, reason });
    enter(t.to, at);
  };
  const open = (t: Transition) => t.repeat === undefined || (taken.get(t.id) ?? 0) < t.repeat;
  const waiting = (t: Transition) =>
    !acknowledged ||
    (t.trigger.kind !== 'not-acknowledged' &&
      !(t.trigger.kind === 'sla' && t.trigger.target === 'response'));

  enter(policy.startStepId, opened);
  while (entered < MAX_SIMULATED_STEPS) {
    let best = -1;
    let bestAt = Number.POSITIVE_INFINITY;
    for (let i = 0; i < outgoing.length; i++) {
      const at = fires[i] as number;
      if (at < bestAt && open(outgoing[i] as Transition) && waiting(outgoing[i] as Transition)) {
        best = i;
        bestAt = at;
      }
    }
    const event = pending[next];
    if (event && event.at <= bestAt && event.at <= until) {
      next += 1;
      if (event.type === 'escalate') {
        const t = outgoing.find((o) => o.id === event.transitionId);
        if (t && open(t)) take(t, event.at, 'Escalated by hand.');
        continue;
      }
      if (event.type === 'acknowledged') acknowledged = true;
      trace.push({
        at: event.at,
        kind: event.type,
        partyIds: [holder],
        reason: `${EVENT_WORDS[event.type]} while held by ${partyName(holder)}.`,
      });
      if (event.type === 'resolved') return trace;
      continue;
    }
    if (best < 0 || bestAt > until) {
      trace.push({ at: until, kind: 'ended', reason: 'The simulated window ended.' });
      return trace;
    }
    const t = outgoing[best] as Transition;
    take(t, bestAt, describeTrigger(t.trigger));
  }
  trace.push({
    at: trace.at(-1)?.at ?? opened,
    kind: 'ended',
    reason: `Stopped after ${MAX_SIMULATED_STEPS} steps: the policy loops without a limit.`,
  });
  return trace;
}

const EVENT_WORDS = {
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
  paused: 'SLA clocks paused',
  resumed: 'SLA clocks resumed',
} as const;

/** The paused stretches of a ticket, `[start, end)`, in order; an open pause never ends. */
function pausedIntervals(events: readonly TicketSimEvent[]): [number, number][] {
  const intervals: [number, number][] = [];
  let start: number | undefined;
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    if (event.type === 'paused' && start === undefined) start = event.at;
    else if (event.type === 'resumed' && start !== undefined) {
      intervals.push([start, event.at]);
      start = undefined;
    }
  }
  if (start !== undefined) intervals.push([start, Number.POSITIVE_INFINITY]);
  return intervals;
}

/**
 * When `minutes` of SLA time have run from `opened`, counting only open hours outside paused
 * stretches: the same clock `computeSla` keeps. Infinity when a pause never ends first.
 */
function slaInstant(
  calendar: Calendar,
  opened: number,
  minutes: number,
  pauses: readonly [number, number][],
): number {
  let from = opened;
  let remaining = minutes;
  for (const [start, end] of pauses) {
    if (end <= from) continue;
    const running = start > from ? businessTimeBetween(calendar, from, start) : 0;
    if (running >= remaining) break;
    remaining -= running;
    from = Math.max(from, end);
    if (from === Number.POSITIVE_INFINITY) return from;
  }
  return +addBusinessTime(calendar, from, remaining);
}
