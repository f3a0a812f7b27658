import type { PartySide } from '@tandem/core';
import { slaAttribution } from '@tandem/core/sla/attribution';
import { useMemo } from 'react';
import {
  type HeldBySegment,
  type HeldBySummary,
  heldBySegments,
  heldBySummary,
} from '../model/held-by-model';
import { knownHistory, type SlaTicketInput } from '../model/sla-moment';
import type { ClockLane } from '../model/timeline-model';
import type { Cls } from '../views/timeline-axis';
import type { SlaTimelineState } from './use-sla-timeline';

/**
 * What the "Held by" lane and summary show for the focus clock.
 *
 * @example
 * const heldBy: HeldBy | undefined = useHeldBy(timeline.ticket, timeline.lanes, timeline.focus, true);
 */
export interface HeldBy {
  readonly kind: ClockLane['kind'];
  readonly segments: readonly HeldBySegment[];
  readonly summary: HeldBySummary;
}

/**
 * What the "Held by" views take: the timeline they sit in, its held-by data and class names.
 *
 * @example
 * <HeldBySummary {...({ timeline, heldBy, cls } satisfies HeldByViewProps)} />
 */
export interface HeldByViewProps {
  readonly timeline: SlaTimelineState;
  readonly heldBy: HeldBy;
  readonly cls: Cls;
}

/**
 * The party sides of `parties`, or `undefined` when none has one: without sides there is no
 * internal/MSP boundary to draw, so the lane stays off unless a host asks for it.
 */
export function sidesOf(
  parties: readonly { readonly id: string; readonly side?: PartySide }[] | undefined,
): Map<string, PartySide | undefined> | undefined {
  const sides = new Map((parties ?? []).map((party) => [party.id, party.side]));
  return [...sides.values()].some((side) => side !== undefined) ? sides : undefined;
}

/**
 * Who held the focus clock while it ran, from the core's `slaAttribution` — computed once per
 * ticket, not on every cursor move. On by default when some party has a `side` (a matrix's
 * parties do); `enabled` forces it on or off.
 *
 * @example
 * const heldBy = useHeldBy(timeline.ticket, timeline.lanes, timeline.focus, undefined);
 * heldBy?.summary.shares.map((share) => share.partyId);
 */
export function useHeldBy(
  ticket: SlaTicketInput,
  lanes: readonly ClockLane[],
  focus: ClockLane['kind'],
  enabled: boolean | undefined,
): HeldBy | undefined {
  return useMemo(() => {
    const sides = sidesOf(ticket.parties);
    const lane = lanes.find((l) => l.kind === focus);
    if (enabled === false || (enabled === undefined && !sides) || !lane) return undefined;
    const { policy, history, now, calendars, parties } = ticket;
    const attribution = slaAttribution(policy, knownHistory(history, now), now, {
      ...(calendars ? { calendars } : {}),
      ...(parties ? { parties } : {}),
    });
    const target = attribution.targets[focus];
    if (!target) return undefined;
    return {
      kind: focus,
      segments: heldBySegments(lane.segments, target.pauses, sides ?? new Map()),
      summary: heldBySummary(target),
    };
  }, [ticket, lanes, focus, enabled]);
}
