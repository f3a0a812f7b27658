import type { DriftKind, DriftSide } from '../../io/drift';
import type { PartySide } from '../../matrix/model';
import type { SlaTargetKind } from '../../sla/policy';
import type { AgendaItem, AgendaSeverity } from '../types';
import type { ReviewEvidenceFinding, ReviewExportSectionId } from './outline-types';
import { type AgendaItemWords, englishReviewTerms, type ReviewTermColumns } from './review-terms';

// Default English for every word the review's exports write. Hosts translate by overriding
// entries (`options.messages`); functions get named, already formatted params (names, not ids),
// so a translation can put them in any order.

/** The column headers of the export tables (and of the evidence CSV). */
export interface ReviewExportColumns extends ReviewTermColumns {
  readonly item: string;
  readonly priority: string;
  readonly breachedTickets: string;
  readonly category: string;
  readonly parties: string;
  readonly calendar: string;
  readonly flag: string;
  readonly time: string;
  readonly share: string;
  readonly step: string;
  readonly fired: string;
  readonly manual: string;
  readonly count: string;
  readonly change: string;
  readonly from: string;
  readonly to: string;
  readonly lastReviewed: string;
  readonly days: string;
  readonly section: string;
  readonly minutes: string;
  readonly detail: string;
}

/**
 * Every word of `reviewToMarkdown`, `reviewToHtml` and `reviewEvidenceToCsv`.
 *
 * @example
 * const de: ReviewExportMessageOverrides = { title: 'Service-Review', sections: { agenda: 'Agenda' } };
 */
export interface ReviewExportMessages {
  readonly title: string;
  /** The period under the title; `to` is the last day in it, both formatted. */
  readonly period: (params: { from: string; to: string }) => string;
  readonly ticketCount: (params: { current: number; previous: number }) => string;
  readonly skippedCount: (params: { count: number }) => string;
  readonly sections: Readonly<Record<ReviewExportSectionId, string>>;
  /** What a section says when it has nothing to show. */
  readonly empty: Readonly<Record<ReviewExportSectionId, string>>;
  /** The captions of the tables in sections that hold several. */
  readonly tables: Readonly<{
    overall: string;
    byPriority: string;
    byParty: string;
    clockByParty: string;
    crossings: string;
    greyZone: string;
    unrouted: string;
    afterHours: string;
    steps: string;
  }>;
  readonly columns: ReviewExportColumns;
  readonly targets: Readonly<Record<SlaTargetKind, string>>;
  readonly sides: Readonly<Record<PartySide, string>>;
  readonly severities: Readonly<Record<AgendaSeverity, string>>;
  readonly agenda: Readonly<Record<AgendaItem['kind'], (words: AgendaItemWords) => string>>;
  /** One short label per kind of evidence: the CSV's "Finding" and the integrity flags. */
  readonly findings: Readonly<Record<ReviewEvidenceFinding, string>>;
  readonly driftKinds: Readonly<Record<DriftKind, string>>;
  readonly driftSides: Readonly<Record<DriftSide, string>>;
  /** A span of business time. */
  readonly duration: (params: { hours: number; minutes: number }) => string;
  /** A share in percent, the number already formatted. */
  readonly percent: (params: { value: string }) => string;
  /** A change in percentage points, sign included, the number already formatted. */
  readonly points: (params: { value: string }) => string;
  /** A hand-off direction, both sides named. */
  readonly direction: (params: { from: string; to: string }) => string;
  readonly unassigned: (params: { duration: string }) => string;
  readonly simulated: (params: { count: number }) => string;
  readonly bothTeams: (params: { count: number; tickets: string }) => string;
  readonly manualEscalations: (params: { count: number; tickets: string }) => string;
  readonly notRouted: (params: { count: number; tickets: string }) => string;
  /** A row never reviewed. */
  readonly never: string;
  /** An empty figure (nothing measured). */
  readonly none: string;
}

/**
 * What `options.messages` accepts: any entries, and any keys of the nested records.
 *
 * @example
 * const overrides: ReviewExportMessageOverrides = { sides: { provider: 'Northwind' } };
 */
export type ReviewExportMessageOverrides = {
  readonly [K in keyof ReviewExportMessages]?: ReviewExportMessages[K] extends (
    ...args: never[]
  ) => unknown
    ? ReviewExportMessages[K]
    : ReviewExportMessages[K] extends object
      ? Partial<ReviewExportMessages[K]>
      : ReviewExportMessages[K];
};

const tickets = (count: number) => (count === 1 ? '1 ticket' : `${count} tickets`);

/**
 * The English words of the review's exports.
 *
 * @example
 * englishReviewExportMessages.sections.attainment; // 'SLA attainment'
 */
// Built by a call marked pure: its spreads of the shared terms would otherwise keep the whole
// object in bundles (`<ServiceReview>`'s) that import only the terms from this entry.
export const englishReviewExportMessages: ReviewExportMessages = /* @__PURE__ */ (() => ({
  title: englishReviewTerms.title,
  period: ({ from, to }) => `${from} to ${to}`,
  ticketCount: ({ current, previous }) =>
    `${tickets(current)} in the period (previous period: ${previous}).`,
  skippedCount: ({ count }) =>
    `${tickets(count)} could not be read and ${count === 1 ? 'is' : 'are'} not counted.`,
  sections: {
    ...englishReviewTerms.sections,
    integrity: 'Clock integrity',
    escalations: 'Escalations',
    stale: 'Functions due for review',
    skipped: 'Tickets not counted',
  },
  empty: {
    ...englishReviewTerms.empty,
    integrity: 'No clock was paused or run in a way worth checking.',
    escalations: 'No routing and escalation policy was part of this review.',
    stale: 'Every function was reviewed recently.',
    skipped: 'Every ticket was counted.',
  },
  tables: {
    overall: 'Overall',
    byPriority: 'Per priority',
    byParty: 'Per party',
    clockByParty: 'Clock time per party',
    crossings: 'Hand-offs between the teams',
    greyZone: 'Tickets held outside the matrix',
    unrouted: 'Functions routing does not deliver',
    afterHours: 'After-hours tickets without cover',
    steps: 'Escalation steps that fired',
  },
  columns: {
    ...englishReviewTerms.columns,
    item: 'Item',
    priority: 'Priority',
    breachedTickets: 'Breached tickets',
    category: 'Category',
    parties: 'Parties',
    calendar: 'Calendar',
    flag: 'Flag',
    time: 'Time',
    share: 'Share',
    step: 'Step',
    fired: 'Fired',
    manual: 'By hand',
    count: 'Count',
    change: 'Change',
    from: 'From',
    to: 'To',
    lastReviewed: 'Last reviewed',
    days: 'Days',
    section: 'Section',
    minutes: 'Business minutes',
    detail: 'Detail',
  },
  targets: englishReviewTerms.targets,
  sides: englishReviewTerms.sides,
  severities: englishReviewTerms.severities,
  agenda: englishReviewTerms.agenda,
  findings: {
    breached: 'SLA breached',
    'breached-on-watch': 'Breached on this party’s watch',
    handoff: 'Hand-off between the teams',
    'grey-zone': 'Held by a party not Responsible',
    'recurring-issue': 'Recurring issue',
    'pause-after-reply': 'Paused right after a customer reply',
    'mostly-paused': 'Paused for most of its life',
    'outside-holder-hours': 'Clock ran outside the holder’s hours',
    'no-route': 'Routing sends the function nowhere',
    'no-responsible-route': 'Routing sends the function to no Responsible party',
    'after-hours-uncovered': 'Opened after hours, holder without night cover',
    'step-fired': 'Escalation step fired',
    'both-teams-paged': 'Both teams paged',
    'manual-escalation': 'Escalated by hand',
    'not-routed': 'Routing sent it nowhere',
    ...englishReviewTerms.skippedReasons,
    'attainment-below-goal': 'Attainment below goal',
    'attainment-falling': 'Attainment falling',
    'scope-drift': 'Scope drift',
    'costly-handoffs': 'Costly hand-offs',
    'unrouted-row': 'Function not routed',
    'manual-escalations': 'Manual escalations',
    'rows-not-reviewed': 'Functions due for review',
  },
  driftKinds: {
    'responsible-moved': 'Responsible moved',
    'accountable-moved': 'Accountable moved',
    'became-joint': 'Became joint',
    'decider-changed': 'Decider changed',
  },
  driftSides: {
    internal: 'Internal IT',
    provider: 'Provider',
    joint: 'Both teams',
    none: 'Nobody',
  },
  duration: ({ hours, minutes }) => (hours === 0 ? `${minutes} min` : `${hours} h ${minutes} min`),
  percent: ({ value }) => `${value} %`,
  points: ({ value }) => `${value} pts`,
  direction: englishReviewTerms.direction,
  unassigned: ({ duration }) => `Clocks ran unassigned for ${duration}.`,
  simulated: ({ count }) => `${tickets(count)} replayed through the escalation policy.`,
  bothTeams: ({ count, tickets: ids }) =>
    count === 0
      ? 'Both teams were never paged on the same ticket.'
      : `Both teams were paged on ${tickets(count)}: ${ids}.`,
  manualEscalations: ({ count, tickets: ids }) =>
    count === 0
      ? 'No ticket was escalated by hand.'
      : `Escalated by hand: ${tickets(count)}, ${ids}.`,
  notRouted: ({ count, tickets: ids }) =>
    count === 0
      ? 'Routing sent every ticket somewhere.'
      : `Routing sent ${tickets(count)} nowhere: ${ids}.`,
  never: 'Never',
  none: '—',
}))();

/**
 * The English words with a host's overrides on top, nested records key by key.
 *
 * @example
 * resolveReviewExportMessages({ title: 'Quarterly review' }).title; // 'Quarterly review'
 */
export function resolveReviewExportMessages(
  overrides: ReviewExportMessageOverrides | undefined,
): ReviewExportMessages {
  if (!overrides) return englishReviewExportMessages;
  const merged: Record<string, unknown> = { ...englishReviewExportMessages };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] =
      typeof value === 'object' && typeof base === 'object' ? { ...base, ...value } : value;
  }
  return merged as unknown as ReviewExportMessages;
}
