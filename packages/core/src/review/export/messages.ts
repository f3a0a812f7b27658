import type { DriftKind, DriftSide } from '../../io/drift';
import type { PartySide } from '../../matrix/model';
import type { SlaTargetKind } from '../../sla/policy';
import type { AgendaItem, AgendaSeverity } from '../types';
import type { ReviewEvidenceFinding, ReviewExportSectionId } from './outline-types';

// Default English for every word the review's exports write. Hosts translate by overriding
// entries (`options.messages`); functions get named, already formatted params (names, not ids),
// so a translation can put them in any order.

/**
 * One agenda item in words: its figure formatted for its kind (a percentage, points, a duration
 * or a count), what it is about, and the names it concerns, already listed.
 *
 * @example
 * const words: AgendaItemWords = { figure: '72 %', about: 'Resolution P1', parties: '', rows: '', issue: '', tickets: 4 };
 */
export interface AgendaItemWords {
  readonly figure: string;
  /** The target and priority, as far as the item has them ("Resolution P1"), else empty. */
  readonly about: string;
  readonly parties: string;
  readonly rows: string;
  /** A recurring issue's title (empty for other kinds). */
  readonly issue: string;
  readonly tickets: number;
}

/** The column headers of the export tables (and of the evidence CSV). */
export interface ReviewExportColumns {
  readonly item: string;
  readonly severity: string;
  readonly tickets: string;
  readonly target: string;
  readonly priority: string;
  readonly party: string;
  readonly measured: string;
  readonly met: string;
  readonly breached: string;
  readonly open: string;
  readonly metPercent: string;
  readonly median: string;
  readonly p90: string;
  readonly trend: string;
  readonly breachedTickets: string;
  readonly side: string;
  readonly clockTime: string;
  readonly breaches: string;
  readonly direction: string;
  readonly handoffs: string;
  readonly pickUp: string;
  readonly ticket: string;
  readonly row: string;
  readonly category: string;
  readonly heldFor: string;
  readonly reason: string;
  readonly parties: string;
  readonly opened: string;
  readonly calendar: string;
  readonly flag: string;
  readonly time: string;
  readonly share: string;
  readonly step: string;
  readonly fired: string;
  readonly manual: string;
  readonly issue: string;
  readonly count: string;
  readonly change: string;
  readonly from: string;
  readonly to: string;
  readonly lastReviewed: string;
  readonly days: string;
  readonly section: string;
  readonly finding: string;
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
const about = (words: AgendaItemWords) =>
  words.about ? `${words.about} attainment` : 'Attainment';

/**
 * The English words of the review's exports.
 *
 * @example
 * englishReviewExportMessages.sections.attainment; // 'SLA attainment'
 */
export const englishReviewExportMessages: ReviewExportMessages = {
  title: 'Service review',
  period: ({ from, to }) => `${from} to ${to}`,
  ticketCount: ({ current, previous }) =>
    `${tickets(current)} in the period (previous period: ${previous}).`,
  skippedCount: ({ count }) =>
    `${tickets(count)} could not be read and ${count === 1 ? 'is' : 'are'} not counted.`,
  sections: {
    agenda: 'Agenda',
    attainment: 'SLA attainment',
    clock: 'Who held the clock',
    gaps: 'Ownership gaps',
    integrity: 'Clock integrity',
    escalations: 'Escalations',
    recurring: 'Recurring issues',
    drift: 'Scope drift',
    stale: 'Functions due for review',
    skipped: 'Tickets not counted',
  },
  empty: {
    agenda: 'Nothing needs discussing: every figure is within its goal.',
    attainment: 'No SLA clock was measured in this period.',
    clock: 'No party held a running clock in this period.',
    gaps: 'Every ticket was held by a party the matrix makes Responsible.',
    integrity: 'No clock was paused or run in a way worth checking.',
    escalations: 'No routing and escalation policy was part of this review.',
    recurring: 'No kind of ticket came back often enough to be a pattern.',
    drift: 'No work or decision moved between the teams.',
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
    item: 'Item',
    severity: 'Severity',
    tickets: 'Tickets',
    target: 'Target',
    priority: 'Priority',
    party: 'Party',
    measured: 'Measured',
    met: 'Met',
    breached: 'Breached',
    open: 'Open',
    metPercent: 'Met %',
    median: 'Median',
    p90: '90th percentile',
    trend: 'Trend',
    breachedTickets: 'Breached tickets',
    side: 'Side',
    clockTime: 'Clock time',
    breaches: 'Breaches',
    direction: 'Direction',
    handoffs: 'Hand-offs',
    pickUp: 'Time to pick up',
    ticket: 'Ticket',
    row: 'Function',
    category: 'Category',
    heldFor: 'Held for',
    reason: 'Reason',
    parties: 'Parties',
    opened: 'Opened',
    calendar: 'Calendar',
    flag: 'Flag',
    time: 'Time',
    share: 'Share',
    step: 'Step',
    fired: 'Fired',
    manual: 'By hand',
    issue: 'Issue',
    count: 'Count',
    change: 'Change',
    from: 'From',
    to: 'To',
    lastReviewed: 'Last reviewed',
    days: 'Days',
    section: 'Section',
    finding: 'Finding',
    minutes: 'Business minutes',
    detail: 'Detail',
  },
  targets: { response: 'Response', plan: 'Plan', resolution: 'Resolution', update: 'Update' },
  sides: { internal: 'Internal IT', provider: 'Provider', vendor: 'Vendor', business: 'Business' },
  severities: { high: 'High', medium: 'Medium', low: 'Low' },
  agenda: {
    'attainment-below-goal': (w) => `${about(w)} is ${w.figure}, below the goal.`,
    'attainment-falling': (w) => `${about(w)} changed by ${w.figure} since the previous period.`,
    'grey-zone': (w) =>
      `${w.parties} worked ${tickets(w.tickets)} the matrix gives to others, for ${w.figure}.`,
    'scope-drift': (w) => `${w.rows} moved between the teams without renegotiation.`,
    'recurring-issue': (w) =>
      `${w.issue ? `“${w.issue}”` : w.rows || 'One kind of ticket'} came back ${w.figure} times.`,
    'costly-handoffs': (w) => `Hand-offs between the teams cost ${w.figure} before pick-up.`,
    'unrouted-row': (w) =>
      w.parties
        ? `Routing sends ${w.rows} only to ${w.parties}, not Responsible for it.`
        : `Routing sends ${w.rows} nowhere.`,
    'after-hours-uncovered': (w) =>
      `${w.parties} held ${tickets(w.tickets)} opened after hours, without night cover.`,
    'pause-after-reply': (w) =>
      `${w.parties || 'Someone'} paused ${tickets(w.tickets)} within minutes of a customer reply.`,
    'mostly-paused': (w) => `${tickets(w.tickets)} spent most of their life paused.`,
    'outside-holder-hours': (w) =>
      `Clocks ran ${w.figure} while ${w.parties} was off its own hours.`,
    'both-teams-paged': (w) => `Both teams were paged on ${tickets(w.tickets)}.`,
    'manual-escalations': (w) => `${tickets(w.tickets)} escalated by hand.`,
    'rows-not-reviewed': (w) => `Functions due for review: ${w.rows}.`,
  },
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
    'no-policy': 'No SLA policy applies',
    'no-created-event': 'The history does not start with its creation',
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
  direction: ({ from, to }) => `${from} → ${to}`,
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
};

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
