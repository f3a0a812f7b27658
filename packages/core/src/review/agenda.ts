import type { DriftFinding } from '../io/drift';
import type {
  AgendaItem,
  AgendaSeverity,
  Attainment,
  BoundaryCrossings,
  ClockIntegrityFlag,
  EscalationReview,
  GreyZoneTicket,
  RecurringIssue,
  ServiceReview,
  StaleRow,
} from './types';

// The agenda: every finding of the review worth raising, ranked — severity first, then the
// order of the kinds below (service levels before ownership before patterns), then the figure.

const SEVERITY: Record<AgendaSeverity, number> = { high: 0, medium: 1, low: 2 };
const KIND: Record<AgendaItem['kind'], number> = {
  'attainment-below-goal': 0,
  'attainment-falling': 1,
  'scope-drift': 2,
  'unrouted-row': 3,
  'after-hours-uncovered': 4,
  'grey-zone': 5,
  'pause-after-reply': 6,
  'mostly-paused': 7,
  'outside-holder-hours': 8,
  'costly-handoffs': 9,
  'both-teams-paged': 10,
  'manual-escalations': 11,
  'recurring-issue': 12,
  'rows-not-reviewed': 13,
};
// A hand-off that costs more than an hour of business time on average is worth a conversation.
const COSTLY_HANDOFF_MINUTES = 60;

export interface AgendaInput {
  readonly byPriority: readonly Attainment[];
  readonly greyZone: readonly GreyZoneTicket[];
  readonly drift: readonly DriftFinding[];
  readonly recurring: readonly RecurringIssue[];
  readonly crossings: readonly BoundaryCrossings[];
  readonly integrity: readonly ClockIntegrityFlag[];
  readonly ownership: ServiceReview['ownership'];
  readonly escalations: EscalationReview | null;
  readonly staleRows: readonly StaleRow[];
  readonly goalPercent: number;
  readonly trendDrop: number;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The ranked agenda of a review. */
export function agenda(input: AgendaInput): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const figure of input.byPriority) {
    const base = {
      target: figure.kind,
      ...(figure.priority === undefined ? {} : { priority: figure.priority }),
      rowIds: [],
      partyIds: [],
    };
    const ticketIds = unique(figure.breachedTicketIds);
    if (figure.metPercent !== null && figure.metPercent < input.goalPercent) {
      items.push({
        kind: 'attainment-below-goal',
        // Ten points under the goal is a missed service level, not a wobble.
        severity: figure.metPercent < input.goalPercent - 10 ? 'high' : 'medium',
        figure: figure.metPercent,
        ticketIds,
        ...base,
      });
    }
    if (figure.trend !== null && figure.trend <= -input.trendDrop) {
      items.push({
        kind: 'attainment-falling',
        severity: 'medium',
        figure: figure.trend,
        ticketIds,
        ...base,
      });
    }
  }
  for (const finding of input.drift) {
    items.push({
      kind: 'scope-drift',
      severity: finding.severity,
      figure: 1,
      ticketIds: [],
      rowIds: [finding.rowId],
      partyIds: [],
    });
  }
  const greyByParty = new Map<string, GreyZoneTicket[]>();
  for (const gap of input.greyZone) {
    const list = greyByParty.get(gap.partyId);
    if (list) list.push(gap);
    else greyByParty.set(gap.partyId, [gap]);
  }
  for (const [partyId, gaps] of greyByParty) {
    // One pass, no array per gap: a quarter can hold a hundred thousand grey-zone holdings.
    let figure = 0;
    const ticketIds = new Set<string>();
    const rowIds = new Set<string>();
    for (const gap of gaps) {
      figure += gap.minutes;
      ticketIds.add(gap.ticketId);
      if (gap.rowId !== undefined) rowIds.add(gap.rowId);
    }
    items.push({
      kind: 'grey-zone',
      severity: 'medium',
      figure,
      ticketIds: [...ticketIds],
      rowIds: [...rowIds],
      partyIds: [partyId],
    });
  }
  for (const crossing of input.crossings) {
    if (crossing.count === 0 || crossing.minutes / crossing.count <= COSTLY_HANDOFF_MINUTES)
      continue;
    items.push({
      kind: 'costly-handoffs',
      severity: 'medium',
      figure: crossing.minutes,
      ticketIds: crossing.ticketIds,
      rowIds: [],
      partyIds: [],
    });
  }
  items.push(...gapItems(input), ...integrityItems(input.integrity));
  const escalations = input.escalations;
  if (escalations && escalations.bothTeams.count > 0) {
    items.push(countItem('both-teams-paged', 'low', escalations.bothTeams.ticketIds));
  }
  if (escalations && escalations.manual.count > 0) {
    items.push(countItem('manual-escalations', 'low', escalations.manual.ticketIds));
  }
  if (input.staleRows.length > 0) {
    items.push({
      kind: 'rows-not-reviewed',
      severity: 'low',
      figure: input.staleRows.length,
      ticketIds: [],
      rowIds: input.staleRows.map((row) => row.rowId),
      partyIds: [],
    });
  }
  for (const repeat of input.recurring) {
    items.push({
      kind: 'recurring-issue',
      severity: 'low',
      figure: repeat.count,
      ticketIds: repeat.ticketIds,
      rowIds: repeat.rowId === undefined ? [] : [repeat.rowId],
      partyIds: [],
    });
  }
  return items.sort(
    (a, b) =>
      SEVERITY[a.severity] - SEVERITY[b.severity] ||
      KIND[a.kind] - KIND[b.kind] ||
      Math.abs(b.figure) - Math.abs(a.figure),
  );
}

function countItem(
  kind: AgendaItem['kind'],
  severity: AgendaSeverity,
  ticketIds: readonly string[],
  partyIds: readonly string[] = [],
  rowIds: readonly string[] = [],
): AgendaItem {
  return { kind, severity, figure: ticketIds.length, ticketIds, rowIds, partyIds };
}

/** Lists grouped by a key, in first-seen order. */
function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// A row nothing routes is work that arrives nowhere: high. A row routed only to parties not
// Responsible for it is the grey zone built into the routing table: medium.
function gapItems(input: AgendaInput): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const [reason, rows] of groupBy(input.ownership.unroutedRows, (row) => row.reason)) {
    items.push({
      kind: 'unrouted-row',
      severity: reason === 'no-route' ? 'high' : 'medium',
      figure: rows.length,
      ticketIds: unique(rows.flatMap((row) => row.ticketIds)),
      rowIds: rows.map((row) => row.rowId),
      partyIds: unique(rows.flatMap((row) => row.partyIds)),
    });
  }
  for (const [partyId, nights] of groupBy(input.ownership.afterHours, (t) => t.partyId)) {
    items.push(
      countItem(
        'after-hours-uncovered',
        'medium',
        nights.map((t) => t.ticketId),
        [partyId],
      ),
    );
  }
  return items;
}

// A pause set right after the customer answered is a clock stopped by hand: medium, per party.
// Tickets paused most of their life, and clocks run outside the holder's hours, are worth a look.
function integrityItems(flags: readonly ClockIntegrityFlag[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  const byKind = groupBy(flags, (flag) => flag.kind);
  for (const [partyId, repauses] of groupBy(
    byKind.get('pause-after-reply') ?? [],
    (flag) => flag.partyId ?? '',
  )) {
    const ticketIds = unique(repauses.map((flag) => flag.ticketId));
    items.push(countItem('pause-after-reply', 'medium', ticketIds, partyId ? [partyId] : []));
  }
  const paused = byKind.get('mostly-paused') ?? [];
  if (paused.length > 0) {
    items.push(
      countItem(
        'mostly-paused',
        'low',
        paused.map((flag) => flag.ticketId),
      ),
    );
  }
  for (const [partyId, outside] of groupBy(
    byKind.get('outside-holder-hours') ?? [],
    (flag) => flag.partyId ?? '',
  )) {
    items.push({
      ...countItem('outside-holder-hours', 'low', unique(outside.map((flag) => flag.ticketId)), [
        partyId,
      ]),
      figure: outside.reduce((sum, flag) => sum + flag.minutes, 0),
    });
  }
  return items;
}
