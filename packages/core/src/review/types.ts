import type { EscalationPolicy, Routing } from '../escalation/model';
import type { DriftFinding } from '../io/drift';
import type { Matrix, PartySide } from '../matrix/model';
import type { TicketHistory } from '../sla/history';
import type { SlaMatchValue, SlaPolicy, SlaTargetKind } from '../sla/policy';
import type { CalendarSource } from '../sla/registry';

// The plain data a service review reads and returns. Every figure names the tickets it was
// computed from, so a reader can check any number against the PSA.

/**
 * A ticket as the review reads it: its event history plus what places it in the matrix. `rowId`
 * is the matrix row (the IT function) the ticket's work belongs to, `categoryId` the category
 * when only that is known; `attributes` are what `selectSlaPolicy` matches on.
 *
 * @example
 * const ticket: ReviewTicket = { id: 'T-1042', title: 'VPN drops', rowId: 'remote-access', history };
 */
export interface ReviewTicket {
  readonly id: string;
  readonly title?: string;
  readonly rowId?: string;
  readonly categoryId?: string;
  readonly attributes?: Readonly<Record<string, SlaMatchValue>>;
  readonly history: TicketHistory;
  /** Escalations a person made by hand, along a transition of the ticket's escalation policy. */
  readonly escalations?: readonly ManualEscalation[];
}

/**
 * An escalation made by hand: when, along which transition of the policy, and (if known) by
 * which party. Histories do not carry these; hosts record them from their PSA's audit trail.
 *
 * @example
 * const manual: ManualEscalation = { at: Date.UTC(2026, 1, 3, 10), transitionId: 'to-msp', by: 'internal-it' };
 */
export interface ManualEscalation {
  readonly at: number;
  readonly transitionId: string;
  readonly by?: string;
}

/**
 * A span of time, `from` included and `to` excluded, in epoch ms. A ticket belongs to the period
 * it was created in; its clocks are read as they stood at `to`.
 *
 * @example
 * const q1: ReviewPeriod = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 3, 1) };
 */
export interface ReviewPeriod {
  readonly from: number;
  readonly to: number;
}

/**
 * What `serviceReview` reads. `previousPeriod` defaults to the span of the same length just
 * before `period`; `previousMatrix` (the matrix as the last review left it) enables scope drift.
 *
 * @example
 * serviceReview({ matrix, previousMatrix, tickets, policies, calendars, period: q1 });
 */
export interface ServiceReviewInput {
  readonly matrix: Matrix;
  readonly previousMatrix?: Matrix;
  readonly tickets: readonly ReviewTicket[];
  readonly policies: readonly SlaPolicy[];
  readonly calendars?: CalendarSource;
  /** The routing table: enables the rows-never-routed gap and, with `escalation`, the replay. */
  readonly routing?: Routing;
  /** Escalation policies, by id as routing queues name them (one policy serves every queue). */
  readonly escalation?: readonly EscalationPolicy[];
  readonly period: ReviewPeriod;
  readonly previousPeriod?: ReviewPeriod;
  readonly options?: ServiceReviewOptions;
}

/**
 * Thresholds of a review. `attainmentGoal` is the share of clocks that should meet their
 * target (0.9); `recurringAt` how many tickets of one kind make a recurring issue (3);
 * `trendDrop` how many percentage points of lost attainment against the previous period are
 * worth an agenda item (10). `pauseAfterReplyMinutes`: a pause set this soon (wall-clock) after
 * the customer's reply is flagged (10). `mostlyPausedShare`: a ticket whose main clock spent at
 * least this share (0–1) of its business time paused is flagged (0.5). `afterHoursCalendarId`:
 * the calendar whose closed hours are "after hours" (default: each ticket's SLA policy
 * calendar). `alwaysOpenCalendars`: calendar ids that cover round the clock besides `'24x7'`.
 * `staleRowDays`: rows not reviewed for more days than this, as of the period's end, are due (90).
 *
 * @example
 * serviceReview({ ...input, options: { attainmentGoal: 0.95 } });
 */
export interface ServiceReviewOptions {
  readonly attainmentGoal?: number;
  readonly recurringAt?: number;
  readonly trendDrop?: number;
  readonly pauseAfterReplyMinutes?: number;
  readonly mostlyPausedShare?: number;
  readonly afterHoursCalendarId?: string;
  readonly alwaysOpenCalendars?: readonly string[];
  readonly staleRowDays?: number;
}

/**
 * How one SLA target did over a group of tickets: a priority, a party, or all of them.
 * `measured` clocks finished (met or breached) by the period's end; `open` ones still run
 * within their target. Minutes are business minutes of the clocks that stopped. `trend` is the
 * change of `metPercent` in percentage points against the previous period (`null` when either
 * has nothing measured).
 *
 * @example
 * const figure: Attainment = { kind: 'response', priority: 'P1', measured: 40, met: 38, breached: 2, open: 1, metPercent: 95, medianMinutes: 12, p90Minutes: 41, previousMetPercent: 90, trend: 5, breachedTicketIds: ['T-7', 'T-19'] };
 */
export interface Attainment {
  readonly kind: SlaTargetKind;
  readonly priority?: string;
  readonly partyId?: string;
  readonly measured: number;
  readonly met: number;
  readonly breached: number;
  readonly open: number;
  readonly metPercent: number | null;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
  readonly previousMetPercent: number | null;
  readonly trend: number | null;
  readonly breachedTicketIds: readonly string[];
}

/**
 * The business minutes one party held running clocks over the period, and the breaches that
 * happened on its watch. Minutes are of each ticket's resolution clock (its response clock when
 * the policy sets no resolution target).
 *
 * @example
 * const held: ClockHolding = { partyId: 'msp-noc', side: 'provider', minutes: 5400, tickets: 31, breaches: 2, breachedTicketIds: ['T-7', 'T-19'] };
 */
export interface ClockHolding {
  readonly partyId: string;
  readonly side?: PartySide;
  readonly minutes: number;
  readonly tickets: number;
  readonly breaches: number;
  readonly breachedTicketIds: readonly string[];
}

/**
 * Hand-offs across the boundary between the two teams in one direction, and what they cost:
 * the business minutes from letting go to the receiving side's first action.
 *
 * @example
 * const crossing: BoundaryCrossings = { from: 'internal', to: 'provider', count: 12, minutes: 380, ticketIds: ['T-3'] };
 */
export interface BoundaryCrossings {
  readonly from: 'internal' | 'provider';
  readonly to: 'internal' | 'provider';
  readonly count: number;
  readonly minutes: number;
  readonly ticketIds: readonly string[];
}

/**
 * A ticket held by a party the matrix does not make Responsible for the ticket's work: the
 * "grey zone" of co-managed IT, where work gets done by whoever picks it up.
 *
 * @example
 * const gap: GreyZoneTicket = { ticketId: 'T-12', partyId: 'internal-it', rowId: 'patching', minutes: 95 };
 */
export interface GreyZoneTicket {
  readonly ticketId: string;
  readonly partyId: string;
  readonly rowId?: string;
  readonly categoryId?: string;
  readonly minutes: number;
}

/**
 * Tickets of one kind that keep coming back: the same matrix row, or the same title once
 * numbers and spacing are set aside.
 *
 * @example
 * const repeat: RecurringIssue = { key: 'row:backup', title: 'Backup job failed', rowId: 'backup', count: 6, ticketIds: ['T-2', 'T-9'] };
 */
export interface RecurringIssue {
  readonly key: string;
  readonly title: string;
  readonly rowId?: string;
  readonly count: number;
  readonly ticketIds: readonly string[];
}

/**
 * A clock-integrity flag on one ticket. `pause-after-reply`: a pause set `minutes` (wall-clock)
 * after the customer's reply (the ticket leaving a pause status — histories have no reply event),
 * `at` the pause's start, `partyId` who set it (or held the ticket). `mostly-paused`: the main
 * clock's pauses kept `minutes` business minutes off it, `share` of its life. `outside-holder-hours`:
 * the main clock ran `minutes` business minutes while `partyId` held the ticket outside that
 * party's own calendar.
 *
 * @example
 * const flag: ClockIntegrityFlag = { ticketId: 'T-8', kind: 'pause-after-reply', at, minutes: 3, partyId: 'msp-desk' };
 */
export interface ClockIntegrityFlag {
  readonly ticketId: string;
  readonly kind: 'pause-after-reply' | 'mostly-paused' | 'outside-holder-hours';
  readonly minutes: number;
  readonly partyId?: string;
  readonly at?: number;
  readonly share?: number;
}

/**
 * A matrix row the routing cannot deliver to a party Responsible for it: `no-route` when no rule
 * (nor a default) catches its category, `no-responsible-route` when what catches it goes only to
 * `partyIds`, none of which is Responsible. `ticketIds`: the period's tickets of the row.
 *
 * @example
 * const gap: UnroutedRow = { rowId: 'dr-test', categoryId: 'backup', reason: 'no-responsible-route', partyIds: ['internal-it'], ticketIds: [] };
 */
export interface UnroutedRow {
  readonly rowId: string;
  readonly categoryId: string;
  readonly reason: 'no-route' | 'no-responsible-route';
  readonly partyIds: readonly string[];
  readonly ticketIds: readonly string[];
}

/**
 * A ticket created after hours (`at`) and held then by a party whose calendar (`calendarId`, if
 * it has one) does not cover round the clock.
 *
 * @example
 * const night: AfterHoursTicket = { ticketId: 'T-31', partyId: 'internal-it', at, calendarId: 'office' };
 */
export interface AfterHoursTicket {
  readonly ticketId: string;
  readonly partyId: string;
  readonly at: number;
  readonly calendarId?: string;
}

/**
 * An escalation step that fired (was entered through a transition) `count` times, `manual` of
 * them by hand, over `ticketIds`.
 *
 * @example
 * const fired: EscalationStepFired = { policyId: 'standard', stepId: 'msp-t2', name: 'MSP tier 2', count: 4, manual: 1, ticketIds: ['T-3'] };
 */
export interface EscalationStepFired {
  readonly policyId: string;
  readonly stepId: string;
  readonly name?: string;
  readonly count: number;
  readonly manual: number;
  readonly ticketIds: readonly string[];
}

/**
 * The escalation replay of the period: tickets `simulated` (routed to a queue with a policy), the
 * steps that fired, the tickets on which both teams were paged (assigned or notified), those
 * escalated by hand, and those routing sent nowhere.
 *
 * @example
 * review.escalations?.bothTeams.count; // 3
 */
export interface EscalationReview {
  readonly simulated: number;
  readonly steps: readonly EscalationStepFired[];
  readonly bothTeams: { readonly count: number; readonly ticketIds: readonly string[] };
  readonly manual: { readonly count: number; readonly ticketIds: readonly string[] };
  readonly notRouted: readonly string[];
}

/**
 * A matrix row due for review: last reviewed `days` days before the period's end, or never
 * (`reviewedAt` and `days` `null`).
 *
 * @example
 * const due: StaleRow = { rowId: 'backup', reviewedAt: Date.UTC(2025, 8, 30), days: 183 };
 */
export interface StaleRow {
  readonly rowId: string;
  readonly reviewedAt: number | null;
  readonly days: number | null;
}

/** How much an agenda item matters; the agenda lists `high` first. */
export type AgendaSeverity = 'high' | 'medium' | 'low';

/**
 * One thing to talk about, with its evidence. `kind` says which part of the review it comes
 * from; hosts word it (the review carries figures, not sentences).
 *
 * @example
 * const item: AgendaItem = { kind: 'attainment-below-goal', severity: 'high', figure: 72, ticketIds: ['T-7'], rowIds: [], partyIds: [], target: 'resolution', priority: 'P1' };
 */
export interface AgendaItem {
  readonly kind:
    | 'attainment-below-goal'
    | 'attainment-falling'
    | 'grey-zone'
    | 'scope-drift'
    | 'recurring-issue'
    | 'costly-handoffs'
    | 'pause-after-reply'
    | 'mostly-paused'
    | 'outside-holder-hours'
    | 'unrouted-row'
    | 'after-hours-uncovered'
    | 'both-teams-paged'
    | 'manual-escalations'
    | 'rows-not-reviewed';
  readonly severity: AgendaSeverity;
  /** The item's main figure: a percentage, a count or minutes, as its kind says. */
  readonly figure: number;
  readonly target?: SlaTargetKind;
  readonly priority?: string;
  readonly ticketIds: readonly string[];
  readonly rowIds: readonly string[];
  readonly partyIds: readonly string[];
}

/**
 * A ticket the review could not read (no policy matched, or its history is not one `parseTicketHistory` accepts).
 *
 * @example
 * const skipped: SkippedTicket = { ticketId: 'T-99', reason: 'no-policy' };
 */
export interface SkippedTicket {
  readonly ticketId: string;
  readonly reason: 'no-policy' | 'no-created-event';
}

/**
 * The service review of one period: plain JSON, the same for the same input.
 *
 * @example
 * const review = serviceReview(input);
 * review.attainment.byPriority.find((a) => a.kind === 'resolution' && a.priority === 'P1')?.metPercent;
 */
export interface ServiceReview {
  readonly period: ReviewPeriod;
  readonly previousPeriod: ReviewPeriod;
  readonly ticketCount: number;
  readonly previousTicketCount: number;
  readonly attainment: {
    readonly overall: readonly Attainment[];
    readonly byPriority: readonly Attainment[];
    readonly byParty: readonly Attainment[];
  };
  readonly clock: {
    readonly byParty: readonly ClockHolding[];
    readonly unassignedMinutes: number;
    readonly crossings: readonly BoundaryCrossings[];
  };
  readonly greyZone: readonly GreyZoneTicket[];
  readonly recurring: readonly RecurringIssue[];
  readonly drift: readonly DriftFinding[];
  /** Clock-integrity flags, in ticket order. */
  readonly integrity: readonly ClockIntegrityFlag[];
  /** Ownership gaps besides the grey zone; `unroutedRows` is empty without `routing`. */
  readonly ownership: {
    readonly unroutedRows: readonly UnroutedRow[];
    readonly afterHours: readonly AfterHoursTicket[];
  };
  /** The escalation replay; `null` without `routing` and `escalation`. */
  readonly escalations: EscalationReview | null;
  /** Rows due for review, in matrix order. */
  readonly staleRows: readonly StaleRow[];
  readonly agenda: readonly AgendaItem[];
  readonly skipped: readonly SkippedTicket[];
}
