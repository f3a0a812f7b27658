import type { TraceEntry } from '@tandem/core/escalation';
import {
  computeSla,
  type SlaOptions,
  type SlaPolicy,
  type SlaResult,
  type SlaState,
  type SlaTargetKind,
  type TicketHistory,
} from '@tandem/core/sla';
import { knownHistory } from './sla-moment';

// The queue's view of many tickets: each summed up by the clock that breaches next, sorted by
// time to breach, filtered by holder and priority. Pure, so a host can run it in a worker or on
// a server and hand the queue the result.

/**
 * A ticket in the queue.
 *
 * @example
 * const ticket: SlaQueueTicket = { id: 'T-1042', title: 'VPN drops every hour', policy, history };
 */
export interface SlaQueueTicket {
  readonly id: string;
  readonly title: string;
  readonly policy: SlaPolicy;
  readonly history: TicketHistory;
  /** The escalation trace, shown when the ticket's full timeline opens. */
  readonly escalations?: readonly TraceEntry[];
}

/**
 * Where a queue entry sorts: live breaches first, then running clocks by due time, then paused
 * tickets, then tickets with no clock left running.
 *
 * @example
 * const group: QueueGroup = 'running';
 */
export type QueueGroup = 'breached' | 'running' | 'paused' | 'done';

/**
 * One ticket summed up for the queue.
 *
 * @example
 * entry.minutesToBreach; // 95: the resolution clock breaches in 1 h 35 min
 */
export interface QueueEntry {
  readonly ticket: SlaQueueTicket;
  readonly sla: SlaResult;
  readonly group: QueueGroup;
  /** The live state: a clock breached and still running counts as breached. */
  readonly state: SlaState;
  /** The clock the entry sorts by, if any is open. */
  readonly kind: SlaTargetKind | undefined;
  /** Wall-clock minutes to the next breach; negative since a live breach; null when none is coming. */
  readonly minutesToBreach: number | null;
  /** Business minutes left on the paused clock nearest its target. */
  readonly pausedRemaining: number | null;
  /** Breaches over the ticket's life, across clocks (a late response still counts). */
  readonly breaches: number;
}

const ORDER: Readonly<Record<QueueGroup, number>> = { breached: 0, running: 1, paused: 2, done: 3 };

/**
 * Sums up a ticket at `now` (the SLA without timeline segments: cheap in bulk).
 *
 * @example
 * summariseTicket(ticket, now, { calendars, parties }).group; // 'running'
 */
export function summariseTicket(
  ticket: SlaQueueTicket,
  now: number,
  options: Pick<SlaOptions, 'calendars' | 'parties'> = {},
): QueueEntry {
  const sla = computeSla(ticket.policy, knownHistory(ticket.history, now), now, {
    ...options,
    timeline: false,
  });
  let live: { kind: SlaTargetKind; at: number } | undefined;
  let next: { kind: SlaTargetKind; at: number } | undefined;
  let paused: { kind: SlaTargetKind; left: number } | undefined;
  let breaches = 0;
  for (const [kind, clock] of Object.entries(sla.clocks) as [
    SlaTargetKind,
    NonNullable<SlaResult['clocks']['response']>,
  ][]) {
    breaches += clock.breaches;
    if (clock.stoppedAt !== null) continue;
    if (clock.state === 'breached' && clock.breachedAt !== null) {
      if (!live || clock.breachedAt < live.at) live = { kind, at: clock.breachedAt };
    } else if (clock.state === 'running' && clock.dueAt !== null) {
      if (!next || clock.dueAt < next.at) next = { kind, at: clock.dueAt };
    } else if (clock.state === 'paused') {
      if (!paused || clock.remainingMinutes < paused.left) {
        paused = { kind, left: clock.remainingMinutes };
      }
    }
  }
  const toMinutes = (at: number) => Math.round((at - now) / 60_000);
  if (live) {
    return entry(
      ticket,
      sla,
      'breached',
      'breached',
      live.kind,
      toMinutes(live.at),
      null,
      breaches,
    );
  }
  if (next)
    return entry(ticket, sla, 'running', 'running', next.kind, toMinutes(next.at), null, breaches);
  if (paused)
    return entry(ticket, sla, 'paused', 'paused', paused.kind, null, paused.left, breaches);
  return entry(
    ticket,
    sla,
    'done',
    breaches > 0 ? 'breached' : 'met',
    undefined,
    null,
    null,
    breaches,
  );
}

function entry(
  ticket: SlaQueueTicket,
  sla: SlaResult,
  group: QueueGroup,
  state: SlaState,
  kind: SlaTargetKind | undefined,
  minutesToBreach: number | null,
  pausedRemaining: number | null,
  breaches: number,
): QueueEntry {
  return { ticket, sla, group, state, kind, minutesToBreach, pausedRemaining, breaches };
}

/**
 * Orders entries by time to breach: the longest-breached first, then the soonest due, then
 * paused ones by what they have left, then the rest; ties by ticket id, so the order is stable.
 *
 * @example
 * entries.sort(compareByTimeToBreach);
 */
export function compareByTimeToBreach(a: QueueEntry, b: QueueEntry): number {
  return (
    ORDER[a.group] - ORDER[b.group] ||
    (a.minutesToBreach ?? 0) - (b.minutesToBreach ?? 0) ||
    (a.pausedRemaining ?? 0) - (b.pausedRemaining ?? 0) ||
    (a.ticket.id < b.ticket.id ? -1 : a.ticket.id > b.ticket.id ? 1 : 0)
  );
}

/**
 * Which tickets the queue shows: holders and priorities to keep (left out or empty: all).
 *
 * @example
 * const filter: SlaQueueFilter = { partyIds: ['msp-noc'], priorities: ['P1', 'P2'] };
 */
export interface SlaQueueFilter {
  readonly partyIds?: readonly string[];
  readonly priorities?: readonly string[];
}

/** The holder key of an entry; unassigned tickets filter under the empty string. */
export const partyKey = (entry: QueueEntry): string => entry.sla.partyId ?? '';

/**
 * The entries a filter keeps.
 *
 * @example
 * filterEntries(entries, { priorities: ['P1'] }).every((e) => e.sla.priority === 'P1'); // true
 */
export function filterEntries(
  entries: readonly QueueEntry[],
  filter: SlaQueueFilter,
  ignore?: keyof SlaQueueFilter,
): QueueEntry[] {
  const parties = ignore === 'partyIds' ? undefined : filter.partyIds;
  const priorities = ignore === 'priorities' ? undefined : filter.priorities;
  return entries.filter(
    (e) =>
      (!parties?.length || parties.includes(partyKey(e))) &&
      (!priorities?.length || priorities.includes(e.sla.priority)),
  );
}

/**
 * How many entries each holder and priority would show, each counted under the other
 * dimension's filter (faceted counts), in first-seen order for holders and name order for
 * priorities.
 *
 * @example
 * facetCounts(entries, filter).priorities; // [['P1', 12], ['P2', 340], …]
 */
export function facetCounts(
  entries: readonly QueueEntry[],
  filter: SlaQueueFilter,
): { parties: [string, number][]; priorities: [string, number][] } {
  const count = (items: QueueEntry[], key: (e: QueueEntry) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const parties = count(filterEntries(entries, filter, 'partyIds'), partyKey);
  const priorities = count(filterEntries(entries, filter, 'priorities'), (e) => e.sla.priority);
  return {
    parties: [...parties],
    priorities: [...priorities].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}
