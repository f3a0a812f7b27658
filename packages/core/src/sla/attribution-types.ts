import type { PartySide } from '../matrix/model';
import type { SlaOptions } from './clock';
import type { SlaTargetKind } from './policy';

// What the attribution of SLA clocks gives: plain JSON, one entry per clock, minutes per party.

/**
 * Where `slaAttribution` finds calendars and sides: `computeSla`'s options, with each
 * party's `side` — pass the matrix's parties as they are.
 *
 * @example
 * const options: SlaAttributionOptions = { calendars, parties: matrix.parties };
 */
export interface SlaAttributionOptions extends Omit<SlaOptions, 'timeline' | 'parties'> {
  readonly parties?: readonly {
    readonly id: string;
    readonly calendarId?: string;
    readonly side?: PartySide;
  }[];
}

/**
 * Business minutes one party held a ticket while a clock ran; `side` when the party is known.
 *
 * @example
 * const share: SlaHolding = { partyId: 'msp-noc', side: 'provider', minutes: 45 };
 */
export interface SlaHolding {
  readonly partyId: string;
  readonly side?: PartySide;
  readonly minutes: number;
}

/**
 * A pause of the ticket: from the status event that entered a pause status (or creation) to
 * the next status event that left it (`to: null` while it lasts). `by` is who set it, when the
 * event says; `minutes` the business minutes it kept off this clock.
 *
 * @example
 * const pause: SlaPause = { status: 'waiting-on-customer', from, to, by: 'internal-it', minutes: 90 };
 */
export interface SlaPause {
  readonly status: string;
  readonly from: number;
  readonly to: number | null;
  readonly by?: string;
  readonly minutes: number;
}

/**
 * The ticket passing from a party on one side (internal, provider, vendor, business) to a party
 * on another. `at` is when `from` let go (the assignment away from it, `by` whoever made it);
 * `takenAt` when `to` was assigned — later than `at` when the ticket sat unassigned between;
 * `actedAt` the first event `to` caused (`by` is `to`) while holding it, the assignment that gave
 * it to them included, or `null` if none did (events without `by` are nobody's action).
 *
 * Costs are business minutes of this clock while it ran: `queueMinutes` from `at` to `takenAt`,
 * `minutes` from `at` to `actedAt` — or, without an action, to when `to` let go or the clock
 * stopped (so far).
 *
 * @example
 * const handoff: SlaHandoff = { from: 'internal-it', to: 'msp-noc', fromSide: 'internal', toSide: 'provider', at, takenAt: at, actedAt, queueMinutes: 0, minutes: 25 };
 */
export interface SlaHandoff {
  readonly from: string;
  readonly to: string;
  readonly fromSide: PartySide;
  readonly toSide: PartySide;
  readonly at: number;
  readonly takenAt: number;
  readonly actedAt: number | null;
  readonly by?: string;
  readonly queueMinutes: number;
  readonly minutes: number;
}

/**
 * A breach and on whose watch it happened: the party holding the ticket just before the instant
 * the clock reached its target (left out: nobody held it).
 *
 * @example
 * const watch: SlaWatch = { at, partyId: 'msp-noc', side: 'provider' };
 */
export interface SlaWatch {
  readonly at: number;
  readonly partyId?: string;
  readonly side?: PartySide;
}

/**
 * One clock, attributed. `runningMinutes` is the business time it counted — for `update`, over
 * every cycle, not only the current one — and is exactly `held` plus `unassignedMinutes`. `held`
 * lists every party that held the ticket while the clock ran (0 minutes: only outside the
 * calendar's hours), in the order they first did. Pauses and hand-offs are those that began
 * while the clock ran (or at the instant it stopped); `breaches` has one entry per breach
 * (several for `update`, one per late cycle).
 *
 * @example
 * const mine = attribution.targets.resolution?.held.find((h) => h.partyId === 'msp-noc')?.minutes;
 */
export interface SlaTargetAttribution {
  readonly kind: SlaTargetKind;
  readonly runningMinutes: number;
  readonly held: readonly SlaHolding[];
  readonly unassignedMinutes: number;
  readonly pauses: readonly SlaPause[];
  readonly handoffs: readonly SlaHandoff[];
  readonly breaches: readonly SlaWatch[];
}

/**
 * A ticket's SLA clocks at an instant, attributed to the parties that held it. Plain JSON.
 *
 * @example
 * const { targets } = slaAttribution(policy, history, now, { calendars, parties });
 * targets.resolution?.breaches[0]?.partyId; // 'msp-noc'
 */
export interface SlaAttribution {
  readonly policyId: string;
  readonly at: number;
  readonly targets: { readonly [kind in SlaTargetKind]?: SlaTargetAttribution };
}

/** What `attributedClocks` gives: the attribution, the priority at `at`, each clock's stop. */
export interface AttributedClocks {
  readonly attribution: SlaAttribution;
  readonly priority: string;
  readonly stoppedAt: { readonly [kind in SlaTargetKind]?: number | null };
}
