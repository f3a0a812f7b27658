import type { PartySide } from '@tandem/core';
import type { AgendaItem, AgendaSeverity } from '@tandem/core/review';
import {
  type AgendaItemWords,
  englishReviewTerms,
  type ReviewTermColumns,
} from '@tandem/core/review/export';
import type { SlaTargetKind } from '@tandem/core/sla';
import { type MessageOverrides, mergeMessages } from '../messages/merge-messages';

// Every word `<ServiceReview>` shows, in one object hosts override piece by piece. The words it
// shares with the review's exports (sections, targets, sides, the agenda's sentences, table
// headers) are the core's `englishReviewTerms`. Functions take named parameters: words and
// already formatted numbers (the component formats them in the page's locale), never ids, so a
// translation can put them in any order.

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
 * Every string of `<ServiceReview>`. Pass any subset as `messages`.
 *
 * @example
 * const de: ServiceReviewMessageOverrides = { title: 'Service-Review', sections: { agenda: 'Agenda' } };
 */
export interface ServiceReviewMessages {
  title: string;
  /** The period under the title; both ends already formatted as dates. */
  period: (params: { from: string; to: string }) => string;
  /** How many tickets the period had, and the previous one (formatted). */
  ticketCount: (params: { current: string; previous: string }) => string;
  sections: Readonly<Record<ServiceReviewSectionId, string>>;
  /** One sentence under each section's heading: what it shows. */
  sectionIntros: Readonly<Record<ServiceReviewSectionId, string>>;
  targets: Readonly<Record<SlaTargetKind, string>>;
  sides: Readonly<Record<PartySide, string>>;
  severities: Readonly<Record<AgendaSeverity, string>>;
  /** A party's display name; `name` is the matrix's, if known. */
  party: (params: { partyId: string; name: string | undefined }) => string;
  /** A matrix row's display name; `name` is the matrix's, if known. */
  row: (params: { rowId: string; name: string | undefined }) => string;
  priority: (params: { priority: string }) => string;
  /** A share in percent, already formatted ("92.5 %"). */
  percent: (params: { value: string }) => string;
  /** A span of business time, hours and minutes already formatted. */
  duration: (params: { hours: number; minutes: number; format: (n: number) => string }) => string;
  /** What an empty figure shows: nothing measured. */
  none: string;
  /** A trend in percentage points, sign included ("+5 pts"); `null` when there is none. */
  trend: (params: { points: string | null }) => string;
  /** The overall figures above the sections. */
  overallLabel: string;
  overallTile: (params: { target: string; percent: string; measured: string }) => string;
  goal: (params: { percent: string }) => string;
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
    attainment: (params: { groups: number; goal: string }) => string;
    clockByParty: (params: { parties: number; total: string }) => string;
    breachesOverTime: (params: { weeks: number; breaches: string; tickets: string }) => string;
    handoffs: (params: { toProvider: string; toInternal: string }) => string;
  }>;
  columns: Readonly<ReviewTermColumns & { group: string; week: string; count: string }>;
  /** A week of the breaches chart, from its first day (formatted). */
  weekOf: (params: { date: string }) => string;
  /** The flow arrow's label: how many hand-offs went that way. */
  handoffCount: (params: { count: string }) => string;
  /** The flow arrow's detail: what they cost, the time from letting go to pick-up. */
  handoffCost: (params: { duration: string }) => string;
  /** A hand-off direction: both sides already named. */
  direction: (params: { from: string; to: string }) => string;
  /** Minutes no party held (a clock running on an unassigned ticket). */
  unassigned: (params: { duration: string }) => string;
  /** The breaches chart needs the tickets themselves; shown when the host did not pass them. */
  breachesNeedTickets: string;
  agenda: Readonly<Record<AgendaItem['kind'], (words: AgendaItemWords) => string>>;
  /** An agenda item of a kind this version does not know the words for. */
  agendaFallback: (params: { kind: string; words: AgendaItemWords }) => string;
  /** The tickets behind an agenda item, the first few by id and how many more. */
  evidence: (params: { tickets: readonly string[]; more: number }) => string;
  emptyAgenda: string;
  emptyGaps: string;
  emptyRecurring: string;
  emptyDrift: string;
  /** Shown instead of the figures when the period had no tickets. */
  emptyPeriod: string;
  skipped: (params: { count: string }) => string;
  skippedReasons: Readonly<Record<'no-policy' | 'no-created-event', string>>;
}

/**
 * What a host may pass as `messages`: any subset, nested records key by key.
 *
 * @example
 * const overrides: ServiceReviewMessageOverrides = { sides: { provider: 'Northwind' } };
 */
export type ServiceReviewMessageOverrides = MessageOverrides<ServiceReviewMessages>;

const terms = englishReviewTerms;

/**
 * The English words of `<ServiceReview>`.
 *
 * @example
 * englishServiceReviewMessages.sections.attainment; // 'SLA attainment'
 */
export const englishServiceReviewMessages: ServiceReviewMessages = {
  title: terms.title,
  period: ({ from, to }) => `${from} – ${to}`,
  ticketCount: ({ current, previous }) => `${current} tickets (previous period: ${previous})`,
  sections: { ...terms.sections, breaches: 'Breaches over the period' },
  sectionIntros: {
    agenda: 'What to talk about, most pressing first, with the tickets behind each item.',
    attainment: 'The share of SLA clocks that met their target, per priority and per party.',
    clock: 'Business time each party held running clocks, and the hand-offs between the teams.',
    breaches: 'Tickets opened and breached, week by week.',
    gaps: 'Tickets worked by a party the matrix does not make Responsible for them.',
    recurring: 'Kinds of ticket that kept coming back.',
    drift: 'Work and decisions that moved between the teams since the last review.',
  },
  targets: terms.targets,
  sides: terms.sides,
  severities: terms.severities,
  party: ({ partyId, name }) => name ?? partyId,
  row: ({ rowId, name }) => name ?? rowId,
  priority: ({ priority }) => priority,
  percent: ({ value }) => `${value} %`,
  duration: ({ hours, minutes, format }) =>
    hours === 0 ? `${format(minutes)} min` : `${format(hours)} h ${format(minutes)} min`,
  none: '—',
  trend: ({ points }) => (points === null ? 'no trend' : `${points} pts`),
  overallLabel: 'Overall attainment',
  overallTile: ({ target, percent, measured }) => `${target}: ${percent} met of ${measured} clocks`,
  goal: ({ percent }) => `Goal ${percent}`,
  showTable: 'Show the figures as a table',
  charts: {
    attainmentByPriority: 'Attainment per priority',
    attainmentByParty: 'Attainment per party',
    clockByParty: 'Clock time per party',
    breachesOverTime: 'Tickets and breaches per week',
    handoffs: 'Hand-offs between the teams',
  },
  chartSummaries: {
    attainment: ({ groups, goal }) =>
      `Bar chart of ${groups} groups, the share of clocks met per target; goal ${goal}.`,
    clockByParty: ({ parties, total }) =>
      `Bar chart of ${parties} parties, business time held; ${total} in all.`,
    breachesOverTime: ({ weeks, breaches, tickets }) =>
      `Column chart of ${weeks} weeks: ${tickets} tickets opened, ${breaches} breached.`,
    handoffs: ({ toProvider, toInternal }) =>
      `Flow between the teams: ${toProvider} hand-offs to the provider, ${toInternal} back to internal IT.`,
  },
  columns: { ...terms.columns, group: 'Group', week: 'Week', count: 'Tickets' },
  weekOf: ({ date }) => `Week of ${date}`,
  handoffCount: ({ count }) => `${count} hand-offs`,
  handoffCost: ({ duration }) => `${duration} to pick up`,
  direction: terms.direction,
  unassigned: ({ duration }) => `Unassigned: ${duration}`,
  breachesNeedTickets: 'Pass the review’s tickets to chart breaches week by week.',
  agenda: terms.agenda,
  agendaFallback: ({ kind, words }) => `${kind}: ${words.figure}`,
  evidence: ({ tickets, more }) =>
    tickets.length === 0
      ? ''
      : `Tickets: ${tickets.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  emptyAgenda: terms.empty.agenda,
  emptyGaps: terms.empty.gaps,
  emptyRecurring: terms.empty.recurring,
  emptyDrift: terms.empty.drift,
  emptyPeriod: 'No tickets were opened in this period.',
  skipped: ({ count }) => `${count} tickets could not be read and are not counted.`,
  skippedReasons: terms.skippedReasons,
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
