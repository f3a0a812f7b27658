import { laneOfSide } from '../matrix/views';
import { attributedClocks, type SlaAttributionOptions } from '../sla/attribution';
import type { TicketHistory } from '../sla/history';
import { type SlaPolicy, type SlaTargetKind, selectSlaPolicy } from '../sla/policy';
import type { ReviewTicket, SkippedTicket } from './types';

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
  readonly breaches: readonly { readonly partyId?: string }[];
  readonly crossings: readonly {
    readonly from: 'internal' | 'provider';
    readonly to: 'internal' | 'provider';
    readonly minutes: number;
  }[];
}

/** The party holding the ticket at `t`: the last holder set at or before it. */
export function holderAt(history: TicketHistory, t: number): string | undefined {
  let holder: string | undefined;
  for (const event of history) {
    if (event.at > t) break;
    if (event.type === 'created') holder = event.partyId;
    else if (event.type === 'assigned') holder = event.partyId ?? undefined;
  }
  return holder;
}

/** The ticket's clocks at `at`, or why it cannot be read. */
export function readTicket(
  ticket: ReviewTicket,
  policies: readonly SlaPolicy[],
  at: number,
  options: SlaAttributionOptions,
): TicketReading | SkippedTicket {
  if (ticket.history[0]?.type !== 'created') {
    return { ticketId: ticket.id, reason: 'no-created-event' };
  }
  const policy = selectSlaPolicy(policies, ticket.attributes ?? {});
  if (!policy) return { ticketId: ticket.id, reason: 'no-policy' };
  const { attribution, priority, stoppedAt } = attributedClocks(
    policy,
    ticket.history,
    at,
    options,
  );
  const clocks: ClockOutcome[] = [];
  for (const target of Object.values(attribution.targets)) {
    if (!target) continue;
    const watch = target.breaches[0];
    const stop = stoppedAt[target.kind] ?? null;
    // Breached: on whose watch. Otherwise whoever held it when it stopped, or holds it now.
    const partyId = watch ? watch.partyId : holderAt(ticket.history, stop ?? at);
    clocks.push({
      kind: target.kind,
      outcome: watch ? 'breached' : stop !== null ? 'met' : 'open',
      minutes: target.runningMinutes,
      stopped: stop !== null,
      ...(partyId === undefined ? {} : { partyId }),
    });
  }
  const main = attribution.targets.resolution ?? attribution.targets.response;
  const breaches = Object.values(attribution.targets).flatMap((target) =>
    (target?.breaches ?? []).map((watch) =>
      watch.partyId === undefined ? {} : { partyId: watch.partyId },
    ),
  );
  return {
    ticketId: ticket.id,
    priority,
    clocks,
    held: (main?.held ?? []).map(({ partyId, minutes }) => ({ partyId, minutes })),
    unassignedMinutes: main?.unassignedMinutes ?? 0,
    breaches,
    crossings: (main?.handoffs ?? [])
      .map((handoff) => ({
        from: laneOfSide(handoff.fromSide),
        to: laneOfSide(handoff.toSide),
        minutes: handoff.minutes,
      }))
      .filter((crossing) => crossing.from !== crossing.to),
  };
}
