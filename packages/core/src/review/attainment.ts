import { SLA_TARGET_KINDS, type SlaTargetKind } from '../sla/policy';
import { quantileOfUnsorted } from './percentile';
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

// Groups by target, then by key: nested maps, so no key string is built per clock.
type Tallies = Map<SlaTargetKind, Map<string, Tally>>;

/** One period's tallies: of all tickets (key `''`), per priority and per party. */
export interface AttainmentTallies {
  readonly overall: Tallies;
  readonly byPriority: Tallies;
  readonly byParty: Tallies;
}

function count(
  groups: Tallies,
  kind: SlaTargetKind,
  group: string,
  clock: ClockOutcome,
  id: string,
) {
  let ofKind = groups.get(kind);
  if (!ofKind) {
    ofKind = new Map();
    groups.set(kind, ofKind);
  }
  let counts = ofKind.get(group);
  if (!counts) {
    counts = { met: 0, breached: 0, open: 0, minutes: [], breachedTicketIds: [] };
    ofKind.set(group, counts);
  }
  // Not `counts[clock.outcome]`: a property named at run time is a slow lookup, and this runs
  // three times for every clock of a quarter.
  if (clock.outcome === 'met') counts.met += 1;
  else if (clock.outcome === 'open') counts.open += 1;
  else {
    counts.breached += 1;
    counts.breachedTicketIds.push(id);
  }
  if (clock.stopped) counts.minutes.push(clock.minutes);
}

/**
 * Empty tallies and the function that adds a reading to them. Readings are added as they are
 * read, so none has to be kept for a second pass (a quarter's readings kept alive are most of
 * the review's garbage-collection time).
 */
export function attainmentTallies(): AttainmentTallies & { add(reading: TicketReading): void } {
  const overall: Tallies = new Map();
  const byPriority: Tallies = new Map();
  const byParty: Tallies = new Map();
  return {
    overall,
    byPriority,
    byParty,
    add(reading) {
      for (const clock of reading.clocks) {
        count(overall, clock.kind, '', clock, reading.ticketId);
        count(byPriority, clock.kind, reading.priority, clock, reading.ticketId);
        if (clock.partyId !== undefined) {
          count(byParty, clock.kind, clock.partyId, clock, reading.ticketId);
        }
      }
    },
  };
}

const percentMet = (counts: Tally | undefined): number | null => {
  const measured = counts ? counts.met + counts.breached : 0;
  return counts && measured > 0 ? (counts.met / measured) * 100 : null;
};

/**
 * Attainment of each target from `now`'s tallies, with each group's figure in `before` for the
 * trend. `field` names what the groups are.
 */
export function attainment(
  now: Tallies,
  before: Tallies,
  field?: 'priority' | 'partyId',
): Attainment[] {
  const figures: Attainment[] = [];
  for (const kind of SLA_TARGET_KINDS) {
    const ofKind = now.get(kind);
    if (!ofKind) continue;
    const groups = [...ofKind.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const group of groups) {
      const counts = ofKind.get(group) as Tally;
      // Selection, not a sort: two ranks of a quarter's clocks are wanted, not their order.
      const minutes = Float64Array.from(counts.minutes);
      const metPercent = percentMet(counts);
      const previousMetPercent = percentMet(before.get(kind)?.get(group));
      figures.push({
        kind,
        ...(field === undefined ? {} : { [field]: group }),
        measured: counts.met + counts.breached,
        met: counts.met,
        breached: counts.breached,
        open: counts.open,
        metPercent,
        medianMinutes: quantileOfUnsorted(minutes, 0.5),
        p90Minutes: quantileOfUnsorted(minutes, 0.9),
        previousMetPercent,
        trend:
          metPercent === null || previousMetPercent === null
            ? null
            : metPercent - previousMetPercent,
        breachedTicketIds: counts.breachedTicketIds,
      });
    }
  }
  return figures;
}
