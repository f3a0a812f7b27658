import { SLA_TARGET_KINDS, type SlaTargetKind } from '../sla/policy';
import { quantile } from './percentile';
import type { ClockOutcome, TicketReading } from './ticket-reading';
import type { Attainment } from './types';

// SLA attainment: per target, of all tickets, per priority and per party, with the previous
// period's figure beside it. A group's key is its target and, when grouped, the priority or the
// party; groups come out in target order, then by key, so the same input lists the same way.

interface Tally {
  met: number;
  breached: number;
  open: number;
  minutes: number[];
  breachedTicketIds: string[];
}

type GroupOf = (reading: TicketReading, clock: ClockOutcome) => string | undefined;

function tally(readings: readonly TicketReading[], groupOf: GroupOf): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  for (const reading of readings) {
    for (const clock of reading.clocks) {
      const group = groupOf(reading, clock);
      if (group === undefined) continue;
      const key = `${clock.kind}\u0000${group}`;
      let counts = groups.get(key);
      if (!counts) {
        counts = { met: 0, breached: 0, open: 0, minutes: [], breachedTicketIds: [] };
        groups.set(key, counts);
      }
      counts[clock.outcome] += 1;
      if (clock.outcome === 'breached') counts.breachedTicketIds.push(reading.ticketId);
      if (clock.stopped) counts.minutes.push(clock.minutes);
    }
  }
  return groups;
}

const percentMet = (counts: Tally | undefined): number | null => {
  const measured = counts ? counts.met + counts.breached : 0;
  return counts && measured > 0 ? (counts.met / measured) * 100 : null;
};

const kindOrder = (kind: string) => SLA_TARGET_KINDS.indexOf(kind as SlaTargetKind);

/**
 * Attainment of each target over `readings`, grouped by `groupOf` (`''` for one group of all),
 * with each group's figure over `previous` for the trend. `field` names what the group is.
 */
export function attainment(
  readings: readonly TicketReading[],
  previous: readonly TicketReading[],
  groupOf: GroupOf,
  field?: 'priority' | 'partyId',
): Attainment[] {
  const now = tally(readings, groupOf);
  const before = tally(previous, groupOf);
  const keys = [...now.keys()].sort((a, b) => {
    const [kindA = '', groupA = ''] = a.split('\u0000');
    const [kindB = '', groupB = ''] = b.split('\u0000');
    return kindOrder(kindA) - kindOrder(kindB) || (groupA < groupB ? -1 : groupA > groupB ? 1 : 0);
  });
  return keys.map((key) => {
    const counts = now.get(key) as Tally;
    const [kind, group = ''] = key.split('\u0000') as [SlaTargetKind, string];
    const sorted = counts.minutes.sort((a, b) => a - b);
    const metPercent = percentMet(counts);
    const previousMetPercent = percentMet(before.get(key));
    return {
      kind,
      ...(field === undefined ? {} : { [field]: group }),
      measured: counts.met + counts.breached,
      met: counts.met,
      breached: counts.breached,
      open: counts.open,
      metPercent,
      medianMinutes: quantile(sorted, 0.5),
      p90Minutes: quantile(sorted, 0.9),
      previousMetPercent,
      trend:
        metPercent === null || previousMetPercent === null ? null : metPercent - previousMetPercent,
      breachedTicketIds: counts.breachedTicketIds,
    };
  });
}
