import type { TraceEntry } from '@tandem/core/escalation';
import {
  SLA_TARGET_KINDS,
  type SlaClock,
  type SlaResult,
  type SlaSegment,
  type SlaTargetKind,
  type TicketHistory,
} from '@tandem/core/sla';

// What a timeline draws, worked out from the core's results and nothing else: one lane per SLA
// clock with its segments and markers, the bands of who held the ticket, the ticket's own events
// and the escalation trace. Pure data; the component turns it into markup.

/**
 * Who held the ticket over `[from, to)`; `partyId` is `undefined` while nobody did.
 *
 * @example
 * const band: HolderBand = { from, to, partyId: 'msp-noc' };
 */
export interface HolderBand {
  readonly from: number;
  readonly to: number;
  readonly partyId: string | undefined;
}

/**
 * The holders of a ticket from its creation to `end` (its resolution or now), from the
 * `created` and `assigned` events.
 *
 * @example
 * holderBands(history, now); // [{ partyId: 'internal-it', … }, { partyId: 'msp-noc', … }]
 */
export function holderBands(history: TicketHistory, end: number): HolderBand[] {
  const bands: HolderBand[] = [];
  let from: number | undefined;
  let partyId: string | undefined;
  for (const event of history) {
    if (event.at > end) break;
    if (event.type === 'created') {
      from = event.at;
      partyId = event.partyId;
    } else if (event.type === 'assigned' && from !== undefined) {
      const next = event.partyId ?? undefined;
      if (next === partyId) continue;
      if (event.at > from) bands.push({ from, to: event.at, partyId });
      from = event.at;
      partyId = next;
    }
  }
  if (from !== undefined && end > from) bands.push({ from, to: end, partyId });
  return bands;
}

/**
 * A ticket event as the activity lane shows it: status changes read as pauses and resumptions
 * of the clocks when the policy's pause statuses say so.
 *
 * @example
 * const mark: ActivityMark = { at, type: 'paused', status: 'waiting-on-customer' };
 */
export interface ActivityMark {
  readonly at: number;
  readonly type:
    | 'created'
    | 'priority'
    | 'assigned'
    | 'paused'
    | 'resumed'
    | 'status'
    | 'responded'
    | 'planned'
    | 'updated'
    | 'resolved'
    | 'reopened';
  readonly priority?: string;
  readonly partyId?: string | null;
  readonly status?: string;
}

/**
 * The events of `history` up to `now` as activity marks.
 *
 * @example
 * activityOf(history, ['waiting-on-customer'], now).map((m) => m.type); // ['created', 'paused', 'resumed', …]
 */
export function activityOf(
  history: TicketHistory,
  pauseStatuses: readonly string[],
  now: number,
): ActivityMark[] {
  const marks: ActivityMark[] = [];
  let paused = false;
  for (const event of history) {
    if (event.at > now) break;
    switch (event.type) {
      case 'created':
        paused = event.status !== undefined && pauseStatuses.includes(event.status);
        marks.push({
          at: event.at,
          type: 'created',
          priority: event.priority,
          ...(event.partyId === undefined ? {} : { partyId: event.partyId }),
        });
        break;
      case 'priority':
        marks.push({ at: event.at, type: 'priority', priority: event.priority });
        break;
      case 'assigned':
        marks.push({ at: event.at, type: 'assigned', partyId: event.partyId });
        break;
      case 'status': {
        const pausing = pauseStatuses.includes(event.status);
        const type = pausing && !paused ? 'paused' : !pausing && paused ? 'resumed' : 'status';
        paused = pausing;
        marks.push({ at: event.at, type, status: event.status });
        break;
      }
      default:
        marks.push({ at: event.at, type: event.type });
    }
  }
  return marks;
}

/**
 * A marker on a clock's lane: a warning threshold, the due time (100 %), the moment the clock
 * stopped (met or late) or the moment it breached.
 *
 * @example
 * const mark: ClockMark = { kind: 'threshold', at, percent: 75, reached: true };
 */
export interface ClockMark {
  readonly kind: 'threshold' | 'due' | 'stopped' | 'breached';
  readonly at: number;
  readonly percent?: number;
  /** Whether the moment is in the past (at or before now). */
  readonly reached: boolean;
}

/**
 * A segment of a clock's lane, cut where the clock breached so the part after can be drawn as such.
 *
 * @example
 * const segment: LaneSegment = { from, to, state: 'open', priority: 'P2', breached: true };
 */
export type LaneSegment = SlaSegment & { readonly breached: boolean };

/**
 * The segments cut at `breachedAt` (when there is one), each marked as before or after it.
 *
 * @example
 * splitAtBreach(clock.segments, clock.breachedAt).filter((s) => s.breached);
 */
export function splitAtBreach(
  segments: readonly SlaSegment[],
  breachedAt: number | null,
): LaneSegment[] {
  const at = breachedAt ?? Number.POSITIVE_INFINITY;
  return segments.flatMap((segment) => {
    if (segment.to <= at) return [{ ...segment, breached: false }];
    if (segment.from >= at) return [{ ...segment, breached: true }];
    return [
      { ...segment, to: at, breached: false },
      { ...segment, from: at, breached: true },
    ];
  });
}

/**
 * One clock's lane: the clock, its segments, its markers and the stretch it spent breached.
 *
 * @example
 * const lane: ClockLane = clockLanes(sla, now)[0];
 */
export interface ClockLane {
  readonly kind: SlaTargetKind;
  readonly clock: SlaClock;
  readonly segments: readonly LaneSegment[];
  readonly marks: readonly ClockMark[];
  readonly breach: { readonly from: number; readonly to: number } | undefined;
}

/**
 * The lanes of a ticket's clocks, in the core's order (response, plan, resolution, update).
 *
 * @example
 * clockLanes(computeSla(policy, history, now, { calendars }), now).map((l) => l.kind);
 */
export function clockLanes(sla: SlaResult, now: number): ClockLane[] {
  const lanes: ClockLane[] = [];
  for (const kind of SLA_TARGET_KINDS) {
    const clock = sla.clocks[kind];
    if (!clock) continue;
    const marks: ClockMark[] = clock.warnings.map((w) => ({
      kind: 'threshold',
      at: w.at,
      percent: w.percent,
      reached: w.reached,
    }));
    if (clock.dueAt !== null) {
      marks.push({ kind: 'due', at: clock.dueAt, percent: 100, reached: clock.dueAt <= now });
    }
    if (clock.breachedAt !== null) {
      marks.push({ kind: 'breached', at: clock.breachedAt, reached: true });
    }
    if (clock.stoppedAt !== null) {
      marks.push({ kind: 'stopped', at: clock.stoppedAt, reached: true });
    }
    const breach =
      clock.breachedAt === null
        ? undefined
        : { from: clock.breachedAt, to: clock.stoppedAt ?? Math.max(now, clock.breachedAt) };
    marks.sort((a, b) => a.at - b.at);
    const segments = splitAtBreach(clock.segments, clock.breachedAt);
    lanes.push({ kind, clock, segments, marks, breach });
  }
  return lanes;
}

/**
 * The paused stretches among a clock's segments.
 *
 * @example
 * pausedStretches(lane.segments); // [{ from, to }]
 */
export function pausedStretches(
  segments: readonly SlaSegment[],
): { readonly from: number; readonly to: number }[] {
  return segments.filter((s) => s.state === 'paused').map(({ from, to }) => ({ from, to }));
}

/**
 * An escalation event from `simulateEscalation`'s trace. Entries after `now` are `projected`:
 * what will happen if nothing changes.
 *
 * @example
 * const mark: EscalationMark = { at, kind: 'escalated', partyIds: [], reason: 'Not acknowledged within 10 minutes.', projected: false };
 */
export interface EscalationMark {
  readonly at: number;
  readonly kind: TraceEntry['kind'];
  readonly partyIds: readonly string[];
  readonly stepId?: string;
  readonly reason: string;
  readonly projected: boolean;
}

/**
 * The trace entries worth a marker: everything but the closing `ended` line.
 *
 * @example
 * escalationMarks(simulateEscalation(context, ticket, events, now), now);
 */
export function escalationMarks(
  trace: readonly TraceEntry[] | undefined,
  now: number,
): EscalationMark[] {
  return (trace ?? [])
    .filter((entry) => entry.kind !== 'ended')
    .map((entry) => ({
      at: entry.at,
      kind: entry.kind,
      partyIds: entry.partyIds ?? [],
      ...(entry.stepId === undefined ? {} : { stepId: entry.stepId }),
      reason: entry.reason,
      projected: entry.at > now,
    }));
}

/**
 * The span worth showing of a ticket: from creation to the latest of its due times, the moments
 * its clocks stopped and — while it is open — now.
 *
 * @example
 * const { start, end } = ticketSpan(history, sla, now);
 */
export function ticketSpan(
  history: TicketHistory,
  sla: SlaResult,
  now: number,
): { start: number; end: number } {
  const start = history[0]?.at ?? now;
  let end = sla.resolved ? start : Math.max(now, start);
  for (const clock of Object.values(sla.clocks)) {
    if (clock.dueAt !== null) end = Math.max(end, clock.dueAt);
    if (clock.stoppedAt !== null) end = Math.max(end, clock.stoppedAt);
  }
  return { start, end };
}
