import type { PartySide } from '@tandem/core';
import type { AgendaItem, AgendaSeverity } from '@tandem/core/review';
import type { SlaTargetKind } from '@tandem/core/sla';
import { type MessageOverrides, mergeMessages } from '../messages/merge-messages';

// Every word `<ServiceReview>` shows, in one object hosts override piece by piece. Functions
// receive words and already formatted numbers (the component formats them in the page's
// locale), never ids, so a translation can put them in any order.

/**
 * The ids of the review's sections, in the order the page shows them by default.
 *
 * @example
 * const onlyFigures: readonly ServiceReviewSectionId[] = ['attainment', 'clock'];
 */
export type ServiceReviewSectionId =
  | 'agenda'
  | 'attainment'
  | 'clock'
  | 'breaches'
  | 'gaps'
  | 'recurring'
  | 'drift';

/**
 * One agenda item in words: its figure formatted for its kind, and the names it concerns.
 *
 * @example
 * const words: AgendaWords = { figure: '72 %', target: 'Resolution', priority: 'P1', parties: [], rows: [], tickets: 4 };
 */
export interface AgendaWords {
  readonly figure: string;
  readonly target: string | undefined;
  readonly priority: string | undefined;
  readonly parties: readonly string[];
  readonly rows: readonly string[];
  readonly tickets: number;
}

/**
 * Every string of `<ServiceReview>`. Pass any subset as `messages`.
 *
 * @example
 * const de: ServiceReviewMessageOverrides = { title: 'Service-Review', sections: { agenda: 'Agenda' } };
 */
export interface ServiceReviewMessages {
  title: string;
  /** The period under the title; both ends already formatted as dates. */
  period: (from: string, to: string) => string;
  /** How many tickets the period had, and the previous one (formatted). */
  ticketCount: (current: string, previous: string) => string;
  sections: Readonly<Record<ServiceReviewSectionId, string>>;
  /** One sentence under each section's heading: what it shows. */
  sectionIntros: Readonly<Record<ServiceReviewSectionId, string>>;
  targets: Readonly<Record<SlaTargetKind, string>>;
  sides: Readonly<Record<PartySide, string>>;
  severities: Readonly<Record<AgendaSeverity, string>>;
  /** A party's display name; `name` is the matrix's, if known. */
  party: (partyId: string, name: string | undefined) => string;
  /** A matrix row's display name; `name` is the matrix's, if known. */
  row: (rowId: string, name: string | undefined) => string;
  priority: (priority: string) => string;
  /** A share in percent, already formatted ("92.5 %"). */
  percent: (value: string) => string;
  /** A span of business minutes, hours and minutes already formatted. */
  duration: (hours: number, minutes: number, format: (n: number) => string) => string;
  /** What an empty figure shows: nothing measured. */
  none: string;
  /** A trend in percentage points, sign included ("+5 pts"); `null` when there is none. */
  trend: (points: string | null) => string;
  /** The overall figures above the sections. */
  overallLabel: string;
  overallTile: (target: string, percent: string, measured: string) => string;
  goal: (percent: string) => string;
  /** The disclosure that holds a chart's table equivalent. */
  showTable: string;
  /** Chart titles. */
  charts: Readonly<{
    attainmentByPriority: string;
    attainmentByParty: string;
    clockByParty: string;
    breachesOverTime: string;
    handoffs: string;
  }>;
  /** The one-line summary a screen reader hears for each chart. */
  chartSummaries: Readonly<{
    attainment: (groups: number, goal: string) => string;
    clockByParty: (parties: number, total: string) => string;
    breachesOverTime: (weeks: number, breaches: string, tickets: string) => string;
    handoffs: (toProvider: string, toInternal: string) => string;
  }>;
  columns: Readonly<{
    group: string;
    target: string;
    measured: string;
    met: string;
    metPercent: string;
    breached: string;
    open: string;
    median: string;
    p90: string;
    trend: string;
    party: string;
    side: string;
    clockTime: string;
    tickets: string;
    breaches: string;
    week: string;
    opened: string;
    direction: string;
    handoffs: string;
    cost: string;
    ticket: string;
    row: string;
    heldFor: string;
    issue: string;
    count: string;
    severity: string;
    finding: string;
    reason: string;
  }>;
  /** A week of the breaches chart, from its first day (formatted). */
  weekOf: (date: string) => string;
  /** The flow arrow's label: how many hand-offs went that way. */
  handoffCount: (count: string) => string;
  /** The flow arrow's detail: what they cost, the time from letting go to pick-up. */
  handoffCost: (duration: string) => string;
  /** A hand-off direction: both sides already named. */
  direction: (from: string, to: string) => string;
  /** Minutes no party held (a clock running on an unassigned ticket). */
  unassigned: (duration: string) => string;
  /** The breaches chart needs the tickets themselves; shown when the host did not pass them. */
  breachesNeedTickets: string;
  agenda: Readonly<Record<AgendaItem['kind'], (words: AgendaWords) => string>>;
  /** An agenda item of a kind this version does not know the words for. */
  agendaFallback: (kind: string, words: AgendaWords) => string;
  evidence: (tickets: readonly string[], more: number) => string;
  emptyAgenda: string;
  emptyGaps: string;
  emptyRecurring: string;
  emptyDrift: string;
  /** Shown instead of the figures when the period had no tickets. */
  emptyPeriod: string;
  skipped: (count: string) => string;
  skippedReasons: Readonly<Record<'no-policy' | 'no-created-event', string>>;
}

/**
 * What a host may pass as `messages`: any subset, nested records key by key.
 *
 * @example
 * const overrides: ServiceReviewMessageOverrides = { sides: { provider: 'Northwind' } };
 */
export type ServiceReviewMessageOverrides = MessageOverrides<ServiceReviewMessages>;

const list = (names: readonly string[]) => names.join(', ');
const about = (words: AgendaWords) =>
  [words.target, words.priority].filter((part) => part !== undefined).join(' ');

/**
 * The English words of `<ServiceReview>`.
 *
 * @example
 * englishServiceReviewMessages.sections.attainment; // 'SLA attainment'
 */
export const englishServiceReviewMessages: ServiceReviewMessages = {
  title: 'Service review',
  period: (from, to) => `${from} – ${to}`,
  ticketCount: (current, previous) => `${current} tickets (previous period: ${previous})`,
  sections: {
    agenda: 'Agenda',
    attainment: 'SLA attainment',
    clock: 'Who held the clock',
    breaches: 'Breaches over the period',
    gaps: 'Ownership gaps',
    recurring: 'Recurring issues',
    drift: 'Scope drift',
  },
  sectionIntros: {
    agenda: 'What to talk about, most pressing first, with the tickets behind each item.',
    attainment: 'The share of SLA clocks that met their target, per priority and per party.',
    clock: 'Business time each party held running clocks, and the hand-offs between the teams.',
    breaches: 'Tickets opened and breached, week by week.',
    gaps: 'Tickets worked by a party the matrix does not make Responsible for them.',
    recurring: 'Kinds of ticket that kept coming back.',
    drift: 'Work and decisions that moved between the teams since the last review.',
  },
  targets: { response: 'Response', plan: 'Plan', resolution: 'Resolution', update: 'Update' },
  sides: { internal: 'Internal IT', provider: 'Provider', vendor: 'Vendor', business: 'Business' },
  severities: { high: 'High', medium: 'Medium', low: 'Low' },
  party: (partyId, name) => name ?? partyId,
  row: (rowId, name) => name ?? rowId,
  priority: (priority) => priority,
  percent: (value) => `${value} %`,
  duration: (hours, minutes, format) =>
    hours === 0 ? `${format(minutes)} min` : `${format(hours)} h ${format(minutes)} min`,
  none: '—',
  trend: (points) => (points === null ? 'no trend' : `${points} pts`),
  overallLabel: 'Overall attainment',
  overallTile: (target, percent, measured) => `${target}: ${percent} met of ${measured} clocks`,
  goal: (percent) => `Goal ${percent}`,
  showTable: 'Show the figures as a table',
  charts: {
    attainmentByPriority: 'Attainment per priority',
    attainmentByParty: 'Attainment per party',
    clockByParty: 'Clock time per party',
    breachesOverTime: 'Tickets and breaches per week',
    handoffs: 'Hand-offs between the teams',
  },
  chartSummaries: {
    attainment: (groups, goal) =>
      `Bar chart of ${groups} groups, the share of clocks met per target; goal ${goal}.`,
    clockByParty: (parties, total) =>
      `Bar chart of ${parties} parties, business time held; ${total} in all.`,
    breachesOverTime: (weeks, breaches, tickets) =>
      `Column chart of ${weeks} weeks: ${tickets} tickets opened, ${breaches} breached.`,
    handoffs: (toProvider, toInternal) =>
      `Flow between the teams: ${toProvider} hand-offs to the provider, ${toInternal} back to internal IT.`,
  },
  columns: {
    group: 'Group',
    target: 'Target',
    measured: 'Measured',
    met: 'Met',
    metPercent: 'Met %',
    breached: 'Breached',
    open: 'Open',
    median: 'Median',
    p90: '90th percentile',
    trend: 'Trend',
    party: 'Party',
    side: 'Side',
    clockTime: 'Clock time',
    tickets: 'Tickets',
    breaches: 'Breaches',
    week: 'Week',
    opened: 'Opened',
    direction: 'Direction',
    handoffs: 'Hand-offs',
    cost: 'Time to pick up',
    ticket: 'Ticket',
    row: 'Function',
    heldFor: 'Held for',
    issue: 'Issue',
    count: 'Tickets',
    severity: 'Severity',
    finding: 'Finding',
    reason: 'Reason',
  },
  weekOf: (date) => `Week of ${date}`,
  handoffCount: (count) => `${count} hand-offs`,
  handoffCost: (duration) => `${duration} to pick up`,
  direction: (from, to) => `${from} → ${to}`,
  unassigned: (duration) => `Unassigned: ${duration}`,
  breachesNeedTickets: 'Pass the review’s tickets to chart breaches week by week.',
  agenda: {
    'attainment-below-goal': (w) => `${about(w)} attainment is ${w.figure}, below the goal.`,
    'attainment-falling': (w) =>
      `${about(w)} attainment changed by ${w.figure} since the previous period.`,
    'grey-zone': (w) =>
      `${list(w.parties)} worked ${w.tickets} tickets the matrix gives to others, for ${w.figure}.`,
    'scope-drift': (w) => `${list(w.rows)} moved between the teams without renegotiation.`,
    'recurring-issue': (w) =>
      `${list(w.rows) || 'One kind of ticket'} came back ${w.figure} times.`,
    'costly-handoffs': (w) => `Hand-offs between the teams cost ${w.figure} before pick-up.`,
    'unrouted-row': (w) =>
      w.parties.length === 0
        ? `Routing sends ${list(w.rows)} nowhere.`
        : `Routing sends ${list(w.rows)} only to ${list(w.parties)}, not Responsible for it.`,
    'after-hours-uncovered': (w) =>
      `${list(w.parties)} held ${w.figure} tickets opened after hours, without night cover.`,
    'pause-after-reply': (w) =>
      `${list(w.parties) || 'Someone'} paused ${w.figure} tickets within minutes of a customer reply.`,
    'mostly-paused': (w) => `${w.figure} tickets spent most of their life paused.`,
    'outside-holder-hours': (w) =>
      `Clocks ran ${w.figure} while ${list(w.parties)} was off its own hours.`,
    'both-teams-paged': (w) => `Both teams were paged on ${w.figure} tickets.`,
    'manual-escalations': (w) => `${w.figure} tickets were escalated by hand.`,
    'rows-not-reviewed': (w) => `${w.figure} functions are due for review: ${list(w.rows)}.`,
  },
  agendaFallback: (kind, w) => `${kind}: ${w.figure}`,
  evidence: (tickets, more) =>
    tickets.length === 0
      ? ''
      : `Tickets: ${tickets.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  emptyAgenda: 'Nothing needs discussing: every figure is within its goal.',
  emptyGaps: 'Every ticket was held by a party the matrix makes Responsible.',
  emptyRecurring: 'No kind of ticket came back often enough to be a pattern.',
  emptyDrift: 'No work or decision moved between the teams.',
  emptyPeriod: 'No tickets were opened in this period.',
  skipped: (count) => `${count} tickets could not be read and are not counted.`,
  skippedReasons: {
    'no-policy': 'No SLA policy applies',
    'no-created-event': 'The history does not start with its creation',
  },
};

/**
 * The default words with a host's overrides merged in.
 *
 * @example
 * resolveServiceReviewMessages({ title: 'Quarterly review' }).title; // 'Quarterly review'
 */
export function resolveServiceReviewMessages(
  overrides?: ServiceReviewMessageOverrides,
): ServiceReviewMessages {
  return mergeMessages(englishServiceReviewMessages, overrides);
}
