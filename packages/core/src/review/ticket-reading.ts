import { laneOfSide } from '../matrix/views';
import {
  type AttributedClocks,
  attributionComputer,
  type SlaAttributionOptions,
} from '../sla/attribution';
import type { TicketHistory } from '../sla/history';
import { SLA_TARGET_KINDS, type SlaPolicy, type SlaTargetKind } from '../sla/policy';
import { holderAt, type TicketTimeline } from './ticket-timeline';
import type { ReviewTicket } from './types';

// One ticket read for the review: each clock's outcome at the period's end and who held it, from
// the same engine the timeline and the queue use, in one replay of the ticket (attribution's).
// Everything else in the review adds these up.

/** How one clock stood at the period's end. */
export interface ClockOutcome {
  readonly kind: SlaTargetKind;
  readonly outcome: 'met' | 'breached' | 'open';
  /** Business minutes counted: for a stopped clock, what it took. */
  readonly minutes: number;
  readonly stopped: boolean;
  /** Who held the ticket when the clock stopped, or when it breached. */
  readonly partyId?: string;
}

/** A ticket's clocks and, for its main clock, who held it and the hand-offs across sides. */
export interface TicketReading {
  readonly ticketId: string;
  readonly priority: string;
  readonly clocks: readonly ClockOutcome[];
  readonly held: readonly { readonly partyId: string; readonly minutes: number }[];
  readonly unassignedMinutes: number;
  /** Business minutes the main clock ran, and the business minutes its pauses kept off it. */
  readonly runningMinutes: number;
  readonly pausedMinutes: number;
  readonly breaches: readonly { readonly partyId?: string }[];
  readonly crossings: readonly {
    readonly from: 'internal' | 'provider';
    readonly to: 'internal' | 'provider';
    readonly minutes: number;
  }[];
}

/**
 * The ticket's clocks at `at` under `policy`, with holders read from its `timeline`. Written
 * as plain loops: the review reads every ticket of a quarter, and allocations here are most of
 * its garbage. `attribute` is the policy's attribution computer, made once for all the tickets
 * under the policy (made here when left out).
 */
export function readTicket(
  ticket: ReviewTicket,
  policy: SlaPolicy,
  timeline: TicketTimeline,
  at: number,
  options: SlaAttributionOptions,
  attribute: (history: TicketHistory, at: number) => AttributedClocks = attributionComputer(
    policy,
    options,
  ),
): TicketReading {
  const { attribution, priority, stoppedAt } = attribute(ticket.history, at);
  const clocks: ClockOutcome[] = [];
  const breaches: { partyId?: string }[] = [];
  for (const kind of SLA_TARGET_KINDS) {
    const target = attribution.targets[kind];
    if (!target) continue;
    const watch = target.breaches[0];
    const stop = stoppedAt[kind] ?? null;
    // Breached: on whose watch. Otherwise whoever held it when it stopped, or holds it now.
    const partyId = watch ? watch.partyId : holderAt(timeline, stop ?? at);
    const outcome = watch ? 'breached' : stop !== null ? 'met' : 'open';
    const minutes = target.runningMinutes;
    clocks.push(
      partyId === undefined
        ? { kind, outcome, minutes, stopped: stop !== null }
        : { kind, outcome, minutes, stopped: stop !== null, partyId },
    );
    for (const breach of target.breaches) {
      breaches.push(breach.partyId === undefined ? {} : { partyId: breach.partyId });
    }
  }
  const main = attribution.targets.resolution ?? attribution.targets.response;
  const crossings: TicketReading['crossings'][number][] = [];
  for (const handoff of main?.handoffs ?? []) {
    const from = laneOfSide(handoff.fromSide);
    const to = laneOfSide(handoff.toSide);
    if (from !== to) crossings.push({ from, to, minutes: handoff.minutes });
  }
  let pausedMinutes = 0;
  for (const pause of main?.pauses ?? []) pausedMinutes += pause.minutes;
  return {
    ticketId: ticket.id,
    priority,
    clocks,
    held: main?.held ?? [],
    unassignedMinutes: main?.unassignedMinutes ?? 0,
    runningMinutes: main?.runningMinutes ?? 0,
    pausedMinutes,
    breaches,
    crossings,
  };
}
