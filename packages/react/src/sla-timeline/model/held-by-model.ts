import type { PartySide } from '@tandem/core';
import type { SlaSegment } from '@tandem/core/sla';
import type { SlaPause, SlaTargetAttribution, SlaWatch } from '@tandem/core/sla/attribution';

// The "Held by" lane and summary, worked out from the core's attribution and the clock's own
// segments: who held the running clock when, the pauses and who set them, each party's share of
// the clock's business minutes and the holder at each breach. Pure data, tested without React.

/**
 * A stretch of the "Held by" lane: a party holding the running clock (`held`), nobody holding
 * it (`unassigned`) or the clock paused — with the pause's status and who set it.
 *
 * @example
 * const segment: HeldBySegment = { from, to, state: 'held', partyId: 'msp-noc', side: 'provider' };
 */
export interface HeldBySegment {
  readonly from: number;
  readonly to: number;
  readonly state: 'held' | 'unassigned' | 'paused';
  readonly partyId?: string;
  readonly side?: PartySide;
  /** For a pause: the status that paused the clock, and who set it when known. */
  readonly status?: string;
  readonly by?: string;
}

/**
 * The lane from a clock's segments up to now (projected ones are left out): running stretches
 * by holder — open and out-of-hours alike, the hours lane shows which — and paused stretches
 * with the pause that caused them. Neighbours that say the same are joined.
 *
 * @example
 * heldBySegments(lane.segments, attribution.targets.resolution.pauses, sides);
 * // [{ state: 'held', partyId: 'internal-it', … }, { state: 'paused', status: 'waiting-on-customer', … }]
 */
export function heldBySegments(
  segments: readonly SlaSegment[],
  pauses: readonly SlaPause[],
  sides: ReadonlyMap<string, PartySide | undefined>,
): HeldBySegment[] {
  const out: HeldBySegment[] = [];
  for (const segment of segments) {
    if (segment.projected || segment.to <= segment.from) continue;
    let next: HeldBySegment;
    if (segment.state === 'paused') {
      const pause = pauses.find((p) => p.from <= segment.from && (p.to ?? Infinity) > segment.from);
      next = {
        from: segment.from,
        to: segment.to,
        state: 'paused',
        ...(pause ? { status: pause.status } : {}),
        ...(pause?.by === undefined ? {} : { by: pause.by }),
      };
    } else if (segment.partyId === undefined) {
      next = { from: segment.from, to: segment.to, state: 'unassigned' };
    } else {
      const side = sides.get(segment.partyId);
      next = {
        from: segment.from,
        to: segment.to,
        state: 'held',
        partyId: segment.partyId,
        ...(side === undefined ? {} : { side }),
      };
    }
    const last = out[out.length - 1];
    if (
      last &&
      last.to === next.from &&
      last.state === next.state &&
      last.partyId === next.partyId &&
      last.status === next.status &&
      last.by === next.by
    ) {
      out[out.length - 1] = { ...last, to: next.to };
    } else out.push(next);
  }
  return out;
}

/**
 * One party's share of a clock's running business minutes; `percent` of the clock's total.
 *
 * @example
 * const share: HeldByShare = { partyId: 'msp-noc', side: 'provider', minutes: 150, percent: 26.3 };
 */
export interface HeldByShare {
  readonly partyId: string;
  readonly side?: PartySide;
  readonly minutes: number;
  readonly percent: number;
}

/**
 * The "Held by" summary of one clock: each party's share (largest first), the unassigned share,
 * and the holder at each breach.
 *
 * @example
 * heldBySummary(attribution.targets.resolution).shares[0]?.partyId; // 'internal-it'
 */
export interface HeldBySummary {
  readonly runningMinutes: number;
  readonly shares: readonly HeldByShare[];
  readonly unassigned: { readonly minutes: number; readonly percent: number };
  readonly breaches: readonly SlaWatch[];
}

/**
 * Sums up one clock's attribution as shares of its running time. A clock that has not run yet
 * has every share at 0 %.
 *
 * @example
 * const { shares, unassigned } = heldBySummary(target);
 */
export function heldBySummary(target: SlaTargetAttribution): HeldBySummary {
  const total = target.runningMinutes;
  const percent = (minutes: number) => (total > 0 ? (minutes / total) * 100 : 0);
  return {
    runningMinutes: total,
    shares: target.held
      .map((held) => ({ ...held, percent: percent(held.minutes) }))
      .sort((a, b) => b.minutes - a.minutes),
    unassigned: { minutes: target.unassignedMinutes, percent: percent(target.unassignedMinutes) },
    breaches: target.breaches,
  };
}
