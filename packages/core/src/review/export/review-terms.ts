import type { PartySide } from '../../matrix/model';
import type { SlaTargetKind } from '../../sla/policy';
import type { AgendaItem, AgendaSeverity } from '../types';

// The words every presentation of a review says the same way — the exports here and
// `<ServiceReview>` in @tandem/react: section titles, what an empty section says, targets,
// sides, severities, the agenda's sentences and the table headers they share. Each builds its
// own messages on top, so a translation of these reaches all of them.

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

/** The sections every presentation of a review has. */
export type ReviewTermSectionId =
  | 'agenda'
  | 'attainment'
  | 'clock'
  | 'gaps'
  | 'recurring'
  | 'drift';

/** Table headers every presentation of a review shares. */
export interface ReviewTermColumns {
  readonly target: string;
  readonly measured: string;
  readonly met: string;
  readonly metPercent: string;
  readonly breached: string;
  readonly open: string;
  readonly median: string;
  readonly p90: string;
  readonly trend: string;
  readonly party: string;
  readonly side: string;
  readonly clockTime: string;
  readonly tickets: string;
  readonly breaches: string;
  readonly opened: string;
  readonly direction: string;
  readonly handoffs: string;
  readonly pickUp: string;
  readonly ticket: string;
  readonly row: string;
  readonly heldFor: string;
  readonly issue: string;
  readonly severity: string;
  readonly finding: string;
  readonly reason: string;
}

/**
 * The words a review's presentations share.
 *
 * @example
 * const de: ReviewTerms = { ...englishReviewTerms, targets: { response: 'Reaktion', plan: 'Plan', resolution: 'Lösung', update: 'Update' } };
 */
export interface ReviewTerms {
  readonly title: string;
  readonly sections: Readonly<Record<ReviewTermSectionId, string>>;
  /** What a section says when it has nothing to show. */
  readonly empty: Readonly<Record<ReviewTermSectionId, string>>;
  readonly columns: ReviewTermColumns;
  readonly targets: Readonly<Record<SlaTargetKind, string>>;
  readonly sides: Readonly<Record<PartySide, string>>;
  readonly severities: Readonly<Record<AgendaSeverity, string>>;
  readonly agenda: Readonly<Record<AgendaItem['kind'], (words: AgendaItemWords) => string>>;
  /** Why a ticket was not counted. */
  readonly skippedReasons: Readonly<Record<'no-policy' | 'no-created-event', string>>;
  /** A hand-off direction, both sides named. */
  readonly direction: (params: { from: string; to: string }) => string;
}

const tickets = (count: number) => (count === 1 ? '1 ticket' : `${count} tickets`);
const about = (words: AgendaItemWords) =>
  words.about ? `${words.about} attainment` : 'Attainment';

/**
 * The English words a review's presentations share.
 *
 * @example
 * englishReviewTerms.sections.clock; // 'Who held the clock'
 */
export const englishReviewTerms: ReviewTerms = {
  title: 'Service review',
  sections: {
    agenda: 'Agenda',
    attainment: 'SLA attainment',
    clock: 'Who held the clock',
    gaps: 'Ownership gaps',
    recurring: 'Recurring issues',
    drift: 'Scope drift',
  },
  empty: {
    agenda: 'Nothing needs discussing: every figure is within its goal.',
    attainment: 'No SLA clock was measured in this period.',
    clock: 'No party held a running clock in this period.',
    gaps: 'Every ticket was held by a party the matrix makes Responsible.',
    recurring: 'No kind of ticket came back often enough to be a pattern.',
    drift: 'No work or decision moved between the teams.',
  },
  columns: {
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
    opened: 'Opened',
    direction: 'Direction',
    handoffs: 'Hand-offs',
    pickUp: 'Time to pick up',
    ticket: 'Ticket',
    row: 'Function',
    heldFor: 'Held for',
    issue: 'Issue',
    severity: 'Severity',
    finding: 'Finding',
    reason: 'Reason',
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
  skippedReasons: {
    'no-policy': 'No SLA policy applies',
    'no-created-event': 'The history does not start with its creation',
  },
  direction: ({ from, to }) => `${from} → ${to}`,
};
