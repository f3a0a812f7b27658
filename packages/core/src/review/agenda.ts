import type { DriftFinding } from '../io/drift';
import type {
  AgendaItem,
  AgendaSeverity,
  Attainment,
  BoundaryCrossings,
  GreyZoneTicket,
  RecurringIssue,
} from './types';

// The agenda: every finding of the review worth raising, ranked — severity first, then the
// order of the kinds below (service levels before ownership before patterns), then the figure.

const SEVERITY: Record<AgendaSeverity, number> = { high: 0, medium: 1, low: 2 };
const KIND: Record<AgendaItem['kind'], number> = {
  'attainment-below-goal': 0,
  'attainment-falling': 1,
  'scope-drift': 2,
  'grey-zone': 3,
  'costly-handoffs': 4,
  'recurring-issue': 5,
};
// A hand-off that costs more than an hour of business time on average is worth a conversation.
const COSTLY_HANDOFF_MINUTES = 60;

export interface AgendaInput {
  readonly byPriority: readonly Attainment[];
  readonly greyZone: readonly GreyZoneTicket[];
  readonly drift: readonly DriftFinding[];
  readonly recurring: readonly RecurringIssue[];
  readonly crossings: readonly BoundaryCrossings[];
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
    const list = greyByParty.get(gap.partyId) ?? [];
    list.push(gap);
    greyByParty.set(gap.partyId, list);
  }
  for (const [partyId, gaps] of greyByParty) {
    items.push({
      kind: 'grey-zone',
      severity: 'medium',
      figure: gaps.reduce((sum, gap) => sum + gap.minutes, 0),
      ticketIds: unique(gaps.map((gap) => gap.ticketId)),
      rowIds: unique(gaps.flatMap((gap) => (gap.rowId === undefined ? [] : [gap.rowId]))),
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
