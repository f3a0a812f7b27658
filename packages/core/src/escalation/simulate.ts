import type { Matrix } from '../matrix/model';
import { addBusinessTime, businessTimeBetween, openFrom } from '../sla/business-time';
import { CALENDAR_24X7, type Calendar, tablesOf } from '../sla/calendar';
import { HOLDER_CALENDAR, type SlaPolicy, targetsFor } from '../sla/policy';
import { type CalendarRegistry, calendarById } from '../sla/registry';
import { conditionsHold } from './conditions';
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
 * const byMsp: TicketSimEvent = { at: opened + 25 * 60_000, type: 'acknowledged', partyId: 'msp' };
 */
export type TicketSimEvent =
  | {
      readonly at: number;
      readonly type: 'acknowledged' | 'resolved' | 'paused' | 'resumed';
      /** Who acknowledged (for `ack: 'all'` steps); the holder when left out. */
      readonly partyId?: string;
    }
  | { readonly at: number; readonly type: 'escalate'; readonly transitionId: string };

/**
 * One line of the trace. `partyIds` are who was routed to, assigned or notified; `heldSince`,
 * on an assignment or notification that waited for working hours (`hold`), when the step was
 * entered.
 *
 * @example
 * const entry: TraceEntry = { at: 0, kind: 'assigned', stepId: 't1', partyIds: ['it'], reason: 'Step "Tier 1" assigns Internal IT.' };
 * const held: TraceEntry = { at: 3_600_000, kind: 'assigned', stepId: 't1', partyIds: ['it'], heldSince: 0, reason: 'Step "Tier 1" assigns Internal IT, after waiting for the working hours of Internal IT.' };
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
  readonly heldSince?: number;
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
 * steps take the next target on each visit (or as `rotate` says); the last assignment holds the
 * ticket. Conditions (`when`) are judged when a trigger fires, in the calendars' own zones and
 * holidays; a trigger whose conditions fail is disarmed for that visit, so the next transition
 * in the list (the other branch) can fire at the same instant. A `hold` step entered while closed
 * reaches its targets when working hours begin, and its delays count from then. An `ack: 'all'`
 * step is acknowledged once every target has acknowledged (events name who with `partyId`).
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
  const partyCalendar = (id: string): Calendar => {
    const own = matrix?.parties.find((p) => p.id === id)?.calendarId;
    return own === undefined ? CALENDAR_24X7 : calendarById(calendars, own);
  };
  const calendarOf = (id: string): Calendar =>
    id === HOLDER_CALENDAR ? partyCalendar(holder) : calendarById(calendars, id);
  const calendarOfWho = (who: { partyId?: string; calendarId?: string }): Calendar =>
    who.calendarId !== undefined
      ? calendarOf(who.calendarId)
      : partyCalendar(who.partyId ?? holder);
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
  // Who the current step reaches, when it does (later than entering while held), and who of
  // them acknowledged (an `ack: 'all'` step needs every one).
  let reached: string[] = [];
  let releaseAt = Number.POSITIVE_INFINITY;
  let heldSince: number | undefined;
  let heldFor = '';
  let acks = new Set<string>();

  const turnOf = (s: EscalationStep, visit: number, at: number): number => {
    const rotate = s.rotate;
    if (rotate && 'minutes' in rotate) return Math.floor((at - opened) / (rotate.minutes * MINUTE));
    return Math.floor(visit / (rotate?.notifications ?? 1));
  };
  const reach = (at: number) => {
    const s = step as EscalationStep;
    releaseAt = Number.POSITIVE_INFINITY;
    const name = s.name ?? s.id;
    if (s.action === 'assign' && reached[0] !== undefined) holder = reached[0];
    const kind = s.action === 'assign' ? 'assigned' : 'notified';
    const waited =
      heldSince === undefined ? '' : `, after waiting for the working hours of ${heldFor}`;
    trace.push({
      at,
      kind,
      stepId: s.id,
      partyIds: reached,
      ...(heldSince === undefined ? {} : { heldSince }),
      reason: `Step "${name}" ${s.action === 'assign' ? 'assigns' : 'notifies'} ${reached.map(partyName).join(', ') || 'nobody'}${waited}.`,
    });
    heldSince = undefined;
    fires = outgoing.map((t) => fireTime(t, at));
  };
  const enter = (stepId: string, at: number) => {
    step = steps.get(stepId);
    outgoing = [];
    fires = [];
    releaseAt = Number.POSITIVE_INFINITY;
    heldSince = undefined;
    acks = new Set();
    // Only unparsed policies name missing steps; the ticket then simply stays where it was.
    if (!step) return;
    entered += 1;
    const visit = visits.get(stepId) ?? 0;
    visits.set(stepId, visit + 1);
    const all = step.targets;
    reached = (
      step.mode === 'round-robin' && all.length > 0
        ? [all[turnOf(step, visit, at) % all.length] as (typeof all)[number]]
        : all
    ).map((target) => target.partyId);
    outgoing = policy.transitions.filter((t) => t.from === stepId);
    const hold = step.hold;
    if (hold) {
      const held = hold.calendarId
        ? [calendarOf(hold.calendarId)]
        : reached.map((id) => partyCalendar(id));
      const opens = Math.min(
        ...held.map((c) => openFrom(tablesOf(c), at) ?? Number.POSITIVE_INFINITY),
      );
      if (opens > at) {
        heldFor = hold.calendarId ? `"${hold.calendarId}"` : reached.map(partyName).join(', ');
        heldSince = at;
        releaseAt = opens;
        fires = outgoing.map(() => Number.POSITIVE_INFINITY);
        return;
      }
    }
    reach(at);
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
  const needsAll = () => step?.ack === 'all' && step.mode !== 'round-robin' && reached.length > 1;

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
    const wakeAt = Math.min(bestAt, releaseAt);
    if (event && event.at <= wakeAt && event.at <= until) {
      next += 1;
      if (event.type === 'escalate') {
        const t = outgoing.find((o) => o.id === event.transitionId);
        if (t && open(t)) take(t, event.at, 'Escalated by hand.');
        continue;
      }
      let reason = `${EVENT_WORDS[event.type]} while held by ${partyName(holder)}.`;
      if (event.type === 'acknowledged') {
        const who = event.partyId ?? holder;
        if (event.partyId !== undefined) reason = `Acknowledged by ${partyName(who)}.`;
        if (needsAll()) {
          acks.add(who);
          const missing = reached.filter((id) => !acks.has(id));
          if (missing.length > 0)
            reason = `Acknowledged by ${partyName(who)}; still waiting for ${missing.map(partyName).join(', ')}.`;
          else acknowledged = true;
        } else acknowledged = true;
      }
      trace.push({
        at: event.at,
        kind: event.type,
        partyIds: [event.partyId ?? holder],
        reason,
      });
      if (event.type === 'resolved') return trace;
      continue;
    }
    if (wakeAt > until) {
      trace.push({ at: until, kind: 'ended', reason: 'The simulated window ended.' });
      return trace;
    }
    if (releaseAt <= bestAt) {
      reach(releaseAt);
      continue;
    }
    const t = outgoing[best] as Transition;
    // A condition is judged when the trigger fires; one that does not hold disarms it.
    if (t.when && !conditionsHold(t.when, bestAt, calendarOfWho, ticket.priority)) {
      fires[best] = Number.POSITIVE_INFINITY;
      continue;
    }
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
