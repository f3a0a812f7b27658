import type { Attainment } from '@tandem/core/review';
import { SLA_TARGET_KINDS, type SlaTargetKind } from '@tandem/core/sla';

// The attainment figures as a chart reads them: one group per priority or party, one bar per
// target the group has clocks for.

/**
 * The figures of one priority or party, by target.
 *
 * @example
 * const group: AttainmentGroup = { key: 'P1', figures: [responseP1, resolutionP1] };
 */
export interface AttainmentGroup {
  readonly key: string;
  readonly figures: readonly Attainment[];
}

/**
 * Groups figures by `priority` or `partyId`, groups in first-seen order (the core lists
 * priorities and parties sorted), targets in the core's order; groups with nothing measured
 * or open are left out.
 *
 * @example
 * attainmentGroups(review.attainment.byPriority, 'priority').map((g) => g.key); // ['P1', 'P2']
 */
export function attainmentGroups(
  figures: readonly Attainment[],
  by: 'priority' | 'partyId',
): AttainmentGroup[] {
  const groups = new Map<string, Attainment[]>();
  for (const figure of figures) {
    const key = figure[by];
    if (key === undefined || figure.measured + figure.open === 0) continue;
    const list = groups.get(key) ?? [];
    list.push(figure);
    groups.set(key, list);
  }
  const order = (kind: SlaTargetKind) => SLA_TARGET_KINDS.indexOf(kind);
  return [...groups].map(([key, list]) => ({
    key,
    figures: list.sort((a, b) => order(a.kind) - order(b.kind)),
  }));
}

/**
 * The targets any group has figures for, in the core's order: the chart's legend.
 *
 * @example
 * targetsOf(groups); // ['response', 'resolution']
 */
export function targetsOf(groups: readonly AttainmentGroup[]): SlaTargetKind[] {
  const seen = new Set(groups.flatMap((group) => group.figures.map((figure) => figure.kind)));
  return SLA_TARGET_KINDS.filter((kind) => seen.has(kind));
}
