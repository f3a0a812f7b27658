// The escalation model: routing rules (where a ticket goes first) and escalation policies (how
// it moves on). Plain JSON data; ids follow the matrix's rules (see `idProblem`).

/**
 * Where a ticket came from.
 *
 * @example
 * const source: TicketSource = 'security';
 */
export type TicketSource = 'user' | 'monitoring' | 'backup' | 'security';

/**
 * The attributes routing looks at. Absent attributes match only rules that leave them open.
 *
 * @example
 * const ticket: Ticket = { categoryId: 'helpdesk', priority: 'P3', vip: true, source: 'user' };
 */
export interface Ticket {
  readonly id?: string;
  readonly categoryId?: string;
  readonly priority?: string;
  readonly impact?: string;
  readonly urgency?: string;
  readonly siteId?: string;
  readonly vip?: boolean;
  readonly source?: TicketSource;
}

/**
 * A rule's conditions: every listed attribute must hold one of the listed values; a left-out
 * attribute matches anything. `hours` asks whether a calendar is open when the ticket arrives.
 *
 * @example
 * const when: RouteMatch = { categoryIds: ['security'], sources: ['security'], hours: { calendarId: 'office', open: false } };
 */
export interface RouteMatch {
  readonly categoryIds?: readonly string[];
  readonly priorities?: readonly string[];
  readonly impacts?: readonly string[];
  readonly urgencies?: readonly string[];
  readonly siteIds?: readonly string[];
  readonly vip?: boolean;
  readonly sources?: readonly TicketSource[];
  readonly hours?: { readonly calendarId: string; readonly open: boolean };
}

/**
 * A first queue: a party of the matrix and a tier (1 = first line), with the escalation policy
 * that takes over from there.
 *
 * @example
 * const queue: Queue = { partyId: 'msp', tier: 1, policyId: 'standard' };
 */
export interface Queue {
  readonly partyId: string;
  readonly tier: number;
  readonly policyId?: string;
}

/**
 * One routing rule. Rules are tried in order; the first that matches wins.
 *
 * @example
 * const vip: RoutingRule = { id: 'vip', name: 'VIP users', when: { vip: true }, queue: { partyId: 'it', tier: 1 } };
 */
export interface RoutingRule {
  readonly id: string;
  readonly name?: string;
  readonly when: RouteMatch;
  readonly queue: Queue;
}

/**
 * A routing table: ordered rules and the queue of tickets no rule catches. Without a default,
 * such tickets are not routed at all (and the gap check reports them as errors).
 *
 * @example
 * const routing: Routing = { rules: [vip], default: { partyId: 'msp', tier: 1 } };
 */
export interface Routing {
  readonly rules: readonly RoutingRule[];
  readonly default?: Queue;
}

/**
 * Who a step reaches: a party and optionally a tier within it.
 *
 * @example
 * const soc: StepTarget = { partyId: 'msp-soc', tier: 2 };
 */
export interface StepTarget {
  readonly partyId: string;
  readonly tier?: number;
}

/**
 * One step of a policy. `assign` hands the ticket over (the last assignment owns it); `notify`
 * tells the targets without handing over. `all` reaches every target in parallel, `round-robin`
 * one per visit, in turn. A `terminal` step ends the policy on purpose.
 *
 * @example
 * const both: EscalationStep = { id: 'both', name: 'Notify both teams', action: 'notify', targets: [{ partyId: 'it' }, { partyId: 'msp' }] };
 */
export interface EscalationStep {
  readonly id: string;
  readonly name?: string;
  readonly action: 'assign' | 'notify';
  readonly targets: readonly StepTarget[];
  readonly mode?: 'all' | 'round-robin';
  readonly terminal?: boolean;
  /** Wait until working hours before reaching the targets (see {@link StepHold}). */
  readonly hold?: StepHold;
  /**
   * For an `all` step with several targets: whether the first acknowledgement stops the
   * escalation (`'first'`, the default) or every target must acknowledge (`'all'`).
   */
  readonly ack?: 'first' | 'all';
  /** For a `round-robin` step: when the turn passes on (see {@link StepRotation}). */
  readonly rotate?: StepRotation;
}

/**
 * "Hold until open": a step entered while its targets are closed waits until working hours
 * begin before it assigns or notifies, and its delays count from then. The calendar is
 * `calendarId`'s, or else the first of the targets' parties' calendars to open.
 *
 * @example
 * const hold: StepHold = { until: 'open' };
 */
export interface StepHold {
  readonly until: 'open';
  readonly calendarId?: string;
}

/**
 * When a round-robin step passes the turn on: after `notifications` visits of the same target
 * (1 is the plain round robin), or every `minutes` since the ticket opened.
 *
 * @example
 * const rotation: StepRotation = { minutes: 60 };
 */
export type StepRotation = { readonly notifications: number } | { readonly minutes: number };

/**
 * A condition on a transition, judged at the instant it would fire: whose working hours are
 * open (or closed), whether it is a holiday of a calendar, the ticket's priority. The calendar
 * is `calendarId`'s, else `partyId`'s party's, else the holder's (parties without a calendar
 * are open 24/7, with no holidays). Transitions out of one step with opposite conditions are a
 * branch.
 *
 * @example
 * const afterHours: TransitionCondition = { kind: 'hours', open: false };
 * const christmas: TransitionCondition = { kind: 'holiday', holiday: true, partyId: 'it' };
 * const urgent: TransitionCondition = { kind: 'priority', priorities: ['P1', 'P2'] };
 */
export type TransitionCondition =
  | {
      readonly kind: 'hours';
      readonly open: boolean;
      readonly partyId?: string;
      readonly calendarId?: string;
    }
  | {
      readonly kind: 'holiday';
      readonly holiday: boolean;
      readonly partyId?: string;
      readonly calendarId?: string;
    }
  | { readonly kind: 'priority'; readonly priorities: readonly string[] };

/**
 * What moves a ticket on. Delays count from entering the step, in wall-clock minutes, or in
 * business minutes when `calendarId` is given (`'holder'`: the calendar of the party that holds
 * the ticket). `sla` fires at `percent` of a target of the ticket's SLA, counted from opening.
 *
 * @example
 * const trigger: Trigger = { kind: 'not-acknowledged', minutes: 30, calendarId: 'office' };
 */
export type Trigger =
  | {
      readonly kind: 'after' | 'not-acknowledged' | 'not-resolved';
      readonly minutes: number;
      readonly calendarId?: string;
    }
  | {
      readonly kind: 'sla';
      readonly target: 'response' | 'resolution';
      readonly percent: number;
    }
  | { readonly kind: 'manual' };

/**
 * An edge of the policy graph. `repeat` caps how often it may be taken in one ticket's life:
 * a loop must carry one somewhere, or it never ends. `when` makes it conditional.
 *
 * @example
 * const loop: Transition = { id: 'again', from: 'noc', to: 'noc', trigger: { kind: 'not-acknowledged', minutes: 15 }, repeat: 2 };
 * const night: Transition = { id: 'night', from: 't1', to: 'oncall', trigger: { kind: 'after', minutes: 0 }, when: [{ kind: 'hours', open: false }] };
 */
export interface Transition {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly trigger: Trigger;
  readonly repeat?: number;
  /** Conditions that must all hold when the trigger fires; otherwise it does not fire. */
  readonly when?: readonly TransitionCondition[];
}

/**
 * An escalation policy: steps, the transitions between them and the step a ticket starts on.
 *
 * @example
 * const policy: EscalationPolicy = {
 *   id: 'standard', startStepId: 't1',
 *   steps: [{ id: 't1', action: 'assign', targets: [{ partyId: 'it', tier: 1 }], terminal: false }],
 *   transitions: [],
 * };
 */
export interface EscalationPolicy {
  readonly id: string;
  readonly name?: string;
  readonly startStepId: string;
  readonly steps: readonly EscalationStep[];
  readonly transitions: readonly Transition[];
}
